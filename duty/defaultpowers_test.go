package duty

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func TestDecideDefaultPowers(t *testing.T) {
	tests := []struct {
		name          string
		q             DefaultPowersQuestion
		wantOutcome   Outcome
		wantDecidedBy string
		wantCitation  string
	}{
		{"annual report not published", DefaultPowersQuestion{Function: "s13-annual-report", Failure: NotExercising},
			Applies, DecidedByDefault, "s.17(2)"},
		{"plan prepared without regard to the guidance", DefaultPowersQuestion{Function: "s8-prepare-plan", Failure: NotHavingRegardToGuidance},
			Applies, DecidedByDefault, "s.17(2)"},
		{"a reasoned departure after having regard to the guidance", DefaultPowersQuestion{Function: "s8-prepare-plan", DepartedWithReasons: true},
			NotArising, CondReasonedDeparture, "s.17(1)(b)"},
		{"a reasoned departure does not excuse not exercising the function", DefaultPowersQuestion{Function: "s13-annual-report", Failure: NotExercising, DepartedWithReasons: true},
			Applies, DecidedByDefault, "s.17(2)"},
		{"both not having regard and a reasoned departure", DefaultPowersQuestion{Function: "s8-prepare-plan", Failure: NotHavingRegardToGuidance, DepartedWithReasons: true},
			NotArising, CondIncomplete, "s.17(1)(b)"},
		{"never the s12 duty", DefaultPowersQuestion{Function: "s12-implementation", Failure: NotExercising},
			Excepted, "complying-with-section-12", "s.17(1)(a)"},
		{"not a function of the partnership", DefaultPowersQuestion{Function: "s10-participate", Failure: NotExercising},
			NotArising, CondNotPartnershipFunction, "s.17(1)"},
		{"a power of the Ministers themselves", DefaultPowersQuestion{Function: "s7-services-order", Failure: NotExercising},
			NotArising, CondNotPartnershipFunction, "s.17(1)"},
		{"no failure", DefaultPowersQuestion{Function: "s13-annual-report"},
			NotArising, CondNoFailure, "s.17(1)"},
		{"unknown function", DefaultPowersQuestion{Function: "s99-anything", Failure: NotExercising},
			NotArising, CondUnknownFunction, "s.17(1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := must(DecideDefaultPowers(tt.q, decideCtx()))
			got := [3]string{d.Outcome.String(), d.DecidedBy, d.DecidedByCitation.String()}
			want := [3]string{tt.wantOutcome.String(), tt.wantDecidedBy, tt.wantCitation}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s", diff, d)
			}
			// Para 149 is a note, never a reason: it is not law.
			if len(d.Notes) != 1 || !strings.Contains(d.Notes[0], "no plans") {
				t.Errorf("notes: %q", d.Notes)
			}
			for _, r := range d.Reasons {
				if strings.Contains(r.Text, "no plans") {
					t.Errorf("the Ministers' intention appears as a reason: %q", r.Text)
				}
			}
		})
	}
}

// TestDefaultPowersBeforePart3InForce: section 17 came into force on 7
// October 2016; as of an earlier day the power did not exist.
func TestDefaultPowersBeforePart3InForce(t *testing.T) {
	q := DefaultPowersQuestion{Function: "s13-annual-report", Failure: NotExercising}
	before := must(DecideDefaultPowers(q, judgement.New(period.MustParseDate("2016-10-06"))))
	require.Equal(t, NotArising, before.Outcome)
	require.Equal(t, CondBeforePart3InForce, before.DecidedBy)
	require.Equal(t, "SSI 2016/254", before.DecidedByCitation.String())
	require.Contains(t, before.Reasons[0].Text, "2016-10-07")
	on := must(DecideDefaultPowers(q, judgement.New(period.Part3InForce())))
	require.True(t, on.Applies, "%s", on)
}

func TestEveryDirectableFunctionHasDefaultPowers(t *testing.T) {
	for _, d := range Catalogue() {
		got := must(DecideDefaultPowers(DefaultPowersQuestion{Function: d.ID, Failure: NotExercising}, decideCtx()))
		if got.Applies != d.S17DefaultPowers {
			t.Errorf("%s: s17 applies %v, catalogue says %v", d.ID, got.Applies, d.S17DefaultPowers)
		}
	}
}

// TestDecideDefaultPowersCitations: section 17(1) to (4) and the opening of
// (5) are the Act's own words, so the decision cites them; (6) rests on
// the Explanatory Notes, and its reason says so, as does the reason on
// whom (5) requires the Ministers to consult.
func TestDecideDefaultPowersCitations(t *testing.T) {
	d := must(DecideDefaultPowers(DefaultPowersQuestion{Function: "s13-annual-report", Failure: NotHavingRegardToGuidance}, decideCtx()))
	var cites []string
	for _, r := range d.Reasons {
		cites = append(cites, r.Citation.String())
	}
	want := []string{"s.7(6)", "s.17(1)(b)", "s.17(2)(a)", "s.17(2)(b)", "s.17(4)", "s.17(5)", "s.17(6)"}
	if diff := cmp.Diff(want, cites); diff != "" {
		t.Errorf("citations (-want +got):\n%s", diff)
	}
	require.Contains(t, d.Reasons[1].Text, "section 15(1)")
	require.Contains(t, d.Reasons[1].Text, "not had regard")
	require.Contains(t, d.Reasons[5].Text, "Explanatory Notes, para 49")
	require.Contains(t, d.Reasons[6].Text, "Explanatory Notes, para 50")
	for id, cite := range map[string]string{"s17-consult-before-direction": "s.17(5)", "s17-comply-with-direction": "s.17(6)", "s15-have-regard-to-guidance": "s.15(1)"} {
		e, ok := Lookup(id)
		require.True(t, ok)
		require.Equal(t, cite, e.Citation.String(), id)
	}
	none := must(DecideDefaultPowers(DefaultPowersQuestion{Function: "s13-annual-report"}, decideCtx()))
	if !strings.Contains(none.Reasons[len(none.Reasons)-1].Text, "No failure is given") || strings.Contains(none.String(), "is exercising the function") {
		t.Errorf("with no failure given: %s", none)
	}
}

// TestFailureRenamed: the former text form of the s.17(1)(b) failure is
// refused with a message that names its replacement and says why.
func TestFailureRenamed(t *testing.T) {
	_, err := ParseFailure("not-complying-with-guidance")
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), `"not-having-regard-to-guidance", which replaced "not-complying-with-guidance"`)
	require.Contains(t, err.Error(), "section 15(1)")
	f, err := ParseFailure("not-having-regard-to-guidance")
	require.NoError(t, err)
	require.Equal(t, NotHavingRegardToGuidance, f)
	require.Equal(t, "s.17(1)(b)", f.Citation().String())

	_, err = DecodeQuestion("q.json", []byte(`{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan", "failure": "not-complying-with-guidance"}}`))
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), "/default_powers/failure")
	_, err = DecodeQuestion("q.json", []byte(`{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan", "failure": "not-having-regard-to-guidance", "departed_with_reasons": true}}`))
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), "/default_powers/departed_with_reasons")
}
