package judgement_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/google/go-cmp/cmp"
)

func TestDirectionsInForce(t *testing.T) {
	d := period.MustParseDate
	ds := []judgement.Direction{
		{ID: "b", Made: d("2028-01-01"), Revoked: true},
		{ID: "a", Made: d("2027-01-01"), Persons: []string{"Scottish Youth Parliament"}},
		{ID: "a", Made: d("2027-06-01"), Persons: []string{"Scottish Youth Parliament", "Who Cares? Scotland"}},
		{ID: "b", Made: d("2027-03-01"), Persons: []string{"Children in Scotland"}},
	}
	if err := (judgement.Context{AsOf: d("2027-01-01"), Directions: ds}).Validate(); err != nil {
		t.Fatal(err)
	}
	persons := func(on string) []string {
		var out []string
		for _, x := range judgement.DirectionsInForce(ds, d(on)) {
			out = append(out, x.ID+":"+strings.Join(x.Persons, "+"))
		}
		return out
	}
	tests := []struct {
		on   string
		want []string
	}{
		{"2026-12-31", nil},
		{"2027-01-01", []string{"a:Scottish Youth Parliament"}},
		{"2027-03-01", []string{"a:Scottish Youth Parliament", "b:Children in Scotland"}},
		{"2027-06-01", []string{"a:Scottish Youth Parliament+Who Cares? Scotland", "b:Children in Scotland"}},
		{"2028-01-01", []string{"a:Scottish Youth Parliament+Who Cares? Scotland"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, persons(tt.on)); diff != "" {
			t.Errorf("in force on %s (-want +got):\n%s", tt.on, diff)
		}
	}
	// The caller's slices are not changed or shared.
	got := judgement.DirectionsInForce(ds, d("2028-01-01"))
	got[0].Persons[0] = "changed"
	if ds[2].Persons[0] != "Scottish Youth Parliament" || ds[0].ID != "b" {
		t.Errorf("DirectionsInForce changed its input: %+v", ds)
	}
}

func TestDirectionsRefused(t *testing.T) {
	d := period.MustParseDate
	bad := []struct {
		ds   []judgement.Direction
		path string
	}{
		{[]judgement.Direction{{Made: d("2027-01-01"), Persons: []string{"x"}}}, "/directions/0/id"},
		{[]judgement.Direction{{ID: "a", Persons: []string{"x"}}}, "/directions/0/made"},
		{[]judgement.Direction{{ID: "a", Made: d("2027-01-01")}}, "/directions/0/persons"},
		{[]judgement.Direction{{ID: "a", Made: d("2027-01-01"), Revoked: true, Persons: []string{"x"}}}, "/directions/0/persons"},
		{[]judgement.Direction{{ID: "a", Made: d("2027-01-01"), Persons: []string{" "}}}, "/directions/0/persons/0"},
		{[]judgement.Direction{{ID: "a", Made: d("2027-01-01"), Persons: []string{"x"}}, {ID: "a", Made: d("2027-01-01"), Persons: []string{"y"}}}, "/directions/1/made"},
	}
	for _, b := range bad {
		err := judgement.Context{AsOf: d("2027-01-01"), Directions: b.ds}.Validate()
		var ie *part3.InputError
		if !errors.As(err, &ie) || ie.Path != b.path {
			t.Errorf("Validate(%+v) = %v, want an error at %s", b.ds, err, b.path)
		}
	}
}
