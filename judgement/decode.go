package judgement

import (
	"bytes"
	_ "embed"

	"github.com/csplanning/part3"
)

//go:embed schema/judgement-context.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a judgement context
// document. The slice is new on each call.
func Schema() []byte { return bytes.Clone(schema) }

// Decode decodes a judgement context document strictly with [part3.Decode]
// and checks it with [Context.ValidateFacts]. Every failure is an
// *part3.InputError naming file and the JSON path. The as-of date may be
// absent, since a caller may give it with the judgement instead; a
// judgement refuses a Context without one ([Context.Validate]).
func Decode(file string, data []byte) (Context, error) {
	var c Context
	if err := part3.Decode(file, data, &c); err != nil {
		return Context{}, err
	}
	if c.Kind != Kind {
		return Context{}, part3.WithFile(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: errKind(c.Kind), Expected: `"` + Kind + `"`}, file)
	}
	if err := c.ValidateFacts(); err != nil {
		return Context{}, part3.WithFile(err, file)
	}
	return c, nil
}
