// Package scenarios holds legal scenarios as data: cases that someone who
// knows Part 3 (Children's Services Planning, sections 7 to 17) of the
// Children and Young People (Scotland) Act 2014 can write without writing
// Go, each stating a question, the answer the law gives and where the law
// gives it, and that the engine must reproduce.
//
// A scenario file is a JSON document of kind "scenarios" with a title and
// named cases. Every case cites the subsection or guidance paragraph its
// answer comes from, and asks exactly one question:
//
//   - period: which three-year plan period (s.8(1), SSI 2016/255) and
//     one-year reporting period (s.13(1)) contain a date, or that none does
//     (before 1 April 2017);
//   - child: whether a person born on a date is a child on another (s.97(1));
//   - classification: whether a service is a children's service, a related
//     service or outside Part 3 (s.7(1), s.7(2), s.7(3));
//   - planners: who prepares the plan for a council area on a date (s.7(6),
//     and section 60 of the Children (Care, Care Experience and Services
//     Planning) (Scotland) Act 2026 once commenced);
//   - duty: what the Act says of one of its duties or powers: "must" or
//     "may", who bears it, its exceptions, and whether the Ministers'
//     directions (s.16) and default powers (s.17) reach it;
//   - decision: whether a duty applies on stated facts, and what decided
//     it: the s.12 duty to provide services in accordance with the plan,
//     the s.14 duty of assistance, the s.10(6) duty to meet reasonable
//     requests, the s.17 default powers;
//   - document: the findings on a plan, annual report, notice of
//     disagreement or planning history, given inline or by a path relative
//     to the scenario file (a notice or a report optionally against its
//     plan), with findings that must and must not appear (and, where a case
//     says so, how many, and for a statutory finding the bodies it names in
//     breach), whether a notice has legal effect, and that a
//     document breaches nothing in the Act (a notice's findings of severity
//     condition are no breach);
//   - calendar: a partnership's obligations on a date, from its history.
//
// A file or a case may state the version of the law it applies (Law): the
// commencement of section 60 of the 2026 Act, orders under s.7(3) and
// s.7(5), directions under s.10(1)(b)(iii), outcomes prescribed under
// s.13(1)(b)(ii) and temporary relief from time limits. Without it, the law
// as it stands with no order or direction made.
//
// [Decode] reads a file strictly: anything it cannot read (an unknown field,
// a case with no question or two, a citation that is not one, a rule ID
// that no rule has, a document that does not decode) is an
// *part3.InputError naming the file and the JSON path, never a case that
// passes by default. [File.Run] answers each case and says, in words a
// reader who does not write Go understands, what was asked, what the law
// says and what the engine said. `part3 test` runs files from the command
// line, and this package's tests run every file in its folder.
//
// The package does not decide anything itself: every answer comes from the
// packages period, service, consult, duty, plan and report. It does not ask
// about the Appendix A review of a plan or the national overview, whose
// verdicts are structural judgements of practice rather than answers the
// law gives.
//
// What may be shared: a [File] and its cases are plain values: running
// them reads them and never writes them, so one File may be run from many
// goroutines at once as long as none of them writes to it.
package scenarios
