package plan

import (
	"bytes"
	_ "embed"
)

//go:embed schema/childrens-services-plan.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a children's services
// plan document. It describes what [Decode] accepts; the cross-references
// and required values that a schema cannot express are checked by
// [Plan.Validate], and what the plan says is judged by [Plan.Judge]. The slice
// is new on each call.
func Schema() []byte { return bytes.Clone(schema) }
