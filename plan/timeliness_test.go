package plan

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestTimelinessAgreesWithTheCalendar: on the same facts (the day the
// plan was prepared, the days it was sent and published or none, the
// judgement date, the partnership's limit, a stated fact and a relief) the
// judgement of a plan and the duty calendar of its partnership give each
// duty of s.10(7) the same status: no finding where the calendar says met
// or due, a practice finding where it says late at practice, a breach
// where it says late at statutory.
func TestTimelinessAgreesWithTheCalendar(t *testing.T) {
	base := load(t, "rules/base.json") // Dundee City, 2026-2029, prepared 2026-03-20
	prepared := base.Publication.Prepared
	councils := base.Partnership.Councils()
	day := func(n int) period.Date { return prepared.AddDays(n) }
	stated := func(id string, n int) judgement.Facts {
		return judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: id, Councils: councils, PlanPeriod: base.Period,
			By: day(n), Source: "Decision of the Chief Officers Group"}}}
	}
	relief := []judgement.Relief{{Duty: judgement.DutyPublishPlan, PlanPeriod: base.Period, Until: day(90),
		Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}}
	type facts struct {
		sent, published int // days after preparation; 0 for none
		asOf            period.Date
		policy          judgement.Policy
		facts           judgement.Facts
		reliefs         []judgement.Relief
	}
	var cases []facts
	for _, asOf := range []period.Date{day(5), day(27), day(29), day(60), day(400), base.Period.End(), base.Period.End().AddDays(1), base.Period.End().AddYears(1)} {
		for _, sent := range []int{0, 3, 20, 40, 100, 1200} {
			cases = append(cases,
				facts{sent: sent, published: sent, asOf: asOf},
				facts{sent: sent, published: sent, asOf: asOf, policy: judgement.Policy{CopyDays: 14}},
				facts{sent: sent, published: sent, asOf: asOf, policy: judgement.Policy{CopyDays: -1}},
				facts{sent: sent, published: sent, asOf: asOf, facts: stated(judgement.DutyCopyToMinisters, 30)},
				facts{sent: sent, published: sent, asOf: asOf, facts: stated(judgement.DutyPublishPlan, 50), reliefs: relief},
				facts{sent: sent, published: sent, asOf: asOf, facts: stated(judgement.DutyCopyToOtherProviders, 10)},
				facts{sent: sent, published: 0, asOf: asOf, reliefs: relief},
			)
		}
	}
	paths := map[string]string{
		judgement.DutyCopyToMinisters:      "/publication/sent_to_ministers",
		judgement.DutyCopyToOtherProviders: "/publication/sent_to_other_service_providers",
		judgement.DutyPublishPlan:          "/publication/published",
	}
	for _, c := range cases {
		on := func(n int) period.Date {
			if n == 0 {
				return period.Date{}
			}
			return day(n)
		}
		p := base
		p.Publication.SentToMinisters, p.Publication.Published = on(c.sent), on(c.published)
		p.Publication.SentToOtherServiceProviders = nil
		h := duty.History{Council: councils[0], Plans: []duty.PlanRecord{{Period: p.Period, Prepared: prepared,
			Distribution: duty.Distribution{SentToMinisters: on(c.sent), Published: on(c.published)}}}}
		if c.sent != 0 {
			h.Plans[0].SentToOtherServiceProviders = map[string]period.Date{}
			for _, id := range []string{"police-scotland", "scottish-fire-and-rescue-service", "principal-reporter",
				"national-convener-childrens-hearings-scotland", "scottish-courts-and-tribunals-service", "integration-joint-board"} {
				p.Publication.SentToOtherServiceProviders = append(p.Publication.SentToOtherServiceProviders, Copy{Provider: service.Provider(id), Sent: day(c.sent)})
				h.Plans[0].SentToOtherServiceProviders[id] = day(c.sent)
			}
		}
		ctx := judgement.Context{AsOf: c.asOf, Policy: c.policy, Facts: c.facts, Reliefs: c.reliefs}
		name := fmt.Sprintf("sent %d published %d as of %s policy %+v facts %d relief %d", c.sent, c.published, c.asOf, c.policy, len(c.facts.TimePassed), len(c.reliefs))
		fs, err := p.Judge(ctx)
		require.NoError(t, err)
		cal, err := duty.NewCalendar(councils[0], h, ctx)
		require.NoError(t, err)
		for id, path := range paths {
			var o duty.Obligation
			for _, x := range cal.Obligations {
				if x.Duty == id && x.PlanPeriod == p.Period && x.Revision == 0 {
					o = x
				}
			}
			var sev part3.Severity
			for _, f := range fs {
				if f.Path == path || strings.HasPrefix(f.Path, path+"/") {
					if sev == 0 || f.Severity < sev {
						sev = f.Severity
					}
				}
			}
			want := part3.Severity(0)
			if o.Status == duty.Late {
				want = o.Severity
			}
			if sev != want {
				t.Errorf("%s: %s: plan finds %q, the calendar says %s %s (%s)", name, id, sev, o.Status, o.Severity, o.Describe(c.asOf))
			}
			// The same duty graded directly agrees too.
			g := duty.Timely{Duty: id, Councils: councils, PlanPeriod: p.Period, Arises: prepared}.Grade(on(c.sent), ctx)
			if id == judgement.DutyPublishPlan {
				g = duty.Timely{Duty: id, Councils: councils, PlanPeriod: p.Period, Arises: prepared}.Grade(on(c.published), ctx)
			}
			if g.Status != o.Status || g.Severity != o.Severity {
				t.Errorf("%s: %s: graded %s %s, the calendar says %s %s", name, id, g.Status, g.Severity, o.Status, o.Severity)
			}
		}
	}
}

