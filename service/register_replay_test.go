package service

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// replayRegister is Register as it was when each Apply replayed every
// change from the default list: slow, but plainly what the law says. The
// tests below hold Register to its answers and errors.
type replayRegister struct {
	changes []RegisterChange // sorted by Effective, stable
}

func (r replayRegister) Apply(ch RegisterChange) (replayRegister, error) {
	fail := func(reason string) (replayRegister, error) {
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
	entries := slices.Clone(defaultEntries)
	for _, c := range next {
		var err string
		entries, err = replayStep(entries, c)
		if err != "" {
			if c == ch {
				return fail(err)
			}
			return fail(fmt.Sprintf("it leaves the later change %s %q effective %s impossible: %s", c.Action, c.Entry.ID, c.Effective, err))
		}
	}
	return replayRegister{changes: next}, nil
}

func replayStep(entries []OtherServiceProvider, c RegisterChange) ([]OtherServiceProvider, string) {
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

func (r replayRegister) On(d period.Date) []OtherServiceProvider {
	entries := slices.Clone(defaultEntries)
	for _, c := range r.changes {
		if c.Effective.After(d) {
			break
		}
		entries, _ = replayStep(entries, c)
	}
	return entries
}

func (r replayRegister) Lookup(id string, d period.Date) (OtherServiceProvider, bool) {
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

// registerPair is a Register and the replayRegister given the same
// changes.
type registerPair struct {
	r    Register
	want replayRegister
}

var (
	// Few IDs and few days, so that changes often meet: the same entry, the
	// same date, a date before changes already made.
	replayIDs   = []string{"police-scotland", "principal-reporter", "integration-joint-board", "a", "b", "c"}
	replayStart = period.MustDate(2027, 1, 1)
	replayDays  = 12
)

// replayChange makes a change from three small numbers.
func replayChange(action, id, day uint8) RegisterChange {
	c := RegisterChange{
		Action:    ChangeAction(action % 4), // 0 is invalid
		Effective: replayStart.AddDays(int(day) % replayDays),
		Entry:     OtherServiceProvider{ID: replayIDs[int(id)%len(replayIDs)]},
	}
	c.Entry.Name = fmt.Sprintf("%s from %s", c.Entry.ID, c.Effective)
	if day%5 == 0 {
		c.Entry.Citation = part3.Legislation("SSI 2027/1", "")
	}
	return c
}

// checkApply applies ch to both registers of p, fails t at the first
// difference in the error or in what the registers answer, and returns
// the new pair.
func checkApply(t *testing.T, p registerPair, ch RegisterChange) registerPair {
	t.Helper()
	r, err := p.r.Apply(ch)
	want, wantErr := p.want.Apply(ch)
	if diff := cmp.Diff(fmt.Sprint(wantErr), fmt.Sprint(err)); diff != "" {
		t.Fatalf("Apply(%+v) error (-want +got):\n%s", ch, diff)
	}
	if wantErr != nil {
		if diff := cmp.Diff(wantErr, err); diff != "" {
			t.Fatalf("Apply(%+v) error (-want +got):\n%s", ch, diff)
		}
	}
	checkSame(t, registerPair{r, want})
	return registerPair{r, want}
}

// checkSame fails t where the registers' changes, lists or look-ups
// differ on any date from the day before the first change to the day after
// the last, or on the zero date.
func checkSame(t *testing.T, p registerPair) {
	t.Helper()
	// slices.Equal first: cmp.Diff is slow, and only needed to explain.
	if got := p.r.Changes(); !slices.Equal(p.want.changes, got) {
		t.Fatalf("Changes (-want +got):\n%s", cmp.Diff(p.want.changes, got))
	}
	dates := []period.Date{{}}
	for i := -1; i <= replayDays; i++ {
		dates = append(dates, replayStart.AddDays(i))
	}
	for _, d := range dates {
		if want, got := p.want.On(d), p.r.On(d); !slices.Equal(want, got) {
			t.Fatalf("On(%s) (-want +got):\n%s", d, cmp.Diff(want, got))
		}
		for _, id := range append(replayIDs, "d", "scottish-fire-and-rescue-service") {
			e, ok := p.r.Lookup(id, d)
			we, wok := p.want.Lookup(id, d)
			if ok != wok || e != we {
				t.Fatalf("Lookup(%q, %s) = %+v, %v; want %+v, %v", id, d, e, ok, we, wok)
			}
		}
	}
}

// TestRegisterSameAsReplay applies random changes, valid and not, in any
// date order, to registers and to registers derived from earlier ones, and
// holds every answer and error to the register that replays every change.
func TestRegisterSameAsReplay(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 25 {
		t.Run(fmt.Sprint(run), func(t *testing.T) {
			pairs := []registerPair{{}}
			for range 30 {
				// Most changes go to the latest register; some branch from
				// an earlier one, which must not see the later changes.
				from := pairs[len(pairs)-1]
				if rng.IntN(4) == 0 {
					from = pairs[rng.IntN(len(pairs))]
				}
				ch := replayChange(uint8(rng.IntN(4)), uint8(rng.IntN(256)), uint8(rng.IntN(256)))
				pairs = append(pairs, checkApply(t, from, ch))
			}
			for _, p := range pairs {
				checkSame(t, p)
			}
		})
	}
}

// FuzzRegisterApply: any sequence of changes (three bytes each: action,
// ID, day; a fourth byte above 200 branches from the register before the
// last) gives the same answers and errors as the register that replays
// every change, and never panics.
func FuzzRegisterApply(f *testing.F) {
	f.Add([]byte{1, 3, 4, 0, 2, 3, 2, 0, 1, 3, 1, 0})
	f.Add([]byte{2, 1, 5, 0, 2, 1, 3, 0, 1, 1, 4, 250})
	f.Add([]byte{3, 0, 1, 0, 2, 0, 0, 0, 1, 0, 2, 0})
	f.Fuzz(func(t *testing.T, ops []byte) {
		pairs := []registerPair{{}}
		for i := 0; i+3 < len(ops) && i < 4*60; i += 4 {
			from := pairs[len(pairs)-1]
			if ops[i+3] > 200 && len(pairs) > 1 {
				from = pairs[len(pairs)-2]
			}
			pairs = append(pairs, checkApply(t, from, replayChange(ops[i], ops[i+1], ops[i+2])))
		}
	})
}

// TestRegisterBranches: registers derived from one register share its
// storage, yet none sees a change made to another, nor the parent any.
func TestRegisterBranches(t *testing.T) {
	day := func(i int) period.Date { return replayStart.AddDays(i) }
	base := DefaultRegister()
	for i := range 50 {
		var err error
		base, err = base.Apply(RegisterChange{Action: ActionAdd, Effective: day(i), Entry: OtherServiceProvider{ID: fmt.Sprintf("p%d", i), Name: "P"}})
		if err != nil {
			t.Fatal(err)
		}
	}
	baseChanges := base.Changes()
	add := func(r Register, id string, d period.Date) Register {
		t.Helper()
		out, err := r.Apply(RegisterChange{Action: ActionAdd, Effective: d, Entry: OtherServiceProvider{ID: id, Name: id}})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// Two registers from the same parent, one change each: at the end, in
	// the middle and before every other change.
	for _, d := range []period.Date{day(60), day(25), day(-5)} {
		t.Run(d.String(), func(t *testing.T) {
			a := add(base, "branch-a", d)
			b := add(base, "branch-b", d)
			a2 := add(a, "branch-a2", d)
			for _, tt := range []struct {
				name   string
				r      Register
				has    []string
				hasNot []string
			}{
				{"parent", base, nil, []string{"branch-a", "branch-b", "branch-a2"}},
				{"a", a, []string{"branch-a"}, []string{"branch-b", "branch-a2"}},
				{"b", b, []string{"branch-b"}, []string{"branch-a", "branch-a2"}},
				{"a then a2", a2, []string{"branch-a", "branch-a2"}, []string{"branch-b"}},
			} {
				for _, id := range tt.has {
					if _, ok := tt.r.Lookup(id, day(100)); !ok {
						t.Errorf("%s: %s not listed", tt.name, id)
					}
				}
				for _, id := range tt.hasNot {
					if _, ok := tt.r.Lookup(id, day(100)); ok {
						t.Errorf("%s: %s listed", tt.name, id)
					}
					if slices.ContainsFunc(tt.r.On(day(100)), func(e OtherServiceProvider) bool { return e.ID == id }) {
						t.Errorf("%s: On lists %s", tt.name, id)
					}
				}
			}
			if diff := cmp.Diff(baseChanges, base.Changes()); diff != "" {
				t.Errorf("the parent's changes changed (-want +got):\n%s", diff)
			}
			if len(a.Changes()) != 51 || len(b.Changes()) != 51 || len(a2.Changes()) != 52 {
				t.Errorf("changes: a %d, b %d, a2 %d", len(a.Changes()), len(b.Changes()), len(a2.Changes()))
			}
		})
	}
}

// TestRegisterBranchesConcurrent derives registers from one register in
// many goroutines at once; run with -race. Each must see its own changes
// and no other's.
func TestRegisterBranchesConcurrent(t *testing.T) {
	base := pairFrom(t, 30)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			p := base
			for i := range 10 {
				ch := RegisterChange{Action: ActionAdd, Effective: replayStart.AddDays(i*3 - 10),
					Entry: OtherServiceProvider{ID: fmt.Sprintf("g%d-%d", g, i), Name: "G"}}
				r, err := p.r.Apply(ch)
				want, wantErr := p.want.Apply(ch)
				if err != nil || wantErr != nil {
					t.Errorf("goroutine %d: %v, %v", g, err, wantErr)
					return
				}
				p = registerPair{r, want}
			}
			for _, d := range []period.Date{replayStart.AddDays(-20), replayStart, replayStart.AddDays(40)} {
				if !slices.Equal(p.want.On(d), p.r.On(d)) {
					t.Errorf("goroutine %d: On(%s) differs", g, d)
				}
			}
			if !slices.Equal(p.want.changes, p.r.Changes()) || !slices.Equal(base.want.changes, base.r.Changes()) {
				t.Errorf("goroutine %d: changes differ", g)
			}
		})
	}
	wg.Wait()
}

// pairFrom returns the pair with n valid changes of registerChanges.
func pairFrom(t *testing.T, n int) registerPair {
	t.Helper()
	var p registerPair
	for _, ch := range registerChanges(n) {
		r, err := p.r.Apply(ch)
		want, wantErr := p.want.Apply(ch)
		if err != nil || wantErr != nil {
			t.Fatal(err, wantErr)
		}
		p = registerPair{r, want}
	}
	return p
}

// TestRegisterManyChanges: the benchmark's changes, and the same changes
// applied in reverse date order where they can be, give the answers of the
// replaying register.
func TestRegisterManyChanges(t *testing.T) {
	p := pairFrom(t, 400)
	checkAt := func(t *testing.T, p registerPair) {
		t.Helper()
		if !slices.Equal(p.want.changes, p.r.Changes()) {
			t.Fatal("changes differ")
		}
		for i := -1; i <= 401; i += 7 {
			d := period.MustDate(2027, 4, 1).AddDays(i)
			if diff := cmp.Diff(p.want.On(d), p.r.On(d)); diff != "" {
				t.Fatalf("On(%s) (-want +got):\n%s", d, diff)
			}
		}
	}
	checkAt(t, p)
	// Additions only, latest first: each goes before every change made.
	var rev registerPair
	changes := registerChanges(400)
	for i := len(changes) - 1; i >= 0; i-- {
		if changes[i].Action != ActionAdd {
			continue
		}
		r, err := rev.r.Apply(changes[i])
		want, wantErr := rev.want.Apply(changes[i])
		if err != nil || wantErr != nil {
			t.Fatal(err, wantErr)
		}
		rev = registerPair{r, want}
	}
	checkAt(t, rev)
}
