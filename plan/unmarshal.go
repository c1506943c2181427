package plan

import (
	"reflect"
	"sync"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/service"
)

// A plan is decoded by hand, not by reflection over its fields: the
// members of each object by a switch on their names, dates and
// enumerations parsed from the token's bytes, each list into a slice of
// its exact length. The members below are those of the types' fields, in
// their order, for the problems part3.Reader reports: they must give what
// part3.DecodeReflective gives, problems included, and the tests and
// fuzz targets hold them to it.

// Member names of the objects decoded by hand, in the order of their
// fields.
var (
	planMembers = []string{"$schema", "kind", "title", "partnership", "period", "stated_dates", "version", "approvals",
		"vision", "needs_assessment", "priorities", "outcomes", "indicators", "services", "aims", "preparation",
		"reviews", "publication", "linked_plans", "services_to_develop", "disinvestment", "family_support",
		"childrens_rights", "girfec", "prevention", "national_outcomes", "resources", "fairer_scotland", "monitoring"}
	serviceMembers = []string{"id", "name", "provider", "commissioned_by", "joint_providers", "prisons_act_function",
		"wholly_or_mainly_for_children", "particular_need", "significant_effect_on_wellbeing", "kind", "notes",
		"councils", "prevention", "actions"}
	actionMembers    = []string{"id", "description", "priority", "outcome", "lead", "due", "timescale", "measure", "resources"}
	outcomeMembers   = []string{"id", "statement", "priorities", "wellbeing"}
	indicatorMembers = []string{"id", "outcome", "description", "wellbeing_indicator", "baseline", "target", "milestones", "source"}
	measureMembers   = []string{"value", "unit", "date"}
	priorityMembers  = []string{"id", "title", "rationale", "evidence", "measurable"}
	evidenceMembers  = []string{"id", "type", "subject", "description", "source", "date"}
)

// The types without methods whose fields the decoders read: what
// part3.TypeDepth measures to bound the nesting each accepts.
type (
	planFields      Plan
	serviceFields   Service
	actionFields    Action
	outcomeFields   Outcome
	indicatorFields Indicator
	measureFields   Measure
	priorityFields  Priority
	evidenceFields  Evidence
)

var (
	planDepth      = part3.TypeDepth(reflect.TypeFor[planFields]())
	serviceDepth   = part3.TypeDepth(reflect.TypeFor[serviceFields]())
	actionDepth    = part3.TypeDepth(reflect.TypeFor[actionFields]())
	outcomeDepth   = part3.TypeDepth(reflect.TypeFor[outcomeFields]())
	indicatorDepth = part3.TypeDepth(reflect.TypeFor[indicatorFields]())
	measureDepth   = part3.TypeDepth(reflect.TypeFor[measureFields]())
	priorityDepth  = part3.TypeDepth(reflect.TypeFor[priorityFields]())
	evidenceDepth  = part3.TypeDepth(reflect.TypeFor[evidenceFields]())
)

// buffers are the memory the lists of a plan are read into (see
// part3.ListBuffer), with the functions that read their elements. They are
// pooled: a thousand services are read into one scratch slice that grows
// once in the life of the pool.
type buffers struct {
	services   part3.ListBuffer[Service]
	actions    part3.ListBuffer[Action]
	outcomes   part3.ListBuffer[Outcome]
	indicators part3.ListBuffer[Indicator]
	priorities part3.ListBuffer[Priority]
	measures   part3.ListBuffer[Measure]
	strings    part3.ListBuffer[string]
	prevention part3.ListBuffer[PreventionRole]
	councils   part3.ListBuffer[service.Council]
	wellbeing  part3.ListBuffer[service.WellbeingIndicator]
	joint      part3.ListBuffer[service.JointProvider]

	readService   func(r *part3.Reader, s *Service)
	readAction    func(r *part3.Reader, a *Action)
	readOutcome   func(r *part3.Reader, o *Outcome)
	readIndicator func(r *part3.Reader, x *Indicator)
	readPriority  func(r *part3.Reader, x *Priority)
}

var bufferPool = sync.Pool{New: func() any {
	b := new(buffers)
	b.readService = func(r *part3.Reader, s *Service) { s.decode(r, b) }
	b.readAction = func(r *part3.Reader, a *Action) { a.decode(r, b) }
	b.readOutcome = func(r *part3.Reader, o *Outcome) { o.decode(r, b) }
	b.readIndicator = func(r *part3.Reader, x *Indicator) { x.decode(r, b) }
	b.readPriority = func(r *part3.Reader, x *Priority) { x.decode(r, b) }
	return b
}}

