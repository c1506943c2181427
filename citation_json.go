package part3

import (
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// A Citation marshals as its text everywhere. Where an output holds one
// under the key "citation", the object also holds "url", the address of
// the text cited ([Citation.URL]), left out when the module knows none.

// findingJSON is the JSON form of a Finding.
type findingJSON struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Citation Citation `json:"citation"`
	URL      string   `json:"url,omitzero"`
	Path     string   `json:"path"`
	Message  string   `json:"message"`
	By       []string `json:"by,omitempty"`
}

// MarshalJSONTo writes f as a JSON object with the keys rule, severity,
// citation, url (the address of the text cited, [Citation.URL], left out
// when there is none), path, message and by (the bodies in breach, left
// out when there are none).
func (f Finding) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, findingJSON{f.Rule, f.Severity, f.Citation, f.Citation.URL(), f.Path, f.Message, f.By})
}

// UnmarshalJSONFrom reads what [Finding.MarshalJSONTo] writes; url, which
// the citation determines, is read and not kept.
func (f *Finding) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	var v findingJSON
	if err := json.UnmarshalDecode(dec, &v); err != nil {
		return err
	}
	*f = Finding{Rule: v.Rule, Severity: v.Severity, Citation: v.Citation, Path: v.Path, Message: v.Message, By: v.By}
	return nil
}

// ruleJSON is the JSON form of a Rule.
type ruleJSON struct {
	ID       string   `json:"id"`
	Severity Severity `json:"severity"`
	Citation Citation `json:"citation"`
	URL      string   `json:"url,omitzero"`
	Summary  string   `json:"summary"`
}

// MarshalJSONTo writes r as a JSON object with the keys id, severity,
// citation, url (the address of the text cited, [Citation.URL], left out
// when there is none) and summary.
func (r Rule) MarshalJSONTo(enc *jsontext.Encoder) error {
	return json.MarshalEncode(enc, ruleJSON{r.ID, r.Severity, r.Citation, r.Citation.URL(), r.Summary})
}

// UnmarshalJSONFrom reads what [Rule.MarshalJSONTo] writes; url, which
// the citation determines, is read and not kept.
func (r *Rule) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	var v ruleJSON
	if err := json.UnmarshalDecode(dec, &v); err != nil {
		return err
	}
	*r = Rule{ID: v.ID, Severity: v.Severity, Citation: v.Citation, Summary: v.Summary}
	return nil
}
