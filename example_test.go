package part3_test

import (
	"errors"
	"fmt"

	"github.com/csplanning/part3"
)

func ExampleParseCitation() {
	c, err := part3.ParseCitation("section 10(7)(a)(i)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c, c.Section(), c.IsAct())

	_, err = part3.ParseCitation("s.10(7")
	fmt.Println(err)
	// Output:
	// s.10(7)(a)(i) 10 true
	// citation "s.10(7": expected ")" after level 1
}

func ExampleCitation_Compare() {
	a, b := part3.Act("10(2)"), part3.Act("10(10)")
	fmt.Println(a.Compare(b) < 0)
	// Output: true
}

func ExampleRule_Finding() {
	rule := part3.Rule{
		ID:       "plan.copy-to-ministers",
		Severity: part3.Statutory,
		Citation: part3.Act("10(7)(a)(i)"),
		Summary:  "A copy of the plan is sent to the Scottish Ministers.",
	}
	f := rule.Finding(part3.Pointer("publication", "sent_to_ministers"), "no copy has been sent to the Scottish Ministers")
	fmt.Println(f)
	// Output: statutory s.10(7)(a)(i) /publication/sent_to_ministers: no copy has been sent to the Scottish Ministers [plan.copy-to-ministers]
}

func ExampleFindings() {
	published := part3.Rule{ID: "plan.published", Severity: part3.Statutory, Citation: part3.Act("10(7)(b)"), Summary: "x"}
	summary := part3.Rule{ID: "plan.summary-version", Severity: part3.Guidance, Citation: part3.GuidancePara(105), Summary: "x"}
	fs := part3.Findings{
		summary.Finding("/publication", "no accessible or summary version"),
		published.Finding("/publication/published", "the plan is not recorded as published"),
	}
	fs.Sort()
	for _, f := range fs {
		fmt.Println(f.Path, f.Severity)
	}
	fmt.Println("breach of the Act:", fs.HasStatutory())
	// Output:
	// /publication guidance
	// /publication/published statutory
	// breach of the Act: true
}

func ExampleDecode() {
	var doc struct {
		Kind  string `json:"kind"`
		Title string `json:"title"`
	}
	err := part3.Decode("plan.json", []byte(`{"kind": "childrens-services-plan", "titel": "Our plan"}`), &doc)
	fmt.Println(errors.Is(err, part3.ErrUnknownField))
	var ie *part3.InputError
	if errors.As(err, &ie) {
		fmt.Println(ie.File, ie.Path, ie.Line, ie.Column)
	}
	// Output:
	// true
	// plan.json /titel 1 37
}
