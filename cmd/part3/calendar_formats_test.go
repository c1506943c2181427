package main

import (
	"encoding/xml"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/require"

	goldenfile "github.com/csplanning/part3/internal/golden"
)

// TestCalendarFormats writes the calendar as iCalendar and as a timeline
// picture, compares each with its golden file and reads it back.
func TestCalendarFormats(t *testing.T) {
	args := []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", fifeHistory}

	stdout, stderr, code := runCLI(t, "", append(args, "--format", "ics")...)
	// The status is the calendar's: a statutory lateness exits 1 whatever
	// the format.
	require.Equal(t, exitStatutory, code, stderr)
	golden(t, "calendar.ics", stdout)
	cal, err := ics.ParseCalendar(strings.NewReader(stdout))
	require.NoError(t, err)
	events := cal.Events()
	require.NotEmpty(t, events)
	seen := map[string]bool{}
	for _, e := range events {
		require.False(t, seen[e.Id()], "UID %s twice", e.Id())
		seen[e.Id()] = true
		_, err := e.GetAllDayStartAt()
		require.NoError(t, err, e.Id())
	}
	require.True(t, seen["s10-copy-to-other-service-providers.2020-2023.revision-1.S12000047@part3.csplanning.github.com"])

	stdout, stderr, code = runCLI(t, "", append(args, "--format", "svg")...)
	require.Equal(t, exitStatutory, code, stderr)
	golden(t, "calendar.svg", stdout)
	// The README shows the same picture, from docs/.
	goldenfile.Check(t, "../../docs/calendar-fife.svg", stdout)
	var svg struct {
		Role  string `xml:"role,attr"`
		Title string `xml:"title"`
	}
	require.NoError(t, xml.Unmarshal([]byte(stdout), &svg))
	require.Equal(t, "img", svg.Role)
	require.Equal(t, "Part 3 obligations of Fife Council and NHS Fife, as of 2026-11-26", svg.Title)

	// Without a history nothing is late: exit 0.
	_, stderr, code = runCLI(t, "", "calendar", "--council", "Fife", "--as-of", "2026-11-26", "--format", "ics")
	require.Equal(t, exitOK, code, stderr)
}
