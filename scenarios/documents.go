package scenarios

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// documentKind is a kind of document a document case can ask about. Each
// kind is added by one call to registerDocument, from an init function.
type documentKind struct {
	// name is the value of the document's kind member.
	name string
	// words names a document of the kind for a reader: "notice of
	// disagreement".
	words string
	// decode reads a document of the kind strictly; an error is bad input.
	decode func(file string, data []byte) (any, error)
	// check judges a decoded document.
	check func(doc any, ctx documentContext) (verdict, error)
	// againstPlan says a document of the kind may be checked against a
	// plan.
	againstPlan bool
	// hasLegalEffect says the kind's verdict says whether it has legal
	// effect.
	hasLegalEffect bool
	// planView returns the view of a decoded document of the kind that
	// checking another against it needs; nil for kinds that are not plans.
	planView func(doc any) consult.PlanServices
	// review returns the verdicts of the review of a decoded document of
	// the kind against guidance Appendix A, by criterion label; nil for
	// kinds that are not reviewed.
	review func(doc any, ctx documentContext) (map[string]plan.Verdict, error)
	// books are the rule books of the packages whose rules can make a
	// finding on a document of the kind, by package name.
	books map[string]func() []part3.Rule
}

// documentContext is what a document is judged with.
type documentContext struct {
	ctx  judgement.Context
	plan *loaded // the plan it is checked against, if any
}

// verdict is the engine's answer on a document.
type verdict struct {
	findings    part3.Findings
	legalEffect bool
}

// loaded is a document a case refers to, decoded.
type loaded struct {
	kind   *documentKind
	doc    any
	source string // "inline" or the path as written
}

var documentKinds = map[string]*documentKind{}

// registerDocument adds a kind of document and the rule books of the
// packages whose rules judge it. It panics on a kind registered twice: a
// programming error.
func registerDocument(k *documentKind, books map[string]func() []part3.Rule) {
	if _, dup := documentKinds[k.name]; dup {
		panic("scenarios: document kind " + k.name + " registered twice")
	}
	k.books = books
	documentKinds[k.name] = k
}

