package places

import (
	"math"
	"testing"
)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestResolve(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name    string
		in      string
		ctx     Context
		want    string // Name
		country string
		admin1  string
		res     Resolution
	}{
		{name: "Paris alone is the capital", in: "Paris", want: "Paris", country: "FRA", res: City},
		{name: "Paris, Texas", in: "Paris, Texas", want: "Paris", country: "USA", admin1: "Texas", res: City},
		{name: "Paris, Tex. (AP style)", in: "Paris, Tex.", want: "Paris", country: "USA", admin1: "Texas", res: City},
		{name: "Paris, France", in: "Paris, France", want: "Paris", country: "FRA", res: City},
		{name: "Paris with Texas qualifier in context", in: "Paris", ctx: Context{Qualifier: "Texas"}, want: "Paris", country: "USA", res: City},
		{name: "Paris stays French in a US article", in: "Paris", ctx: Context{Countries: []string{"USA"}}, want: "Paris", country: "FRA", res: City},
		{name: "Tehran", in: "Tehran", want: "Tehran", country: "IRN", res: City},
		{name: "upper case", in: "TEHRAN", want: "Tehran", country: "IRN", res: City},
		{name: "Syria is a country", in: "Syria", want: "Syria", country: "SYR", res: Country},
		{name: "Texas is a state", in: "Texas", want: "Texas", country: "USA", admin1: "Texas", res: Admin1},
		{name: "Georgia alone is the country", in: "Georgia", want: "Georgia", country: "GEO", res: Country},
		{name: "Georgia in a US article is the state", in: "Georgia", ctx: Context{Dateline: "USA"}, want: "Georgia", country: "USA", res: Admin1},
		{name: "Lebanon stays a country in a US article", in: "Lebanon", ctx: Context{Countries: []string{"USA"}}, want: "Lebanon", country: "LBN", res: Country},
		{name: "Springfield in a US article", in: "Springfield", ctx: Context{Countries: []string{"USA"}}, want: "Springfield", country: "USA", admin1: "Missouri", res: City},
		{name: "Springfield, Ill.", in: "Springfield, Ill.", want: "Springfield", country: "USA", admin1: "Illinois", res: City},
		{name: "Springfield, Massachusetts", in: "Springfield, Massachusetts", want: "Springfield", country: "USA", admin1: "Massachusetts", res: City},
		{name: "Washington is the capital", in: "Washington", want: "Washington", country: "USA", admin1: "District of Columbia", res: City},
		{name: "Washington, D.C.", in: "Washington, D.C.", want: "Washington", country: "USA", res: City},
		{name: "New York is the city", in: "New York", want: "New York City", country: "USA", res: City},
		{name: "Baghdad is the city", in: "Baghdad", want: "Baghdad", country: "IRQ", res: City},
		{name: "alias Britain", in: "Britain", want: "United Kingdom", country: "GBR", res: Country},
		{name: "alias U.S.", in: "U.S.", want: "United States", country: "USA", res: Country},
		{name: "multi-word", in: "Rio de Janeiro", want: "Rio de Janeiro", country: "BRA", res: City},
		{name: "hyphen and space", in: "Port au Prince", want: "Port-au-Prince", country: "HTI", res: City},
		{name: "diacritics", in: "São Paulo", want: "São Paulo", country: "BRA", res: City},
		{name: "ascii name", in: "Sao Paulo", want: "São Paulo", country: "BRA", res: City},
		{name: "alternate name", in: "Bombay", want: "Mumbai", country: "IND", res: City},
		{name: "unknown town with known qualifier falls back to it", in: "Nowhereville, Kenya", want: "Kenya", country: "KEN", res: Country},
		{name: "Philadelphia is not Amman", in: "Philadelphia", want: "Philadelphia", country: "USA", res: City},
		{name: "San`a with a backquote", in: "San`a", country: "YEM", res: City},
		{name: "Mexico is the country", in: "Mexico", want: "Mexico", country: "MEX", res: Country},
		{name: "Punjab is a region", in: "Punjab", res: Admin1},
		{name: "a dissolved state", in: "West Germany", want: "West Germany", country: "DEU", res: Country},
		{name: "a dissolved state's other name", in: "U.S.S.R.", want: "Soviet Union", country: "RUS", res: Country},
		{name: "a town qualified by a dissolved state", in: "Oberhausen, West Germany", want: "Oberhausen", country: "DEU", res: City},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Resolve(tt.in, tt.ctx)
			if !ok {
				t.Fatalf("Resolve(%q) found nothing", tt.in)
			}
			if p.Resolution != tt.res || (tt.want != "" && p.Name != tt.want) || (tt.country != "" && p.Country != tt.country) ||
				(tt.admin1 != "" && p.Admin1 != tt.admin1) {
				t.Errorf("Resolve(%q) = %s/%s/%s (%s), want %s/%s/%s (%s)", tt.in, p.Name, p.Admin1, p.Country, p.Resolution,
					tt.want, tt.admin1, tt.country, tt.res)
			}
			if !p.Located() {
				t.Errorf("Resolve(%q) has no coordinates", tt.in)
			}
		})
	}
}

