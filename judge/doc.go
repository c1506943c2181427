// Package judge is the one entry point from bytes to answers: given the
// bytes of any document of Part 3 (sections 7 to 17) of the Children and
// Young People (Scotland) Act 2014 and a [judgement.Context], it finds the
// document's kind, decodes it strictly and returns one [Result] holding
// every answer the module computes for it:
//
//   - a children's services plan (package plan): its findings, and on
//     request its Appendix A review, and the national overview of several;
//   - an annual report (package report): its findings, the rules skipped
//     without the plan and why, and, with the plan, which of the plan's
//     reporting periods the reports given cover;
//   - a notice of disagreement (package consult): whether it has legal
//     effect under s.10(8), and for which matters, with findings of
//     severity condition saying why not: a notice without legal effect is
//     no breach, and its findings never count as statutory
//     ([Answer.HasStatutory]);
//   - a planning history (package duty): the partnership's calendar of
//     obligations and its findings;
//   - a duty question (package duty): the decision and its chain of
//     reasons.
//
// Every [Answer] says what judged it: the module's version ([Build]), the
// version of the law in force on the as-of date, and the context used, so
// that a council system can store an answer and audit it later. The
// command-line tool and the HTTP service call [Judge] and print its Answer,
// so their JSON is the same byte for byte.
//
// Bad input (a file that cannot be decoded as its kind) is a [Problem] on
// its own Result; the other documents of a request are still judged. Only a
// context that is not valid, or a plan given to judge the others against
// that cannot be read, fails the whole request.
//
// Findings cost memory in proportion to their number: an Answer holds
// about 450 bytes for each finding it lists (its rule, citation, path and
// message), and judging allocates about 2.5 KB for each, decoding
// included (BenchmarkFindings, on a plan of 1,000 to 100,000 findings; see
// BENCHMARKS.md). A document built to earn a million findings would take
// some 450 MB to hold and 2.5 GB to judge. [Request.MaxFindings] caps the
// findings each Result lists, keeping the most severe and counting the
// rest, so that what an Answer holds is bounded; the allocation while
// judging is not, and a caller that takes documents from strangers limits
// their size (the decoders refuse a document over part3.MaxDocumentSize).
//
// Judge is a pure function of its Request: it keeps no state, reads its
// inputs without changing them, and may be called from any number of
// goroutines at once. An Answer shares no memory with another Answer.
package judge
