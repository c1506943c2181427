package plan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
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
		_ = Validate(p, Options{})
		_ = ReviewPlan(p, Options{})
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("a decoded plan does not marshal: %v", err)
		}
		if _, err := Decode("again.json", out); err != nil {
			t.Fatalf("a decoded plan does not decode again: %v\n%s", err, out)
		}
	})
}

// FuzzValidate checks that no plan and no options make the validator or
// the review panic, and that the findings are sorted.
func FuzzValidate(f *testing.F) {
	seeds(f, func(data []byte) { f.Add(data, 0, 0, 0, false) })
	f.Fuzz(func(t *testing.T, data []byte, nowDays, s60Days, copyDays int, prison bool) {
		var p Plan
		if err := json.Unmarshal(data, &p); err != nil {
			return // not Decode: unchecked plans must not panic either
		}
		epoch := period.MustParseDate("2017-04-01")
		opts := Options{Now: epoch.AddDays(nowDays % 20000), PrisonInArea: prison, Policy: Policy{CopyDays: copyDays % 1000}}
		if s60Days != 0 {
			opts.Law = service.DefaultLaw().WithSection60Commencement(epoch.AddDays(s60Days % 20000))
		}
		fs := Validate(p, opts)
		for i := 1; i < len(fs); i++ {
			if fs[i-1].Compare(fs[i]) > 0 {
				t.Fatalf("findings not sorted at %d", i)
			}
		}
		_ = ReviewPlan(p, opts)
	})
}

// FuzzTitlePeriod: reading the years of any title never panics; a range it
// finds runs forward from a year of the 1900s or 2000s, and a real period
// it names is the period of those years.
func FuzzTitlePeriod(f *testing.F) {
	for _, title := range []string{
		"Fife Children's Services Plan 2023-2026", "Plan 2020–23", "Plan 2023to2026",
		"Plan 2099-02", "Plan 2026 / 29", "For Highland's Children 4", "2023-2019", "",
	} {
		f.Add(title)
	}
	f.Fuzz(func(t *testing.T, title string) {
		start, end, pp, ok := TitlePeriod(title)
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
