package consult

// Policy holds the numbers a partnership sets for itself where the law sets
// none. Section 10(1)(a) requires an "effective opportunity", and guidance
// para 78 says what that is associated with:
//
//	(a) giving persons appropriate advance notice of when they can
//	participate or contribute, and (b) giving persons appropriate time and
//	means by which to participate or contribute.
//
// Neither the Act nor the guidance puts a number on "appropriate". The
// defaults below are local policy, not law: findings against them are
// [part3.Practice], never statutory, and a partnership should set the
// numbers it has agreed.
//
// The zero Policy means [DefaultPolicy]. In a Policy that is not zero, a
// field of 0 means no minimum.
type Policy struct {
	// MinAdvanceNoticeDays is the least number of days between giving a
	// provider notice of an opportunity and the day the opportunity opens.
	// Default (local policy): 14.
	MinAdvanceNoticeDays int `json:"min_advance_notice_days"`
	// MinWindowDays is the least number of days, counting the first and
	// last, that an opportunity stays open. Default (local policy): 28.
	MinWindowDays int `json:"min_window_days"`
}

// DefaultPolicy returns the local-policy defaults: 14 days' advance notice
// and a window of 28 days. They are defaults of this module, not a
// requirement of the Act or the guidance, and rest on no source: a
// partnership should set the numbers it has agreed.
func DefaultPolicy() Policy {
	return Policy{MinAdvanceNoticeDays: 14, MinWindowDays: 28}
}

// IsZero reports whether p is the zero Policy, which stands for
// [DefaultPolicy].
func (p Policy) IsZero() bool { return p == Policy{} }

// orDefault returns p, or DefaultPolicy when p is zero.
func (p Policy) orDefault() Policy {
	if p.IsZero() {
		return DefaultPolicy()
	}
	return p
}
