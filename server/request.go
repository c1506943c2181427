package server

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// Envelope is the body of a request that carries more than one document,
// a plan to judge others against, or the judgement context: every member
// is optional but documents (a planning history's calendar may have
// none). A body whose top-level object has a "kind" member is one
// document instead, named by the query's file parameter.
//
//	{
//	  "context":   {"as_of": "2026-11-26", "policy": {"copy_days": 14}},
//	  "documents": [{"kind": "annual-report", ...}, {"kind": "notice-of-disagreement", ...}],
//	  "files":     ["fife-2023-2024.json", "notice.json"],
//	  "plan":      {"kind": "childrens-services-plan", ...},
//	  "plan_file": "fife-2023-2026.json"
//	}
//
// Context is a judgement context (kind "judgement-context", which may be
// left out here); the query's as_of overrides its as_of, as the
// command-line tool's --as-of overrides its --context file's. Files name
// the documents in answers and errors, one per document ("documents/0",
// "documents/1", ... when absent); PlanFile names the plan ("plan" when
// absent). Overview asks POST /v1/review for the national overview too;
// Council names the partnership of POST /v1/calendar.
type Envelope struct {
	Context   jsontext.Value   `json:"context,omitzero"`
	Documents []jsontext.Value `json:"documents,omitzero"`
	Files     []string         `json:"files,omitzero"`
	Plan      jsontext.Value   `json:"plan,omitzero"`
	PlanFile  string           `json:"plan_file,omitzero"`
	Overview  bool             `json:"overview,omitzero"`
	Council   string           `json:"council,omitzero"`
}

// call is a request to judge, read from its body and query.
type call struct {
	docs     []judge.Input
	plan     *judge.Input
	ctx      judgement.Context
	overview bool
	council  string
	// contextFile names where the context came from, for its errors:
	// "context" in an envelope, "" from the query alone.
	contextFile string
	// body is the pooled buffer the documents are read from; done gives
	// it back.
	body *[]byte
}

// done gives back c's body buffer: call it once the answer is written.
// Nothing of an Answer refers to its input's bytes (the decoders copy
// what they keep), so the buffer is free once the answer is encoded.
func (s *server) done(c call) { s.putBody(c.body) }

// defaultFile names a document sent as the whole body when the query's
// file parameter does not.
const defaultFile = "request"

// readCall reads a request to judge: its body, one document or an
// [Envelope], and the query's as_of, file, overview and council. A body
// that may be empty (a calendar without a history) gives no documents.
func (s *server) readCall(w http.ResponseWriter, r *http.Request) (call, *Problem) {
	var c call
	q := r.URL.Query()
	body, pooled, p := s.readBody(w, r, s.cfg.MaxBodyBytes)
	if p != nil {
		return c, p
	}
	c.body = pooled
	if v := q.Get("overview"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, queryProblem("overview", v, "true or false")
		}
		c.overview = b
	}
	c.council = q.Get("council")
	switch {
	case len(bytes.TrimSpace(body)) == 0:
		// No document: only a calendar takes that.
	case isEnvelope(body):
		var env Envelope
		if err := unmarshal(defaultFile, body, &env); err != nil {
			return c, inputProblem(err)
		}
		if p := s.fromEnvelope(&c, env); p != nil {
			return c, p
		}
	default:
		file := q.Get("file")
		if file == "" {
			file = defaultFile
		}
		c.docs = []judge.Input{{File: file, Data: body}}
	}
	n := len(c.docs)
	if c.plan != nil {
		n++
	}
	if n > s.cfg.MaxDocuments {
		p := newProblem(http.StatusUnprocessableEntity, fmt.Sprintf("the request carries %d documents (the plan counted), more than this service's limit of %d", n, s.cfg.MaxDocuments))
		p.Category, p.Path, p.Expected = part3.ErrInvalidValue.Error(), ptr("/documents"), fmt.Sprintf("at most %d documents in one request", s.cfg.MaxDocuments)
		return c, p
	}
	return c, s.resolveContext(&c, q)
}