func getBuffers() *buffers { return bufferPool.Get().(*buffers) }

// putBuffers returns b to the pool, without the blocks the document's
// lists were read into.
func putBuffers(b *buffers) {
	b.services.Release()
	b.actions.Release()
	b.outcomes.Release()
	b.indicators.Release()
	b.priorities.Release()
	b.measures.Release()
	b.strings.Release()
	b.prevention.Release()
	b.councils.Release()
	b.wellbeing.Release()
	b.joint.Release()
	bufferPool.Put(b)
}

// UnmarshalJSONFrom decodes a plan strictly from dec, as [part3.Decode]
// decodes a document: every problem is reported, as an *part3.InputError
// with the JSON path of each (see [part3.Reader]). [Decode] also checks
// what decoding cannot.
func (p *Plan) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	p.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (p *Plan) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	p.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded]: a plan's JSON nests no deeper
// than its fields do.
func (Plan) JSONDepth() int { return planDepth }

func (p *Plan) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "$schema":
			if r.First(&seen, 0) {
				r.String(&p.Schema)
			}
		case "kind":
			if r.First(&seen, 1) {
				r.String(&p.Kind)
			}
		case "title":
			if r.First(&seen, 2) {
				r.String(&p.Title)
			}
		case "partnership":
			if r.First(&seen, 3) {
				r.Value(&p.Partnership)
			}
		case "period":
			if r.First(&seen, 4) {
				r.Text(&p.Period)
			}
		case "stated_dates":
			if r.First(&seen, 5) {
				r.Value(&p.StatedDates)
			}
		case "version":
			if r.First(&seen, 6) {
				r.Value(&p.Version)
			}
		case "approvals":
			if r.First(&seen, 7) {
				r.Value(&p.Approvals)
			}
		case "vision":
			if r.First(&seen, 8) {
				r.String(&p.Vision)
			}
		case "needs_assessment":
			if r.First(&seen, 9) {
				r.Value(&p.NeedsAssessment)
			}
		case "priorities":
			if r.First(&seen, 10) {
				part3.ReadList(r, &p.Priorities, &b.priorities, b.readPriority)
			}
		case "outcomes":
			if r.First(&seen, 11) {
				part3.ReadList(r, &p.Outcomes, &b.outcomes, b.readOutcome)
			}
		case "indicators":
			if r.First(&seen, 12) {
				part3.ReadList(r, &p.Indicators, &b.indicators, b.readIndicator)
			}
		case "services":
			if r.First(&seen, 13) {
				part3.ReadList(r, &p.Services, &b.services, b.readService)
			}
		case "aims":
			if r.First(&seen, 14) {
				r.Value(&p.Aims)
			}
		case "preparation":
			if r.First(&seen, 15) {
				r.Value(&p.Preparation)
			}
		case "reviews":
			if r.First(&seen, 16) {
				r.Value(&p.Reviews)
			}
		case "publication":
			if r.First(&seen, 17) {
				r.Value(&p.Publication)
			}
		case "linked_plans":
			if r.First(&seen, 18) {
				r.Value(&p.LinkedPlans)
			}
		case "services_to_develop":
			if r.First(&seen, 19) {
				r.Value(&p.ServicesToDevelop)
			}
		case "disinvestment":
			if r.First(&seen, 20) {
				r.Value(&p.Disinvestment)
			}
		case "family_support":
			if r.First(&seen, 21) {
				r.Value(&p.FamilySupport)
			}
		case "childrens_rights":
			if r.First(&seen, 22) {
				r.Value(&p.ChildrensRights)
			}
		case "girfec":
			if r.First(&seen, 23) {
				r.Value(&p.GIRFEC)
			}
		case "prevention":
			if r.First(&seen, 24) {
				r.Value(&p.Prevention)
			}
		case "national_outcomes":
			if r.First(&seen, 25) {
				r.Value(&p.NationalOutcomes)
			}
		case "resources":
			if r.First(&seen, 26) {
				r.Value(&p.Resources)
			}
		case "fairer_scotland":
			if r.First(&seen, 27) {
				r.Value(&p.FairerScotland)
			}
		case "monitoring":
			if r.First(&seen, 28) {
				r.Value(&p.Monitoring)
			}
		default:
			if r.OK() {
				r.Unknown(name, planMembers)
			}
		}
	}
	r.End()
}

