package scenarios

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Result is the outcome of one case: whether the engine gave the law's
// answer, and in words what was asked, what the law says and what the
// engine said. Its JSON keys are file, name, citation, status, passed,
// known_failure, asked, law_says and engine_said.
type Result struct {
	// File is the scenario file the case comes from.
	File string `json:"file"`
	// Name is the case's name.
	Name string `json:"name"`
	// Citation is where the law's answer comes from.
	Citation part3.Citation `json:"citation"`
	// Status is "pass", "fail" or "known-failure".
	Status Status `json:"status"`
	// Passed reports whether the case passed: the engine gave the law's
	// answer, and the case is not marked as a known failure.
	Passed bool `json:"passed"`
	// KnownFailure is the case's known_failure mark, if any.
	KnownFailure string `json:"known_failure,omitzero"`
	// Asked is the question, in words: "whether Police Scotland must
	// provide ...".
	Asked string `json:"asked"`
	// LawSays is the law's answer, as the case states it. For a failing
	// case that expects several things, only those the engine got wrong.
	LawSays string `json:"law_says"`
	// EngineSaid is the engine's answer to the same points.
	EngineSaid string `json:"engine_said"`
}

// Status is the outcome of a case.
type Status string

// The statuses of a case.
const (
	// Pass: the engine gave the law's answer.
	Pass Status = "pass"
	// Fail: it did not, or a case marked as a known failure now passes.
	Fail Status = "fail"
	// KnownFailure: it did not, and the case records that it is known not
	// to; the failure is reported but not counted as one.
	KnownFailure Status = "known-failure"
)

// String formats r on one line: `PASS "name" (citation)`, or for a
// failure `FAIL "name" (citation): asked ...; the law says: ...; the engine
// said: ...`; a known failure begins "KNOWN" and ends with the reason
// recorded for it.
func (r Result) String() string {
	switch r.Status {
	case Pass:
		return fmt.Sprintf("PASS %q (%s)", r.Name, r.Citation)
	case KnownFailure:
		return fmt.Sprintf("KNOWN %q (%s): asked %s; the law says: %s; the engine said: %s; known failure: %s",
			r.Name, r.Citation, r.Asked, r.LawSays, r.EngineSaid, r.KnownFailure)
	}
	return fmt.Sprintf("FAIL %q (%s): asked %s; the law says: %s; the engine said: %s", r.Name, r.Citation, r.Asked, r.LawSays, r.EngineSaid)
}

// Run answers every case of f and returns the results in order.
func (f File) Run() []Result {
	out := make([]Result, len(f.Cases))
	for i := range f.Cases {
		out[i] = f.RunCase(i)
	}
	return out
}

// RunCase answers case i of f. It panics if i is out of range.
func (f File) RunCase(i int) Result {
	c := &f.Cases[i]
	r := Result{File: f.name, Name: c.Name, Citation: c.Citation}
	var a answer
	switch {
	case c.Period != nil:
		a = c.Period.run()
	case c.Child != nil:
		a = c.Child.run()
	case c.Classification != nil:
		a = c.Classification.run(c.ctx)
	case c.Planners != nil:
		a = c.Planners.run(c.ctx)
	case c.Duty != nil:
		a = c.Duty.run()
	case c.Decision != nil:
		a = c.Decision.run(c.ctx)
	case c.Document != nil:
		a = c.Document.run(c.ctx)
	case c.Calendar != nil:
		a = c.Calendar.run(c.ctx)
	default:
		a = answer{asked: "nothing", law: "a question", engine: "no question to answer"}
	}
	r.Asked, r.LawSays, r.EngineSaid, r.KnownFailure = a.asked, a.law, a.engine, c.KnownFailure
	switch {
	case a.passed && c.KnownFailure == "":
		r.Status, r.Passed = Pass, true
	case a.passed:
		r.Status = Fail
		r.EngineSaid += " (the engine now gives the law's answer: remove the case's known_failure mark)"
	case c.KnownFailure != "":
		r.Status = KnownFailure
	default:
		r.Status = Fail
	}
	return r
}

