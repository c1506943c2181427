package judge_test

import (
	"fmt"
	"os"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func ExampleCompare() {
	read := func(name string) judge.Input {
		data, err := os.ReadFile(name)
		if err != nil {
			panic(err)
		}
		return judge.Input{File: name, Data: data}
	}
	d, err := judge.Compare(read("../report/testdata/fife-2023-2024.json"), read("../report/testdata/fife-2024-2025-late.json"),
		judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range d.Findings.Introduced {
		fmt.Println("introduced:", f.Rule, f.Citation)
	}
	fmt.Println(len(d.Findings.Resolved), "resolved,", len(d.Findings.Unchanged), "unchanged")
	// Output:
	// introduced: duty.report-by-end-of-june guidance para 129
	// 0 resolved, 0 unchanged
}
