package judge

import (
	"fmt"
	"io"
	"slices"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// Diff is what changed between two versions of a document of one kind,
// both judged as of the same date under the same context: two versions of
// a plan, a plan and its revision, or two years' annual reports. A
// planning lead sees what a revision fixed; a reviewer sees what changed
// since last year. A Diff is not a judgement: it says what changed, not
// whether either version meets the law (each one's findings do that).
type Diff struct {
	// Build is the build of the engine that judged both.
	Build Build `json:"build"`
	// Law is the version of the law in force on the as-of date.
	Law service.Version `json:"law"`
	// Context is the judgement context both were judged with.
	Context judgement.Context `json:"context"`
	// Old and New name the two documents, as given.
	Old string `json:"old"`
	New string `json:"new"`
	// Kind is the kind of both.
	Kind string `json:"kind"`
	// Findings are the findings of the two, matched by rule and JSON path.
	Findings FindingChanges `json:"findings"`
	// Verdicts are, for plans, the criteria of Appendix A (6a and 6b
	// apart) whose verdict changed, in the appendix's order.
	Verdicts []VerdictChange `json:"verdicts"`
	// Services and Priorities are, for plans, those added and removed,
	// matched by ID.
	Services   ItemChanges `json:"services"`
	Priorities ItemChanges `json:"priorities"`
}

// FindingChanges sorts the findings of two versions by what became of
// them. A finding of the old version is matched with one of the new that
// has its rule and path (its message may differ: a date or a count in it
// can move); where a rule finds several things at one path, they are
// matched in order, and what is left over is resolved or introduced.
type FindingChanges struct {
	// Resolved are the old version's findings the new one no longer has.
	Resolved part3.Findings `json:"resolved"`
	// Introduced are the new version's findings the old one did not have.
	Introduced part3.Findings `json:"introduced"`
	// Unchanged are the new version's findings the old one had too.
	Unchanged part3.Findings `json:"unchanged"`
}

// VerdictChange is one criterion of Appendix A whose verdict changed.
type VerdictChange struct {
	// Label is the criterion's label, "1" to "15", "6a" or "6b".
	Label string `json:"label"`
	// Title is its short name.
	Title string `json:"title"`
	// Citation is "guidance appendix A criterion N".
	Citation part3.Citation `json:"citation"`
	// Old and New are the verdicts; the zero Verdict where a review has
	// none.
	Old plan.Verdict `json:"old"`
	New plan.Verdict `json:"new"`
}

// MarshalJSONTo writes the VerdictChange as JSON: its fields, and url,
// the address of the text its citation cites.
func (v VerdictChange) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain VerdictChange
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(v), v.Citation.URL()})
}

// ItemChanges are the items (services or priorities) added and removed
// between two versions, each list in the order of its document.
type ItemChanges struct {
	Added   []Item `json:"added"`
	Removed []Item `json:"removed"`
}

// Item is a service or priority of a plan: its ID and its name (a
// priority's title).
type Item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// HasChanges reports whether anything changed: a finding resolved or
// introduced, a verdict, a service or a priority.
func (d Diff) HasChanges() bool {
	return len(d.Findings.Resolved)+len(d.Findings.Introduced)+len(d.Verdicts)+
		len(d.Services.Added)+len(d.Services.Removed)+len(d.Priorities.Added)+len(d.Priorities.Removed) > 0
}

// ProblemError is a document that could not be read, found while
// comparing: bad input, as an error.
type ProblemError struct {
	Problem *Problem
}

// Error returns the problem's message, which names the file and path.
func (e *ProblemError) Error() string { return e.Problem.Message }

// Compare judges old and new as of ctx.AsOf under ctx, as [Judge] does,
// and returns what changed between them. Both must be of one kind, a kind
// Judge judges; for plans the Diff holds the Appendix A verdicts and the
// services and priorities too. It is an error if ctx is not valid, if
// either document cannot be read (a *ProblemError), or if they are of
// two kinds.
func Compare(old, new Input, ctx judgement.Context) (Diff, error) {
	ans, err := Judge(Request{Documents: []Input{old, new}, Context: ctx, Review: true})
	if err != nil {
		return Diff{}, err
	}
	a, b := ans.Results[0], ans.Results[1]
	for _, r := range []Result{a, b} {
		if r.Error != nil {
			return Diff{}, &ProblemError{r.Error}
		}
	}
	if a.Kind != b.Kind {
		return Diff{}, &part3.InputError{File: new.File, Path: "/kind", Category: part3.ErrWrongKind,
			Err:      fmt.Errorf("%s is a document of kind %q and %s of kind %q: only two versions of one kind can be compared", old.File, a.Kind, new.File, b.Kind),
			Expected: fmt.Sprintf("%q, the kind of %s", a.Kind, old.File)}
	}
	d := Diff{Build: ans.Build, Law: ans.Law, Context: ans.Context, Old: old.File, New: new.File, Kind: a.Kind,
		Findings: compareFindings(a.Findings, b.Findings), Verdicts: []VerdictChange{},
		Services: ItemChanges{Added: []Item{}, Removed: []Item{}}, Priorities: ItemChanges{Added: []Item{}, Removed: []Item{}}}
	if a.Kind != plan.Kind {
		return d, nil
	}
	for _, c := range plan.Criteria() {
		ov, _ := a.Review.Criterion(c.Label)
		nv, _ := b.Review.Criterion(c.Label)
		if ov.Verdict != nv.Verdict {
			d.Verdicts = append(d.Verdicts, VerdictChange{Label: c.Label, Title: c.Title, Citation: c.Citation, Old: ov.Verdict, New: nv.Verdict})
		}
	}
	// Both decoded once by Judge; decoding again for the items is cheap
	// beside judging, and keeps Results free of the documents.
	op, err := plan.Decode(old.File, old.Data)
	if err != nil {
		return Diff{}, part3.WithFile(err, old.File)
	}
	np, err := plan.Decode(new.File, new.Data)
	if err != nil {
		return Diff{}, part3.WithFile(err, new.File)
	}
	d.Services = compareItems(serviceItems(op), serviceItems(np))
	d.Priorities = compareItems(priorityItems(op), priorityItems(np))
	return d, nil
}

