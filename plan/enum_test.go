package plan

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

// textual is what every enumeration of the package implements.
type textual interface {
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

func TestEnumsRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		forms  textForms
		parse  func(string) (textual, error)
		decode func([]byte) (textual, error)
		of     func(uint8) textual
	}{
		{"evidence type", evidenceTypes,
			func(s string) (textual, error) { return ParseEvidenceType(s) },
			func(b []byte) (textual, error) { var v EvidenceType; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return EvidenceType(n) }},
		{"evidence subject", evidenceSubjects,
			func(s string) (textual, error) { return ParseEvidenceSubject(s) },
			func(b []byte) (textual, error) { var v EvidenceSubject; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return EvidenceSubject(n) }},
		{"prevention role", preventionRoles,
			func(s string) (textual, error) { return ParsePreventionRole(s) },
			func(b []byte) (textual, error) { var v PreventionRole; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return PreventionRole(n) }},
		{"support level", supportLevels,
			func(s string) (textual, error) { return ParseSupportLevel(s) },
			func(b []byte) (textual, error) { var v SupportLevel; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return SupportLevel(n) }},
		{"accessible format", accessibleFormats,
			func(s string) (textual, error) { return ParseAccessibleFormat(s) },
			func(b []byte) (textual, error) { var v AccessibleFormat; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return AccessibleFormat(n) }},
		{"statutory plan", statutoryPlans,
			func(s string) (textual, error) { return ParseStatutoryPlan(s) },
			func(b []byte) (textual, error) { var v StatutoryPlan; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return StatutoryPlan(n) }},
		{"verdict", verdicts,
			func(s string) (textual, error) { return ParseVerdict(s) },
			func(b []byte) (textual, error) { var v Verdict; err := v.UnmarshalText(b); return v, err },
			func(n uint8) textual { return Verdict(n) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, form := range tt.forms.forms[1:] {
				v, err := tt.parse(form)
				require.NoError(t, err)
				require.True(t, v.IsValid())
				require.Equal(t, form, v.String(), "parse(format(x)) == x")
				b, err := v.MarshalText()
				require.NoError(t, err)
				again, err := tt.decode(b)
				require.NoError(t, err)
				require.Equal(t, v, again)
			}
			_, err := tt.parse("Not-A-Form")
			var ve *ValueError
			require.True(t, errors.As(err, &ve))
			require.Equal(t, tt.name, ve.Type)
			_, err = tt.decode([]byte("Not-A-Form"))
			require.True(t, errors.Is(err, part3.ErrInvalidValue))
			zero, err := tt.decode(nil)
			require.NoError(t, err)
			require.False(t, zero.IsValid())
			require.Equal(t, "", zero.String())
			// The value after the last form is no form: it is not valid,
			// does not marshal, and prints as the type and number.
			n := uint8(len(tt.forms.forms))
			last, past := tt.of(n-1), tt.of(n)
			require.True(t, last.IsValid())
			require.False(t, past.IsValid())
			require.Equal(t, fmt.Sprintf("%s(%d)", strings.ReplaceAll(tt.name, " ", "-"), n), past.String())
			_, err = past.MarshalText()
			require.Error(t, err)
		})
	}
	require.Len(t, StatutoryPlans(), 17)
	require.Equal(t, OtherPlan, StatutoryPlans()[16])
	require.Len(t, Verdicts(), 4)
	_, err := Verdict(9).MarshalText()
	require.Error(t, err)
	require.Equal(t, "verdict(9)", Verdict(9).String())
}
