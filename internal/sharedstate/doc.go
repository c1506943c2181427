// Package sharedstate holds the tests that keep the module free of state
// one importer could change under another. It has no code of its own;
// `go test ./...` runs the tests in sharedstate_test.go:
//
//   - no package an importer can reach exports a variable, except the
//     error sentinels (ErrSyntax and the like) that Go's errors.Is
//     compares by identity: a caller who assigned to an exported rule or
//     citation would change every other caller's verdicts, and a write
//     while another goroutine judges is a data race;
//   - each rule package's rule IDs are constants named after the IDs
//     (Rule + the ID's name in CamelCase + ID, such as plan.RulePublishedID
//     for "plan.published"), one for every rule of its rule book and none
//     for a rule it does not have;
//   - the rule books are copies: changing what Rules or LookupRule returns
//     changes no later answer;
//   - judging shared documents from many goroutines while others read and
//     change their copies of the rule books gives the sequential answers;
//     run it with -race.
package sharedstate
