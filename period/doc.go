// Package period holds the dates and periods of Part 3 of the Children and
// Young People (Scotland) Act 2014:
//
//   - when Part 3 came into force: 7 October 2016 ([Part3InForce], taken
//     to be by the commencement order SSI 2016/254, whose article is not
//     confirmed). From that day the first plans were being prepared, with
//     the duties of sections 10 and 14 in force, though no plan period had
//     begun;
//   - section 8(1): a local authority and its relevant health board must
//     jointly prepare a children's services plan for each three-year period
//     ([PlanPeriod]). The Children's Services Planning (Specified Date)
//     (Scotland) Order 2016 (SSI 2016/255), in force on 7 October 2016
//     (guidance para 40), specified 1 April 2017 for the purposes of
//     section 8(1) as the day the first begins ([FirstPeriodStart]), so the
//     periods are 2017-2020, 2020-2023, 2023-2026, 2026-2029 and so on, each
//     from 1 April to 31 March. Every period's dates come from section 8(1)
//     with SSI 2016/255, and the package cites both where it gives them;
//   - section 13(1): as soon as practicable after each one-year period
//     ([ReportingPeriod], 1 April to 31 March; guidance para 124) they must
//     publish a report on it, three to a plan period;
//   - the key dates the Act and the statutory guidance attach to these
//     periods ([KeyDate]): the plan finalised before its period starts
//     (s.8(1), guidance para 101), the annual report due after its period
//     with the guidance's end-of-June target (s.13(1), guidance para 129),
//     and the Scottish Government's review of plans from April to October of
//     the year of submission (guidance para 6 and Appendix A).
//
// It also holds the civil calendar date that the whole module uses ([Date]):
// a year, month and day with no time of day and no time zone, and today's
// date in Scotland ([InScotland]).
//
// A date before 1 April 2017 has no period: look-ups return a
// [*NoPeriodError] that matches [ErrBeforeFirstPeriod], never a made-up
// period. Parsing accepts the names people write ("2026-29", "2026/29",
// "2026 to 2029") and refuses ranges that are not a period, such as
// Highland's "2021-2023", naming the nearest real ones.
//
// What it does not model: the COVID-19 relaxations of the Coronavirus
// (Scotland) Act 2020, under which some partnerships published 2021-2023
// plans, are not applied here; a plan's title and dates as written, and any
// relief claimed, are the caller's inputs, judged elsewhere against the
// statutory period. It sets no deadline for sending or publishing a plan
// (s.10(7), "as soon as reasonably practicable") and no legal deadline for
// the annual report beyond "as soon as practicable" (s.13(1)): the end of
// June is the guidance's target, not the law. The 2nd edition of the
// guidance relates to plans from 1 April 2020 (guidance para 1), so its key
// dates are not given for 2017-2020. Periods run for ever in law; this
// package represents them to 31 March 9997, the end of the last three-year
// period within year 9999.
package period
