package service

import (
	"cmp"
	_ "embed"
	"fmt"
	"math"
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
	return unmarshalEnum(a, actionNames[:], ParseChangeAction, text, true)
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
// appendix D), taken to be in force throughout Part 3's life, from its
// coming into force on 7 October 2016 ([period.Part3InForce]; the first
// plan period began on 1 April 2017), with no s.7(5) order made. The
// enacted list differs from it in two entries, both changed before Part 3
// came into force: the Scottish Court Service has been read as the
// Scottish Courts and Tribunals Service since 1 April 2015 (Courts Reform
// (Scotland) Act 2014 s.130(4)), and the 1st edition of the guidance
// attributes the integration joint board entry to SSI 2015/157, in force
// on 1 April 2015. Its integration joint board entry is
// unconfirmed (see [OtherServiceProvider]). A Register is an immutable value: Apply
// returns a new one and never changes the old, so a Register is safe to
// share between goroutines. The zero Register is the default register.
//
// With n changes, Apply and Lookup take time in proportion to log n, in
// whatever date order the changes are applied; On and Changes in
// proportion to n log n.
type Register struct {
	// The changes, in a tree that Apply never changes: it copies the
	// nodes on the path to a new change and shares the rest with r.
	root *node
	n    int // the number of changes
}

// node is one change in a persistent treap ordered by entry ID, then
// effective date, then the order the changes were applied in (seq), so
// that the changes to one entry lie together in date order. Its heap
// priority is a hash of seq, which keeps the tree's depth near log n
// whatever the order of the changes. A node is never modified once a
// Register holds it.
type node struct {
	c           *RegisterChange
	seq         int
	prio        uint64
	left, right *node
}

// less orders the node before the change to id effective on d applied as
// the seq-th.
func (x *node) less(id string, d period.Date, seq int) bool {
	if x.c.Entry.ID != id {
		return x.c.Entry.ID < id
	}
	if c := x.c.Effective.Compare(d); c != 0 {
		return c < 0
	}
	return x.seq < seq
}

// lastOn returns the last change to entry id effective on or before d, or
// nil if there is none.
func (x *node) lastOn(id string, d period.Date) *node {
	var found *node
	for x != nil {
		if x.less(id, d, math.MaxInt) {
			found, x = x, x.right
		} else {
			x = x.left
		}
	}
	if found == nil || found.c.Entry.ID != id {
		return nil
	}
	return found
}

// firstAfter returns the first change to entry id effective after d, or
// nil if there is none.
func (x *node) firstAfter(id string, d period.Date) *node {
	var found *node
	for x != nil {
		if x.less(id, d, math.MaxInt) {
			x = x.right
		} else {
			found, x = x, x.left
		}
	}
	if found == nil || found.c.Entry.ID != id {
		return nil
	}
	return found
}

// insert returns the tree x with the new node n added, copying the nodes
// it changes.
func insert(x, n *node) *node {
	if x == nil {
		return n
	}
	if n.prio > x.prio {
		n.left, n.right = split(x, n)
		return n
	}
	cp := *x
	if n.less(x.c.Entry.ID, x.c.Effective, x.seq) {
		cp.left = insert(x.left, n)
	} else {
		cp.right = insert(x.right, n)
	}
	return &cp
}

// split returns the nodes of x before n and those after it, copying the
// nodes it changes.
func split(x, n *node) (before, after *node) {
	if x == nil {
		return nil, nil
	}
	cp := *x
	if x.less(n.c.Entry.ID, n.c.Effective, n.seq) {
		cp.right, after = split(x.right, n)
		return &cp, after
	}
	before, cp.left = split(x.left, n)
	return before, &cp
}

// appendNodes appends the nodes of x to dst in order.
func appendNodes(dst []*node, x *node) []*node {
	for x != nil {
		dst = appendNodes(dst, x.left)
		dst = append(dst, x)
		x = x.right
	}
	return dst
}

// priority spreads seq over the uint64s (the splitmix64 finaliser).
func priority(seq int) uint64 {
	z := uint64(seq) + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// inDateOrder returns the nodes in the order of their effective dates,
// those of one date in the order they were applied.
func (r Register) inDateOrder() []*node {
	nodes := appendNodes(make([]*node, 0, r.n), r.root)
	slices.SortFunc(nodes, byDate)
	return nodes
}

func byDate(a, b *node) int {
	if c := a.c.Effective.Compare(b.c.Effective); c != 0 {
		return c
	}
	return cmp.Compare(a.seq, b.seq)
}

// DefaultRegister returns the register as the guidance lists it, with no
// order under s.7(5).
func DefaultRegister() Register { return Register{} }

// Changes returns the register's s.7(5) changes in order of effective
// date. The slice is new on each call.
func (r Register) Changes() []RegisterChange {
	if r.n == 0 {
		return nil
	}
	out := make([]RegisterChange, 0, r.n)
	for _, x := range r.inDateOrder() {
		out = append(out, *x.c)
	}
	return out
}

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
	// Whether a change can be made depends only on whether its entry is
	// listed just before it, so ch is checked against the last change to
	// its entry on or before its date, and the one change after it that it
	// could make impossible is the next change to the same entry: the
	// changes after that see the entry as they did before ch.
	id := ch.Entry.ID
	listed := listedAfter(r.root.lastOn(id, ch.Effective), id)
	if reason := step(ch.Action, listed); reason != "" {
		return fail(reason)
	}
	if next := r.root.firstAfter(id, ch.Effective); next != nil {
		if reason := step(next.c.Action, ch.Action != ActionRemove); reason != "" {
			c := next.c
			return fail(fmt.Sprintf("it leaves the later change %s %q effective %s impossible: %s", c.Action, c.Entry.ID, c.Effective, reason))
		}
	}
	n := &node{c: &ch, seq: r.n, prio: priority(r.n)}
	return Register{root: insert(r.root, n), n: r.n + 1}, nil
}

// listedAfter reports whether entry id is listed after change last (nil:
// no change yet, so whether it is a default entry).
func listedAfter(last *node, id string) bool {
	if last == nil {
		_, ok := defaultEntry(id)
		return ok
	}
	return last.c.Action != ActionRemove
}

// step returns the reason a change with action a cannot be made to an
// entry that is listed or not, or "".
func step(a ChangeAction, listed bool) string {
	switch {
	case a == ActionAdd && listed:
		return "the entry is already listed on that date"
	case a != ActionAdd && !listed:
		return "no entry with that ID is listed on that date"
	}
	return ""
}

// On returns the other service providers listed on date d: the default
// list with every change effective on or before d applied. The zero date
// gives the default list. The slice is new on each call.
//
// The changes are applied in date order, as if one by one: an added entry
// goes to the end of the list, a removed one leaves it and a varied one
// keeps its place. So the default entries never removed come first, in
// their order, then the others in the order they were last added.
func (r Register) On(d period.Date) []OtherServiceProvider {
	if r.root == nil {
		return slices.Clone(defaultEntries)
	}
	return r.on(d)
}

// entriesOn is [Register.On] for a caller that only reads the entries: the
// default register's are the package's own list, not a copy, and must not
// be changed.
func (r Register) entriesOn(d period.Date) []OtherServiceProvider {
	if r.root == nil {
		return defaultEntries
	}
	return r.on(d)
}

// on is [Register.On] for a register with changes.
func (r Register) on(d period.Date) []OtherServiceProvider {
	type added struct {
		at    *node // the change that last added it
		entry OtherServiceProvider
	}
	var adds []added
	defaults := slices.Clone(defaultEntries)
	keep := make([]bool, len(defaults))
	for i := range keep {
		keep[i] = true
	}
	nodes := appendNodes(make([]*node, 0, r.n), r.root)
	for len(nodes) > 0 {
		id := nodes[0].c.Entry.ID
		k := 1
		for k < len(nodes) && nodes[k].c.Entry.ID == id {
			k++
		}
		group := nodes[:k]
		nodes = nodes[k:]
		def := slices.IndexFunc(defaultEntries, func(e OtherServiceProvider) bool { return e.ID == id })
		listed, removed := def >= 0, false
		var entry OtherServiceProvider
		if def >= 0 {
			entry = defaultEntries[def]
		}
		var at *node
		for _, x := range group {
			if x.c.Effective.After(d) {
				break
			}
			switch x.c.Action {
			case ActionAdd:
				listed, entry, at = true, x.c.Entry, x
			case ActionRemove:
				listed, removed = false, true
			default:
				entry = x.c.Entry
			}
		}
		if def >= 0 && !removed {
			defaults[def] = entry
			continue
		}
		if def >= 0 {
			keep[def] = false
		}
		if listed {
			adds = append(adds, added{at, entry})
		}
	}
	out := make([]OtherServiceProvider, 0, len(defaults)+len(adds))
	for i, e := range defaults {
		if keep[i] {
			out = append(out, e)
		}
	}
	slices.SortFunc(adds, func(a, b added) int { return byDate(a.at, b.at) })
	for _, a := range adds {
		out = append(out, a.entry)
	}
	return out
}

// Lookup returns the entry with the given ID listed on date d, and false if
// there is none on that date.
func (r Register) Lookup(id string, d period.Date) (OtherServiceProvider, bool) {
	last := r.root.lastOn(id, d)
	switch {
	case last == nil:
		return defaultEntry(id)
	case last.c.Action == ActionRemove:
		return OtherServiceProvider{}, false
	}
	return last.c.Entry, true
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
