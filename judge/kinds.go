package judge

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// Kind describes one kind of document the package judges or knows.
type Kind struct {
	// Name is the value of the document's kind member, such as
	// "childrens-services-plan".
	Name string `json:"name"`
	// Words names a document of the kind for a reader: "children's
	// services plan".
	Words string `json:"words"`
	// Judged reports whether [Judge] judges documents of the kind; a
	// judgement context, for one, is what documents are judged with.
	Judged bool `json:"judged"`
	// Schema returns the kind's JSON Schema (draft 2020-12); the slice is
	// new on each call.
	Schema func() []byte `json:"-"`
}

// kind is a kind of document Judge judges.
type kind struct {
	Kind
	decode func(file string, data []byte) (any, error)
	judge  func(j run, doc any, res *Result) error
}

// scenariosKind is the kind of a file of legal scenarios, which package
// scenarios reads and runs; it is above this package, so it is named here
// only to say what reads it.
const scenariosKind = "scenarios"

var kinds = []kind{
	{Kind: Kind{Name: plan.Kind, Words: "children's services plan", Judged: true, Schema: plan.Schema},
		decode: func(file string, data []byte) (any, error) { return plan.Decode(file, data) },
		judge:  judgePlan},
	{Kind: Kind{Name: report.Kind, Words: "annual report", Judged: true, Schema: report.Schema},
		decode: func(file string, data []byte) (any, error) { return report.Decode(file, data) },
		judge:  judgeReport},
	{Kind: Kind{Name: consult.NoticeKind, Words: "notice of disagreement", Judged: true, Schema: consult.NoticeSchema},
		decode: func(file string, data []byte) (any, error) { return consult.DecodeNotice(file, data) },
		judge:  judgeNotice},
	{Kind: Kind{Name: duty.HistoryKind, Words: "planning history", Judged: true, Schema: duty.HistorySchema},
		decode: func(file string, data []byte) (any, error) { return duty.DecodeHistory(file, data) },
		judge:  judgeHistory},
	{Kind: Kind{Name: duty.QuestionKind, Words: "duty question", Judged: true, Schema: duty.QuestionSchema},
		decode: func(file string, data []byte) (any, error) { return duty.DecodeQuestion(file, data) },
		judge:  judgeQuestion},
}

// notJudged are the kinds the package knows but does not judge, with what
// to do with them instead.
var notJudged = []struct {
	Kind
	instead string
}{
	{Kind{Name: judgement.Kind, Words: "judgement context", Schema: judgement.Schema},
		"it is what documents are judged with: give it as the judgement context, not as a document"},
	{Kind{Name: scenariosKind, Words: "file of legal scenarios"},
		"package scenarios runs it"},
}

