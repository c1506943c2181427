# Seven of package plan's checks, in Rego, over a children's services plan
# document as it is: the same findings (rule ID and JSON Pointer path) as
# part3's rules of the same IDs, for comparing the two engines end to end.
package part3.plan

# as_of is the day the plan is judged as of; the Go side judges as of the
# same day.
as_of := "2030-04-01"

# The 2nd edition of the guidance applies to plans from 1 April 2020: its
# findings are not raised against a 2017-2020 plan.
guidance if input.period != "2017-2020"

nonblank(s) if trim_space(s) != ""

prepared if {
	d := object.get(input, ["publication", "prepared"], "")
	d != ""
	d <= as_of
}

# plan.manageable-priorities (guidance appendix B step 2).
findings contains {"rule": "plan.manageable-priorities", "path": "/priorities"} if {
	count(object.get(input, "priorities", [])) > 5
}

# plan.smart-actions (guidance appendix B step 8).
findings contains {"rule": "plan.smart-actions", "path": sprintf("/services/%d/actions/%d", [i, k])} if {
	some i, k
	a := input.services[i].actions[k]
	not smart(a)
}

findings contains {"rule": "plan.smart-actions", "path": "/services"} if {
	count([a | some a in object.get(input, "services", [])[_].actions]) == 0
}

smart(a) if {
	nonblank(object.get(a, "measure", ""))
	timed(a)
	nonblank(object.get(a, "lead", ""))
}

timed(a) if object.get(a, "due", "") != ""

timed(a) if nonblank(object.get(a, "timescale", ""))

# plan.indicator-targets (guidance appendix B step 6).
findings contains {"rule": "plan.indicator-targets", "path": sprintf("/indicators/%d/target", [i])} if {
	some i
	x := input.indicators[i]
	not x.target
}

# plan.baselines-and-indicators (guidance para 97).
findings contains {"rule": "plan.baselines-and-indicators", "path": "/indicators"} if {
	guidance
	count(object.get(input, "indicators", [])) == 0
}

findings contains {"rule": "plan.baselines-and-indicators", "path": sprintf("/outcomes/%d", [i])} if {
	guidance
	count(object.get(input, "indicators", [])) > 0
	some i
	o := input.outcomes[i]
	not measured[o.id]
}

measured contains x.outcome if some x in input.indicators

findings contains {"rule": "plan.baselines-and-indicators", "path": sprintf("/indicators/%d/baseline", [i])} if {
	guidance
	some i
	x := input.indicators[i]
	not x.baseline
}

# plan.accessible-version (guidance para 105).
findings contains {"rule": "plan.accessible-version", "path": "/publication/accessible_versions"} if {
	guidance
	prepared
	count(object.get(input, ["publication", "accessible_versions"], [])) == 0
}

# plan.fairer-scotland-duty (guidance para 42).
findings contains {"rule": "plan.fairer-scotland-duty", "path": "/fairer_scotland"} if {
	guidance
	not considered
}

considered if object.get(input, ["fairer_scotland", "date"], "") != ""

considered if nonblank(object.get(input, ["fairer_scotland", "summary"], ""))

# plan.links-to-other-plans (guidance appendix A criterion 15).
findings contains {"rule": "plan.links-to-other-plans", "path": "/linked_plans"} if {
	count(object.get(input, "linked_plans", [])) == 0
}
