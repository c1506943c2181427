package server

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// The page at "/" is for a planning lead: a form (an ordinary
// multipart/form-data post, so it works with JavaScript off) to choose or
// drop documents and set the as-of date, and the answer in words: the
// findings grouped by severity with their citations and JSON paths, a
// notice's legal effect, a plan's Appendix A review, which reporting
// periods the reports cover, for a planning history its obligations with
// their timeline (inline, as package duty draws it) and a link that
// downloads them as an iCalendar file, and, for several plans, the
// national overview as package report renders it. Like the API, it calls package
// judge and decides nothing itself.

//go:embed page.html.tmpl
var pageSource string

// pageTemplates holds the parsed page.
type pageTemplates struct {
	page *template.Template
}

func newPageTemplates() *pageTemplates {
	t := template.Must(template.New("page").Funcs(template.FuncMap{
		"verdictWords": verdictWords,
		// listAnd names the bodies in breach of a statutory finding.
		"listAnd": words.And,
	}).Parse(pageSource))
	return &pageTemplates{page: t}
}

// pageData is what the page shows.
type pageData struct {
	AsOf     string // the date field's value
	Review   bool
	Overview bool
	Limits   string
	// Problems are the request's errors, shown in a summary at the top.
	Problems []pageProblem
	// Answered reports whether there are results to show.
	Answered    bool
	Results     []pageResult
	Coverage    []coverageRow
	PlanName    string
	OverviewDoc string // the overview's own page, for the frame's srcdoc
	// OverviewHeight is the frame's height in em, from the rows the
	// overview has, so that it shows whole without a script to size it.
	OverviewHeight int
	JudgedAsOf     string
	Law            string
	Build          string
}

// pageProblem is one error to show: a message and, for bad input, where.
type pageProblem struct {
	File, Where, Message, Expected string
}

// pageResult is one document's answer in words.
type pageResult struct {
	ID, File, KindWords, Counts string
	Problem                     *pageProblem
	Groups                      []findingGroup
	LegalEffect                 string
	Decision                    *duty.Decision
	DecisionWords               string
	Calendar                    *duty.Calendar
	// Timeline is the calendar's timeline picture (duty's WriteSVG), its
	// IDs made the result's own; ICS is its iCalendar file as a data:
	// URL, to download as ICSName.
	Timeline  template.HTML
	ICS       template.URL
	ICSName   string
	Review    *plan.Review
	ReviewMet int
	Skipped   []string
	Against   bool
}

// findingGroup is the findings of one severity.
type findingGroup struct {
	Severity, Title, About string
	Findings               []part3.Finding
}

// coverageRow is one reporting period of a plan and its reports.
type coverageRow struct {
	Period, Status, Detail string
}

var severityAbout = map[part3.Severity][2]string{
	part3.Statutory: {"Statutory", "The Act says must: a finding is a breach of the Act by a named body."},
	part3.Guidance:  {"Guidance", "The statutory guidance says should: the bodies must have regard to it (s.15)."},
	part3.Practice:  {"Practice", "Review criteria (guidance appendices A and B), good practice, and the partnership's own limits or the module's defaults where the law sets no number."},
	part3.Condition: {"Condition", "A condition the document does not meet: for a notice, s.10(8), so it has no legal effect (or none for the matter named); for an annual report, publication after its year ends (s.13(1)), so it is not the report the Act requires, which stays owed. No breach by anyone."},
}

// handlePage shows the empty form, its date set to today in Scotland,
// which the reader can see and change.
func (s *server) handlePage(w http.ResponseWriter, r *http.Request) {
	s.renderPage(w, http.StatusOK, s.basePage(period.InScotland(s.cfg.Now()).String()))
}

func (s *server) basePage(asOf string) pageData {
	return pageData{AsOf: asOf, Limits: fmt.Sprintf("Up to %d documents, %s in all, each at most %s.",
		s.cfg.MaxDocuments, sizeWords(s.cfg.MaxBodyBytes), sizeWords(part3.MaxDocumentSize))}
}