// UnmarshalJSONFrom decodes a service of a plan strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (s *Service) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	s.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (s *Service) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	s.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Service) JSONDepth() int { return serviceDepth }

func (s *Service) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "id":
			if r.First(&seen, 0) {
				r.String(&s.ID)
			}
		case "name":
			if r.First(&seen, 1) {
				r.String(&s.Name)
			}
		case "provider":
			if r.First(&seen, 2) {
				r.Text(&s.Provider)
			}
		case "commissioned_by":
			if r.First(&seen, 3) {
				r.Text(&s.CommissionedBy)
			}
		case "joint_providers":
			if r.First(&seen, 4) {
				part3.ReadList(r, &s.JointProviders, &b.joint, readJointProvider)
			}
		case "prisons_act_function":
			if r.First(&seen, 5) {
				r.Bool(&s.PrisonsActFunction)
			}
		case "wholly_or_mainly_for_children":
			if r.First(&seen, 6) {
				r.Bool(&s.WhollyOrMainlyForChildren)
			}
		case "particular_need":
			if r.First(&seen, 7) {
				r.String(&s.ParticularNeed)
			}
		case "significant_effect_on_wellbeing":
			if r.First(&seen, 8) {
				r.Bool(&s.SignificantEffectOnWellbeing)
			}
		case "kind":
			if r.First(&seen, 9) {
				r.Text(&s.Kind)
			}
		case "notes":
			if r.First(&seen, 10) {
				r.String(&s.Notes)
			}
		case "councils":
			if r.First(&seen, 11) {
				part3.ReadList(r, &s.Councils, &b.councils, readCouncil)
			}
		case "prevention":
			if r.First(&seen, 12) {
				part3.ReadList(r, &s.Prevention, &b.prevention, readPreventionRole)
			}
		case "actions":
			if r.First(&seen, 13) {
				part3.ReadList(r, &s.Actions, &b.actions, b.readAction)
			}
		default:
			if r.OK() {
				r.Unknown(name, serviceMembers)
			}
		}
	}
	r.End()
}

func readJointProvider(r *part3.Reader, j *service.JointProvider)  { r.Value(j) }
func readCouncil(r *part3.Reader, c *service.Council)              { r.Text(c) }
func readPreventionRole(r *part3.Reader, x *PreventionRole)        { r.Text(x) }
func readWellbeing(r *part3.Reader, w *service.WellbeingIndicator) { r.Text(w) }
func readMeasure(r *part3.Reader, m *Measure)                      { m.decode(r, nil) }

// UnmarshalJSONFrom decodes an action strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (a *Action) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	a.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (a *Action) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	a.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Action) JSONDepth() int { return actionDepth }

func (a *Action) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "id":
			if r.First(&seen, 0) {
				r.String(&a.ID)
			}
		case "description":
			if r.First(&seen, 1) {
				r.String(&a.Description)
			}
		case "priority":
			if r.First(&seen, 2) {
				r.String(&a.Priority)
			}
		case "outcome":
			if r.First(&seen, 3) {
				r.String(&a.Outcome)
			}
		case "lead":
			if r.First(&seen, 4) {
				r.String(&a.Lead)
			}
		case "due":
			if r.First(&seen, 5) {
				r.Text(&a.Due)
			}
		case "timescale":
			if r.First(&seen, 6) {
				r.String(&a.Timescale)
			}
		case "measure":
			if r.First(&seen, 7) {
				r.String(&a.Measure)
			}
		case "resources":
			if r.First(&seen, 8) {
				r.String(&a.Resources)
			}
		default:
			if r.OK() {
				r.Unknown(name, actionMembers)
			}
		}
	}
	r.End()
}

// UnmarshalJSONFrom decodes an outcome strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (o *Outcome) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	o.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (o *Outcome) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	o.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Outcome) JSONDepth() int { return outcomeDepth }

