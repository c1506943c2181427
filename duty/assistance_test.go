package duty

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
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
			name:          "an organisation within s10(2) must comply, consulted or not",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Category: consult.CategoryOf(consult.ProvidesServiceInArea), Name: "Little Acorns Nursery", Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "Little Acorns Nursery is an organisation that provides a service in the area that would be a children's or related service if a Part 3 provider provided it, within section 10(2), and so one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted (s.10(2)(b))",
		},
		{
			name:          "a social landlord must comply",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Category: consult.CategoryOf(consult.SocialLandlord), Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    "Section 14(2)(b) binds the persons mentioned in section 10(1)(b), whether or not they have been consulted, for any reasonable request (s.14(2)(b))",
		},
		{
			name:          "a person named in a direction in force must comply",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, On: period.MustParseDate("2027-03-01"), Category: consult.CategoryOf(consult.DirectedPerson), Name: "Scottish Youth Parliament", Test: reasonable},
			wantOutcome:   Applies,
			wantDecidedBy: DecidedByDefault,
			wantCitation:  "s.14(1)",
			wantReason:    `Scottish Youth Parliament is specified by the Scottish Ministers' direction "2027-youth-parliament", in force on 2027-03-01`,
		},
		{
			name:          "a person named in a direction not yet in force is not bound",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, On: period.MustParseDate("2026-12-01"), Category: consult.CategoryOf(consult.DirectedPerson), Name: "Scottish Youth Parliament", Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotToBeConsulted,
			wantCitation:  "s.14(2)",
			wantReason:    "No direction of the Scottish Ministers in force on 2026-12-01 names Scottish Youth Parliament",
		},
		{
			name:          "an other service provider is not a person of s10(1)(b): unrelated requests do not bind it",
			q:             AssistanceQuestion{Person: service.ProviderPrincipalReporter, Category: consult.NoCategory, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondUnrelatedService,
			wantCitation:  "s.14(2)(a)",
			wantReason:    "The Principal Reporter is not among the persons mentioned in section 10(1)(b)",
		},
		{
			name:          "Police Scotland, whatever its part in consultation, is bound only under s14(2)(a)",
			q:             AssistanceQuestion{Person: service.ProviderPoliceScotland, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondUnrelatedService,
			wantCitation:  "s.14(2)(a)",
			wantReason:    "so section 14(2)(b) does not reach it (guidance paras 82-83)",
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
			name:          "the Scottish Ministers about something else are not bound",
			q:             AssistanceQuestion{Person: service.ProviderScottishMinisters, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondUnrelatedService,
			wantCitation:  "s.14(2)(a)",
			wantReason:    "so section 14(2)(b) does not reach them",
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
			name:          "an organisation within no category of s10(1)(b) is not bound",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Category: consult.NoCategory, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotToBeConsulted,
			wantCitation:  "s.14(2)",
			wantReason:    "falls within none of the categories of section 10(1)(b)",
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
			name:          "the relevant health board is not bound",
			q:             AssistanceQuestion{Person: service.ProviderRelevantHealthBoard, Category: consult.NoCategory, Test: reasonable},
			wantOutcome:   NotArising,
			wantDecidedBy: CondNotBound,
			wantCitation:  "s.14(2)",
			wantReason:    "The relevant health board makes requests under section 14 jointly with its partner",
		},
		{
			name:          "a request not practicable for the person's capacity is not reasonable",
			q:             AssistanceQuestion{Person: service.ProviderOtherOrganisation, Category: consult.CategoryOf(consult.RepresentsServiceUsers), Test: consult.Reasonableness{Relevant: true, Consistent: true}},
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
			q: AssistanceQuestion{Person: service.ProviderOtherOrganisation, Category: consult.CategoryOf(consult.RepresentsServiceUsers), Test: reasonable,
				UndulyPrejudicesFunction: "running the helpline during the consultation period"},
			wantOutcome:   Excepted,
			wantDecidedBy: "unduly-prejudice-functions",
			wantCitation:  "s.14(3)(b)",
			wantReason:    "running the helpline",
		},
		{
			name: "s14(3)(a): data protection law forbids the processing, for an other service provider",
			q: AssistanceQuestion{Person: service.ProviderPoliceScotland, RelatesToTheirService: true, Test: reasonable,
				DataProtection: true},
			wantOutcome:   Excepted,
			wantDecidedBy: "incompatible-with-duty",
			wantCitation:  "s.14(3)(a)",
			wantReason:    "data protection law (the UK GDPR and the Data Protection Act 2018) forbids; the duties of that law bind Police Scotland by their own force, so providing it would be incompatible with a duty of Police Scotland (guidance para 141 names data protection among such duties)",
		},
		{
			name: "s14(3)(a): data protection law forbids the processing, for a charity",
			q: AssistanceQuestion{Person: service.ProviderOtherOrganisation, Category: consult.CategoryOf(consult.ProvidesServiceInArea), Name: "Little Acorns Nursery", Test: reasonable,
				DataProtection: true},
			wantOutcome:   Excepted,
			wantDecidedBy: "incompatible-with-duty",
			wantCitation:  "s.14(3)(a)",
			wantReason:    "so providing it would be incompatible with a duty of Little Acorns Nursery",
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
	ctx := decideCtx()
	ctx.Directions = []judgement.Direction{{ID: "2027-youth-parliament", Made: period.MustParseDate("2027-01-10"), Persons: []string{"Scottish Youth Parliament"}}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := must(DecideAssistance(tt.q, ctx))
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
			if strings.Contains(d.String(), "was consulted") || strings.Contains(d.String(), "were consulted") {
				t.Errorf("the decision turns on whether the person was consulted:\n%s", d)
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
		{"reasonable request to an organisation within s10(2)", consult.RequestFacts{Category: consult.RepresentsServiceUsers, Kind: consult.Participate, Test: reasonable},
			Applies, DecidedByDefault, "s.10(6)"},
		{"within no category of s10(1)(b)", consult.RequestFacts{Test: reasonable}, NotArising, CondNotToBeConsulted, "s.10(6)"},
		{"a directed person with no direction in force", consult.RequestFacts{Category: consult.DirectedPerson, Person: "Who Cares? Scotland", Test: reasonable},
			NotArising, CondNotToBeConsulted, "s.10(6)"},
		{"not reasonable", consult.RequestFacts{Category: consult.SocialLandlord, Test: consult.Reasonableness{Relevant: true}},
			NotArising, CondNotReasonable, "guidance para 94"},
		{"commercially sensitive information withheld", consult.RequestFacts{Category: consult.ProvidesServiceInArea, Kind: consult.Contribute, Test: reasonable, Ground: consult.CommerciallySensitive},
			NotArising, CondInformationRefusal, "guidance para 96"},
		{"a request to participate is not excused by commercial sensitivity", consult.RequestFacts{Category: consult.ProvidesServiceInArea, Kind: consult.Participate, Test: reasonable, Ground: consult.CommerciallySensitive},
			Applies, DecidedByDefault, "s.10(6)"},
		{"data protection: a request to contribute", consult.RequestFacts{Category: consult.ProvidesServiceInArea, Kind: consult.Contribute, Test: reasonable, Ground: consult.DataProtection},
			NotArising, CondDataProtection, "Data Protection Act 2018"},
		{"data protection: a request to participate", consult.RequestFacts{Category: consult.ProvidesServiceInArea, Kind: consult.Participate, Test: reasonable, Ground: consult.DataProtection},
			NotArising, CondDataProtection, "Data Protection Act 2018"},
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
