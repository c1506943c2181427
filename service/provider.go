package service

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
)

// ProviderKind is the limb of section 7(2) a provider falls under: the
// local authority, its relevant health board, an other service provider,
// the Scottish Ministers (only in exercising functions under the Prisons
// (Scotland) Act 1989), or none of them (another organisation).
//
// The zero ProviderKind is unset and not valid. Text forms:
// "local-authority", "relevant-health-board", "other-service-provider",
// "scottish-ministers", "other-organisation".
type ProviderKind uint8

// The kinds of provider.
const (
	// KindLocalAuthority: the local authority for the area (s.7(2)).
	KindLocalAuthority ProviderKind = iota + 1
	// KindRelevantHealthBoard: the local authority's relevant health board
	// (s.7(1), s.7(2)).
	KindRelevantHealthBoard
	// KindOtherServiceProvider: a person listed as an "other service
	// provider" in s.7(1) (as modified under s.7(5)).
	KindOtherServiceProvider
	// KindScottishMinisters: the Scottish Ministers, whose services Part 3
	// covers only in the exercise of their functions under the Prisons
	// (Scotland) Act 1989 (s.7(2)).
	KindScottishMinisters
	// KindOtherOrganisation: anyone else (a charity, a housing association,
	// a private nursery). It provides no children's service or related
	// service in the Act's sense; it is a consultee under s.10(1)(b) and
	// s.10(2).
	KindOtherOrganisation
)

var providerKindNames = [...]string{"", "local-authority", "relevant-health-board", "other-service-provider", "scottish-ministers", "other-organisation"}

// ProviderKinds lists the valid provider kinds in the order of s.7(2),
// then KindOtherOrganisation.
func ProviderKinds() []ProviderKind {
	return []ProviderKind{KindLocalAuthority, KindRelevantHealthBoard, KindOtherServiceProvider, KindScottishMinisters, KindOtherOrganisation}
}

// IsZero reports whether k is the zero (unset) ProviderKind.
func (k ProviderKind) IsZero() bool { return k == 0 }

// IsValid reports whether k is one of the kinds listed by ProviderKinds.
func (k ProviderKind) IsValid() bool { return k >= KindLocalAuthority && k <= KindOtherOrganisation }

// IsPart3 reports whether k is one of the four kinds of person in s.7(2)
// (for KindScottishMinisters, only in exercising functions under the
// Prisons (Scotland) Act 1989).
func (k ProviderKind) IsPart3() bool { return k >= KindLocalAuthority && k <= KindScottishMinisters }

// String returns the text form, "" for the zero kind and a Go-syntax form
// such as "ProviderKind(9)" for an invalid one.
func (k ProviderKind) String() string {
	if int(k) < len(providerKindNames) {
		return providerKindNames[k]
	}
	return fmt.Sprintf("ProviderKind(%d)", uint8(k))
}

// ParseProviderKind parses a text form of ProviderKind.
func ParseProviderKind(s string) (ProviderKind, error) {
	return parseEnum[ProviderKind]("provider kind", providerKindNames[:], s, false)
}

