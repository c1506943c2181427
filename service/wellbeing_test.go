package service

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

func TestWellbeingIndicators(t *testing.T) {
	var words []string
	for _, w := range WellbeingIndicators() {
		words = append(words, w.String())
		require.True(t, w.IsValid())
		got, err := ParseWellbeingIndicator(w.Title())
		require.NoError(t, err)
		require.Equal(t, w, got)
		var back WellbeingIndicator
		text, err := w.MarshalText()
		require.NoError(t, err)
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, w, back)
	}
	require.Equal(t, "safe healthy achieving nurtured active respected responsible included", strings.Join(words, " "))
	require.Equal(t, "Nurtured", Nurtured.Title())
	require.Equal(t, "", WellbeingIndicator(0).String())
	require.Equal(t, "WellbeingIndicator(9)", WellbeingIndicator(9).String())
	require.Equal(t, "WellbeingIndicator(9)", WellbeingIndicator(9).Title())
	_, err := WellbeingIndicator(9).MarshalText()
	require.Error(t, err)
	require.Panics(t, func() { MustParseWellbeingIndicator("happy") })
}

func TestWellbeingIndicatorJSON(t *testing.T) {
	type doc struct {
		Indicators []WellbeingIndicator `json:"indicators"`
	}
	var d doc
	require.NoError(t, part3.Decode("d.json", []byte(`{"indicators": ["safe", "Included"]}`), &d))
	require.Equal(t, []WellbeingIndicator{Safe, Included}, d.Indicators)
	for _, bad := range []string{`"happy"`, `""`} {
		err := part3.Decode("d.json", []byte(`{"indicators": ["safe", `+bad+`]}`), &d)
		var ie *part3.InputError
		require.ErrorAs(t, err, &ie)
		require.ErrorIs(t, err, part3.ErrInvalidValue)
		require.Equal(t, "/indicators/1", ie.Path)
		require.Contains(t, ie.Expected, "safe, healthy, achieving")
	}
}
