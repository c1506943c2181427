// Package floors holds the test that keeps the module's imports running
// one way: down the list of packages in DESIGN.md, each package standing
// on the floors below it and never importing one above. It has no code
// of its own; `go test ./...` runs the test in floors_test.go, which
// reads the imports of every non-test .go file of the module (with
// go/parser, imports only) and fails with one line for each import that
// runs up the list.
//
// The floors, lowest first (a package may import those on lower floors,
// and those on its own floor except where said):
//
//  1. the root package, part3: the vocabulary every package shares;
//  2. internal/suggest and internal/words, the leaf helpers ("did you
//     mean" suggestions and English lists), which import nothing of the
//     module. The root may import them: the one exception to the rule
//     that the root imports no package of the module, because the root's
//     strict decoder suggests the field or value that was meant, and the
//     helpers, importing nothing, cannot make a cycle;
//  3. the test helpers internal/golden, internal/maintest,
//     internal/schematest and internal/testjson, the command
//     internal/mutants, internal/sharedstate (tests that no importer can
//     change the module's answers) and this package: used only by tests
//     and tools, they may import the root and the leaf helpers (today
//     testjson imports the root and the others nothing of the module). No
//     non-test file of another package may import one, whatever its floor;
//  4. period;
//  5. service;
//  6. judgement, the judgement context;
//  7. consult;
//  8. duty;
//  9. plan;
//  10. report;
//  11. judge, the one entry point;
//  12. scenarios;
//  13. server, which may use scenarios but not the reverse;
//  14. cmd;
//  15. examples.
//
// A directory below a listed one (plan/x, cmd/part3, examples/period)
// stands on its floor; a package directory on no floor, such as a new
// internal/x, is itself a failure, so that no package slips past: add it
// to the table in floors_test.go. Packages that do not exist yet are
// simply entries in the table. Test files are not checked: a test may
// import any package, the test helpers included.
//
// deps_test.go keeps third-party modules where they belong: the Excel
// writer in the command only, so that a program embedding the library
// packages never compiles it, and the iCalendar parser in tests only.
package floors
