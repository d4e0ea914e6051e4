package export

// countryInfo is a country's FIPS 10-4 code and English name.
type countryInfo struct{ fips, name string }

// countryAliases maps CAMEO country codes that are not ISO 3166-1 alpha-3
// to the ISO-style code GeoNames files the country under.
var countryAliases = map[string]string{"KSV": "XKX", "KOS": "XKX"}

// country returns the FIPS code and name of an ISO 3166-1 alpha-3 (or
// CAMEO) country code, and false when the table does not know it.
func country(iso3 string) (countryInfo, bool) {
	if a, ok := countryAliases[iso3]; ok {
		iso3 = a
	}
	c, ok := countryTable[iso3]
	return c, ok
}

// FIPS returns the FIPS 10-4 country code of an ISO 3166-1 alpha-3 code
// ("IR" for "IRN"), "" when there is none.
func FIPS(iso3 string) string {
	c, _ := country(iso3)
	return c.fips
}

// countryName returns the GeoNames English name of a country code, "" when
// unknown.
func countryName(iso3 string) string {
	c, _ := country(iso3)
	return c.name
}
