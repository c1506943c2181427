package consult

import (
	"bytes"
	_ "embed"
)

//go:embed schema/notice-of-disagreement.schema.json
var noticeSchema []byte

// NoticeSchema returns the JSON Schema (draft 2020-12) of a notice of
// disagreement document. It describes what [DecodeNotice] accepts; what the
// notice says is judged by [NoticeOfDisagreement.Judge]. The slice is new on
// each call.
func NoticeSchema() []byte { return bytes.Clone(noticeSchema) }
