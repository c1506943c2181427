package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	out := `      KILLED CONDITIONALS_NEGATION at direction.go:97:62
 NOT COVERED CONDITIONALS_BOUNDARY at record.go:82:38
       LIVED INCREMENT_DECREMENT at record_check.go:385:13
 NOT COVERED ARITHMETIC_BASE at sub/validate.go:610:22
Killed: 1, Lived: 1, Not covered: 2
`
	got, err := parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []mutant{
		{Kind: "CONDITIONALS_BOUNDARY", File: "record.go", Line: 82, Col: 38},
		{Kind: "ARITHMETIC_BASE", File: "sub/validate.go", Line: 610, Col: 22},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parse (-want +got):\n%s", diff)
	}
}

func TestMutate(t *testing.T) {
	src := "package p\n\nfunc f(a, b int) bool {\n\treturn a <= b && a != -b\n}\n"
	tests := []struct {
		kind string
		line int
		col  int
		want string // the mutated fourth line; "" for not applied
	}{
		{"CONDITIONALS_BOUNDARY", 4, 11, "\treturn a < b && a != -b\n"},
		{"CONDITIONALS_NEGATION", 4, 11, "\treturn a > b && a != -b\n"},
		{"CONDITIONALS_NEGATION", 4, 21, "\treturn a <= b && a == -b\n"},
		{"INVERT_NEGATIVES", 4, 24, "\treturn a <= b && a != +b\n"},
		{"CONDITIONALS_BOUNDARY", 4, 21, ""}, // != has no boundary
		{"ARITHMETIC_BASE", 4, 9, ""},        // not an operator
		{"CONDITIONALS_NEGATION", 9, 1, ""},  // no such line
		{"CONDITIONALS_NEGATION", 4, 99, ""}, // no such column
	}
	for _, tt := range tests {
		got, err := mutate([]byte(src), mutant{Kind: tt.kind, Line: tt.line, Col: tt.col})
		if tt.want == "" {
			if !errors.Is(err, errNotApplied) {
				t.Errorf("%s at %d:%d: err = %v, want errNotApplied", tt.kind, tt.line, tt.col, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s at %d:%d: %v", tt.kind, tt.line, tt.col, err)
		}
		lines := strings.SplitAfter(string(got), "\n")
		if lines[3] != tt.want {
			t.Errorf("%s at %d:%d: line 4 = %q, want %q", tt.kind, tt.line, tt.col, lines[3], tt.want)
		}
		if strings.Join(append(lines[:3:3], lines[4:]...), "") != strings.Replace(src, "\treturn a <= b && a != -b\n", "", 1) {
			t.Errorf("%s at %d:%d changed other lines", tt.kind, tt.line, tt.col)
		}
	}
}
