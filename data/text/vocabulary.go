package text

import "strings"

// The word lists below are English, not any one reader's: the geocoder,
// the date tagger and the event rules all use them, so that a word added to
// one is added for all. Words are written as they fold (see Fold).

// SpeechVerbs report what somebody says: "Armenia said", "the ministry
// reported". After a capital they make it its government ("Baku says");
// before a name they may introduce a person ("said Mark Toner").
const SpeechVerbs = `said says say reported reports claimed claims claim stated states announced
announces told added noted accused accuses alleged alleges confirmed confirms insisted insists declared
declares wrote tweeted posted`

// PersonTitles are the titles and roles that come before a person's name,
// capitalised or not ("President Ilham Aliyev", "spokesman Mark Toner"),
// and that may stand in the name of whoever speaks ("the presidential
// spokesman said").
const PersonTitles = `president presidents minister ministers secretary mr mrs ms miss dr gen general
ambassador spokesman spokeswoman spokesperson adviser advisor aide premier chancellor king queen prince
princess pope sheikh emir colonel col major maj lieutenant lt captain capt sergeant sgt governor mayor
senator sen rep representative congressman congresswoman judge patriarch bishop catholicos commissioner
envoy chairman chairwoman chairperson speaker ombudsman director commander marshal admiral professor
prof sir lord dame deputy chief head leader journalist correspondent reporter editor analyst
researcher lawyer attorney officer counsellor counselor mufti imam archbishop cardinal rabbi`

// DenialVerbs deny what somebody else says: "Azerbaijan denied".
const DenialVerbs = `denied denies deny denying rejected rejects refuted refutes dismissed dismisses
disputed disputes`

// Months are the months of the year, in order; MonthAbbreviations the
// forms news abbreviate them to.
const (
	Months             = `january february march april may june july august september october november december`
	MonthAbbreviations = `jan feb mar apr jun jul aug sep sept oct nov dec`
)

// Weekdays are the days of the week from Sunday, in the order of
// time.Weekday; WeekdayAbbreviations the forms news abbreviate them to.
const (
	Weekdays             = `sunday monday tuesday wednesday thursday friday saturday`
	WeekdayAbbreviations = `sun mon tue tues wed thu thurs fri sat`
)

// NumberWords are the numbers news write out in words.
var NumberWords = func() map[string]int {
	m := map[string]int{"hundred": 100}
	for i, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve thirteen
		fourteen fifteen sixteen seventeen eighteen nineteen twenty`) {
		m[w] = i + 1
	}
	for i, w := range strings.Fields(`thirty forty fifty sixty seventy eighty ninety`) {
		m[w] = 30 + 10*i
	}
	return m
}()
