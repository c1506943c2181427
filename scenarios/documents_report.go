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
			var res report.Result
			var err error
			if ctx.plan != nil {
				res, err = doc.(report.Report).JudgeAgainstPlan(ctx.plan.doc.(plan.Plan), ctx.ctx)
			} else {
				res, err = doc.(report.Report).Judge(ctx.ctx)
			}
			return verdict{findings: res.Findings}, err
		},
	}, map[string]func() []part3.Rule{"report": report.Rules, "duty": duty.Rules})
}
