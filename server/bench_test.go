package server

import (
	"bytes"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
)

// sized returns the Fife sample plan grown to n services, as the plan
// package's benchmarks grow it.
func sized(b testing.TB, n int) []byte {
	b.Helper()
	p, err := plan.Decode("fife.json", read(b, "plan/testdata/fife-2023-2026.json"))
	must(b, err)
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
	out, err := json.Marshal(p)
	must(b, err)
	return out
}

// BenchmarkHandler compares the handler of POST /v1/validate, called in
// process without a network (httptest), with the entry point and the
// encoding it calls: the server's own cost, apart from the client and
// the loopback that server/loadtest measures too.
//
//	go test -run '^$' -bench Handler -count 6 ./server | benchstat -col /via -
func BenchmarkHandler(b *testing.B) {
	h := New(Config{})
	for _, n := range []int{100, 1000} {
		data := sized(b, n)
		b.Run(fmt.Sprintf("services=%d/via=judge", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				ans, err := judge.Judge(judge.Request{Documents: []judge.Input{{File: "plan.json", Data: data}}, Context: judgement.New(asOf)})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := judge.MarshalJSON(ans); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("services=%d/via=handler", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/validate?as_of=2026-11-26&file=plan.json", bytes.NewReader(data)))
				if rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
		})
	}
}
