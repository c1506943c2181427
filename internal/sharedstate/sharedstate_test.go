package sharedstate

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/scenarios"
	"github.com/csplanning/part3/service"
)

// ruleBook is one package's rule book as an importer sees it.
type ruleBook struct {
	dir    string // the package directory, relative to the module root
	rules  func() []part3.Rule
	lookup func(string) (part3.Rule, bool)
}

var ruleBooks = []ruleBook{
	{"service", service.Rules, service.LookupRule},
	{"consult", consult.Rules, consult.LookupRule},
	{"duty", duty.Rules, duty.LookupRule},
	{"plan", plan.Rules, plan.LookupRule},
	{"report", report.Rules, report.LookupRule},
}

// moduleRoot returns the directory of the go.mod above the working
// directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = up
	}
}

// sourceFiles returns the non-test .go files of the module's packages, by
// path relative to the module root, as the go command sees them.
func sourceFiles(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			n := d.Name()
			if rel != "." && (strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") || n == "testdata" || n == "vendor") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); rel != "." && err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(rel, ".go") && !strings.HasSuffix(rel, "_test.go") {
			out = append(out, rel)
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// reachable reports whether an importer outside the module can import the
// package in directory dir (relative to the module root): not an internal
// package, nor one below one.
func reachable(dir string) bool {
	for d := dir; d != "." && d != "/" && d != ""; d = path.Dir(d) {
		if path.Base(d) == "internal" {
			return false
		}
	}
	return true
}

// exportedVariables returns the exported package-level variables of a Go
// source file that an importer could assign to, as "name (line N)": every
// one but an error sentinel, a variable named Err... whose value is
// errors.New or fmt.Errorf, as Go's errors.Is convention needs. It
// returns nothing for package main, which no one imports.
func exportedVariables(fset *token.FileSet, f *ast.File) []string {
	if f.Name.Name == "main" {
		return nil
	}
	var out []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if !n.IsExported() {
					continue
				}
				if i < len(vs.Values) && len(vs.Names) == len(vs.Values) && isSentinel(n.Name, vs.Values[i]) {
					continue
				}
				out = append(out, fmt.Sprintf("%s (line %d)", n.Name, fset.Position(n.Pos()).Line))
			}
		}
	}
	return out
}

// isSentinel reports whether name = value declares an error sentinel.
func isSentinel(name string, value ast.Expr) bool {
	if !strings.HasPrefix(name, "Err") {
		return false
	}
	call, ok := value.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && (pkg.Name == "errors" && sel.Sel.Name == "New" || pkg.Name == "fmt" && sel.Sel.Name == "Errorf")
}

