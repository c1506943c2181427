package consult_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func TestDecideRequest(t *testing.T) {
	all := consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true}
	const (
		recognised     = "so, as the guidance reads section 10(6), the person did not have to meet this request for information, though it passes the three-part test; section 10(6) itself makes no exception"
		noException    = "so the person had to meet the request: section 10(6) itself makes no exception"
		onlyReasonable = "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests"
		notBound       = "section 10(6) binds only the persons to be consulted under section 10(1)(b), so the person did not have to meet the request under it"
	)
	org := consult.ProvidesServiceInArea
	youthParliament := []judgement.Direction{
		{ID: "2027-youth-parliament", Made: period.MustParseDate("2027-01-10"), Persons: []string{"Scottish Youth Parliament"}},
		{ID: "2027-youth-parliament", Made: period.MustParseDate("2028-06-01"), Revoked: true},
	}
	directed := func(direction, on string) consult.RequestFacts {
		return consult.RequestFacts{Category: consult.DirectedPerson, Person: "Scottish Youth Parliament", Direction: direction,
			On: period.MustParseDate(on), Kind: consult.Participate, Test: all}
	}
	tests := []struct {
		name           string
		facts          consult.RequestFacts
		directions     []judgement.Direction
		wantBound      bool
		wantReasonable bool
		wantMustMeet   bool
		wantRecognised bool
		wantDataProt   bool
		wantLast       consult.Reason
		// wantWhyNot, when set, is in the reason before the last, which
		// says why a para 96 ground does not excuse the request; that
		// reason cites para 96.
		wantWhyNot string
		// wantFirst, when set, is in the first reason, which says whether
		// the person is one of those to be consulted.
		wantFirst string
	}{
		{name: "reasonable request to an organisation within s10(2)", facts: consult.RequestFacts{Category: org, Kind: consult.Contribute, Test: all},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:  consult.Reason{Text: "so the person had to meet the request", Citation: part3.Act("10(6)(b)")},
			wantFirst: "within section 10(2), and so one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted"},
		{name: "a social landlord is bound", facts: consult.RequestFacts{Category: consult.SocialLandlord, Person: "Hillcrest Homes", Kind: consult.Participate, Test: all},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:  consult.Reason{Text: "so the person had to meet the request", Citation: part3.Act("10(6)(a)")},
			wantFirst: "Hillcrest Homes is a social landlord that provides housing in the area"},
		{name: "an organisation representing users is bound", facts: consult.RequestFacts{Category: consult.RepresentsServiceUsers, Test: all},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast: consult.Reason{Text: "so the person had to meet the request", Citation: part3.Act("10(6)")}},
		{name: "not relevant to its function", facts: consult.RequestFacts{Category: org, Kind: consult.Participate, Test: consult.Reasonableness{Practicable: true, Consistent: true}},
			wantBound: true,
			wantLast:  consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)(a)")}},
		{name: "not practicable for its capacity", facts: consult.RequestFacts{Category: org, Test: consult.Reasonableness{Relevant: true, Consistent: true}},
			wantBound: true,
			wantLast:  consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)")}},
		{name: "beyond its expected involvement", facts: consult.RequestFacts{Category: org, Test: consult.Reasonableness{Relevant: true, Practicable: true}},
			wantBound: true,
			wantLast:  consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)")}},
		{name: "commercially sensitive", facts: consult.RequestFacts{Category: org, Kind: consult.Contribute, Test: all, Ground: consult.CommerciallySensitive},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},
		{name: "a general request said to be for information, commercially sensitive", facts: consult.RequestFacts{Category: org, Test: all, Ground: consult.CommerciallySensitive, ForInformation: true},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},
		{name: "commercial sensitivity does not excuse a request to participate", facts: consult.RequestFacts{Category: org, Kind: consult.Participate, Test: all, Ground: consult.CommerciallySensitive, ForInformation: true},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:   consult.Reason{Text: noException, Citation: part3.Act("10(6)(a)")},
			wantWhyNot: "relied on commercial sensitivity, but guidance para 96 speaks only of requests for information, and this request is to participate in the preparation of the plan"},
		{name: "a general request not said to be for information", facts: consult.RequestFacts{Category: org, Test: all, Ground: consult.CommerciallySensitive},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:   consult.Reason{Text: noException, Citation: part3.Act("10(6)")},
			wantWhyNot: "relied on commercial sensitivity, but guidance para 96 speaks only of requests for information, and this request is not said to be one for information"},
		{name: "commercial sensitivity: para 96 does not apply to a 2017-2020 plan", facts: consult.RequestFacts{Category: org, Kind: consult.Contribute, Test: all, Ground: consult.CommerciallySensitive, Period: period.MustParsePlanPeriod("2017-2020")},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast: consult.Reason{Text: noException, Citation: part3.Act("10(6)(b)")}},
		{name: "commercial sensitivity: para 96 applies to a 2020-2023 plan", facts: consult.RequestFacts{Category: org, Kind: consult.Contribute, Test: all, Ground: consult.CommerciallySensitive, Period: period.MustParsePlanPeriod("2020-2023")},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},

		// Data protection law binds by its own force: in every period and
		// for every kind of request.
		{name: "data protection, a request to contribute", facts: consult.RequestFacts{Category: org, Kind: consult.Contribute, Test: all, Ground: consult.DataProtection},
			wantBound: true, wantDataProt: true,
			wantLast: consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)(b)")}},
		{name: "data protection, a request to participate", facts: consult.RequestFacts{Category: org, Kind: consult.Participate, Test: all, Ground: consult.DataProtection},
			wantBound: true, wantDataProt: true,
			wantLast: consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)(a)")}},
		{name: "data protection, a general request", facts: consult.RequestFacts{Category: org, Test: all, Ground: consult.DataProtection},
			wantBound: true, wantDataProt: true,
			wantLast: consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)")}},
		{name: "data protection, a 2017-2020 plan", facts: consult.RequestFacts{Category: org, Kind: consult.Contribute, Test: all, Ground: consult.DataProtection, Period: period.MustParsePlanPeriod("2017-2020")},
			wantBound: true, wantDataProt: true,
			wantLast: consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)(b)")}},
		{name: "data protection does not rescue an unreasonable request's test", facts: consult.RequestFacts{Category: org, Test: consult.Reasonableness{Relevant: true}, Ground: consult.DataProtection},
			wantBound: true,
			wantLast:  consult.Reason{Text: onlyReasonable, Citation: part3.Act("10(6)")}},

		{name: "within no category of s10(1)(b)", facts: consult.RequestFacts{Test: all},
			wantLast:  consult.Reason{Text: notBound, Citation: part3.Act("10(6)")},
			wantFirst: "falls within none of the categories of section 10(1)(b)"},
		{name: "directed person, the direction in force", facts: directed("2027-youth-parliament", "2027-03-01"), directions: youthParliament,
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:  consult.Reason{Text: "so the person had to meet the request", Citation: part3.Act("10(6)(a)")},
			wantFirst: `Scottish Youth Parliament is specified by the Scottish Ministers' direction "2027-youth-parliament", in force on 2027-03-01`},
		{name: "directed person, any direction naming them", facts: directed("", "2027-03-01"), directions: youthParliament,
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast: consult.Reason{Text: "so the person had to meet the request", Citation: part3.Act("10(6)(a)")}},
		{name: "directed person, before the direction", facts: directed("2027-youth-parliament", "2026-12-01"), directions: youthParliament,
			wantLast:  consult.Reason{Text: notBound, Citation: part3.Act("10(6)(a)")},
			wantFirst: `the Scottish Ministers' direction "2027-youth-parliament" is not in force on 2026-12-01`},
		{name: "directed person, after the direction is revoked", facts: directed("", "2028-06-01"), directions: youthParliament,
			wantLast:  consult.Reason{Text: notBound, Citation: part3.Act("10(6)(a)")},
			wantFirst: "no direction of the Scottish Ministers in force on 2028-06-01 names Scottish Youth Parliament"},
		{name: "directed person, a direction in force that does not name them", facts: func() consult.RequestFacts {
			f := directed("2027-youth-parliament", "2027-03-01")
			f.Person = "Who Cares? Scotland"
			return f
		}(), directions: youthParliament,
			wantLast:  consult.Reason{Text: notBound, Citation: part3.Act("10(6)(a)")},
			wantFirst: `the Scottish Ministers' direction "2027-youth-parliament", in force on 2027-03-01, does not name Who Cares? Scotland`},
		{name: "directed person, no direction made", facts: directed("", "2027-03-01"),
			wantLast: consult.Reason{Text: notBound, Citation: part3.Act("10(6)(a)")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := consult.DecideRequest(tt.facts, judgement.Context{AsOf: asOf, Directions: tt.directions})
			require.NoError(t, err)
			if d.Bound != tt.wantBound || d.Reasonable != tt.wantReasonable || d.MustMeet != tt.wantMustMeet || d.RefusalRecognised != tt.wantRecognised || d.DataProtection != tt.wantDataProt {
				t.Errorf("bound %v reasonable %v must meet %v recognised %v data protection %v, want %v %v %v %v %v", d.Bound, d.Reasonable, d.MustMeet, d.RefusalRecognised, d.DataProtection,
					tt.wantBound, tt.wantReasonable, tt.wantMustMeet, tt.wantRecognised, tt.wantDataProt)
			}
			for _, r := range d.Reasons {
				if strings.Contains(r.Text, "lawful") {
					t.Errorf("reason %q calls a refusal lawful on the guidance alone", r.Text)
				}
				if strings.Contains(r.Text, "consulted under section 10(1)(b), whom") {
					t.Errorf("reason %q binds by whether the person was consulted", r.Text)
				}
			}
			if diff := cmp.Diff(tt.wantLast, d.Reasons[len(d.Reasons)-1], cmpopts.EquateComparable(part3.Citation{})); diff != "" {
				t.Errorf("last reason (-want +got):\n%s", diff)
			}
			if tt.wantWhyNot != "" {
				why := d.Reasons[len(d.Reasons)-2]
				if !strings.Contains(why.Text, tt.wantWhyNot) || why.Citation != part3.GuidancePara(96) {
					t.Errorf("reason before the last = %+v, want it to contain %q and cite para 96", why, tt.wantWhyNot)
				}
			}
			if tt.wantFirst != "" && !strings.Contains(d.Reasons[0].Text, tt.wantFirst) {
				t.Errorf("first reason %q does not contain %q", d.Reasons[0].Text, tt.wantFirst)
			}
			if tt.wantDataProt {
				why := d.Reasons[len(d.Reasons)-2]
				if why.Citation != consult.DataProtectionLaw || !strings.Contains(why.Text, "UK GDPR") || !strings.Contains(why.Text, "guidance para 96") {
					t.Errorf("data protection reason %+v: want it to cite the Data Protection Act 2018, name the UK GDPR and give para 96 as illustration", why)
				}
			}
			for _, r := range d.Reasons {
				if !r.Citation.IsValid() || r.Text == "" {
					t.Errorf("reason %+v has no citation or text", r)
				}
			}
		})
	}
	if _, err := consult.DecideRequest(consult.RequestFacts{}, judgement.Context{}); err == nil {
		t.Error("a context without an as-of date is an error")
	}
}

