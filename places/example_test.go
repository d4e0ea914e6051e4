package places_test

import (
	"fmt"

	"tacitus/places"
)

func Example() {
	for _, name := range []string{"Paris", "Paris, Texas", "Syria", "Texas"} {
		p, ok := places.Resolve(name, places.Context{})
		fmt.Println(name, "→", p.Name, p.Country, p.Resolution, ok)
	}
	p, _ := places.Resolve("Springfield", places.Context{Countries: []string{"USA"}})
	fmt.Println("Springfield in a US article →", p.Name, p.Admin1, p.Country)

	text := "BEIRUT, Lebanon (AP) _ Israeli jets struck the south."
	d, ok := places.ParseDateline(text)
	fmt.Printf("%v %q %s %s; body: %q\n", ok, d.Name, d.Place.Name, d.Place.Country, text[d.End:])

	paris, _ := places.Resolve("Paris", places.Context{})
	versailles, _ := places.Resolve("Versailles", places.Context{})
	fmt.Printf("Paris–Versailles %.0f km, within 50 km: %v\n", paris.DistanceTo(versailles), paris.Within(versailles, 50))
	// Output:
	// Paris → Paris FRA city true
	// Paris, Texas → Paris USA city true
	// Syria → Syria SYR country true
	// Texas → Texas USA admin1 true
	// Springfield in a US article → Springfield Missouri USA
	// true "BEIRUT" Beirut LBN; body: "Israeli jets struck the south."
	// Paris–Versailles 17 km, within 50 km: true
}

func ExampleMentions() {
	// A tagged sentence, as produced by the nlp pipeline.
	text := "Protests erupted in Rio de Janeiro ."
	s := sentenceOf(text, "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT")
	for _, m := range places.Mentions(text, s) {
		fmt.Printf("%q %d:%d %s %s prep=%q locative=%v\n", m.Text, m.Start, m.End, m.Place.Name, m.Place.Country, m.Prep, m.Locative)
	}
	// Output:
	// "Rio de Janeiro" 20:34 Rio de Janeiro BRA prep="in" locative=true
}
