package store

import (
	"hash/fnv"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestSimhash(t *testing.T) {
	story := strings.Repeat("Rebels attacked a convoy near the northern town on Tuesday, killing four soldiers, officials said. ", 3) +
		"The army said it had sent reinforcements and that the road to the capital was closed to traffic until further notice. " +
		"Talks between the government and the rebel leadership broke down last month after a dispute over prisoners and the " +
		"timetable for elections, which the opposition says must be held before the end of the year under international observers."
	tests := []struct {
		name    string
		a, b    string
		maxDist int
		minDist int
	}{
		{name: "identical", a: story, b: story, maxDist: 0},
		{name: "case and punctuation", a: story, b: strings.ToUpper(strings.ReplaceAll(story, ",", "")), maxDist: 0},
		{name: "dateline added", a: story, b: "LAGOS (Reuters) - " + story, maxDist: NearDuplicateDistance},
		{name: "one word changed", a: story, b: strings.Replace(story, "four", "five", 1), maxDist: NearDuplicateDistance},
		{name: "different story", a: story, b: "The central bank raised interest rates by half a point on Thursday to curb inflation, " +
			"which reached its highest level in a decade, and signalled further increases in the coming months as food and energy prices climbed.", minDist: NearDuplicateDistance + 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Hamming(Simhash(tc.a), Simhash(tc.b))
			if tc.minDist == 0 && d > tc.maxDist {
				t.Errorf("distance %d, want ≤ %d", d, tc.maxDist)
			}
			if d < tc.minDist {
				t.Errorf("distance %d, want ≥ %d", d, tc.minDist)
			}
		})
	}
	if Simhash("") != 0 {
		t.Error("Simhash(\"\") != 0")
	}
	if Simhash("two words") == 0 {
		t.Error("short text hashes to 0")
	}
}

func TestSimhashBands(t *testing.T) {
	h := uint64(0x0123456789abcdef)
	b := simhashBands(h)
	if b != [4]int64{0xcdef, 0x89ab, 0x4567, 0x0123} {
		t.Errorf("bands = %x", b)
	}
	// Flipping 3 bits leaves at least one band equal.
	for i := 0; i < 64; i += 7 {
		g := h ^ 1<<i ^ 1<<((i+17)%64) ^ 1<<((i+40)%64)
		c := simhashBands(g)
		if c[0] != b[0] && c[1] != b[1] && c[2] != b[2] && c[3] != b[3] {
			t.Errorf("no equal band after flipping 3 bits at %d", i)
		}
	}
}

func TestBucket(t *testing.T) {
	tests := []struct {
		name string
		day  string
		iv   Interval
		want string
	}{
		{name: "monday is its own week", day: "2024-01-01", iv: Week, want: "2024-01-01"},
		{name: "sunday belongs to the week before", day: "2024-01-07", iv: Week, want: "2024-01-01"},
		{name: "week across a year", day: "2021-01-01", iv: Week, want: "2020-12-28"},
		{name: "before 1970", day: "1969-12-31", iv: Week, want: "1969-12-29"},
		{name: "month", day: "2024-02-29", iv: Month, want: "2024-02-01"},
		{name: "day", day: "2024-02-29", iv: Day, want: "2024-02-29"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := time.Parse(time.DateOnly, tc.day)
			got := dayTime(bucket(dayOf(d), tc.iv)).Format(time.DateOnly)
			if got != tc.want {
				t.Errorf("bucket(%s, %s) = %s, want %s", tc.day, tc.iv, got, tc.want)
			}
		})
	}
}

// simhashReference is the definition of Simhash written plainly: the
// optimised Simhash must agree with it bit for bit, as stored hashes are
// compared across versions.
func simhashReference(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return 0
	}
	var acc [64]int
	add := func(ws []string) {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(ws, " ")))
		v := h.Sum64()
		for i := range acc {
			if v&(1<<uint(i)) != 0 {
				acc[i]++
			} else {
				acc[i]--
			}
		}
	}
	if len(words) < shingle {
		add(words)
	} else {
		for i := 0; i+shingle <= len(words); i++ {
			add(words[i : i+shingle])
		}
	}
	var out uint64
	for i, c := range acc {
		if c > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

func TestSimhashMatchesReference(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{name: "empty", text: ""},
		{name: "one word", text: "Hello"},
		{name: "two words", text: "two words"},
		{name: "news", text: "Rebels attacked a convoy near the northern town on Tuesday, killing 4 soldiers, officials said."},
		{name: "non-ASCII", text: "ÉLYSÉE: Straße, İstanbul and Ωmega met in Kyiv — naïve façade 東京 2024"},
		{name: "invalid UTF-8", text: "bad \xff bytes \xfe\xfd here and there"},
		{name: "punctuation only", text: "... --- !!!"},
		{name: "over 255 shingles", text: strings.Repeat("one two three four five six seven. ", 120) + "Eight nine ten."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := Simhash(tc.text), simhashReference(tc.text); got != want {
				t.Errorf("Simhash = %016x, reference %016x", got, want)
			}
		})
	}
}

func FuzzSimhash(f *testing.F) {
	f.Add("Rebels attacked a convoy near the northern town.")
	f.Add("ÉLYSÉE Straße \xff")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Simhash(text), simhashReference(text); got != want {
			t.Errorf("Simhash(%q) = %016x, reference %016x", text, got, want)
		}
	})
}

func BenchmarkSimhash(b *testing.B) {
	text := strings.Repeat("Rebels attacked a convoy near the northern town on Tuesday, killing four soldiers, officials said. ", 12)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Simhash(text)
	}
}
