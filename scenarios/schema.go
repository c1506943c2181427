package scenarios

import (
	"bytes"
	_ "embed"
)

//go:embed schema/scenarios.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a scenario file. It
// describes what [Decode] accepts; documents given inline are described by
// their own kinds' schemas. The slice is new on each call.
func Schema() []byte { return bytes.Clone(schema) }
