package scenarios

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// The children's services plan, judged by package plan with the law the
// case applies. An annual report joins with one such registration when
// package report lands.
func init() {
	registerDocument(&documentKind{
		name:   plan.Kind,
		words:  "children's services plan",
		decode: func(file string, data []byte) (any, error) { return plan.Decode(file, data) },
		check: func(doc any, ctx documentContext) (verdict, error) {
			fs, err := doc.(plan.Plan).Judge(ctx.ctx)
			return verdict{findings: fs}, err
		},
		planView: func(doc any) consult.PlanServices { return doc.(plan.Plan).PlanServices() },
		review: func(doc any, ctx documentContext) (map[string]plan.Verdict, error) {
			r, err := doc.(plan.Plan).Review(ctx.ctx)
			if err != nil {
				return nil, err
			}
			out := make(map[string]plan.Verdict, len(r.Criteria))
			for _, j := range r.Criteria {
				out[j.Label] = j.Verdict
			}
			return out, nil
		},
	}, map[string]func() []part3.Rule{"plan": plan.Rules, "consult": consult.Rules, "service": service.Rules})
}
