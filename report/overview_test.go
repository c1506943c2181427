package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
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
		out = append(out, Assess(loadPlan(t, name), plan.Options{}))
	}
	return out
}

func TestOverview(t *testing.T) {
	o := NewOverview(sampleResults(t))
	require.Equal(t, 5, o.Plans, "the original Fife plan is superseded by its revision")
	require.Equal(t, 6, o.Councils, "Tayside is one plan for three areas; Highland's two plans one area")
	require.Equal(t, 1, o.ComparisonOnly)
	require.Equal(t, 5, o.Validated)
	require.Equal(t, []PlanVersion{{Partnership: "Fife Children's Services Partnership", Period: o.Periods[2], Revision: 0}}, o.Superseded)
	require.Len(t, o.Criteria, 15)
	for i, c := range o.Criteria {
		require.Equal(t, i+1, c.Number)
		require.Equal(t, part3.AppendixACriterion(i+1), c.Citation)
		require.Equal(t, o.Plans, c.Met+c.PartlyMet+c.NotMet+c.CannotTell, "criterion %d", c.Number)
	}
	// Each row agrees with its plan's review.
	for _, row := range o.Partnerships {
		require.Len(t, row.Verdicts, 15)
		met := 0
		for _, v := range row.Verdicts {
			if v == plan.Met {
				met++
			}
		}
		require.Equal(t, met, row.Met)
	}
	var periods []string
	for _, p := range o.Periods {
		periods = append(periods, p.String())
	}
	require.Equal(t, []string{"2017-2020", "2020-2023", "2023-2026"}, periods)

	// The statutory findings are counted by rule across the plans, most
	// plans first; they are those of plan.Validate.
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
	want := NewOverview(results)
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
	require.Len(t, o.Criteria, 15)
	var b bytes.Buffer
	require.NoError(t, o.WriteText(&b))
	require.NoError(t, o.WriteHTML(&b))
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
		require.Contains(t, page, ">"+escaped(c.Title)+"</th>", "criterion %d", c.Number)
	}
	require.Equal(t, 15, strings.Count(page, `<div class="bar"`))
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
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimRight(line, " ") != line {
			t.Errorf("trailing space: %q", line)
		}
	}
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
		results = append(results, Assess(p, plan.Options{}))
	}
	o := NewOverview(results)
	require.Equal(t, 32, o.Plans)
	require.Equal(t, 32, o.Councils)
	require.Len(t, o.Partnerships, 32)
}
