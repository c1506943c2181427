// Package service models section 7 of the Children and Young People
// (Scotland) Act 2014 (Part 3, children's services planning) and the
// definitions Part 3 relies on:
//
//   - who provides the services Part 3 covers (s.7(2)): the local
//     authority, its relevant health board, the "other service providers"
//     of s.7(1), and the Scottish Ministers only in exercising their
//     functions under the Prisons (Scotland) Act 1989 ([Provider],
//     [ProviderKind]);
//   - the list of other service providers through time, with changes made
//     by order under s.7(5) ([Register], [OtherServiceProvider]). The
//     default register follows the statutory guidance's list (para 135 and
//     appendix D), taken to be in force throughout Part 3's life, from 7
//     October 2016 ([period.Part3InForce]); and the other service
//     providers for a council area, with
//     the register's generic integration joint board entry read as the
//     area's own board or boards, none for Highland and none once section
//     60 of the 2026 Act is in force ([OtherServiceProvidersFor]);
//   - "children's service" and "related service" (s.7(1)), with orders
//     under s.7(3) that include or exclude services ([Service],
//     [Classify], [ServiceOrder]); who provides a service in the Act's
//     sense ([Service.Providers]): a service the local authority or the
//     relevant health board commissions from a third-sector or private
//     provider to discharge its own functions is the commissioning body's
//     (the module's reading of "provided by": guidance para 44, appendix B
//     step 3), while an independent organisation's own service stays
//     outside Part 3 and the organisation is a consultee (s.10(2)(b)); a
//     service delivered jointly has several providers, each a provider of
//     it ([JointProvider]);
//   - the 32 council areas, the 14 territorial health boards and the 30
//     integration joint boards, with GSS codes, from embedded data files
//     that name their sources ([Council], [HealthBoard],
//     [IntegrationJointBoard], [LookupCouncil]); "relevant health board"
//     (s.7(1)) and which paragraph of its definition applies
//     ([RelevantHealthBoard], [RelevantHealthBoardLimb]);
//   - joint exercise of Part 3 functions by the local authority and its
//     relevant health board (s.7(6)), and the relevant integration joint
//     board as a third lead children's services planning body once section
//     60 of the Children (Care, Care Experience and Services Planning)
//     (Scotland) Act 2026 is commenced ([JointPlanners], [Law]);
//   - "child", a person under 18 (s.97(1)), with the Scots rule for 29
//     February births ([IsChild], [AttainsAge]);
//   - the eight wellbeing indicators of s.96(2) ([WellbeingIndicator]).
//
// Every decision comes with its reasons and their citations, and with the
// version of the law it applied ([Law.Version]). Orders Ministers have not
// made (s.7(3), s.7(5)) and the commencement of section 60 of the 2026 Act
// are inputs the caller supplies; [DefaultLaw] says none has been made.
//
// The package does not model: whether a service is provided in the local
// authority's area (it assumes so); a health board or council other than
// the area's own providing a service there (record it as another
// organisation); section 7(4) consultation before an order; changes to the
// wellbeing indicators by order under s.96(6); the list of other service
// providers as enacted before the guidance's list (the Scottish Court
// Service, no integration joint boards), whose amendment dates are not
// confirmed; or boundary changes before 1 April 2014. The integration
// joint board entry of the default register is itself unconfirmed: the
// 2nd edition of the guidance attributes it to section 58 of the Public
// Bodies (Joint Working) (Scotland) Act 2014, the 1st edition to SSI
// 2015/157 with other words ([OtherServiceProvider]); [Register.Apply]
// varies it. The rule for 29
// February births follows section 6 of the Age of Legal Capacity
// (Scotland) Act 1991 as the project's sources report it; its text was not
// checked against the enacted wording.
package service
