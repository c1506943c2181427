// Package consult models section 10 of the Children and Young People
// (Scotland) Act 2014, the process of preparing a children's services plan,
// and section 11(2), which extends it to the plan's review and revision,
// read with the statutory guidance on Part 3 (2nd edition, 2020), paras 75
// to 112 and 119:
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
//   - s.10(6): the duty of the persons to be consulted to meet reasonable
//     requests, with the three-part test of guidance para 94 that section
//     14 shares (para 138) ([DecideRequest], [Reasonableness]). It binds
//     a person by its category under section 10(1)(b) ([ToBeConsulted]),
//     whether or not the partnership has consulted it: an organisation
//     does not escape the duty by not having been consulted, and a person
//     named by direction is bound while the direction is in force. A
//     request that could be met only by processing that data protection
//     law forbids is not a reasonable request, in every period and for
//     every kind of request ([DataProtection]);
//   - s.10(8): notices of disagreement, and whether one has the legal effect
//     on which the exception in section 12(3)(b) depends, and for which
//     matters ([NoticeOfDisagreement], [NoticeOfDisagreement.Judge]). The
//     notice rules are of severity [part3.Condition]: a notice that does
//     not meet s.10(8) (issued by someone else, without its matters or
//     reasons, unpublished, not about a service of the issuer's, or about
//     another version of the plan) simply has no legal effect, and no one
//     has breached the Act. Only the other service providers for the
//     plan's area (an integration joint board only for its own council
//     areas) and the Scottish Ministers may issue one, the Ministers only
//     about a service they provide under the Prisons (Scotland) Act 1989,
//     which is judged from the plan's record of the service (or the
//     judgement context's prison services), not from anything the notice
//     says of itself. A revised plan is treated as a new plan (guidance
//     para 119): a notice concerns one version of the plan and does not
//     carry to its revision;
//   - s.11(2), as the guidance paraphrases it (its words were not
//     retrieved): the opportunities the local authority and the relevant
//     health board must give, and the other service providers must take, in
//     each review of the plan ([Review], [Review.Judge]).
//
// A [Record] holds the preparation of one plan; [Record.Judge] judges it
// and returns [part3.Finding] values, each citing its subsection or
// paragraph. The other service providers owed an opportunity are those of
// [service.OtherServiceProvidersFor] the plan's council areas
// ([Scope.Councils]; with none given, no integration joint board is
// owed one); one finding names all those owed one and given none.
// Everything a judgement takes from the caller (the as-of date, the
// version of the law, directions, the Prisons (Scotland) Act 1989
// services in the area, and the partnership's own numbers where the law
// sets none) is in the [judgement.Context]. Where the law sets no number
// ("effective opportunity") the context's policy supplies one, the
// partnership's own or the module's default, and its findings are
// practice, never statutory. Findings that cite the guidance are not
// raised for a 2017-2020 plan. [Rules] lists the rule book.
//
// What the package does not model: the sending and publication of the plan
// (s.10(7)), which belong to the plan; the classification of services
// (section 7, package service); the content of a review, which the Act does
// not prescribe (guidance paras 115 and 116); and any reply by the local
// authority and the health board to a notice of disagreement, which the
// Act does not require (guidance para 111). Facts only the partnership
// knows, such as whether a prison serves the area, whether a request was
// reasonable, or which organisations appear to fall within section 10(2),
// are inputs.
package consult
