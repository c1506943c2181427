package consult

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3/period"
)

// Direction is one version of a direction by the Scottish Ministers under
// section 10(1)(b)(iii), which requires a local authority and the relevant
// health board to consult
//
//	such other persons as the Scottish Ministers may by direction specify.
//
// Section 10(4) adds that such a direction "may be revised or revoked". A
// direction is therefore a dated history: the direction as first made, each
// revision (a Direction with the same ID and a later Made date, replacing the
// list of persons) and, perhaps, a revocation (Revoked set). Guidance
// para 88 records that at the time of its publication no direction had been
// made; [Directions] is empty by default.
type Direction struct {
	// ID names the direction through all its versions, such as
	// "2027-consult-youth-parliament".
	ID string `json:"id"`
	// Made is the date this version takes effect: the direction, a
	// revision of it, or its revocation.
	Made period.Date `json:"made"`
	// Persons are the persons this version specifies, by name. Empty when
	// Revoked.
	Persons []string `json:"persons,omitempty"`
	// Revoked marks this version as the direction's revocation on Made.
	Revoked bool `json:"revoked,omitempty"`
}

// Directions is the set of section 10(1)(b)(iii) directions the Scottish
// Ministers have made, with their revisions and revocations. It is
// immutable. The zero Directions holds none, which is the position the
// guidance records (para 88); build another with [NewDirections].
type Directions struct {
	versions []Direction // sorted by ID, then Made
}

// DirectionError reports a direction that cannot be part of a
// [Directions]: no ID, no date, two versions on one day, or a version
// that specifies nobody.
type DirectionError struct {
	ID     string // the direction's ID, "" if it has none
	Reason string // what is wrong
}

// Error describes the error on one line.
func (e *DirectionError) Error() string {
	return fmt.Sprintf("direction %q: %s", e.ID, e.Reason)
}

// NewDirections returns the directions made, revised and revoked by the
// versions given, in any order. Each version needs an ID and a valid Made
// date; a version that is not a revocation must specify at least one
// person, and a revocation none; one direction cannot have two versions
// dated the same day. Anything else is a *DirectionError.
func NewDirections(versions ...Direction) (Directions, error) {
	vs := make([]Direction, len(versions))
	for i, v := range versions {
		v.Persons = slices.Clone(v.Persons)
		switch {
		case strings.TrimSpace(v.ID) == "":
			return Directions{}, &DirectionError{ID: v.ID, Reason: "no ID"}
		case !v.Made.IsValid():
			return Directions{}, &DirectionError{ID: v.ID, Reason: "no date on which it was made, revised or revoked"}
		case v.Revoked && len(v.Persons) > 0:
			return Directions{}, &DirectionError{ID: v.ID, Reason: "a revocation specifies no persons"}
		case !v.Revoked && len(v.Persons) == 0:
			return Directions{}, &DirectionError{ID: v.ID, Reason: "specifies no persons to consult"}
		}
		for _, p := range v.Persons {
			if strings.TrimSpace(p) == "" {
				return Directions{}, &DirectionError{ID: v.ID, Reason: "a person with no name"}
			}
		}
		vs[i] = v
	}
	slices.SortStableFunc(vs, func(a, b Direction) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), a.Made.Compare(b.Made))
	})
	for i := 1; i < len(vs); i++ {
		if vs[i].ID == vs[i-1].ID && vs[i].Made == vs[i-1].Made {
			return Directions{}, &DirectionError{ID: vs[i].ID, Reason: fmt.Sprintf("two versions dated %s", vs[i].Made)}
		}
	}
	return Directions{versions: vs}, nil
}

// IsZero reports whether no direction has been made.
func (ds Directions) IsZero() bool { return len(ds.versions) == 0 }

// All returns every version, sorted by ID and date.
func (ds Directions) All() []Direction {
	out := make([]Direction, len(ds.versions))
	for i, v := range ds.versions {
		v.Persons = slices.Clone(v.Persons)
		out[i] = v
	}
	return out
}

// InForce returns the directions in force on the given day: for each
// direction, its latest version made on or before that day, unless that
// version revokes it. They are sorted by ID.
func (ds Directions) InForce(on period.Date) []Direction {
	var out []Direction
	for i := 0; i < len(ds.versions); {
		j := i
		var current *Direction
		for ; j < len(ds.versions) && ds.versions[j].ID == ds.versions[i].ID; j++ {
			if !ds.versions[j].Made.After(on) {
				current = &ds.versions[j]
			}
		}
		if current != nil && !current.Revoked {
			d := *current
			d.Persons = slices.Clone(d.Persons)
			out = append(out, d)
		}
		i = j
	}
	return out
}
