package judge_test

import (
	"fmt"
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
