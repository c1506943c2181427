package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// seeds adds every document of testdata/ and testdata/rules/ to f.
func seeds(f *testing.F) {
	for _, pattern := range []string{"testdata/*.json", "testdata/rules/*.json"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// FuzzDecode checks that no input makes Decode or the validators panic,
// that a decoded report re-encodes to one that decodes the same, and that
// its findings keep the package's invariants.
func FuzzDecode(f *testing.F) {
	seeds(f)
	p := loadPlan(f, "rules/plan.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[Report](t, data)
		r, err := Decode("fuzz.json", data)
		if err != nil {
			return
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("cannot encode a decoded report: %v", err)
		}
		r2, err := Decode("again.json", again)
		if err != nil {
			t.Fatalf("a re-encoded report does not decode: %v\n%s", err, again)
		}
		if !equalReports(r, r2) {
			t.Fatalf("round trip changed the report:\n%s", again)
		}
		checkInvariants(t, r, judgeAlone(t, r, Options{}))
		checkInvariants(t, r, judgeAgainst(t, r, p, Options{}))
	})
}

func equalReports(a, b Report) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func checkInvariants(t *testing.T, r Report, res Result) {
	t.Helper()
	if !slices.IsSortedFunc(res.Findings, part3.Finding.Compare) {
		t.Fatalf("findings not sorted: %v", res.Findings)
	}
	for _, f := range res.Findings {
		if f.Message == "" || !f.Severity.IsValid() || !f.Citation.IsValid() {
			t.Fatalf("malformed finding %v", f)
		}
		if f.Severity == part3.Statutory && f.Citation.IsGuidance() {
			t.Fatalf("statutory finding cites the guidance: %v", f)
		}
		if !res.GuidanceApplies && f.Citation.IsGuidance() {
			t.Fatalf("guidance finding on a 2017-2020 report: %v", f)
		}
	}
}

// FuzzValidate varies the facts of a valid report that the rules turn on
// (its period, the plan period it names, publication and the day judged
// as of, who published it, a departure's ground and notice, the law) and
// checks that validation never panics, keeps its invariants and refuses
// only a context that is not valid.
func FuzzValidate(f *testing.F) {
	f.Add(2023, 2023, 446, 0, uint8(3), uint8(3), uint8(2), uint8(0), 0)
	f.Add(2017, 2017, 500, 700, uint8(1), uint8(4), uint8(2), uint8(1), 100)
	f.Add(2026, 2023, -20, 30, uint8(0), uint8(2), uint8(9), uint8(5), -5)
	base := load(f, "rules/base.json")
	p := loadPlan(f, "rules/plan.json")
	councils := service.Councils()
	f.Fuzz(func(t *testing.T, year, planYear, published, now int, publishers, ground, issuer, council uint8, s60 int) {
		r := base
		r.Publication.PublishedBy = nil
		if rp, ok := period.ReportingPeriodStarting(year); ok {
			r.ReportingPeriod = rp
		}
		if pp, err := period.PlanPeriodOf(period.MustDate(2017, 4, 1).AddYears(planYear - 2017)); err == nil {
			r.Plan.Period = pp
		}
		r.Partnership.Councils = []service.Council{councils[int(council)%len(councils)]}
		end := r.ReportingPeriod.End()
		r.Publication.Published = end.AddDays(published)
		c := r.Partnership.Councils[0]
		if publishers&1 != 0 {
			r.Publication.PublishedBy = append(r.Publication.PublishedBy, Publisher{Council: c})
		}
		if publishers&2 != 0 {
			r.Publication.PublishedBy = append(r.Publication.PublishedBy, Publisher{HealthBoard: service.RelevantHealthBoard(c)})
		}
		if publishers&4 != 0 {
			r.Publication.PublishedBy = append(r.Publication.PublishedBy, Publisher{Provider: service.ProviderPoliceScotland})
		}
		providers := service.Providers()
		d := Departure{Service: "S11", Description: "x", Ground: Ground(ground % 6)}
		if d.Ground == NoticeOfDisagreement {
			d.Notice = Notice{Issuer: providers[int(issuer)%len(providers)], Published: end.AddDays(published / 2)}
		}
		r.Provision.Departures = []Departure{d}
		// As of now days after the period ends; now 0 judges as of the day
		// after every date the report records.
		ctx := judgement.Context{AsOf: end.AddDays(now)}
		if now == 0 {
			ctx.AsOf = end.AddDays(1)
			for _, day := range []period.Date{r.Publication.Published, d.Notice.Published} {
				if day.IsValid() && !day.Before(ctx.AsOf) {
					ctx.AsOf = day.AddDays(1)
				}
			}
		}
		if s60 != 0 {
			ctx.Act2026Section60 = end.AddDays(s60)
		}
		alone, err := r.Judge(ctx)
		against, errAgainst := r.JudgeAgainstPlan(p, ctx)
		// A context is refused only when it is not valid: no as-of date
		// (a day past year 9999) or section 60 commenced before the Act
		// was enacted.
		if invalid := ctx.Validate(); invalid != nil || err != nil || errAgainst != nil {
			if invalid == nil || err == nil || errAgainst == nil || err.Error() != invalid.Error() || errAgainst.Error() != invalid.Error() {
				t.Fatalf("Judge: %v; JudgeAgainstPlan: %v; the context's own check: %v", err, errAgainst, invalid)
			}
			early := ctx.Act2026Section60.IsValid() && ctx.Act2026Section60.Before(judgement.Act2026Enacted())
			if ctx.AsOf.IsValid() && !early {
				t.Fatalf("a context as of %s with section 60 commenced on %s is refused: %v", ctx.AsOf, ctx.Act2026Section60, err)
			}
			return
		}
		for _, res := range []Result{alone, against} {
			checkInvariants(t, r, res)
		}
		if r.Publication.Published.IsValid() && !r.Publication.Published.After(end) && !r.Publication.Published.After(ctx.AsOf) {
			if len(alone.Findings.WithRule(duty.RuleReportAfterPeriodID)) != 1 {
				t.Fatalf("published %s, on or before the end of %s, with no finding", r.Publication.Published, r.ReportingPeriod)
			}
		}
	})
}

// FuzzOverview checks that any verdicts and findings give an overview
// whose counts add up, and pages that render.
func FuzzOverview(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 0, 9}, uint8(3))
	published, ok := plan.LookupRule(plan.RulePublishedID)
	if !ok {
		f.Fatal("package plan has no rule " + plan.RulePublishedID)
	}
	f.Fuzz(func(t *testing.T, verdicts []byte, plans uint8) {
		var results []PlanResult
		for i := range int(plans % 40) {
			rv := plan.Review{Partnership: string(rune('A' + i%26)), Revision: i % 3,
				Councils: []service.Council{service.Councils()[i%32]}, GuidanceApplies: i%5 != 0}
			for n := 1; n <= 15; n++ {
				v := plan.Verdict(0)
				if len(verdicts) > 0 {
					v = plan.Verdict(verdicts[(i*15+n)%len(verdicts)] % 6)
				}
				rv.Criteria = append(rv.Criteria, plan.Judgement{Number: n, Verdict: v})
			}
			res := PlanResult{Review: rv, Validated: i%2 == 0}
			if res.Validated {
				res.Findings = part3.Findings{published.Finding("", "x")}
			}
			results = append(results, res)
		}
		o := NewOverview(results)
		for _, c := range o.Criteria {
			if c.Met+c.PartlyMet+c.NotMet+c.CannotTell != o.Plans {
				t.Fatalf("criterion %d counts %d plans of %d", c.Number, c.Met+c.PartlyMet+c.NotMet+c.CannotTell, o.Plans)
			}
		}
		documents := 0
		for _, row := range o.Partnerships {
			documents += row.Documents
			if row.Duplicate != (row.Documents > 1) {
				t.Fatalf("row %s: duplicate %v with %d documents", row.Partnership, row.Duplicate, row.Documents)
			}
		}
		if documents+len(o.Superseded) != len(results) || len(o.Partnerships) != o.Plans {
			t.Fatalf("%d plans of %d documents and %d superseded of %d", o.Plans, documents, len(o.Superseded), len(results))
		}
		if err := o.WriteText(discard{}); err != nil {
			t.Fatal(err)
		}
		if err := o.WriteHTML(discard{}); err != nil {
			t.Fatal(err)
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
