// Package consult models section 10 of the Children and Young People
// (Scotland) Act 2014, the process of preparing a children's services plan,
// read with the statutory guidance on Part 3 (2nd edition, 2020), paras 75
// to 112:
//
//   - s.10(1)(a) and (5): the effective opportunity the local authority and
//     the relevant health board must give each other service provider, and
//     the Scottish Ministers where they provide a prison service in the
//     area, to participate in or contribute to the plan, and those
//     providers' own duty to take it ([Opportunity]);
//   - s.10(1)(b), (2), (3) and (4): the persons to be consulted: organisations
//     representing service users or providing services in the area, social
//     landlords (Housing (Scotland) Act 2010 s.165), and persons the
//     Ministers specify by direction ([Consultee], [judgement.Direction]);
//   - s.10(6): the consultees' duty to meet reasonable requests, with the
//     three-part test of guidance para 94 that section 14 shares (para 138)
//     ([DecideRequest], [Reasonableness]);
//   - s.10(8): notices of disagreement, and whether one has the legal effect
//     on which the exception in section 12(3)(b) depends
//     ([NoticeOfDisagreement], [NoticeOfDisagreement.Judge]). The notice
//     rules are statutory because they are what s.10(8) requires of a
//     notice; a statutory finding on a notice means the notice does not
//     meet s.10(8) and has no legal effect, not that anyone has breached
//     the Act. Only the other service providers for the plan's area (an
//     integration joint board only for its own council areas) and the
//     Scottish Ministers in exercising their functions under the Prisons
//     (Scotland) Act 1989 may issue one.
//
// A [Record] holds the preparation of one plan; [Record.Judge] judges it
// and returns [part3.Finding] values, each citing its subsection or
// paragraph. The other service providers owed an opportunity are those of
// [service.OtherServiceProvidersFor] the plan's council areas
// ([Scope.Councils]; with none given, no integration joint board is
// owed one). Everything a judgement takes from the caller (the as-of date,
// the version of the law, directions, the Prisons (Scotland) Act 1989
// services in the area, and the partnership's own numbers where the law
// sets none) is in the [judgement.Context]. Where the law sets no number
// ("effective opportunity") the context's policy supplies one, the
// partnership's own or the module's default, and its findings are
// practice, never statutory. Findings that cite the guidance are not
// raised for a 2017-2020 plan. [Rules] lists the rule book.
//
// What the package does not model: the sending and publication of the plan
// (s.10(7)), which belong to the plan; the classification of services
// (section 7, package service); review and revision (section 11, where the
// same process applies again); and any reply by the local authority and
// the health board to a notice of disagreement, which the Act does not
// require (guidance para 111). Facts only the partnership knows, such as
// whether a prison serves the area, whether a request was reasonable, or
// which organisations appear to fall within section 10(2), are inputs.
package consult
