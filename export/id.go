package export

import (
	"crypto/sha256"
	"encoding/binary"
	"strconv"
	"time"

	"tacitus/store"
)

// GlobalID returns the numeric id that every format writes for e (GDELT's
// GLOBALEVENTID, Phoenix's EventID, ICEWS's Event ID, the PLOVER and flat
// id): the first 63 bits of a SHA-256 over the event's identity, a positive
// int64. The identity is
//
//   - for an event that merges mentions (a day-precision date and no
//     negated, historical, future or hypothetical flag): its merge key in
//     the store, i.e. the date, the source and target actor codes, the
//     CAMEO code and the GeoNames id of its location;
//   - for any other event, which has exactly one mention: that mention's
//     record id (event.Event.StableID), or, when the record has none, the
//     store's event id.
//
// So the same event gets the same id in every database and every export,
// whatever order its articles were stored in, as long as the coder codes
// it the same way. Store ids, by contrast, depend on write order.
func GlobalID(e *store.EventDetail) int64 {
	var key string
	if e.DatePrecision == store.PrecisionDay && !e.Date.IsZero() && !e.Flags.Excluding() {
		geo := ""
		if e.Location != nil && e.Location.GeonameID != 0 {
			geo = strconv.FormatInt(e.Location.GeonameID, 10)
		}
		key = "d\x1f" + e.Date.Format(time.DateOnly) + "\x1f" + e.Source.Code + "\x1f" + e.Target.Code +
			"\x1f" + e.CAMEO + "\x1f" + geo
	} else if m := first(e); m != nil && m.Mention.RecordID != "" {
		key = "r\x1f" + m.Mention.RecordID
	} else {
		key = "s\x1f" + strconv.FormatInt(e.ID, 10)
	}
	sum := sha256.Sum256([]byte(key))
	return int64(binary.BigEndian.Uint64(sum[:8]) >> 1)
}