// findingKey is what matches a finding of one version with one of the
// other.
type findingKey struct{ rule, path string }

func compareFindings(old, new part3.Findings) FindingChanges {
	out := FindingChanges{Resolved: part3.Findings{}, Introduced: part3.Findings{}, Unchanged: part3.Findings{}}
	left := map[findingKey]int{}
	for _, f := range old {
		left[findingKey{f.Rule, f.Path}]++
	}
	matched := map[findingKey]int{}
	for _, f := range new {
		k := findingKey{f.Rule, f.Path}
		if left[k] > 0 {
			left[k]--
			matched[k]++
			out.Unchanged = append(out.Unchanged, f)
			continue
		}
		out.Introduced = append(out.Introduced, f)
	}
	// The old findings matched are the first of each key, in order.
	for _, f := range old {
		k := findingKey{f.Rule, f.Path}
		if matched[k] > 0 {
			matched[k]--
			continue
		}
		out.Resolved = append(out.Resolved, f)
	}
	return out
}

func serviceItems(p plan.Plan) []Item {
	out := make([]Item, 0, len(p.Services))
	for _, s := range p.Services {
		out = append(out, Item{ID: s.ID, Name: s.Name})
	}
	return out
}

func priorityItems(p plan.Plan) []Item {
	out := make([]Item, 0, len(p.Priorities))
	for _, pr := range p.Priorities {
		out = append(out, Item{ID: pr.ID, Name: pr.Title})
	}
	return out
}

func compareItems(old, new []Item) ItemChanges {
	out := ItemChanges{Added: []Item{}, Removed: []Item{}}
	has := func(items []Item, id string) bool {
		return slices.ContainsFunc(items, func(i Item) bool { return i.ID == id })
	}
	for _, i := range new {
		if !has(old, i.ID) {
			out.Added = append(out.Added, i)
		}
	}
	for _, i := range old {
		if !has(new, i.ID) {
			out.Removed = append(out.Removed, i)
		}
	}
	return out
}

// Table returns the diff as one table for a spreadsheet, with the
// columns change (resolved, introduced, unchanged, changed, added,
// removed), item (finding, criterion, service, priority), id (a finding's
// rule, a criterion's label, a service's or priority's ID), severity,
// citation, url, path, old, new and message (a finding's message, a
// criterion's title, a service's or priority's name): the findings
// resolved, introduced and unchanged, then the verdicts changed, then the
// services and priorities added and removed.
func (d Diff) Table() report.Table {
	t := report.Table{Name: "Changes", Header: []string{"change", "item", "id", "severity", "citation", "url", "path", "old", "new", "message"}}
	for _, g := range []struct {
		change string
		fs     part3.Findings
	}{{"resolved", d.Findings.Resolved}, {"introduced", d.Findings.Introduced}, {"unchanged", d.Findings.Unchanged}} {
		for _, f := range g.fs {
			t.Rows = append(t.Rows, []string{g.change, "finding", f.Rule, f.Severity.String(), f.Citation.String(), f.Citation.URL(), f.Path, "", "", f.Message})
		}
	}
	for _, v := range d.Verdicts {
		t.Rows = append(t.Rows, []string{"changed", "criterion", v.Label, "", v.Citation.String(), v.Citation.URL(), "", verdictText(v.Old), verdictText(v.New), v.Title})
	}
	for _, g := range []struct {
		item string
		ch   ItemChanges
	}{{"service", d.Services}, {"priority", d.Priorities}} {
		for _, i := range g.ch.Added {
			t.Rows = append(t.Rows, []string{"added", g.item, i.ID, "", "", "", "", "", "", i.Name})
		}
		for _, i := range g.ch.Removed {
			t.Rows = append(t.Rows, []string{"removed", g.item, i.ID, "", "", "", "", "", "", i.Name})
		}
	}
	return t
}

// WriteCSV writes [Diff.Table] as CSV (RFC 4180, a header row, CRLF line
// ends).
func (d Diff) WriteCSV(w io.Writer) error {
	return d.Table().WriteCSV(w)
}

// verdictText is a verdict's text form, "none" for the zero Verdict.
func verdictText(v plan.Verdict) string {
	if !v.IsValid() {
		return "none"
	}
	return v.String()
}
