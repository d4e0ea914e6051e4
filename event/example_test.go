package event_test

import (
	"fmt"
	"os"

	"tacitus/event"
)

func Example() {
	e := &event.Event{
		ArticleID:     "a1",
		SentenceIndex: 0,
		Sentence:      "Iran's government condemned the strike.",
		Date:          "2024-03-05",
		DatePrecision: event.Day,
		DateBasis:     event.BasisArticle,
		Source:        event.NewActor("Iran's government", "IRNGOV", 0, 17),
		Verb:          event.Span{Text: "condemned", Start: 18, End: 27},
		CAMEO:         "122",
		CAMEORoot:     "12",
		QuadClass:     3,
		Goldstein:     -2,
		Coder:         event.Fingerprint("0.1.0", map[string][]byte{"dict": []byte("…")}),
	}
	e.ID = e.StableID()
	fmt.Println(e.Source.Name, e.Source.Country, e.Source.Sectors)

	w, err := event.NewWriter(os.Stdout, event.FormatCSV)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Write(e); err != nil {
		fmt.Println(err)
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(event.Label("IGOUNO"), "|", event.Label("NGOUSAHRI"))
	// Output:
	// Iran government IRN [GOV]
	// id,article_id,sentence_index,sentence,date,date_precision,date_basis,source_text,source_code,source_name,source_country,source_sectors,source_start,source_end,target_text,target_code,target_name,target_country,target_sectors,target_start,target_end,verb_text,verb_start,verb_end,cameo,cameo_root,quad_class,goldstein,plover_type,plover_mode,plover_context,location_name,location_country,location_admin1,location_lat,location_lon,location_geonameid,location_resolution,location_basis,flags,issues,coder
	// 68045051cdc87b08bac1e179,a1,0,Iran's government condemned the strike.,2024-03-05,day,article,Iran's government,IRNGOV,Iran government,IRN,GOV,0,17,,,,,,,,condemned,18,27,122,12,3,-2,,,,,,,,,,,,,,0.1.0+b4dd557f8bed
	// United Nations | United States human rights NGO
}
