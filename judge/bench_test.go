package judge_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
)

// sized returns the JSON of the Fife sample plan grown to n services, as
// the plan package's benchmarks grow it: its services repeated with new
// IDs, each with its actions.
func sized(b testing.TB, n int) []byte {
	b.Helper()
	in := input(b, "plan/testdata/fife-2023-2026.json")
	p, err := plan.Decode(in.File, in.Data)
	if err != nil {
		b.Fatal(err)
	}
	src := p.Services
	p.Services = make([]plan.Service, 0, n)
	for i := range n {
		s := src[i%len(src)]
		if i >= len(src) {
			s.ID = fmt.Sprintf("%s-%d", s.ID, i)
			s.Name = fmt.Sprintf("%s %d", s.Name, i)
			actions := make([]plan.Action, len(s.Actions))
			for k, a := range s.Actions {
				a.ID = fmt.Sprintf("%s-%d", a.ID, i)
				actions[k] = a
			}
			s.Actions = actions
		}
		p.Services = append(p.Services, s)
	}
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkBytesToFindings compares the entry point with calling package
// plan directly, from the same bytes to the same findings:
//
//	go test -run '^$' -bench BytesToFindings -count 6 ./judge | benchstat -col /via -
func BenchmarkBytesToFindings(b *testing.B) {
	ctx := judgement.New(asOf)
	for _, n := range []int{100, 1000} {
		data := sized(b, n)
		b.Run(fmt.Sprintf("services=%d/via=package", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				p, err := plan.Decode("bench.json", data)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.Judge(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("services=%d/via=judge", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				res, err := judge.Document("bench.json", data, ctx)
				if err != nil || res.Error != nil {
					b.Fatal(err, res.Error)
				}
			}
		})
	}
}

// withFindings returns the JSON of the Fife sample plan with n more
// actions in its first service, each lacking a measure, a timescale and a
// lead, and so each earning one finding (plan.smart-actions).
func withFindings(b testing.TB, n int) []byte {
	b.Helper()
	in := input(b, "plan/testdata/fife-2023-2026.json")
	p, err := plan.Decode(in.File, in.Data)
	if err != nil {
		b.Fatal(err)
	}
	s := &p.Services[0]
	for i := range n {
		s.Actions = append(s.Actions, plan.Action{ID: fmt.Sprintf("X%d", i), Description: fmt.Sprintf("Action number %d, not yet planned", i)})
	}
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkFindings measures what findings cost: the bytes allocated to
// judge a plan of n findings, per finding (B/finding), and the bytes the
// Answer holds once judged, per finding (held-B/finding), without a cap
// and with MaxFindings of 100:
//
//	go test -run '^$' -bench Findings -benchmem -count 3 ./judge
func BenchmarkFindings(b *testing.B) {
	ctx := judgement.New(asOf)
	for _, n := range []int{1000, 10000, 100000} {
		data := withFindings(b, n)
		for _, max := range []int{0, 100} {
			b.Run(fmt.Sprintf("findings=%d/max=%d", n, max), func(b *testing.B) {
				req := judge.Request{Documents: []judge.Input{{File: "plan.json", Data: data}}, Context: ctx, MaxFindings: max}
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				ans, err := judge.Judge(req)
				if err != nil || ans.Results[0].Error != nil {
					b.Fatal(err, ans.Results[0].Error)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				found := len(ans.Results[0].Findings) + ans.Results[0].Omitted
				if found < n {
					b.Fatalf("%d findings, want at least %d", found, n)
				}
				held := float64(after.HeapAlloc) - float64(before.HeapAlloc)
				runtime.KeepAlive(ans)
				b.ReportAllocs()
				b.ResetTimer()
				runtime.ReadMemStats(&before)
				for b.Loop() {
					if _, err := judge.Judge(req); err != nil {
						b.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(found), "B/finding")
				b.ReportMetric(float64(found), "findings")
				b.ReportMetric(held/float64(found), "held-B/finding")
				b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N)/float64(found), "ns/finding")
			})
		}
	}
}
