package plan

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func TestValidateRevision(t *testing.T) {
	original := load(t, "fife-2023-2026.json")
	tests := []struct {
		name     string
		change   func(rev, orig *Plan)
		category error
		path     string
	}{
		{name: "matches", change: func(*Plan, *Plan) {}},
		{name: "an original is not a revision", change: func(rev, _ *Plan) { rev.Version = Version{ID: "x"} },
			category: part3.ErrInvalidValue, path: "/version/revision"},
		{name: "names another version", change: func(rev, _ *Plan) { rev.Version.Revises = "fife-csp-2020-2023" },
			category: part3.ErrDanglingReference, path: "/version/revises"},
		{name: "earlier version has no ID", change: func(rev, orig *Plan) { orig.Version.ID, rev.Version.Revises = "", "" },
			category: part3.ErrDanglingReference, path: "/version/revises"},
		{name: "numbered before the earlier version", change: func(_, orig *Plan) { orig.Version.Revision = 2 },
			category: part3.ErrInvalidValue, path: "/version/revision"},
		{name: "numbered the same as the earlier version", change: func(_, orig *Plan) { orig.Version.Revision = 1 },
			category: part3.ErrInvalidValue, path: "/version/revision"},
		{name: "another period", change: func(_, orig *Plan) { orig.Period = period.MustParsePlanPeriod("2020-2023") },
			category: part3.ErrInvalidValue, path: "/period"},
		{name: "another partnership", change: func(_, orig *Plan) { orig.Partnership.Areas[0].Council = service.MustLookupCouncil("Angus") },
			category: part3.ErrInvalidValue, path: "/partnership/areas"},
		{name: "wrong date of the earlier version", change: func(rev, _ *Plan) { rev.Version.RevisesDate = period.MustParseDate("2023-03-30") },
			category: part3.ErrInvalidValue, path: "/version/revises_date"},
		{name: "prepared before the earlier version", change: func(rev, _ *Plan) { rev.Publication.Prepared = period.MustParseDate("2023-03-01") },
			category: part3.ErrInvalidValue, path: "/publication/prepared"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rev := load(t, "fife-2023-2026-revision-1.json")
			orig := original
			orig.Partnership.Areas = append([]Area(nil), original.Partnership.Areas...)
			tt.change(&rev, &orig)
			err := ValidateRevision("revision.json", rev, orig)
			if tt.category == nil {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			require.True(t, errors.Is(err, tt.category), "%v", err)
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie))
			require.Equal(t, tt.path, ie.Path)
			require.Equal(t, "revision.json", ie.File)
		})
	}
}
