package scenarios

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// ReadFunc reads the file a scenario names by path, such as os.ReadFile.
type ReadFunc func(name string) ([]byte, error)

// Decode decodes a scenario file strictly with part3.Decode and checks
// everything a case needs before it can be run: the kind, a title, at least
// one case, each case's name (unique), citation and exactly one question
// with its required values and an answer to compare, rule IDs that exist,
// and the law each case applies. Documents and histories given inline are
// decoded as their own kinds; those given by path are read with read,
// relative to the directory of file (a nil read refuses them).
//
// Every failure is an *part3.InputError naming the file and the JSON path
// (and, for an inline document, the line and column in the scenario file);
// a member a question or a notice once had is refused with an error saying
// what replaced it.
// A case that decodes is one that can be answered: nothing is left to pass
// by default.
func Decode(file string, data []byte, read ReadFunc) (File, error) {
	var f File
	f.name = file
	err := part3.DecodeAndCheck(file, data, &f, func(l *part3.InputErrors) {
		f.name = file
		f.prepare(l, data, &documents{read: read})
	})
	if err != nil {
		return File{}, duty.ExplainRetired(err)
	}
	return f, nil
}

func missing(path, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
}

func invalid(path string, err error, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err, Expected: expected}
}

// prepare checks f after decoding and resolves what its cases refer to,
// adding to l the problems it finds: the first of each case.
func (f *File) prepare(l *part3.InputErrors, data []byte, read *documents) {
	if f.Kind != Kind {
		// The other checks are a scenario file's: another kind of
		// document would only fail them.
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("kind %q%s", f.Kind, suggest.Phrase(f.Kind, []string{Kind})), Expected: fmt.Sprintf("%q", Kind)})
		return
	}
	if strings.TrimSpace(f.Title) == "" {
		l.Add(missing("/title", "a title saying what the file's cases are about"))
	}
	if len(f.Cases) == 0 {
		l.Add(missing("/cases", "at least one case"))
	}
	fileCtx, err := resolveContext(f.Context, "/context")
	if err != nil {
		l.Add(err)
		return
	}
	names := make(map[string]int, len(f.Cases))
	for i := range f.Cases {
		l.Add(f.prepareCase(i, names, fileCtx, data, read))
	}
}

// prepareCase checks case i and resolves what it refers to; names are the
// names of the cases before it.
func (f *File) prepareCase(i int, names map[string]int, fileCtx appliedContext, data []byte, read *documents) error {
	c := &f.Cases[i]
	base := part3.Pointer("cases", i)
	name := strings.Join(strings.Fields(c.Name), " ")
	switch {
	case name == "":
		return missing(base+"/name", "a name saying what the case shows")
	case !c.Citation.IsValid():
		return missing(base+"/citation", `the provision the answer comes from, such as "s.12(3)(b)" or "guidance para 101"`)
	case c.KnownFailure != "" && strings.TrimSpace(c.KnownFailure) == "":
		return missing(base+"/known_failure", "why the engine is known to give another answer, and where that is tracked")
	}
	if j, dup := names[strings.ToLower(name)]; dup {
		return &part3.InputError{Path: base + "/name", Category: part3.ErrDuplicateID,
			Err: fmt.Errorf("case %q is also the name of case %d", c.Name, j), Expected: "a name unique in the file"}
	}
	names[strings.ToLower(name)] = i
	c.ctx = fileCtx
	if c.Context != nil {
		var err error
		if c.ctx, err = resolveContext(merge(f.Context, c.Context), base+"/context"); err != nil {
			return err
		}
	}
	return c.prepare(base, f.name, data, read)
}

// questions are the members of a case that hold a question.
const questions = `exactly one of "period", "child", "classification", "planners", "duty", "decision", "document" or "calendar"`

func (c *Case) prepare(base, file string, data []byte, read *documents) error {
	n := 0
	for _, set := range []bool{c.Period != nil, c.Child != nil, c.Classification != nil, c.Planners != nil,
		c.Duty != nil, c.Decision != nil, c.Document != nil, c.Calendar != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return &part3.InputError{Path: base, Category: part3.ErrMissing, Err: fmt.Errorf("%d questions", n), Expected: questions}
	}
	if c.Context != nil && (c.Period != nil || c.Child != nil || c.Duty != nil) {
		return invalid(base+"/context", errors.New("the judgement context has no bearing on this question"),
			"no context: periods, ages and the catalogue of duties do not depend on orders, directions, amendments or facts")
	}
	switch {
	case c.Period != nil:
		return c.Period.prepare(base + "/period")
	case c.Child != nil:
		return c.Child.prepare(base + "/child")
	case c.Classification != nil:
		return c.Classification.prepare(base + "/classification")
	case c.Planners != nil:
		return c.Planners.prepare(base + "/planners")
	case c.Duty != nil:
		return c.Duty.prepare(base + "/duty")
	case c.Decision != nil:
		return c.Decision.prepare(base+"/decision", c.ctx)
	case c.Document != nil:
		return c.Document.prepare(base+"/document", file, data, read, c.ctx)
	default:
		return c.Calendar.prepare(base+"/calendar", file, data, read, c.ctx)
	}
}