// DocumentKinds returns the kinds of document a document case can ask
// about, sorted.
func DocumentKinds() []string {
	names := make([]string, 0, len(documentKinds))
	for n := range documentKinds {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// judgedBy reports whether id is the ID of a rule that can make a finding
// on a document of kind k. A rule of another kind's package would make any
// expectation about it pass or fail for no reason, so it is bad input.
func (k *documentKind) judgedBy(id string) bool {
	for _, rules := range k.books {
		for _, r := range rules() {
			if r.ID == id {
				return true
			}
		}
	}
	return false
}

// bookNames lists the packages whose rules judge a document of kind k.
func (k *documentKind) bookNames() string {
	names := make([]string, 0, len(k.books))
	for n := range k.books {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func init() {
	registerDocument(&documentKind{
		name:           consult.NoticeKind,
		words:          "notice of disagreement",
		decode:         func(file string, data []byte) (any, error) { return consult.DecodeNotice(file, data) },
		againstPlan:    true,
		hasLegalEffect: true,
		check: func(doc any, ctx documentContext) (verdict, error) {
			var against consult.PlanServices
			if ctx.plan != nil {
				against = ctx.plan.kind.planView(ctx.plan.doc)
			}
			res, err := doc.(consult.NoticeOfDisagreement).JudgeAgainstPlan(against, ctx.ctx)
			if err != nil {
				return verdict{}, err
			}
			return verdict{findings: res.Findings, legalEffect: res.HasLegalEffect()}, nil
		},
	}, map[string]func() []part3.Rule{"consult": consult.Rules, "service": service.Rules})

	registerDocument(&documentKind{
		name:   duty.HistoryKind,
		words:  "planning history",
		decode: func(file string, data []byte) (any, error) { return duty.DecodeHistory(file, data) },
		check: func(doc any, ctx documentContext) (verdict, error) {
			h := doc.(duty.History)
			cal, err := duty.NewCalendar(h.Council, h, ctx.ctx)
			if err != nil {
				return verdict{}, err
			}
			return verdict{findings: cal.Findings()}, nil
		},
	}, map[string]func() []part3.Rule{"duty": duty.Rules})
}

// documents reads the documents a scenario file names by path, each once:
// the cases that name the same document share it, read and decoded once.
type documents struct {
	read   ReadFunc
	loaded map[string]loaded // by the path read
}

// loadDocument decodes a document given inline (raw, at pointer path in
// file) or by a path relative to file, read with read.
func loadDocument(file string, data []byte, inline []byte, inlinePath, rel, relPath string, read *documents) (loaded, error) {
	var docFile string
	var body []byte
	source := rel
	switch {
	case len(inline) > 0 && rel != "":
		return loaded{}, &part3.InputError{Path: relPath, Category: part3.ErrInvalidValue,
			Err: errors.New("both an inline document and a path are given"), Expected: "one of them"}
	case len(inline) > 0:
		if inline[0] != '{' {
			return loaded{}, &part3.InputError{Path: inlinePath, Category: part3.ErrWrongType,
				Err: fmt.Errorf("found %s", jsonKindWords(inline)), Expected: "the document, as a JSON object with its kind member"}
		}
		docFile, body, source = file, inline, "inline"
	case rel != "":
		if read.read == nil {
			return loaded{}, &part3.InputError{Path: relPath, Category: part3.ErrInvalidValue,
				Err: fmt.Errorf("%q cannot be read here", rel), Expected: "an inline document: documents by path are read only from scenario files on disk"}
		}
		docFile = resolvePath(file, rel)
		if l, ok := read.loaded[docFile]; ok {
			l.source = rel
			return l, nil
		}
		var err error
		if body, err = read.read(docFile); err != nil {
			return loaded{}, &part3.InputError{File: file, Path: relPath, Category: part3.ErrInvalidValue,
				Err: err, Expected: "the path of a readable document, relative to the scenario file"}
		}
	default:
		return loaded{}, nil
	}
	kindName, err := part3.PeekKind(docFile, body)
	if err != nil {
		return loaded{}, placeInline(err, inline, inlinePath)
	}
	k, ok := documentKinds[kindName]
	if !ok {
		p := inlinePath
		if source != "inline" {
			p = relPath
		}
		return loaded{}, &part3.InputError{Path: p, Category: part3.ErrWrongKind,
			Err: fmt.Errorf("no document case can ask about a document of kind %q", kindName), Expected: "one of " + strings.Join(DocumentKinds(), ", ")}
	}
	doc, err := k.decode(docFile, body)
	if err != nil {
		return loaded{}, placeInline(err, inline, inlinePath)
	}
	l := loaded{kind: k, doc: doc, source: source}
	if source != "inline" {
		if read.loaded == nil {
			read.loaded = map[string]loaded{}
		}
		read.loaded[docFile] = l
	}
	return l, nil
}

// placeInline places an error from decoding an inline document at its
// place in the scenario file: each problem's path under inlinePath, its
// line and column found from that path in the scenario file by
// [part3.DecodeAndCheck]. Errors from documents read by path keep their own
// file and positions.
func placeInline(err error, inline []byte, inlinePath string) error {
	if len(inline) == 0 {
		return err
	}
	var ie *part3.InputError
	if !errors.As(err, &ie) {
		return &part3.InputError{Path: inlinePath, Category: part3.ErrInvalidValue, Err: err}
	}
	// WithPath copies each problem: the copies are this function's to
	// change.
	out := part3.WithPath(ie, inlinePath).(*part3.InputError)
	for _, p := range append([]*part3.InputError{out}, out.More...) {
		p.File, p.Line, p.Column = "", 0, 0
	}
	return out
}

func jsonKindWords(v []byte) string {
	switch v[0] {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 'n':
		return "null"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}
