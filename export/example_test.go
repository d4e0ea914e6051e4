package export_test

import (
	"fmt"
	"time"

	"tacitus/export"
	"tacitus/store"
)

func ExampleICEWSRow() {
	e := store.EventDetail{Event: store.Event{
		ID: 1, Date: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), DatePrecision: store.PrecisionDay,
		Source: store.ActorRef{Code: "USAGOV", Name: "United States government", Country: "USA"},
		Target: store.ActorRef{Code: "IRN", Name: "Iran", Country: "IRN"},
		CAMEO:  "042", Root: "04", QuadClass: 1, Goldstein: 1.9, NumMentions: 1, NumArticles: 1, NumSources: 1,
	}}
	for i, v := range export.ICEWSRow(&e) {
		if v != "" && export.ICEWSColumns[i] != "Event ID" {
			fmt.Printf("%s: %s\n", export.ICEWSColumns[i], v)
		}
	}
	// Output:
	// Event Date: 2026-03-04
	// Source Name: United States government
	// Source Sectors: Government
	// Source Country: United States
	// Event Text: Make a visit
	// CAMEO Code: 042
	// Intensity: 1.9
	// Target Name: Iran
	// Target Country: Iran
}

func ExampleFIPS() {
	fmt.Println(export.FIPS("DEU"), export.FIPS("IRN"), export.FIPS("USA"))
	// Output: GM IR US
}
