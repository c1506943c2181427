package judge

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// Input is one document to judge: the name the caller knows it by (a file
// name, "standard input", an upload's name), used in errors, and its bytes.
type Input struct {
	File string
	Data []byte
}

// Request is what to judge, and how.
type Request struct {
	// Documents are judged each on its own terms, in order. Any kind the
	// package knows may be mixed ([Kinds]).
	Documents []Input
	// Plan, if set, is the children's services plan the annual reports
	// and notices of disagreement among Documents are judged against. A
	// plan that cannot be read, or a document of another kind, fails the
	// whole request.
	Plan *Input
	// Context is the judgement context: the as-of date (required), the
	// law, reliefs, policy numbers and facts.
	Context judgement.Context
	// Review adds to each plan its review against the Appendix A criteria
	// and Appendix B steps of the statutory guidance.
	Review bool
	// Overview adds the national overview of the plans among Documents.
	Overview bool
	// MaxFindings caps the findings each Result lists: the most severe
	// are kept (every statutory finding before any guidance one, and so
	// on), in their sorted order, and the rest are counted in
	// [Result.Omitted]. A Result that has a statutory finding keeps at
	// least one, so [Answer.HasStatutory] is the same with a cap as
	// without. The national overview and the coverage count every
	// finding. 0 means no cap. Each finding costs some hundreds of bytes
	// (see the package documentation): a cap bounds what an Answer holds
	// for a document with very many.
	MaxFindings int
}

// Answer is every answer to a Request, and what made it.
type Answer struct {
	// Build is the build of the engine that judged.
	Build Build `json:"build"`
	// Law is the version of the law in force on the as-of date: the
	// amendments, orders, directions and reliefs the context applied.
	Law service.Version `json:"law"`
	// Context is the judgement context used, with its as-of date.
	Context judgement.Context `json:"context"`
	// Plan names the plan the other documents were judged against, if
	// one was given.
	Plan string `json:"plan,omitzero"`
	// Results are one per document, in the order given.
	Results []Result `json:"results"`
	// Coverage says, when a plan was given, which of its three reporting
	// periods the annual reports among the documents cover (s.13(1)).
	Coverage *report.Coverage `json:"coverage,omitzero"`
	// Overview is the national overview of the plans, when asked for.
	Overview *report.Overview `json:"overview,omitzero"`
}

// Result is the answer for one document.
type Result struct {
	// File is the document's name, as given in its Input.
	File string `json:"file"`
	// Kind is the document's kind, "" when it could not be read.
	Kind string `json:"kind"`
	// Error is the document's bad input; when set, nothing else is.
	Error *Problem `json:"error,omitzero"`
	// Findings are the document's findings, sorted.
	Findings part3.Findings `json:"findings"`
	// Omitted is how many findings the request's MaxFindings left out.
	Omitted int `json:"findings_omitted,omitzero"`
	// Skipped are the rules that could not be applied, each with why.
	Skipped []Skipped `json:"skipped"`
	// CheckedAgainstPlan reports whether the document was judged against
	// the request's plan.
	CheckedAgainstPlan bool `json:"checked_against_plan,omitzero"`
	// Notice is, for a notice of disagreement, whether it has legal
	// effect and for which matters.
	Notice *Notice `json:"notice,omitzero"`
	// Review is, for a plan when asked for, its Appendix A review.
	Review *plan.Review `json:"review,omitzero"`
	// Calendar is, for a planning history, the partnership's obligations.
	Calendar *duty.Calendar `json:"calendar,omitzero"`
	// Decision is, for a duty question, the decision and its reasons.
	Decision *duty.Decision `json:"decision,omitzero"`

	doc any // the decoded document, for the overview and coverage
}

