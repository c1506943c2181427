package judgement

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
)

//go:embed schema/judgement-context.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a judgement context
// document. The slice is new on each call.
func Schema() []byte { return bytes.Clone(schema) }

// Decode decodes a judgement context document strictly with
// [part3.DecodeAndCheck] and checks it with [Context.ValidateFacts]. Every
// problem is reported at once, as an *part3.InputError naming file and
// each JSON path. The as-of date may be absent, since a caller may give it
// with the judgement instead; a judgement refuses a Context without one
// ([Context.Validate]).
func Decode(file string, data []byte) (Context, error) {
	var c Context
	err := part3.DecodeAndCheck(file, data, &c, func(l *part3.InputErrors) {
		if c.Kind != Kind {
			// The other checks are a context's: another kind of
			// document would only fail them.
			l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
				Err: fmt.Errorf("kind %q%s", c.Kind, suggest.Phrase(c.Kind, []string{Kind})), Expected: `"` + Kind + `"`})
			return
		}
		l.Add(c.ValidateFacts())
	})
	if err != nil {
		return Context{}, err
	}
	return c, nil
}
