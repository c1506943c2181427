package judge_test

import (
	"fmt"
	"os"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func ExampleJudge() {
	notice, err := os.ReadFile("../consult/testdata/notice-police-valid.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	ans, err := judge.Judge(judge.Request{
		Documents: []judge.Input{
			{File: "notice.json", Data: notice},
			{File: "typo.json", Data: []byte(`{"kind": "notice-of-disagreement", "isuer": "police-scotland"}`)},
		},
		Context: judgement.New(period.MustParseDate("2026-11-26")),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range ans.Results {
		switch {
		case r.Error != nil:
			fmt.Printf("%s: bad input at %s: %s\n", r.File, r.Error.Path, r.Error.Category)
		case r.Notice != nil:
			fmt.Printf("%s: %s, legal effect %v, %d findings\n", r.File, r.Kind, r.Notice.LegalEffect, len(r.Findings))
		}
	}
	fmt.Println("judged as of", ans.Context.AsOf)
	// Output:
	// notice.json: notice-of-disagreement, legal effect true, 0 findings
	// typo.json: bad input at /isuer: unknown field
	// judged as of 2026-11-26
}

func ExampleDocument() {
	question, err := os.ReadFile("../duty/testdata/question-default-powers.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := judge.Document("question.json", question, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Kind, res.Decision.Duty, res.Decision.Outcome)
	// Output:
	// duty-question s17-default-powers applies
}