// MarshalText implements [encoding.TextMarshaler].
func (k ProviderKind) MarshalText() ([]byte, error) {
	if !k.IsValid() && !k.IsZero() {
		return nil, fmt.Errorf("service: invalid ProviderKind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseProviderKind]; "" gives the zero kind. An unknown form is an
// *part3.InputError (part3.ErrInvalidValue).
func (k *ProviderKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, providerKindNames[:], ParseProviderKind, text, true)
}

// Provider says who provides a service, in the text form every document
// uses:
//
//	local-authority                                 the local authority for the area
//	relevant-health-board                           its relevant health board
//	scottish-ministers                              the Scottish Ministers
//	police-scotland                                 the Chief Constable of the Police Service of Scotland
//	scottish-fire-and-rescue-service                the Scottish Fire and Rescue Service
//	principal-reporter                              the Principal Reporter
//	national-convener-childrens-hearings-scotland   the National Convener of Children's Hearings Scotland
//	scottish-courts-and-tribunals-service           the Scottish Courts and Tribunals Service
//	integration-joint-board                         an integration joint board
//	other-organisation                              anyone else: a charity, a housing association...
//
// The six in the middle are the other service providers of s.7(1) as the
// guidance lists them (para 135); their forms are the IDs of the entries of
// [DefaultRegister]. A provider added by order under s.7(5) is
// Provider(entry.ID): [Classify] recognises it on the dates the register in
// its [Law] lists it, though [ParseProvider] (and so a document) accepts
// only the forms above.
//
// "local-authority" and "relevant-health-board" mean the local authority
// whose area the service is in and that authority's relevant health board.
// Another council or health board providing a service in the area is not
// a s.7(2) person for it: record it as other-organisation.
//
// The zero Provider ("") is unset and not valid.
type Provider string

// The providers with a text form.
const (
	ProviderLocalAuthority                    Provider = "local-authority"
	ProviderRelevantHealthBoard               Provider = "relevant-health-board"
	ProviderScottishMinisters                 Provider = "scottish-ministers"
	ProviderPoliceScotland                    Provider = "police-scotland"
	ProviderScottishFireAndRescueService      Provider = "scottish-fire-and-rescue-service"
	ProviderPrincipalReporter                 Provider = "principal-reporter"
	ProviderNationalConvener                  Provider = "national-convener-childrens-hearings-scotland"
	ProviderScottishCourtsAndTribunalsService Provider = "scottish-courts-and-tribunals-service"
	ProviderIntegrationJointBoard             Provider = "integration-joint-board"
	ProviderOtherOrganisation                 Provider = "other-organisation"
)

var providerNames = map[Provider]string{
	ProviderLocalAuthority:      "the local authority",
	ProviderRelevantHealthBoard: "the relevant health board",
	ProviderScottishMinisters:   "the Scottish Ministers",
	ProviderOtherOrganisation:   "another organisation",
}

// Providers lists every Provider with a text form: the local authority,
// the relevant health board, the Scottish Ministers, the six other service
// providers of the default register, and other-organisation.
func Providers() []Provider {
	out := []Provider{ProviderLocalAuthority, ProviderRelevantHealthBoard, ProviderScottishMinisters}
	for _, e := range defaultEntries {
		out = append(out, Provider(e.ID))
	}
	return append(out, ProviderOtherOrganisation)
}

// providerForms are the providers with a text form, most often given
// first.
var providerForms = Providers()

// ParseProvider parses a provider's text form (see [Provider]). Anything
// else is a *ValueError listing the forms.
func ParseProvider(s string) (Provider, error) {
	p := Provider(s)
	if p.IsValid() {
		return p, nil
	}
	forms := make([]string, 0, 10)
	for _, q := range Providers() {
		forms = append(forms, string(q))
	}
	return "", &ValueError{Type: "provider", Input: s, Expected: strings.Join(forms, ", "), Suggestion: suggestProvider(s)}
}

// IsZero reports whether p is the zero (unset) Provider.
func (p Provider) IsZero() bool { return p == "" }

// IsValid reports whether p is one of the text forms listed by Providers.
func (p Provider) IsValid() bool {
	_, named := providerNames[p]
	return named || p.IsOtherServiceProvider()
}

// IsOtherServiceProvider reports whether p is one of the six other service
// providers of the default register (s.7(1), guidance para 135). It does
// not consult orders under s.7(5); [Law.ProviderKind] does.
func (p Provider) IsOtherServiceProvider() bool {
	_, ok := defaultEntry(string(p))
	return ok
}

// IsPart3Provider reports whether p is one of the persons in s.7(2): the
// local authority, its relevant health board, an other service provider of
// the default register, or the Scottish Ministers. For the Scottish
// Ministers only their services under the Prisons (Scotland) Act 1989
// count; [Classify] checks that.
func (p Provider) IsPart3Provider() bool {
	return p == ProviderLocalAuthority || p == ProviderRelevantHealthBoard || p == ProviderScottishMinisters || p.IsOtherServiceProvider()
}

// Kind returns p's kind under the default register: KindOtherServiceProvider
// for the six other service providers, KindOtherOrganisation for
// other-organisation, and the zero kind for the zero or an unknown Provider.
func (p Provider) Kind() ProviderKind {
	switch {
	case p == ProviderLocalAuthority:
		return KindLocalAuthority
	case p == ProviderRelevantHealthBoard:
		return KindRelevantHealthBoard
	case p == ProviderScottishMinisters:
		return KindScottishMinisters
	case p == ProviderOtherOrganisation:
		return KindOtherOrganisation
	case p.IsOtherServiceProvider():
		return KindOtherServiceProvider
	}
	return 0
}

// Name returns who p is in words: "the local authority", "the Chief
// Constable of the Police Service of Scotland", "another organisation"; ""
// for an unknown Provider.
func (p Provider) Name() string {
	if n, ok := providerNames[p]; ok {
		return n
	}
	if e, ok := defaultEntry(string(p)); ok {
		return e.Name
	}
	return ""
}

// String returns the text form.
func (p Provider) String() string { return string(p) }

// MarshalText implements [encoding.TextMarshaler]: the text form.
func (p Provider) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseProvider]; "" gives the zero Provider. An unknown form is an
// *part3.InputError (part3.ErrInvalidValue) so that [part3.Decode] reports
// its JSON path.
func (p *Provider) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = ""
		return nil
	}
	for _, q := range providerForms {
		if string(text) == string(q) {
			*p = q // the constant, without making a string of text
			return nil
		}
	}
	v, err := ParseProvider(string(text))
	if err != nil {
		return valueInputError(err)
	}
	*p = v
	return nil
}