func TestExportedVariables(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"a rule", `package p; var RuleX = part3.Rule{ID: "p.x"}`, []string{"RuleX (line 1)"}},
		{"a citation", "package p\n\nvar Section60 = part3.Legislation(\"Act\", \"s.60\")", []string{"Section60 (line 3)"}},
		{"an error sentinel", `package p; var ErrX = errors.New("x")`, nil},
		{"a formatted sentinel", `package p; var ErrX = fmt.Errorf("x %d", 1)`, nil},
		{"an error in a variable not named as one", `package p; var Bad = errors.New("x")`, []string{"Bad (line 1)"}},
		{"a name like a sentinel's that is not an error", `package p; var ErrCount = 3`, []string{"ErrCount (line 1)"}},
		{"a block", "package p\nvar (\n\tErrX = errors.New(\"x\")\n\tLimit int\n\tinner = 1\n)", []string{"Limit (line 4)"}},
		{"two names, one value", `package p; var A, B = f()`, []string{"A (line 1)", "B (line 1)"}},
		{"unexported", `package p; var rule = part3.Rule{}`, nil},
		{"a constant", `package p; const RuleXID = "p.x"`, nil},
		{"a function", `package p; func Rules() []part3.Rule { return nil }`, nil},
		{"a command", `package main; var Version = "dev"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "x.go", tt.src, 0)
			require.NoError(t, err)
			require.Equal(t, tt.want, exportedVariables(fset, f))
		})
	}
	for _, tt := range []struct {
		dir  string
		want bool
	}{{"", true}, {"plan", true}, {"internal/golden", false}, {"plan/internal/x", false}, {"internalx", true}} {
		require.Equal(t, tt.want, reachable(tt.dir), tt.dir)
	}
}

// TestNoExportedVariables fails for each exported variable of a package an
// importer can reach, other than an error sentinel: assigning to one would
// change the answers of every other caller in the process, and doing so
// while another goroutine judges is a data race. Export a constant, a
// function returning the value, or unexported data behind an accessor.
func TestNoExportedVariables(t *testing.T) {
	root := moduleRoot(t)
	files := sourceFiles(t, root)
	fset := token.NewFileSet()
	seen := map[string]bool{}
	for _, rel := range files {
		dir := path.Dir(rel)
		seen[dir] = true
		if !reachable(dir) {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(root, rel), nil, 0)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		for _, v := range exportedVariables(fset, f) {
			t.Errorf("%s: exported variable %s: an importer could assign to it; export a constant or a function instead", rel, v)
		}
	}
	// A walk that found too little would pass for the wrong reason.
	for _, must := range []string{".", "period", "service", "plan", "report", "internal/sharedstate"} {
		require.True(t, seen[must], "the walk of %s did not reach %s", root, must)
	}
}

// ruleConstName is the name of the constant holding rule ID id: Rule, the
// name after the package in CamelCase, and ID ("plan.copy-to-ministers" is
// RuleCopyToMinistersID).
func ruleConstName(id string) string {
	_, name, _ := strings.Cut(id, ".")
	var b strings.Builder
	b.WriteString("Rule")
	for _, w := range strings.Split(name, "-") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	b.WriteString("ID")
	return b.String()
}

func TestRuleConstName(t *testing.T) {
	require.Equal(t, "RulePublishedID", ruleConstName("plan.published"))
	require.Equal(t, "RuleCopyToMinistersWithinPolicyID", ruleConstName("duty.copy-to-ministers-within-policy"))
	require.Equal(t, "RuleSmartActionsID", ruleConstName("plan.smart-actions"))
}

// ruleIDConstants returns the string constants named Rule...ID declared
// in the non-test files of the package in dir, by name.
func ruleIDConstants(t *testing.T, dir string) map[string]string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, m := range matches {
		if strings.HasSuffix(m, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, m, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !strings.HasPrefix(n.Name, "Rule") || !strings.HasSuffix(n.Name, "ID") || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Errorf("%s: %s is not a string literal", m, n.Name)
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					out[n.Name] = v
				}
			}
		}
	}
	return out
}

// TestRuleIDConstants checks that every rule of every rule book has its ID
// as a constant named after it, that every such constant names a rule of
// its package, that no two rules of the module share an ID, and that
// LookupRule finds each rule and nothing else.
func TestRuleIDConstants(t *testing.T) {
	root := moduleRoot(t)
	var all []part3.Rule
	for _, b := range ruleBooks {
		all = append(all, b.rules()...)
	}
	require.NoError(t, part3.CheckRuleBook(all))
	for _, b := range ruleBooks {
		t.Run(b.dir, func(t *testing.T) {
			consts := ruleIDConstants(t, filepath.Join(root, b.dir))
			rules := b.rules()
			require.NotEmpty(t, rules)
			ids := map[string]bool{}
			for _, r := range rules {
				ids[r.ID] = true
				if !strings.HasPrefix(r.ID, b.dir+".") {
					t.Errorf("rule %s is in package %s", r.ID, b.dir)
				}
				name := ruleConstName(r.ID)
				if got, ok := consts[name]; !ok || got != r.ID {
					t.Errorf("rule %s: want the constant %s = %q in package %s, have %q", r.ID, name, r.ID, b.dir, got)
				}
				got, ok := b.lookup(r.ID)
				require.True(t, ok, r.ID)
				require.Equal(t, r, got)
			}
			for name, id := range consts {
				if !ids[id] {
					t.Errorf("constant %s = %q names no rule of package %s", name, id, b.dir)
				}
			}
			_, ok := b.lookup(b.dir + ".no-such-rule")
			require.False(t, ok)
			_, ok = b.lookup("")
			require.False(t, ok)
		})
	}
}

// spoil changes every rule of rules and the list itself, as a careless
// caller might.
func spoil(rules []part3.Rule) []part3.Rule {
	for i := range rules {
		rules[i].ID = "spoilt.rule"
		rules[i].Severity = part3.Practice
		rules[i].Citation = part3.GuidancePara(1)
		rules[i].Summary = "spoilt"
	}
	slices.Reverse(rules)
	return append(rules, part3.Rule{ID: "spoilt.extra"})
}

// readFile reads a file of the module by its path from the module root.
func readFile(t testing.TB, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(rel)))
	require.NoError(t, err)
	return data
}

// TestRuleBooksAreCopies changes everything Rules and LookupRule return
// and checks that the rule books, and the findings made with them, are as
// they were.
func TestRuleBooksAreCopies(t *testing.T) {
	p, err := plan.Decode("breaches-2023-2026.json", readFile(t, "plan/testdata/breaches-2023-2026.json"))
	require.NoError(t, err)
	ctx := judgement.New(period.MustParseDate("2026-11-26"))
	before, err := p.Judge(ctx)
	require.NoError(t, err)
	require.True(t, before.HasStatutory(), "the sample has statutory findings")

	want := make([][]part3.Rule, len(ruleBooks))
	for i, b := range ruleBooks {
		want[i] = b.rules()
		spoil(b.rules())
		for _, r := range want[i] {
			got, _ := b.lookup(r.ID)
			spoil([]part3.Rule{got})
		}
	}
	for i, b := range ruleBooks {
		require.Equal(t, want[i], b.rules(), "package %s", b.dir)
		for _, r := range want[i] {
			got, ok := b.lookup(r.ID)
			require.True(t, ok)
			require.Equal(t, r, got)
		}
	}
	after, err := p.Judge(ctx)
	require.NoError(t, err)
	require.Equal(t, before, after)
}

// answers is everything the module says about the shared documents.
type answers struct {
	Plans     map[string]planAnswer
	Reports   map[string]reportAnswer
	Notices   map[string]consult.NoticeResult
	Calendar  duty.Calendar
	Findings  part3.Findings
	Decisions map[string]duty.Decision
	Scenarios []scenarios.Result
	Overview  report.Overview
	Page      string
}

type planAnswer struct {
	Findings part3.Findings
	Review   plan.Review
}

type reportAnswer struct {
	Alone, AgainstPlan report.Result
}

// documents are decoded once and shared by every goroutine.
type documents struct {
	ctx       judgement.Context
	plans     map[string]plan.Plan
	against   plan.Plan
	reports   map[string]report.Report
	notices   map[string]consult.NoticeOfDisagreement
	history   duty.History
	questions map[string]duty.Question
	scenarios scenarios.File
}

func decodeAll(t *testing.T, pattern string, decode func(name string, data []byte) error) {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join("..", "..", filepath.FromSlash(pattern)))
	require.NoError(t, err)
	require.NotEmpty(t, matches, pattern)
	for _, m := range matches {
		data, err := os.ReadFile(m)
		require.NoError(t, err)
		require.NoError(t, decode(filepath.Base(m), data))
	}
}

func loadDocuments(t *testing.T) documents {
	d := documents{ctx: judgement.New(period.MustParseDate("2026-11-26")), plans: map[string]plan.Plan{},
		reports: map[string]report.Report{}, notices: map[string]consult.NoticeOfDisagreement{}, questions: map[string]duty.Question{}}
	decodeAll(t, "plan/testdata/*.json", func(name string, data []byte) error {
		p, err := plan.Decode(name, data)
		d.plans[name] = p
		return err
	})
	d.against = d.plans["fife-2023-2026.json"]
	decodeAll(t, "report/testdata/fife-*.json", func(name string, data []byte) error {
		r, err := report.Decode(name, data)
		d.reports[name] = r
		return err
	})
	decodeAll(t, "consult/testdata/notice-*.json", func(name string, data []byte) error {
		n, err := consult.DecodeNotice(name, data)
		d.notices[name] = n
		return err
	})
	var err error
	d.history, err = duty.DecodeHistory("history-fife.json", readFile(t, "duty/testdata/history-fife.json"))
	require.NoError(t, err)
	decodeAll(t, "duty/testdata/question-*.json", func(name string, data []byte) error {
		q, err := duty.DecodeQuestion(name, data)
		d.questions[name] = q
		return err
	})
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join("..", "..", "scenarios", name)) }
	d.scenarios, err = scenarios.Decode("s10-s13-timing.json", readFile(t, "scenarios/s10-s13-timing.json"), read)
	require.NoError(t, err)
	return d
}

// judgeAll answers every question about the shared documents.
func (d documents) judgeAll() (answers, error) {
	a := answers{Plans: map[string]planAnswer{}, Reports: map[string]reportAnswer{}, Notices: map[string]consult.NoticeResult{},
		Decisions: map[string]duty.Decision{}}
	var results []report.PlanResult
	for _, name := range slices.Sorted(maps.Keys(d.plans)) {
		p := d.plans[name]
		fs, err := p.Judge(d.ctx)
		if err != nil {
			return answers{}, err
		}
		rv, err := p.Review(d.ctx)
		if err != nil {
			return answers{}, err
		}
		a.Plans[name] = planAnswer{fs, rv}
		results = append(results, report.PlanResult{Review: rv, Findings: fs, Validated: true})
	}
	for name, r := range d.reports {
		alone, err := r.Judge(d.ctx)
		if err != nil {
			return answers{}, err
		}
		against, err := r.JudgeAgainstPlan(d.against, d.ctx)
		if err != nil {
			return answers{}, err
		}
		a.Reports[name] = reportAnswer{alone, against}
	}
	for name, n := range d.notices {
		res, err := n.Judge(d.ctx)
		if err != nil {
			return answers{}, err
		}
		a.Notices[name] = res
	}
	cal, err := duty.NewCalendar(d.history.Council, d.history, d.ctx)
	if err != nil {
		return answers{}, err
	}
	a.Calendar, a.Findings = cal, cal.Findings()
	for name, q := range d.questions {
		dec, err := q.Decide(d.ctx)
		if err != nil {
			return answers{}, err
		}
		a.Decisions[name] = dec
	}
	a.Scenarios = d.scenarios.Run()
	a.Overview = report.NewOverview(results)
	var page bytes.Buffer
	if err := a.Overview.WriteHTML(&page); err != nil {
		return answers{}, err
	}
	a.Page = page.String()
	return a, nil
}

// readRuleBooks reads every rule book, looks every rule up and spoils its
// copies, as a caller filtering findings by rule might while judgements
// run; it returns how many rules it read.
func readRuleBooks() int {
	n := 0
	for _, b := range ruleBooks {
		rules := b.rules()
		for _, r := range rules {
			if got, ok := b.lookup(r.ID); ok {
				spoil([]part3.Rule{got})
			}
			n++
		}
		spoil(rules)
	}
	return n
}

// TestConcurrentJudgingAndRuleBooks judges the same decoded documents of
// every kind from several goroutines while others read, look up and change
// their copies of every rule book, and checks that each answer is the
// sequential one. Run it with -race, which reports any write to shared
// state.
func TestConcurrentJudgingAndRuleBooks(t *testing.T) {
	docs := loadDocuments(t)
	want, err := docs.judgeAll()
	require.NoError(t, err)
	require.NotEmpty(t, want.Overview.Statutory, "the samples have statutory findings")

	const judges, readers, rounds = 4, 2, 2
	var done atomic.Bool
	var reads atomic.Int64
	var mu sync.Mutex
	var failures []string
	var judging, reading sync.WaitGroup
	for range readers {
		reading.Go(func() {
			for !done.Load() {
				reads.Add(int64(readRuleBooks()))
			}
		})
	}
	for g := range judges {
		judging.Go(func() {
			for r := range rounds {
				got, err := docs.judgeAll()
				if err != nil || !reflect.DeepEqual(want, got) {
					diff := cmp.Diff(want, got, cmp.Exporter(func(reflect.Type) bool { return true }))
					mu.Lock()
					failures = append(failures, fmt.Sprintf("goroutine %d, round %d: err %v (-sequential +concurrent):\n%s", g, r, err, diff))
					mu.Unlock()
				}
			}
		})
	}
	judging.Wait()
	done.Store(true)
	reading.Wait()
	for _, f := range failures {
		t.Error(f)
	}
	require.Positive(t, reads.Load(), "the readers ran")
	// The rule books are as they were.
	again, err := docs.judgeAll()
	require.NoError(t, err)
	require.True(t, reflect.DeepEqual(want, again))
}
