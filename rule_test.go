package part3

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestSeverityText(t *testing.T) {
	for _, s := range Severities() {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Severity
		require.NoError(t, back.UnmarshalText(b))
		if back != s || !s.IsValid() {
			t.Errorf("%v does not round-trip (got %v)", s, back)
		}
	}
	for _, bad := range []string{"", "Statutory", "must", "statutory "} {
		_, err := ParseSeverity(bad)
		var se *SeverityError
		if !errors.As(err, &se) || se.Input != bad {
			t.Errorf("ParseSeverity(%q) = %v, want a *SeverityError naming the input", bad, err)
		}
	}
	if (Severity(0)).IsValid() || Severity(5).IsValid() {
		t.Error("0 and 5 are not valid severities")
	}
	if _, err := Severity(9).MarshalText(); err == nil {
		t.Error("an invalid severity must not marshal")
	}
	if got := Severity(9).String(); got != "Severity(9)" {
		t.Errorf("String = %q", got)
	}
	if !(Statutory < Guidance && Guidance < Practice) {
		t.Error("severities order from the most binding")
	}
	// The values published before Condition keep their numbers.
	want := map[Severity]uint8{Statutory: 1, Guidance: 2, Practice: 3, Condition: 4}
	for s, n := range want {
		if uint8(s) != n {
			t.Errorf("%v = %d, want %d", s, uint8(s), n)
		}
	}
	if got, err := ParseSeverity("condition"); err != nil || got != Condition {
		t.Errorf("ParseSeverity(condition) = %v, %v", got, err)
	}
}

var testRule = Rule{ID: "plan.copy-to-ministers", Severity: Statutory, Citation: Act("10(7)(a)(i)"),
	Summary: "A copy of the plan is sent to the Scottish Ministers as soon as reasonably practicable."}

func TestRuleValidate(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(r *Rule)
		wantErr bool
	}{
		{name: "well formed", mutate: func(r *Rule) {}},
		{name: "no dot", mutate: func(r *Rule) { r.ID = "copy-to-ministers" }, wantErr: true},
		{name: "two dots", mutate: func(r *Rule) { r.ID = "plan.copy.ministers" }, wantErr: true},
		{name: "upper case", mutate: func(r *Rule) { r.ID = "plan.Copy" }, wantErr: true},
		{name: "leading hyphen", mutate: func(r *Rule) { r.ID = "plan.-copy" }, wantErr: true},
		{name: "double hyphen", mutate: func(r *Rule) { r.ID = "plan.copy--ministers" }, wantErr: true},
		{name: "no severity", mutate: func(r *Rule) { r.Severity = 0 }, wantErr: true},
		{name: "no citation", mutate: func(r *Rule) { r.Citation = Citation{} }, wantErr: true},
		{name: "blank summary", mutate: func(r *Rule) { r.Summary = "  " }, wantErr: true},
		{name: "statutory citing guidance", mutate: func(r *Rule) { r.Citation = GuidancePara(101) }, wantErr: true},
		{name: "guidance citing guidance", mutate: func(r *Rule) { r.Severity = Guidance; r.Citation = GuidancePara(105) }},
		{name: "condition citing the Act", mutate: func(r *Rule) { r.Severity = Condition; r.Citation = Act("10(8)") }},
		{name: "condition citing guidance", mutate: func(r *Rule) { r.Severity = Condition; r.Citation = GuidancePara(109) }, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testRule
			tt.mutate(&r)
			if err := r.Validate(); (err != nil) != tt.wantErr {
				t.Errorf("Validate() = %v, wantErr %v", err, tt.wantErr)
			}
		})
	}
}

func TestCheckRuleBook(t *testing.T) {
	other := testRule
	other.ID = "plan.published"
	require.NoError(t, CheckRuleBook([]Rule{testRule, other}))
	if err := CheckRuleBook([]Rule{testRule, other, testRule}); err == nil {
		t.Error("a duplicate ID must be reported")
	}
	bad := testRule
	bad.Summary = ""
	if err := CheckRuleBook([]Rule{bad}); err == nil {
		t.Error("a malformed rule must be reported")
	}
}

func TestFindingJSON(t *testing.T) {
	f := testRule.Findingf(Pointer("publication", "sent_to_ministers"), "no date recorded for %s", "the copy")
	checkFindingJSON(t, f, `{"rule":"plan.copy-to-ministers","severity":"statutory","citation":"s.10(7)(a)(i)","url":"https://www.legislation.gov.uk/asp/2014/8/section/10","path":"/publication/sent_to_ministers","message":"no date recorded for the copy"}`)
}

// checkFindingJSON checks that f encodes as want and decodes back to f.
func checkFindingJSON(t *testing.T, f Finding, want string) {
	t.Helper()
	b, err := json.Marshal(f)
	require.NoError(t, err)
	if string(b) != want {
		t.Errorf("JSON =\n%s\nwant\n%s", b, want)
	}
	var back Finding
	require.NoError(t, json.Unmarshal(b, &back, json.RejectUnknownMembers(true)))
	if !back.Equal(f) {
		t.Errorf("round trip: %+v != %+v", back, f)
	}
}

