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
//     and a finding is a breach by the bodies it names in [Finding.By]), guidance (the guidance says
//     should, and section 15 obliges the bodies it names to have regard to
//     it) or practice (review criteria and good practice that no law
//     requires); or that a finding is no breach at all but a condition of
//     legal effect a document does not meet (condition: a notice of
//     disagreement that section 10(8) does not give effect);
//   - a [Rule] is a stable ID, a severity, a citation and a one-line summary;
//   - a [Finding] is one rule's verdict on one place in a document, addressed
//     by a JSON Pointer; a statutory finding also names the bodies in breach,
//     as the Act puts the duty on them ([Finding.By]), and no other does;
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
//
// What may be shared: every type of the package is a plain value. A
// [Citation], a [Severity] and a [Rule] are immutable and comparable; a Rule
// is copied wherever it is passed, so no caller can change a rule book
// through one. A [Finding] is a plain value and [Findings] a plain list,
// which the module's functions read and never write ([Findings.Sort] sorts
// the caller's own list). Any of them may be read from many goroutines at
// once as long as none of them writes to it. The package keeps no state of
// its own. Its only exported variables are the error sentinels
// ([ErrSyntax], [ErrTooLarge] and the others), which are variables because
// Go's errors.Is compares them by identity, as it does io.EOF: nothing may
// assign to them. The other packages of the module keep the same rule: what
// they publish is constants, functions and types, never a variable, so that
// no importer can change another's answers.
package part3
