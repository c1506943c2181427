package main

import (
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// The annual report (s.13) as a document kind of "part3 validate" and
// "part3 schema", and package report's rules in the rule book.
func init() {
	registerRules("report", report.Rules)
	registerKind(&docKind{
		name:   report.Kind,
		schema: report.Schema,
		decode: func(file string, data []byte) (any, error) { return report.Decode(file, data) },
		validate: func(doc any) part3.Findings {
			return report.Validate(doc.(report.Report), report.Options{Now: validateToday}).Findings
		},
		validateAgainstPlan: func(doc, p any) (part3.Findings, error) {
			var pl plan.Plan
			switch p := p.(type) {
			case plan.Plan:
				pl = p
			case *plan.Plan:
				pl = *p
			default:
				return nil, fmt.Errorf("the plan cannot be read as a children's services plan to check an annual report against")
			}
			return report.ValidateAgainstPlan(doc.(report.Report), pl, report.Options{Now: validateToday}).Findings, nil
		},
	})
}