// TestHistoricalSeat checks that a dissolved state lies at its seat of
// government, not at its present state's capital: West Germany at Bonn.
func TestHistoricalSeat(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct{ state, seat string }{
		{state: "West Germany", seat: "Bonn"},
		{state: "Yugoslavia", seat: "Belgrade"},
		{state: "Czechoslovakia", seat: "Prague"},
	} {
		t.Run(tt.state, func(t *testing.T) {
			p, ok := g.Resolve(tt.state, Context{})
			s, sok := g.Resolve(tt.seat, Context{})
			if !ok || !sok {
				t.Fatalf("Resolve(%q) %v, Resolve(%q) %v", tt.state, ok, tt.seat, sok)
			}
			if d := p.DistanceTo(s); d > 1 {
				t.Errorf("%s is %.0f km from %s, want its seat", tt.state, d, tt.seat)
			}
		})
	}
}

func TestResolveUnknown(t *testing.T) {
	g := testGazetteer(t)
	for _, in := range []string{"", "Cirith Ungol", ",", "Paris,", "\xff\xfe", "Ore", "Ill."} {
		t.Run(in, func(t *testing.T) {
			if p, ok := g.Resolve(in, Context{}); ok {
				t.Errorf("Resolve(%q) = %+v, want nothing", in, p)
			}
		})
	}
}

func TestResolveAllocs(t *testing.T) {
	g := testGazetteer(t)
	ctx := Context{Countries: []string{"USA", "FRA"}}
	n := testing.AllocsPerRun(100, func() {
		g.Resolve("Paris, Texas", ctx)
		g.Resolve("Springfield", ctx)
	})
	if n != 0 {
		t.Errorf("Resolve allocates %v times per call, want 0", n)
	}
}

func TestGazetteerContents(t *testing.T) {
	g := testGazetteer(t)
	if n := g.Len(); n < 32847+3000+240 {
		t.Errorf("Len = %d, want at least every city, region and country", n)
	}
	usa, ok := g.CountryByCode("US")
	if !ok || usa.Country != "USA" || usa.Name != "United States" || math.Abs(usa.Lat-38.895) > 0.01 {
		t.Errorf("CountryByCode(US) = %+v, %v; want the United States at Washington's coordinates", usa, ok)
	}
	if p, ok := g.CountryByCode("KSV"); !ok || p.Name != "Kosovo" || p.Country != "KSV" {
		t.Errorf("CountryByCode(KSV) = %+v, %v; want Kosovo under CAMEO's code", p, ok)
	}
	springfields := g.Lookup("springfield")
	if len(springfields) < 5 {
		t.Errorf("Lookup(springfield) = %d places, want several", len(springfields))
	}
	for _, p := range springfields {
		if p.Resolution != City || p.GeonameID == 0 || p.Feature == "" {
			t.Errorf("Lookup(springfield) gave %+v", p)
		}
	}
	dst := make([]Place, 0, 16)
	if n := testing.AllocsPerRun(100, func() { dst = g.AppendLookup(dst[:0], "Springfield") }); n != 0 {
		t.Errorf("AppendLookup allocates %v times", n)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{name: "same point", lat1: 48.85, lon1: 2.35, lat2: 48.85, lon2: 2.35, want: 0, tol: 1e-9},
		{name: "Paris-London", lat1: 48.85341, lon1: 2.3488, lat2: 51.50853, lon2: -0.12574, want: 343.5, tol: 1},
		{name: "quarter meridian", lat1: 0, lon1: 0, lat2: 90, lon2: 0, want: math.Pi / 2 * EarthRadiusKm, tol: 1e-6},
		{name: "antipodes", lat1: 0, lon1: 0, lat2: 0, lon2: 180, want: math.Pi * EarthRadiusKm, tol: 1e-6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Distance(tt.lat1, tt.lon1, tt.lat2, tt.lon2); math.Abs(got-tt.want) > tt.tol {
				t.Errorf("Distance = %.3f, want %.3f", got, tt.want)
			}
		})
	}
	paris, _ := Resolve("Paris", Context{})
	versailles, _ := Resolve("Versailles", Context{})
	if !paris.Within(versailles, 50) || paris.Within(versailles, 10) {
		t.Errorf("Paris–Versailles = %.1f km, want between 10 and 50", paris.DistanceTo(versailles))
	}
	if paris.Within(Place{}, 1e5) {
		t.Error("Within is true for a place without coordinates")
	}
}