// TestRecordsAfterTheJudgementDate: on the judgement date, a record dated
// after it is not yet done: a publication, a copy, an approval, and the
// preparation of the plan itself. Each finding says the record lies in the
// future.
func TestRecordsAfterTheJudgementDate(t *testing.T) {
	p := load(t, "rules/base.json") // prepared 2026-03-20
	asOf := period.MustParseDate("2026-05-01")
	later := period.MustParseDate("2026-06-15")

	published := p
	published.Publication.Published = later
	fs := findings(t, published, Options{AsOf: asOf})
	got := fs.WithRule(RuleWithinPolicy.ID)
	require.Len(t, got, 1, "%v", fs)
	require.Equal(t, "/publication/published", got[0].Path)
	require.Contains(t, got[0].Message, "(the record of it, dated 2026-06-15, lies in the future: on 2026-05-01 it is not yet published)")
	require.Empty(t, fs.WithSeverity(part3.Statutory))
	// Within the limit it is outstanding, and no finding.
	require.Empty(t, findings(t, published, Options{AsOf: period.MustParseDate("2026-04-10")}).WithRule(RuleWithinPolicy.ID))
	// Past a day the caller states, a breach.
	stated := judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: judgement.DutyPublishPlan, Councils: p.Partnership.Councils(),
		PlanPeriod: p.Period, By: period.MustParseDate("2026-04-30"), Source: "Decision of the Chief Officers Group"}}}
	got = findings(t, published, Options{AsOf: asOf, Facts: stated}).WithRule(RulePublished.ID)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Message, "lies in the future")
	require.Contains(t, got[0].Message, "as stated: Decision of the Chief Officers Group")

	copies := p
	copies.Publication.SentToMinisters = later
	copies.Publication.SentToOtherServiceProviders = append([]Copy(nil), p.Publication.SentToOtherServiceProviders...)
	copies.Publication.SentToOtherServiceProviders[0].Sent = later
	fs = findings(t, copies, Options{AsOf: asOf})
	require.Len(t, fs.WithRule(RuleWithinPolicy.ID), 2, "%v", fs)
	for _, f := range fs.WithRule(RuleWithinPolicy.ID) {
		require.Contains(t, f.Message, "lies in the future", f.Path)
	}

	approved := p
	approved.Approvals = append([]Approval(nil), p.Approvals...)
	approved.Approvals[1].Date = later // NHS Tayside
	got = findings(t, approved, Options{AsOf: asOf}).WithRule(RuleJointApproval.ID)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Message, "The plan is not approved by NHS Tayside as of 2026-05-01: the approval it records, dated 2026-06-15, lies in the future")
	require.Empty(t, findings(t, approved, Options{AsOf: period.MustParseDate("2026-06-15")}).WithRule(RuleJointApproval.ID))

	// A plan recorded as prepared after the judgement date is a draft on
	// it: no duty that follows preparation is owed, and once its period
	// has begun it is not in place.
	draft := p
	draft.Publication.Prepared = period.MustParseDate("2026-04-20")
	fs = findings(t, draft, Options{AsOf: period.MustParseDate("2026-04-10")})
	for _, r := range []part3.Rule{RuleCopyToMinisters, RuleCopyToOtherServiceProviders, RulePublished, RuleWithinPolicy, RuleJointApproval} {
		require.Empty(t, fs.WithRule(r.ID), r.ID)
	}
	got = fs.WithRule(RulePreparedBeforePeriod.ID)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Message, "The plan is not recorded as prepared as of 2026-04-10 (the date it records, 2026-04-20, lies in the future: on the judgement date the plan is still a draft)")
}
