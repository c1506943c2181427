// Package opa compares part3 with the Open Policy Agent end to end: the
// bytes of a children's services plan to its findings, part3's Decode and
// Judge beside OPA's parsing of the same bytes and evaluation of seven of
// package plan's checks written in Rego (plan.rego).
//
// It is a module of its own, so that the module github.com/csplanning/part3
// never requires OPA: embedders do not download it, and "go test ./..." at
// the repository's root does not run it. Run it from this directory:
//
//	go test ./...                       # both engines agree on each rule
//	go test -run '^$' -bench . -count 6 # the comparison (see BENCHMARKS.md for rounds)
package opa