func sizeWords(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// handlePagePost judges the documents the form sends and shows the
// answer.
func (s *server) handlePagePost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	data := s.basePage(r.URL.Query().Get("as_of"))
	if err := r.ParseMultipartForm(s.cfg.MaxBodyBytes); err != nil {
		status, msg := http.StatusBadRequest, "The form could not be read: "+err.Error()
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("The files are larger than this service's limit of %s in all.", sizeWords(s.cfg.MaxBodyBytes))
		}
		data.Problems = []pageProblem{{Message: msg}}
		s.renderPage(w, status, data)
		return
	}
	defer r.MultipartForm.RemoveAll()
	data.AsOf = strings.TrimSpace(r.FormValue("as_of"))
	data.Review = r.FormValue("review") != ""
	data.Overview = r.FormValue("overview") != ""

	docs, err := formFiles(r.MultipartForm.File["documents"])
	if err != nil {
		data.Problems = append(data.Problems, pageProblem{Message: err.Error()})
	}
	plans, err := formFiles(r.MultipartForm.File["plan"])
	if err != nil {
		data.Problems = append(data.Problems, pageProblem{Message: err.Error()})
	}
	if len(docs) == 0 && err == nil {
		data.Problems = append(data.Problems, pageProblem{Where: "documents", Message: "Choose at least one document: a children's services plan, an annual report or a notice of disagreement (a JSON file)."})
	}
	if len(plans) > 1 {
		data.Problems = append(data.Problems, pageProblem{Where: "plan", Message: "Choose one plan to judge reports and notices against."})
	}
	if n := len(docs) + len(plans); n > s.cfg.MaxDocuments {
		data.Problems = append(data.Problems, pageProblem{Where: "documents", Message: fmt.Sprintf("Choose at most %d documents: %d were sent.", s.cfg.MaxDocuments, n)})
	}
	var asOf period.Date
	switch {
	case data.AsOf == "":
		data.Problems = append(data.Problems, pageProblem{Where: "as_of", Message: "Enter the as-of date: every judgement is made as of a stated date, and none is assumed."})
	default:
		if asOf, err = s.parseDay(data.AsOf); err != nil {
			data.Problems = append(data.Problems, pageProblem{Where: "as_of", Message: fmt.Sprintf("Enter the as-of date as a date, such as 2026-11-26: %v.", err)})
		}
	}
	if len(data.Problems) > 0 {
		s.renderPage(w, http.StatusUnprocessableEntity, data)
		return
	}
	req := judge.Request{Documents: docs, Context: judgement.New(asOf), Review: data.Review, Overview: data.Overview}
	if len(plans) == 1 {
		req.Plan = &plans[0]
		data.PlanName = plans[0].File
	}
	ans, err := judge.Judge(req)
	if err != nil {
		data.Problems = []pageProblem{problemWords(judge.NewProblem(err))}
		s.renderPage(w, statusOf(err), data)
		return
	}
	ans.Build = s.cfg.Build()
	s.fill(&data, ans, req.Plan != nil)
	status := http.StatusOK
	if p := allBad(ans); p != nil {
		status = p.Status
	}
	s.renderPage(w, status, data)
}

// formFiles reads the files of one field of the form, leaving out the
// empty part a browser sends when no file was chosen.
func formFiles(fhs []*multipart.FileHeader) ([]judge.Input, error) {
	var out []judge.Input
	for _, fh := range fhs {
		if fh.Filename == "" && fh.Size == 0 {
			continue
		}
		f, err := fh.Open()
		if err != nil {
			return nil, fmt.Errorf("%s could not be read: %v", fh.Filename, err)
		}
		data, err := readAllLimited(f, part3.MaxDocumentSize)
		f.Close()
		if err != nil {
			data = nil
			if !errors.Is(err, part3.ErrTooLarge) {
				return nil, fmt.Errorf("%s could not be read: %v", fh.Filename, err)
			}
			// Too large: let the entry point say so, with the limit.
			data = make([]byte, part3.MaxDocumentSize+1)
		}
		out = append(out, judge.Input{File: fh.Filename, Data: data})
	}
	return out, nil
}

