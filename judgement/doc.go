// Package judgement holds the judgement context: everything a judgement of
// Part 3 (sections 7 to 17) of the Children and Young People (Scotland) Act
// 2014 takes from the caller beyond the document judged.
//
// A [Context] says as of when to judge ([Context.AsOf], required: a missing
// date is an error, never a silent "complete record"), which version of the
// law applies (the commencement of section 60 of the Children (Care, Care
// Experience and Services Planning) (Scotland) Act 2026; orders under
// s.7(3) and s.7(5); directions under s.10(1)(b)(iii); outcomes prescribed
// under s.13(1)(b)(ii)), the reliefs from time limits the caller relies on,
// the partnership's own numbers where the law sets none ([Policy]), the
// services the Scottish Ministers provide under the Prisons (Scotland) Act
// 1989 in each area, and the facts only the caller can state ([Facts]): that
// the time within which a duty "as soon as (reasonably) practicable" had to
// be met has passed, or that a plan was not prepared with a view to the
// aims of s.9(2).
//
// One Context is passed to every package that judges: consult, duty, plan,
// report and scenarios take it as it is; package service, whose answers
// depend only on the law and a date, takes [Context.Law]. A Context is also
// a JSON document of kind "judgement-context" ([Decode], [Schema]), which
// the command-line tool reads with --context and which the answers of the
// module echo, so that a judgement can be reproduced and audited later.
//
// Powers the Scottish Ministers have not exercised are modelled as dated
// inputs; the zero value of every field says none has been exercised: no
// order, no direction, no prescribed outcome, no relief, no fact stated,
// section 60 of the 2026 Act not commenced, and the module's default
// numbers where the law sets none.
//
// A Context is a plain value. Judging reads it and never changes it, so one
// Context may be shared by any number of goroutines as long as none of them
// writes to it (or to the slices it holds) while judgements run.
package judgement
