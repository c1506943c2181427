package scenarios

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/csplanning/part3/internal/testjson"
)

// FuzzDecode feeds the decoder arbitrary bytes, seeded with every scenario
// file of the suite and of testdata: it must never panic, a file that
// decodes must run every case without panicking, and every case must come
// back with a status.
func FuzzDecode(f *testing.F) {
	for _, pattern := range []string{"*.json", "testdata/*.json", "documents/*.json"} {
		names, _ := filepath.Glob(pattern)
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte(`{"kind": "scenarios", "title": "t", "cases": [{"name": "a", "citation": "s.8(1)", "period": {"date": "9997-03-31", "expect": {"plan_period": "9994-9997"}}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[File](t, data)
		file, err := Decode("fuzz.json", data, nil)
		if err != nil {
			return
		}
		results := file.Run()
		if len(results) != len(file.Cases) {
			t.Fatalf("%d results for %d cases", len(results), len(file.Cases))
		}
		for _, r := range results {
			if r.Status != Pass && r.Status != Fail && r.Status != KnownFailure {
				t.Fatalf("case %q has no status", r.Name)
			}
			_ = r.String()
		}
	})
}
