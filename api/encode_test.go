package api

import (
	"encoding/json"
	"math"
	"testing"

	"tacitus/store"
)

// plainNetwork has Network's fields without its MarshalJSON: the
// reference encoding.
type plainNetwork struct {
	Nodes []ActorCount `json:"nodes"`
	Edges []store.Edge `json:"edges"`
}

func TestNetworkMarshalJSON(t *testing.T) {
	country := "USA"
	tests := []struct {
		name string
		net  Network
	}{
		{name: "empty", net: Network{Nodes: []ActorCount{}, Edges: []store.Edge{}}},
		{name: "nil edges", net: Network{Nodes: []ActorCount{}}},
		{name: "plain", net: Network{
			Nodes: []ActorCount{{Code: "USA", Label: "United States", Name: "UNITED STATES", Country: &country, Events: 12}},
			Edges: []store.Edge{
				{Source: "USA", Target: "CHN", Cooperation: 3, Conflict: 9, Goldstein: -12.5},
				{Source: "CHN", Target: "USA", Cooperation: 0, Conflict: 1, Goldstein: 0},
			}}},
		{name: "odd strings and floats", net: Network{Nodes: []ActorCount{}, Edges: []store.Edge{
			{Source: `A"B\C`, Target: "<&>", Goldstein: 1e-7},
			{Source: "é", Target: "\u2028\x01", Goldstein: 1e21},
			{Source: "X", Target: "Y", Goldstein: -0.1},
			{Source: "X", Target: "Y", Goldstein: 123456789.123},
			{Source: "X", Target: "Y", Goldstein: -3e-9},
			{Source: "X", Target: "Y", Goldstein: math.Copysign(0, -1)},
			{Source: "X", Target: "Y", Goldstein: -0.7},
			{Source: "X", Target: "Y", Goldstein: 0.1 + 0.2},
			{Source: "X", Target: "Y", Goldstein: float64(-123456789) / 10},
			{Source: "X", Target: "Y", Goldstein: 99999999999.9},
			{Source: "X", Target: "Y", Goldstein: 1e12 + 0.5},
		}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := json.Marshal(tc.net)
			if err != nil {
				t.Fatal(err)
			}
			want, err := json.Marshal(plainNetwork(tc.net))
			if err != nil {
				t.Fatal(err)
			}
			if tc.net.Nodes == nil {
				t.Fatal("test networks need non-nil nodes")
			}
			if string(got) != string(want) {
				t.Errorf("MarshalJSON:\n%s\nencoding/json:\n%s", got, want)
			}
		})
	}
	if _, err := json.Marshal(Network{Edges: []store.Edge{{Goldstein: math.NaN()}}}); err == nil {
		t.Error("NaN Goldstein encoded without error")
	}
}

func FuzzNetworkMarshalJSON(f *testing.F) {
	f.Add("USA", "CHN", int64(3), int64(4), -2.5)
	f.Add("\x00\"", "\xff", int64(-1), int64(0), 1e-300)
	f.Add("A", "B", int64(1), int64(2), -12.3)
	f.Fuzz(func(t *testing.T, src, tgt string, coop, conflict int64, gold float64) {
		if coop%2 == 0 {
			gold = math.Round(gold*10) / 10 // tenths, as Goldstein sums are
		}
		if math.IsNaN(gold) || math.IsInf(gold, 0) {
			return
		}
		net := Network{Nodes: []ActorCount{}, Edges: []store.Edge{{Source: src, Target: tgt, Cooperation: coop, Conflict: conflict, Goldstein: gold}}}
		got, err := json.Marshal(net)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(plainNetwork(net))
		if string(got) != string(want) {
			t.Errorf("MarshalJSON %s, encoding/json %s", got, want)
		}
	})
}