// fill puts ans into data, in words.
func (s *server) fill(data *pageData, ans judge.Answer, against bool) {
	data.Answered = true
	data.JudgedAsOf = ans.Context.AsOf.String()
	data.Law = strings.TrimPrefix(ans.Law.String(), "the law on "+ans.Law.On.String()+": ")
	data.Build = ans.Build.String()
	for i, res := range ans.Results {
		pr := pageResult{ID: "doc-" + strconv.Itoa(i+1), File: res.File, Against: res.CheckedAgainstPlan}
		if res.Error != nil {
			p := problemWords(res.Error)
			pr.Problem = &p
			pr.KindWords = "could not be read"
			data.Results = append(data.Results, pr)
			continue
		}
		pr.KindWords = res.Kind
		if k, ok := judge.LookupKind(res.Kind); ok {
			pr.KindWords = k.Words
		}
		pr.Counts = countWords(res.Findings)
		for _, sev := range part3.Severities() {
			if fs := res.Findings.WithSeverity(sev); len(fs) > 0 {
				about := severityAbout[sev]
				pr.Groups = append(pr.Groups, findingGroup{Severity: sev.String(), Title: about[0], About: about[1], Findings: fs})
			}
		}
		if res.Notice != nil {
			pr.LegalEffect = legalEffectWords(*res.Notice, res.Findings)
		}
		if res.Decision != nil {
			pr.Decision = res.Decision
			pr.DecisionWords = outcomeWords(*res.Decision)
		}
		pr.Calendar = res.Calendar
		if res.Calendar != nil {
			pr.Timeline, pr.ICS, pr.ICSName = timeline(*res.Calendar, pr.ID)
		}
		pr.Review = res.Review
		if res.Review != nil {
			pr.ReviewMet = res.Review.Count(plan.Met)
		}
		pr.Skipped = skippedWords(res)
		data.Results = append(data.Results, pr)
	}
	if c := ans.Coverage; c != nil {
		var reports []string
		for _, res := range ans.Results {
			if res.Error == nil && res.Kind == report.Kind {
				reports = append(reports, res.File)
			}
		}
		names := func(idx []int) string {
			var out []string
			for _, k := range idx {
				out = append(out, reports[k])
			}
			return strings.Join(out, ", ")
		}
		for _, pc := range c.Periods {
			row := coverageRow{Period: pc.Period.String(), Status: pc.Status.String()}
			switch pc.Status {
			case report.Covered, report.Duplicated:
				row.Detail = "by " + names(pc.Reports)
			case report.Missing:
				row.Detail = fmt.Sprintf("ended on %s, with no published report among those given", pc.Period.End())
			case report.Open:
				row.Detail = fmt.Sprintf("ends on %s", pc.Period.End())
			}
			if len(pc.Drafts) > 0 {
				row.Detail += fmt.Sprintf("; not published by %s: %s", c.AsOf, names(pc.Drafts))
			}
			data.Coverage = append(data.Coverage, row)
		}
	}
	if ans.Overview != nil {
		var b bytes.Buffer
		if err := ans.Overview.WriteHTML(&b); err == nil {
			data.OverviewDoc = b.String()
			data.OverviewHeight = 64 + (28*len(ans.Overview.Partnerships)+16*len(ans.Overview.Statutory))/10
		}
	}
}

// timeline returns calendar c's timeline, to show inline in the page, and
// its iCalendar file as a data: URL with a name to download it as: the
// bytes part3 calendar --format svg and --format ics write. The
// timeline's IDs (its title and description, which name it, and its fill
// patterns) are prefixed with id, the result's, so that two calendars on
// one page do not share them.
func timeline(c duty.Calendar, id string) (template.HTML, template.URL, string) {
	var svg, ics bytes.Buffer
	if c.WriteSVG(&svg) != nil || c.WriteICS(&ics) != nil {
		return "", "", ""
	}
	var pairs []string
	for _, name := range []string{"timeline-title", "timeline-desc", "hatch", "dots"} {
		pairs = append(pairs, `id="`+name+`"`, `id="`+id+"-"+name+`"`, "url(#"+name+")", "url(#"+id+"-"+name+")")
	}
	pairs = append(pairs, `aria-labelledby="timeline-title timeline-desc"`, `aria-labelledby="`+id+`-timeline-title `+id+`-timeline-desc"`)
	picture := strings.NewReplacer(pairs...).Replace(svg.String())
	href := "data:text/calendar;charset=utf-8;base64," + base64.StdEncoding.EncodeToString(ics.Bytes())
	return template.HTML(picture), template.URL(href), fileSlug(c.Council.Name()) + "-part3-obligations-" + c.AsOf.String() + ".ics"
}