// Count returns how many results passed, failed, and failed as known
// failures.
func Count(results []Result) (passed, failed, known int) {
	for _, r := range results {
		switch r.Status {
		case Pass:
			passed++
		case KnownFailure:
			known++
		default:
			failed++
		}
	}
	return passed, failed, known
}

// answer is the comparison of one case.
type answer struct {
	passed             bool
	asked, law, engine string
}

// points compares expected and actual statements point by point: the
// answer passes when every point matches; a failing answer shows only the
// points that do not.
type points struct {
	law, engine       []string
	badLaw, badEngine []string
}

func (p *points) add(ok bool, law, engine string) {
	p.law = append(p.law, law)
	p.engine = append(p.engine, engine)
	if !ok {
		p.badLaw = append(p.badLaw, law)
		p.badEngine = append(p.badEngine, engine)
	}
}

func (p *points) answer(asked string) answer {
	if len(p.badLaw) == 0 {
		return answer{passed: true, asked: asked, law: strings.Join(p.law, "; "), engine: strings.Join(p.engine, "; ")}
	}
	return answer{asked: asked, law: strings.Join(p.badLaw, "; "), engine: strings.Join(p.badEngine, "; ")}
}

// Period questions.

func (q *PeriodQuestion) run() answer {
	asked := fmt.Sprintf("which plan period and reporting period %s falls in", q.Date)
	e := q.Expect
	pp, perr := period.PlanPeriodOf(q.Date)
	rp, rerr := period.ReportingPeriodOf(q.Date)
	engineErr := errors.Join(perr, rerr)
	var p points
	if e.Error != "" {
		got := periodErrorName(engineErr)
		engine := "no period (" + errorWords(got) + ")"
		if engineErr == nil {
			engine = fmt.Sprintf("plan period %s, reporting period %s", pp, rp)
		}
		p.add(got == e.Error, "no period ("+errorWords(e.Error)+")", engine)
		return p.answer(asked)
	}
	if engineErr != nil {
		law := []string{}
		if !e.PlanPeriod.IsZero() {
			law = append(law, "plan period "+e.PlanPeriod.String())
		}
		if !e.ReportingPeriod.IsZero() {
			law = append(law, "reporting period "+e.ReportingPeriod.String())
		}
		if len(law) == 0 {
			law = append(law, "a period")
		}
		p.add(false, strings.Join(law, ", "), "no period ("+errorWords(periodErrorName(engineErr))+")")
		return p.answer(asked)
	}
	if !e.PlanPeriod.IsZero() {
		p.add(e.PlanPeriod == pp, "plan period "+e.PlanPeriod.String(), "plan period "+pp.String())
	}
	if !e.ReportingPeriod.IsZero() {
		p.add(e.ReportingPeriod == rp, "reporting period "+e.ReportingPeriod.String(), "reporting period "+rp.String())
	}
	if e.PrepareBy.IsValid() {
		got := pp.PreparationDeadline().Date
		p.add(e.PrepareBy == got, "plan to be prepared by "+e.PrepareBy.String(), "plan to be prepared by "+isoDate(got))
	}
	if e.GuidanceApplies != nil {
		p.add(*e.GuidanceApplies == pp.GuidanceApplies(), guidanceWords(*e.GuidanceApplies), guidanceWords(pp.GuidanceApplies()))
	}
	if e.ReportTarget.IsValid() {
		engine := "no end-of-June target for the annual report (the 2nd edition of the guidance does not apply)"
		ok := false
		if pp.GuidanceApplies() {
			got := rp.ReportTarget().Date
			engine = "annual report target " + isoDate(got)
			ok = got == e.ReportTarget
		}
		p.add(ok, "annual report target "+e.ReportTarget.String(), engine)
	}
	return p.answer(asked)
}

