package toponym

import (
	"github.com/chronomap/chronomap/geo"
	"github.com/paulmach/orb"
)

// testGazetteer is a small gazetteer with the ambiguities the geocoder has
// to resolve: several places of one name, places named like common words or
// people, and alternate spellings.
func testGazetteer() *geo.Gazetteer {
	p := func(id, name string, kind geo.Kind, feature, cc string, lat, lon float64, pop int, alt ...string) *geo.Place {
		return &geo.Place{ID: "test:" + id, Name: name, AltNames: alt, Kind: kind, Feature: feature,
			Country: cc, Point: orb.Point{lon, lat}, Population: pop}
	}
	places := []*geo.Place{
		p("az", "Azerbaijan", geo.Country, "PCLI", "AZ", 40.5, 47.5, 10000000),
		p("am", "Armenia", geo.Country, "PCLI", "AM", 40.25, 45, 3000000),
		p("ru", "Russia", geo.Country, "PCLI", "RU", 60, 100, 144000000),
		p("tr", "Turkey", geo.Country, "PCLI", "TR", 39, 35, 84000000, "Türkiye"),
		p("fr", "France", geo.Country, "PCLI", "FR", 46, 2, 67000000),
		p("us", "United States", geo.Country, "PCLI", "US", 39, -98, 330000000, "U.S.", "US", "USA"),
		p("ge", "Georgia", geo.Country, "PCLI", "GE", 42, 43.5, 3700000),
		p("by", "Belarus", geo.Country, "PCLI", "BY", 53, 28, 9000000),
		p("mx", "Mexico", geo.Country, "PCLI", "MX", 23, -102, 126000000),
		p("gulf-mexico", "Gulf of Mexico", geo.Feature, "GULF", "", 25, -90, 0),
		p("south-caucasus", "South Caucasus", geo.Region, "RGN", "", 41, 45, 0),
		p("nk", "Nagorno-Karabakh", geo.Region, "RGN", "AZ", 39.83, 46.75, 0, "Karabakh", "Artsakh", "Nagorno Karabakh"),
		p("baku", "Baku", geo.City, "PPLC", "AZ", 40.38, 49.89, 2000000, "Bakı"),
		p("yerevan", "Yerevan", geo.City, "PPLC", "AM", 40.18, 44.51, 1000000),
		p("moscow", "Moscow", geo.City, "PPLC", "RU", 55.75, 37.62, 12000000),
		p("minsk", "Minsk", geo.City, "PPLC", "BY", 53.9, 27.56, 2000000),
		p("tbilisi", "Tbilisi", geo.City, "PPLC", "GE", 41.69, 44.8, 1100000),
		p("ganja", "Ganja", geo.City, "PPLA", "AZ", 40.68, 46.36, 330000, "Gyanja", "Gəncə"),
		p("ganja-pk", "Ganja", geo.City, "PPL", "PK", 33.1, 73.2, 20000),
		p("shusha", "Shusha", geo.City, "PPLA", "AZ", 39.76, 46.75, 4000, "Shushi", "Susa", "Şuşa"),
		p("stepanakert", "Stepanakert", geo.City, "PPLA", "AZ", 39.815, 46.752, 55000, "Khankendi", "Xankəndi"),
		p("tartar", "Tartar", geo.City, "PPLA", "AZ", 40.34, 46.93, 18000, "Terter"),
		p("terter-river", "Terter", geo.Feature, "STM", "AZ", 40.2, 46.6, 0),
		p("aghdam", "Aghdam", geo.City, "PPLA", "AZ", 39.99, 46.93, 0, "Agdam"),
		p("jabrayil", "Jabrayil", geo.City, "PPLA", "AZ", 39.4, 47.03, 6000, "Jebrail", "Jabrail"),
		p("berd", "Berd", geo.City, "PPL", "AM", 40.88, 45.39, 8000),
		p("berd-us", "Berd", geo.City, "PPL", "US", 35, -90, 600),
		p("martuni-am", "Martuni", geo.City, "PPL", "AM", 40.14, 45.31, 12000),
		p("martuni-az", "Martuni", geo.City, "PPL", "AZ", 39.79, 47.11, 3000),
		p("goris", "Goris", geo.City, "PPL", "AM", 39.51, 46.34, 20000),
		p("gori", "Gori", geo.City, "PPLA", "GE", 41.98, 44.11, 48000),
		p("tovuz", "Tovuz", geo.City, "PPLA", "AZ", 40.99, 45.63, 14000),
		p("tovuz-district", "Tovuz District", geo.Region, "ADM1", "AZ", 40.95, 45.6, 0, "Tovuz Rayon"),
		p("lachin-corridor", "Lachin corridor", geo.Feature, "RD", "AZ", 39.6, 46.5, 0),
		p("kut-iq", "Kut", geo.City, "PPLA", "IQ", 32.5, 45.8, 315000),
		p("kut-am", "Kut", geo.City, "PPL", "AM", 40.06, 45.69, 1000),
		p("kerry", "Kerry", geo.Region, "ADM2", "IE", 52.1, -9.6, 150000),
		p("toner", "Toner", geo.City, "PPL", "US", 40, -80, 700),
		p("police", "Police", geo.City, "PPL", "PL", 53.55, 14.57, 33000),
		p("nice", "Nice", geo.City, "PPLA2", "FR", 43.7, 7.27, 340000),
		p("of", "Of", geo.City, "PPLA2", "TR", 40.95, 40.26, 22000),
		p("male", "Male", geo.City, "PPLC", "MV", 4.17, 73.5, 100000),
		p("mobile", "Mobile", geo.City, "PPLA2", "US", 30.7, -88.04, 190000),
		p("victoria", "Victoria", geo.City, "PPLC", "SC", -4.62, 55.45, 22000),
		p("may", "May", geo.City, "PPL", "US", 31, -98, 500),
		p("independence", "Independence", geo.City, "PPLA2", "US", 39.09, -94.42, 117000),
		p("kremlin", "Kremlin", geo.City, "PPL", "US", 45, -90, 600),
		p("washington", "Washington", geo.City, "PPLC", "US", 38.9, -77.04, 700000),
		p("springfield", "Springfield", geo.City, "PPLA", "US", 39.8, -89.64, 115000),
		p("hamlet", "Smallville", geo.City, "PPL", "US", 38, -97, 3000),
	}
	demonyms := map[string]string{
		"Azerbaijani": "AZ", "Armenian": "AM", "Russian": "RU", "Turkish": "TR", "French": "FR",
		"American": "US", "Georgian": "GE", "Belarusian": "BY", "Azeri": "AZ",
	}
	return geo.New(places, demonyms)
}
