package scenarios

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkDecodeSuite decodes every scenario file of the suite, with the
// documents they name by path.
func BenchmarkDecodeSuite(b *testing.B) {
	names, err := Files(".")
	require.NoError(b, err)
	data := make([][]byte, len(names))
	for i, n := range names {
		data[i], err = os.ReadFile(n)
		require.NoError(b, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, n := range names {
			if _, err := Decode(n, data[i], os.ReadFile); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRunSuite answers every case of the suite, decoded once.
func BenchmarkRunSuite(b *testing.B) {
	names, err := Files(".")
	require.NoError(b, err)
	files := make([]File, len(names))
	cases := 0
	for i, n := range names {
		files[i], err = Load(n)
		require.NoError(b, err)
		cases += len(files[i].Cases)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			f.Run()
		}
	}
	b.ReportMetric(float64(cases), "cases/op")
}
