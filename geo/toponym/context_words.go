package toponym

import (
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// The words around a name say what it is. These lists are English function
// words and news vocabulary, not names.

// locativeWords before a name announce a place ("in Terter", "near Berd").
const locativeWords = `in on near outside at from to into towards toward around across via through
inside within throughout northern southern eastern western central northeastern northwestern southeastern
southwestern north south east west northeast northwest southeast southwest outskirts border bordering
neighbouring neighboring occupied liberated shelled shelling bombed captured recaptured entered reached
retook seized visited attacked attack attacks struck strike strikes hit hits raided raid raids stormed
storm storms besieged besiege targeted target targets bombarded bombard bombards pounded pound pounds
invaded invade invades encircled surrounded overran overrun rocketed shell shells bomb bombs capture
captures seize seizes enter enters`

// ofLocatives before "of" announce a place ("the town of Shushi", "north of Berd").
const ofLocatives = `town city village villages settlement hamlet outskirts suburbs suburb region
towns cities settlements districts regions provinces
district province area north south east west northeast northwest southeast southwest capital centre
center part parts residents people heart streets territory direction vicinity environs mayor governor
municipality county state island coast shores banks port`

// kindWords name the sort of a place right after it ("Terter city",
// "Tovuz district", "Lake Sevan", "Hakari bridge").
var kindWords = map[string]geo.Kind{
	"city": geo.City, "town": geo.City, "village": geo.City, "settlement": geo.City, "township": geo.City, "hamlet": geo.City,
	"district": geo.Region, "region": geo.Region, "province": geo.Region, "rayon": geo.Region, "raion": geo.Region,
	"oblast": geo.Region, "governorate": geo.Region, "county": geo.Region, "prefecture": geo.Region, "marz": geo.Region,
	"river": geo.Feature, "lake": geo.Feature, "reservoir": geo.Feature, "mountain": geo.Feature, "mountains": geo.Feature,
	"mount": geo.Feature, "hill": geo.Feature, "hills": geo.Feature, "heights": geo.Feature, "bridge": geo.Feature,
	"corridor": geo.Feature, "road": geo.Feature, "highway": geo.Feature, "pass": geo.Feature, "valley": geo.Feature,
	"gorge": geo.Feature, "sea": geo.Feature, "gulf": geo.Feature, "bay": geo.Feature, "strait": geo.Feature,
	"island": geo.Feature, "islands": geo.Feature, "peninsula": geo.Feature, "plateau": geo.Feature, "airport": geo.Feature,
	"dam": geo.Feature, "canal": geo.Feature, "checkpoint": geo.Feature,
	"cities": geo.City, "towns": geo.City, "villages": geo.City, "settlements": geo.City, "districts": geo.Region,
	"regions": geo.Region, "provinces": geo.Region, "rivers": geo.Feature, "lakes": geo.Feature, "bridges": geo.Feature,
}

// connectorWords stay lower case inside names ("Gulf of Mexico", "Rio de
// Janeiro", "Bosnia and Herzegovina", "Ras al Khaimah").
const connectorWords = `of the and de del della da do dos das di du des la le al el es ad ed ul
bin ibn von van der den y e upon on sur am im au aux`

// orgWords head organisations: a place right before one ("Minsk Group",
// "Moscow State University") or in an of-phrase after one ("University of
// Baku") names the organisation, not the place.
const orgWords = `group ministry office agency news university council committee party airlines
airways times post institute institution bank corporation corp company inc ltd llc club fc press radio tv
television service foundation association federation herald tribune journal gazette daily weekly
review monitor observer guardian telegraph express mail chronicle network broadcasting channel school
college academy hospital museum embassy consulate court commission organization organisation
department bureau center centre union league society fund trust holding holdings motors
energy oil petroleum telecom media sport sports stadium theatre theater orchestra records`

// claimVerbs after a capital make it its government ("Baku says"): the
// verbs of speech and denial, and those of what governments do.
const claimVerbs = text.SpeechVerbs + " " + text.DenialVerbs + `
accuse insist responded responds warned warns wants wanted demanded demands refused refuses blamed
blames urged urges agreed agrees recognized recognised recognizes recognises considers considered
believes believed hopes hoped vowed vows threatened threatens condemned condemns welcomed welcomes
supports supported backs backed sees views regards maintains maintained argued argues acknowledged
acknowledges admitted admits called calls sent sends signed signs offered offers proposed proposes
asked asks expects expected fears feared retaliated decided decides plans planned seeks sought
continues continued insisting accusing claiming saying reporting announcing warning demanding
refusing blaming urging rejecting threatening protested protests summoned summons expelled expels
imposed imposes sanctioned ordered orders will would should could must cannot can`

// auxiliaryWords may stand between a capital and its claim verb ("Baku has
// accused").
const auxiliaryWords = `has have had is was were also now then officially repeatedly again
already quickly immediately strongly`

// governmentNouns after a capital's possessive make it its government
// ("Moscow's concern").
const governmentNouns = `position positions concern concerns claim claims stance policy policies
response demands demand government officials leadership decision decisions offer proposal proposals
side forces army troops military actions allies ally refusal aggression narrative intentions plans
approach efforts role influence support backing ties relations interests envoy ambassador diplomats
diplomacy mediation reaction version accusations allegations rhetoric strategy view views goal goals
aims objective insistence terms rule authorities regime partners partner recognition pressure threats
reluctance readiness willingness commitment message statement statements announcement sovereignty
control attempts attempt patience request requests condition conditions agenda foreign`

// governmentObjects before a capital make it its government ("urged Baku").
const governmentObjects = `urged urges urging told tells accused accuses accusing blamed blames
warned warns pressed pressured pressuring criticized criticised criticizes criticises condemned
condemns supports supported backed backs recognize recognise recognized recognised asked asks
calling`

// fromGovernment before "from" make the capital after it its government
// ("independence from Baku", "broke away from Baku").
const fromGovernment = `away independence autonomy secession support pressure help assistance aid
orders order approval permission recognition response reaction message officials delegation envoy
envoys`
