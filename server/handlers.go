package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
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
	offers := []string{jsonType, "text/csv"}
	as := negotiate(w, r, offers...)
	if as == "" {
		writeProblem(w, r, notAcceptable(r, offers, ""))
		return
	}
	ans, ok := s.judge(w, r, "", judge.Request{Plan: c.plan, Context: c.ctx}, c.docs)
	if !ok {
		return
	}
	if as == "text/csv" {
		// "part3 validate --format csv": the findings of the batch.
		writeWith(w, r, csvType, ans.WriteFindingsCSV)
		return
	}
	s.writeAnswer(w, r, ans)
}

// handleReview reviews plans against Appendix A, with the national
// overview when asked: "part3 review [--overview]".
func (s *server) handleReview(w http.ResponseWriter, r *http.Request) {
	s.review(w, r, false)
}

// handleOverview reviews plans and builds the national overview: "part3
// review --overview", as JSON, as the overview's HTML page when the
// client prefers text/html ("--format html"), or as its table of plans
// when it prefers text/csv ("--format csv"). POST /v1/review with
// overview=true answers the same.
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
	// The HTML page and the CSV table are of the national overview.
	offers, why := []string{jsonType}, "the HTML page and the CSV table are of the national overview: ask for it with overview=true, or POST /v1/overview"
	if req.Overview {
		offers, why = []string{jsonType, "text/html", "text/csv"}, ""
	}
	as := negotiate(w, r, offers...)
	if as == "" {
		writeProblem(w, r, notAcceptable(r, offers, why))
		return
	}
	ans, ok := s.judge(w, r, plan.Kind, req, c.docs)
	if !ok {
		return
	}
	switch as {
	case "text/html":
		writeWith(w, r, htmlType, ans.Overview.WriteHTML)
	case "text/csv":
		writeWith(w, r, csvType, ans.Overview.WriteCSV)
	default:
		s.writeAnswer(w, r, ans)
	}
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

// The types of a calendar: its JSON, its iCalendar file ("part3 calendar
// --format ics") and its timeline picture ("--format svg").
var calendarOffers = []string{jsonType, "text/calendar", "image/svg+xml"}

// handleCalendar lists a partnership's obligations from its planning
// history, or from none: "part3 calendar", as JSON, as an iCalendar file
// when the client prefers text/calendar, or as the timeline picture when
// it prefers image/svg+xml.
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
	as := negotiate(w, r, calendarOffers...)
	if as == "" {
		writeProblem(w, r, notAcceptable(r, calendarOffers, ""))
		return
	}
	s.calendar(w, r, c, as)
}

// handleCalendarFile answers GET /v1/calendar/{council}.ics and
// /v1/calendar/{council}.svg: the calendar of a partnership with no
// planning history (everything owed, nothing met), as "part3 calendar
// --council C --as-of D --format ics" (or svg) writes it. The path names
// the type, so Accept is not consulted: a calendar program subscribing
// to the address gets the file whatever it asks for.
func (s *server) handleCalendarFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	var as string
	switch {
	case strings.HasSuffix(name, ".ics"):
		as = "text/calendar"
	case strings.HasSuffix(name, ".svg"):
		as = "image/svg+xml"
	default:
		p := newProblem(http.StatusNotFound, fmt.Sprintf("no route GET %s: a calendar's address names its type, /v1/calendar/{council}.ics (iCalendar) or /v1/calendar/{council}.svg (the timeline); its JSON is POST /v1/calendar", r.URL.Path))
		p.Known = []string{"GET /v1/calendar/{council}.ics", "GET /v1/calendar/{council}.svg", "POST /v1/calendar"}
		writeProblem(w, r, p)
		return
	}
	c := call{council: name[:len(name)-len(".ics")]}
	if c.council == "" {
		p := newProblem(http.StatusNotFound, fmt.Sprintf("no council in %s: the address is /v1/calendar/{council}.ics or .svg, with a council area's name or GSS code", r.URL.Path))
		p.Known = councilNames()
		writeProblem(w, r, p)
		return
	}
	if p := s.resolveContext(&c, r.URL.Query()); p != nil {
		writeProblem(w, r, p)
		return
	}
	s.calendar(w, r, c, as)
}

