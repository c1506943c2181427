package judgement

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
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
// revision (a Direction with the same ID and a later Made date, replacing
// the list of persons) and, perhaps, a revocation (Revoked set). Guidance
// para 88 records that at the time of its publication no direction had been
// made. JSON keys: id, made, persons, revoked.
type Direction struct {
	// ID names the direction through all its versions, such as
	// "2027-consult-youth-parliament". Required.
	ID string `json:"id"`
	// Made is the date this version takes effect: the direction, a
	// revision of it, or its revocation. Required.
	Made period.Date `json:"made"`
	// Persons are the persons this version specifies, by name. Empty when
	// Revoked; at least one otherwise.
	Persons []string `json:"persons,omitempty"`
	// Revoked marks this version as the direction's revocation on Made.
	Revoked bool `json:"revoked,omitzero"`
}

// validateDirections checks each version and that no direction has two
// versions on one day.
func validateDirections(ds []Direction) error {
	for i, d := range ds {
		path := part3.Pointer("directions", i)
		switch {
		case strings.TrimSpace(d.ID) == "":
			return missing(path+"/id", "an ID naming the direction through its versions")
		case !d.Made.IsValid():
			return missing(path+"/made", "the date on which the direction was made, revised or revoked")
		case d.Revoked && len(d.Persons) > 0:
			return invalid(path+"/persons", fmt.Errorf("a revocation of %q names persons", d.ID), "no persons: a revocation specifies nobody")
		case !d.Revoked && len(d.Persons) == 0:
			return missing(path+"/persons", "the persons the direction specifies, at least one")
		}
		for k, p := range d.Persons {
			if strings.TrimSpace(p) == "" {
				return missing(part3.Pointer("directions", i, "persons", k), "a person's name")
			}
		}
		for j := range i {
			if ds[j].ID == d.ID && ds[j].Made == d.Made {
				return invalid(path+"/made", fmt.Errorf("direction %q has two versions dated %s", d.ID, d.Made), "one version of a direction on any one day")
			}
		}
	}
	return nil
}

// DirectionsInForce returns the directions in force on the given day: for
// each direction, its latest version made on or before that day, unless
// that version revokes it. They are sorted by ID; the slices are new.
func DirectionsInForce(ds []Direction, on period.Date) []Direction {
	vs := slices.Clone(ds)
	slices.SortStableFunc(vs, func(a, b Direction) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), a.Made.Compare(b.Made))
	})
	var out []Direction
	for i := 0; i < len(vs); {
		j := i
		var current *Direction
		for ; j < len(vs) && vs[j].ID == vs[i].ID; j++ {
			if !vs[j].Made.After(on) {
				current = &vs[j]
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
