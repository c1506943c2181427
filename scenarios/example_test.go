package scenarios_test

import (
	"fmt"

	"github.com/csplanning/part3/scenarios"
)

// A scenario file states questions and the law's answers; Run compares
// them with the engine's.
func Example() {
	data := []byte(`{
  "kind": "scenarios",
  "title": "Section 12: a notice from a charity",
  "cases": [
    {
      "name": "Notice from a charity has no effect",
      "citation": "s.10(8)",
      "decision": {
        "implementation": {
          "council": "Dundee City", "period": "2026-2029", "on": "2026-05-01",
          "provider": "police-scotland", "service": {"id": "S4", "name": "Youth diversion"},
          "notices": [{
            "kind": "notice-of-disagreement", "issuer": "other-organisation",
            "plan": {"councils": ["Dundee City"], "period": "2026-2029"},
            "matters": [{"service_id": "S4", "aspect": "The referral route."}],
            "reasons": "The charity runs a scheme of its own.",
            "published": {"date": "2026-04-20"}
          }]
        },
        "expect": {"applies": true}
      }
    },
    {
      "name": "The day before the first period began",
      "citation": "SSI 2016/255",
      "period": {"date": "2017-03-31", "expect": {"error": "before-first-period"}}
    }
  ]
}`)
	f, err := scenarios.Decode("example.json", data, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	results := f.Run()
	for _, r := range results {
		fmt.Println(r)
	}
	passed, failed, _ := scenarios.Count(results)
	fmt.Printf("%d passed, %d failed\n", passed, failed)
	// Output:
	// PASS "Notice from a charity has no effect" (s.10(8))
	// PASS "The day before the first period began" (SSI 2016/255)
	// 2 passed, 0 failed
}

// A case whose expectation the engine does not reproduce fails, saying what
// was asked, what the law says and what the engine said.
func ExampleResult_String() {
	data := []byte(`{"kind": "scenarios", "title": "A wrong expectation", "cases": [
  {"name": "Born on 29 February", "citation": "s.97(1)",
   "child": {"date_of_birth": "2008-02-29", "on": "2026-03-01", "expect": {"child": true}}}]}`)
	f, err := scenarios.Decode("wrong.json", data, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.RunCase(0))
	// Output:
	// FAIL "Born on 29 February" (s.97(1)): asked whether a person born on 2008-02-29 is a child on 2026-03-01; the law says: yes, a child (under 18); the engine said: no, not a child
}

// A scenario that cannot be read is bad input naming the file and the JSON
// path, never a case that passes.
func ExampleDecode_error() {
	data := []byte(`{"kind": "scenarios", "title": "t", "cases": [
  {"name": "No answer stated", "citation": "s.12(1)",
   "decision": {"default_powers": {"function": "s13-annual-report"}, "expect": {}}}]}`)
	_, err := scenarios.Decode("bad.json", data, nil)
	fmt.Println(err)
	// Output:
	// bad.json:3:81: /cases/0/decision/expect/applies: missing value (expected true or false: whether the duty applies (for a power: whether it is available))
}

// Load reads a scenario file from disk, with the documents it names by
// path; Count says how the cases went.
func ExampleLoad() {
	f, err := scenarios.Load("testdata/wrong.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	passed, failed, known := scenarios.Count(f.Run())
	fmt.Printf("%s: %d cases: %d passed, %d failed, %d known failure\n", f.Name(), len(f.Cases), passed, failed, known)
	// Output:
	// testdata/wrong.json: 14 cases: 1 passed, 12 failed, 1 known failure
}

// Files finds the scenario files in a folder, leaving out the documents
// they refer to.
func ExampleFiles() {
	files, err := scenarios.Files("testdata")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(files)
	// Output:
	// [testdata/wrong.json]
}