func periodErrorName(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, period.ErrBeforeFirstPeriod):
		return ErrorBeforeFirstPeriod
	case errors.Is(err, period.ErrAfterLastPeriod):
		return ErrorAfterLastPeriod
	}
	return err.Error()
}

func errorWords(name string) string {
	switch name {
	case ErrorBeforeFirstPeriod:
		return "before the first three-year period began on 1 April 2017"
	case ErrorAfterLastPeriod:
		return "after the last period represented"
	case "":
		return "none"
	}
	return name
}

func guidanceWords(applies bool) string {
	if applies {
		return "the 2nd edition of the guidance applies"
	}
	return "the 2nd edition of the guidance does not apply"
}

// Child questions.

func (q *ChildQuestion) run() answer {
	asked := fmt.Sprintf("whether a person born on %s is a child on %s", q.DateOfBirth, q.On)
	var p points
	got := service.IsChild(q.DateOfBirth, q.On)
	p.add(*q.Expect.Child == got, childWords(*q.Expect.Child), childWords(got))
	if q.Expect.EighteenthBirthday.IsValid() {
		b := service.AttainsAge(q.DateOfBirth, 18)
		p.add(b == q.Expect.EighteenthBirthday, "18th birthday on "+q.Expect.EighteenthBirthday.String(), "18th birthday on "+isoDate(b))
	}
	return p.answer(asked)
}

func childWords(child bool) string {
	if child {
		return "yes, a child (under 18)"
	}
	return "no, not a child"
}

// Classification questions.

func (q *ClassificationQuestion) run(law appliedContext) answer {
	s := q.Service
	asked := fmt.Sprintf("what kind of service %q provided by %s is on %s", s.Name, providerWords(s.Provider), q.On)
	got := service.Classify(s, q.On, law.law)
	var p points
	p.add(got.Kind == q.Expect.Kind, kindWords(q.Expect.Kind), kindWords(got.Kind))
	for _, c := range q.Expect.Because {
		found := false
		var cited []string
		for _, r := range got.Reasons {
			cited = append(cited, r.Citation.String())
			if c.Contains(r.Citation) {
				found = true
			}
		}
		p.add(found, "because of "+c.String(), "reasons citing "+words.Else(cited, "nothing", words.Comma))
	}
	return p.answer(asked)
}

func kindWords(k service.ServiceKind) string {
	switch k {
	case service.ChildrensService:
		return "a children's service"
	case service.RelatedService:
		return "a related service"
	case service.OutsidePart3:
		return "outside Part 3 (neither a children's service nor a related service)"
	}
	return "no kind"
}

// Planners questions.

func (q *PlannersQuestion) run(law appliedContext) answer {
	asked := fmt.Sprintf("who prepares the children's services plan for %s on %s", q.Council, q.On)
	got := service.JointPlanners(q.Council, q.On, law.law)
	var want, said []string
	ok := len(got) == len(q.Expect.Bodies)
	for _, b := range q.Expect.Bodies {
		if b.Name != "" {
			want = append(want, fmt.Sprintf("%s (%s)", b.Name, roleWords(b.Role)))
		} else {
			want = append(want, "the "+roleWords(b.Role))
		}
		found := false
		for _, g := range got {
			gr, _ := g.Role.MarshalText()
			if string(gr) == b.Role && (b.code == "" || b.code == g.Code) {
				found = true
			}
		}
		ok = ok && found
	}
	for _, g := range got {
		gr, _ := g.Role.MarshalText()
		said = append(said, fmt.Sprintf("%s (%s)", g.Name, roleWords(string(gr))))
	}
	var p points
	p.add(ok, words.Else(want, "nobody", words.And), words.Else(said, "nobody", words.And))
	return p.answer(asked)
}

func roleWords(role string) string {
	return strings.ReplaceAll(role, "-", " ")
}

// Duty questions.

