// Package duty models who must do what under Part 3 (Children's Services
// Planning, sections 7 to 17) of the Children and Young People (Scotland)
// Act 2014, by when, and whether a duty applies in a given case.
//
// It has three parts:
//
//   - The catalogue ([Catalogue], [Lookup]): every duty and power of
//     sections 7 to 17 as data, from an embedded file with its sources:
//     its provision, whether it is a duty ("must") or a power ("may"), who
//     bears it ([Duty.BearersOn] names the bodies on a date: the local
//     authority and relevant health board jointly under s.7(6), joined by
//     the relevant integration joint board once section 60 of the 2026 Act
//     is commenced), what it requires, its exceptions, and whether the
//     Scottish Ministers' directions under section 16 or default powers
//     under section 17 may touch it (never the section 12 duty).
//   - Decisions with reasons ([Decision]): the section 12 duty to provide
//     services in accordance with the plan and its exceptions in s.12(3)
//     ([DecideImplementation]: a notice of disagreement counts only where
//     it has legal effect, for the version of the plan asked about); the
//     section 14 duty of assistance and its exceptions in s.14(3)
//     ([DecideAssistance]); the section 10(6) duty to meet reasonable
//     requests ([DecideConsulteeRequest], from package consult); and the
//     section 17 default powers ([DecideDefaultPowers]). Each follows the
//     law's shape, a default and its exceptions, and returns the chain of
//     reasons with their citations. [DecodeQuestion] reads a question from
//     JSON, a "duty-question" document ([QuestionSchema]).
//     Each decision is made on its date: before Part 3 came into force on 7
//     October 2016 ([period.Part3InForce]) nothing in it applies
//     ([CondBeforePart3InForce]); from then until the first three-year
//     period began on 1 April 2017 the first plans were being prepared, so
//     the duties of s.10(6) and s.14 applied while s.12, which applies
//     during a plan's period, did not. A service the local authority or
//     the relevant health board commissions to discharge its own functions
//     is its service, so the s.12 duty falls on it; each provider of a
//     service delivered jointly is bound for its part (s.12), contributes to
//     providing it (s.14(2)(a)) and may issue a notice about it (s.10(8)).
//     The second ground of the default powers is not having regard to the
//     guidance (s.17(1)(b), not complying with s.15(1)), not departing from
//     it: a reasoned departure is no ground ([CondReasonedDeparture]).
//   - The obligations calendar ([NewCalendar]): for a partnership, a date
//     and its history ([DecodeHistory], a "planning-history" document:
//     [HistorySchema]), every obligation from 1 April 2017 and the next
//     ones, with the status of each: met, due (outstanding), late with the
//     severity of the lateness, or not recorded where the history has no
//     record of the plan period or reporting period (nothing recorded is
//     not lateness, and makes no finding).
//     The Scottish Government's review of the plans runs "between April
//     and October of the year of submission" (guidance para 6), a year the
//     guidance does not define: the calendar takes it to be the year the
//     history records the plan as sent to the Scottish Ministers, and
//     otherwise the year the period starts, which is what package period
//     takes it to be ([period.PlanPeriod.ReviewWindow]); the dates come
//     from [period.PlanPeriod.ReviewWindowIn], so the two agree.
//
// Section 10(6) binds "the persons to be consulted under subsection
// (1)(b)" and section 14(2)(b) "the persons mentioned in section 10(1)(b)":
// a category of persons (organisations within section 10(2), social
// landlords providing housing in the area, persons named in a direction of
// the Scottish Ministers while it is in force), not only those the
// partnership has consulted. The questions state the person's category,
// not whether it was consulted; the member consulted they once had is
// refused with an error that says so ([ExplainRetired]). The other service
// providers and the Scottish Ministers are not within section 10(1)(b), and
// section 14 binds them under section 14(2)(a) only. A request that could
// be met only by processing that data protection law forbids is not a
// reasonable request under section 10(6), and providing it is incompatible
// with a duty of the person under section 14(3)(a), in every period.
//
// What the law leaves open stays open. "As soon as reasonably practicable"
// (s.10(7)) and "as soon as practicable" (s.13(1)) have no number in law
// (guidance para 102). One grading ([Timely.Grade]), which packages plan
// and report use too, gives every such duty one answer: outstanding until
// a limit passes; late at practice past the partnership's own limit, or
// the module's default where it sets none ([judgement.Policy]), or at
// guidance past the end-of-June target for annual reports (neither applies
// to 2017-2020 plans and their reports, which the 2nd edition does not
// cover); and a breach of the Act only past a day the caller states as a
// fact ([judgement.TimePassed]) or past the engine's outer bound, the end
// of the plan's period for section 10(7) and of the following one-year
// period for section 13(1), which the findings call the engine's reading.
// A record dated after the calendar's date is not yet done. Temporary
// relief from time limits (such as under the Coronavirus (Scotland) Act
// 2020) applies only when the caller supplies it ([judgement.Relief]); it
// moves every limit but a stated fact's.
//
// The package does not model: whether a plan's content meets sections 8
// to 10 (package plan), whether an annual report meets section 13 (package
// report), whether providing a service as planned is "reasonably
// practicable" (s.12(1)), the consultation and participation that precede
// a plan or a revision (package consult), or the past exercise of the
// continuing duty to keep a plan under review (s.11(1)(a)), which the
// calendar lists for the current period only.
package duty