// Skipped is a rule that was not applied to a document, and why.
type Skipped struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// Notice is the legal effect of a notice of disagreement (s.10(8)), on
// which the exception of s.12(3)(b) to the duty to provide services in
// accordance with the plan depends. Why a notice, or a matter, has no
// legal effect is said by the result's findings, each of severity
// condition: no breach by anyone.
type Notice struct {
	// LegalEffect reports whether the notice has legal effect for at
	// least one of its matters.
	LegalEffect bool `json:"legal_effect"`
	// Matters are the verdicts on each matter, in order.
	Matters []consult.MatterResult `json:"matters"`
	// CheckedAgainstPlan reports whether the matters were checked against
	// the plan rather than taken on the notice's word.
	CheckedAgainstPlan bool `json:"checked_against_plan"`
}

// HasStatutory reports whether any result has a statutory finding. A
// notice's condition findings (no legal effect) are not statutory.
func (a Answer) HasStatutory() bool {
	for _, r := range a.Results {
		if r.Findings.HasStatutory() {
			return true
		}
	}
	return false
}

// BadInput returns how many documents were bad input.
func (a Answer) BadInput() int {
	n := 0
	for _, r := range a.Results {
		if r.Error != nil {
			n++
		}
	}
	return n
}

// Judge judges every document of r as of r.Context.AsOf and returns the
// Answer. It is an error only if r.Context is not valid or r.Plan cannot
// be read as a plan; a document that cannot be read is a Result with a
// [Problem], and the others are still judged.
func Judge(r Request) (Answer, error) {
	if err := r.Context.Validate(); err != nil {
		return Answer{}, err
	}
	ctx := r.Context
	if ctx.Kind == "" {
		ctx.Kind = judgement.Kind
	}
	ans := Answer{Build: ReadBuild(), Law: ctx.Version(ctx.AsOf), Context: ctx, Results: make([]Result, len(r.Documents))}
	var against *plan.Plan
	if r.Plan != nil {
		p, err := readPlan(*r.Plan)
		if err != nil {
			return Answer{}, err
		}
		against = &p
		ans.Plan = r.Plan.File
	}
	j := run{req: &r, ctx: ctx, plan: against}
	for i, in := range r.Documents {
		ans.Results[i] = j.document(in)
	}
	if against != nil {
		var reports []report.Report
		for _, res := range ans.Results {
			if rep, ok := res.doc.(report.Report); ok {
				reports = append(reports, rep)
			}
		}
		if len(reports) > 0 {
			cov := report.CoverageOf(*against, reports, ctx.AsOf)
			ans.Coverage = &cov
		}
	}
	if r.Overview {
		var plans []report.PlanResult
		for _, res := range ans.Results {
			if p, ok := res.doc.(plan.Plan); ok {
				review := res.Review
				if review == nil {
					rv, err := p.Review(ctx)
					if err != nil {
						return Answer{}, err
					}
					review = &rv
				}
				plans = append(plans, report.PlanResult{File: res.File, Review: *review, Findings: res.Findings, Validated: true})
			}
		}
		o := report.NewOverview(plans)
		ans.Overview = &o
	}
	// The overview and coverage above count every finding; the cap is
	// on what each Result lists. The decoded documents are no longer
	// needed: an Answer does not hold them.
	capFindings(ans.Results, r.MaxFindings)
	for i := range ans.Results {
		ans.Results[i].doc = nil
	}
	return ans, nil
}

// Document judges one document on its own as of ctx.AsOf: Judge with a
// Request of one Input.
func Document(file string, data []byte, ctx judgement.Context) (Result, error) {
	ans, err := Judge(Request{Documents: []Input{{File: file, Data: data}}, Context: ctx})
	if err != nil {
		return Result{}, err
	}
	return ans.Results[0], nil
}

// run is one request in progress.
type run struct {
	req  *Request
	ctx  judgement.Context
	plan *plan.Plan
}

