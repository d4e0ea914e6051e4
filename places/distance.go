package places

import "math"

// EarthRadiusKm is the mean Earth radius used by Distance.
const EarthRadiusKm = 6371.0088

// Distance returns the great-circle (haversine) distance in kilometres
// between two points given in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	s1, s2 := math.Sin(dLat/2), math.Sin(dLon/2)
	h := s1*s1 + math.Cos(lat1*rad)*math.Cos(lat2*rad)*s2*s2
	h = min(max(h, 0), 1)
	return 2 * EarthRadiusKm * math.Asin(math.Sqrt(h))
}

// DistanceTo returns the haversine distance in kilometres between two
// places.
func (p Place) DistanceTo(q Place) float64 { return Distance(p.Lat, p.Lon, q.Lat, q.Lon) }

// Within reports whether two located places are at most km kilometres
// apart (false when either has no coordinates), as used to score a
// predicted event location against a reference one ("within 50 km").
func (p Place) Within(q Place, km float64) bool {
	return p.Located() && q.Located() && p.DistanceTo(q) <= km
}
