package server

import (
	"errors"
	"net/http"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
)

// Problem is an RFC 9457 problem details object, the body of every error
// answer (media type application/problem+json). Type is "about:blank"
// throughout, so Title is the HTTP status's phrase; Category says what
// kind of bad input it is, in the words of the module's error categories
// ("unknown field", "missing value", "not well-formed JSON", ...). The
// members file, path, line, column and expected are those of the
// [part3.InputError] behind it, when there is one: the document's name,
// the JSON Pointer of the offending value, the 1-based line and column,
// and what was expected there. Errors lists every document's problem
// when several could not be read; Known lists the routes, council areas,
// duties or kinds there are, for a 404.
type Problem struct {
	Type     string           `json:"type"`
	Title    string           `json:"title"`
	Status   int              `json:"status"`
	Detail   string           `json:"detail"`
	Instance string           `json:"instance,omitzero"`
	Category string           `json:"category,omitzero"`
	File     string           `json:"file,omitzero"`
	Path     *string          `json:"path,omitzero"`
	Line     int              `json:"line,omitzero"`
	Column   int              `json:"column,omitzero"`
	Expected string           `json:"expected,omitzero"`
	Errors   []*judge.Problem `json:"errors,omitzero"`
	Known    []string         `json:"known,omitzero"`
}

// problemType is the type of every problem: its status and title say
// what it is, and category what kind of bad input.
const problemType = "about:blank"

// newProblem returns a problem with status and detail.
func newProblem(status int, detail string) *Problem {
	return &Problem{Type: problemType, Title: http.StatusText(status), Status: status, Detail: detail}
}

// inputProblem returns the problem of bad input err, with the parts of
// the *part3.InputError it is or wraps, and the status its category
// calls for ([statusOfCategory]).
func inputProblem(err error) *Problem {
	return fromJudge(judge.NewProblem(err), statusOf(err))
}

// fromJudge returns the problem of one document's bad input.
func fromJudge(jp *judge.Problem, status int) *Problem {
	p := newProblem(status, jp.Message)
	p.Category, p.File, p.Line, p.Column, p.Expected = jp.Category, jp.File, jp.Line, jp.Column, jp.Expected
	path := jp.Path
	p.Path = &path
	return p
}

// statusOf returns the HTTP status of bad input err: 413 for a document
// too large, 400 for JSON that cannot be read (syntax, nesting too
// deep), and 422 for the rest (a well-formed document or context that
// cannot be used: an unknown field, a wrong type, a missing or invalid
// value, an unknown kind).
func statusOf(err error) int {
	switch {
	case errors.Is(err, part3.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, part3.ErrSyntax), errors.Is(err, part3.ErrTooDeep):
		return http.StatusBadRequest
	}
	return http.StatusUnprocessableEntity
}

// statusOfCategory is statusOf for a [judge.Problem]'s category words.
func statusOfCategory(category string) int {
	switch category {
	case part3.ErrTooLarge.Error():
		return http.StatusRequestEntityTooLarge
	case part3.ErrSyntax.Error(), part3.ErrTooDeep.Error():
		return http.StatusBadRequest
	}
	return http.StatusUnprocessableEntity
}

// writeProblem writes p as the answer, with its status.
func writeProblem(w http.ResponseWriter, r *http.Request, p *Problem) {
	if p.Instance == "" && r != nil {
		p.Instance = r.URL.Path
	}
	encode(w, p.Status, "application/problem+json", p)
}
