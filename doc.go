// Package part3 is the shared vocabulary of the rules engine for Part 3
// (Children's Services Planning, sections 7 to 17) of the Children and Young
// People (Scotland) Act 2014.
//
// Every package of the module speaks in these terms:
//
//   - a [Citation] says where a rule comes from: the Act (s.10(7)(a)(i)), the
//     statutory guidance on Part 3, 2nd edition 2020 (guidance para 103,
//     guidance appendix A criterion 3), or other legislation
//     (Housing (Scotland) Act 2010 s.165);
//   - a [Severity] says how hard a rule binds: statutory (the Act says must,
//     and a finding is a breach by a named body), guidance (the guidance says
//     should, and section 15 obliges the bodies it names to have regard to
//     it) or practice (review criteria and good practice that no law
//     requires); or that a finding is no breach at all but a condition of
//     legal effect a document does not meet (condition: a notice of
//     disagreement that section 10(8) does not give effect);
//   - a [Rule] is a stable ID, a severity, a citation and a one-line summary;
//   - a [Finding] is one rule's verdict on one place in a document, addressed
//     by a JSON Pointer;
//   - an [InputError] is input that cannot be read at all: broken JSON, an
//     unknown field, an impossible date. Bad input is an error; a judgement
//     about well-formed input is a finding. The two never mix.
//
// [Decode] is the strict JSON decoder every document kind uses: it rejects
// unknown fields, duplicate names, null, invalid UTF-8, a byte order mark
// at the start, documents larger than [MaxDocumentSize] (8 MiB) and
// nesting deeper than [MaxDepth] (32 objects and arrays), and reports every
// problem of a document at once, in document order, as one [InputError]
// naming the file and, for each problem, the JSON Pointer path, the line
// and the column. [DecodeAndCheck] adds the problems a document kind finds
// after decoding (missing values, duplicate IDs, dangling references), and
// a [Reader] lets a type that decodes itself report its problems the same
// way.
//
// The package models no law itself and imports no other package of the
// module.
package part3