func (q *DutyQuestion) run() answer {
	d, _ := duty.Lookup(q.ID)
	asked := fmt.Sprintf("what Part 3 says of %q (%s)", d.Title, d.Citation)
	e := q.Expect
	var p points
	if e.Modality != 0 {
		p.add(e.Modality == d.Modality, modalityWords(e.Modality), modalityWords(d.Modality))
	}
	if len(e.Bearers) > 0 {
		var got []string
		for _, b := range d.Bearers {
			got = append(got, b.Role.String())
		}
		want := make([]string, len(e.Bearers))
		for i, r := range e.Bearers {
			want[i] = r.String()
		}
		p.add(sameSet(want, got), "borne by "+words.Else(want, "nobody", words.And), "borne by "+words.Else(got, "nobody", words.And))
	}
	if e.Exceptions != nil {
		var got, want []string
		for _, x := range d.Exceptions {
			got = append(got, x.Citation.String())
		}
		for _, c := range *e.Exceptions {
			want = append(want, c.String())
		}
		p.add(sameSet(want, got), exceptionsWords(want), exceptionsWords(got))
	}
	if e.S16Directions != nil {
		p.add(*e.S16Directions == d.S16Directions, reachWords("a direction under section 16", *e.S16Directions), reachWords("a direction under section 16", d.S16Directions))
	}
	if e.S17DefaultPowers != nil {
		p.add(*e.S17DefaultPowers == d.S17DefaultPowers, reachWords("the default powers of section 17", *e.S17DefaultPowers), reachWords("the default powers of section 17", d.S17DefaultPowers))
	}
	return p.answer(asked)
}

func modalityWords(m duty.Modality) string {
	if m == duty.May {
		return "a power (may)"
	}
	return "a duty (must)"
}

func exceptionsWords(cites []string) string {
	if len(cites) == 0 {
		return "no exceptions"
	}
	return "exceptions in " + words.And(cites)
}

