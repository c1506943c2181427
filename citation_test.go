package part3

import (
	"errors"
	"slices"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestParseCitation(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string // canonical form; "" means an error is expected
	}{
		{name: "section", input: "s.8", want: "s.8"},
		{name: "subsection", input: "s.8(1)", want: "s.8(1)"},
		{name: "four levels deep", input: "s.10(7)(a)(i)", want: "s.10(7)(a)(i)"},
		{name: "roman ix", input: "s.10(1)(b)(ix)", want: "s.10(1)(b)(ix)"},
		{name: "inserted subsection", input: "s.7(1A)", want: "s.7(1A)"},
		{name: "head level", input: "s.7(1)(a)(i)(A)", want: "s.7(1)(a)(i)(A)"},
		{name: "word section", input: "section 12(3)(b)", want: "s.12(3)(b)"},
		{name: "no dot", input: "s10(6)", want: "s.10(6)"},
		{name: "the Act by title", input: "Children and Young People (Scotland) Act 2014 s.97(1)", want: "s.97(1)"},
		{name: "guidance para", input: "guidance para 103", want: "guidance para 103"},
		{name: "guidance paras", input: "guidance paras 41-47", want: "guidance paras 41-47"},
		{name: "appendix A criterion", input: "guidance appendix A criterion 3", want: "guidance appendix A criterion 3"},
		{name: "appendix B step", input: "guidance appendix B step 2", want: "guidance appendix B step 2"},
		{name: "whole appendix", input: "guidance appendix D", want: "guidance appendix D"},
		{name: "other act section", input: "Housing (Scotland) Act 2010 s.165", want: "Housing (Scotland) Act 2010 s.165"},
		{name: "other act whole", input: "Prisons (Scotland) Act 1989", want: "Prisons (Scotland) Act 1989"},
		{name: "other act with commas", input: "Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60", want: "Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60"},
		{name: "schedule paragraph", input: "Coronavirus (Scotland) Act 2020 sch.6 para 10(2)", want: "Coronavirus (Scotland) Act 2020 sch.6 para 10(2)"},
		{name: "order", input: "Children's Services Planning (Specified Date) (Scotland) Order 2016", want: "Children's Services Planning (Specified Date) (Scotland) Order 2016"},
		{name: "SSI", input: "SSI 2016/255", want: "SSI 2016/255"},

		{name: "empty", input: ""},
		{name: "no section", input: "s."},
		{name: "letter section", input: "s.x"},
		{name: "leading zero", input: "s.010"},
		{name: "empty level", input: "s.10()"},
		{name: "unclosed", input: "s.10(7"},
		{name: "unclosed empty", input: "s.10("},
		{name: "trailing text", input: "s.10(7)x"},
		{name: "space inside", input: "s.10 (7)"},
		{name: "letter where number expected", input: "s.10(a)"},
		{name: "number where letter expected", input: "s.10(1)(2)"},
		{name: "not roman", input: "s.10(1)(b)(iiii)"},
		{name: "too deep", input: "s.1(1)(a)(i)(A)(B)"},
		{name: "para zero", input: "guidance para 0"},
		{name: "para beyond the guidance", input: "guidance para 262"},
		{name: "para not a number", input: "guidance para x"},
		{name: "paras backwards", input: "guidance paras 47-41"},
		{name: "paras singular with range", input: "guidance para 41-47"},
		{name: "paras plural without range", input: "guidance paras 41"},
		{name: "criterion 16", input: "guidance appendix A criterion 16"},
		{name: "criterion word wrong", input: "guidance appendix A step 3"},
		{name: "step 11", input: "guidance appendix B step 11"},
		{name: "appendix F", input: "guidance appendix F"},
		{name: "appendix D item", input: "guidance appendix D item 1"},
		{name: "free text", input: "the Act"},
		{name: "title without year", input: "Housing Act s.165"},
		{name: "this Act whole", input: "Children and Young People (Scotland) Act 2014"},
		{name: "bad SSI", input: "SSI 16/255"},
		{name: "bad schedule", input: "Coronavirus (Scotland) Act 2020 sch.x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCitation(tt.input)
			if tt.want == "" {
				var ce *CitationError
				if !errors.As(err, &ce) {
					t.Fatalf("ParseCitation(%q) = %v, %v; want a *CitationError", tt.input, got, err)
				}
				if ce.Input != tt.input || ce.Reason == "" {
					t.Errorf("error %+v does not name the input and the reason", ce)
				}
				return
			}
			require.NoError(t, err)
			if got.String() != tt.want {
				t.Errorf("ParseCitation(%q).String() = %q, want %q", tt.input, got, tt.want)
			}
			again, err := ParseCitation(got.String())
			require.NoError(t, err)
			if again != got {
				t.Errorf("round trip: %v != %v", again, got)
			}
		})
	}
}

func TestCitationConstructors(t *testing.T) {
	tests := []struct {
		name string
		got  Citation
		want string
	}{
		{"Act", Act("10(7)(a)(i)"), "s.10(7)(a)(i)"},
		{"Act malformed", Act("10(7"), ""},
		{"GuidancePara", GuidancePara(101), "guidance para 101"},
		{"GuidancePara out of range", GuidancePara(0), ""},
		{"GuidanceParas", GuidanceParas(125, 129), "guidance paras 125-129"},
		{"GuidanceParas backwards", GuidanceParas(129, 125), ""},
		{"AppendixACriterion", AppendixACriterion(15), "guidance appendix A criterion 15"},
		{"AppendixACriterion 16", AppendixACriterion(16), ""},
		{"AppendixBStep", AppendixBStep(10), "guidance appendix B step 10"},
		{"AppendixBStep 0", AppendixBStep(0), ""},
		{"GuidanceAppendix", GuidanceAppendix("C"), "guidance appendix C"},
		{"GuidanceAppendix bad", GuidanceAppendix("Z"), ""},
		{"Legislation", Legislation("Housing (Scotland) Act 2010", "s.165"), "Housing (Scotland) Act 2010 s.165"},
		{"Legislation whole", Legislation("Prisons (Scotland) Act 1989", ""), "Prisons (Scotland) Act 1989"},
		{"Legislation bad", Legislation("not a title", ""), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got.String() != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
			if tt.got.IsValid() != (tt.want != "") || tt.got.IsZero() != (tt.want == "") {
				t.Errorf("IsValid %v IsZero %v for %q", tt.got.IsValid(), tt.got.IsZero(), tt.want)
			}
		})
	}
}

