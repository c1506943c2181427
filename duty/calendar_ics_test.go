package duty

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/golden"
)

// icsOf writes c as iCalendar and returns the text.
func icsOf(t *testing.T, c Calendar) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, c.WriteICS(&b))
	return b.String()
}

func TestWriteICSGolden(t *testing.T) {
	c := calendarOf(t, readHistory(t, "history-fife.json"), "2026-11-26", Options{})
	golden.Check(t, "testdata/golden/calendar-fife.ics", icsOf(t, c))
}

// TestWriteICSRoundTrip reads the file back with an iCalendar library
// and checks each event against the obligation it stands for.
func TestWriteICSRoundTrip(t *testing.T) {
	c := calendarOf(t, readHistory(t, "history-fife.json"), "2026-11-26", Options{})
	text := icsOf(t, c)

	// RFC 5545: CRLF line ends, lines of at most 75 octets.
	for i, line := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		require.NotContains(t, line, "\n", "line %d has a bare LF", i+1)
		require.LessOrEqual(t, len(line), 75, "line %d: %q", i+1, line)
	}

	cal, err := ics.ParseCalendar(strings.NewReader(text))
	require.NoError(t, err)
	byUID := map[string]Obligation{}
	skipped := 0
	for _, o := range c.Obligations {
		if _, ok := o.Due(); !ok {
			skipped++
			continue
		}
		uid := o.UID(c)
		_, dup := byUID[uid]
		require.False(t, dup, "UID %s twice", uid)
		byUID[uid] = o
	}
	require.Positive(t, skipped, "the keeping-under-review duty has no day and is left out")
	events := cal.Events()
	require.Len(t, events, len(byUID))
	for _, e := range events {
		o, ok := byUID[e.Id()]
		require.True(t, ok, "event %s stands for no obligation", e.Id())
		due, _ := o.Due()
		start, err := e.GetAllDayStartAt()
		require.NoError(t, err)
		require.Equal(t, due.String(), start.Format(time.DateOnly), e.Id())
		require.Equal(t, "DATE", e.GetProperty(ics.ComponentPropertyDtStart).ICalParameters["VALUE"][0])
		end, err := e.GetAllDayEndAt()
		require.NoError(t, err)
		require.True(t, end.After(start), e.Id())
		summary := e.GetProperty(ics.ComponentPropertySummary).Value
		require.True(t, strings.HasPrefix(summary, "["+o.StatusWords()+"] "), summary)
		desc := e.GetProperty(ics.ComponentPropertyDescription).Value
		require.Contains(t, desc, o.Describe(c.AsOf), "the description, unescaped, holds the obligation's words")
		require.Contains(t, desc, "Provision: "+o.Citation().String())
		require.Equal(t, o.Citation().URL(), e.GetProperty(ics.ComponentPropertyUrl).Value)
		require.Equal(t, "20261126T000000Z", e.GetProperty(ics.ComponentPropertyDtstamp).Value)
	}
}

// TestWriteICSStable shows that the UIDs stay the same as time passes, so
// that importing a later calendar updates the events of an earlier one,
// and that the same calendar gives the same file.
func TestWriteICSStable(t *testing.T) {
	h := readHistory(t, "history-fife.json")
	early := calendarOf(t, h, "2026-11-26", Options{})
	late := calendarOf(t, h, "2027-11-26", Options{})
	require.Equal(t, icsOf(t, early), icsOf(t, calendarOf(t, h, "2026-11-26", Options{})))
	uids := map[string]bool{}
	for _, o := range late.Obligations {
		uids[o.UID(late)] = true
	}
	for _, o := range early.Obligations {
		if _, ok := o.Due(); ok {
			require.True(t, uids[o.UID(early)], "%s is gone a year later", o.UID(early))
		}
	}
	seq := func(text string) string {
		for _, l := range strings.Split(text, "\r\n") {
			if s, ok := strings.CutPrefix(l, "SEQUENCE:"); ok {
				return s
			}
		}
		return ""
	}
	require.NotEqual(t, seq(icsOf(t, early)), seq(icsOf(t, late)), "a later calendar's events supersede an earlier one's")
}

func TestICSText(t *testing.T) {
	require.Equal(t, `a\\b\;c\,d\ne f`, icsEscape("a\\b;c,d\ne\tf"))
	long := strings.Repeat("é", 100) // two octets each: folding never splits one
	var out strings.Builder
	iw := icsWriter{w: bufio.NewWriter(&out)}
	iw.text("SUMMARY", long)
	iw.w.Flush()
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\r\n"), "\r\n") {
		require.LessOrEqual(t, len(line), 75)
		require.True(t, strings.ToValidUTF8(line, "?") == line, "a line splits a character: %q", line)
	}
	unfolded := strings.ReplaceAll(out.String(), "\r\n ", "")
	require.Equal(t, "SUMMARY:"+long+"\r\n", unfolded)
}

// FuzzICSLine holds the line writer to RFC 5545 for any text: lines of at
// most 75 octets ending in CRLF, no character split, and unfolding and
// unescaping give the text back.
func FuzzICSLine(f *testing.F) {
	f.Add("The 2026-2029 plan; sent, late\\ now\n")
	f.Add(strings.Repeat("é", 60) + strings.Repeat("€", 30))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var out strings.Builder
		iw := icsWriter{w: bufio.NewWriter(&out)}
		iw.text("DESCRIPTION", s)
		require.NoError(t, iw.w.Flush())
		text := out.String()
		require.True(t, strings.HasSuffix(text, "\r\n"))
		for _, line := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
			require.LessOrEqual(t, len(line), 75)
			require.True(t, utf8.ValidString(line), "a line splits a character: %q", line)
		}
		value := strings.TrimPrefix(strings.TrimSuffix(strings.ReplaceAll(text, "\r\n ", ""), "\r\n"), "DESCRIPTION:")
		var back strings.Builder
		for i := 0; i < len(value); i++ {
			if value[i] == '\\' && i+1 < len(value) {
				i++
				if value[i] == 'n' {
					back.WriteByte('\n')
				} else {
					back.WriteByte(value[i])
				}
				continue
			}
			back.WriteByte(value[i])
		}
		want := strings.Map(func(r rune) rune {
			if (r < 0x20 && r != '\n') || r == 0x7f {
				return ' '
			}
			return r
		}, s)
		require.Equal(t, want, back.String())
	})
}
