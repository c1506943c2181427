package plan

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Each value below that holds a citation marshals, beside its citation,
// "url": the address of the text cited (part3.Citation.URL), left out
// when the module knows none.

// MarshalJSONTo writes the Criterion as JSON: its fields, and url,
// the address of the text its citation cites.
func (c Criterion) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Criterion
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(c), c.Citation.URL()})
}

// MarshalJSONTo writes the Judgement as JSON: its fields, and url,
// the address of the text its citation cites.
func (j Judgement) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Judgement
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(j), j.Citation.URL()})
}