// ValueError reports text that is not one of a type's text forms.
type ValueError struct {
	Type     string // "provider", "service kind", "wellbeing indicator", ...
	Input    string // the text given
	Expected string // the forms accepted, comma-separated
	// Suggestion is the form probably meant, or "": the closest of the
	// forms, or for a provider the form of the one the text names in
	// words ("police-scotland" for "Police Scotland").
	Suggestion string
}

// Error describes the error on one line.
func (e *ValueError) Error() string {
	if e.Suggestion != "" {
		return fmt.Sprintf("unknown %s %q; did you mean %q?", e.Type, e.Input, e.Suggestion)
	}
	return fmt.Sprintf("unknown %s %q", e.Type, e.Input)
}

// valueInputError wraps a *ValueError for UnmarshalText.
func valueInputError(err error) error {
	ie := &part3.InputError{Category: part3.ErrInvalidValue, Err: err}
	if ve, ok := err.(*ValueError); ok {
		ie.Expected = "one of " + ve.Expected
	}
	return ie
}

// suggestProvider returns the text form of the provider s probably means,
// or "": the closest form, or the form of a provider whose name s is
// close to, such as "police-scotland" for "Police Scotland" or for "the
// Chief Constable of the Police Service of Scotland". Documents give the
// form, never the name: the published schemas list the forms, and a name
// has more than one spelling.
func suggestProvider(s string) string {
	var candidates []string
	var forms []Provider
	for _, p := range Providers() {
		candidates, forms = append(candidates, string(p)), append(forms, p)
		if n := p.Name(); n != "" {
			candidates, forms = append(candidates, n), append(forms, p)
		}
		if n := providerShortNames[p]; n != "" {
			candidates, forms = append(candidates, n), append(forms, p)
		}
	}
	best, ok := suggest.Closest(s, candidates)
	if !ok {
		return ""
	}
	for i, c := range candidates {
		if c == best && string(forms[i]) != s {
			return string(forms[i])
		}
	}
	return ""
}

// providerShortNames are the names people use for the other service
// providers, where they differ from the Act's.
var providerShortNames = map[Provider]string{
	ProviderPoliceScotland:                    "Police Scotland",
	ProviderPrincipalReporter:                 "Scottish Children's Reporter Administration",
	ProviderNationalConvener:                  "Children's Hearings Scotland",
	ProviderScottishFireAndRescueService:      "Scottish Fire and Rescue Service",
	ProviderScottishCourtsAndTribunalsService: "Scottish Courts and Tribunals Service",
	ProviderIntegrationJointBoard:             "Health and Social Care Partnership",
}
