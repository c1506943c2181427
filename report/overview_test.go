package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// samplePlans are the sample plans of package plan the overview tests use:
// one revised, one joint, one before the 2nd edition, one with breaches.
var samplePlans = []string{
	"fife-2023-2026.json",
	"fife-2023-2026-revision-1.json",
	"tayside-2023-2026.json",
	"highland-2017-2020.json",
	"highland-2021-2023.json",
	"breaches-2023-2026.json",
}

func sampleResults(t testing.TB) []PlanResult {
	var out []PlanResult
	for _, name := range samplePlans {
		out = append(out, assess(t, loadPlan(t, name)))
	}
	return out
}

func TestOverview(t *testing.T) {
	results := sampleResults(t)
	o := NewOverview(results)
	require.Equal(t, 5, o.Plans, "the original Fife plan is superseded by its revision")
	require.Equal(t, 6, o.Councils, "Tayside is one plan for three areas; Highland's two plans one area")
	require.Equal(t, 1, o.ComparisonOnly)
	require.Equal(t, 5, o.Validated)
	require.Equal(t, []PlanVersion{{Partnership: "Fife Children's Services Partnership", Period: o.Periods[2], Revision: 0}}, o.Superseded)
	require.Len(t, o.Criteria, 16, "fifteen criteria, criterion 6 in two parts")
	for i, c := range o.Criteria {
		require.Equal(t, plan.Criteria()[i].Label, c.Label)
		require.Equal(t, part3.AppendixACriterion(c.Number), c.Citation)
		require.Equal(t, o.Plans, c.Met+c.PartlyMet+c.NotMet+c.CannotTell, "criterion %s", c.Label)
	}
	require.Equal(t, []string{"6a", "6b"}, []string{o.Criteria[5].Label, o.Criteria[6].Label})
	// Each row agrees with its plan's review.
	for _, row := range o.Partnerships {
		require.Len(t, row.Verdicts, 16)
		met := 0
		for _, v := range row.Verdicts {
			if v == plan.Met {
				met++
			}
		}
		require.Equal(t, met, row.Met)
		// and is for its plan's council areas.
		i := slices.IndexFunc(results, func(r PlanResult) bool {
			return r.Review.Period == row.Period && r.Review.Partnership == row.Partnership && r.Review.Revision == row.Revision
		})
		require.GreaterOrEqual(t, i, 0, row.Partnership)
		require.Equal(t, results[i].Review.Councils, row.Councils, row.Partnership)
	}
	tayside := slices.IndexFunc(o.Partnerships, func(r PartnershipRow) bool { return len(r.Councils) > 1 })
	require.GreaterOrEqual(t, tayside, 0, "the joint plan's row")
	require.Equal(t, []service.Council{service.MustLookupCouncil("Angus"), service.MustLookupCouncil("Dundee City"),
		service.MustLookupCouncil("Perth and Kinross")}, o.Partnerships[tayside].Councils)
	// The rows are by plan period, then partnership.
	require.True(t, slices.IsSortedFunc(o.Partnerships, func(a, b PartnershipRow) int {
		if c := a.Period.Compare(b.Period); c != 0 {
			return c
		}
		return strings.Compare(a.Partnership, b.Partnership)
	}), "rows out of order")
	var periods []string
	for _, p := range o.Periods {
		periods = append(periods, p.String())
	}
	require.Equal(t, []string{"2017-2020", "2020-2023", "2023-2026"}, periods)

	// The statutory findings are counted by rule across the plans, most
	// plans first; they are those of plan.Plan.Judge.
	total := 0
	for _, row := range o.Partnerships {
		total += row.Statutory
	}
	sum := 0
	for i, rc := range o.Statutory {
		sum += rc.Findings
		require.LessOrEqual(t, rc.Plans, rc.Findings)
		if i > 0 {
			require.GreaterOrEqual(t, o.Statutory[i-1].Plans, rc.Plans)
		}
	}
	require.Equal(t, total, sum)
	require.Positive(t, total, "the breaches sample has statutory findings")
}

