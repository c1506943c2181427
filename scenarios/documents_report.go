package scenarios

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// The annual report, judged by package report with the law the case
// applies, on its own or against the plan it reports on.
func init() {
	registerDocument(&documentKind{
		name:        report.Kind,
		words:       "annual report",
		decode:      func(file string, data []byte) (any, error) { return report.Decode(file, data) },
		againstPlan: true,
		check: func(doc any, ctx documentContext) (verdict, error) {
			opts := report.Options{
				Now:                ctx.asOf,
				Law:                ctx.law.law,
				PrescribedOutcomes: ctx.law.outcomes,
				Reliefs:            ctx.law.reliefs,
				Policy:             ctx.policy,
			}
			var res report.Result
			if ctx.plan != nil {
				res = report.ValidateAgainstPlan(doc.(report.Report), ctx.plan.doc.(plan.Plan), opts)
			} else {
				res = report.Validate(doc.(report.Report), opts)
			}
			return verdict{findings: res.Findings}, nil
		},
	}, map[string]func() []part3.Rule{"report": report.Rules, "duty": duty.Rules})
}
