package duty

import (
	"bytes"
	_ "embed"
)

//go:embed schema/planning-history.schema.json
var historySchema []byte

//go:embed schema/duty-question.schema.json
var questionSchema []byte

// HistorySchema returns the JSON Schema (draft 2020-12) of a planning
// history document. It describes what [DecodeHistory] accepts; the dates
// that cannot be true and the other checks of [History.Validate] that a
// schema cannot express are made on decoding, and whether each recipient
// of a copy was an other service provider on the day is checked by
// [NewCalendar]. The slice is new on each call.
func HistorySchema() []byte { return bytes.Clone(historySchema) }

// QuestionSchema returns the JSON Schema (draft 2020-12) of a duty question
// document. It describes what [DecodeQuestion] accepts; each notice of
// disagreement in it is described as [consult.NoticeSchema] describes a
// notice. What the question asks is answered by [Question.Decide]. The
// slice is new on each call.
func QuestionSchema() []byte { return bytes.Clone(questionSchema) }
