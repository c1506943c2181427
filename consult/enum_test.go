package consult_test

import (
	"errors"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
)

type textual interface {
	String() string
	MarshalText() ([]byte, error)
	IsValid() bool
}

// enumCase is one textual type: every valid text form, a parser, the zero
// value (unset) and the first value past the named ones.
type enumCase struct {
	name  string
	forms []string
	parse func(string) (textual, error)
	zero  textual
	past  textual
}

func wrap[T textual](f func(string) (T, error)) func(string) (textual, error) {
	return func(s string) (textual, error) { v, err := f(s); return v, err }
}

var enumCases = []enumCase{
	{"RequestKind", []string{"participate", "contribute"}, wrap(consult.ParseRequestKind), consult.RequestKind(0), consult.RequestKind(3)},
	{"RefusalGround", []string{"commercial-sensitivity", "data-protection"}, wrap(consult.ParseRefusalGround), consult.RefusalGround(0), consult.RefusalGround(3)},
	{"Means", []string{"planning-group-seat", "meeting", "consultation-event", "written-submission", "data-request", "survey", "other"}, wrap(consult.ParseMeans), consult.Means(0), consult.Means(8)},
	{"Participation", []string{"took-part", "did-not-take-part"}, wrap(consult.ParseParticipation), consult.Participation(0), consult.Participation(3)},
	{"ConsulteeCategory", []string{"represents-service-users", "provides-service-in-area", "social-landlord", "directed-person"}, wrap(consult.ParseConsulteeCategory), consult.ConsulteeCategory(0), consult.ConsulteeCategory(5)},
	{"LandlordType", []string{"registered-social-landlord", "local-authority-landlord", "local-authority-housing-services"}, wrap(consult.ParseLandlordType), consult.LandlordType(0), consult.LandlordType(4)},
	{"Sector", []string{"public-sector", "third-sector", "private-sector"}, wrap(consult.ParseSector), consult.Sector(0), consult.Sector(4)},
	{"Answer", []string{"met", "refused", "no-answer"}, wrap(consult.ParseAnswer), consult.Answer(0), consult.Answer(4)},
	{"EngagementGroup", []string{"children-and-young-people", "families", "third-sector-interface", "staff", "wider-community"}, wrap(consult.ParseEngagementGroup), consult.EngagementGroup(0), consult.EngagementGroup(6)},
}

func TestEnumRoundTrip(t *testing.T) {
	for _, c := range enumCases {
		t.Run(c.name, func(t *testing.T) {
			for _, form := range c.forms {
				v, err := c.parse(form)
				if err != nil {
					t.Fatalf("parse %q: %v", form, err)
				}
				b, err := v.MarshalText()
				if err != nil || string(b) != form || v.String() != form || !v.IsValid() {
					t.Errorf("%q: String %q MarshalText %q %v IsValid %v", form, v.String(), b, err, v.IsValid())
				}
			}
			// The zero value is unset: not valid, and written as "".
			if b, err := c.zero.MarshalText(); c.zero.IsValid() || c.zero.String() != "" || err != nil || len(b) != 0 {
				t.Errorf("zero: IsValid %v String %q MarshalText %q %v", c.zero.IsValid(), c.zero.String(), b, err)
			}
			// A value past the named ones is not valid, has no text form
			// and cannot be written.
			if b, err := c.past.MarshalText(); c.past.IsValid() || c.past.String() != "" || err == nil {
				t.Errorf("past the last form: IsValid %v String %q MarshalText %q %v", c.past.IsValid(), c.past.String(), b, err)
			}
			_, err := c.parse("bogus")
			var ve *consult.ValueError
			if !errors.As(err, &ve) || ve.Input != "bogus" || ve.Expected == "" {
				t.Errorf("parse bogus: %v, want a *ValueError", err)
			}
			if _, err := c.parse(""); err == nil {
				t.Errorf("parse \"\": want an error")
			}
		})
	}
}

func TestEnumUnmarshalIsInputError(t *testing.T) {
	var k consult.RequestKind
	err := k.UnmarshalText([]byte("ask"))
	var ie *part3.InputError
	if !errors.As(err, &ie) || !errors.Is(err, part3.ErrInvalidValue) || ie.Expected != "one of participate, contribute" {
		t.Errorf("UnmarshalText: %v", err)
	}
	var ve *consult.ValueError
	if !errors.As(err, &ve) {
		t.Errorf("UnmarshalText error does not wrap a *ValueError")
	}
	if err := k.UnmarshalText(nil); err != nil || k != 0 {
		t.Errorf("empty text: %v, %v", k, err)
	}
	if b, err := consult.RequestKind(9).MarshalText(); err == nil {
		t.Errorf("MarshalText of an invalid kind = %q, want an error", b)
	}
	if !consult.Participate.IsValid() || consult.RequestKind(0).IsValid() || !consult.RequestKind(0).IsZero() || consult.Contribute.IsZero() {
		t.Error("RequestKind IsValid/IsZero wrong")
	}
	if !consult.RefusalGround(0).IsZero() || consult.DataProtection.IsZero() || consult.CommerciallySensitive.IsZero() {
		t.Error("RefusalGround IsZero wrong")
	}
	if consult.Participate.Citation() != part3.Act("10(6)(a)") || consult.Contribute.Citation() != part3.Act("10(6)(b)") {
		t.Error("RequestKind.Citation wrong")
	}
	if consult.SocialLandlord.Citation() != part3.Act("10(1)(b)(ii)") || consult.RepresentsServiceUsers.Citation() != part3.Act("10(2)(a)") {
		t.Error("ConsulteeCategory.Citation wrong")
	}
}

func FuzzParseEnums(f *testing.F) {
	for _, c := range enumCases {
		for _, form := range c.forms {
			f.Add(form)
		}
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range enumCases {
			v, err := c.parse(s)
			if err != nil {
				continue
			}
			b, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%s: %q parsed but does not marshal: %v", c.name, s, err)
			}
			w, err := c.parse(string(b))
			if err != nil || w != v {
				t.Fatalf("%s: parse(format(%q)) = %v, %v", c.name, s, w, err)
			}
		}
	})
}
