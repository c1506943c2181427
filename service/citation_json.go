package service

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Each value below that holds a citation marshals, beside its citation,
// "url": the address of the text cited (part3.Citation.URL), left out
// when the module knows none.

// MarshalJSONTo writes the Reason as JSON: its fields, and url,
// the address of the text its citation cites.
func (r Reason) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Reason
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(r), r.Citation.URL()})
}

// MarshalJSONTo writes the OtherServiceProvider as JSON: its fields, and url,
// the address of the text its citation cites.
func (e OtherServiceProvider) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain OtherServiceProvider
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(e), e.Citation.URL()})
}
