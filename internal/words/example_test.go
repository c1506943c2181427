package words_test

import (
	"fmt"

	"github.com/csplanning/part3/internal/words"
)

func Example() {
	councils := []string{"Angus", "Dundee City", "Perth and Kinross"}
	boards := []string{"NHS Tayside", "NHS Tayside", "NHS Tayside"}
	fmt.Println(words.Capitalise(words.And(councils)) + " share " + words.And(words.Unique(boards)))
	fmt.Println(words.Count(len(councils), "council area", "council areas"))
	fmt.Println(words.Count(1, "plan", "plans"))
	fmt.Println("one of " + words.Or([]string{"add", "remove", "vary"}))
	fmt.Println("borne by " + words.Else(nil, "nobody", words.And))
	fmt.Println("reasons citing " + words.Else([]string{"s.12(1)", "s.12(3)"}, "nothing", words.Comma))
	// Output:
	// Angus, Dundee City and Perth and Kinross share NHS Tayside
	// 3 council areas
	// 1 plan
	// one of add, remove or vary
	// borne by nobody
	// reasons citing s.12(1), s.12(3)
}
