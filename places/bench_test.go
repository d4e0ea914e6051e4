package places

import "testing"

// BenchmarkLoad measures decompressing and indexing the embedded
// gazetteer (what the first call of Default costs).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	g := testGazetteer(b)
	ctx := Context{Countries: []string{"USA", "IRQ"}}
	names := []string{"Paris", "Paris, Texas", "Springfield", "Baghdad", "Syria", "New York", "Cirith Ungol"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Resolve(names[i%len(names)], ctx)
	}
}

func BenchmarkMentions(b *testing.B) {
	g := testGazetteer(b)
	text, s := sentence(b, "Police/NOUN/NNS in/ADP/IN the/DET/DT northern/ADJ/JJ city/NOUN/NN of/ADP/IN Aleppo/PROPN/NNP "+
		"said/VERB/VBD rebels/NOUN/NNS from/ADP/IN Turkey/PROPN/NNP attacked/VERB/VBD a/DET/DT convoy/NOUN/NN near/ADP/IN "+
		"Rio/PROPN/NNP de/ADP/IN Janeiro/PROPN/NNP and/CCONJ/CC Washington/PROPN/NNP announced/VERB/VBD sanctions/NOUN/NNS ./PUNCT/.")
	b.ReportAllocs()
	for b.Loop() {
		g.Mentions(text, s, Context{})
	}
}

func BenchmarkDateline(b *testing.B) {
	g := testGazetteer(b)
	text := "NAIROBI, Kenya (AP) _ Police fired tear gas at protesters on Tuesday."
	b.ReportAllocs()
	for b.Loop() {
		g.Dateline(text)
	}
}
