package service

import (
	"fmt"
	"strconv"
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

// registerChanges returns n valid s.7(5) changes in date order, one a
// day from 1 April 2027: of every four, two add a new entry, one varies
// the latest added and one removes the earliest still listed, so the list
// grows by about n/4 entries.
func registerChanges(n int) []RegisterChange {
	start := period.MustDate(2027, 4, 1)
	out := make([]RegisterChange, 0, n)
	added, removed := 0, 0
	id := func(k int) string { return fmt.Sprintf("provider-%d", k) }
	for i := range n {
		c := RegisterChange{Effective: start.AddDays(i)}
		switch i % 4 {
		case 0, 1:
			c.Action, c.Entry = ActionAdd, OtherServiceProvider{ID: id(added), Name: "Provider " + strconv.Itoa(added)}
			added++
		case 2:
			c.Action, c.Entry = ActionVary, OtherServiceProvider{ID: id(added - 1), Name: "Provider " + strconv.Itoa(added-1) + " (varied)"}
		case 3:
			c.Action, c.Entry = ActionRemove, OtherServiceProvider{ID: id(removed)}
			removed++
		}
		out = append(out, c)
	}
	return out
}

// BenchmarkRegisterApply applies n changes, in date order, to the default
// register one at a time, as a caller building a register from a list of
// orders does.
func BenchmarkRegisterApply(b *testing.B) {
	for _, n := range []int{80, 800, 8000} {
		changes := registerChanges(n)
		b.Run(fmt.Sprintf("changes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := DefaultRegister()
				for _, c := range changes {
					var err error
					if r, err = r.Apply(c); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
