package judge_test

import (
	"strings"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// TestNoPracticeRuleCitesTheAct holds every package's rule book to two
// rules of the design: a practice finding cites the guidance paragraph,
// appendix item or other source it rests on, never a section of the Act
// (the section it relates to is named in its message); and a number the
// law does not set is the partnership's own or the module's default, never
// "local policy".
func TestNoPracticeRuleCitesTheAct(t *testing.T) {
	books := map[string]func() []part3.Rule{
		"service": service.Rules, "consult": consult.Rules, "duty": duty.Rules, "plan": plan.Rules, "report": report.Rules,
	}
	for name, book := range books {
		for _, r := range book() {
			if r.Severity == part3.Practice && r.Citation.IsAct() {
				t.Errorf("%s: practice rule %s cites %s, a provision of the Act", name, r.ID, r.Citation)
			}
			if strings.Contains(strings.ToLower(r.Summary), "local policy") {
				t.Errorf("%s: rule %s calls a number local policy: %s", name, r.ID, r.Summary)
			}
		}
	}
}
