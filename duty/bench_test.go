package duty

import (
	"testing"
	"time"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// fullHistory is a history in which council c has done everything from
// 2017 to 2030: every plan prepared, sent and published, one revision
// each, and every report published.
func fullHistory(c service.Council) History {
	h := History{Kind: HistoryKind, Council: c}
	for i := 1; i <= 5; i++ {
		p, _ := period.PlanPeriodByIndex(i)
		prepared := p.Start().AddDays(-20)
		rev := p.Start().AddDays(400)
		sent := func(on period.Date) map[string]period.Date {
			m := map[string]period.Date{}
			for _, a := range service.OtherServiceProvidersFor([]service.Council{c}, on, service.DefaultLaw()) {
				m[a.ID] = on.AddDays(5)
			}
			return m
		}
		h.Plans = append(h.Plans, PlanRecord{
			Period: p, Prepared: prepared,
			Distribution: Distribution{SentToMinisters: prepared.AddDays(3), SentToOtherServiceProviders: sent(prepared), Published: prepared.AddDays(10)},
			Revisions:    []Revision{{Revised: rev, Distribution: Distribution{SentToMinisters: rev.AddDays(3), SentToOtherServiceProviders: sent(rev), Published: rev.AddDays(40)}}},
		})
	}
	for y := 2017; y <= 2030; y++ {
		r, _ := period.ReportingPeriodStarting(y)
		h.Reports = append(h.Reports, ReportRecord{Period: r, Published: period.MustDate(y+1, time.June, 20)})
	}
	return h
}

// BenchmarkCalendarAllCouncils computes the calendar of every one of the
// 32 partnerships for 2017-2030 (as of 31 December 2030) from a full
// history: one op is all 32 calendars.
func BenchmarkCalendarAllCouncils(b *testing.B) {
	councils := service.Councils()
	histories := make([]History, len(councils))
	for i, c := range councils {
		histories[i] = fullHistory(c)
	}
	asOf := period.MustParseDate("2030-12-31")
	obligations := 0
	b.ReportAllocs()
	for b.Loop() {
		obligations = 0
		for i, c := range councils {
			cal, err := NewCalendar(c, histories[i], judgement.New(asOf))
			if err != nil {
				b.Fatal(err)
			}
			obligations += len(cal.Obligations)
		}
	}
	b.ReportMetric(float64(obligations), "obligations/op")
}

// BenchmarkCalendarNoHistory computes one partnership's calendar with no
// history (everything owed, nothing done).
func BenchmarkCalendarNoHistory(b *testing.B) {
	fife := service.MustLookupCouncil("Fife")
	asOf := period.MustParseDate("2026-11-26")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewCalendar(fife, History{}, judgement.New(asOf)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecideImplementation decides the s12 question with one notice
// of disagreement.
func BenchmarkDecideImplementation(b *testing.B) {
	q := policeQuestion()
	q.Notices = append(q.Notices, notice(b, "notice-police-s7.json"))
	ctx := judgement.New(q.On)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecideImplementation(q, ctx); err != nil {
			b.Fatal(err)
		}
	}
}