func TestOverviewDeterministic(t *testing.T) {
	results := sampleResults(t)
	// Later revisions of two more plans, so that several versions in two
	// periods are superseded.
	for _, rv := range []struct {
		plan     string
		revision int
	}{{"tayside-2023-2026.json", 1}, {"tayside-2023-2026.json", 2}, {"highland-2021-2023.json", 1}} {
		i := slices.Index(samplePlans, rv.plan)
		res := results[i]
		res.Review.Revision = rv.revision
		results = append(results, res)
	}
	want := NewOverview(results)
	require.Equal(t, 5, want.Plans)
	var superseded []string
	for _, s := range want.Superseded {
		superseded = append(superseded, fmt.Sprintf("%s %s revision %d", s.Partnership, s.Period, s.Revision))
	}
	tay, high := results[slices.Index(samplePlans, "tayside-2023-2026.json")].Review.Partnership, results[slices.Index(samplePlans, "highland-2021-2023.json")].Review.Partnership
	require.ElementsMatch(t, []string{
		"Fife Children's Services Partnership 2023-2026 revision 0",
		tay + " 2023-2026 revision 0",
		tay + " 2023-2026 revision 1",
		high + " 2020-2023 revision 0",
	}, superseded)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		shuffled := slices.Clone(results)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := NewOverview(shuffled)
		require.Equal(t, want, got)
	}
}

func TestOverviewOfReviewsOnly(t *testing.T) {
	var reviews []plan.Review
	for _, r := range sampleResults(t) {
		reviews = append(reviews, r.Review)
	}
	o := NewOverview(Reviewed(reviews...))
	require.Equal(t, 0, o.Validated)
	require.Empty(t, o.Statutory)
	var text bytes.Buffer
	require.NoError(t, o.WriteText(&text))
	require.Contains(t, text.String(), "Statutory findings across 0 plans validated\n  none\n")
	for _, row := range o.Partnerships {
		require.Contains(t, text.String(), row.Period.String()+" ", row.Partnership)
	}
	require.Equal(t, len(o.Partnerships), strings.Count(text.String(), " -\n"), "a plan not validated shows -, not 0 findings")
}

func TestOverviewEmpty(t *testing.T) {
	o := NewOverview(nil)
	require.Equal(t, 0, o.Plans)
	require.Len(t, o.Criteria, 16)
	var b bytes.Buffer
	require.NoError(t, o.WriteText(&b))
	require.Contains(t, b.String(), "National overview of children's services plans: 0 plans for 0 council areas\n")
	require.NoError(t, o.WriteHTML(&b))
	require.NotContains(t, b.String(), `class="seg`, "no plan, no bar segment")
}

// TestOverviewVersions checks which version of a plan counts: the latest
// revision, given first or last, and of two with the same revision the
// first given; a plan for other council areas is not a version of it.
func TestOverviewVersions(t *testing.T) {
	pp := period.MustParsePlanPeriod("2023-2026")
	fife := []service.Council{service.MustLookupCouncil("Fife")}
	version := func(title string, revision int, councils []service.Council) plan.Review {
		return plan.Review{Partnership: "Fife Children's Services Partnership", Councils: councils, Period: pp,
			Title: title, Revision: revision, GuidanceApplies: true}
	}
	original, revised := version("original", 0, fife), version("revised", 1, fife)
	tests := []struct {
		name       string
		reviews    []plan.Review
		kept       []string // the titles of the rows
		superseded []int    // the revisions left out
	}{
		{"a revision after the original", []plan.Review{original, revised}, []string{"revised"}, []int{0}},
		{"a revision before the original", []plan.Review{revised, original}, []string{"revised"}, []int{0}},
		{"two with the same revision", []plan.Review{original, version("again", 0, fife)}, []string{"original"}, []int{0}},
		{"two with the same revision, the other first", []plan.Review{version("again", 0, fife), original}, []string{"again"}, []int{0}},
		{"another area's plan", []plan.Review{original, version("falkirk", 1, []service.Council{service.MustLookupCouncil("Falkirk")})},
			[]string{"original", "falkirk"}, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOverview(Reviewed(tt.reviews...))
			var kept []string
			for _, row := range o.Partnerships {
				kept = append(kept, row.Title)
			}
			require.ElementsMatch(t, tt.kept, kept)
			require.Equal(t, len(tt.kept), o.Plans)
			superseded := []int{}
			for _, s := range o.Superseded {
				superseded = append(superseded, s.Revision)
			}
			require.Equal(t, tt.superseded, superseded)
		})
	}
}

