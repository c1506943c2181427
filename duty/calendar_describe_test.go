package duty

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestCalendarDescribe: the sentence a reader sees for an obligation says
// what is done and by when, names the limit and where it comes from, and
// for the copies to the other service providers who has not had one and
// who had one late; with no record of the period, that nothing is
// recorded.
func TestCalendarDescribe(t *testing.T) {
	angus := service.MustLookupCouncil("Angus")
	// Angus's plan for 2023-2026 was prepared on 2023-03-20: the module's
	// default limit for its copies is 28 days, 2023-04-17.
	copiesTo := func(sent map[string]period.Date) History {
		h := readHistory(t, "rules/copies-met.json")
		h.Plans[0].SentToOtherServiceProviders = sent
		return h
	}
	// An order under s.7(5) that leaves Highland (which has no integration
	// joint board) one other service provider.
	var oneProvider Options
	for _, id := range []string{"scottish-fire-and-rescue-service", "principal-reporter",
		"national-convener-childrens-hearings-scotland", "scottish-courts-and-tribunals-service"} {
		oneProvider.RegisterChanges = append(oneProvider.RegisterChanges, service.RegisterChange{Action: service.ActionRemove,
			Effective: period.MustParseDate("2023-01-01"), Entry: service.OtherServiceProvider{ID: id}})
	}
	highland := History{Kind: HistoryKind, Council: service.MustLookupCouncil("Highland"), Plans: []PlanRecord{{
		Period: period.MustParsePlanPeriod("2023-2026"), Prepared: period.MustParseDate("2023-03-22"),
		Distribution: Distribution{SentToOtherServiceProviders: map[string]period.Date{"police-scotland": period.MustParseDate("2023-03-29")}},
	}}}

	// Records that give no date: nothing done.
	planned := History{Council: angus, Plans: []PlanRecord{{Period: period.MustParsePlanPeriod("2029-2032")}}}
	reported := History{Council: angus, Reports: []ReportRecord{{Period: period.MustParseReportingPeriod("2019-2020")}}}

	tests := []struct {
		name    string
		h       History
		asOf    string
		opts    Options
		duty    string
		subject string
		want    string
	}{
		{"a plan not yet due", planned, "2026-11-26", Options{},
			"s8-prepare-plan", "the 2029-2032 plan prepared",
			"The 2029-2032 plan prepared: due by 2029-03-31 (the day before the period starts: s.8(1) as guidance para 101 reads it)"},
		{"a plan the history does not record", History{Council: angus}, "2026-11-26", Options{},
			"s8-prepare-plan", "the 2029-2032 plan prepared",
			"The 2029-2032 plan prepared: not recorded: the history has no record of the 2029-2032 plan; it is owed by 2029-03-31 (the day before the period starts: s.8(1) as guidance para 101 reads it)"},
		{"a copy of a plan not yet prepared", planned, "2026-11-26", Options{},
			"s10-copy-to-ministers", "the 2029-2032 plan sent to the Scottish Ministers",
			"The 2029-2032 plan sent to the Scottish Ministers: owed once the plan is prepared, which it has not been"},
		{"copies of a plan not yet prepared", planned, "2026-11-26", Options{},
			"s10-copy-to-other-service-providers", "the 2029-2032 plan sent to each other service provider",
			"The 2029-2032 plan sent to each other service provider: owed once the plan is prepared, which it has not been"},
		{"a copy of a plan the history does not record", History{Council: angus}, "2026-11-26", Options{},
			"s10-copy-to-ministers", "the 2029-2032 plan sent to the Scottish Ministers",
			"The 2029-2032 plan sent to the Scottish Ministers: not recorded: the history has no record of the 2029-2032 plan; it is owed as soon as reasonably practicable after the plan is prepared"},
		{"a copy sent, with no limit of the partnership's", readHistory(t, "rules/copies-met.json"), "2024-11-26", Options{Policy: judgement.Policy{CopyDays: -1}},
			"s10-copy-to-ministers", "the 2023-2026 plan sent to the Scottish Ministers",
			"The 2023-2026 plan sent to the Scottish Ministers: sent on 2023-04-17, within 2026-03-31 (the end of the plan's period 2023-2026: " +
				"the engine's reading is that \"as soon as reasonably practicable\" never outlasts the period the plan is for; the Act sets no number)"},
		{"a copy due, with no limit of the partnership's", copiesTo(nil), "2023-04-10", Options{Policy: judgement.Policy{CopyDays: -1}},
			"s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider",
			"The 2023-2026 plan sent to each other service provider: outstanding as of 2023-04-10; the first limit is 2026-03-31 (the end of the plan's period 2023-2026: " +
				"the engine's reading is that \"as soon as reasonably practicable\" never outlasts the period the plan is for; the Act sets no number); sent to 0 of 6 so far"},
		{"publication recorded after the calendar's date", copiesTo(nil), "2023-04-10", Options{Policy: judgement.Policy{CopyDays: -1}},
			"s10-publish-plan", "the 2023-2026 plan published",
			"The 2023-2026 plan published: outstanding as of 2023-04-10 (the record of it, dated 2023-04-17, lies in the future: on 2023-04-10 it is not yet published); " +
				"the first limit is 2026-03-31 (the end of the plan's period 2023-2026: the engine's reading is that \"as soon as reasonably practicable\" never outlasts the period the plan is for; the Act sets no number)"},
		{"a report due, with no target or limit of the partnership's", reported, "2019-11-26", Options{Policy: judgement.Policy{ReportDays: -1}},
			"s13-annual-report", "the 2019-2020 annual report published",
			"The 2019-2020 annual report published: outstanding as of 2019-11-26; the first limit is 2021-03-31 (the end of the one-year period after the one reported on: " +
				"the engine's reading is that \"as soon as practicable\" never outlasts a whole further year; the Act sets no number)"},
		{"a report the history does not record", History{Council: angus}, "2019-11-26", Options{},
			"s13-annual-report", "the 2019-2020 annual report published",
			"The 2019-2020 annual report published: not recorded: the history has no record of the 2019-2020 annual report; it is owed as soon as practicable after the period ends on 2020-03-31"},
		{"copies due, one sent so far", copiesTo(map[string]period.Date{
			"police-scotland":    period.MustParseDate("2023-04-01"),
			"principal-reporter": period.MustParseDate("2023-05-01"), // after the calendar's date
		}), "2023-04-10", Options{},
			"s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider",
			"The 2023-2026 plan sent to each other service provider: outstanding as of 2023-04-10; the first limit is 2023-04-17, the module's default of 28 days " +
				"(no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2023-03-20; sent to 1 of 6 so far " +
				"(the copies recorded to the Principal Reporter on 2023-05-01 lie in the future: on 2023-04-10 they are not yet sent)"},
		{"copies all sent late", readHistory(t, "rules/copies-late.json"), "2024-11-26", Options{},
			"s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider",
			"The 2023-2026 plan sent to each other service provider: sent late to Police Scotland on 2023-06-01, " +
				"the Scottish Fire and Rescue Service on 2023-06-01, the Principal Reporter on 2023-06-01, " +
				"the National Convener of Children's Hearings Scotland on 2023-06-01, the Scottish Courts and Tribunals Service on 2023-06-01, " +
				"Angus Integration Joint Board on 2023-06-01; the limit was 2023-04-17, the module's default of 28 days " +
				"(no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2023-03-20"},
		{"copies sent to none", copiesTo(nil), "2024-11-26", Options{},
			"s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider",
			"The 2023-2026 plan sent to each other service provider: not sent to any of the 6 other service providers as of 2024-11-26; " +
				"the limit was 2023-04-17, the module's default of 28 days (no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2023-03-20"},
		{"copies sent to none when the period has ended", copiesTo(nil), "2026-04-01", Options{},
			"s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider",
			"The 2023-2026 plan sent to each other service provider: not sent to any of the 6 other service providers as of 2026-04-01; " +
				"the limit was 2026-03-31 (the end of the plan's period 2023-2026: the engine's reading is that \"as soon as reasonably practicable\" never outlasts the period the plan is for; the Act sets no number)"},
		{"the one copy owed, sent", highland, "2024-11-26", oneProvider,
			"s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider",
			"The 2023-2026 plan sent to each other service provider: sent on 2023-03-29, within 2023-04-19, the module's default of 28 days " +
				"(no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2023-03-22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := calendarOf(t, tt.h, tt.asOf, tt.opts)
			got := one(t, c, tt.duty, tt.subject).Describe(c.AsOf)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Describe (-want +got):\n%s", diff)
			}
		})
	}
}