// fileSlug returns name in lower case, each run of characters other than
// ASCII letters and digits a hyphen: a file name that travels.
func fileSlug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
			continue
		}
		hyphen = true
	}
	return b.String()
}

// problemWords says where bad input is, for a reader.
func problemWords(p *judge.Problem) pageProblem {
	out := pageProblem{File: p.File, Message: p.Message, Expected: p.Expected}
	var where []string
	if p.Path != "" {
		where = append(where, "at "+p.Path)
	}
	if p.Line > 0 {
		where = append(where, fmt.Sprintf("line %d, column %d", p.Line, p.Column))
	}
	out.Where = strings.Join(where, ", ")
	return out
}

func countWords(fs part3.Findings) string {
	var parts []string
	for _, sev := range part3.Severities() {
		if n := fs.Count(sev); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, sev))
		}
	}
	if len(parts) == 0 {
		return "no findings"
	}
	return strings.Join(parts, ", ")
}

// legalEffectWords says whether a notice of disagreement has legal effect
// under s.10(8), and for which matters.
func legalEffectWords(n judge.Notice, fs part3.Findings) string {
	var yes, no []string
	for _, m := range n.Matters {
		if m.Effective {
			yes = append(yes, strconv.Itoa(m.Index+1))
		} else {
			no = append(no, strconv.Itoa(m.Index+1))
		}
	}
	if !n.LegalEffect || len(yes) == 0 {
		why := "none of its matters has legal effect"
		if fs.Count(part3.Condition) > 0 {
			why = "the notice does not meet s.10(8) (see the conditions below, which are no breach by anyone)"
		}
		return "None: " + why + ", so the exception of s.12(3)(b) to the duty to provide services in accordance with the plan cannot rest on it."
	}
	s := "Yes, for " + matters(yes) + ": the exception of s.12(3)(b) can rest on it"
	if len(no) > 0 {
		s += "; not for " + matters(no) + " (see the conditions below)"
	}
	return s + "."
}

func matters(ns []string) string {
	if len(ns) == 1 {
		return "matter " + ns[0]
	}
	return "matters " + strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

func outcomeWords(d duty.Decision) string {
	switch d.Outcome {
	case duty.Applies:
		return "Applies: the duty applies (for a power: it is available)."
	case duty.Excepted:
		return "Excepted: the duty would apply, but an exception holds."
	case duty.NotArising:
		return "Not arising: the duty does not arise here."
	}
	return d.Headline()
}

// skippedWords collapses a result's skipped rules to one line per reason.
func skippedWords(res judge.Result) []string {
	var reasons []string
	count := map[string]int{}
	for _, s := range res.Skipped {
		if count[s.Reason] == 0 {
			reasons = append(reasons, s.Reason)
		}
		count[s.Reason]++
	}
	var out []string
	for _, why := range reasons {
		n := "1 rule"
		if count[why] > 1 {
			n = fmt.Sprintf("%d rules", count[why])
		}
		out = append(out, n+" not checked: "+why)
	}
	return out
}

func verdictWords(v plan.Verdict) string {
	switch v {
	case plan.Met:
		return "met"
	case plan.PartlyMet:
		return "partly met"
	case plan.NotMet:
		return "not met"
	case plan.CannotTell:
		return "cannot tell"
	}
	return v.String()
}

// pageCSP is the page's Content-Security-Policy: no script at all, styles
// only inline (the page's own and the overview's), forms posted only here.
const pageCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func (s *server) renderPage(w http.ResponseWriter, status int, data pageData) {
	var b bytes.Buffer
	if err := s.page.page.Execute(&b, data); err != nil {
		http.Error(w, "internal error: the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Security-Policy", pageCSP)
	w.Header().Set("Referrer-Policy", "no-referrer")
	writeBytes(w, status, "text/html; charset=utf-8", b.Bytes())
}
