package geo

import "github.com/paulmach/orb"

// testGazetteer is a small gazetteer with the ambiguities the geocoder has
// to resolve: several places of one name, places named like common words or
// people, and alternate spellings.
func testGazetteer() *Gazetteer {
	p := func(id, name string, kind Kind, feature, cc string, lat, lon float64, pop int, alt ...string) *Place {
		return &Place{ID: "test:" + id, Name: name, AltNames: alt, Kind: kind, Feature: feature,
			Country: cc, Point: orb.Point{lon, lat}, Population: pop}
	}
	places := []*Place{
		p("az", "Azerbaijan", Country, "PCLI", "AZ", 40.5, 47.5, 10000000),
		p("am", "Armenia", Country, "PCLI", "AM", 40.25, 45, 3000000),
		p("ru", "Russia", Country, "PCLI", "RU", 60, 100, 144000000),
		p("tr", "Turkey", Country, "PCLI", "TR", 39, 35, 84000000, "Türkiye"),
		p("fr", "France", Country, "PCLI", "FR", 46, 2, 67000000),
		p("us", "United States", Country, "PCLI", "US", 39, -98, 330000000, "U.S.", "US", "USA"),
		p("ge", "Georgia", Country, "PCLI", "GE", 42, 43.5, 3700000),
		p("by", "Belarus", Country, "PCLI", "BY", 53, 28, 9000000),
		p("mx", "Mexico", Country, "PCLI", "MX", 23, -102, 126000000),
		p("gulf-mexico", "Gulf of Mexico", Feature, "GULF", "", 25, -90, 0),
		p("south-caucasus", "South Caucasus", Region, "RGN", "", 41, 45, 0),
		p("nk", "Nagorno-Karabakh", Region, "RGN", "AZ", 39.83, 46.75, 0, "Karabakh", "Artsakh", "Nagorno Karabakh"),
		p("baku", "Baku", City, "PPLC", "AZ", 40.38, 49.89, 2000000, "Bakı"),
		p("yerevan", "Yerevan", City, "PPLC", "AM", 40.18, 44.51, 1000000),
		p("moscow", "Moscow", City, "PPLC", "RU", 55.75, 37.62, 12000000),
		p("minsk", "Minsk", City, "PPLC", "BY", 53.9, 27.56, 2000000),
		p("tbilisi", "Tbilisi", City, "PPLC", "GE", 41.69, 44.8, 1100000),
		p("ganja", "Ganja", City, "PPLA", "AZ", 40.68, 46.36, 330000, "Gyanja", "Gəncə"),
		p("ganja-pk", "Ganja", City, "PPL", "PK", 33.1, 73.2, 20000),
		p("shusha", "Shusha", City, "PPLA", "AZ", 39.76, 46.75, 4000, "Shushi", "Susa", "Şuşa"),
		p("stepanakert", "Stepanakert", City, "PPLA", "AZ", 39.815, 46.752, 55000, "Khankendi", "Xankəndi"),
		p("tartar", "Tartar", City, "PPLA", "AZ", 40.34, 46.93, 18000, "Terter"),
		p("terter-river", "Terter", Feature, "STM", "AZ", 40.2, 46.6, 0),
		p("aghdam", "Aghdam", City, "PPLA", "AZ", 39.99, 46.93, 0, "Agdam"),
		p("jabrayil", "Jabrayil", City, "PPLA", "AZ", 39.4, 47.03, 6000, "Jebrail", "Jabrail"),
		p("berd", "Berd", City, "PPL", "AM", 40.88, 45.39, 8000),
		p("berd-us", "Berd", City, "PPL", "US", 35, -90, 600),
		p("martuni-am", "Martuni", City, "PPL", "AM", 40.14, 45.31, 12000),
		p("martuni-az", "Martuni", City, "PPL", "AZ", 39.79, 47.11, 3000),
		p("goris", "Goris", City, "PPL", "AM", 39.51, 46.34, 20000),
		p("gori", "Gori", City, "PPLA", "GE", 41.98, 44.11, 48000),
		p("tovuz", "Tovuz", City, "PPLA", "AZ", 40.99, 45.63, 14000),
		p("tovuz-district", "Tovuz District", Region, "ADM1", "AZ", 40.95, 45.6, 0, "Tovuz Rayon"),
		p("lachin-corridor", "Lachin corridor", Feature, "RD", "AZ", 39.6, 46.5, 0),
		p("kut-iq", "Kut", City, "PPLA", "IQ", 32.5, 45.8, 315000),
		p("kut-am", "Kut", City, "PPL", "AM", 40.06, 45.69, 1000),
		p("kerry", "Kerry", Region, "ADM2", "IE", 52.1, -9.6, 150000),
		p("toner", "Toner", City, "PPL", "US", 40, -80, 700),
		p("police", "Police", City, "PPL", "PL", 53.55, 14.57, 33000),
		p("nice", "Nice", City, "PPLA2", "FR", 43.7, 7.27, 340000),
		p("of", "Of", City, "PPLA2", "TR", 40.95, 40.26, 22000),
		p("male", "Male", City, "PPLC", "MV", 4.17, 73.5, 100000),
		p("mobile", "Mobile", City, "PPLA2", "US", 30.7, -88.04, 190000),
		p("victoria", "Victoria", City, "PPLC", "SC", -4.62, 55.45, 22000),
		p("may", "May", City, "PPL", "US", 31, -98, 500),
		p("independence", "Independence", City, "PPLA2", "US", 39.09, -94.42, 117000),
		p("kremlin", "Kremlin", City, "PPL", "US", 45, -90, 600),
		p("washington", "Washington", City, "PPLC", "US", 38.9, -77.04, 700000),
		p("springfield", "Springfield", City, "PPLA", "US", 39.8, -89.64, 115000),
		p("hamlet", "Smallville", City, "PPL", "US", 38, -97, 3000),
	}
	demonyms := map[string]string{
		"Azerbaijani": "AZ", "Armenian": "AM", "Russian": "RU", "Turkish": "TR", "French": "FR",
		"American": "US", "Georgian": "GE", "Belarusian": "BY", "Azeri": "AZ",
	}
	return New(places, demonyms)
}
