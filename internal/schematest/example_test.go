package schematest_test

import (
	"fmt"

	"github.com/csplanning/part3/internal/schematest"
)

// A schema for a document with a required date: a real date passes, an
// impossible one does not.
func ExampleValidate() {
	schema := []byte(`{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"type": "object",
		"required": ["published"],
		"properties": {"published": {"type": "string", "format": "date"}}
	}`)
	fmt.Println(schematest.Validate(schema, []byte(`{"published": "2024-02-29"}`)) == nil)
	fmt.Println(schematest.Validate(schema, []byte(`{"published": "2023-02-29"}`)) == nil)
	fmt.Println(schematest.Validate(schema, []byte(`{}`)) == nil)
	// Output:
	// true
	// false
	// false
}

// A misspelt keyword is an error, not an annotation passed over.
func ExampleCompile() {
	_, err := schematest.Compile([]byte(`{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"type": "object",
		"additionalProperites": false
	}`))
	fmt.Println(err != nil)
	// Output: true
}
