package judge_test

import (
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

func judgementCouncil(name string) (service.Council, error) { return service.LookupCouncil(name) }

// direct judges in by calling its package directly, as an embedding
// system would without the entry point.
func direct(in judge.Input, ctx judgement.Context) (part3.Findings, error) {
	kind, err := part3.PeekKind(in.File, in.Data)
	if err != nil {
		return nil, err
	}
	switch kind {
	case plan.Kind:
		p, err := plan.Decode(in.File, in.Data)
		if err != nil {
			return nil, err
		}
		return p.Judge(ctx)
	case report.Kind:
		r, err := report.Decode(in.File, in.Data)
		if err != nil {
			return nil, err
		}
		res, err := r.Judge(ctx)
		return res.Findings, err
	case consult.NoticeKind:
		n, err := consult.DecodeNotice(in.File, in.Data)
		if err != nil {
			return nil, err
		}
		res, err := n.Judge(ctx)
		return res.Findings, err
	case duty.HistoryKind:
		h, err := duty.DecodeHistory(in.File, in.Data)
		if err != nil {
			return nil, err
		}
		cal, err := duty.NewCalendar(h.Council, h, ctx)
		if err != nil {
			return nil, err
		}
		fs := cal.Findings()
		if fs == nil {
			fs = part3.Findings{}
		}
		return fs, nil
	case duty.QuestionKind:
		return part3.Findings{}, nil
	}
	return nil, fmt.Errorf("kind %q", kind)
}
