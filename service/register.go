package service

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

//go:embed data/other-service-providers.tsv
var ospTSV []byte

// OtherServiceProvider is one entry of the list of "other service
// providers" in s.7(1): a stable ID (also the [Provider] text form), the
// entry's words, the citation of the list, and a note where the entry
// differs from the enacted text or is unconfirmed. Its JSON keys are id,
// name, citation and note. It is comparable.
//
// The default register's "integration-joint-board" entry is unconfirmed
// in its wording and its source: the 2nd edition of the guidance words it
// as a board "established by order under section 9 of the Public Bodies
// (Joint Working) (Scotland) Act 2014" added by section 58 of that Act
// (appendix D, note 41), while the 1st edition attributes it to SSI
// 2015/157, worded as a board "to which functions in relation to persons
// under 18 are delegated". Its Note says so; a caller who has checked the
// Act's text can vary it with [Register.Apply].
type OtherServiceProvider struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Citation part3.Citation `json:"citation"`
	Note     string         `json:"note,omitzero"`
}

// Provider returns the entry's Provider, Provider(e.ID).
func (e OtherServiceProvider) Provider() Provider { return Provider(e.ID) }

// defaultEntries is the default register, read from the embedded file.
var defaultEntries = func() []OtherServiceProvider {
	rows, err := readTSV("other-service-providers.tsv", ospTSV, 3)
	if err != nil {
		panic("service: embedded data: " + err.Error())
	}
	out := make([]OtherServiceProvider, len(rows))
	for i, r := range rows {
		note := r[2]
		if note == "-" {
			note = ""
		}
		out[i] = OtherServiceProvider{ID: r[0], Name: r[1], Citation: part3.Act("7(1)"), Note: note}
	}
	return out
}()

func defaultEntry(id string) (OtherServiceProvider, bool) {
	for _, e := range defaultEntries {
		if e.ID == id {
			return e, true
		}
	}
	return OtherServiceProvider{}, false
}

// ChangeAction is what an order under s.7(5) does to the list of other
// service providers: add a person or description of persons, remove an
// entry, or vary one. Text forms "add", "remove", "vary"; the zero value is
// unset.
type ChangeAction uint8

// The actions of s.7(5).
const (
	ActionAdd ChangeAction = iota + 1
	ActionRemove
	ActionVary
)

var actionNames = [...]string{"", "add", "remove", "vary"}

// IsValid reports whether a is ActionAdd, ActionRemove or ActionVary.
func (a ChangeAction) IsValid() bool { return a >= ActionAdd && a <= ActionVary }

// String returns "add", "remove" or "vary", "" for the zero value.
func (a ChangeAction) String() string {
	if int(a) < len(actionNames) {
		return actionNames[a]
	}
	return fmt.Sprintf("ChangeAction(%d)", uint8(a))
}

// ParseChangeAction parses "add", "remove" or "vary".
func ParseChangeAction(s string) (ChangeAction, error) {
	return parseEnum[ChangeAction]("change action", actionNames[:], s, false)
}

// MarshalText implements [encoding.TextMarshaler].
func (a ChangeAction) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseChangeAction]; "" gives the zero value.
func (a *ChangeAction) UnmarshalText(text []byte) error {
	return unmarshalEnum(a, ParseChangeAction, text, true)
}

// RegisterChange is one change made by order under s.7(5) to the list of
// other service providers, in force from Effective. For ActionAdd, Entry is
// the new entry; for ActionVary, Entry.ID names the entry and Entry's other
// fields replace it; for ActionRemove only Entry.ID counts. Order names the
// instrument (for example part3.Legislation("SSI 2027/12", "")). JSON keys:
// action, effective, entry, order.
type RegisterChange struct {
	Action    ChangeAction         `json:"action"`
	Effective period.Date          `json:"effective"`
	Entry     OtherServiceProvider `json:"entry"`
	Order     part3.Citation       `json:"order,omitzero"`
}

// RegisterError reports a change that cannot be applied to a register.
type RegisterError struct {
	Change RegisterChange
	Reason string
}

// Error describes the error on one line.
func (e *RegisterError) Error() string {
	return fmt.Sprintf("s.7(5) change %s %q effective %s: %s", e.Change.Action, e.Change.Entry.ID, e.Change.Effective, e.Reason)
}