// Kinds returns every kind of document the package knows, sorted by name:
// those it judges, and the judgement context. (The kind "scenarios" is
// package scenarios'.)
func Kinds() []Kind {
	var out []Kind
	for _, k := range kinds {
		out = append(out, k.Kind)
	}
	for _, k := range notJudged {
		if k.Schema != nil {
			out = append(out, k.Kind)
		}
	}
	slices.SortFunc(out, func(a, b Kind) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// LookupKind returns the kind named name, if the package knows it.
func LookupKind(name string) (Kind, bool) {
	for _, k := range Kinds() {
		if k.Name == name {
			return k, true
		}
	}
	return Kind{}, false
}

// judgedNames lists the kinds Judge judges, sorted.
func judgedNames() []string {
	var names []string
	for _, k := range kinds {
		names = append(names, k.Name)
	}
	slices.Sort(names)
	return names
}

// lookup returns the kind Judge judges named name, or an ErrWrongKind
// *part3.InputError naming the known kinds.
func lookup(file, name string) (*kind, error) {
	for i := range kinds {
		if kinds[i].Name == name {
			return &kinds[i], nil
		}
	}
	known := judgedNames()
	for _, k := range notJudged {
		known = append(known, k.Name)
	}
	err := fmt.Errorf("unknown document kind %q%s", name, suggest.Phrase(name, known))
	for _, k := range notJudged {
		if k.Name == name {
			err = fmt.Errorf("%q is a %s, which is not judged as a document: %s", name, k.Words, k.instead)
		}
	}
	return nil, &part3.InputError{File: file, Path: "/kind", Category: part3.ErrWrongKind,
		Err: err, Expected: "one of " + strings.Join(judgedNames(), ", ")}
}

// guidanceSkipped lists the rules of books that cite the statutory
// guidance, skipped for a document on a 2017-2020 plan.
func guidanceSkipped(books ...func() []part3.Rule) []Skipped {
	var out []Skipped
	for _, book := range books {
		for _, r := range book() {
			if r.Citation.IsGuidance() {
				out = append(out, Skipped{Rule: r.ID, Reason: "the 2nd edition of the statutory guidance applies to plans from 1 April 2020 (guidance para 1), and the 1st edition is not modelled: its checks are not available for a 2017-2020 plan or its reports"})
			}
		}
	}
	return out
}

func judgePlan(j run, doc any, res *Result) error {
	p := doc.(plan.Plan)
	fs, err := p.Judge(j.ctx)
	if err != nil {
		return err
	}
	res.Findings = fs
	if p.Period.IsValid() && !p.Period.GuidanceApplies() {
		res.Skipped = append(res.Skipped, guidanceSkipped(plan.Rules, consult.Rules)...)
	}
	if j.req.Review {
		rv, err := p.Review(j.ctx)
		if err != nil {
			return err
		}
		res.Review = &rv
	}
	return nil
}

func judgeReport(j run, doc any, res *Result) error {
	r := doc.(report.Report)
	var out report.Result
	var err error
	if j.plan != nil {
		out, err = r.JudgeAgainstPlan(*j.plan, j.ctx)
		res.CheckedAgainstPlan = true
	} else {
		out, err = r.Judge(j.ctx)
	}
	if err != nil {
		return err
	}
	res.Findings = out.Findings
	for _, id := range out.Skipped {
		why := "it needs the plan the report is on: judge the report against its plan"
		if j.plan != nil {
			why = "the plan given is not this report's (another period or other council areas), so the report's content cannot be compared with it"
		}
		res.Skipped = append(res.Skipped, Skipped{Rule: id, Reason: why})
	}
	if !out.GuidanceApplies {
		res.Skipped = append(res.Skipped, guidanceSkipped(report.Rules, guidanceRules(duty.Rules))...)
	}
	return nil
}

// guidanceRules returns a rule book of only the rules of book that cite
// the guidance and that package report applies: the end-of-June target
// and the partnership's own limit (guidance paras 125 and 129).
func guidanceRules(book func() []part3.Rule) func() []part3.Rule {
	return func() []part3.Rule {
		var out []part3.Rule
		for _, r := range book() {
			if r.ID == duty.RuleReportByEndOfJuneID || r.ID == duty.RuleReportWithinPolicyID {
				out = append(out, r)
			}
		}
		return out
	}
}

func judgeNotice(j run, doc any, res *Result) error {
	n := doc.(consult.NoticeOfDisagreement)
	var against consult.PlanServices
	if j.plan != nil {
		against = j.plan.PlanServices()
		res.CheckedAgainstPlan = true
	}
	out, err := n.JudgeAgainstPlan(against, j.ctx)
	if err != nil {
		return err
	}
	res.Findings = out.Findings
	matters := out.Matters
	if matters == nil {
		matters = []consult.MatterResult{}
	}
	res.Notice = &Notice{LegalEffect: out.HasLegalEffect(), Matters: matters, CheckedAgainstPlan: out.CheckedAgainstPlan}
	if j.plan == nil {
		for _, r := range consult.Rules() {
			switch r.ID {
			case consult.RuleNoticeServiceInPlanID, consult.RuleNoticePlanVersionID:
				res.Skipped = append(res.Skipped, Skipped{Rule: r.ID, Reason: "it needs the plan the notice disagrees with: judge the notice against its plan"})
			}
		}
	}
	return nil
}

func judgeHistory(j run, doc any, res *Result) error {
	h := doc.(duty.History)
	cal, err := duty.NewCalendar(h.Council, h, j.ctx)
	if err != nil {
		return err
	}
	res.Findings = cal.Findings()
	res.Calendar = &cal
	return nil
}

func judgeQuestion(j run, doc any, res *Result) error {
	q := doc.(duty.Question)
	d, err := q.Decide(j.ctx)
	if err != nil {
		return err
	}
	res.Decision = &d
	return nil
}