func TestFindingBy(t *testing.T) {
	by := []string{"Moray Council", "NHS Grampian"}
	f := testRule.FindingByf(by, "/publication/sent_to_ministers", "no copy sent")
	if diff := cmp.Diff(by, f.By); diff != "" {
		t.Errorf("By (-want +got):\n%s", diff)
	}
	by[0] = "changed"
	if f.By[0] != "Moray Council" {
		t.Error("By shares the caller's slice")
	}
	checkFindingJSON(t, f, `{"rule":"plan.copy-to-ministers","severity":"statutory","citation":"s.10(7)(a)(i)","url":"https://www.legislation.gov.uk/asp/2014/8/section/10","path":"/publication/sent_to_ministers","message":"no copy sent","by":["Moray Council","NHS Grampian"]}`)
	// String is unchanged by By.
	plain := testRule.Finding("/publication/sent_to_ministers", "no copy sent")
	if f.String() != plain.String() {
		t.Errorf("String = %q, want %q", f.String(), plain.String())
	}
	if f.Equal(plain) || !plain.Equal(plain) {
		t.Error("Equal must compare By")
	}
	// A rule of another severity finds no breach, so names no one.
	for _, s := range []Severity{Guidance, Practice, Condition} {
		r := testRule
		r.Severity, r.Citation = s, GuidancePara(102)
		if g := r.FindingBy([]string{"Moray Council"}, "", "late"); g.By != nil {
			t.Errorf("%v finding has By %q", s, g.By)
		}
	}
	// An empty By is left out of the JSON.
	b, err := json.Marshal(Finding{Rule: "plan.published", Severity: Statutory, Citation: Act("10(7)(b)"), By: []string{}})
	require.NoError(t, err)
	if strings.Contains(string(b), `"by"`) {
		t.Errorf("JSON = %s, want no by", b)
	}
}

func TestRuleJSON(t *testing.T) {
	b, err := json.Marshal(testRule)
	require.NoError(t, err)
	want := `{"id":"plan.copy-to-ministers","severity":"statutory","citation":"s.10(7)(a)(i)","url":"https://www.legislation.gov.uk/asp/2014/8/section/10","summary":"` + testRule.Summary + `"}`
	if string(b) != want {
		t.Errorf("JSON =\n%s\nwant\n%s", b, want)
	}
	var back Rule
	require.NoError(t, json.Unmarshal(b, &back, json.RejectUnknownMembers(true)))
	if back != testRule {
		t.Errorf("round trip: %+v != %+v", back, testRule)
	}
	// A citation with no known address has no url member.
	r := testRule
	r.Citation = Legislation("Children's Services Planning (Specified Date) (Scotland) Order 2016", "")
	b, err = json.Marshal(r)
	require.NoError(t, err)
	if strings.Contains(string(b), `"url"`) {
		t.Errorf("JSON = %s, want no url", b)
	}
}

func TestFindingsHelpers(t *testing.T) {
	g := Rule{ID: "plan.summary-version", Severity: Guidance, Citation: GuidancePara(105), Summary: "x"}
	p := Rule{ID: "plan.few-priorities", Severity: Practice, Citation: AppendixBStep(2), Summary: "x"}
	fs := Findings{
		p.Finding("/priorities", "seven priorities"),
		testRule.Finding("/services/10", "b"),
		g.Finding("/services/2", "a"),
		testRule.Finding("", "whole document"),
		g.Finding("/services/10", "a"),
	}
	fs.Sort()
	var order []string
	for _, f := range fs {
		order = append(order, f.Path+" "+f.Rule)
	}
	want := []string{
		" plan.copy-to-ministers",
		"/priorities plan.few-priorities",
		"/services/2 plan.summary-version",
		"/services/10 plan.copy-to-ministers",
		"/services/10 plan.summary-version",
	}
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("sorted (-want +got):\n%s", diff)
	}
	if !fs.HasStatutory() || fs.Count(Statutory) != 2 || fs.Count(Guidance) != 2 || fs.Count(Practice) != 1 {
		t.Errorf("counts wrong: %v", fs)
	}
	if got := fs.WithSeverity(Guidance); len(got) != 2 || got[0].Path != "/services/2" {
		t.Errorf("WithSeverity(Guidance) = %v", got)
	}
	if got := fs.WithRule("plan.few-priorities"); len(got) != 1 {
		t.Errorf("WithRule = %v", got)
	}
	if fs.WithSeverity(Practice).HasStatutory() {
		t.Error("practice findings are not statutory")
	}
	if (Findings{}).HasStatutory() {
		t.Error("no findings, no breach")
	}
	c := Rule{ID: "consult.notice-published", Severity: Condition, Citation: Act("10(8)"), Summary: "x"}
	cond := Findings{c.Finding("/published", "the notice has no legal effect")}
	if cond.HasStatutory() || cond.Count(Statutory) != 0 || cond.Count(Condition) != 1 {
		t.Errorf("a condition finding is no breach: HasStatutory %v, counts %d %d", cond.HasStatutory(), cond.Count(Statutory), cond.Count(Condition))
	}
}

func TestPointer(t *testing.T) {
	tests := []struct {
		tokens []any
		want   string
	}{
		{nil, ""},
		{[]any{"services", 3, "provider"}, "/services/3/provider"},
		{[]any{"a/b", "c~d"}, "/a~1b/c~0d"},
		{[]any{int64(7)}, "/7"},
	}
	for _, tt := range tests {
		if got := Pointer(tt.tokens...); got != tt.want {
			t.Errorf("Pointer(%v) = %q, want %q", tt.tokens, got, tt.want)
		}
	}
	if got := PointerJoin("/services/3", "actions", 0); got != "/services/3/actions/0" {
		t.Errorf("PointerJoin = %q", got)
	}
}
