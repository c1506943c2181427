package report

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/judgement"
)

func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "fife-2023-2024.json"))
	require.NoError(b, err)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode("fife-2023-2024.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// benchCtx is the judgement context the benchmarks judge with: as of
// asOf, under the law as it stands.
var benchCtx = judgement.New(asOf)

func BenchmarkValidate(b *testing.B) {
	r := load(b, "fife-2023-2024.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Judge(benchCtx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidateAgainstPlan(b *testing.B) {
	r := load(b, "fife-2024-2025-late.json")
	p := loadPlan(b, "fife-2023-2026-revision-1.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.JudgeAgainstPlan(p, benchCtx); err != nil {
			b.Fatal(err)
		}
	}
}

// thirtyTwoResults reviews and validates a plan for each council area,
// built from the Fife sample plan.
func thirtyTwoResults(b *testing.B) []PlanResult {
	var out []PlanResult
	for _, p := range thirtyTwoPlans(b) {
		out = append(out, assess(b, p))
	}
	return out
}

// BenchmarkOverview32 builds the national overview of 32 plans' reviews
// and findings.
func BenchmarkOverview32(b *testing.B) {
	results := thirtyTwoResults(b)
	b.ReportAllocs()
	for b.Loop() {
		NewOverview(results)
	}
}

func BenchmarkOverview32Text(b *testing.B) {
	o := NewOverview(thirtyTwoResults(b))
	b.ReportAllocs()
	for b.Loop() {
		if err := o.WriteText(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOverview32HTML(b *testing.B) {
	o := NewOverview(thirtyTwoResults(b))
	b.ReportAllocs()
	for b.Loop() {
		if err := o.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssess32 reviews and validates 32 plans: the work before the
// overview, for scale.
func BenchmarkAssess32(b *testing.B) {
	plans := thirtyTwoPlans(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range plans {
			if _, err := Assess(p, benchCtx); err != nil {
				b.Fatal(err)
			}
		}
	}
}