// resolveContext completes c's judgement context from the query: its
// as_of over the envelope context's, the date required, the kind set; and
// validates it.
func (s *server) resolveContext(c *call, q url.Values) *Problem {
	if v := q.Get("as_of"); v != "" {
		d, err := s.parseDay(v)
		if err != nil {
			return queryProblem("as_of", v, `a date, YYYY-MM-DD, or "today" (today's date in Scotland)`)
		}
		c.ctx.AsOf = d
	}
	if !c.ctx.AsOf.IsValid() {
		// The context's own error for a missing date: path /as_of, category missing.
		p := inputProblem(judgement.Context{}.Validate())
		p.Detail = `no as-of date: give ?as_of=DATE (YYYY-MM-DD, or "today") or an envelope whose context has as_of; every answer is made as of a stated date, and none is assumed`
		return p
	}
	if c.ctx.Kind == "" {
		c.ctx.Kind = judgement.Kind
	}
	if err := c.ctx.Validate(); err != nil {
		if c.contextFile != "" {
			err = part3.WithFile(err, c.contextFile)
		}
		return inputProblem(err)
	}
	return nil
}

// isEnvelope reports whether body is an envelope: a JSON object without a
// top-level "kind" member. Anything else is taken as one document, so that
// JSON that cannot be read gets the same error as the tool gives for a
// file.
func isEnvelope(body []byte) bool {
	_, err := part3.PeekKind(defaultFile, body)
	var ie *part3.InputError
	return errors.As(err, &ie) && errors.Is(err, part3.ErrWrongKind) && ie.Path == "/kind"
}

// fromEnvelope fills c from env.
func (s *server) fromEnvelope(c *call, env Envelope) *Problem {
	if len(env.Context) > 0 {
		c.contextFile = "context"
		if err := part3.Decode(c.contextFile, env.Context, &c.ctx); err != nil {
			return inputProblem(err)
		}
		if c.ctx.Kind != "" && c.ctx.Kind != judgement.Kind {
			return inputProblem(&part3.InputError{File: c.contextFile, Path: "/kind", Category: part3.ErrWrongKind,
				Err: fmt.Errorf("the context is of kind %q", c.ctx.Kind), Expected: fmt.Sprintf("%q, or no kind", judgement.Kind)})
		}
	}
	if len(env.Files) > 0 && len(env.Files) != len(env.Documents) {
		return inputProblem(&part3.InputError{File: defaultFile, Path: "/files", Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("%d names for %d documents", len(env.Files), len(env.Documents)), Expected: "one name per document, in order, or none"})
	}
	for i, d := range env.Documents {
		file := fmt.Sprintf("documents/%d", i)
		if len(env.Files) > 0 {
			file = env.Files[i]
		}
		c.docs = append(c.docs, judge.Input{File: file, Data: d})
	}
	if len(env.Plan) > 0 {
		file := env.PlanFile
		if file == "" {
			file = "plan"
		}
		c.plan = &judge.Input{File: file, Data: env.Plan}
	}
	c.overview = c.overview || env.Overview
	if c.council == "" {
		c.council = env.Council
	}
	return nil
}

// parseDay parses a date of the query: YYYY-MM-DD, or "today", today's
// date in Scotland, as the command-line tool's --as-of does.
func (s *server) parseDay(v string) (period.Date, error) {
	if v == "today" {
		return period.InScotland(s.cfg.Now()), nil
	}
	return period.ParseDate(v)
}

// queryProblem is the 400 problem of a query parameter that cannot be
// read.
func queryProblem(name, value, expected string) *Problem {
	p := newProblem(http.StatusBadRequest, fmt.Sprintf("query parameter %s=%q cannot be read", name, value))
	p.Category, p.Expected = part3.ErrInvalidValue.Error(), expected
	return p
}

func ptr(s string) *string { return &s }
