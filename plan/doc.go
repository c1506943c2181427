// Package plan models the children's services plan of sections 8 to 11 of
// the Children and Young People (Scotland) Act 2014 (Part 3, Children's
// Services Planning), read with the statutory guidance on Part 3 (2nd
// edition, 2020):
//
//   - section 8: the plan the local authority and its relevant health board
//     jointly prepare for each three-year period, setting out their plans for
//     the provision of all children's services and related services ([Plan],
//     a JSON document of kind "childrens-services-plan", read by [Decode]),
//     among them the services they commission and those delivered jointly
//     (package service); approved by the partnership's own bodies, an
//     approval by a body of another area being noted as likely the wrong
//     document, not as a breach ([RuleApprovalOutsidePartnership]);
//   - section 9: the five aims the plan is prepared with a view to securing
//     ([Aims]). Section 9(1) is a duty on how the plan is prepared: a plan
//     silent about an aim is a guidance finding ([RuleAimStatement]), and
//     a breach ([RuleAimsInView]) only on the caller's statement, with its
//     source, that the plan was not prepared with the aims in view;
//   - section 10: its preparation, through the record of package consult,
//     and its sending to the Scottish Ministers and each other service
//     provider and its publication ([Publication]);
//   - section 11: revision, a new version that goes through the aims,
//     process and review duties again (guidance para 119, and section 11(2)
//     as the guidance paraphrases it) ([Version], [ValidateRevision]); and
//     the record of the reviews held of a plan, each judged under section
//     11(2) for the opportunities given to the other service providers and
//     the Scottish Ministers to take part in it ([Plan.Reviews],
//     [consult.Review]);
//   - the Scottish Government's review against the fifteen criteria of
//     guidance Appendix A, criterion 6 in its two parts 6a and 6b as the
//     national review of the 2023-2026 plans scores it, with the ten steps
//     of Appendix B as a practice checklist ([Plan.Review], [Criteria]).
//
// [Plan.Validate] says whether a plan can be judged at all (a structural
// check that returns an error); [Plan.Judge] judges it, as of the date and
// under the law, policy and facts of a [judgement.Context], and returns
// part3.Finding values at three
// severities, each citing its provision or paragraph: statutory (the Act),
// guidance (the statutory guidance, to which the bodies must have regard)
// and practice (the review criteria, the Care Inspectorate's steps, and the
// partnership's own limits, or the module's defaults, where the law sets no
// number). It applies package consult's rules to the preparation record
// and the reviews, and package service's to the services. A plan never
// gets a finding of severity condition, which belongs to notices of
// disagreement. Findings that cite the guidance
// are not raised for a plan for 2017-2020, to which the 2nd edition does
// not apply. [Rules] lists the rule book.
//
// The copies of a prepared plan and its publication, owed "as soon as
// reasonably practicable" (s.10(7)), are graded by package duty
// (duty.Timely.Grade), as the duty calendar grades them, so that the two
// give one answer: outstanding until a limit passes; a practice finding
// past the partnership's own limit or the module's default; a breach only
// past a day the caller states as a fact (judgement.TimePassed), or with
// nothing done by the end of the plan's period, which the finding calls
// the engine's reading. A copy or publication dated before the plan was
// prepared is of a draft, and does not meet the duty.
//
// Every judgement is made as of a date: a record dated after it is not yet
// done. A plan recorded as prepared after it is still a draft, and a copy,
// a publication or an approval recorded after it has not yet happened;
// each finding says the record lies in the future.
//
// Real plans are untidy, and the package loads and judges them rather than
// refusing them: a plan records the statutory period it answers to and,
// separately, its title and dates as written, so that Highland's "2021-2023"
// plan loads and is told its title and dates do not match its period. Only
// what cannot be read (broken JSON, an unknown field, an impossible date, a
// dangling reference) is an error.
//
// What the package does not model: the quality of what a plan says (whether
// a vision is compelling or an assessment robust, which the review leaves
// to a reader: its verdicts are structural); whether a plan covers all the
// children's and related services in the area, which only the partnership
// can establish (guidance paras 43-46); whether the plan has been kept
// under review (s.11(1)(a)), which package duty's calendar lists, beyond
// the opportunities of the reviews recorded; the
// implementation of the plan (s.12) and annual reports (s.13); and temporary
// reliefs from time limits, such as under the Coronavirus (Scotland) Act
// 2020, except as the caller supplies them in the judgement context.
//
// A Plan is a plain value: judging reads it and never changes it, so one
// Plan may be judged from many goroutines at once as long as none of them
// writes to it.
package plan