func (o *Outcome) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "id":
			if r.First(&seen, 0) {
				r.String(&o.ID)
			}
		case "statement":
			if r.First(&seen, 1) {
				r.String(&o.Statement)
			}
		case "priorities":
			if r.First(&seen, 2) {
				part3.ReadList(r, &o.Priorities, &b.strings, (*part3.Reader).String)
			}
		case "wellbeing":
			if r.First(&seen, 3) {
				part3.ReadList(r, &o.Wellbeing, &b.wellbeing, readWellbeing)
			}
		default:
			if r.OK() {
				r.Unknown(name, outcomeMembers)
			}
		}
	}
	r.End()
}

// UnmarshalJSONFrom decodes an indicator strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (x *Indicator) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	x.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (x *Indicator) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	x.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Indicator) JSONDepth() int { return indicatorDepth }

func (x *Indicator) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "id":
			if r.First(&seen, 0) {
				r.String(&x.ID)
			}
		case "outcome":
			if r.First(&seen, 1) {
				r.String(&x.Outcome)
			}
		case "description":
			if r.First(&seen, 2) {
				r.String(&x.Description)
			}
		case "wellbeing_indicator":
			if r.First(&seen, 3) {
				r.Text(&x.Wellbeing)
			}
		case "baseline":
			if r.First(&seen, 4) {
				x.Baseline.decode(r, b)
			}
		case "target":
			if r.First(&seen, 5) {
				x.Target.decode(r, b)
			}
		case "milestones":
			if r.First(&seen, 6) {
				part3.ReadList(r, &x.Milestones, &b.measures, readMeasure)
			}
		case "source":
			if r.First(&seen, 7) {
				r.String(&x.Source)
			}
		default:
			if r.OK() {
				r.Unknown(name, indicatorMembers)
			}
		}
	}
	r.End()
}

// UnmarshalJSONFrom decodes a measure strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (m *Measure) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	m.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (m *Measure) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	m.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Measure) JSONDepth() int { return measureDepth }

func (m *Measure) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "value":
			if r.First(&seen, 0) {
				r.Float(&m.Value)
			}
		case "unit":
			if r.First(&seen, 1) {
				r.String(&m.Unit)
			}
		case "date":
			if r.First(&seen, 2) {
				r.Text(&m.Date)
			}
		default:
			if r.OK() {
				r.Unknown(name, measureMembers)
			}
		}
	}
	r.End()
}

// UnmarshalJSONFrom decodes a priority strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (x *Priority) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	x.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (x *Priority) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	x.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Priority) JSONDepth() int { return priorityDepth }

func (x *Priority) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "id":
			if r.First(&seen, 0) {
				r.String(&x.ID)
			}
		case "title":
			if r.First(&seen, 1) {
				r.String(&x.Title)
			}
		case "rationale":
			if r.First(&seen, 2) {
				r.String(&x.Rationale)
			}
		case "evidence":
			if r.First(&seen, 3) {
				part3.ReadList(r, &x.Evidence, &b.strings, (*part3.Reader).String)
			}
		case "measurable":
			if r.First(&seen, 4) {
				r.Bool(&x.Measurable)
			}
		default:
			if r.OK() {
				r.Unknown(name, priorityMembers)
			}
		}
	}
	r.End()
}

// UnmarshalJSONFrom decodes an item of evidence strictly from dec (see
// [Plan.UnmarshalJSONFrom]).
func (e *Evidence) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := part3.NewReader(dec)
	e.ReadJSON(&r)
	return r.Err()
}

// ReadJSON implements [part3.Readable].
func (e *Evidence) ReadJSON(r *part3.Reader) {
	b := getBuffers()
	defer putBuffers(b)
	e.decode(r, b)
}

// JSONDepth implements [part3.DepthBounded].
func (Evidence) JSONDepth() int { return evidenceDepth }

func (e *Evidence) decode(r *part3.Reader, b *buffers) {
	if !r.BeginObject() {
		return
	}
	var seen part3.Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "id":
			if r.First(&seen, 0) {
				r.String(&e.ID)
			}
		case "type":
			if r.First(&seen, 1) {
				r.Text(&e.Type)
			}
		case "subject":
			if r.First(&seen, 2) {
				r.Text(&e.Subject)
			}
		case "description":
			if r.First(&seen, 3) {
				r.String(&e.Description)
			}
		case "source":
			if r.First(&seen, 4) {
				r.String(&e.Source)
			}
		case "date":
			if r.First(&seen, 5) {
				r.Text(&e.Date)
			}
		default:
			if r.OK() {
				r.Unknown(name, evidenceMembers)
			}
		}
	}
	r.End()
}
