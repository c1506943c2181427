package duty

import (
	"strings"
	"testing"
)

// TestDecideImplementationPlanVersion: a notice disapplies the s.12 duty
// only for the version of the plan it concerns: a revised plan is treated
// as a new plan (guidance para 119), and a notice does not carry to it.
func TestDecideImplementationPlanVersion(t *testing.T) {
	tests := []struct {
		name          string
		planVersion   string
		noticeVersion string
		wantOutcome   Outcome
		wantReason    string
	}{
		{"no versions: the notice concerns the plan asked about", "", "", Excepted, "the notice has legal effect"},
		{"the notice's version is the plan's", "dundee-r1", "dundee-r1", Excepted, "the notice has legal effect"},
		{"the notice concerns an earlier version", "dundee-r1", "dundee-v1", Applies, `the notice concerns version "dundee-v1" of the plan, not the version it is checked against (version "dundee-r1")`},
		{"the notice names a version, the question none", "", "dundee-v1", Applies, "gives no version ID, so it cannot be told whether it is that version"},
		{"the question names a version, the notice none", "dundee-r1", "", Applies, "it cannot be told whether that version was in force then"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := policeQuestion()
			n := notice(t, "notice-police-s7.json")
			n.Plan.Version = tt.noticeVersion
			q.Notices, q.PlanVersion = append(q.Notices, n), tt.planVersion
			d := must(DecideImplementation(q, decideCtx()))
			if d.Outcome != tt.wantOutcome {
				t.Errorf("outcome %s, want %s:\n%s", d.Outcome, tt.wantOutcome, d)
			}
			if !strings.Contains(d.String(), tt.wantReason) {
				t.Errorf("no reason says %q:\n%s", tt.wantReason, d)
			}
		})
	}
}
