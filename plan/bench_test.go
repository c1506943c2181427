package plan

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/judgement"
)

// sized returns the JSON of the Fife sample plan grown (or cut) to n
// services: its services repeated with new IDs, each with its actions.
func sized(b testing.TB, n int) []byte {
	b.Helper()
	p := load(b, "fife-2023-2026.json")
	src := p.Services
	p.Services = make([]Service, 0, n)
	for i := range n {
		s := src[i%len(src)]
		if i >= len(src) {
			s.ID = fmt.Sprintf("%s-%d", s.ID, i)
			s.Name = fmt.Sprintf("%s %d", s.Name, i)
			actions := make([]Action, len(s.Actions))
			for k, a := range s.Actions {
				a.ID = fmt.Sprintf("%s-%d", a.ID, i)
				actions[k] = a
			}
			s.Actions = actions
		}
		p.Services = append(p.Services, s)
	}
	if n < len(src) {
		p.Aims = Aims{} // the aims name services the cut plan lacks
		p.FamilySupport.Services, p.GIRFEC.Services, p.Prevention.Services = nil, nil, nil
		p.ChildrensRights.Actions = nil
		p.ServicesToDevelop, p.Disinvestment = nil, nil
	}
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Decode("sized.json", data); err != nil {
		b.Fatal(err)
	}
	return data
}

var sizes = []int{10, 100, 1000}

func BenchmarkDecode(b *testing.B) {
	for _, n := range sizes {
		data := sized(b, n)
		b.Run(fmt.Sprintf("services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Decode("bench.json", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchCtx is the judgement context the benchmarks judge with: as of
// asOf, under the law as it stands.
var benchCtx = judgement.New(asOf)

func BenchmarkValidate(b *testing.B) {
	benchPlans(b, func(p Plan) {
		if _, err := p.Judge(benchCtx); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkReview(b *testing.B) {
	benchPlans(b, func(p Plan) {
		if _, err := p.Review(benchCtx); err != nil {
			b.Fatal(err)
		}
	})
}

// benchPlans runs f on the plan of each size.
func benchPlans(b *testing.B, f func(p Plan)) {
	for _, n := range sizes {
		p, err := Decode("bench.json", sized(b, n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				f(p)
			}
		})
	}
}

// BenchmarkRatio measures decoding and validating the same plan in one run
// and reports validate/decode (goal: at most 1.0) at each size, and the
// growth of validation from 100 to 1,000 services (goal: at most 11x). Its
// ns/op is validation's.
func BenchmarkRatio(b *testing.B) {
	perOp := map[int]float64{}
	for _, n := range sizes {
		data := sized(b, n)
		p, err := Decode("bench.json", data)
		if err != nil {
			b.Fatal(err)
		}
		dec := nsPerOp(func() { _, _ = Decode("bench.json", data) })
		val := nsPerOp(func() { _, _ = p.Judge(benchCtx) })
		perOp[n] = val
		b.Run(fmt.Sprintf("services=%d", n), func(b *testing.B) {
			for b.Loop() {
				_, _ = p.Judge(benchCtx)
			}
			b.ReportMetric(val/dec, "validate/decode")
			if n == 1000 && perOp[100] > 0 {
				b.ReportMetric(perOp[1000]/perOp[100], "growth-1000/100")
			}
		})
	}
}

// nsPerOp times f over enough calls to take at least 200ms and returns the
// nanoseconds per call.
func nsPerOp(f func()) float64 {
	for n := 1; ; n *= 2 {
		start := time.Now()
		for range n {
			f()
		}
		if d := time.Since(start); d >= 200*time.Millisecond {
			return float64(d.Nanoseconds()) / float64(n)
		}
	}
}

// BenchmarkBytesToFindings measures what a council system pays to go from a
// plan's bytes to its findings (strict decoding, cross-reference checks and
// validation) beside encoding/json's strict decoding of the same bytes into
// the same types, which checks nothing. The goal (DESIGN.md): bytes to
// findings at most half of encoding/json's decode, for 1,000 services.
func BenchmarkBytesToFindings(b *testing.B) {
	for _, n := range sizes {
		data := sized(b, n)
		b.Run(fmt.Sprintf("part3/services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				p, err := Decode("bench.json", data)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.Judge(benchCtx); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("encoding-json/services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var p Plan
				dec := stdjson.NewDecoder(bytes.NewReader(data))
				dec.DisallowUnknownFields()
				if err := dec.Decode(&p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestEncodingJSONReadsTheSamePlan keeps BenchmarkBytesToFindings honest:
// encoding/json must decode the benchmark's bytes into the same plan.
func TestEncodingJSONReadsTheSamePlan(t *testing.T) {
	data := sized(t, 100)
	want, err := Decode("bench.json", data)
	if err != nil {
		t.Fatal(err)
	}
	var got Plan
	dec := stdjson.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Services) != len(want.Services) || got.Period != want.Period || got.Title != want.Title {
		t.Errorf("encoding/json read a different plan: %d services, period %v, title %q", len(got.Services), got.Period, got.Title)
	}
}
