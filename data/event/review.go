package event

// Review is what an analyst said of an event after reading it.
type Review uint8

const (
	Unreviewed Review = iota
	Verified          // the analyst confirmed it
	Rejected          // the analyst found it wrong: not an event, or not this one
)

// String is the review as the event's details and exports name it:
// "verified", "rejected", "" when unreviewed.
func (r Review) String() string {
	switch r {
	case Verified:
		return "verified"
	case Rejected:
		return "rejected"
	}
	return ""
}

// Verified is the review as the exports' verified property has it: true,
// false when rejected, nil when unreviewed.
func (r Review) Verified() *bool {
	if r == Unreviewed {
		return nil
	}
	v := r == Verified
	return &v
}

// ReviewOf is the review a verified property of the exports stands for.
func ReviewOf(verified *bool) Review {
	switch {
	case verified == nil:
		return Unreviewed
	case *verified:
		return Verified
	}
	return Rejected
}

// ParseReview is the review String names.
func ParseReview(s string) (Review, bool) {
	for _, r := range []Review{Unreviewed, Verified, Rejected} {
		if r.String() == s {
			return r, true
		}
	}
	return Unreviewed, false
}