// document judges one input.
func (j run) document(in Input) Result {
	res := Result{File: in.File, Findings: part3.Findings{}, Skipped: []Skipped{}}
	kind, err := part3.PeekKind(in.File, in.Data)
	res.Kind = kind
	if err != nil {
		res.Error = NewProblem(err)
		return res
	}
	k, err := lookup(in.File, kind)
	if err != nil {
		res.Error = NewProblem(err)
		return res
	}
	doc, err := k.decode(in.File, in.Data)
	if err != nil {
		res.Error = NewProblem(part3.WithFile(err, in.File))
		return res
	}
	res.doc = doc
	if err := k.judge(j, doc, &res); err != nil {
		// Only an invalid context fails a judgement, and Judge has
		// checked it; anything else is the document's.
		res = Result{File: in.File, Kind: kind, Error: NewProblem(part3.WithFile(err, in.File)), Findings: part3.Findings{}, Skipped: []Skipped{}}
		return res
	}
	res.Findings = slices.Clone(res.Findings)
	res.Findings.Sort()
	if res.Findings == nil {
		res.Findings = part3.Findings{}
	}
	return res
}

// capFindings keeps at most max findings in each result, the most severe,
// in their order, and counts the rest in Omitted. A max of 0 or less keeps
// them all.
func capFindings(results []Result, max int) {
	if max <= 0 {
		return
	}
	for i := range results {
		fs := results[i].Findings
		if len(fs) <= max {
			continue
		}
		// The severity of the last finding kept: every finding more
		// severe is kept, and of that severity the first in order.
		severities := make([]part3.Severity, len(fs))
		for k, f := range fs {
			severities[k] = f.Severity
		}
		slices.SortFunc(severities, func(a, b part3.Severity) int { return int(a) - int(b) })
		cut := severities[max-1]
		room := max
		for _, s := range severities[:max] {
			if s != cut {
				room--
			}
		}
		kept := make(part3.Findings, 0, max)
		for _, f := range fs {
			switch {
			case f.Severity < cut:
			case f.Severity == cut && room > 0:
				room--
			default:
				continue
			}
			kept = append(kept, f)
		}
		results[i].Omitted = len(fs) - len(kept)
		results[i].Findings = kept
	}
}

// readPlan reads the plan other documents are judged against.
func readPlan(in Input) (plan.Plan, error) {
	kind, err := part3.PeekKind(in.File, in.Data)
	if err != nil {
		return plan.Plan{}, err
	}
	if kind != plan.Kind {
		return plan.Plan{}, &part3.InputError{File: in.File, Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("the plan to judge against is a document of kind %q", kind), Expected: fmt.Sprintf("a document of kind %q", plan.Kind)}
	}
	p, err := plan.Decode(in.File, in.Data)
	return p, part3.WithFile(err, in.File)
}

