package duty

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/golden"
)

func svgOf(t *testing.T, c Calendar) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, c.WriteSVG(&b))
	return b.String()
}

func TestWriteSVGGolden(t *testing.T) {
	c := calendarOf(t, readHistory(t, "history-fife.json"), "2026-11-26", Options{})
	golden.Check(t, "testdata/golden/calendar-fife.svg", svgOf(t, c))
	// Without a history nothing is recorded: every deadline is drawn as
	// not recorded.
	empty := calendarOf(t, History{Council: c.Council}, "2026-11-26", Options{})
	golden.Check(t, "testdata/golden/calendar-fife-no-history.svg", svgOf(t, empty))
}

// TestWriteSVGRoundTrip reads the picture back as XML and checks that it
// is accessible: a title and description, and a mark with a title for
// each obligation that has a day or a span, in the status's class.
func TestWriteSVGRoundTrip(t *testing.T) {
	c := calendarOf(t, readHistory(t, "history-fife.json"), "2026-11-26", Options{})
	text := svgOf(t, c)
	require.Equal(t, text, svgOf(t, c), "the same calendar gives the same picture")

	type titled struct {
		Class string `xml:"class,attr"`
		Title string `xml:"title"`
	}
	var doc struct {
		XMLName xml.Name `xml:"http://www.w3.org/2000/svg svg"`
		Role    string   `xml:"role,attr"`
		Labels  string   `xml:"aria-labelledby,attr"`
		Title   string   `xml:"title"`
		Desc    string   `xml:"desc"`
		Groups  []struct {
			Class string   `xml:"class,attr"`
			Marks []titled `xml:"g"`
		} `xml:"g"`
	}
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = true
	require.NoError(t, dec.Decode(&doc))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		cd, ok := tok.(xml.CharData)
		require.True(t, ok && len(bytes.TrimSpace(cd)) == 0, "one root element, then %v", tok)
	}
	require.Equal(t, "img", doc.Role)
	require.Equal(t, "timeline-title timeline-desc", doc.Labels)
	require.Contains(t, doc.Title, "Fife Council and NHS Fife, as of 2026-11-26")
	require.Contains(t, doc.Desc, "obligations under Part 3 from 2017-04-01 to 2032-03-31")

	var marks []titled
	for _, g := range doc.Groups {
		if g.Class == "marks" {
			marks = g.Marks
		}
	}
	var want []titled
	for _, o := range c.Obligations {
		_, dated := o.Due()
		if dated || o.Kind == Continuing {
			want = append(want, titled{"mark " + styleOf(o).class, o.StatusWords() + ": " + o.Describe(c.AsOf) + " [" + o.Citation().String() + "]"})
		}
	}
	require.Equal(t, want, marks)
	// Every status the Fife calendar has is in the legend, with words.
	for _, s := range []string{"met", "late (statutory)", "late (practice)", "late (guidance)", "for information", "ongoing"} {
		require.Contains(t, text, ">"+s)
	}
}
