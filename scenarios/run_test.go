package scenarios

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestWrongExpectations checks that each deliberately wrong expectation in
// testdata/wrong.json is reported as a failure that says what was asked,
// what the law says (as the case states it), what the engine said and the
// citation.
func TestWrongExpectations(t *testing.T) {
	f, err := Load("testdata/wrong.json")
	require.NoError(t, err)
	var got []string
	for _, r := range f.Run() {
		got = append(got, r.String())
	}
	want := []string{
		`PASS "The first day of the first three-year period" (SSI 2016/255)`,
		`FAIL "Notice from a charity has no effect" (s.10(8)): asked whether Police Scotland must provide "Youth diversion" in accordance with the plan on 2026-05-01; the law says: no — s.12(3)(b) notice of disagreement; the engine said: yes (the duty applies)`,
		`FAIL "Wrong: 31 March 2020 in the second period" (guidance para 124): asked which plan period and reporting period 2020-03-31 falls in; the law says: plan period 2020-2023; the engine said: plan period 2017-2020`,
		`FAIL "Wrong: a plan period before the first began" (SSI 2016/255): asked which plan period and reporting period 2017-03-31 falls in; the law says: plan period 2017-2020; the engine said: no period (before the first three-year period began on 1 April 2017)`,
		`FAIL "Wrong: a child on the 18th birthday" (s.97(1)): asked whether a person born on 2008-02-29 is a child on 2026-03-01; the law says: yes, a child (under 18); 18th birthday on 2026-02-28; the engine said: no, not a child; 18th birthday on 2026-03-01`,
		`FAIL "Wrong: a charity's service as a children's service" (s.7(2)): asked what kind of service "Young carers project" provided by an organisation outside Part 3's providers (a charity, a housing association) is on 2026-05-01; the law says: a children's service; because of s.7(1); the engine said: outside Part 3 (neither a children's service nor a related service); reasons citing s.7(2), s.10(2)(b)`,
		`FAIL "Wrong: an integration joint board for Highland" (Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60): asked who prepares the children's services plan for Highland on 2027-06-01; the law says: Highland (local authority), NHS Highland (relevant health board) and the relevant integration joint board; the engine said: The Highland Council (local authority) and NHS Highland (relevant health board)`,
		`FAIL "Wrong: revising the plan as a duty" (guidance para 118): asked what Part 3 says of "Prepare a revised plan" (s.11(1)(b)); the law says: a duty (must); exceptions in s.11(2); a direction under section 16 cannot reach it; the engine said: a power (may); no exceptions; a direction under section 16 can reach it`,
		`FAIL "Wrong: default powers over section 12" (guidance para 148): asked whether the Scottish Ministers' default powers are available over "Provide services in accordance with the plan (s.12(1))" when the partnership is not exercising it; the law says: yes (the power is available); the engine said: no — s.17(1)(a) complying with section 12 (an exception holds)`,
		`FAIL "Wrong: a charity's notice with legal effect" (guidance para 108): asked for the findings on the notice of disagreement (inline) as of 2030-04-01; the law says: a finding of rule consult.notice-published; no finding of rule consult.notice-issuer; the notice has legal effect; the engine said: no such finding (1 finding: condition consult.notice-issuer (s.10(8)) at /issuer); 1 finding: condition consult.notice-issuer (s.10(8)) at /issuer; the notice has no legal effect`,
		`FAIL "Wrong: a plan after its period began is on time" (guidance para 101): asked for the obligations of the partnership for Highland as of 2026-04-01; the law says: the 2026-2029 plan prepared: met; the 2025-2026 annual report published: not owed; the engine said: the 2026-2029 plan prepared: late (statutory); the 2025-2026 annual report published: due`,
		`FAIL "Wrong: one finding for each provider given no opportunity" (s.10(1)(a)): asked for the findings on the children's services plan (../documents/plan-dundee-opportunities-missing.json) as of 2026-06-01; the law says: exactly 4 findings of rule consult.opportunity-other-service-providers at /preparation/opportunities; the engine said: 1 finding: statutory consult.opportunity-other-service-providers (s.10(1)(a)) at /preparation/opportunities`,
		`FAIL "Marked as a known failure, but the engine agrees with the law" (s.8(1)): asked which plan period and reporting period 2026-04-01 falls in; the law says: plan period 2026-2029; the engine said: plan period 2026-2029 (the engine now gives the law's answer: remove the case's known_failure mark)`,
		`KNOWN "Marked as a known failure, and the engine still disagrees" (s.8(1)): asked which plan period and reporting period 2026-04-01 falls in; the law says: plan period 2023-2026; the engine said: plan period 2026-2029; known failure: Stated wrongly on purpose, to show how a known failure is reported.`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	passed, failed, known := Count(f.Run())
	if passed != 1 || failed != 12 || known != 1 {
		t.Errorf("Count = %d passed, %d failed, %d known; want 1, 12, 1", passed, failed, known)
	}
}
