package places

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDateline(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name      string
		text      string
		ok        bool
		place     string // text[Start:] starts with it
		qualifier string
		date      string
		source    string
		body      string // text[End:] starts with it
		resolved  string // Place.Name
		country   string
		res       Resolution
	}{
		{name: "AP with country", text: "NAIROBI, Kenya (AP) _ Police fired tear gas.", ok: true, place: "NAIROBI",
			qualifier: "Kenya", source: "AP", body: "Police", resolved: "Nairobi", country: "KEN", res: City},
		{name: "Reuters-21578 date", text: "SALVADOR, Feb 26 - Deputy ministers met.", ok: true, place: "SALVADOR",
			date: "Feb 26", body: "Deputy", resolved: "Salvador", country: "BRA", res: City},
		{name: "agency only", text: "WASHINGTON (Reuters) - The White House said.", ok: true, place: "WASHINGTON",
			source: "Reuters", body: "The White", resolved: "Washington", country: "USA", res: City},
		{name: "date and long source", text: "GENEVA, March 3 (tacitus sample) - Talks resumed.", ok: true, place: "GENEVA",
			date: "March 3", source: "tacitus sample", body: "Talks", resolved: "Genève", country: "CHE", res: City},
		{name: "backtick in a place name", text: "SAN`A, Yemen (AP) _ A bomb exploded.", ok: true, place: "SAN`A",
			qualifier: "Yemen", source: "AP", body: "A bomb", resolved: "Sanaa", country: "YEM", res: City},
		{name: "unknown town in a known country", text: "OKOBOTAWA, Nigeria (AP) _ Gunmen struck.", ok: true, place: "OKOBOTAWA",
			qualifier: "Nigeria", source: "AP", body: "Gunmen", resolved: "Nigeria", country: "NGA", res: Country},
		{name: "double hyphen", text: "LONDON -- Britain said on Monday.", ok: true, place: "LONDON",
			body: "Britain", resolved: "London", country: "GBR", res: City},
		{name: "em dash with country", text: "BEIRUT, Lebanon — Israeli jets struck.", ok: true, place: "BEIRUT",
			qualifier: "Lebanon", body: "Israeli", resolved: "Beirut", country: "LBN", res: City},
		{name: "leading white space", text: "\n  TEHRAN - Iran said.", ok: true, place: "TEHRAN", body: "Iran",
			resolved: "Tehran", country: "IRN", res: City},
		{name: "multi-word place", text: "RIO DE JANEIRO, Brazil (AP) _ Floods killed 12.", ok: true, place: "RIO DE JANEIRO",
			qualifier: "Brazil", source: "AP", body: "Floods", resolved: "Rio de Janeiro", country: "BRA", res: City},
		{name: "AP state abbreviation", text: "SPRINGFIELD, Ill. (AP) _ Lawmakers voted.", ok: true, place: "SPRINGFIELD",
			qualifier: "Ill.", source: "AP", body: "Lawmakers", resolved: "Springfield", country: "USA", res: City},
		{name: "qualifier picks the Texan Paris", text: "PARIS, Texas (AP) _ A tornado hit.", ok: true, place: "PARIS",
			qualifier: "Texas", source: "AP", body: "A tornado", resolved: "Paris", country: "USA", res: City},
		{name: "country dateline", text: "KUWAIT - Oil prices rose.", ok: true, place: "KUWAIT", body: "Oil",
			resolved: "Kuwait", country: "KWT", res: Country},
		{name: "unknown place vouched by agency", text: "CIRITH UNGOL (AP) - Orcs gathered.", ok: true,
			place: "CIRITH UNGOL", source: "AP", body: "Orcs"},
		{name: "date with year", text: "MOSCOW, Jan. 5, 1999 - Russia said.", ok: true, place: "MOSCOW", date: "Jan. 5, 1999",
			body: "Russia", resolved: "Moscow", country: "RUS", res: City},
		{name: "headline is not a dateline", text: "TREASURY SAYS DEFICIT GROWS - The deficit grew.", ok: false},
		{name: "mixed case is not a dateline", text: "Paris - The city is calm.", ok: false},
		{name: "plain sentence", text: "The president arrived in Paris on Monday.", ok: false},
		{name: "no separator", text: "LONDON is large.", ok: false},
		{name: "comma then prose", text: "PARIS, the capital, is calm - he said.", ok: false},
		{name: "hyphenated word is no separator", text: "LONDON -based banks fell.", ok: false},
		{name: "empty", text: "", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := g.Dateline(tt.text)
			if ok != tt.ok {
				t.Fatalf("Dateline(%q) ok = %v, want %v (%+v)", tt.text, ok, tt.ok, d)
			}
			if !ok {
				return
			}
			if d.Name != tt.place || !strings.HasPrefix(tt.text[d.Start:], tt.place) {
				t.Errorf("Name = %q at %d, want %q", d.Name, d.Start, tt.place)
			}
			if d.Qualifier != tt.qualifier || d.Date != tt.date || d.Source != tt.source {
				t.Errorf("qualifier, date, source = %q, %q, %q; want %q, %q, %q", d.Qualifier, d.Date, d.Source,
					tt.qualifier, tt.date, tt.source)
			}
			if !strings.HasPrefix(tt.text[d.End:], tt.body) {
				t.Errorf("body = %q, want it to start with %q", tt.text[d.End:], tt.body)
			}
			if d.Resolved != (tt.resolved != "") {
				t.Fatalf("Resolved = %v, want %v", d.Resolved, tt.resolved != "")
			}
			if d.Resolved && (d.Place.Name != tt.resolved || d.Place.Country != tt.country || d.Place.Resolution != tt.res) {
				t.Errorf("Place = %s/%s (%s), want %s/%s (%s)", d.Place.Name, d.Place.Country, d.Place.Resolution,
					tt.resolved, tt.country, tt.res)
			}
		})
	}
}

// FuzzDateline checks that Dateline accepts any input and that what it
// reports lies inside the text.
func FuzzDateline(f *testing.F) {
	for _, s := range []string{"NAIROBI, Kenya (AP) _ x", "LONDON --", "SALVADOR, Feb 26 - x", "A", "", "\xff(—"} {
		f.Add(s)
	}
	g := testGazetteer(f)
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := g.Dateline(text)
		if !ok {
			if d != (Dateline{}) {
				t.Fatalf("rejected dateline with fields set: %+v", d)
			}
			return
		}
		if d.Start < 0 || d.Start >= d.End || d.End > len(text) {
			t.Fatalf("span %d:%d out of text of length %d", d.Start, d.End, len(text))
		}
		if d.Name == "" || !strings.HasPrefix(text[d.Start:], d.Name) {
			t.Fatalf("Name %q is not at Start %d", d.Name, d.Start)
		}
		for _, part := range []string{d.Qualifier, d.Date, d.Source} {
			if !strings.Contains(text[d.Start:d.End], part) {
				t.Fatalf("%q is not inside the dateline %q", part, text[d.Start:d.End])
			}
		}
		if d.Resolved && d.Place.Resolution == "" {
			t.Fatalf("resolved to an empty place: %+v", d)
		}
		if utf8.ValidString(text) && !utf8.ValidString(text[d.End:]) {
			t.Fatalf("End %d splits a character", d.End)
		}
	})
}