// calendar answers a calendar request c as media type as, with the
// query's policy (copy_days, report_days, s60) over the context's, as
// part3 calendar's --copy-days, --report-days and --s60 override its
// --context file's.
func (s *server) calendar(w http.ResponseWriter, r *http.Request, c call, as string) {
	if p := calendarPolicy(&c, r.URL.Query()); p != nil {
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
	if p := allBad(ans); p != nil {
		writeProblem(w, r, p)
		return
	}
	cal := ans.Results[0].Calendar
	switch as {
	case "text/calendar":
		writeWith(w, r, calendarType, cal.WriteICS)
	case "image/svg+xml":
		writeWith(w, r, svgType, cal.WriteSVG)
	default:
		s.writeAnswer(w, r, ans)
	}
}

// calendarPolicy sets the policy the query gives (copy_days, report_days,
// s60) over c's context's, and validates the context again.
func calendarPolicy(c *call, q url.Values) *Problem {
	changed := false
	for _, p := range []struct {
		name string
		days *int
	}{{"copy_days", &c.ctx.Policy.CopyDays}, {"report_days", &c.ctx.Policy.ReportDays}} {
		if v := q.Get(p.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return queryProblem(p.name, v, "a whole number of days (0: the module's default; negative: no limit)")
			}
			*p.days, changed = n, true
		}
	}
	if v := q.Get("s60"); v != "" {
		d, err := period.ParseDate(v)
		if err != nil {
			return queryProblem("s60", v, "a date, YYYY-MM-DD: the day section 60 of the 2026 Act commences")
		}
		c.ctx.Act2026Section60, changed = d, true
	}
	if !changed {
		return nil
	}
	if err := c.ctx.Validate(); err != nil {
		return inputProblem(err)
	}
	return nil
}

// handleDiff judges two documents of one kind, old then new, and says
// what changed between them: "part3 diff OLD NEW", as JSON, or as its
// table when the client prefers text/csv ("--format csv").
func (s *server) handleDiff(w http.ResponseWriter, r *http.Request) {
	c, p := s.readCall(w, r)
	defer s.done(c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if c.plan != nil {
		p := newProblem(http.StatusUnprocessableEntity, "a diff compares its two documents with each other, not against a plan")
		p.Category, p.Path, p.Expected = part3.ErrInvalidValue.Error(), ptr("/plan"), "no plan member here: send the two versions as documents"
		writeProblem(w, r, p)
		return
	}
	if len(c.docs) != 2 {
		p := newProblem(http.StatusUnprocessableEntity, fmt.Sprintf("a diff compares two documents, the old version then the new: the request carries %d", len(c.docs)))
		p.Category, p.Path, p.Expected = part3.ErrInvalidValue.Error(), ptr("/documents"), "an envelope with two documents of one kind, old then new: {\"documents\": [OLD, NEW]}"
		if len(c.docs) == 0 {
			p.Category = part3.ErrMissing.Error()
		}
		writeProblem(w, r, p)
		return
	}
	offers := []string{jsonType, "text/csv"}
	as := negotiate(w, r, offers...)
	if as == "" {
		writeProblem(w, r, notAcceptable(r, offers, ""))
		return
	}
	d, err := judge.Compare(c.docs[0], c.docs[1], c.ctx)
	if err != nil {
		var pe *judge.ProblemError
		if errors.As(err, &pe) {
			writeProblem(w, r, fromJudge(pe.Problem, statusOfCategory(pe.Problem.Category)))
			return
		}
		writeProblem(w, r, inputProblem(err))
		return
	}
	d.Build = s.cfg.Build()
	if as == "text/csv" {
		writeWith(w, r, csvType, d.WriteCSV)
		return
	}
	encode(w, http.StatusOK, jsonType, d)
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

// writeWith writes the answer write gives, with contentType: "part3
// --format csv" (or html, ics, svg) for the same answer, byte for byte.
func writeWith(w http.ResponseWriter, r *http.Request, contentType string, write func(io.Writer) error) {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		// Each writer writes a value of the module to memory: failing is
		// a bug, not bad input.
		writeProblem(w, r, newProblem(http.StatusInternalServerError, "the answer could not be written"))
		return
	}
	writeBytes(w, http.StatusOK, contentType, b.Bytes())
}
