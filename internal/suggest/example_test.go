package suggest_test

import (
	"fmt"

	"github.com/csplanning/part3/internal/suggest"
)

func ExampleClosest() {
	kinds := []string{"childrens-services-plan", "annual-report", "notice-of-disagreement"}
	fmt.Println(suggest.Closest("childrens-service-plan", kinds))
	fmt.Println(suggest.Closest("budget", kinds))
	// Output:
	// childrens-services-plan true
	//  false
}

func ExamplePhrase() {
	providers := []string{"local-authority", "relevant-health-board", "police-scotland"}
	for _, in := range []string{"health-board", "Police Scotland", "police-scotland", "zzzz"} {
		fmt.Printf("unknown provider %q%s\n", in, suggest.Phrase(in, providers))
	}
	// Output:
	// unknown provider "health-board"; did you mean "relevant-health-board"?
	// unknown provider "Police Scotland"; did you mean "police-scotland"?
	// unknown provider "police-scotland"
	// unknown provider "zzzz"
}
