package part3_test

import (
	"fmt"

	"github.com/csplanning/part3"
)

func ExampleCitation_URL() {
	for _, c := range []part3.Citation{
		part3.Act("10(7)(a)(i)"),
		part3.GuidancePara(101),
		part3.Legislation("Housing (Scotland) Act 2010", "s.165"),
	} {
		fmt.Println(c, c.URL())
	}
	// Output:
	// s.10(7)(a)(i) https://www.legislation.gov.uk/asp/2014/8/section/10
	// guidance para 101 https://www.gov.scot/publications/children-young-people-scotland-act-2014-statutory-guidance-part-3-childrens-services-planning-second-edition-2020/pages/5/
	// Housing (Scotland) Act 2010 s.165 https://www.legislation.gov.uk/asp/2010/17/section/165
}
