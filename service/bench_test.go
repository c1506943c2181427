package service

import (
	"testing"

	"github.com/csplanning/part3/period"
)

func BenchmarkCouncilByCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := CouncilByCode("S12000047"); !ok {
			b.Fatal("not found")
		}
	}
}

func BenchmarkLookupCouncil(b *testing.B) {
	for _, name := range []string{"Perth & Kinross", "City of Edinburgh Council", "S12000015"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := LookupCouncil(name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLookupCouncilUnknown(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LookupCouncil("Edinbrugh"); err == nil {
			b.Fatal("found")
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	s := Service{ID: "camhs", Name: "CAMHS", Provider: ProviderRelevantHealthBoard, WhollyOrMainlyForChildren: true}
	law := DefaultLaw()
	on := period.MustDate(2026, 4, 1)
	b.ReportAllocs()
	for b.Loop() {
		_ = Classify(s, on, law)
	}
}
