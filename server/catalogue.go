package server

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/scenarios"
	"github.com/csplanning/part3/service"
)

// The answers that need no document: periods, councils, duties, rules and
// schemas. Their JSON is that of the command-line tool's --format json;
// cmd/part3's tests compare the two byte for byte.

func (s *server) handlePeriod(w http.ResponseWriter, r *http.Request) {
	v := r.PathValue("date")
	d, err := s.parseDay(v)
	if err != nil {
		p := newProblem(http.StatusBadRequest, fmt.Sprintf("%q is not a date: %v", v, err))
		p.Category, p.Expected = part3.ErrInvalidValue.Error(), `a date, YYYY-MM-DD, or "today"`
		writeProblem(w, r, p)
		return
	}
	answer, err := judge.PeriodsOf(d)
	if err != nil {
		p := newProblem(http.StatusUnprocessableEntity, err.Error())
		p.Category, p.Expected = part3.ErrInvalidValue.Error(), "a date on or after 2017-04-01, when the first three-year period began"
		writeProblem(w, r, p)
		return
	}
	encode(w, http.StatusOK, jsonType, answer)
}

func councilNames() []string {
	var names []string
	for _, c := range service.Councils() {
		names = append(names, c.Name())
	}
	return names
}

func (s *server) handleCouncils(w http.ResponseWriter, r *http.Request) {
	councils := service.Councils()
	rows := make([]judge.Council, len(councils))
	for i, c := range councils {
		rows[i] = judge.CouncilOf(c)
	}
	encode(w, http.StatusOK, jsonType, rows)
}

// handleCouncil answers as "part3 councils NAME" does: a list of one.
func (s *server) handleCouncil(w http.ResponseWriter, r *http.Request) {
	c, err := service.LookupCouncil(r.PathValue("name"))
	if err != nil {
		p := newProblem(http.StatusNotFound, err.Error())
		p.Known = councilNames()
		writeProblem(w, r, p)
		return
	}
	encode(w, http.StatusOK, jsonType, []judge.Council{judge.CouncilOf(c)})
}

// dutiesAnswer is the JSON of GET /v1/duties ("part3 duties").
type dutiesAnswer struct {
	Duties  []duty.Duty `json:"duties"`
	Sources []string    `json:"sources"`
}

func (s *server) handleDuties(w http.ResponseWriter, r *http.Request) {
	encode(w, http.StatusOK, jsonType, dutiesAnswer{Duties: duty.Catalogue(), Sources: duty.CatalogueSources()})
}

// handleDuty answers as "part3 duties ID" does: the catalogue's shape,
// with one duty.
func (s *server) handleDuty(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, ok := duty.Lookup(id)
	if !ok {
		p := newProblem(http.StatusNotFound, fmt.Sprintf("no duty or power %q in the catalogue", id))
		for _, d := range duty.Catalogue() {
			p.Known = append(p.Known, d.ID)
		}
		writeProblem(w, r, p)
		return
	}
	encode(w, http.StatusOK, jsonType, dutiesAnswer{Duties: []duty.Duty{d}, Sources: duty.CatalogueSources()})
}

// ruleBooks are every package's rules, as "part3 rules" lists them.
var ruleBooks = []func() []part3.Rule{service.Rules, consult.Rules, duty.Rules, plan.Rules, report.Rules}

// allRules returns every rule of the module, sorted by ID.
func allRules() []part3.Rule {
	out := []part3.Rule{}
	for _, book := range ruleBooks {
		out = append(out, book()...)
	}
	part3.SortRules(out)
	return out
}

func (s *server) handleRules(w http.ResponseWriter, r *http.Request) {
	encode(w, http.StatusOK, jsonType, allRules())
}

// schemaKind is a kind of document whose JSON Schema is served.
type schemaKind struct {
	name, words string
	schema      func() []byte
}

// schemaKinds returns every kind "part3 schema" knows, sorted by name:
// the kinds package judge knows, and the scenario files of package
// scenarios.
func schemaKinds() []schemaKind {
	var out []schemaKind
	for _, k := range judge.Kinds() {
		out = append(out, schemaKind{k.Name, k.Words, k.Schema})
	}
	out = append(out, schemaKind{scenarios.Kind, "file of legal scenarios", scenarios.Schema})
	slices.SortFunc(out, func(a, b schemaKind) int { return strings.Compare(a.name, b.name) })
	return out
}

func schemaKindNames() []string {
	var names []string
	for _, k := range schemaKinds() {
		names = append(names, k.name)
	}
	return names
}

// kindJSON is one kind of GET /v1/schemas.
type kindJSON struct {
	Name   string `json:"name"`
	Words  string `json:"words"`
	Schema string `json:"schema"`
}

func (s *server) handleSchemas(w http.ResponseWriter, r *http.Request) {
	var out []kindJSON
	for _, k := range schemaKinds() {
		out = append(out, kindJSON{Name: k.name, Words: k.words, Schema: "/v1/schemas/" + k.name})
	}
	encode(w, http.StatusOK, jsonType, out)
}

// handleSchema writes a kind's JSON Schema as "part3 schema KIND" prints
// it.
func (s *server) handleSchema(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("kind")
	i := slices.IndexFunc(schemaKinds(), func(k schemaKind) bool { return k.name == name })
	if i < 0 {
		p := newProblem(http.StatusNotFound, fmt.Sprintf("unknown document kind %q", name))
		p.Known = schemaKindNames()
		writeProblem(w, r, p)
		return
	}
	out := schemaKinds()[i].schema()
	if !strings.HasSuffix(string(out), "\n") {
		out = append(out, '\n')
	}
	writeBytes(w, http.StatusOK, "application/schema+json", out)
}

// versionAnswer is the JSON of GET /v1/version: the build, and the law
// the module applies by default on the day asked (as_of, or today in
// Scotland): a judgement context can vary it.
type versionAnswer struct {
	Build judge.Build     `json:"build"`
	Law   service.Version `json:"law"`
}

func (s *server) handleVersion(w http.ResponseWriter, r *http.Request) {
	on := period.InScotland(s.cfg.Now())
	if v := r.URL.Query().Get("as_of"); v != "" {
		d, err := s.parseDay(v)
		if err != nil {
			writeProblem(w, r, queryProblem("as_of", v, `a date, YYYY-MM-DD, or "today"`))
			return
		}
		on = d
	}
	encode(w, http.StatusOK, jsonType, versionAnswer{Build: s.cfg.Build(), Law: judgement.New(on).Version(on)})
}

// health is the JSON of /healthz and /readyz.
type health struct {
	Status string `json:"status"`
}

// handleHealthz reports that the process is alive.
func (s *server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	encode(w, http.StatusOK, jsonType, health{Status: "ok"})
}

// handleReadyz reports whether the server takes requests: 503 once it is
// draining, so that a load balancer sends no more.
func (s *server) handleReadyz(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		encode(w, http.StatusServiceUnavailable, jsonType, health{Status: "draining"})
		return
	}
	encode(w, http.StatusOK, jsonType, health{Status: "ok"})
}

func (s *server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	writeBytes(w, http.StatusOK, jsonType, openAPI)
}
