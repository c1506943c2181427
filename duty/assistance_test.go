package duty

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/service"
)

var reasonable = consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true}

func TestDecideAssistance(t *testing.T) {
	tests := []struct {
		name          string
		q             AssistanceQuestion
		wantOutcome   Outcome
		wantDecidedBy string
		wantCitation  string
		wantReason    string
	}{
		{
			name:          "default: an other service provider asked about its own service must comply",
			q:             AssistanceQuestion{Person: service.ProviderPoliceScotland, RelatesToTheirService: true, Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "must comply with the request",
		},
		{
			name:          "a consultee must comply",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Consulted: true, Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "An organisation that is not a provider under Part 3 (such as a charity or housing association) was consulted under section 10(1)(b), so section 14 binds it (s.14(2)(b))",
		},
		{
			name:          "an other service provider consulted by direction must comply about anything",
			q:             AssistanceQuestion{Person: service.ProviderPrincipalReporter, Consulted: true, Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "The Principal Reporter is not among the organisations of section 10(2) as the guidance reads them (community groups and third or private sector organisations), so it is a person consulted under section 10(1)(b) only if a direction under section 10(1)(b)(iii) names it, and none had been made when the guidance was published; the question says it was consulted under section 10(1)(b), so section 14(2)(b) binds it for any reasonable request, not only one relating to a service it contributes to providing (guidance para 83)",
		},
		{
			name:          "the Scottish Ministers, said to be consulted",
			q:             AssistanceQuestion{Person: service.ProviderScottishMinisters, Consulted: true, Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "The Scottish Ministers were consulted under section 10(1)(b), so section 14 binds them (s.14(2)(b))",
		},
		{
			name:          "the Scottish Ministers about a service they contribute to",
			q:             AssistanceQuestion{Person: service.ProviderScottishMinisters, RelatesToTheirService: true, Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "The Scottish Ministers are bound",
		},
		{
			name:          "an other service provider asked about something else is not bound",
			q:             AssistanceQuestion{Person: service.ProviderPrincipalReporter, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondUnrelatedService,
			wantCitation:  "s.14(2)(a)",
			wantReason:    "only so far as a request relates",
		},
		{
			name:          "an organisation not consulted is not bound",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotConsulted,
			wantCitation:  "s.14(2)",
			wantReason:    "was not consulted",
		},
		{
			name:          "the local authority makes requests; it is not bound",
			q:             AssistanceQuestion{Person: service.ProviderLocalAuthority, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotBound,
			wantCitation:  "s.14(2)",
			wantReason:    "not among the persons",
		},
		{
			name:          "the relevant health board, even if said to be consulted, is not bound",
			q:             AssistanceQuestion{Person: service.ProviderRelevantHealthBoard, Consulted: true, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotBound,
			wantCitation:  "s.14(2)",
			wantReason:    "The relevant health board makes requests under section 14 jointly with its partner",
		},
		{
			name:          "a request not practicable for the person's capacity is not reasonable",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Consulted: true, Test: consult.Reasonableness{Relevant: true, Consistent: true}},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotReasonable,
			wantCitation:  "s.14(1)",
			wantReason:    "not practicable in view of the person's capacity",
		},
		{
			name: "s14(3)(a): incompatible with a duty of the person",
			q: AssistanceQuestion{Person: service.ProviderPoliceScotland, RelatesToTheirService: true, Test: reasonable,
				IncompatibleWithDuty: "the duty of confidentiality owed to victims"},
			wantOutcome:   Excepted,
			wantDecidedBy: "incompatible-with-duty",
			wantCitation:  "s.14(3)(a)",
			wantReason:    "duty of confidentiality owed to victims",
		},
		{
			name: "s14(3)(b): would unduly prejudice a function of the person",
			q: AssistanceQuestion{Person: service.ProviderOtherOrganisation, Consulted: true, Test: reasonable,
				UndulyPrejudicesFunction: "running the helpline during the consultation period"},
			wantOutcome:   Excepted,
			wantDecidedBy: "unduly-prejudice-functions",
			wantCitation:  "s.14(3)(b)",
			wantReason:    "running the helpline",
		},
		{
			name:          "no person named",
			q:             AssistanceQuestion{Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondIncomplete,
			wantCitation:  "s.14(1)",
			wantReason:    "must name the person",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := must(DecideAssistance(tt.q, decideCtx()))
			got := [3]string{d.Outcome.String(), d.DecidedBy, d.DecidedByCitation.String()}
			want := [3]string{tt.wantOutcome.String(), tt.wantDecidedBy, tt.wantCitation}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("outcome, decided by, citation (-want +got):\n%s\n%s", diff, d)
			}
			if d.Duty != "s14-assistance" || d.Applies != (tt.wantOutcome == Applies) {
				t.Errorf("duty %s applies %v", d.Duty, d.Applies)
			}
			if !strings.Contains(d.String(), tt.wantReason) {
				t.Errorf("no reason mentions %q:\n%s", tt.wantReason, d)
			}
		})
	}
}

func TestDecideConsulteeRequest(t *testing.T) {
	tests := []struct {
		name          string
		f             consult.RequestFacts
		wantOutcome   Outcome
		wantDecidedBy string
		wantCitation  string
	}{
		{"reasonable request to a consultee", consult.RequestFacts{Consulted: true, Kind: consult.Participate, Test: reasonable},
			Applies, DecidedByDefault, "s.10(6)"},
		{"not consulted", consult.RequestFacts{Test: reasonable}, NotArising, CondNotConsulted, "s.10(6)"},
		{"not reasonable", consult.RequestFacts{Consulted: true, Test: consult.Reasonableness{Relevant: true}},
			NotArising, CondNotReasonable, "guidance para 94"},
		{"commercially sensitive information withheld", consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: reasonable, Ground: consult.CommerciallySensitive},
			NotArising, CondInformationRefusal, "guidance para 96"},
		{"a request to participate is not excused by para 96", consult.RequestFacts{Consulted: true, Kind: consult.Participate, Test: reasonable, Ground: consult.DataProtection},
			Applies, DecidedByDefault, "s.10(6)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := must(DecideConsulteeRequest(tt.f, decideCtx()))
			got := [3]string{d.Outcome.String(), d.DecidedBy, d.DecidedByCitation.String()}
			want := [3]string{tt.wantOutcome.String(), tt.wantDecidedBy, tt.wantCitation}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s", diff, d)
			}
			if d.Duty != "s10-meet-reasonable-requests" || d.Applies != (tt.wantOutcome == Applies) || len(d.Reasons) == 0 {
				t.Errorf("decision: %s", d)
			}
		})
	}
}
