package event

// ACLEDType is an ACLED event type and sub-event type, as ACLED's codebook
// spells them.
type ACLEDType struct{ EventType, SubEventType string }

// ACLEDSubEvent is one of the sub-event types of ACLED's codebook, as its
// index in ACLEDSubEvents. Each belongs to one ACLED event type, so it
// says both. The zero value, ACLEDByType, gives none: an event's type
// then says (TypeInfo.ACLED).
type ACLEDSubEvent uint8

// ACLED's sub-event types, grouped by their event type as the codebook
// lists them.
const (
	ACLEDByType ACLEDSubEvent = iota
	// Battles
	ACLEDArmedClash
	ACLEDGovernmentRegainsTerritory
	ACLEDNonStateActorOvertakesTerritory
	// Explosions/Remote violence
	ACLEDChemicalWeapon
	ACLEDAirDroneStrike
	ACLEDSuicideBomb
	ACLEDShelling
	ACLEDRemoteExplosive
	ACLEDGrenade
	// Violence against civilians
	ACLEDSexualViolence
	ACLEDAttackOnCivilians
	ACLEDAbduction
	// Protests
	ACLEDPeacefulProtest
	ACLEDProtestWithIntervention
	ACLEDExcessiveForce
	// Riots
	ACLEDViolentDemonstration
	ACLEDMobViolence
	// Strategic developments
	ACLEDAgreement
	ACLEDArrests
	ACLEDChangeToGroup
	ACLEDDisruptedWeaponsUse
	ACLEDHeadquartersEstablished
	ACLEDLooting
	ACLEDNonViolentTransfer
	ACLEDOtherDevelopment

	// NumACLEDSubEvents is one more than the last sub-event type.
	NumACLEDSubEvents
)

const (
	acledBattles    = "Battles"
	acledExplosions = "Explosions/Remote violence"
	acledCivilians  = "Violence against civilians"
	acledProtests   = "Protests"
	acledRiots      = "Riots"
	acledStrategic  = "Strategic developments"
)

// ACLEDSubEvents are the event and sub-event types of ACLED's codebook,
// spelled as ACLED writes them, indexed by ACLEDSubEvent; ACLEDByType's
// are empty.
var ACLEDSubEvents = [NumACLEDSubEvents]ACLEDType{
	ACLEDArmedClash:                      {acledBattles, "Armed clash"},
	ACLEDGovernmentRegainsTerritory:      {acledBattles, "Government regains territory"},
	ACLEDNonStateActorOvertakesTerritory: {acledBattles, "Non-state actor overtakes territory"},
	ACLEDChemicalWeapon:                  {acledExplosions, "Chemical weapon"},
	ACLEDAirDroneStrike:                  {acledExplosions, "Air/drone strike"},
	ACLEDSuicideBomb:                     {acledExplosions, "Suicide bomb"},
	ACLEDShelling:                        {acledExplosions, "Shelling/artillery/missile attack"},
	ACLEDRemoteExplosive:                 {acledExplosions, "Remote explosive/landmine/IED"},
	ACLEDGrenade:                         {acledExplosions, "Grenade"},
	ACLEDSexualViolence:                  {acledCivilians, "Sexual violence"},
	ACLEDAttackOnCivilians:               {acledCivilians, "Attack"},
	ACLEDAbduction:                       {acledCivilians, "Abduction/forced disappearance"},
	ACLEDPeacefulProtest:                 {acledProtests, "Peaceful protest"},
	ACLEDProtestWithIntervention:         {acledProtests, "Protest with intervention"},
	ACLEDExcessiveForce:                  {acledProtests, "Excessive force against protesters"},
	ACLEDViolentDemonstration:            {acledRiots, "Violent demonstration"},
	ACLEDMobViolence:                     {acledRiots, "Mob violence"},
	ACLEDAgreement:                       {acledStrategic, "Agreement"},
	ACLEDArrests:                         {acledStrategic, "Arrests"},
	ACLEDChangeToGroup:                   {acledStrategic, "Change to group/activity"},
	ACLEDDisruptedWeaponsUse:             {acledStrategic, "Disrupted weapons use"},
	ACLEDHeadquartersEstablished:         {acledStrategic, "Headquarters or base established"},
	ACLEDLooting:                         {acledStrategic, "Looting/property destruction"},
	ACLEDNonViolentTransfer:              {acledStrategic, "Non-violent transfer of territory"},
	ACLEDOtherDevelopment:                {acledStrategic, "Other"},
}

// Type is the event and sub-event type of s; empty for ACLEDByType or a
// value beyond the codebook.
func (s ACLEDSubEvent) Type() ACLEDType {
	if s >= NumACLEDSubEvents {
		return ACLEDType{}
	}
	return ACLEDSubEvents[s]
}

// ParseACLED returns the sub-event type ACLED's codebook spells
// subEventType under eventType, ignoring case; false when the codebook has
// no such pair.
func ParseACLED(eventType, subEventType string) (ACLEDSubEvent, bool) {
	for s := ACLEDByType + 1; s < NumACLEDSubEvents; s++ {
		a := ACLEDSubEvents[s]
		if equalFold(a.SubEventType, subEventType) && equalFold(a.EventType, eventType) {
			return s, true
		}
	}
	return ACLEDByType, false
}

// equalFold is strings.EqualFold for the codebook's ASCII names.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// ACLEDOf is the sub-event type an event of type t classified as s has:
// s, or t's own when s is ACLEDByType or beyond the codebook.
func ACLEDOf(t Type, s ACLEDSubEvent) ACLEDSubEvent {
	if s == ACLEDByType || s >= NumACLEDSubEvents {
		return t.Info().ACLED
	}
	return s
}

// ACLEDFor is s as an event of type t stores it: ACLEDByType when it is
// t's own, so that one classification has one value.
func ACLEDFor(t Type, s ACLEDSubEvent) ACLEDSubEvent {
	if s >= NumACLEDSubEvents || s == t.Info().ACLED {
		return ACLEDByType
	}
	return s
}

// ACLEDType is the event's type in ACLED's codebook: that of its ACLED
// field, or of its Type.
func (e *Event) ACLEDType() ACLEDType { return ACLEDOf(e.Type, e.ACLED).Type() }

// TakeTypeOf gives e the type of o, with its ACLED classification, when
// o's type is the stronger (of lower Rank); of one type, e takes o's
// classification when it has none of its own. Merged reports thus keep
// the classification of the report whose type wins, and of two reports of
// one type the more specific.
func (e *Event) TakeTypeOf(o *Event) {
	switch er, or := e.Type.Info().Rank, o.Type.Info().Rank; {
	case or < er:
		e.Type, e.ACLED = o.Type, o.ACLED
	case e.Type == o.Type && e.ACLED == ACLEDByType:
		e.ACLED = o.ACLED
	}
}
