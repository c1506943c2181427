package period

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/csplanning/part3"
	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestParsePlanPeriod(t *testing.T) {
	tests := []parseCase{
		{name: "canonical", in: "2026-2029", want: "2026-2029"},
		{name: "first", in: "2017-2020", want: "2017-2020"},
		{name: "short end", in: "2026-29", want: "2026-2029"},
		{name: "slash", in: "2026/29", want: "2026-2029"},
		{name: "slash long", in: "2026/2029", want: "2026-2029"},
		{name: "to", in: "2026 to 2029", want: "2026-2029"},
		{name: "To", in: "2026 To 29", want: "2026-2029"},
		{name: "en dash", in: "2026–2029", want: "2026-2029"},
		{name: "en dash short", in: "2026–29", want: "2026-2029"},
		{name: "em dash with spaces", in: "2026 — 2029", want: "2026-2029"},
		{name: "spaced hyphen", in: " 2026 - 29 ", want: "2026-2029"},
		{name: "across a century", in: "2098-01", want: "2098-2101"},
		{name: "last", in: "9994-9997", want: "9994-9997"},
		{name: "Highland 2021-2023", in: "2021-2023", wantNearest: []string{"2020-2023", "2023-2026"},
			wantErr: `"2021-2023" is not a three-year plan period; the nearest are 2020-2023 and 2023-2026`},
		{name: "Borders 2018-2021", in: "2018-2021", wantNearest: []string{"2017-2020", "2020-2023"},
			wantErr: `"2018-2021" is not a three-year plan period; the nearest are 2017-2020 and 2020-2023`},
		{name: "shifted by a year", in: "2025-2028", wantNearest: []string{"2023-2026", "2026-2029"},
			wantErr: `"2025-2028" is not a three-year plan period; the nearest are 2023-2026 and 2026-2029`},
		{name: "too short", in: "2026-2028", wantNearest: []string{"2026-2029"},
			wantErr: `"2026-2028" is not a three-year plan period; the nearest is 2026-2029`},
		{name: "short form too short", in: "2026-28", wantNearest: []string{"2026-2029"},
			wantErr: `"2026-28" is not a three-year plan period; the nearest is 2026-2029`},
		{name: "a reporting period", in: "2027-2028", wantNearest: []string{"2026-2029"},
			wantErr: `"2027-2028" is a one-year reporting period, not a three-year plan period; it falls in 2026-2029`},
		{name: "Highland 2014-2019", in: "2014-2019", wantNearest: []string{"2017-2020"}, wantIs: ErrBeforeFirstPeriod,
			wantErr: `"2014-2019" is not a three-year plan period: the first began on 1 April 2017 (s.8(1), SSI 2016/255); the nearest is 2017-2020`},
		{name: "three years before the first period", in: "2014-2017", wantNearest: []string{"2017-2020"}, wantIs: ErrBeforeFirstPeriod,
			wantErr: `"2014-2017" is not a three-year plan period: the first began on 1 April 2017 (s.8(1), SSI 2016/255); the nearest is 2017-2020`},
		{name: "after the last", in: "9997-00", wantNearest: []string{"9994-9997"}, wantIs: ErrAfterLastPeriod,
			wantErr: `"9997-00" is not a three-year plan period: after 31 March 9997, the end of the last period this package represents; the nearest is 9994-9997`},
		{name: "backwards", in: "2029-2026", wantNearest: []string{"2029-2032"},
			wantErr: `"2029-2026" is not a three-year plan period; the nearest is 2029-2032`},
		{name: "empty", in: "", wantErr: `"" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "one year", in: "2026", wantErr: `"2026" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "three-digit end", in: "2026-029", wantErr: `"2026-029" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "no separator", in: "20262029", wantErr: `"20262029" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "to without spaces", in: "2026to2029", wantErr: `"2026to2029" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "year zero", in: "0000-0003", wantErr: `"0000-0003" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "letters", in: "20x6-2029", wantErr: `"20x6-2029" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
		{name: "trailing text", in: "2026-2029 plan", wantErr: `"2026-2029 plan" is not a three-year plan period: expected a range of years such as 2026-2029 (or 2026-29, 2026/29, 2026 to 2029)`},
	}
	runParseCases(t, tests, func(s string) (string, []string, string, error) {
		p, err := ParsePlanPeriod(s)
		if pe := (*PlanPeriodError)(nil); errors.As(err, &pe) {
			return p.String(), names(pe.Nearest), pe.Input, err
		}
		return p.String(), nil, "", err
	})
}

func TestParseReportingPeriod(t *testing.T) {
	tests := []parseCase{
		{name: "canonical", in: "2026-2027", want: "2026-2027"},
		{name: "first", in: "2017-2018", want: "2017-2018"},
		{name: "short end", in: "2026-27", want: "2026-2027"},
		{name: "slash", in: "2026/27", want: "2026-2027"},
		{name: "to", in: "2026 to 2027", want: "2026-2027"},
		{name: "en dash", in: "2026–27", want: "2026-2027"},
		{name: "across a century", in: "2099-00", want: "2099-2100"},
		{name: "last", in: "9996-9997", want: "9996-9997"},
		{name: "two years", in: "2026-2028", wantNearest: []string{"2026-2027", "2027-2028"},
			wantErr: `"2026-2028" is not a one-year reporting period; the nearest are 2026-2027 and 2027-2028`},
		{name: "a plan period", in: "2026-29", wantNearest: []string{"2026-2027", "2027-2028", "2028-2029"},
			wantErr: `"2026-29" is a three-year plan period, not a one-year reporting period; its reporting periods are 2026-2027, 2027-2028 and 2028-2029`},
		{name: "same year", in: "2026/2026", wantNearest: []string{"2026-2027"},
			wantErr: `"2026/2026" is not a one-year reporting period; the nearest is 2026-2027`},
		{name: "before the first period", in: "2016-2017", wantNearest: []string{"2017-2018"}, wantIs: ErrBeforeFirstPeriod,
			wantErr: `"2016-2017" is not a one-year reporting period: the first began on 1 April 2017 (s.8(1), SSI 2016/255); the nearest is 2017-2018`},
		{name: "after the last", in: "9997-9998", wantNearest: []string{"9996-9997"}, wantIs: ErrAfterLastPeriod,
			wantErr: `"9997-9998" is not a one-year reporting period: after 31 March 9997, the end of the last period this package represents; the nearest is 9996-9997`},
		{name: "malformed", in: "26/27", wantErr: `"26/27" is not a one-year reporting period: expected a range of years such as 2026-2027 (or 2026-27, 2026/27, 2026 to 2027)`},
	}
	runParseCases(t, tests, func(s string) (string, []string, string, error) {
		r, err := ParseReportingPeriod(s)
		if re := (*ReportingPeriodError)(nil); errors.As(err, &re) {
			return r.String(), names(re.Nearest), re.Input, err
		}
		return r.String(), nil, "", err
	})
}

// parseCase is a case for a period parser: the canonical name it gives, or
// the error's nearest periods, whole message and category.
type parseCase struct {
	name        string
	in          string
	want        string // the canonical name; "" when it is an error
	wantNearest []string
	wantErr     string // the whole message
	wantIs      error  // the category the error matches; nil for none
}

// runParseCases runs cases against parse, which returns the period's name
// and, for a typed error, its nearest periods and its Input ("" when the
// error is not of the parser's type).
func runParseCases(t *testing.T, tests []parseCase, parse func(string) (name string, nearest []string, input string, err error)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, nearest, input, err := parse(tt.in)
			if tt.wantErr == "" {
				require.NoError(t, err)
				if got != tt.want {
					t.Errorf("parse(%q) = %v, want %v", tt.in, got, tt.want)
				}
				return
			}
			require.Error(t, err)
			if input != tt.in {
				t.Errorf("the error's Input = %q, want %q (error %T)", input, tt.in, err)
			}
			if got != "" {
				t.Errorf("a failed parse returns the zero period, got %v", got)
			}
			if diff := cmp.Diff(tt.wantNearest, nearest); diff != "" {
				t.Errorf("Nearest (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErr, err.Error()); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("errors.Is(err, %v) = false", tt.wantIs)
			}
			if tt.wantIs == nil && errors.Unwrap(err) != nil {
				t.Errorf("errors.Unwrap(err) = %v, want nil", errors.Unwrap(err))
			}
		})
	}
}

func names[T fmt.Stringer](ps []T) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func TestPeriodJSON(t *testing.T) {
	type doc struct {
		Period    PlanPeriod      `json:"period"`
		Reporting ReportingPeriod `json:"reporting"`
		Unset     PlanPeriod      `json:"unset"`
	}
	in := doc{Period: MustParsePlanPeriod("2026-2029"), Reporting: MustParseReportingPeriod("2026-2027")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	if diff := cmp.Diff(`{"period":"2026-2029","reporting":"2026-2027","unset":""}`, string(b)); diff != "" {
		t.Errorf("marshal (-want +got):\n%s", diff)
	}
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	if out != in {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}
	require.NoError(t, json.Unmarshal([]byte(`{"period":"2026/29","reporting":"2026 to 2027"}`), &out))
	if out.Period != in.Period || out.Reporting != in.Reporting {
		t.Errorf("forgiving forms: got %+v", out)
	}
	err = json.Unmarshal([]byte(`{"period":"2021-2023"}`), &out)
	var pe *PlanPeriodError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "the nearest are 2020-2023 and 2023-2026") {
		t.Errorf("unmarshal 2021-2023: %v", err)
	}
	err = json.Unmarshal([]byte(`{"reporting":"2026-2028"}`), &out)
	var re *ReportingPeriodError
	if !errors.As(err, &re) {
		t.Errorf("unmarshal reporting 2026-2028: %v", err)
	}
}

// TestDecodeNamesPath checks what a plan document's author sees for a period
// that is not real: the file, the JSON path and the nearest real periods,
// as an invalid value that still matches the parser's error type.
func TestDecodeNamesPath(t *testing.T) {
	var v struct {
		Period    PlanPeriod      `json:"period"`
		Reporting ReportingPeriod `json:"reporting"`
	}
	err := part3.Decode("plan.json", []byte(`{"period": "2021-2023"}`), &v)
	want := `plan.json:1:12: /period: invalid value: "2021-2023" is not a three-year plan period; the nearest are 2020-2023 and 2023-2026`
	if err == nil || err.Error() != want {
		t.Errorf("Decode = %v, want %s", err, want)
	}
	var pe *PlanPeriodError
	if !errors.Is(err, part3.ErrInvalidValue) || !errors.As(err, &pe) {
		t.Errorf("Decode error %v: want ErrInvalidValue wrapping a *PlanPeriodError", err)
	}
	err = part3.Decode("report.json", []byte(`{"reporting": "2016-17"}`), &v)
	if !errors.Is(err, part3.ErrInvalidValue) || !errors.Is(err, ErrBeforeFirstPeriod) {
		t.Errorf("Decode error %v: want ErrInvalidValue and ErrBeforeFirstPeriod", err)
	}
}

// seeds reads the fuzz seeds in testdata/period-names.txt: one name a line,
// "#" lines are comments.
func seeds(f *testing.F) []string {
	file, err := os.Open("testdata/period-names.txt")
	require.NoError(f, err)
	defer file.Close()
	var out []string
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	require.NoError(f, sc.Err())
	return out
}

func FuzzParsePlanPeriod(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePlanPeriod(s)
		if err != nil {
			var pe *PlanPeriodError
			if !errors.As(err, &pe) || !p.IsZero() || err.Error() == "" {
				t.Fatalf("ParsePlanPeriod(%q) = %v, %v", s, p, err)
			}
			for _, q := range pe.Nearest {
				if !q.IsValid() {
					t.Fatalf("ParsePlanPeriod(%q) names an invalid nearest period", s)
				}
			}
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePlanPeriod(%q) = invalid %v", s, p)
		}
		q, err := ParsePlanPeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("ParsePlanPeriod(%q) = %v, %v; want %v", p.String(), q, err, p)
		}
		var u PlanPeriod
		text, _ := p.MarshalText()
		if err := u.UnmarshalText(text); err != nil || u != p {
			t.Fatalf("text round trip of %v: %v, %v", p, u, err)
		}
	})
}

func FuzzParseReportingPeriod(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseReportingPeriod(s)
		if err != nil {
			var re *ReportingPeriodError
			if !errors.As(err, &re) || !r.IsZero() || err.Error() == "" {
				t.Fatalf("ParseReportingPeriod(%q) = %v, %v", s, r, err)
			}
			for _, q := range re.Nearest {
				if !q.IsValid() {
					t.Fatalf("ParseReportingPeriod(%q) names an invalid nearest period", s)
				}
			}
			return
		}
		if !r.IsValid() || !r.PlanPeriod().IsValid() {
			t.Fatalf("ParseReportingPeriod(%q) = invalid %v", s, r)
		}
		q, err := ParseReportingPeriod(r.String())
		if err != nil || q != r {
			t.Fatalf("ParseReportingPeriod(%q) = %v, %v; want %v", r.String(), q, err, r)
		}
		var u ReportingPeriod
		text, _ := r.MarshalText()
		if err := u.UnmarshalText(text); err != nil || u != r {
			t.Fatalf("text round trip of %v: %v, %v", r, u, err)
		}
	})
}

func BenchmarkParsePlanPeriod(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePlanPeriod("2026-2029"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParsePlanPeriodShortForm(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePlanPeriod("2026 to 29"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseReportingPeriod(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseReportingPeriod("2026-2027"); err != nil {
			b.Fatal(err)
		}
	}
}
