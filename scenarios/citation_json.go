package scenarios

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Each value below that holds a citation marshals, beside its citation,
// "url": the address of the text cited (part3.Citation.URL), left out
// when the module knows none.

// MarshalJSONTo writes the Result as JSON: its fields, and url,
// the address of the text its citation cites.
func (r Result) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Result
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(r), r.Citation.URL()})
}