// renamedBeforeCommencement is the former name of ErrorBeforeFirstPeriod,
// refused with a message naming its replacement.
const renamedBeforeCommencement = "before-commencement"

func (q *PeriodQuestion) prepare(base string) error {
	if !q.Date.IsValid() {
		return missing(base+"/date", "the date asked about, such as \"2026-04-01\"")
	}
	e := q.Expect
	some := !e.PlanPeriod.IsZero() || !e.ReportingPeriod.IsZero() || e.PrepareBy.IsValid() || e.GuidanceApplies != nil || e.ReportTarget.IsValid()
	switch {
	case e.Error == renamedBeforeCommencement:
		return invalid(base+"/expect/error", fmt.Errorf("error %q", e.Error), fmt.Sprintf(
			"%q, which replaced %q: 1 April 2017 is when the first three-year period began, not when Part 3 came into force (7 October 2016)", ErrorBeforeFirstPeriod, renamedBeforeCommencement))
	case e.Error != "" && e.Error != ErrorBeforeFirstPeriod && e.Error != ErrorAfterLastPeriod:
		return invalid(base+"/expect/error", fmt.Errorf("error %q", e.Error), fmt.Sprintf("%q or %q", ErrorBeforeFirstPeriod, ErrorAfterLastPeriod))
	case e.Error != "" && some:
		return invalid(base+"/expect", errors.New("an error and periods are both expected"), "either the error or the periods, not both")
	case e.Error == "" && !some:
		return missing(base+"/expect", `at least one of "plan_period", "reporting_period", "prepare_by", "guidance_applies", "report_target" or "error"`)
	}
	return nil
}

func (q *ChildQuestion) prepare(base string) error {
	switch {
	case !q.DateOfBirth.IsValid():
		return missing(base+"/date_of_birth", "the person's date of birth")
	case !q.On.IsValid():
		return missing(base+"/on", "the date asked about")
	case q.Expect.Child == nil:
		return missing(base+"/expect/child", "true or false: whether the person is a child on the date")
	}
	return nil
}

func (q *ClassificationQuestion) prepare(base string) error {
	s := q.Service
	switch {
	case !q.On.IsValid():
		return missing(base+"/on", "the date asked about: it decides which orders are in force")
	case strings.TrimSpace(s.Name) == "":
		return missing(base+"/service/name", "the service's name")
	case s.Provider.IsZero():
		return missing(base+"/service/provider", `who provides the service, such as "local-authority" or "other-organisation"`)
	case !s.Kind.IsZero():
		return invalid(base+"/service/kind", errors.New("the service declares its kind"), `no kind on the service: the kind is the question, and its answer goes in "expect"`)
	case q.Expect.Kind.IsZero():
		return missing(base+"/expect/kind", `"childrens-service", "related-service" or "outside-part3"`)
	}
	for i, c := range q.Expect.Because {
		if !c.IsValid() {
			return missing(part3.PointerJoin(base, "expect", "because", i), "a citation")
		}
	}
	// Its commissioning body and joint providers, as a plan's are checked.
	if !s.CommissionedBy.IsZero() || len(s.JointProviders) > 0 {
		s.ID = "service" // the question needs no ID
		if err := s.Validate(); err != nil {
			return part3.WithPath(err, base+"/service")
		}
	}
	return nil
}

var bodyRoles = []string{"local-authority", "relevant-health-board", "relevant-integration-joint-board"}

