package consult_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
)

func TestDecideRequest(t *testing.T) {
	all := consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true}
	tests := []struct {
		name           string
		facts          consult.RequestFacts
		wantBound      bool
		wantReasonable bool
		wantMustMeet   bool
		wantLast       consult.Reason
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
			wantBound: true, wantReasonable: true,
			wantLast: consult.Reason{Text: "so declining on that ground is lawful, though the request is otherwise reasonable", Citation: part3.Act("10(6)(b)")}},
		{name: "data protection", facts: consult.RequestFacts{Consulted: true, Kind: consult.Contribute, Test: all, Ground: consult.DataProtection},
			wantBound: true, wantReasonable: true,
			wantLast: consult.Reason{Text: "so declining on that ground is lawful, though the request is otherwise reasonable", Citation: part3.Act("10(6)(b)")}},
		{name: "not consulted under s10(1)(b)", facts: consult.RequestFacts{Test: all},
			wantLast: consult.Reason{Text: "so the person did not have to meet the request under section 10(6)", Citation: part3.Act("10(6)")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := consult.DecideRequest(tt.facts)
			if d.Bound != tt.wantBound || d.Reasonable != tt.wantReasonable || d.MustMeet != tt.wantMustMeet {
				t.Errorf("bound %v reasonable %v must meet %v, want %v %v %v", d.Bound, d.Reasonable, d.MustMeet, tt.wantBound, tt.wantReasonable, tt.wantMustMeet)
			}
			if diff := cmp.Diff(tt.wantLast, d.Reasons[len(d.Reasons)-1], cmpopts.EquateComparable(part3.Citation{})); diff != "" {
				t.Errorf("last reason (-want +got):\n%s", diff)
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