func reachWords(what string, reaches bool) string {
	if reaches {
		return what + " can reach it"
	}
	return what + " cannot reach it"
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[string]int{}
	for _, x := range a {
		count[x]++
	}
	for _, x := range b {
		count[x]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// Decision questions.

func (q *DecisionQuestion) run(applied appliedContext) answer {
	ctx, err := applied.asOf(q.on(), "", "the question")
	var d duty.Decision
	if err == nil {
		d, err = q.question().Decide(ctx)
	}
	if err != nil {
		return answer{asked: q.askedWords(), law: "an answer", engine: "error: " + err.Error()}
	}
	catalogue, _ := duty.Lookup(d.Duty)
	e := q.Expect
	ok := *e.Applies == d.Applies
	if e.Outcome != 0 && e.Outcome != d.Outcome {
		ok = false
	}
	if e.DecidedBy.IsValid() && !e.DecidedBy.Contains(d.DecidedByCitation) {
		ok = false
	}
	power := catalogue.IsPower()
	lawSays := yesWords(power, duty.Applies)
	if !*e.Applies {
		lawSays = "no"
		if e.DecidedBy.IsValid() {
			lawSays += " — " + e.DecidedBy.String()
			if ex, found := exceptionAt(catalogue, e.DecidedBy); found {
				lawSays += " " + idWords(ex.ID)
			}
		}
		if e.Outcome != 0 {
			lawSays += " (" + outcomeWords(e.Outcome) + ")"
		}
	} else if e.DecidedBy.IsValid() {
		lawSays += ", by " + e.DecidedBy.String()
	}
	engine := yesWords(power, d.Outcome)
	if !d.Applies {
		engine = fmt.Sprintf("no — %s %s (%s)", d.DecidedByCitation, idWords(d.DecidedBy), outcomeWords(d.Outcome))
	} else if *e.Applies && e.DecidedBy.IsValid() {
		engine += ", by " + d.DecidedByCitation.String()
	}
	return answer{passed: ok, asked: q.askedWords(), law: lawSays, engine: engine}
}

func (q *DecisionQuestion) askedWords() string {
	switch {
	case q.Implementation != nil:
		im := q.Implementation
		svc := im.Service.Name
		if svc == "" {
			svc = im.Service.ID
		}
		return fmt.Sprintf("whether %s must provide %q in accordance with the plan on %s", providerWords(im.Provider), svc, im.On)
	case q.Assistance != nil:
		a := q.Assistance
		s := fmt.Sprintf("whether %s must comply with a request for information, advice or assistance", providerWords(a.Person))
		if a.On.IsValid() {
			s += " made on " + a.On.String()
		}
		return s
	case q.ConsulteeRequest != nil:
		switch q.ConsulteeRequest.Request.String() {
		case "participate":
			return "whether a consultee must meet a request to participate in the preparation of the plan"
		case "contribute":
			return "whether a consultee must meet a request to contribute to the preparation of the plan"
		}
		return "whether a consultee must meet a request made under section 10(6)"
	default:
		dp := q.DefaultPowers
		title := dp.Function
		if d, ok := duty.Lookup(dp.Function); ok {
			title = fmt.Sprintf("%s (%s)", d.Title, d.Citation)
		}
		s := fmt.Sprintf("whether the Scottish Ministers' default powers are available over %q", title)
		switch dp.Failure {
		case duty.NotExercising:
			s += " when the partnership is not exercising it"
		case duty.NotHavingRegardToGuidance:
			s += " when the partnership, in exercising it, has not had regard to the guidance"
		default:
			if dp.DepartedWithReasons {
				s += " when the partnership, having had regard to the guidance, departed from it with reasons"
			} else {
				s += " when no failure under section 17(1) is stated"
			}
		}
		return s
	}
}

func yesWords(power bool, o duty.Outcome) string {
	if o != duty.Applies {
		return "no (" + outcomeWords(o) + ")"
	}
	if power {
		return "yes (the power is available)"
	}
	return "yes (the duty applies)"
}

func outcomeWords(o duty.Outcome) string {
	switch o {
	case duty.Applies:
		return "it applies"
	case duty.Excepted:
		return "an exception holds"
	case duty.NotArising:
		return "the duty does not arise"
	}
	return "undecided"
}

// exceptionAt returns d's exception cited by c.
func exceptionAt(d duty.Duty, c part3.Citation) (duty.Exception, bool) {
	for _, e := range d.Exceptions {
		if e.Citation == c {
			return e, true
		}
	}
	return duty.Exception{}, false
}

func idWords(id string) string { return strings.ReplaceAll(id, "-", " ") }

// Document questions.

func (q *DocumentQuestion) run(applied appliedContext) answer {
	k := q.doc.kind
	asked := fmt.Sprintf("for the findings on the %s (%s)", k.words, q.doc.source)
	if q.plan.kind != nil {
		asked += fmt.Sprintf(" checked against the plan (%s)", q.plan.source)
	}
	jc, err := applied.asOf(q.AsOf, "", "the document")
	if err != nil {
		return answer{asked: asked, law: "an answer", engine: "error: " + err.Error()}
	}
	asked += " as of " + jc.AsOf.String()
	ctx := documentContext{ctx: jc}
	if q.plan.kind != nil {
		ctx.plan = &q.plan
	}
	v, err := k.check(q.doc.doc, ctx)
	if err != nil {
		return answer{asked: asked, law: "an answer", engine: "error: " + err.Error()}
	}
	var p points
	e := q.Expect
	all := findings(v.findings)
	for _, m := range e.Findings {
		got := all.matching(m)
		if m.Count > 0 {
			p.add(len(got) == m.Count, m.countWords(), foundWords(got, all))
			continue
		}
		p.add(len(got) > 0, m.words("a"), foundWords(got, all))
	}
	for _, m := range e.Absent {
		got := all.matching(m)
		p.add(len(got) == 0, m.words("no"), foundWords(got, all))
	}
	if e.NoStatutoryFindings {
		st := v.findings.WithSeverity(part3.Statutory)
		p.add(len(st) == 0, "no statutory finding", findingsWords(st, "no statutory finding"))
	}
	if e.LegalEffect != nil {
		p.add(*e.LegalEffect == v.legalEffect, effectWords(*e.LegalEffect), effectWords(v.legalEffect))
	}
	if len(e.Review) > 0 {
		got, err := k.review(q.doc.doc, ctx)
		if err != nil {
			return answer{asked: asked, law: "an answer", engine: "error: " + err.Error()}
		}
		for _, ev := range e.Review {
			p.add(got[ev.Criterion] == ev.Verdict, "criterion "+ev.Criterion+" "+ev.Verdict.String(), "criterion "+ev.Criterion+" "+got[ev.Criterion].String())
		}
	}
	return p.answer(asked)
}

// findings are a document's findings, to match against.
type findings part3.Findings

// matching returns the findings m matches.
func (fs findings) matching(m FindingMatch) part3.Findings {
	var out part3.Findings
	for _, f := range fs {
		if m.matches(f) {
			out = append(out, f)
		}
	}
	return out
}

func (m FindingMatch) matches(f part3.Finding) bool {
	switch {
	case m.Rule != "" && m.Rule != f.Rule:
		return false
	case m.Citation.IsValid() && !m.Citation.Contains(f.Citation):
		return false
	case m.Path != nil && *m.Path != f.Path:
		return false
	case m.Severity != 0 && m.Severity != f.Severity:
		return false
	case m.By != nil && !sameBodies(m.By, f.By):
		return false
	}
	return true
}

// sameBodies reports whether a and b name the same bodies, in any order.
func sameBodies(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// words describes m after article: "a statutory finding of rule
// consult.notice-issuer (s.10(8)) at /issuer".
func (m FindingMatch) words(article string) string {
	var b strings.Builder
	b.WriteString(article + " ")
	if m.Severity != 0 {
		b.WriteString(m.Severity.String() + " ")
	}
	b.WriteString("finding")
	if m.Rule != "" {
		b.WriteString(" of rule " + m.Rule)
	}
	if m.Citation.IsValid() {
		if m.Rule != "" {
			b.WriteString(" (" + m.Citation.String() + ")")
		} else {
			b.WriteString(" citing " + m.Citation.String())
		}
	}
	if m.Path != nil {
		b.WriteString(" at " + pathWords(*m.Path))
	}
	if m.By != nil {
		b.WriteString(" by " + words.And(m.By))
	}
	return b.String()
}

// countWords describes m with its count: "exactly 1 finding of rule
// consult.review-opportunity at /reviews/0/opportunities".
func (m FindingMatch) countWords() string {
	w := m.words(fmt.Sprintf("exactly %d", m.Count))
	if m.Count != 1 {
		w = strings.Replace(w, "finding", "findings", 1)
	}
	return w
}

func pathWords(p string) string {
	if p == "" {
		return "the whole document"
	}
	return p
}

// foundWords says what the engine found: the matching findings, or else
// that there is none, and the findings it made.
func foundWords(got part3.Findings, all findings) string {
	if len(got) > 0 {
		return findingsWords(got, "")
	}
	if len(all) == 0 {
		return "no such finding (no findings at all)"
	}
	return "no such finding (" + findingsWords(part3.Findings(all), "") + ")"
}

func findingsWords(fs part3.Findings, none string) string {
	if len(fs) == 0 {
		return none
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s %s (%s) at %s", f.Severity, f.Rule, f.Citation, pathWords(f.Path))
	}
	if len(fs) == 1 {
		return "1 finding: " + parts[0]
	}
	return fmt.Sprintf("%d findings: %s", len(fs), strings.Join(parts, ", "))
}

func effectWords(effect bool) string {
	if effect {
		return "the notice has legal effect"
	}
	return "the notice has no legal effect"
}

// Calendar questions.

func (q *CalendarQuestion) run(applied appliedContext) answer {
	ctx, err := applied.asOf(q.AsOf, "", "the obligations")
	if err != nil {
		return answer{asked: "for the obligations of the partnership for " + q.Council.String(), law: "a calendar", engine: "error: " + err.Error()}
	}
	asked := fmt.Sprintf("for the obligations of the partnership for %s as of %s", q.Council, ctx.AsOf)
	cal, err := duty.NewCalendar(q.Council, q.history, ctx)
	if err != nil {
		return answer{asked: asked, law: "a calendar", engine: "error: " + err.Error()}
	}
	var p points
	for _, o := range q.Expect.Obligations {
		got, n := find(cal, o.ObligationKey)
		law := o.ObligationKey.words() + ": " + statusWords(o.Status, o.Severity)
		switch n {
		case 0:
			p.add(false, law, o.ObligationKey.words()+": not in the calendar")
		case 1:
			ok := got.Status == o.Status && (o.Severity == 0 || o.Severity == got.Severity)
			p.add(ok, law, got.Subject()+": "+statusWords(got.Status, got.Severity))
		default:
			p.add(false, law, fmt.Sprintf("%d obligations match %s; name its plan period, reporting period or revision", n, o.ObligationKey.words()))
		}
	}
	for _, k := range q.Expect.Absent {
		got, n := find(cal, k)
		engine := k.words() + ": not in the calendar"
		if n > 0 {
			engine = got.Subject() + ": " + statusWords(got.Status, got.Severity)
		}
		p.add(n == 0, k.words()+": not owed", engine)
	}
	return p.answer(asked)
}

// find returns the calendar's obligation that k names and how many match.
func find(cal duty.Calendar, k ObligationKey) (duty.Obligation, int) {
	var got duty.Obligation
	n := 0
	for _, o := range cal.Obligations {
		if o.Duty != k.Duty || o.Revision != k.Revision ||
			!k.PlanPeriod.IsZero() && o.PlanPeriod != k.PlanPeriod ||
			!k.ReportingPeriod.IsZero() && o.ReportingPeriod != k.ReportingPeriod {
			continue
		}
		if n == 0 {
			got = o
		}
		n++
	}
	return got, n
}

// words names the obligation as the calendar does: "the 2026-2029 plan
// prepared".
func (k ObligationKey) words() string {
	o := duty.Obligation{Duty: k.Duty, PlanPeriod: k.PlanPeriod, ReportingPeriod: k.ReportingPeriod, Revision: k.Revision}
	if o.PlanPeriod.IsZero() {
		o.PlanPeriod = k.ReportingPeriod.PlanPeriod()
	}
	return o.Subject()
}

func statusWords(s duty.Status, sev part3.Severity) string {
	if s == duty.Late && sev != 0 {
		return fmt.Sprintf("late (%s)", sev)
	}
	return s.String()
}

// Words shared by the questions.

var providerShort = map[service.Provider]string{
	service.ProviderLocalAuthority:                    "the local authority",
	service.ProviderRelevantHealthBoard:               "the relevant health board",
	service.ProviderScottishMinisters:                 "the Scottish Ministers",
	service.ProviderPoliceScotland:                    "Police Scotland",
	service.ProviderScottishFireAndRescueService:      "the Scottish Fire and Rescue Service",
	service.ProviderPrincipalReporter:                 "the Principal Reporter",
	service.ProviderNationalConvener:                  "the National Convener of Children's Hearings Scotland",
	service.ProviderScottishCourtsAndTribunalsService: "the Scottish Courts and Tribunals Service",
	service.ProviderIntegrationJointBoard:             "the integration joint board",
	service.ProviderOtherOrganisation:                 "an organisation outside Part 3's providers (a charity, a housing association)",
}

func providerWords(p service.Provider) string {
	if w, ok := providerShort[p]; ok {
		return w
	}
	return fmt.Sprintf("%q", string(p))
}