func (q *PlannersQuestion) prepare(base string) error {
	switch {
	case q.Council.IsZero():
		return missing(base+"/council", "the council area, by name or GSS code")
	case !q.On.IsValid():
		return missing(base+"/on", "the date asked about")
	case len(q.Expect.Bodies) == 0:
		return missing(base+"/expect/bodies", "every joint planner, each with its role")
	}
	seen := map[string]bool{}
	for i := range q.Expect.Bodies {
		b := &q.Expect.Bodies[i]
		path := part3.PointerJoin(base, "expect", "bodies", i)
		if !containsString(bodyRoles, b.Role) {
			return invalid(path+"/role", fmt.Errorf("role %q", b.Role), `"local-authority", "relevant-health-board" or "relevant-integration-joint-board"`)
		}
		if seen[b.Role] {
			return &part3.InputError{Path: path + "/role", Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("role %q is given twice", b.Role), Expected: "each role once"}
		}
		seen[b.Role] = true
		if b.Name == "" {
			continue
		}
		code, err := bodyCode(b.Role, b.Name)
		if err != nil {
			return invalid(path+"/name", err, "a name or GSS code the module knows for a body of that role")
		}
		b.code = code
	}
	return nil
}

// bodyCode looks name up as a body of the role and returns its GSS code.
func bodyCode(role, name string) (string, error) {
	switch role {
	case "local-authority":
		c, err := service.LookupCouncil(name)
		return c.Code(), err
	case "relevant-health-board":
		h, err := service.LookupHealthBoard(name)
		return h.Code(), err
	default:
		j, err := service.LookupIntegrationJointBoard(name)
		return j.Code(), err
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (q *DutyQuestion) prepare(base string) error {
	if q.ID == "" {
		return missing(base+"/id", `the catalogue ID of the duty or power, such as "s11-revise-plan"`)
	}
	if _, ok := duty.Lookup(q.ID); !ok {
		return &part3.InputError{Path: base + "/id", Category: part3.ErrDanglingReference,
			Err: fmt.Errorf("no duty %q in the catalogue%s", q.ID, suggest.Phrase(q.ID, dutyIDs())), Expected: "the ID of a duty or power in the catalogue"}
	}
	e := q.Expect
	if e.Modality == 0 && len(e.Bearers) == 0 && e.Exceptions == nil && e.S16Directions == nil && e.S17DefaultPowers == nil {
		return missing(base+"/expect", `at least one of "modality", "bearers", "exceptions", "s16_directions" or "s17_default_powers"`)
	}
	if e.Exceptions != nil {
		for i, c := range *e.Exceptions {
			if !c.IsValid() {
				return missing(part3.PointerJoin(base, "expect", "exceptions", i), "a citation")
			}
		}
	}
	return nil
}

func (q *DecisionQuestion) prepare(base string, ctx appliedContext) (err error) {
	defer func() {
		if _, e := ctx.asOf(q.on(), base, "the question"); err == nil && e != nil {
			err = missing(strings.TrimSuffix(base, "/decision")+"/context/as_of", "the day the question is decided on: the question's own date (implementation, assistance and consultee request questions may have one), or the context's as_of")
		}
	}()
	dq := q.question()
	if err := dq.Validate(); err != nil {
		var ie *part3.InputError
		if errors.As(err, &ie) {
			cp := *ie
			cp.Path = base + ie.Path
			if ie.Path == "" && errors.Is(err, part3.ErrMissing) {
				cp.Expected = `exactly one of "implementation", "assistance", "consultee_request" or "default_powers", and "expect"`
			}
			return &cp
		}
		return invalid(base, err, "a question package duty can decide")
	}
	e := q.Expect
	switch {
	case e.Applies == nil:
		return missing(base+"/expect/applies", "true or false: whether the duty applies (for a power: whether it is available)")
	case !*e.Applies && !e.DecidedBy.IsValid():
		return missing(base+"/expect/decided_by", `the provision that decided it does not apply, such as "s.12(3)(b)"`)
	case *e.Applies && e.Outcome != 0 && e.Outcome != duty.Applies, !*e.Applies && e.Outcome == duty.Applies:
		return invalid(base+"/expect/outcome", fmt.Errorf("outcome %q contradicts applies %v", e.Outcome, *e.Applies),
			`"applies" when the duty applies; "excepted" or "not-arising" when it does not`)
	}
	return nil
}

// question returns q as package duty's Question.
// on returns the question's own date, if it has one.
func (q *DecisionQuestion) on() period.Date {
	switch {
	case q.Implementation != nil:
		return q.Implementation.On
	case q.Assistance != nil:
		return q.Assistance.On
	case q.ConsulteeRequest != nil:
		return q.ConsulteeRequest.On
	}
	return period.Date{}
}

func (q *DecisionQuestion) question() duty.Question {
	return duty.Question{Kind: duty.QuestionKind, Implementation: q.Implementation, Assistance: q.Assistance,
		ConsulteeRequest: q.ConsulteeRequest, DefaultPowers: q.DefaultPowers}
}

func (q *DocumentQuestion) prepare(base, file string, data []byte, read *documents, ctx appliedContext) error {
	var err error
	if len(q.Inline) == 0 && q.Path == "" {
		return missing(base, `the document: "inline" or "path"`)
	}
	if q.doc, err = loadDocument(file, data, q.Inline, base+"/inline", q.Path, base+"/path", read); err != nil {
		return err
	}
	if q.plan, err = loadDocument(file, data, q.Plan, base+"/plan", q.PlanPath, base+"/plan_path", read); err != nil {
		return err
	}
	k := q.doc.kind
	if q.plan.kind != nil {
		switch {
		case !k.againstPlan:
			return invalid(base+"/plan", fmt.Errorf("%s is not checked against a plan", withArticle(k.words)), "no plan for this kind of document")
		case q.plan.kind.planView == nil:
			return invalid(base+"/plan", fmt.Errorf("the document given as the plan is %s", withArticle(q.plan.kind.words)), "a children's services plan")
		}
	}
	e := q.Expect
	if len(e.Findings) == 0 && len(e.Absent) == 0 && !e.NoStatutoryFindings && e.LegalEffect == nil && len(e.Review) == 0 {
		return missing(base+"/expect", `at least one of "findings", "absent", "no_statutory_findings", "legal_effect" or "review"`)
	}
	if len(e.Review) > 0 && k.review == nil {
		return invalid(base+"/expect/review", fmt.Errorf("%s is not reviewed against guidance Appendix A", withArticle(k.words)), "review only for a children's services plan")
	}
	for i, v := range e.Review {
		at := part3.PointerJoin(base, "expect", "review", i)
		labels := make([]string, 0, 16)
		for _, c := range plan.Criteria() {
			labels = append(labels, c.Label)
		}
		switch {
		case !slices.Contains(labels, v.Criterion):
			return invalid(at+"/criterion", fmt.Errorf("criterion %q", v.Criterion), "the label of a criterion of guidance Appendix A: "+strings.Join(labels, ", "))
		case !v.Verdict.IsValid():
			return missing(at+"/verdict", `"met", "partly-met", "not-met" or "cannot-tell"`)
		}
	}
	if e.LegalEffect != nil && !k.hasLegalEffect {
		return invalid(base+"/expect/legal_effect", fmt.Errorf("%s has no legal effect to ask about", withArticle(k.words)), "legal_effect only for a notice of disagreement")
	}
	for i, m := range e.Findings {
		path := part3.PointerJoin(base, "expect", "findings", i)
		if err := m.check(path, k); err != nil {
			return err
		}
		if m.Count < 0 {
			return invalid(path+"/count", fmt.Errorf("count %d", m.Count), "a number of findings, 1 or more")
		}
	}
	for i, m := range e.Absent {
		path := part3.PointerJoin(base, "expect", "absent", i)
		if err := m.check(path, k); err != nil {
			return err
		}
		if m.Count != 0 {
			return invalid(path+"/count", errors.New("a count of findings that must not appear"), "count only in findings")
		}
	}
	_, err = ctx.asOf(q.AsOf, base+"/as_of", "the "+k.words)
	return err
}

func (m FindingMatch) check(path string, k *documentKind) error {
	switch {
	case m.Rule == "" && !m.Citation.IsValid() && m.Severity == 0:
		return missing(path, `"rule", "citation" or "severity": which finding`)
	case m.Rule != "" && !k.judgedBy(m.Rule):
		return &part3.InputError{Path: path + "/rule", Category: part3.ErrDanglingReference,
			Err:      fmt.Errorf("no rule %q judges %s", m.Rule, withArticle(k.words)),
			Expected: fmt.Sprintf("the ID of a rule in the rule book, of package %s", k.bookNames())}
	case m.Path != nil && *m.Path != "" && !strings.HasPrefix(*m.Path, "/"):
		return invalid(path+"/path", fmt.Errorf("path %q", *m.Path), `a JSON Pointer such as "/services/3/provider", or "" for the whole document`)
	case m.By != nil && m.Severity != 0 && m.Severity != part3.Statutory:
		return invalid(path+"/by", fmt.Errorf("bodies in breach named for a %s finding", m.Severity), "by only on a statutory finding: no other finding is a breach by anyone")
	}
	for i, b := range m.By {
		if b == "" {
			return invalid(part3.PointerJoin(path+"/by", i), fmt.Errorf("an empty name"), "the name of a body in breach, such as \"NHS Grampian\"")
		}
	}
	return nil
}

func (q *CalendarQuestion) prepare(base, file string, data []byte, read *documents, applied appliedContext) error {
	ctx, err := applied.asOf(q.AsOf, base+"/as_of", "the obligations")
	switch {
	case q.Council.IsZero():
		return missing(base+"/council", "the partnership's council area")
	case err != nil:
		return err
	case len(q.Expect.Obligations) == 0 && len(q.Expect.Absent) == 0:
		return missing(base+"/expect", `"obligations" or "absent"`)
	}
	h, err := loadDocument(file, data, q.History, base+"/history", q.HistoryPath, base+"/history_path", read)
	if err != nil {
		return err
	}
	switch {
	case h.kind == nil:
		q.history = duty.History{}
	case h.kind.name != duty.HistoryKind:
		p := base + "/history"
		if h.source != "inline" {
			p = base + "/history_path"
		}
		return invalid(p, fmt.Errorf("the document is %s", withArticle(h.kind.words)), "a planning history")
	default:
		q.history = h.doc.(duty.History)
		if q.history.Council != q.Council {
			return invalid(base+"/history/council", fmt.Errorf("the history is %s's, the question %s's", q.history.Council, q.Council), "the history of the council asked about")
		}
	}
	for i, o := range q.Expect.Obligations {
		path := part3.PointerJoin(base, "expect", "obligations", i)
		if err := o.ObligationKey.check(path); err != nil {
			return err
		}
		if !o.Status.IsValid() {
			return missing(path+"/status", `"met", "due", "late", "ongoing" or "information"`)
		}
		if o.Severity != 0 && o.Status != duty.Late {
			return invalid(path+"/severity", errors.New("a severity is given for an obligation that is not late"), "a severity only with status \"late\"")
		}
	}
	for i, k := range q.Expect.Absent {
		if err := k.check(part3.PointerJoin(base, "expect", "absent", i)); err != nil {
			return err
		}
	}
	// A history the calendar cannot be built from (a copy sent to a
	// provider not on the register that day) is bad input too.
	if _, err := duty.NewCalendar(q.Council, q.history, ctx); err != nil {
		var ie *part3.InputError
		if errors.As(err, &ie) {
			cp := *ie
			cp.File, cp.Line, cp.Column = "", 0, 0
			cp.Path = base + "/history" + ie.Path
			return &cp
		}
		return invalid(base, err, "a history and date the calendar can be built from")
	}
	return nil
}

// reviewWindow is the calendar's ID for the Scottish Government's review of
// the plans (guidance para 6), which is not a duty of the catalogue.
const reviewWindow = "review-window"

func (k ObligationKey) check(path string) error {
	if k.Duty == "" {
		return missing(path+"/duty", `the catalogue ID of the duty, such as "s8-prepare-plan"`)
	}
	if _, ok := duty.Lookup(k.Duty); !ok && k.Duty != reviewWindow {
		return &part3.InputError{Path: path + "/duty", Category: part3.ErrDanglingReference,
			Err: fmt.Errorf("no duty %q in the catalogue%s", k.Duty, suggest.Phrase(k.Duty, append(dutyIDs(), reviewWindow))), Expected: `the ID of a duty or power in the catalogue, or "review-window"`}
	}
	if k.PlanPeriod.IsZero() && k.ReportingPeriod.IsZero() {
		return missing(path+"/plan_period", `"plan_period" or "reporting_period": which period's obligation`)
	}
	if k.Revision < 0 {
		return invalid(path+"/revision", fmt.Errorf("revision %d", k.Revision), "0 for the plan as first prepared, 1 for its first revision, and so on")
	}
	return nil
}

// resolvePath returns rel, a path as a scenario file gives it (with
// forward slashes), relative to the directory of file.
func resolvePath(file, rel string) string {
	p := filepath.FromSlash(rel)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(file), p)
}

// withArticle puts "a" or "an" before words.
func withArticle(words string) string {
	if words != "" && strings.ContainsRune("aeiou", rune(words[0])) {
		return "an " + words
	}
	return "a " + words
}

// isoDate is a helper for messages: the date, or "(no date)".
func isoDate(d period.Date) string {
	if d.IsZero() {
		return "(no date)"
	}
	return d.String()
}

// dutyIDs lists the IDs of the catalogue's duties and powers, for
// suggesting the one meant.
func dutyIDs() []string {
	var ids []string
	for _, d := range duty.Catalogue() {
		ids = append(ids, d.ID)
	}
	return ids
}
