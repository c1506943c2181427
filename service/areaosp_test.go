package service

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/period"
)

func TestOtherServiceProvidersFor(t *testing.T) {
	on := period.MustDate(2026, 3, 1)
	commenced := DefaultLaw().WithSection60Commencement(period.MustDate(2026, 4, 1))
	noBoards, err := DefaultLaw().WithRegisterChange(RegisterChange{Action: ActionRemove, Effective: period.MustDate(2025, 1, 1),
		Entry: OtherServiceProvider{ID: "integration-joint-board"}})
	require.NoError(t, err)
	national := []string{"police-scotland", "scottish-fire-and-rescue-service", "principal-reporter",
		"national-convener-childrens-hearings-scotland", "scottish-courts-and-tribunals-service"}
	with := func(keys ...string) []string { return append(append([]string(nil), national...), keys...) }
	tests := []struct {
		name     string
		councils []string
		on       period.Date
		law      Law
		want     []string // keys
	}{
		{"Fife: its own board", []string{"Fife"}, on, DefaultLaw(), with("S37000032")},
		{"Highland: no board", []string{"Highland"}, on, DefaultLaw(), with()},
		{"Tayside: three boards", []string{"Angus", "Dundee City", "Perth and Kinross"}, on, DefaultLaw(), with("S37000003", "S37000007", "S37000033")},
		{"Clackmannanshire and Stirling: one shared board", []string{"Clackmannanshire", "Stirling"}, on, DefaultLaw(), with("S37000005")},
		{"Highland and Argyll and Bute: Argyll and Bute's board only", []string{"Highland", "Argyll and Bute"}, on, DefaultLaw(), with("S37000004")},
		{"no councils: no board", nil, on, DefaultLaw(), with()},
		{"the day before section 60", []string{"Fife"}, on, commenced, with("S37000032")},
		{"section 60 in force: the board is a lead body", []string{"Fife"}, period.MustDate(2026, 4, 1), commenced, with()},
		{"entry removed by order", []string{"Fife"}, on, noBoards, with()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []Council
			for _, n := range tt.councils {
				cs = append(cs, MustLookupCouncil(n))
			}
			got := OtherServiceProvidersFor(cs, tt.on, tt.law)
			var keys []string
			for _, a := range got {
				keys = append(keys, a.Key())
				if a.IntegrationJointBoard.IsValid() != (a.ID == "integration-joint-board") {
					t.Errorf("%s: board %v for entry %s", a.Key(), a.IntegrationJointBoard, a.ID)
				}
			}
			if diff := cmp.Diff(tt.want, keys); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
			require.Equal(t, len(tt.want)-len(national), IntegrationJointBoardsIn(got))
		})
	}
}

func TestAreaOtherServiceProviderMatches(t *testing.T) {
	tayside := []Council{MustLookupCouncil("Angus"), MustLookupCouncil("Dundee City"), MustLookupCouncil("Perth and Kinross")}
	osps := OtherServiceProvidersFor(tayside, period.MustDate(2026, 3, 1), DefaultLaw())
	angus, dundee := osps[5], osps[6]
	require.Equal(t, "Angus Integration Joint Board", angus.DisplayName())
	require.Equal(t, "the Chief Constable of the Police Service of Scotland", osps[0].DisplayName())
	tests := []struct {
		name   string
		a      AreaOtherServiceProvider
		p      Provider
		b      IntegrationJointBoard
		boards int
		want   bool
	}{
		{"same board", angus, ProviderIntegrationJointBoard, angus.IntegrationJointBoard, 3, true},
		{"another board", angus, ProviderIntegrationJointBoard, dundee.IntegrationJointBoard, 3, false},
		{"unnamed with three boards", angus, ProviderIntegrationJointBoard, IntegrationJointBoard{}, 3, false},
		{"unnamed with one board", angus, ProviderIntegrationJointBoard, IntegrationJointBoard{}, 1, true},
		{"another provider", angus, ProviderPoliceScotland, IntegrationJointBoard{}, 3, false},
		{"police", osps[0], ProviderPoliceScotland, IntegrationJointBoard{}, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, tt.a.Matches(tt.p, tt.b, tt.boards))
		})
	}
}