// TestOverviewBars checks that each criterion's bar shows each verdict's
// share of the plans, and leaves out verdicts no plan got.
func TestOverviewBars(t *testing.T) {
	pp := period.MustParsePlanPeriod("2023-2026")
	var reviews []plan.Review
	for i, v := range []plan.Verdict{plan.Met, plan.PartlyMet, plan.PartlyMet, plan.PartlyMet} {
		c := service.Councils()[i]
		reviews = append(reviews, plan.Review{Partnership: c.Name(), Councils: []service.Council{c}, Period: pp, GuidanceApplies: true,
			Criteria: []plan.Judgement{{Number: 1, Label: "1", Verdict: v}}})
	}
	o := NewOverview(Reviewed(reviews...))
	var b bytes.Buffer
	require.NoError(t, o.WriteHTML(&b))
	page := b.String()
	// Criterion 1: one plan of four met it, three partly met it.
	require.Contains(t, page, `style="width: 25.00%" title="1 met"`)
	require.Contains(t, page, `style="width: 75.00%" title="3 partly met"`)
	// The other criteria: no verdict, so all four cannot be told.
	require.Equal(t, 15, strings.Count(page, `style="width: 100.00%" title="4 cannot tell"`))
	require.NotContains(t, page, `title="0 `)
}

// TestOverviewHTML checks that the page is well-formed XHTML, shows every
// criterion with a bar, escapes text, and needs nothing outside itself.
func TestOverviewHTML(t *testing.T) {
	results := sampleResults(t)
	results[0].Review.Partnership = `<script>alert("x")</script> & "Co"`
	results[1].Review.Partnership = results[0].Review.Partnership
	o := NewOverview(results)
	var b bytes.Buffer
	require.NoError(t, o.WriteHTML(&b))
	page := b.String()

	require.NoError(t, wellFormed(page))
	for _, c := range plan.Criteria() {
		require.Contains(t, page, ">"+escaped(c.Title)+"</th>", "criterion %s", c.Label)
	}
	require.Equal(t, 16, strings.Count(page, `<div class="bar"`))
	require.Contains(t, page, `<td class="n">6a</td>`)
	require.Contains(t, page, `<td class="n">6b</td>`)
	for _, forbidden := range []string{"<script", "<link", " src=", " href=", "@import", "url("} {
		require.NotContains(t, page, forbidden)
	}
	require.Contains(t, page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;Co&#34;")

	// The same overview gives the same page.
	var again bytes.Buffer
	require.NoError(t, o.WriteHTML(&again))
	require.Equal(t, page, again.String())
}

// escaped escapes s as html/template escapes text.
func escaped(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

// wellFormed parses page as XML: every element closed and nested, every
// attribute quoted, every entity known to XML.
func wellFormed(page string) error {
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = true
	var stack []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		return errors.New("unclosed elements: " + strings.Join(stack, ", "))
	}
	return nil
}

func TestOverviewText(t *testing.T) {
	o := NewOverview(sampleResults(t))
	var b bytes.Buffer
	require.NoError(t, o.WriteText(&b))
	text := b.String()
	for _, c := range plan.Criteria() {
		require.Contains(t, text, c.Title)
	}
	require.Contains(t, text, "5 plans for 6 council areas, 2017-2020, 2020-2023 and 2023-2026")
	require.Contains(t, text, "Left out: Fife Children's Services Partnership 2023-2026 revision 0")
	require.Contains(t, text, "* a 2017-2020 plan")
	// A revised plan is named with its revision; an original plan is not.
	require.Contains(t, text, "\nFife Children's Services Partnership (revision 1) ")
	require.NotContains(t, text, "(revision 0)")

	// Without a 2017-2020 plan, there is no note on one.
	results := sampleResults(t)
	results = slices.Delete(results, slices.Index(samplePlans, "highland-2017-2020.json"), slices.Index(samplePlans, "highland-2017-2020.json")+1)
	b.Reset()
	require.NoError(t, NewOverview(results).WriteText(&b))
	require.NotContains(t, b.String(), "2017-2020 plan")
	require.NotContains(t, b.String(), " *")
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimRight(line, " ") != line {
			t.Errorf("trailing space: %q", line)
		}
	}
}

