package duty

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
)

// Modality says whether a catalogue entry is a duty ("must") or a power
// ("may"). The zero Modality is unset and not valid.
type Modality uint8

const (
	// Must: a duty. Its bearer is in breach if it does not do what the
	// provision requires.
	Must Modality = iota + 1
	// May: a power. Its bearer may use it and breaches nothing by not doing so.
	May
)

var modalityNames = [...]string{"", "must", "may"}

// ParseModality parses "must" or "may".
func ParseModality(s string) (Modality, error) {
	for i := Must; i <= May; i++ {
		if modalityNames[i] == s {
			return i, nil
		}
	}
	return 0, &part3.InputError{Category: part3.ErrInvalidValue,
		Err: fmt.Errorf("modality %q%s", s, suggest.Phrase(s, modalityNames[1:])), Expected: `"must" or "may"`}
}

// IsValid reports whether m is Must or May.
func (m Modality) IsValid() bool { return m == Must || m == May }

// String returns "must", "may", or "" for the zero Modality.
func (m Modality) String() string {
	if int(m) < len(modalityNames) {
		return modalityNames[m]
	}
	return fmt.Sprintf("Modality(%d)", uint8(m))
}

// MarshalText implements [encoding.TextMarshaler].
func (m Modality) MarshalText() ([]byte, error) {
	if m != 0 && !m.IsValid() {
		return nil, fmt.Errorf("duty: invalid modality %d", uint8(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseModality].
func (m *Modality) UnmarshalText(text []byte) error {
	v, err := ParseModality(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Role names who bears a duty or power of Part 3. The zero Role is unset and
// not valid.
type Role uint8

const (
	// JointPlanners: the local authority and its relevant health board,
	// who exercise the functions Part 3 confers on them jointly (s.7(6)),
	// joined by the relevant integration joint board once section 60 of the
	// Children (Care, Care Experience and Services Planning) (Scotland) Act
	// 2026 is commenced ([service.JointPlanners] answers for a date).
	JointPlanners Role = iota + 1
	// LocalAuthority: the local authority on its own account.
	LocalAuthority
	// RelevantHealthBoard: the relevant health board on its own account.
	RelevantHealthBoard
	// OtherServiceProvider: each other service provider (s.7(1)), on the
	// register as it stands on the date.
	OtherServiceProvider
	// ScottishMinisters: the Scottish Ministers. Where a [Bearer] limits them
	// to their functions under the Prisons (Scotland) Act 1989 (s.7(2)), it
	// says so.
	ScottishMinisters
	// Consultee: a person to be consulted under section 10(1)(b) (a person
	// "mentioned in" it, in section 14(2)(b)): organisations within section
	// 10(2), social landlords providing housing in the area, and persons the
	// Scottish Ministers specify by a direction in force, whether or not
	// the partnership has consulted them.
	Consultee
)

var roleNames = [...]string{"", "joint-planners", "local-authority", "relevant-health-board",
	"other-service-provider", "scottish-ministers", "consultee"}

// ParseRole parses a role's text form: "joint-planners", "local-authority",
// "relevant-health-board", "other-service-provider", "scottish-ministers" or
// "consultee".
func ParseRole(s string) (Role, error) {
	for i := JointPlanners; i <= Consultee; i++ {
		if roleNames[i] == s {
			return i, nil
		}
	}
	return 0, &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("role %q%s", s, suggest.Phrase(s, roleNames[1:])),
		Expected: strings.Join(quoteAll(roleNames[1:]), ", ")}
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// IsValid reports whether r is one of the defined roles.
func (r Role) IsValid() bool { return r >= JointPlanners && r <= Consultee }

// String returns the role's text form, or "" for the zero Role.
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// MarshalText implements [encoding.TextMarshaler].
func (r Role) MarshalText() ([]byte, error) {
	if r != 0 && !r.IsValid() {
		return nil, fmt.Errorf("duty: invalid role %d", uint8(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRole].
func (r *Role) UnmarshalText(text []byte) error {
	v, err := ParseRole(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Bearer is one kind of person that bears a duty or power, with any limit
// the Act puts on it and the provision that sets the limit.
type Bearer struct {
	// Role is who bears it.
	Role Role `json:"role"`
	// Limit, if not empty, says how far the Act binds this bearer, such as
	// "only in exercising functions under the Prisons (Scotland) Act 1989".
	Limit string `json:"limit,omitempty"`
	// Citation is the provision that names this bearer or sets its limit;
	// zero when it is the duty's own provision.
	Citation part3.Citation `json:"citation,omitzero"`
}

// Exception is a case in which a duty does not apply, as the Act (or, where
// it says so, the guidance) sets it out.
type Exception struct {
	// ID is stable and unique within its duty, such as "child-wellbeing".
	ID string `json:"id"`
	// Citation is where the exception comes from, such as s.12(3)(a).
	Citation part3.Citation `json:"citation"`
	// Text says when the exception applies.
	Text string `json:"text"`
}

// Duty is one entry of the catalogue of Part 3's duties and powers: a
// function conferred by sections 7 to 17 of the Act, who bears it, what it
// requires, its exceptions and whether the Scottish Ministers' directions may
// touch it. (Despite the name, an entry may be a power: see Modality.)
//
// Duties come from [Catalogue] and [Lookup]; the zero Duty is unset.
type Duty struct {
	// ID is stable, such as "s12-implementation": "s", the section, and a
	// kebab-case name.
	ID string `json:"id"`
	// Citation is the provision that confers the duty or power.
	Citation part3.Citation `json:"citation"`
	// Modality is Must for a duty and May for a power.
	Modality Modality `json:"modality"`
	// Title is a short name for a list.
	Title string `json:"title"`
	// Bearers are who bears it. JointPlanners means the local authority and
	// relevant health board jointly (s.7(6)); see [Duty.BearersOn] for the
	// bodies on a date.
	Bearers []Bearer `json:"bearers"`
	// Requires says what the duty requires or the power allows.
	Requires string `json:"requires"`
	// Exceptions are the cases in which the duty does not apply.
	Exceptions []Exception `json:"exceptions,omitempty"`
	// S16Directions reports whether a direction of the Scottish Ministers
	// under section 16 may relate to this function and bind its bearer:
	// never for complying with section 12, never for the Ministers' own
	// functions, and only the local authority, relevant health board and
	// other service providers are bound to comply (guidance para 145).
	S16Directions bool `json:"s16_directions"`
	// S17DefaultPowers reports whether the Scottish Ministers' default
	// powers under section 17 can reach this function: only functions
	// conferred on the local authority and relevant health board, and never
	// complying with section 12 (guidance para 148).
	S17DefaultPowers bool `json:"s17_default_powers"`
	// Sources are the guidance paragraphs and other texts the entry rests on.
	Sources []part3.Citation `json:"sources,omitempty"`
	// Notes are remarks for a reader; they are not law.
	Notes []string `json:"notes,omitempty"`
}

// IsZero reports whether d is the zero (unset) Duty.
func (d Duty) IsZero() bool { return d.ID == "" }

// IsPower reports whether d is a power ("may") rather than a duty.
func (d Duty) IsPower() bool { return d.Modality == May }

// Exception returns d's exception with the given ID.
func (d Duty) Exception(id string) (Exception, bool) {
	for _, e := range d.Exceptions {
		if e.ID == id {
			return e, true
		}
	}
	return Exception{}, false
}

// BornBy reports whether role is among d's bearers.
func (d Duty) BornBy(role Role) bool {
	for _, b := range d.Bearers {
		if b.Role == role {
			return true
		}
	}
	return false
}

//go:embed catalogue.json
var catalogueJSON []byte

// catalogueFile is the embedded catalogue's document.
type catalogueFile struct {
	Kind    string   `json:"kind"`
	Sources []string `json:"sources"`
	Duties  []Duty   `json:"duties"`
}

// catalogue is decoded strictly at init; a malformed data file is a bug in
// the module and panics at start-up (the test suite checks it).
var catalogue, catalogueSources = mustLoadCatalogue()

func mustLoadCatalogue() ([]Duty, []string) {
	duties, sources, err := loadCatalogue("duty/catalogue.json", catalogueJSON)
	if err != nil {
		panic(err)
	}
	return duties, sources
}

func loadCatalogue(file string, data []byte) ([]Duty, []string, error) {
	var f catalogueFile
	if err := part3.Decode(file, data, &f); err != nil {
		return nil, nil, err
	}
	if f.Kind != "duty-catalogue" {
		return nil, nil, &part3.InputError{File: file, Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("kind %q", f.Kind), Expected: `"duty-catalogue"`}
	}
	if err := checkCatalogue(f.Duties); err != nil {
		return nil, nil, part3.WithFile(err, file)
	}
	slices.SortStableFunc(f.Duties, func(a, b Duty) int { return a.Citation.Compare(b.Citation) })
	return f.Duties, f.Sources, nil
}

// checkCatalogue checks what decoding cannot: required values, unique IDs,
// and the law's own constraints on the entries.
func checkCatalogue(duties []Duty) error {
	seen := map[string]bool{}
	bad := func(i int, field string, cat error, format string, args ...any) error {
		return &part3.InputError{Path: part3.Pointer("duties", i, field), Category: cat, Err: fmt.Errorf(format, args...)}
	}
	for i, d := range duties {
		switch {
		case !validDutyID(d.ID):
			return bad(i, "id", part3.ErrInvalidValue, "ID %q must look like \"s12-implementation\"", d.ID)
		case seen[d.ID]:
			return bad(i, "id", part3.ErrDuplicateID, "ID %q is listed twice", d.ID)
		case !d.Citation.IsAct():
			return bad(i, "citation", part3.ErrInvalidValue, "%s: citation %q must cite the Act", d.ID, d.Citation)
		case !strings.HasPrefix(d.ID, fmt.Sprintf("s%d-", d.Citation.Section())):
			return bad(i, "id", part3.ErrInvalidValue, "ID %q does not match its citation %s", d.ID, d.Citation)
		case !d.Modality.IsValid():
			return bad(i, "modality", part3.ErrMissing, "%s: modality is not set", d.ID)
		case strings.TrimSpace(d.Title) == "" || strings.TrimSpace(d.Requires) == "":
			return bad(i, "requires", part3.ErrMissing, "%s: title and requires must be set", d.ID)
		case len(d.Bearers) == 0:
			return bad(i, "bearers", part3.ErrMissing, "%s: no bearer", d.ID)
		case d.S17DefaultPowers && !d.BornBy(JointPlanners):
			return bad(i, "s17_default_powers", part3.ErrInvalidValue,
				"%s: section 17 reaches only functions of the local authority and relevant health board", d.ID)
		case (d.S16Directions || d.S17DefaultPowers) && part3.Act("12").Contains(d.Citation):
			return bad(i, "s16_directions", part3.ErrInvalidValue,
				"%s: directions cannot relate to complying with section 12 (guidance paras 145, 148)", d.ID)
		}
		seen[d.ID] = true
		for j, b := range d.Bearers {
			if !b.Role.IsValid() {
				return &part3.InputError{Path: part3.Pointer("duties", i, "bearers", j, "role"),
					Category: part3.ErrMissing, Err: fmt.Errorf("%s: bearer role not set", d.ID)}
			}
		}
		for j, e := range d.Exceptions {
			if e.ID == "" || !e.Citation.IsValid() || e.Text == "" {
				return &part3.InputError{Path: part3.Pointer("duties", i, "exceptions", j),
					Category: part3.ErrMissing, Err: fmt.Errorf("%s: exception needs id, citation and text", d.ID)}
			}
		}
	}
	return nil
}

func validDutyID(id string) bool {
	if len(id) < 4 || id[0] != 's' || strings.HasSuffix(id, "-") || strings.Contains(id, "--") {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Catalogue returns every duty and power of sections 7 to 17 of the Act, in
// the order of their provisions. The result is new on each call, down to
// each entry's lists: changing it changes no other caller's catalogue.
func Catalogue() []Duty {
	out := make([]Duty, len(catalogue))
	for i, d := range catalogue {
		out[i] = d.clone()
	}
	return out
}

// clone returns d with its own copies of its lists.
func (d Duty) clone() Duty {
	d.Bearers = slices.Clone(d.Bearers)
	d.Exceptions = slices.Clone(d.Exceptions)
	d.Sources = slices.Clone(d.Sources)
	d.Notes = slices.Clone(d.Notes)
	return d
}

// CatalogueSources returns the sources the catalogue was compiled from.
func CatalogueSources() []string { return slices.Clone(catalogueSources) }

// Lookup returns the catalogue entry with the given ID, such as
// "s12-implementation", with its own copies of its lists.
func Lookup(id string) (Duty, bool) {
	d, ok := lookup(id)
	if !ok {
		return Duty{}, false
	}
	return d.clone(), true
}

// lookup returns the catalogue entry with the given ID, sharing its lists
// with the catalogue: for the package's own reading only.
func lookup(id string) (Duty, bool) {
	for _, d := range catalogue {
		if d.ID == id {
			return d, true
		}
	}
	return Duty{}, false
}

// mustLookup returns a catalogue entry the package itself names, sharing
// its lists with the catalogue; a missing one is a bug caught by the tests.
func mustLookup(id string) Duty {
	d, ok := lookup(id)
	if !ok {
		panic("duty: no catalogue entry " + id)
	}
	return d
}
