package consult_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/period"
)

func TestDecideRequest(t *testing.T) {
	all := consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true}
	const (
		recognised  = "so, as the guidance reads section 10(6), the person did not have to meet this request for information, though it passes the three-part test; section 10(6) itself makes no exception"
		noException = "so the person had to meet the request: section 10(6) itself makes no exception"
	)
	tests := []struct {
		name           string
		facts          consult.RequestFacts
		wantBound      bool
		wantReasonable bool
		wantMustMeet   bool
		wantRecognised bool
		wantLast       consult.Reason
		// wantWhyNot, when set, is in the reason before the last, which
		// says why a para 96 ground does not excuse the request; that
		// reason cites para 96.
		wantWhyNot string
	}{
		{name: "reasonable request to a consultee", facts: consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: all},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast: consult.Reason{Text: "so the person had to meet the request", Citation: part3.Act("10(6)(b)")}},
		{name: "not relevant to its function", facts: consult.RequestFacts{Consulted: true, Kind: consult.Participate, Test: consult.Reasonableness{Practicable: true, Consistent: true}},
			wantBound: true,
			wantLast:  consult.Reason{Text: "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests", Citation: part3.Act("10(6)(a)")}},
		{name: "not practicable for its capacity", facts: consult.RequestFacts{Consulted: true, Test: consult.Reasonableness{Relevant: true, Consistent: true}},
			wantBound: true,
			wantLast:  consult.Reason{Text: "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests", Citation: part3.Act("10(6)")}},
		{name: "beyond its expected involvement", facts: consult.RequestFacts{Consulted: true, Test: consult.Reasonableness{Relevant: true, Practicable: true}},
			wantBound: true,
			wantLast:  consult.Reason{Text: "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests", Citation: part3.Act("10(6)")}},
		{name: "commercially sensitive", facts: consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: all, Ground: consult.CommerciallySensitive},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},
		{name: "data protection", facts: consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: all, Ground: consult.DataProtection},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},
		{name: "a general request said to be for information", facts: consult.RequestFacts{Consulted: true, Test: all, Ground: consult.DataProtection, ForInformation: true},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},
		{name: "para 96 does not excuse a request to participate", facts: consult.RequestFacts{Consulted: true, Kind: consult.Participate, Test: all, Ground: consult.DataProtection, ForInformation: true},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:   consult.Reason{Text: noException, Citation: part3.Act("10(6)(a)")},
			wantWhyNot: "relied on the Data Protection Act 2018, but guidance para 96 speaks only of requests for information, and this request is to participate in the preparation of the plan"},
		{name: "a general request not said to be for information", facts: consult.RequestFacts{Consulted: true, Test: all, Ground: consult.CommerciallySensitive},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast:   consult.Reason{Text: noException, Citation: part3.Act("10(6)")},
			wantWhyNot: "relied on commercial sensitivity, but guidance para 96 speaks only of requests for information, and this request is not said to be one for information"},
		{name: "para 96 does not apply to a 2017-2020 plan", facts: consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: all, Ground: consult.DataProtection, Period: period.MustParsePlanPeriod("2017-2020")},
			wantBound: true, wantReasonable: true, wantMustMeet: true,
			wantLast: consult.Reason{Text: noException, Citation: part3.Act("10(6)(b)")}},
		{name: "para 96 applies to a 2020-2023 plan", facts: consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: all, Ground: consult.DataProtection, Period: period.MustParsePlanPeriod("2020-2023")},
			wantBound: true, wantReasonable: true, wantRecognised: true,
			wantLast: consult.Reason{Text: recognised, Citation: part3.GuidancePara(96)}},
		{name: "not consulted under s10(1)(b)", facts: consult.RequestFacts{Test: all},
			wantLast: consult.Reason{Text: "so the person did not have to meet the request under section 10(6)", Citation: part3.Act("10(6)")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := consult.DecideRequest(tt.facts)
			if d.Bound != tt.wantBound || d.Reasonable != tt.wantReasonable || d.MustMeet != tt.wantMustMeet || d.RefusalRecognised != tt.wantRecognised {
				t.Errorf("bound %v reasonable %v must meet %v recognised %v, want %v %v %v %v", d.Bound, d.Reasonable, d.MustMeet, d.RefusalRecognised,
					tt.wantBound, tt.wantReasonable, tt.wantMustMeet, tt.wantRecognised)
			}
			for _, r := range d.Reasons {
				if strings.Contains(r.Text, "lawful") {
					t.Errorf("reason %q calls a refusal lawful on the guidance alone", r.Text)
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
			for _, r := range d.Reasons {
				if !r.Citation.IsValid() || r.Text == "" {
					t.Errorf("reason %+v has no citation or text", r)
				}
			}
		})
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
