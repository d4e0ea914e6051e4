package store

import (
	"strings"
	"testing"
	"time"
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
