package toponym

import "github.com/chronomap/chronomap/data/text"

// Gazetteers are full of places named like everyday words (Of in Turkey,
// Police in Poland, Nice, Reading, Mobile, Independence). A capitalised word
// from the lists below is a toponym only with a locative cue ("in Nice"), and
// never when the capital letter is there because the word starts a sentence.
// Calendar words are never toponyms ("in May").

// calendarWords are months, weekdays, seasons and the days around today.
const calendarWords = text.Months + " " + text.MonthAbbreviations + " " + text.Weekdays + " " +
	text.WeekdayAbbreviations + " spring summer autumn fall winter christmas easter ramadan today yesterday tomorrow tonight"

// commonWords are frequent English words and news vocabulary, including the
// institution and title words that head organisation and person names.
const commonWords = `a about above across after again against ago all almost along also although always
am among an and another any anyone anything are around as at away back be because been before being
below between both but by can cannot could did do does doing done down during each either else enough
even ever every few for from further had has have having he her here hers herself him himself his how
however i if in into is it its itself just last least less let like many may me might more most much
must my myself near neither never new next no nor not now of off often on once one only or other our
ours out over own per perhaps quite rather same several she should since so some still such than that
the their theirs them themselves then there these they this those though through thus to too toward
towards under until up upon us very via was we well were what whatever when where whether which while
who whom whose why will with within without would yet you your yours
accord according act action address affairs after agency agreement aid air airlines alliance ally
ambassador amid analysis army armed article assembly attack attacks authorities authority bank base
battle best big black blue board border breaking brief bureau business cabinet capital captain center
central centre chairman chamber chief christian church city civil civilian coalition colonel command
commander commission committee communist community company conference congress constitution
constitutional contact control cooperation corps council country court crisis cross daily day dead deal
defence defense democracy democratic department deputy development diplomatic director district
division east eastern economic editor editorial education embassy emergency energy envoy european
executive external federal federation fire first foreign forum foundation free freedom front fund
general global good government governor great green group guard guards health high home house human
independence independent information institute interior internal international islamic joint journal
justice labor labour land law leader league liberty life line live local long main major male man
march media medical memorial military minister ministry mission monitor mount movement national
nations naval navy network news newspaper nice north northern note observer office officer official
old operation opinion order organisation organization page parliament party past peace people photo
plan point police policy political post power premier president press prime prince prosecutor
protection province public queen radio read reading red reform region regional related report
republic research reserve resistance review revolution right rights road royal rule safety saint
school sea second secretary section security senate senator service services session sheikh south
southern special spokesman spokesperson spokeswoman sport square staff state states station street
strategic summit supreme support tass team television territory third time times top trade treaty
tribune union united unity university update victory video view village war watch water weekly west
western white whole world year young
bath split mobile deal most of hope paradise orange eagle marathon bar gap mine sale wells hull rock
derby chance energy faith fortune friendship glory harmony lucky mercy pleasant progress prosperity
success truth welcome
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
hundreds thousand thousands million millions dozens several earlier later meanwhile overnight
separately elsewhere previously recently subsequently additionally furthermore moreover nevertheless
instead likewise similarly currently initially eventually finally shortly`

// institutionNames are the names of famous institutions that gazetteers also
// hold as places (a town called Kremlin, a White House in Tennessee).
var institutionNames = map[string]bool{
	"kremlin": true, "pentagon": true, "white house": true, "downing street": true, "elysee": true,
	"capitol": true, "capitol hill": true, "wall street": true, "quai d orsay": true,
	"foggy bottom": true, "whitehall": true, "state department": true,
}
