package duty

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestBeforeTheFirstPeriod: Part 3 came into force on 7 October 2016 and
// the first three-year period began on 1 April 2017. Between the two the
// first plans were being prepared: the duties of s.10(6) and s.14 applied,
// the duty of s.12 (which applies during a plan's period) did not. Before
// 7 October 2016 none of them applied.
func TestBeforeTheFirstPeriod(t *testing.T) {
	gap := period.MustParseDate("2017-01-16")
	before := period.MustParseDate("2016-09-30")
	ctx := decideCtx()

	t.Run("s.14", func(t *testing.T) {
		q := AssistanceQuestion{Person: service.ProviderPoliceScotland, On: gap, RelatesToTheirService: true, Test: reasonable}
		d := must(DecideAssistance(q, ctx))
		require.Equal(t, Applies, d.Outcome, "%s", d)
		require.Contains(t, d.String(), "the first children's services plans were being prepared")
		q.On = before
		d = must(DecideAssistance(q, ctx))
		require.Equal(t, NotArising, d.Outcome, "%s", d)
		require.Equal(t, CondBeforePart3InForce, d.DecidedBy)
		require.Equal(t, "SSI 2016/254", d.DecidedByCitation.String())
		// Without a date, an as-of date before Part 3 came into force shows
		// the request was made before it.
		q.On = period.Date{}
		d = must(DecideAssistance(q, judgement.New(before)))
		require.Equal(t, CondBeforePart3InForce, d.DecidedBy)
	})

	t.Run("s.10(6)", func(t *testing.T) {
		q := ConsulteeRequestQuestion{Category: consult.CategoryOf(consult.ProvidesServiceInArea), Request: consult.Participate, Test: reasonable, On: gap}
		d := must(Question{Kind: QuestionKind, ConsulteeRequest: &q}.Decide(ctx))
		require.Equal(t, Applies, d.Outcome, "%s", d)
		require.Contains(t, d.Reasons[0].Text, "Part 3 was in force")
		q.On = before
		d = must(Question{Kind: QuestionKind, ConsulteeRequest: &q}.Decide(ctx))
		require.Equal(t, NotArising, d.Outcome, "%s", d)
		require.Equal(t, CondBeforePart3InForce, d.DecidedBy)
		d = must(DecideConsulteeRequest(q.Facts(), judgement.New(before)))
		require.Equal(t, CondBeforePart3InForce, d.DecidedBy)
		// After the first period began, no reason about the gap.
		q.On = period.MustParseDate("2023-01-16")
		d = must(Question{Kind: QuestionKind, ConsulteeRequest: &q}.Decide(ctx))
		require.NotContains(t, d.String(), "Part 3 was in force")
	})

	t.Run("s.12", func(t *testing.T) {
		q := ImplementationQuestion{Council: service.MustLookupCouncil("Fife"), Period: period.MustParsePlanPeriod("2017-2020"),
			On: gap, Provider: service.ProviderLocalAuthority, Service: PlanService{ID: "S1"}}
		d := must(DecideImplementation(q, ctx))
		require.Equal(t, NotArising, d.Outcome)
		require.Equal(t, CondBeforePeriod, d.DecidedBy)
		require.Contains(t, d.String(), "Part 3 was in force (from 2016-10-07")
		require.Contains(t, d.String(), "no three-year period had begun")
		q.On = before
		d = must(DecideImplementation(q, ctx))
		require.Equal(t, CondBeforePart3InForce, d.DecidedBy)
	})
}
