package testjson

import (
	"errors"
	"reflect"
	"testing"

	"github.com/csplanning/part3"
)

// SameInPlace checks that part3.Decode, which reads a document in place
// from its bytes, and part3.DecodeReflective, which reads it token by
// token with a decoder and by the fields of its types, decode data into a
// T alike: to equal values, or to the same problems, in the same words at
// the same places.
func SameInPlace[T any](t testing.TB, data []byte) {
	t.Helper()
	var inPlace, byTokens T
	errIn := part3.Decode("doc.json", data, &inPlace)
	errTok := part3.DecodeReflective("doc.json", data, &byTokens)
	if (errIn == nil) != (errTok == nil) {
		t.Fatalf("in place: %v\nby tokens: %v\n%q", errIn, errTok, data)
	}
	if errIn == nil {
		if !reflect.DeepEqual(inPlace, byTokens) {
			t.Fatalf("values differ:\nin place:  %+v\nby tokens: %+v\n%q", inPlace, byTokens, data)
		}
		return
	}
	var a, b *part3.InputError
	if !errors.As(errIn, &a) || !errors.As(errTok, &b) {
		t.Fatalf("not an *part3.InputError:\nin place: %v\nby tokens: %v", errIn, errTok)
	}
	pa, pb := a.Problems(), b.Problems()
	if len(pa) != len(pb) || a.Omitted != b.Omitted {
		t.Fatalf("in place %d problems (%d more), by tokens %d (%d more):\n%v\n%v\n%q", len(pa), a.Omitted, len(pb), b.Omitted, errIn, errTok, data)
	}
	for i := range pa {
		x, y := pa[i], pb[i]
		if x.Error() != y.Error() || x.Path != y.Path || x.Line != y.Line || x.Column != y.Column ||
			!errors.Is(x.Category, y.Category) || x.Expected != y.Expected {
			t.Fatalf("problem %d:\nin place:  %v\nby tokens: %v\n%q", i, x, y, data)
		}
	}
}