// WriteJSON writes v as one indented JSON value and a newline, as every
// interface of the module writes its answers: deterministic (struct
// fields in declaration order, map keys sorted), with empty lists as [],
// and without escaping "<", ">" and "&".
func WriteJSON(w io.Writer, v any) error {
	b, err := MarshalJSON(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// MarshalJSON returns what [WriteJSON] writes. A string that is not valid
// UTF-8, such as the name of a file a system named with other bytes or a
// URL path a client sent, is written with U+FFFD in place of each invalid
// byte, so that any answer can be written.
func MarshalJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v, json.Deterministic(true), jsontext.WithIndent("  "), jsontext.EscapeForHTML(false), jsontext.AllowInvalidUTF8(true))
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Problem is bad input in a form any interface can show: the message, and
// the parts of a [part3.InputError] (the file, the JSON Pointer path, the
// line and column, the category and what was expected). A document may
// have several problems: Problem is the first, in document order, and More
// holds the others, each a Problem of its own; Omitted counts those beyond
// part3.MaxProblems. JSON keys: message, file, category, path, line,
// column, expected, more, omitted.
type Problem struct {
	// Message is the problem on one line, followed by "(and N more
	// problems)" when there are others; [Problem.Lines] gives each on its
	// own.
	Message  string    `json:"message"`
	File     string    `json:"file,omitzero"`
	Category string    `json:"category,omitzero"`
	Path     string    `json:"path"`
	Line     int       `json:"line,omitzero"`
	Column   int       `json:"column,omitzero"`
	Expected string    `json:"expected,omitzero"`
	More     []Problem `json:"more,omitempty"`
	Omitted  int       `json:"omitted,omitzero"`
}

// NewProblem returns err as a Problem, with the InputError's parts where
// err is or wraps one, and each of its other problems in More.
func NewProblem(err error) *Problem {
	p := &Problem{Message: err.Error()}
	var ie *part3.InputError
	if errors.As(err, &ie) {
		p.fill(ie)
		for _, m := range ie.More {
			q := Problem{Message: m.Error()}
			q.fill(m)
			p.More = append(p.More, q)
		}
		p.Omitted = ie.Omitted
	}
	return p
}

func (p *Problem) fill(ie *part3.InputError) {
	if ie.Category != nil {
		p.Category = ie.Category.Error()
	}
	p.File, p.Path, p.Line, p.Column, p.Expected = ie.File, ie.Path, ie.Line, ie.Column, ie.Expected
}

// Lines returns each problem on a line of its own, in document order, and
// a last line saying how many more there are if Omitted does: what an
// interface prints to list every problem of a document.
func (p Problem) Lines() []string {
	first := p.Message
	if n := len(p.More) + p.Omitted; n > 0 {
		first = strings.TrimSuffix(first, fmt.Sprintf(" (and %s)", words.Count(n, "more problem", "more problems")))
	}
	lines := []string{first}
	for _, m := range p.More {
		lines = append(lines, m.Message)
	}
	if p.Omitted > 0 {
		lines = append(lines, "and "+words.Count(p.Omitted, "more problem", "more problems"))
	}
	return lines
}

// Calendar returns council c's calendar of obligations as of ctx.AsOf, as
// an Answer of one Result: from the planning history in history, or, when
// history is nil, from an empty history (nothing recorded). A history for
// another council, or one that cannot be read, is the Result's Problem.
func Calendar(c service.Council, history *Input, ctx judgement.Context) (Answer, error) {
	if !c.IsValid() {
		return Answer{}, &part3.InputError{Path: "/council", Category: part3.ErrMissing, Expected: "a council area, such as \"Fife\""}
	}
	if history != nil {
		ans, err := Judge(Request{Documents: []Input{*history}, Context: ctx})
		if err != nil {
			return Answer{}, err
		}
		res := &ans.Results[0]
		if res.Error == nil && res.Kind != duty.HistoryKind {
			*res = Result{File: history.File, Kind: res.Kind, Findings: part3.Findings{}, Skipped: []Skipped{},
				Error: NewProblem(&part3.InputError{File: history.File, Path: "/kind", Category: part3.ErrWrongKind,
					Err: fmt.Errorf("kind %q", res.Kind), Expected: fmt.Sprintf("%q", duty.HistoryKind)})}
		}
		if res.Calendar != nil && res.Calendar.Council != c {
			*res = Result{File: history.File, Kind: res.Kind, Findings: part3.Findings{}, Skipped: []Skipped{},
				Error: NewProblem(&part3.InputError{File: history.File, Path: "/council", Category: part3.ErrInvalidValue,
					Err: fmt.Errorf("the history is for %s, not %s", res.Calendar.Council.Name(), c.Name()), Expected: c.Name()})}
		}
		return ans, nil
	}
	if err := ctx.Validate(); err != nil {
		return Answer{}, err
	}
	if ctx.Kind == "" {
		ctx.Kind = judgement.Kind
	}
	cal, err := duty.NewCalendar(c, duty.History{Kind: duty.HistoryKind, Council: c}, ctx)
	if err != nil {
		return Answer{}, err
	}
	res := Result{Kind: duty.HistoryKind, Findings: cal.Findings(), Skipped: []Skipped{}, Calendar: &cal}
	if res.Findings == nil {
		res.Findings = part3.Findings{}
	}
	return Answer{Build: ReadBuild(), Law: ctx.Version(ctx.AsOf), Context: ctx, Results: []Result{res}}, nil
}
