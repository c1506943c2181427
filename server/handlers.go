package server

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// The handlers are thin: read the request, call package judge (or the
// catalogue the command-line tool prints), encode the answer. Nothing
// here decides anything about the law.

const jsonType = "application/json"

// handleValidate judges documents of any kind, reports and notices
// against a plan sent beside them: "part3 validate".
func (s *server) handleValidate(w http.ResponseWriter, r *http.Request) {
	c, p := s.readCall(w, r)
	defer s.done(c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if len(c.docs) == 0 {
		writeProblem(w, r, noDocuments())
		return
	}
	s.answer(w, r, "", judge.Request{Plan: c.plan, Context: c.ctx}, c.docs)
}

// handleReview reviews plans against Appendix A, with the national
// overview when asked: "part3 review [--overview]".
func (s *server) handleReview(w http.ResponseWriter, r *http.Request) {
	s.review(w, r, false)
}

// handleOverview reviews plans and builds the national overview: "part3
// review --overview", as JSON, or as the overview's HTML page when the
// client prefers text/html ("--format html").
func (s *server) handleOverview(w http.ResponseWriter, r *http.Request) {
	s.review(w, r, true)
}

func (s *server) review(w http.ResponseWriter, r *http.Request, overview bool) {
	c, p := s.readCall(w, r)
	defer s.done(c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if len(c.docs) == 0 {
		writeProblem(w, r, noDocuments())
		return
	}
	if c.plan != nil {
		writeProblem(w, r, planNotTaken())
		return
	}
	req := judge.Request{Context: c.ctx, Review: true, Overview: overview || c.overview}
	if overview && prefersHTML(r) {
		ans, ok := s.judge(w, r, plan.Kind, req, c.docs)
		if !ok {
			return
		}
		var b strings.Builder
		if err := ans.Overview.WriteHTML(&b); err != nil {
			writeProblem(w, r, newProblem(http.StatusInternalServerError, "the overview could not be written"))
			return
		}
		writeBytes(w, http.StatusOK, "text/html; charset=utf-8", []byte(b.String()))
		return
	}
	s.answer(w, r, plan.Kind, req, c.docs)
}

// handleDecide decides duty questions: "part3 decide".
func (s *server) handleDecide(w http.ResponseWriter, r *http.Request) {
	c, p := s.readCall(w, r)
	defer s.done(c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if len(c.docs) == 0 {
		writeProblem(w, r, noDocuments())
		return
	}
	if c.plan != nil {
		writeProblem(w, r, planNotTaken())
		return
	}
	s.answer(w, r, duty.QuestionKind, judge.Request{Context: c.ctx}, c.docs)
}

// handleCalendar lists a partnership's obligations from its planning
// history, or from none: "part3 calendar".
func (s *server) handleCalendar(w http.ResponseWriter, r *http.Request) {
	c, p := s.readCall(w, r)
	defer s.done(c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if len(c.docs) > 1 || c.plan != nil {
		p := newProblem(http.StatusUnprocessableEntity, "a calendar is of one partnership: send at most one planning history, and no plan")
		p.Category, p.Path, p.Expected = part3.ErrInvalidValue.Error(), ptr("/documents"), "at most one document, of kind \"planning-history\""
		writeProblem(w, r, p)
		return
	}
	if _, err := period.PlanPeriodOf(c.ctx.AsOf); err != nil {
		// Before 1 April 2017 or after 31 March 9997: no obligations.
		writeProblem(w, r, inputProblem(&part3.InputError{File: c.contextFile, Path: "/as_of", Category: part3.ErrInvalidValue, Err: err}))
		return
	}
	var history *judge.Input
	if len(c.docs) == 1 {
		history = &c.docs[0]
	}
	var council service.Council
	switch {
	case c.council != "":
		var err error
		if council, err = service.LookupCouncil(c.council); err != nil {
			p := newProblem(http.StatusNotFound, "council: "+err.Error())
			p.Known = councilNames()
			writeProblem(w, r, p)
			return
		}
	case history != nil:
		// The council the history names.
		h, err := duty.DecodeHistory(history.File, history.Data)
		if err != nil {
			writeProblem(w, r, inputProblem(err))
			return
		}
		council = h.Council
	default:
		p := newProblem(http.StatusUnprocessableEntity, "no council: give ?council=NAME, or a planning history that names the council")
		p.Category, p.Path, p.Expected = part3.ErrMissing.Error(), ptr("/council"), "a council area, such as \"Fife\""
		writeProblem(w, r, p)
		return
	}
	ans, err := judge.Calendar(council, history, c.ctx)
	if err != nil {
		writeProblem(w, r, inputProblem(err))
		return
	}
	ans.Build = s.cfg.Build()
	s.writeAnswer(w, r, ans)
}

// answer judges docs with req (refusing documents not of kind only, if
// set) and writes the Answer.
func (s *server) answer(w http.ResponseWriter, r *http.Request, only string, req judge.Request, docs []judge.Input) {
	ans, ok := s.judge(w, r, only, req, docs)
	if ok {
		s.writeAnswer(w, r, ans)
	}
}

// judge judges docs with req as the command-line tool's judgeFiles does:
// a document not of kind only (when set) is bad input, not judged, with
// a Result of its own in its place. The Answer reports the configured
// build. It writes the problem and reports false when the request itself
// fails: a context that is not valid, or a plan that cannot be read.
func (s *server) judge(w http.ResponseWriter, r *http.Request, only string, req judge.Request, docs []judge.Input) (judge.Answer, bool) {
	var refused []judge.Result
	at := make([]int, len(docs)) // index into req.Documents, or -1-index into refused
	for i, in := range docs {
		if only != "" {
			if kind, _ := part3.PeekKind(in.File, in.Data); kind != "" && kind != only {
				err := &part3.InputError{File: in.File, Path: "/kind", Category: part3.ErrWrongKind,
					Err: fmt.Errorf("the document is of kind %q, which %s %s does not read", kind, r.Method, r.URL.Path), Expected: fmt.Sprintf("a document of kind %q", only)}
				at[i] = -1 - len(refused)
				refused = append(refused, judge.Result{File: in.File, Kind: kind, Error: judge.NewProblem(err), Findings: part3.Findings{}, Skipped: []judge.Skipped{}})
				continue
			}
		}
		at[i] = len(req.Documents)
		req.Documents = append(req.Documents, in)
	}
	ans, err := judge.Judge(req)
	if err != nil {
		writeProblem(w, r, inputProblem(err))
		return judge.Answer{}, false
	}
	if len(refused) > 0 {
		results := make([]judge.Result, len(docs))
		for i, k := range at {
			if k < 0 {
				results[i] = refused[-1-k]
			} else {
				results[i] = ans.Results[k]
			}
		}
		ans.Results = results
	}
	ans.Build = s.cfg.Build()
	if p := allBad(ans); p != nil {
		writeProblem(w, r, p)
		return judge.Answer{}, false
	}
	return ans, true
}

// writeAnswer writes ans, or, when no document of it could be read, the
// problem of its bad input.
func (s *server) writeAnswer(w http.ResponseWriter, r *http.Request, ans judge.Answer) {
	if p := allBad(ans); p != nil {
		writeProblem(w, r, p)
		return
	}
	encode(w, http.StatusOK, jsonType, ans)
}

// allBad returns the problem of an Answer none of whose documents could
// be read: that of the first, with every document's in Errors when there
// are several. It returns nil when at least one was judged.
func allBad(ans judge.Answer) *Problem {
	if len(ans.Results) == 0 || ans.BadInput() < len(ans.Results) {
		return nil
	}
	first := ans.Results[0].Error
	p := fromJudge(first, statusOfCategory(first.Category))
	if len(ans.Results) > 1 {
		p.Detail = fmt.Sprintf("none of the %d documents could be read; the first: %s", len(ans.Results), first.Message)
		for _, res := range ans.Results {
			p.Errors = append(p.Errors, res.Error)
		}
	}
	return p
}

func noDocuments() *Problem {
	p := newProblem(http.StatusUnprocessableEntity, "no document: send a document as the body, or an envelope with documents")
	p.Category, p.Path, p.Expected = part3.ErrMissing.Error(), ptr("/documents"), "a document, or an envelope {\"context\", \"documents\": [...]}"
	return p
}

func planNotTaken() *Problem {
	p := newProblem(http.StatusUnprocessableEntity, "a plan to judge against is taken by POST /v1/validate only")
	p.Category, p.Path, p.Expected = part3.ErrInvalidValue.Error(), ptr("/plan"), "no plan member here: send the plans as documents"
	return p
}

// prefersHTML reports whether the request's Accept header asks for HTML
// before JSON.
func prefersHTML(r *http.Request) bool {
	accept := r.Header.Get("Accept")
	h := strings.Index(accept, "text/html")
	if h < 0 {
		return false
	}
	j := strings.Index(accept, "json")
	return j < 0 || h < j
}
