package ingest

import (
	"errors"
	"strings"
	"testing"

	"tacitus/article"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		file string
		head string
		want Format
	}{
		{name: "jsonl content", file: "x.txt", head: "  \n{\"text\": \"a\"}", want: JSONL},
		{name: "jsonl extension, blank", file: "x.ndjson", head: "", want: JSONL},
		{name: "warc", file: "crawl", head: "WARC/1.1\r\nWARC-Type: warcinfo", want: WARC},
		{name: "warc gz name", file: "crawl.warc.gz", head: "", want: WARC},
		{name: "rss", file: "-", head: `<?xml version="1.0"?><rss version="2.0">`, want: Feed},
		{name: "atom", file: "", head: `<?xml version="1.0"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom">`, want: Feed},
		{name: "rdf", file: "", head: `<rdf:RDF xmlns:rdf="x">`, want: Feed},
		{name: "html doctype", file: "page", head: "\ufeff<!DOCTYPE html><html>", want: HTML},
		{name: "html by tag", file: "page.txt", head: "<html><body>", want: HTML},
		{name: "html by extension", file: "page.HTM", head: "<x>", want: HTML},
		{name: "xml extension", file: "news.xml", head: "<x>", want: Feed},
		{name: "plain text", file: "story", head: "MOSCOW - Russia said", want: Text},
		{name: "binary", file: "blob.bin", head: "\x00\x01\x02", want: Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.file, []byte(tt.head)); got != tt.want {
				t.Errorf("Sniff(%q, %q) = %v, want %v", tt.file, tt.head, got, tt.want)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for f := Auto; f <= WARC; f++ {
		got, err := ParseFormat(strings.ToUpper(f.String()))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); !errors.Is(err, ErrFormat) {
		t.Errorf("ParseFormat(pdf) error %v, want ErrFormat", err)
	}
}

func FuzzSniff(f *testing.F) {
	f.Add("a.jsonl", []byte(`{"text":"x"}`))
	f.Add("", []byte("WARC/1.0\r\n"))
	f.Add("feed", []byte(`<rss>`))
	f.Fuzz(func(t *testing.T, name string, head []byte) {
		got := Sniff(name, head)
		if got < JSONL || got > WARC {
			t.Fatalf("Sniff returned %v", got)
		}
		if got != Sniff(name, head) {
			t.Fatal("Sniff is not deterministic")
		}
	})
}

func TestCheckLanguage(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{name: "english", text: "The president of the country met the ministers of the neighbouring states in the capital on Monday, and he said that the talks were useful for both of them.", want: true},
		{name: "figures table", text: "Shr 34 cts vs 1.19 dlrs Net 3,345,000 vs 6,123,000 Revs 15.4 mln vs 18.1 mln Nine mths Shr 1.05 dlrs vs 2.21 dlrs", want: true},
		{name: "short", text: "Hola amigos", want: true},
		{name: "french", text: "Le président de la République a rencontré les ministres des pays voisins dans la capitale pour une réunion sur la sécurité et la coopération.", want: false},
		{name: "spanish", text: "El presidente del país se reunió con los ministros de los estados vecinos en la capital para hablar de la seguridad y de la cooperación con sus aliados.", want: false},
		{name: "german", text: "Der Präsident des Landes hat sich mit den Ministern der Nachbarstaaten in der Hauptstadt getroffen und sagte, dass die Gespräche für beide Seiten nicht einfach sind.", want: false},
		{name: "indonesian", text: "Presiden Indonesia mengatakan bahwa pemerintah akan bekerja sama dengan negara tetangga dalam bidang keamanan dan ekonomi yang penting untuk rakyat di kawasan ini.", want: false},
		{name: "russian", text: "Президент страны встретился с министрами соседних государств в столице в понедельник.", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CheckLanguage(tt.text)
			if got := c.English(); got != tt.want {
				t.Errorf("English() = %v, want %v (%+v)", got, tt.want, c)
			}
		})
	}
}

func TestReadInputHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Talks in the capital | Example News</title>
<meta property="og:title" content="Talks in the capital">
<meta property="og:url" content="https://example.org/news/talks">
<meta property="article:published_time" content="2025-04-02T09:00:00Z"></head><body><nav>Home | World | Sport</nav>
<article><h1>Talks in the capital</h1><p>` + story(31) + `</p><p>` + story(32) + `</p></article>
<footer>Copyright Example News</footer></body></html>`
	path := writeFile(t, t.TempDir(), "p.html", page)
	var got []article.Article
	c, err := readInput(Input{Name: path}, readOpts{}, func(a article.Article) error {
		got = append(got, a)
		return nil
	}, func(e *article.RecordError) { t.Errorf("report %v", e) })
	if err != nil || c.Accepted != 1 || len(got) != 1 {
		t.Fatalf("counts %+v, err %v", c, err)
	}
	a := got[0]
	if a.Title != "Talks in the capital" || a.URL != "https://example.org/news/talks" || a.ID != a.URL ||
		a.Date.Format("2006-01-02") != "2025-04-02" {
		t.Errorf("article %q %q %q %v", a.ID, a.Title, a.URL, a.Date)
	}
	if !strings.Contains(a.Text, story(31)[:40]) || strings.Contains(a.Text, "Copyright") || strings.Contains(a.Text, "Sport") {
		t.Errorf("text %q", a.Text)
	}
}
