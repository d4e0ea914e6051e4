package extract

import (
	"strings"
	"testing"
)

func TestOutletCountry(t *testing.T) {
	tests := []struct {
		name, source, url, want string
	}{
		{name: "BBC by name", source: "BBC News", want: "GBR"},
		{name: "BBC programme", source: "BBC Radio 4", want: "GBR"},
		{name: "article dropped", source: "The Guardian", want: "GBR"},
		{name: "possessive and punctuation", source: "The Times of India", want: "IND"},
		{name: "ampersand", source: "Globe & Mail", want: "CAN"},
		{name: "a common word of other papers' names", source: "Times Union", want: ""},
		{name: "a paper named by one common word", source: "The Independent", want: "GBR"},
		{name: "wire service", source: "Reuters", want: ""},
		{name: "international outlet", source: "Al Jazeera English", want: ""},
		{name: "unknown name", source: "wire", want: ""},
		{name: "a name's first word alone is not the name", source: "New Statesman", want: ""},
		{name: "outlet host", url: "https://www.bbc.co.uk/news/uk-politics-123", want: "GBR"},
		{name: "host under an outlet's domain", url: "https://edition.cnn.com/2024/03/05/politics", want: "USA"},
		{name: "country domain", url: "https://www.example.co.uk/story", want: "GBR"},
		{name: "address without a scheme", url: "www.irishtimes.com/news/1", want: "IRL"},
		{name: "generic domain", url: "https://www.example.com/story", want: ""},
		{name: "name before address", source: "NPR", url: "https://www.example.co.uk/x", want: "USA"},
		{name: "nothing", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outletCountry(tt.source, tt.url); got != tt.want {
				t.Errorf("outletCountry(%q, %q) = %q, want %q", tt.source, tt.url, got, tt.want)
			}
		})
	}
}

// FuzzOutletCountry feeds outletCountry the outside input it reads, an
// article's source and URL fields: it must not panic and must give a
// country code of three capitals or nothing.
func FuzzOutletCountry(f *testing.F) {
	f.Add("BBC News", "https://www.bbc.co.uk/news/uk-politics-123")
	f.Add("The Times of India", "")
	f.Add("", "www.irishtimes.com/news/1")
	f.Add("Globe & Mail", "http://[::1]:namedport")
	f.Add("\xff\xfe", "%zz://x")
	f.Fuzz(func(t *testing.T, source, url string) {
		cc := outletCountry(source, url)
		if cc == "" {
			return
		}
		if len(cc) != 3 || strings.ToUpper(cc) != cc {
			t.Errorf("outletCountry(%q, %q) = %q, want a country code or nothing", source, url, cc)
		}
	})
}
