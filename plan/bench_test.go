package plan

import (
	"bytes"
	"encoding"
	stdjson "encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"

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

// sizes are the plan sizes, in services, of the decoding and validation
// benchmarks; bigSizes add the 10,000-service plan that measures growth
// per tenfold size.
var (
	sizes    = []int{10, 100, 1000}
	bigSizes = []int{10, 100, 1000, 10000}
)

func BenchmarkDecode(b *testing.B) {
	for _, n := range bigSizes {
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
// validation) beside two yardsticks on the same bytes, as variants of one
// benchmark so that "go test -count N" runs them round by round and load
// on the machine falls on each alike:
//
//   - encoding-json: encoding/json's strict decoding (unknown fields
//     refused) into plain structs of the same shape, with text where the
//     plan has dates, periods, councils and enumerations: it checks
//     nothing else;
//   - tokenise: reading every token with jsontext.Decoder and building
//     nothing, the floor of any decoder built on it.
//
// The goals (DESIGN.md) at 1,000 services: part3 at most a quarter of
// encoding-json and at most 2.5 times tokenise; and part3's growth from
// 1,000 to 10,000 services at most 10.5 times.
func BenchmarkBytesToFindings(b *testing.B) {
	plain := plainType(reflect.TypeFor[Plan]())
	for _, n := range bigSizes {
		data := sized(b, n)
		run := func(variant string, f func() error) {
			b.Run(fmt.Sprintf("variant=%s/services=%d", variant, n), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if err := f(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		run("part3", func() error {
			p, err := Decode("bench.json", data)
			if err != nil {
				return err
			}
			_, err = p.Judge(benchCtx)
			return err
		})
		run("encoding-json", func() error { return decodePlain(data, plain) })
		run("tokenise", func() error { return tokenise(data) })
	}
}

// decodePlain decodes data strictly with encoding/json into a new value of
// the plain type typ.
func decodePlain(data []byte, typ reflect.Type) error {
	dec := stdjson.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(reflect.New(typ).Interface())
}

// tokenise reads every token of data with jsontext.Decoder, building
// nothing.
func tokenise(data []byte) error {
	dec := jsontext.NewDecoder(bytes.NewBuffer(data))
	for {
		if _, err := dec.ReadToken(); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// plainType returns a type of the same JSON shape as t built only of
// strings, numbers, booleans, slices, maps, pointers and structs: a type
// that decodes from text (a date, a period, a council, an enumeration) is
// a string, and an embedded struct's members are the struct's own.
func plainType(t reflect.Type) reflect.Type {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return reflect.TypeFor[string]()
	}
	switch t.Kind() {
	case reflect.Slice:
		return reflect.SliceOf(plainType(t.Elem()))
	case reflect.Pointer:
		return reflect.PointerTo(plainType(t.Elem()))
	case reflect.Map:
		return reflect.MapOf(t.Key(), plainType(t.Elem()))
	case reflect.Struct:
		return reflect.StructOf(plainFields(t))
	}
	return t
}

func plainFields(t reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, plainFields(f.Type)...)
			continue
		}
		out = append(out, reflect.StructField{Name: f.Name, Type: plainType(f.Type), Tag: f.Tag})
	}
	return out
}

// TestYardsticksReadTheSamePlan keeps BenchmarkBytesToFindings honest: the
// plain structs take the benchmark's bytes and give back the same JSON
// (so they hold every member), and the tokeniser reads them to the end.
func TestYardsticksReadTheSamePlan(t *testing.T) {
	data := sized(t, 100)
	v := reflect.New(plainType(reflect.TypeFor[Plan]()))
	dec := stdjson.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v.Interface()); err != nil {
		t.Fatal(err)
	}
	p, err := Decode("bench.json", data)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(p, json.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(v.Interface(), json.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	if err := (*jsontext.Value)(&want).Canonicalize(); err != nil {
		t.Fatal(err)
	}
	if err := (*jsontext.Value)(&got).Canonicalize(); err != nil {
		t.Fatal(err)
	}
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("the plain structs give other JSON (-Plan +plain):\n%.3000s", diff)
	}
	if err := tokenise(data); err != nil {
		t.Errorf("tokenise: %v", err)
	}
}