func TestCitationOrder(t *testing.T) {
	// Written in the order they must sort.
	ordered := []string{
		"s.7(1)",
		"s.9",
		"s.10",
		"s.10(1)(a)",
		"s.10(1)(b)(i)",
		"s.10(1)(b)(iv)",
		"s.10(1)(b)(v)",
		"s.10(1)(b)(ix)",
		"s.10(2)",
		"s.10(2A)",
		"s.10(10)",
		"s.96(2)",
		"guidance para 6",
		"guidance paras 41-47",
		"guidance para 42",
		"guidance para 101",
		"guidance appendix A",
		"guidance appendix A criterion 2",
		"guidance appendix A criterion 10",
		"guidance appendix B step 2",
		"guidance appendix D",
		"Housing (Scotland) Act 2010 s.165",
		"Prisons (Scotland) Act 1989",
	}
	var cs []Citation
	for _, s := range ordered {
		c, err := ParseCitation(s)
		require.NoError(t, err, s)
		cs = append(cs, c)
	}
	shuffled := slices.Clone(cs)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, Citation.Compare)
	var got []string
	for _, c := range shuffled {
		got = append(got, c.String())
	}
	if diff := cmp.Diff(ordered, got); diff != "" {
		t.Errorf("sorted citations (-want +got):\n%s", diff)
	}
	if (Citation{}).Compare(cs[0]) != -1 {
		t.Errorf("the zero Citation must sort first")
	}
}

func TestCitationContains(t *testing.T) {
	tests := []struct {
		outer, inner string
		want         bool
	}{
		{"s.10", "s.10(7)(a)(i)", true},
		{"s.10(7)", "s.10(7)(a)", true},
		{"s.10(7)", "s.10(7)", true},
		{"s.10(1)", "s.10(10)", false},
		{"s.1", "s.10", false},
		{"s.10(7)(a)", "s.10(7)", false},
		{"guidance paras 41-47", "guidance para 44", true},
		{"guidance paras 41-47", "guidance para 48", false},
		{"guidance appendix A", "guidance appendix A criterion 3", true},
		{"guidance appendix A", "guidance appendix B step 3", false},
		{"Housing (Scotland) Act 2010 s.165", "s.165", false},
	}
	for _, tt := range tests {
		outer, err := ParseCitation(tt.outer)
		require.NoError(t, err)
		inner, err := ParseCitation(tt.inner)
		require.NoError(t, err)
		if got := outer.Contains(inner); got != tt.want {
			t.Errorf("%s.Contains(%s) = %v, want %v", tt.outer, tt.inner, got, tt.want)
		}
	}
}

func TestCitationAccessors(t *testing.T) {
	c := Act("10(7)(a)(i)")
	if c.Section() != 10 || !c.IsAct() || c.IsGuidance() {
		t.Errorf("Act citation: section %d, IsAct %v, IsGuidance %v", c.Section(), c.IsAct(), c.IsGuidance())
	}
	g := GuidancePara(125)
	if g.Section() != 0 || g.IsAct() || !g.IsGuidance() {
		t.Errorf("guidance citation: section %d, IsAct %v, IsGuidance %v", g.Section(), g.IsAct(), g.IsGuidance())
	}
	if !AppendixACriterion(1).IsGuidance() {
		t.Error("an appendix is guidance")
	}
}

func TestCitationJSON(t *testing.T) {
	type doc struct {
		C Citation `json:"c"`
	}
	in := doc{C: Act("12(3)(b)")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	if string(b) != `{"c":"s.12(3)(b)"}` {
		t.Errorf("marshal = %s", b)
	}
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	if out != in {
		t.Errorf("round trip %v != %v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"c":"s.12(3"}`), &out); err == nil {
		t.Error("a malformed citation must not decode")
	}
	require.NoError(t, json.Unmarshal([]byte(`{"c":""}`), &out))
	if !out.C.IsZero() {
		t.Error("the empty string decodes to the zero Citation")
	}
}

func FuzzParseCitation(f *testing.F) {
	for _, s := range []string{"s.10(7)(a)(i)", "guidance para 103", "guidance paras 41-47",
		"guidance appendix A criterion 3", "Housing (Scotland) Act 2010 s.165", "SSI 2016/255",
		"Coronavirus (Scotland) Act 2020 sch.6 para 10(2)", "section 12(3)(b)", "s.1(1)(a)(i)(A)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCitation(s)
		if err != nil {
			if !c.IsZero() {
				t.Fatalf("error with a non-zero citation %v", c)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCitation(%q) gave an invalid citation without error", s)
		}
		again, err := ParseCitation(c.String())
		if err != nil || again != c {
			t.Fatalf("ParseCitation(%q): String %q does not round-trip: %v, %v", s, c, again, err)
		}
		if c.Compare(again) != 0 {
			t.Fatalf("Compare is not reflexive for %v", c)
		}
	})
}