func TestPersonCategory(t *testing.T) {
	for _, c := range []consult.ConsulteeCategory{consult.RepresentsServiceUsers, consult.ProvidesServiceInArea, consult.SocialLandlord, consult.DirectedPerson} {
		p := consult.CategoryOf(c)
		if p.String() != c.String() {
			t.Errorf("CategoryOf(%v) = %v", c, p)
		}
		if back, ok := p.Consultee(); !ok || back != c {
			t.Errorf("%v.Consultee() = %v, %v", p, back, ok)
		}
		parsed, err := consult.ParsePersonCategory(c.String())
		if err != nil || parsed != p {
			t.Errorf("ParsePersonCategory(%q) = %v, %v", c, parsed, err)
		}
	}
	none, err := consult.ParsePersonCategory("none")
	if err != nil || none != consult.NoCategory {
		t.Errorf("ParsePersonCategory(none) = %v, %v", none, err)
	}
	if _, ok := none.Consultee(); ok || !none.IsValid() {
		t.Error("none is a valid category and no consultee category")
	}
	if _, ok := consult.PersonCategory(0).Consultee(); ok || consult.PersonCategory(0).IsValid() {
		t.Error("the zero category is unset")
	}
	if _, err := consult.ParsePersonCategory("consulted"); err == nil {
		t.Error("an unknown category parses")
	}
}

func TestReasonablenessAssess(t *testing.T) {
	ok, reasons := consult.Reasonableness{Relevant: true, Practicable: false, Consistent: true}.Assess(part3.GuidancePara(138))
	if ok || len(reasons) != 3 {
		t.Fatalf("Assess = %v, %d reasons", ok, len(reasons))
	}
	want := "the request is not practicable in view of the person's capacity, so it is not a reasonable request"
	if reasons[1].Text != want || reasons[1].Citation != part3.GuidancePara(138) {
		t.Errorf("reasons[1] = %+v, want %q citing para 138", reasons[1], want)
	}
	if (consult.Reasonableness{}).IsReasonable() {
		t.Error("the zero Reasonableness must not be reasonable")
	}
}
