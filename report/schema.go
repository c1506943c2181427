package report

import (
	"bytes"
	_ "embed"
)

//go:embed schema/annual-report.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of an annual report
// document. It describes what [Decode] accepts; the references and required
// values that a schema cannot express are checked by [Report.Validate], and
// what the report says is judged by [Report.Judge]. The slice is new on each
// call.
func Schema() []byte { return bytes.Clone(schema) }