// Register is the list of other service providers (s.7(1)) through time:
// the default list and the changes made to it by order under s.7(5), each
// from its effective date.
//
// [DefaultRegister] follows the statutory guidance's list (para 135,
// appendix D), taken to be in force throughout Part 3's life from 1 April
// 2017, with no s.7(5) order made. Its integration joint board entry is
// unconfirmed (see [OtherServiceProvider]). A Register is an immutable value: Apply
// returns a new one and never changes the old, so a Register is safe to
// share between goroutines. The zero Register is the default register.
type Register struct {
	changes []RegisterChange // sorted by Effective, stable
}

// DefaultRegister returns the register as the guidance lists it, with no
// order under s.7(5).
func DefaultRegister() Register { return Register{} }

// Changes returns the register's s.7(5) changes in order of effective
// date. The slice is new on each call.
func (r Register) Changes() []RegisterChange { return slices.Clone(r.changes) }

// Apply returns a new register with ch applied from ch.Effective. It is a
// *RegisterError if ch has no valid action or effective date, adds an ID
// already listed on that date, removes or varies one not listed, or gives
// an entry without a kebab-case ID or a name. r is unchanged.
func (r Register) Apply(ch RegisterChange) (Register, error) {
	fail := func(reason string) (Register, error) {
		return r, &RegisterError{Change: ch, Reason: reason}
	}
	switch {
	case !ch.Action.IsValid():
		return fail("the action must be add, remove or vary")
	case !ch.Effective.IsValid():
		return fail("the effective date is not set")
	case !validID(ch.Entry.ID):
		return fail("the entry's ID must be lower-case letters, digits and single hyphens")
	case ch.Action != ActionRemove && strings.TrimSpace(ch.Entry.Name) == "":
		return fail("the entry has no name")
	}
	if _, core := providerNames[Provider(ch.Entry.ID)]; core {
		return fail("the ID is the text form of another kind of provider")
	}
	if ch.Entry.Citation.IsZero() {
		ch.Entry.Citation = part3.Act("7(1)")
	}
	next := make([]RegisterChange, 0, len(r.changes)+1)
	next = append(next, r.changes...)
	i := len(next)
	for i > 0 && next[i-1].Effective.After(ch.Effective) {
		i--
	}
	next = slices.Insert(next, i, ch)
	// Replay every change, so that one inserted before later ones is
	// checked against them too.
	entries := slices.Clone(defaultEntries)
	for _, c := range next {
		var err string
		entries, err = step(entries, c)
		if err != "" {
			if c == ch {
				return fail(err)
			}
			return fail(fmt.Sprintf("it leaves the later change %s %q effective %s impossible: %s", c.Action, c.Entry.ID, c.Effective, err))
		}
	}
	return Register{changes: next}, nil
}

// step applies one change to a list of entries, returning the reason it
// cannot be applied, or "".
func step(entries []OtherServiceProvider, c RegisterChange) ([]OtherServiceProvider, string) {
	i := slices.IndexFunc(entries, func(e OtherServiceProvider) bool { return e.ID == c.Entry.ID })
	switch c.Action {
	case ActionAdd:
		if i >= 0 {
			return entries, "the entry is already listed on that date"
		}
		return append(entries, c.Entry), ""
	case ActionRemove:
		if i < 0 {
			return entries, "no entry with that ID is listed on that date"
		}
		return slices.Delete(entries, i, i+1), ""
	default:
		if i < 0 {
			return entries, "no entry with that ID is listed on that date"
		}
		entries[i] = c.Entry
		return entries, ""
	}
}

// On returns the other service providers listed on date d: the default
// list with every change effective on or before d applied. The zero date
// gives the default list. The slice is new on each call.
func (r Register) On(d period.Date) []OtherServiceProvider {
	entries := slices.Clone(defaultEntries)
	for _, c := range r.changes {
		if c.Effective.After(d) {
			break
		}
		entries, _ = step(entries, c)
	}
	return entries
}

// Lookup returns the entry with the given ID listed on date d, and false if
// there is none on that date.
func (r Register) Lookup(id string, d period.Date) (OtherServiceProvider, bool) {
	if len(r.changes) == 0 {
		return defaultEntry(id)
	}
	for _, e := range r.On(d) {
		if e.ID == id {
			return e, true
		}
	}
	return OtherServiceProvider{}, false
}

func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
