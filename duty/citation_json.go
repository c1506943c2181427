package duty

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
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

// MarshalJSONTo writes the Decision as JSON: its fields, and url,
// the address of the text its citation cites. decided_by_url is the address of the
// text of decided_by_citation.
func (d Decision) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Decision
	return json.MarshalEncode(enc, struct {
		plain
		URL          string `json:"url,omitzero"`
		DecidedByURL string `json:"decided_by_url,omitzero"`
	}{plain(d), d.Citation.URL(), d.DecidedByCitation.URL()})
}

// MarshalJSONTo writes the Exception as JSON: its fields, and url,
// the address of the text its citation cites.
func (e Exception) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Exception
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(e), e.Citation.URL()})
}

// MarshalJSONTo writes the Bearer as JSON: its fields, and url,
// the address of the text its citation cites.
func (b Bearer) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Bearer
	return json.MarshalEncode(enc, struct {
		plain
		URL string `json:"url,omitzero"`
	}{plain(b), b.Citation.URL()})
}

// MarshalJSONTo writes the Duty as JSON: its fields, and url,
// the address of the text its citation cites. source_urls are the addresses of its
// sources, in their order ("" for a source with none).
func (d Duty) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Duty
	return json.MarshalEncode(enc, struct {
		plain
		URL        string   `json:"url,omitzero"`
		SourceURLs []string `json:"source_urls,omitempty"`
	}{plain(d), d.Citation.URL(), urlsOf(d.Sources)})
}

// urlsOf returns the address of each citation's text, in order; nil for
// none.
func urlsOf(cs []part3.Citation) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.URL())
	}
	return out
}
