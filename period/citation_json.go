package period

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Each value below that holds a citation marshals, beside its citation,
// "url": the address of the text cited (part3.Citation.URL), left out
// when the module knows none.

// MarshalJSONTo writes the KeyDate as JSON: its fields, and url,
// the address of the text its citation cites.
func (k KeyDate) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain KeyDate
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(k), k.Citation.URL()})
}
