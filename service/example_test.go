package service_test

import (
	"errors"
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func ExampleClassify() {
	on := period.MustDate(2026, 4, 1)
	camhs := service.Service{
		ID:                        "camhs",
		Name:                      "Child and adolescent mental health services",
		Provider:                  service.ProviderRelevantHealthBoard,
		WhollyOrMainlyForChildren: true,
	}
	c := service.Classify(camhs, on, service.DefaultLaw())
	fmt.Println(c.Kind)
	for _, r := range c.Reasons {
		fmt.Println(" ", r)
	}

	charity := service.Service{ID: "club", Name: "Youth club", Provider: service.ProviderOtherOrganisation, WhollyOrMainlyForChildren: true}
	fmt.Println(service.Classify(charity, on, service.DefaultLaw()).Kind)

	benefits := service.Service{ID: "advice", Name: "Benefits advice", Provider: service.ProviderScottishMinisters, SignificantEffectOnWellbeing: true}
	fmt.Println(service.Classify(benefits, on, service.DefaultLaw()).Kind)
	// Output:
	// childrens-service
	//   s.7(2): the relevant health board provides "Child and adolescent mental health services"
	//   s.7(1): "Child and adolescent mental health services" is provided wholly or mainly to, or for the benefit of, children generally
	//   s.7(1): so it is a children's service
	// outside-part3
	// outside-part3
}

func ExampleService_Providers() {
	on := period.MustDate(2026, 4, 1)
	// A charity's family support, commissioned by the council to discharge
	// its own functions: the council's service.
	support := service.Service{ID: "fs", Name: "Family support", Provider: service.ProviderOtherOrganisation,
		CommissionedBy: service.ProviderLocalAuthority, WhollyOrMainlyForChildren: true}
	fmt.Println(service.Classify(support, on, service.DefaultLaw()).Kind, support.ProvidedBy(service.ProviderLocalAuthority))

	// Joint investigative interviews: the police lead, social work takes part.
	jii := service.Service{ID: "jii", Name: "Joint investigative interviews", Provider: service.ProviderPoliceScotland,
		WhollyOrMainlyForChildren: true,
		JointProviders:            []service.JointProvider{{Provider: service.ProviderLocalAuthority, Role: "social work interviewer"}}}
	for _, p := range jii.Providers() {
		fmt.Printf("%s (%s)\n", p.Provider, p.Role)
	}
	// Output:
	// childrens-service true
	// police-scotland ()
	// local-authority (social work interviewer)
}

func ExampleLaw_WithServiceOrder() {
	// No order under s.7(3) has been made; suppose one includes public
	// libraries in the definition of children's service from 1 April 2027.
	law, err := service.DefaultLaw().WithServiceOrder(service.ServiceOrder{
		Title:     "a hypothetical order",
		Effective: period.MustDate(2027, 4, 1),
		Effect:    service.IncludeChildrensService,
		Covers:    func(s service.Service) bool { return s.ID == "libraries" },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	libraries := service.Service{ID: "libraries", Name: "Libraries", Provider: service.ProviderLocalAuthority, SignificantEffectOnWellbeing: true}
	fmt.Println(service.Classify(libraries, period.MustDate(2027, 3, 31), law).Kind)
	fmt.Println(service.Classify(libraries, period.MustDate(2027, 4, 1), law).Kind)
	// Output:
	// related-service
	// childrens-service
}

func ExampleDecodeService() {
	s, err := service.DecodeService("service.json", []byte(`{
  "id": "youth-justice",
  "name": "Youth justice",
  "provider": "local-authority",
  "wholly_or_mainly_for_children": true,
  "significant_effect_on_wellbeing": true
}`))
	fmt.Println(s.Name, s.Provider, err)

	_, err = service.DecodeService("service.json", []byte(`{"id": "x", "name": "X", "provider": "scottish-prison-service"}`))
	fmt.Println(errors.Is(err, part3.ErrInvalidValue))
	// Output:
	// Youth justice local-authority <nil>
	// true
}

func ExampleJudgeServices() {
	services := []service.Service{
		{ID: "club", Name: "Youth club", Provider: service.ProviderOtherOrganisation, WhollyOrMainlyForChildren: true, Kind: service.ChildrensService},
		{ID: "schools", Name: "Schools", Provider: service.ProviderLocalAuthority, WhollyOrMainlyForChildren: true, Kind: service.ChildrensService},
	}
	for _, f := range service.JudgeServices("/services", services, period.MustDate(2026, 4, 1), service.DefaultLaw()) {
		fmt.Println(f.Rule, f.Severity, f.Citation, f.Path)
	}
	// Output:
	// service.declared-kind guidance guidance para 43 /services/0/kind
}

func ExampleParseProvider() {
	p, err := service.ParseProvider("principal-reporter")
	fmt.Println(p.Name(), p.Kind(), p.IsOtherServiceProvider(), err)
	_, err = service.ParseProvider("police")
	fmt.Println(err)
	// Output:
	// the Principal Reporter other-service-provider true <nil>
	// unknown provider "police"; did you mean "police-scotland"?
}

func ExampleRegister() {
	r := service.DefaultRegister()
	for _, e := range r.On(period.MustDate(2026, 4, 1)) {
		fmt.Println(e.ID)
	}
	// Suppose an order under s.7(5) adds a body from 1 April 2027.
	r2, err := r.Apply(service.RegisterChange{
		Action:    service.ActionAdd,
		Effective: period.MustDate(2027, 4, 1),
		Entry:     service.OtherServiceProvider{ID: "skills-development-scotland", Name: "Skills Development Scotland"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, before := r2.Lookup("skills-development-scotland", period.MustDate(2027, 3, 31))
	_, after := r2.Lookup("skills-development-scotland", period.MustDate(2027, 4, 1))
	fmt.Println(before, after, len(r.On(period.MustDate(2027, 4, 1))))
	// Output:
	// police-scotland
	// scottish-fire-and-rescue-service
	// principal-reporter
	// national-convener-childrens-hearings-scotland
	// scottish-courts-and-tribunals-service
	// integration-joint-board
	// false true 6
}

func ExampleLookupCouncil() {
	for _, name := range []string{"Edinburgh", "Western Isles", "Perth & Kinross", "S12000015"} {
		c, err := service.LookupCouncil(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		j, _ := c.IntegrationJointBoard()
		fmt.Printf("%s %s | %s %s | %s\n", c.Name(), c.Code(), c.HealthBoard().Name(), c.HealthBoard().Code(), j.Name())
	}
	_, err := service.LookupCouncil("Edinbrugh")
	fmt.Println(err)
	// Output:
	// City of Edinburgh S12000036 | NHS Lothian S08000024 | Edinburgh Integration Joint Board
	// Na h-Eileanan Siar S12000013 | NHS Western Isles S08000028 | Western Isles Integration Joint Board
	// Perth and Kinross S12000048 | NHS Tayside S08000030 | Perth and Kinross Integration Joint Board
	// Fife S12000047 | NHS Fife S08000029 | Fife Integration Joint Board
	// unknown council area "Edinbrugh"; did you mean "City of Edinburgh"?
}

func ExampleCouncilByCode() {
	c, ok := service.CouncilByCode("S12000046") // Glasgow City before 2019
	fmt.Println(c, c.Code(), ok)
	// Output: Glasgow City S12000049 true
}

func ExampleLookupHealthBoard() {
	b, _ := service.LookupHealthBoard("Greater Glasgow & Clyde")
	fmt.Println(b, b.Code(), len(b.Councils()))
	// Output: NHS Greater Glasgow and Clyde S08000031 6
}

func ExampleRelevantHealthBoardLimb() {
	for _, name := range []string{"Fife", "Angus"} {
		limb, why := service.RelevantHealthBoardLimb(service.MustLookupCouncil(name))
		fmt.Println(limb, why)
	}
	// Output:
	// a s.7(1): the area of Fife is the same as the area of NHS Fife, so NHS Fife is its relevant health board (definition of "relevant health board", paragraph (a))
	// b s.7(1): the area of Angus falls within the area of NHS Tayside, which covers 3 council areas, so NHS Tayside is its relevant health board (definition of "relevant health board", paragraph (b))
}

func ExampleIsRelevantHealthBoard() {
	// The Tayside plan is prepared by three partnerships together; each
	// council is still paired with its own relevant health board.
	tayside := service.MustLookupHealthBoard("NHS Tayside")
	for _, name := range []string{"Angus", "Dundee City", "Perth and Kinross", "Fife"} {
		ok, _ := service.IsRelevantHealthBoard(service.MustLookupCouncil(name), tayside)
		fmt.Println(name, ok)
	}
	// Output:
	// Angus true
	// Dundee City true
	// Perth and Kinross true
	// Fife false
}

func ExampleJointPlanners() {
	law := service.DefaultLaw().WithSection60Commencement(period.MustDate(2027, 4, 1))
	for _, on := range []period.Date{period.MustDate(2027, 3, 31), period.MustDate(2027, 4, 1)} {
		for _, name := range []string{"Stirling", "Highland"} {
			fmt.Print(on, " ", name, ":")
			for _, b := range service.JointPlanners(service.MustLookupCouncil(name), on, law) {
				fmt.Print(" [", b.Name, "]")
			}
			fmt.Println()
		}
	}
	// Output:
	// 2027-03-31 Stirling: [Stirling Council] [NHS Forth Valley]
	// 2027-03-31 Highland: [The Highland Council] [NHS Highland]
	// 2027-04-01 Stirling: [Stirling Council] [NHS Forth Valley] [Clackmannanshire and Stirling Integration Joint Board]
	// 2027-04-01 Highland: [The Highland Council] [NHS Highland]
}

func ExampleLaw_Version() {
	law := service.DefaultLaw().WithSection60Commencement(period.MustDate(2027, 4, 1))
	for _, p := range law.Version(period.MustDate(2027, 4, 1)).Provisions {
		fmt.Println(p.Citation)
	}
	// Output:
	// s.7
	// guidance para 135
	// s.7(3)
	// Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60
}

func ExampleIsChild() {
	dob := period.MustDate(2008, 2, 29)
	fmt.Println(service.AttainsAge(dob, 18))
	fmt.Println(service.IsChild(dob, period.MustDate(2026, 2, 28)))
	fmt.Println(service.IsChild(dob, period.MustDate(2026, 3, 1)))
	// Output:
	// 2026-03-01
	// true
	// false
}

func ExampleParseWellbeingIndicator() {
	w, err := service.ParseWellbeingIndicator("Nurtured")
	fmt.Println(w, w.Title(), err)
	_, err = service.ParseWellbeingIndicator("happy")
	fmt.Println(err)
	// Output:
	// nurtured Nurtured <nil>
	// unknown wellbeing indicator "happy"
}

func ExampleOtherServiceProvidersFor() {
	on := period.MustDate(2026, 3, 1)
	tayside := []service.Council{
		service.MustLookupCouncil("Angus"), service.MustLookupCouncil("Dundee City"), service.MustLookupCouncil("Perth and Kinross"),
	}
	for _, a := range service.OtherServiceProvidersFor(tayside, on, service.DefaultLaw()) {
		fmt.Println(a.Key(), "-", a.DisplayName())
	}
	highland := []service.Council{service.MustLookupCouncil("Highland")}
	fmt.Println(len(service.OtherServiceProvidersFor(highland, on, service.DefaultLaw())), "for Highland, which has no integration joint board")
	// Output:
	// police-scotland - the Chief Constable of the Police Service of Scotland
	// scottish-fire-and-rescue-service - the Scottish Fire and Rescue Service
	// principal-reporter - the Principal Reporter
	// national-convener-childrens-hearings-scotland - the National Convener of Children's Hearings Scotland
	// scottish-courts-and-tribunals-service - the Scottish Courts and Tribunals Service
	// S37000003 - Angus Integration Joint Board
	// S37000007 - Dundee City Integration Joint Board
	// S37000033 - Perth and Kinross Integration Joint Board
	// 5 for Highland, which has no integration joint board
}
