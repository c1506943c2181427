package duty_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func ExampleCalendar_WriteICS() {
	fife := service.MustLookupCouncil("Fife")
	cal, err := duty.NewCalendar(fife, duty.History{}, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := cal.WriteICS(&b); err != nil {
		fmt.Println(err)
		return
	}
	// The first event: the first plan, which the empty history does not
	// record.
	_, event, _ := strings.Cut(b.String(), "BEGIN:VEVENT\r\n")
	for _, line := range strings.Split(event, "\r\n")[:6] {
		fmt.Println(line)
	}
	// Output:
	// UID:s8-prepare-plan.2017-2020.S12000047@part3.csplanning.github.com
	// DTSTAMP:20261126T000000Z
	// SEQUENCE:3526
	// DTSTART;VALUE=DATE:20170331
	// DTEND;VALUE=DATE:20170401
	// SUMMARY:[not recorded] The 2017-2020 plan prepared
}
