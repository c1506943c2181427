package plan

import (
	"fmt"
	"slices"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
)

// ValidateRevision checks that revision, a revised plan (s.11(1)(b)), names
// earlier as the version it revises: revision.Version.Revises is earlier's
// version ID, and the two are plans of the same partnership for the same
// three-year period, the revision numbered after the earlier version and
// prepared after it. It returns nil when they match, and otherwise an
// *part3.InputError naming file (the revision's file) and the path in the
// revision that does not match: ErrDanglingReference when the revision
// names another version, ErrInvalidValue for the rest.
//
// A revised plan must itself go through the aims, process and review duties
// again (guidance para 119): [Plan.Judge] judges each version on its own
// record. ValidateRevision only joins the two documents.
func ValidateRevision(file string, revision, earlier Plan) error {
	fail := func(path string, cat error, expected string, format string, args ...any) error {
		return &part3.InputError{File: file, Path: path, Category: cat, Err: fmt.Errorf(format, args...), Expected: expected}
	}
	rv, ev := revision.Version, earlier.Version
	switch {
	case !rv.IsRevision():
		return fail("/version/revision", part3.ErrInvalidValue, "a revision number of 1 or more",
			"the plan is an original, not a revision")
	case rv.Revises != ev.ID || ev.ID == "":
		return fail("/version/revises", part3.ErrDanglingReference, fmt.Sprintf("the ID of the earlier version, %q", ev.ID),
			"the revision revises %q, but the earlier version given is %q", rv.Revises, ev.ID)
	case rv.Revision <= ev.Revision:
		return fail("/version/revision", part3.ErrInvalidValue, fmt.Sprintf("a number after the earlier version's %d", ev.Revision),
			"revision %d does not come after revision %d", rv.Revision, ev.Revision)
	case revision.Period != earlier.Period:
		return fail("/period", part3.ErrInvalidValue, fmt.Sprintf("the earlier version's period, %s", earlier.Period),
			"the revision is for %s, the earlier version for %s", revision.Period, earlier.Period)
	case !slices.Equal(sortedCouncilNames(revision), sortedCouncilNames(earlier)):
		return fail("/partnership/areas", part3.ErrInvalidValue, "the earlier version's council areas",
			"the revision is for %s, the earlier version for %s", words.And(sortedCouncilNames(revision)), words.And(sortedCouncilNames(earlier)))
	case rv.RevisesDate.IsValid() && earlier.Publication.Prepared.IsValid() && rv.RevisesDate != earlier.Publication.Prepared:
		return fail("/version/revises_date", part3.ErrInvalidValue, fmt.Sprintf("the day the earlier version was prepared, %s", earlier.Publication.Prepared),
			"the revision gives %s", rv.RevisesDate)
	case revision.Publication.Prepared.IsValid() && earlier.Publication.Prepared.IsValid() && !revision.Publication.Prepared.After(earlier.Publication.Prepared):
		return fail("/publication/prepared", part3.ErrInvalidValue, fmt.Sprintf("a day after the earlier version was prepared on %s", earlier.Publication.Prepared),
			"the revision was prepared on %s", revision.Publication.Prepared)
	}
	return nil
}

func sortedCouncilNames(p Plan) []string {
	names := make([]string, len(p.Partnership.Areas))
	for i, a := range p.Partnership.Areas {
		names[i] = a.Council.Name()
	}
	slices.Sort(names)
	return names
}
