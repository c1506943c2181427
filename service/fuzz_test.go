package service

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/period"
)

func addTestdataSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(data)
		}
	}
}

// FuzzDecodeService: no input makes decoding or classifying a service
// panic, a decoded service classifies to a valid kind, and its JSON decodes
// back to the same service.
func FuzzDecodeService(f *testing.F) {
	addTestdataSeeds(f)
	f.Add([]byte(`{"id":"a","name":"b","provider":"scottish-ministers","prisons_act_function":true,"kind":"related-service"}`))
	f.Add([]byte(`{"id":"a","name":"b","provider":"other-organisation","commissioned_by":"local-authority","wholly_or_mainly_for_children":true}`))
	f.Add([]byte(`{"id":"a","name":"b","provider":"police-scotland","joint_providers":[{"provider":"local-authority","role":"social work"},{"provider":"integration-joint-board","integration_joint_board":"Fife","role":"health"}],"wholly_or_mainly_for_children":true}`))
	law := DefaultLaw().WithSection60Commencement(period.MustDate(2027, 4, 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[Service](t, data)
		s, err := DecodeService("f.json", data)
		if err != nil {
			return
		}
		c := Classify(s, period.MustDate(2026, 4, 1), law)
		if !c.Kind.IsValid() || len(c.Reasons) == 0 {
			t.Fatalf("classification %v of %+v", c, s)
		}
		for _, l := range kindLaws(t) {
			for _, on := range []period.Date{period.MustDate(2016, 1, 1), period.MustDate(2026, 4, 1), period.MustDate(2028, 1, 1)} {
				if got, want := KindOf(s, on, l), Classify(s, on, l).Kind; got != want {
					t.Fatalf("KindOf %v, Classify %v, on %s, of %+v", got, want, on, s)
				}
			}
		}
		_ = JudgeServices("/services", []Service{s}, period.MustDate(2026, 4, 1), law)
		out, err := jsonMarshal(s)
		if err != nil {
			t.Fatalf("marshal %+v: %v", s, err)
		}
		back, err := DecodeService("back.json", out)
		if err != nil || !reflect.DeepEqual(back, s) {
			t.Fatalf("round trip of %s: %+v, %v", out, back, err)
		}
	})
}

// FuzzLookupCouncil: no name makes look-up panic; a council found by any
// name is found again by its official name and its code, and round-trips
// through its text form; the other look-ups do not panic either.
func FuzzLookupCouncil(f *testing.F) {
	for _, c := range Councils() {
		f.Add(c.Name())
		f.Add(c.Code())
	}
	for _, s := range []string{"Edinburgh", "Perth & Kinross", "Na h-Eileanan Siar", "Edinbrugh", "", "\xff", "NHS Fife", "s12000015", "the   council"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		c, err := LookupCouncil(name)
		if err == nil {
			if !c.IsValid() {
				t.Fatalf("LookupCouncil(%q) = invalid council", name)
			}
			if again, err := LookupCouncil(c.Name()); err != nil || again != c {
				t.Fatalf("LookupCouncil(%q) = %v, but its name gives %v, %v", name, c, again, err)
			}
			if byCode, ok := CouncilByCode(c.Code()); !ok || byCode != c {
				t.Fatalf("CouncilByCode(%q) = %v, %v", c.Code(), byCode, ok)
			}
			var back Council
			text, _ := c.MarshalText()
			if err := back.UnmarshalText(text); err != nil || back != c {
				t.Fatalf("text round trip of %v: %v, %v", c, back, err)
			}
		} else if _, ok := err.(*UnknownNameError); !ok {
			t.Fatalf("LookupCouncil(%q) error %T", name, err)
		}
		_, _ = LookupHealthBoard(name)
		_, _ = LookupIntegrationJointBoard(name)
	})
}

// FuzzParseProvider: parse(format(x)) == x for every provider parsed.
func FuzzParseProvider(f *testing.F) {
	for _, p := range Providers() {
		f.Add(string(p))
	}
	f.Add("police")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseProvider(s)
		if err != nil {
			return
		}
		if q, err := ParseProvider(p.String()); err != nil || q != p || p.String() != s {
			t.Fatalf("ParseProvider(%q) = %q; reparse %q, %v", s, p, q, err)
		}
	})
}

// FuzzParseWellbeingIndicator: parse(format(x)) == x.
func FuzzParseWellbeingIndicator(f *testing.F) {
	for _, w := range WellbeingIndicators() {
		f.Add(w.String())
	}
	f.Add("SAFE")
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWellbeingIndicator(s)
		if err != nil {
			return
		}
		if q, err := ParseWellbeingIndicator(w.String()); err != nil || q != w {
			t.Fatalf("ParseWellbeingIndicator(%q) = %v; reparse %v, %v", s, w, q, err)
		}
	})
}
