package plan

import (
	"github.com/csplanning/part3/judgement"
)

// The duty catalogue IDs of the time limits a relief may lift.
const (
	dutyPrepare       = judgement.DutyPreparePlan
	dutyCopyMinisters = judgement.DutyCopyToMinisters
	dutyCopyOSP       = judgement.DutyCopyToOtherProviders
	dutyPublish       = judgement.DutyPublishPlan
)
