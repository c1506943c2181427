package duty

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// notice reads a notice of disagreement from testdata.
func notice(t testing.TB, name string) consult.NoticeOfDisagreement {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	n, err := consult.DecodeNotice(name, data)
	require.NoError(t, err)
	return n
}

// policeQuestion asks whether Police Scotland must provide service S7 of
// the Dundee City 2026-2029 plan in accordance with the plan.
func policeQuestion() ImplementationQuestion {
	return ImplementationQuestion{
		Council:  service.MustLookupCouncil("Dundee City"),
		Period:   period.MustParsePlanPeriod("2026-2029"),
		On:       period.MustParseDate("2026-11-26"),
		Provider: service.ProviderPoliceScotland,
		Service:  PlanService{ID: "S7", Name: "Campus police officers in secondary schools"},
	}
}

func TestDecideImplementation(t *testing.T) {
	valid := notice(t, "notice-police-s7.json")
	tests := []struct {
		name          string
		edit          func(q *ImplementationQuestion)
		wantOutcome   Outcome
		wantDecidedBy string
		wantCitation  string
		wantReason    string // a substring of some reason
	}{
		{
			name:          "default: the duty applies",
			edit:          func(q *ImplementationQuestion) {},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "So, by default, Police Scotland must provide service S7 (Campus police officers in secondary schools) in accordance with the plan, so far as reasonably practicable (s.12(1))",
		},
		{
			name:          "a service the question names by its ID only",
			edit:          func(q *ImplementationQuestion) { q.Service.Name = "" },
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "So, by default, Police Scotland must provide service S7 in accordance with the plan, so far as reasonably practicable (s.12(1))",
		},
		{
			name: "s12(3)(a): the provider considers compliance would harm a child's wellbeing",
			edit: func(q *ImplementationQuestion) {
				q.AdverseToChildWellbeing = true
				q.WellbeingReason = "placing an officer in one school would endanger a child under protection"
			},
			wantOutcome:   Excepted,
			wantDecidedBy: "child-wellbeing",
			wantCitation:  "s.12(3)(a)",
			wantReason:    "endanger a child",
		},
		{
			name:          "s12(3)(b): a published notice with legal effect about this matter",
			edit:          func(q *ImplementationQuestion) { q.Notices = []consult.NoticeOfDisagreement{valid} },
			wantOutcome:   Excepted,
			wantDecidedBy: "notice-of-disagreement",
			wantCitation:  "s.12(3)(b)",
			wantReason:    "Police Scotland published a notice of disagreement under section 10(8) on 2026-06-15",
		},
		{
			name: "a notice issued by a charity does not count",
			edit: func(q *ImplementationQuestion) {
				q.Notices = []consult.NoticeOfDisagreement{notice(t, "notice-charity-s7.json")}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "Notice 1 does not count: an organisation that is neither an other service provider nor the Scottish Ministers (such as a charity or housing association) cannot issue a notice of disagreement",
		},
		{
			name: "an unpublished notice does not count",
			edit: func(q *ImplementationQuestion) {
				q.Notices = []consult.NoticeOfDisagreement{notice(t, "notice-unpublished-s7.json")}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "Notice 1 does not count: the notice has not been published",
		},
		{
			name: "a notice published after the date asked about does not count yet",
			edit: func(q *ImplementationQuestion) {
				q.On = period.MustParseDate("2026-06-14")
				q.Notices = []consult.NoticeOfDisagreement{valid}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "is to be published on 2026-06-15",
		},
		{
			name: "a notice about another matter leaves the duty for this one",
			edit: func(q *ImplementationQuestion) {
				q.Service = PlanService{ID: "S9", Name: "Youth diversion scheme"}
				q.Notices = []consult.NoticeOfDisagreement{valid}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "Notice 1, from Police Scotland, is about other matters, not this service; a notice disapplies the duty only for the matters it names (s.12(3)(b))",
		},
		{
			name: "notices that do not count are numbered in the order given",
			edit: func(q *ImplementationQuestion) {
				q.Service = PlanService{ID: "S9", Name: "Youth diversion scheme"}
				q.Notices = []consult.NoticeOfDisagreement{notice(t, "notice-charity-s7.json"), valid}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "Notice 2, from Police Scotland, is about other matters, not this service; a notice disapplies the duty only for the matters it names (s.12(3)(b))",
		},
		{
			name: "a notice whose matter about this service has no legal effect names the defect",
			edit: func(q *ImplementationQuestion) {
				n := notice(t, "notice-police-s7.json")
				n.Matters[0].Aspect = ""
				q.Notices = []consult.NoticeOfDisagreement{n}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "Notice 1 does not count: the matter does not say which aspect of the plan concerning service S7 (Campus police officers in secondary schools) the issuer disagrees with; this matter has no legal effect (s.10(8))",
		},
		{
			name: "a matter naming no service is not about a service the question names by ID only",
			edit: func(q *ImplementationQuestion) {
				q.Service.Name = ""
				n := notice(t, "notice-police-s7.json")
				n.Matters[0].ServiceID, n.Matters[0].ServiceName = "", ""
				q.Notices = []consult.NoticeOfDisagreement{n}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "Notice 1, from Police Scotland, is about other matters, not this service; a notice disapplies the duty only for the matters it names (s.12(3)(b))",
		},
		{
			name: "a notice about another plan does not count",
			edit: func(q *ImplementationQuestion) {
				q.Period = period.MustParsePlanPeriod("2023-2026")
				q.On = period.MustParseDate("2025-11-26")
				n := valid
				n.Published.Date = period.MustParseDate("2025-06-15")
				q.Notices = []consult.NoticeOfDisagreement{n}
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "concerns the plan for 2026-2029",
		},
		{
			name:          "before the plan's period the duty does not arise",
			edit:          func(q *ImplementationQuestion) { q.On = period.MustParseDate("2026-03-31") },
			wantOutcome:   NotArising,
			wantDecidedBy: CondBeforePeriod,
			wantCitation:  "s.12(1)",
			wantReason:    "has not begun",
		},
		{
			name:          "after the plan's period the duty does not arise",
			edit:          func(q *ImplementationQuestion) { q.On = period.MustParseDate("2029-04-01") },
			wantOutcome:   NotArising,
			wantDecidedBy: CondAfterPeriod,
			wantCitation:  "s.12(1)",
			wantReason:    "has ended",
		},
		{
			name:          "the last day of the period is within it",
			edit:          func(q *ImplementationQuestion) { q.On = period.MustParseDate("2029-03-31") },
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "falls within the period",
		},
		{
			name:          "a provider outside Part 3 is not bound",
			edit:          func(q *ImplementationQuestion) { q.Provider = service.ProviderOtherOrganisation },
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotBound,
			wantCitation:  "s.12(1)",
			wantReason:    "is not one of the persons section 12(1) binds",
		},
		{
			name:          "the Scottish Ministers outside their prisons functions are not bound",
			edit:          func(q *ImplementationQuestion) { q.Provider = service.ProviderScottishMinisters },
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotBound,
			wantCitation:  "s.7(2)",
			wantReason:    "Prisons (Scotland) Act 1989",
		},
		{
			name: "the Scottish Ministers in their prisons functions are bound",
			edit: func(q *ImplementationQuestion) {
				q.Provider, q.PrisonsFunction = service.ProviderScottishMinisters, true
			},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "The Scottish Ministers are one of the persons",
		},
		{
			name:          "the local authority is bound",
			edit:          func(q *ImplementationQuestion) { q.Provider = service.ProviderLocalAuthority },
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.12(1)",
			wantReason:    "The local authority is one of the persons",
		},
		{
			name:          "an incomplete question",
			edit:          func(q *ImplementationQuestion) { q.Service.ID = "" },
			wantOutcome:   NotArising,
			wantDecidedBy: CondIncomplete,
			wantCitation:  "s.12(1)",
			wantReason:    "must name",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := policeQuestion()
			tt.edit(&q)
			d := must(DecideImplementation(q, decideCtx()))
			got := [3]string{d.Outcome.String(), d.DecidedBy, d.DecidedByCitation.String()}
			want := [3]string{tt.wantOutcome.String(), tt.wantDecidedBy, tt.wantCitation}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("outcome, decided by, citation (-want +got):\n%s\n%s", diff, d)
			}
			if d.Applies != (tt.wantOutcome == Applies) {
				t.Errorf("Applies = %v with outcome %s", d.Applies, d.Outcome)
			}
			if d.Duty != "s12-implementation" || d.Citation != part3.Act("12(1)") {
				t.Errorf("decision names %s %s", d.Duty, d.Citation)
			}
			if d.Law.On != q.On || len(d.Law.Provisions) == 0 {
				t.Errorf("decision does not say which law it applied: %+v", d.Law)
			}
			if !strings.Contains(d.String(), tt.wantReason) {
				t.Errorf("no reason mentions %q:\n%s", tt.wantReason, d)
			}
			for _, r := range d.Reasons {
				if !r.Citation.IsValid() {
					t.Errorf("reason without a citation: %q", r.Text)
				}
			}
		})
	}
}

func TestDecideImplementationMatterByName(t *testing.T) {
	// A notice naming the service by name only counts for that service.
	n := notice(t, "notice-police-s7.json")
	n.Matters[0].ServiceID = ""
	q := policeQuestion()
	q.Notices = []consult.NoticeOfDisagreement{n}
	d := must(DecideImplementation(q, decideCtx()))
	if d.Outcome != Excepted {
		t.Errorf("a notice naming the service by name: %s", d)
	}
}

func TestDecideImplementationReasonsChain(t *testing.T) {
	q := policeQuestion()
	q.Notices = []consult.NoticeOfDisagreement{notice(t, "notice-police-s7.json")}
	d := must(DecideImplementation(q, decideCtx()))
	var cites []string
	for _, r := range d.Reasons {
		cites = append(cites, r.Citation.String())
	}
	// Who is bound, when, the default, exception (a) not holding, then
	// exception (b) deciding.
	want := []string{"s.12(1)", "s.12(1)", "s.12(1)", "s.12(3)(a)", "s.12(3)(b)"}
	if diff := cmp.Diff(want, cites); diff != "" {
		t.Errorf("reasons' citations (-want +got):\n%s", diff)
	}
	if len(d.Notes) == 0 {
		t.Error("no note that the exception covers only the matter named")
	}
}

// TestDecideImplementationIntegrationJointBoard: an integration joint board
// is within section 12(1) for an area only where the area has one.
func TestDecideImplementationIntegrationJointBoard(t *testing.T) {
	ask := func(council string) ImplementationQuestion {
		q := policeQuestion()
		q.Council = service.MustLookupCouncil(council)
		q.Provider = service.ProviderIntegrationJointBoard
		q.Service = PlanService{ID: "S9", Name: "Child and adolescent mental health services"}
		return q
	}
	// Section 60 cannot be in force before the 2026 Act was enacted on
	// 2026-05-15: here it comes into force on 2027-04-01, and the question
	// is asked on 2027-11-26, still within the 2026-2029 plan's period.
	commenced := judgement.Context{AsOf: decideAsOf, Act2026Section60: period.MustParseDate("2027-04-01")}
	tests := []struct {
		name        string
		council     string
		on          string
		ctx         judgement.Context
		wantOutcome Outcome
		wantCite    part3.Citation
		wantReason  string
	}{
		{"Fife's board is bound", "Fife", "2026-11-26", decideCtx(), Applies, part3.Act("12(1)"), "Fife Integration Joint Board, the integration joint board for Fife, is an other service provider"},
		{"Highland has no board", "Highland", "2026-11-26", decideCtx(), NotArising, part3.Act("7(1)"), "Highland has no integration joint board"},
		{"with section 60 in force, as a lead body", "Fife", "2027-11-26", commenced, Applies, part3.Act("12(1)"), "lead children's services planning body"},
		{"with section 60 in force, the reading said", "Fife", "2027-11-26", commenced, Applies, part3.Act("12(1)"), "is the module's reading of section 60"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := ask(tt.council)
			q.On = period.MustParseDate(tt.on)
			d := must(DecideImplementation(q, tt.ctx))
			if d.Outcome != tt.wantOutcome || d.DecidedByCitation != tt.wantCite {
				t.Errorf("outcome %s by %s, want %s by %s:\n%s", d.Outcome, d.DecidedByCitation, tt.wantOutcome, tt.wantCite, d)
			}
			if !strings.Contains(d.String(), tt.wantReason) {
				t.Errorf("no reason containing %q:\n%s", tt.wantReason, d)
			}
		})
	}
}

// TestReasonSentenceCase: a reason that opens with a person's name starts
// with a capital, and a finding quoted after a colon ("Notice 1 does not
// count: the notice ...") starts with a small letter unless its first word
// is an acronym or a one-letter word, which keep their capitals.
func TestReasonSentenceCase(t *testing.T) {
	tests := []struct {
		name, in, wantCapitalised, wantLowered string
	}{
		{"empty", "", "", ""},
		{"a sentence", "The notice has not been published", "The notice has not been published", "the notice has not been published"},
		{"a sentence opening with A", "An organisation cannot issue one", "An organisation cannot issue one", "an organisation cannot issue one"},
		{"a sentence opening with Z", "Zero-hours staff are not a service", "Zero-hours staff are not a service", "zero-hours staff are not a service"},
		{"a clause in small letters", "an organisation that is not a provider", "An organisation that is not a provider", "an organisation that is not a provider"},
		{"a clause opening with z", "zero-hours staff", "Zero-hours staff", "zero-hours staff"},
		{"an acronym", "NHS Fife is the relevant health board", "NHS Fife is the relevant health board", "NHS Fife is the relevant health board"},
		{"an acronym with A second", "SAMH cannot issue one", "SAMH cannot issue one", "SAMH cannot issue one"},
		{"an acronym with Z second", "NZ codes are not GSS codes", "NZ codes are not GSS codes", "NZ codes are not GSS codes"},
		{"a one-letter word", "I", "I", "I"},
		{"a quoted name", `"s99" is not a provider`, `"s99" is not a provider`, `"s99" is not a provider`},
		{"just past z", "{x}", "{x}", "{x}"},
		{"just before a", "`x`", "`x`", "`x`"},
		{"just before A", "@x", "@x", "@x"},
		{"just past Z", "[x]", "[x]", "[x]"},
		{"a Georgian name", "ანა", "ანა", "ანა"},
		{"a title-case digraph", "ǅemal", "ǅemal", "ǅemal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := [2]string{capitalise(tt.in), lowerFirst(tt.in)}
			if diff := cmp.Diff([2]string{tt.wantCapitalised, tt.wantLowered}, got); diff != "" {
				t.Errorf("capitalised, lowered (-want +got):\n%s", diff)
			}
		})
	}
}
