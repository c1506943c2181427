package opa

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
)

//go:embed plan.rego
var module string

// rules are the IDs of the seven checks plan.rego has.
var rules = []string{
	"plan.manageable-priorities", "plan.smart-actions", "plan.indicator-targets",
	"plan.baselines-and-indicators", "plan.accessible-version", "plan.fairer-scotland-duty",
	"plan.links-to-other-plans",
}

// ctx is the judgement context of the Go side: as of the day plan.rego
// judges as of.
var ctx = judgement.New(period.MustParseDate("2030-04-01"))

// sample reads the Fife sample plan of package plan.
func sample(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "plan", "testdata", "fife-2023-2026.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sized returns the Fife sample plan grown to n services, as package
// plan's benchmarks grow it: its services repeated with new IDs, each with
// its actions.
func sized(t testing.TB, n int) []byte {
	t.Helper()
	p, err := plan.Decode("fife.json", sample(t))
	if err != nil {
		t.Fatal(err)
	}
	src := p.Services
	p.Services = make([]plan.Service, 0, n)
	for i := range n {
		s := src[i%len(src)]
		if i >= len(src) {
			s.ID = fmt.Sprintf("%s-%d", s.ID, i)
			s.Name = fmt.Sprintf("%s %d", s.Name, i)
			actions := make([]plan.Action, len(s.Actions))
			for k, a := range s.Actions {
				a.ID = fmt.Sprintf("%s-%d", a.ID, i)
				actions[k] = a
			}
			s.Actions = actions
		}
		p.Services = append(p.Services, s)
	}
	if n < len(src) {
		p.Aims = plan.Aims{} // the aims name services the cut plan lacks
		p.FamilySupport.Services, p.GIRFEC.Services, p.Prevention.Services = nil, nil, nil
		p.ChildrensRights.Actions = nil
		p.ServicesToDevelop, p.Disinvestment = nil, nil
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// part3Findings decodes and judges data with part3 and returns its
// findings of the seven rules as "rule path" lines, sorted.
func part3Findings(data []byte) ([]string, error) {
	p, err := plan.Decode("plan.json", data)
	if err != nil {
		return nil, err
	}
	fs, err := p.Judge(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range fs {
		if slices.Contains(rules, f.Rule) {
			out = append(out, f.Rule+" "+f.Path)
		}
	}
	slices.Sort(out)
	return out, nil
}

// engine is OPA with plan.rego prepared for evaluation.
type engine struct{ query rego.PreparedEvalQuery }

func newEngine(t testing.TB) engine {
	t.Helper()
	q, err := rego.New(rego.Query("data.part3.plan.findings"), rego.Module("plan.rego", module)).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return engine{q}
}

// eval parses data as OPA's input and evaluates the findings.
func (e engine) eval(data []byte) (rego.ResultSet, error) {
	input, err := ast.ValueFromReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return e.query.Eval(context.Background(), rego.EvalParsedInput(input))
}

// findings returns OPA's findings for data as "rule path" lines, sorted.
func (e engine) findings(t testing.TB, data []byte) []string {
	t.Helper()
	rs, err := e.eval(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		t.Fatalf("OPA gave %d results", len(rs))
	}
	set, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		t.Fatalf("OPA's findings are %T", rs[0].Expressions[0].Value)
	}
	var out []string
	for _, f := range set {
		m := f.(map[string]any)
		out = append(out, m["rule"].(string)+" "+m["path"].(string))
	}
	slices.Sort(out)
	return out
}

// edit applies changes, pairs of a top-level member and its new value
// (nil removes it), to the plan data, and returns the result.
func edit(t testing.TB, data []byte, change func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	change(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEnginesAgree edits the sample plan to break each of the seven rules
// (and all at once) and checks that part3 and OPA find the same, and that
// each edit raises its rule.
func TestEnginesAgree(t *testing.T) {
	base := sample(t)
	firstAction := func(doc map[string]any) map[string]any {
		return doc["services"].([]any)[0].(map[string]any)["actions"].([]any)[0].(map[string]any)
	}
	firstIndicator := func(doc map[string]any) map[string]any {
		return doc["indicators"].([]any)[0].(map[string]any)
	}
	edits := []struct {
		rule   string
		change func(doc map[string]any)
	}{
		{"", func(map[string]any) {}},
		{"plan.manageable-priorities", func(doc map[string]any) {
			ps := doc["priorities"].([]any)
			for i := len(ps); i < 6; i++ {
				ps = append(ps, map[string]any{"id": fmt.Sprintf("P%d", i+10), "title": "Another", "rationale": "r", "evidence": []any{"E1"}, "measurable": true})
			}
			doc["priorities"] = ps
		}},
		{"plan.smart-actions", func(doc map[string]any) { delete(firstAction(doc), "lead") }},
		{"plan.smart-actions", func(doc map[string]any) {
			a := firstAction(doc)
			delete(a, "due")
			a["timescale"] = " "
		}},
		{"plan.smart-actions", func(doc map[string]any) {
			for _, s := range doc["services"].([]any) {
				delete(s.(map[string]any), "actions")
			}
			for _, key := range []string{"aims", "childrens_rights", "girfec", "prevention"} {
				delete(doc, key)
			}
		}},
		{"plan.indicator-targets", func(doc map[string]any) { delete(firstIndicator(doc), "target") }},
		{"plan.baselines-and-indicators", func(doc map[string]any) { delete(firstIndicator(doc), "baseline") }},
		{"plan.baselines-and-indicators", func(doc map[string]any) { delete(doc, "indicators") }},
		{"plan.baselines-and-indicators", func(doc map[string]any) {
			var kept []any
			for _, x := range doc["indicators"].([]any) {
				if x.(map[string]any)["outcome"] != "O5" {
					kept = append(kept, x)
				}
			}
			doc["indicators"] = kept
		}},
		{"plan.accessible-version", func(doc map[string]any) {
			delete(doc["publication"].(map[string]any), "accessible_versions")
		}},
		{"plan.fairer-scotland-duty", func(doc map[string]any) { delete(doc, "fairer_scotland") }},
		{"plan.fairer-scotland-duty", func(doc map[string]any) {
			doc["fairer_scotland"] = map[string]any{"summary": "  ", "url": "https://example.org"}
		}},
		{"plan.links-to-other-plans", func(doc map[string]any) { delete(doc, "linked_plans") }},
	}
	e := newEngine(t)
	for i, ed := range edits {
		t.Run(fmt.Sprintf("%d-%s", i, ed.rule), func(t *testing.T) {
			data := edit(t, base, ed.change)
			checkAgree(t, e, data, ed.rule)
		})
	}
	t.Run("every edit", func(t *testing.T) {
		data := edit(t, base, func(doc map[string]any) {
			// The edits that do not undo one another.
			for _, i := range []int{1, 2, 5, 6, 9, 10, 12} {
				edits[i].change(doc)
			}
		})
		checkAgree(t, e, data, "")
	})
	t.Run("2017-2020 plan", func(t *testing.T) {
		data := edit(t, base, func(doc map[string]any) {
			doc["period"] = "2017-2020"
			delete(doc, "fairer_scotland")
			delete(firstIndicator(doc), "baseline")
			delete(doc, "stated_dates")
		})
		checkAgree(t, e, data, "")
	})
	t.Run("the benchmark plan", func(t *testing.T) {
		checkAgree(t, e, sized(t, 100), "")
	})
}

// checkAgree checks that both engines find the same in data and, if rule
// is set, that they find it.
func checkAgree(t *testing.T, e engine, data []byte, rule string) {
	t.Helper()
	want, err := part3Findings(data)
	if err != nil {
		t.Fatal(err)
	}
	got := e.findings(t, data)
	if !slices.Equal(want, got) {
		t.Errorf("part3 finds\n\t%s\nOPA finds\n\t%s", strings.Join(want, "\n\t"), strings.Join(got, "\n\t"))
	}
	if rule != "" && !slices.ContainsFunc(want, func(f string) bool { return strings.HasPrefix(f, rule+" ") }) {
		t.Errorf("the edit does not break %s: part3 finds %v", rule, want)
	}
}

// BenchmarkEndToEnd measures the bytes of a plan to its findings: part3's
// Decode and Judge (every rule, structural checks included) beside OPA's
// parsing of the same bytes and evaluation of seven of the rules, as
// variants of one benchmark so that "-count N" runs them round by round.
// The goal (DESIGN.md): part3 at least 15 times faster at 1,000 services.
func BenchmarkEndToEnd(b *testing.B) {
	e := newEngine(b)
	for _, n := range []int{10, 100, 1000} {
		data := sized(b, n)
		b.Run(fmt.Sprintf("engine=part3/services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				p, err := plan.Decode("bench.json", data)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.Judge(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("engine=opa/services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := e.eval(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
