package main

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/plan"
)

// The children's services plan is a document kind of "part3 validate" and
// "part3 schema", and the kind that --plan reads: the decoded plan is a
// consult.PlanViewer, so that notices of disagreement can be checked
// against it.
//
// Its rules join the rule book of "part3 rules". The plan is judged as of
// today in Scotland, under the law as it stands (no order or direction
// made) and the local policy defaults: what it does not record is taken
// not to have been done, once the local policy window for it has passed.
func init() {
	registerRules("plan", plan.Rules)
	registerKind(&docKind{
		name:   plan.Kind,
		schema: plan.Schema,
		decode: func(file string, data []byte) (any, error) { return plan.Decode(file, data) },
		validate: func(doc any) part3.Findings {
			return plan.Validate(doc.(plan.Plan), plan.Options{Now: validateToday})
		},
	})
}
