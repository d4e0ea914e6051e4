package store

import "testing"

func TestCellSum(t *testing.T) {
	tests := []struct {
		name  string
		dense int
	}{
		{name: "array only", dense: 100},
		{name: "array and map", dense: 2},
		{name: "map only", dense: 0},
	}
	cells := []dyadCell{
		{dyad: 0, coop: 1, g10: 10},
		{dyad: 5, conflict: 2, g10: -30},
		{dyad: 1, coop: 4},
		{dyad: 5, coop: 1, conflict: 1, g10: 5},
		{dyad: 0, conflict: 3, g10: -7},
	}
	want := map[int32]dyadCell{
		0: {dyad: 0, coop: 1, conflict: 3, g10: 3},
		1: {dyad: 1, coop: 4},
		5: {dyad: 5, coop: 1, conflict: 3, g10: -25},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newCellSum(tc.dense)
			s.add(cells[:2])
			s.add(cells[2:])
			if len(s.sums) != len(want) {
				t.Fatalf("%d sums, want %d: %+v", len(s.sums), len(want), s.sums)
			}
			for _, got := range s.sums {
				if got != want[got.dyad] {
					t.Errorf("dyad %d: %+v, want %+v", got.dyad, got, want[got.dyad])
				}
			}
		})
	}
}

func TestDyadIndex(t *testing.T) {
	x := newDyadIndex()
	a, b := x.id("USA", "CHN"), x.id("CHN", "USA")
	if a == b || x.id("USA", "CHN") != a {
		t.Errorf("ids %d, %d, again %d", a, b, x.id("USA", "CHN"))
	}
	if p := x.snapshot(); len(p) != 2 || p[b] != [2]string{"CHN", "USA"} {
		t.Errorf("pairs %v", p)
	}
}
