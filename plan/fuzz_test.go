package plan

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// seeds adds every plan document of testdata/ to f's corpus.
func seeds(f *testing.F, add func(data []byte)) {
	for _, pattern := range []string{"testdata/*.json", "testdata/rules/*.json"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			add(data)
		}
	}
}

// FuzzDecode checks that no input makes the decoder, the validator or the
// review panic, and that a plan that decodes round-trips through JSON.
func FuzzDecode(f *testing.F) {
	seeds(f, func(data []byte) { f.Add(data) })
	f.Add([]byte(`{"kind":"childrens-services-plan"}`))
	f.Add([]byte(`{"kind":"childrens-services-plan","title":"t","partnership":{"areas":[{"council":"Fife","health_board":"NHS Fife"}]},"period":"2023-26"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode("fuzz.json", data)
		if err != nil {
			return
		}
		if _, err := judgePlan(p, judgement.New(asOf)); err != nil {
			t.Fatalf("a valid context is refused: %v", err)
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("a decoded plan does not marshal: %v", err)
		}
		if _, err := Decode("again.json", out); err != nil {
			t.Fatalf("a decoded plan does not decode again: %v\n%s", err, out)
		}
	})
}

// FuzzValidate checks that no plan and no context make the validator or
// the review panic, that the findings are sorted, and that a context is
// refused only when it is not valid: a commencement of section 60 of the
// 2026 Act before the Act was enacted.
func FuzzValidate(f *testing.F) {
	seeds(f, func(data []byte) { f.Add(data, 0, 0, 0, false) })
	f.Fuzz(func(t *testing.T, data []byte, nowDays, s60Days, copyDays int, prison bool) {
		var p Plan
		if err := json.Unmarshal(data, &p); err != nil {
			return // not Decode: unchecked plans must not panic either
		}
		epoch := period.MustParseDate("2017-04-01")
		ctx := judgement.Context{AsOf: epoch.AddDays(nowDays % 20000), Policy: judgement.Policy{CopyDays: copyDays % 1000}}
		if prison {
			// The Scottish Ministers provide a prison service in each of
			// the plan's council areas.
			for _, c := range p.Partnership.Councils() {
				if c.IsValid() {
					ctx.PrisonServices = append(ctx.PrisonServices, judgement.PrisonService{Council: c})
				}
			}
		}
		if s60Days != 0 {
			ctx.Act2026Section60 = epoch.AddDays(s60Days % 20000)
		}
		fs, err := p.Judge(ctx)
		if invalid := ctx.Validate(); invalid != nil || err != nil {
			if err == nil || invalid == nil || err.Error() != invalid.Error() {
				t.Fatalf("Judge: %v; the context's own check: %v", err, invalid)
			}
			if !ctx.Act2026Section60.IsValid() || !ctx.Act2026Section60.Before(judgement.Act2026Enacted()) {
				t.Fatalf("a context with section 60 commenced on %s is refused: %v", ctx.Act2026Section60, err)
			}
			if _, err := p.Review(ctx); err == nil {
				t.Fatal("Review takes a context Judge refuses")
			}
			return
		}
		for i := 1; i < len(fs); i++ {
			if fs[i-1].Compare(fs[i]) > 0 {
				t.Fatalf("findings not sorted at %d", i)
			}
		}
		if _, err := p.Review(ctx); err != nil {
			t.Fatalf("Review refuses a context Judge takes: %v", err)
		}
	})
}

// titleYearsRE is the regular expression titleYears matches by hand.
var titleYearsRE = regexp.MustCompile(`((?:19|20)\d\d)\s*(?:-|–|—|/|to)\s*((?:19|20)\d\d|\d\d)\b`)

// FuzzTitlePeriod: reading the years of any title never panics; it finds
// the years titleYearsRE finds; a range it finds runs forward from a year
// of the 1900s or 2000s, and a real period it names is the period of
// those years, as period.ParsePlanPeriod reads them.
func FuzzTitlePeriod(f *testing.F) {
	for _, title := range []string{
		"Fife Children's Services Plan 2023-2026", "Plan 2020–23", "Plan 2023to2026",
		"Plan 2099-02", "Plan 2026 / 29", "For Highland's Children 4", "2023-2019", "",
		"Plan 20230-2026", "12020-2023x", "2020 -\t\v2023", "2020-20233 2020-23", "2020to 23_", "2020—2023é",
		"2020\u2013\u20142023", "2020 To 2023", "1999/2002", "2020-202", "2020-\xe2\x80", "\xe22020-23",
	} {
		f.Add(title)
	}
	f.Fuzz(func(t *testing.T, title string) {
		first, last, ok := titleYears(title)
		var want []string
		if m := titleYearsRE.FindStringSubmatch(title); m != nil {
			want = m[1:]
		}
		if got := []string{first, last}; ok != (want != nil) || ok && !slices.Equal(got, want) {
			t.Fatalf("titleYears(%q) = %q, %v; the regexp finds %q", title, got, ok, want)
		}
		start, end, pp, ok := TitlePeriod(title)
		if ok {
			want, err := period.ParsePlanPeriod(fmt.Sprintf("%d-%d", start, end))
			if err != nil {
				want = period.PlanPeriod{}
			}
			if pp != want {
				t.Fatalf("TitlePeriod(%q) = %v for %d-%d; period.ParsePlanPeriod reads %v", title, pp, start, end, want)
			}
		}
		if !ok {
			if start != 0 || end != 0 || pp.IsValid() {
				t.Fatalf("TitlePeriod(%q) = %d, %d, %v, false: no years yet some returned", title, start, end, pp)
			}
			return
		}
		if start < 1900 || start > 2099 {
			t.Fatalf("TitlePeriod(%q): first year %d", title, start)
		}
		if pp.IsValid() && (pp.StartYear() != start || pp.EndYear() != end) {
			t.Fatalf("TitlePeriod(%q) = %d-%d but period %v", title, start, end, pp)
		}
	})
}
