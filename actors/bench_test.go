package actors

import (
	"testing"

	"tacitus/nlp/models"
)

// benchText is a small hand-written newswire-like article.
const benchText = `Iranian police arrested dozens of protesters in Tehran on Monday, the interior ministry said. ` +
	`Foreign Minister Mohammad Javad Zarif met Lebanon's president, prime minister and national assembly speaker in Beirut. ` +
	`Tehran said the sanctions imposed by Washington and its European allies were illegal. ` +
	`Hamas fired rockets into southern Israel, and the movement said it would continue until the blockade was lifted. ` +
	`Israel and Egypt held talks in Cairo, and both countries agreed to meet again next month. ` +
	`Mr Blair told the House of Commons that British troops would stay in Iraq. ` +
	`The Pentagon and the White House declined to comment on the report by Al-Qaeda's media arm. ` +
	`He said the two men had discussed the crisis with senior officials of the United Nations.`

// BenchmarkSentence measures the recogniser alone on parsed sentences
// (report: sentences/s).
func BenchmarkSentence(b *testing.B) {
	p, err := models.Default()
	if err != nil {
		b.Skipf("default NLP models unavailable: %v", err)
	}
	r := recognizer(b)
	sents := p.Parse(benchText)
	var doc Document
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := sents[i%len(sents)]
		if i%len(sents) == 0 {
			doc.Reset()
		}
		_ = r.Sentence(&doc, benchText, s, day(2004, 3, 1))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