// TestOverviewCriterion6Parts: the national review of the 2023-2026 plans
// scores criterion 6 as 6a (children's services, 22 met, 8 partly met, 0
// not met of 30 plans) and 6b (related services, 19, 9 and 2). Given the
// plans' verdicts on each part, the overview's rows reproduce the
// published figures, each part in a row of its own.
func TestOverviewCriterion6Parts(t *testing.T) {
	pp := period.MustParsePlanPeriod("2023-2026")
	verdicts := func(met, partly, not int) []plan.Verdict {
		return slices.Concat(slices.Repeat([]plan.Verdict{plan.Met}, met), slices.Repeat([]plan.Verdict{plan.PartlyMet}, partly),
			slices.Repeat([]plan.Verdict{plan.NotMet}, not))
	}
	a, b := verdicts(22, 8, 0), verdicts(19, 9, 2)
	var reviews []plan.Review
	for i := range 30 {
		c := service.Councils()[i]
		reviews = append(reviews, plan.Review{Partnership: c.Name(), Councils: []service.Council{c}, Period: pp, GuidanceApplies: true,
			Criteria: []plan.Judgement{{Number: 6, Label: "6a", Verdict: a[i]}, {Number: 6, Label: "6b", Verdict: b[i]}}})
	}
	o := NewOverview(Reviewed(reviews...))
	got := map[string][3]int{}
	for _, c := range o.Criteria {
		got[c.Label] = [3]int{c.Met, c.PartlyMet, c.NotMet}
	}
	require.Equal(t, [3]int{22, 8, 0}, got["6a"])
	require.Equal(t, [3]int{19, 9, 2}, got["6b"])
	// In JSON each row has its number and its label.
	data, err := json.Marshal(o.Criteria[5])
	require.NoError(t, err)
	require.Contains(t, string(data), `"number":6,"label":"6a"`)
}

func TestCriterionCount(t *testing.T) {
	c := CriterionCount{Met: 1, PartlyMet: 2, NotMet: 3, CannotTell: 4}
	var got []int
	for _, v := range append(plan.Verdicts(), 0) {
		got = append(got, c.Count(v))
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4, 0}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// thirtyTwoPlans builds a plan for each council area from the Fife sample.
func thirtyTwoPlans(t testing.TB) []plan.Plan {
	fife := loadPlan(t, "fife-2023-2026.json")
	var out []plan.Plan
	for _, c := range service.Councils() {
		p := fife
		hb := service.RelevantHealthBoard(c)
		p.Title = c.Name() + " Children's Services Plan 2023-2026"
		p.Partnership = plan.Partnership{Name: c.Name() + " Children's Services Partnership", Areas: []plan.Area{{Council: c, HealthBoard: hb}}}
		p.Approvals = []plan.Approval{{Council: c, Date: fife.Approvals[0].Date}, {HealthBoard: hb, Date: fife.Approvals[1].Date}}
		out = append(out, p)
	}
	return out
}

func TestThirtyTwoPlans(t *testing.T) {
	var results []PlanResult
	for _, p := range thirtyTwoPlans(t) {
		results = append(results, assess(t, p))
	}
	o := NewOverview(results)
	require.Equal(t, 32, o.Plans)
	require.Equal(t, 32, o.Councils)
	require.Len(t, o.Partnerships, 32)
}
