package actors

import "testing"

func TestPartyIn(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"the Conservatives", "TORIES"},
		{"Tory leader Michael Howard", "TORIES"},
		{"the Liberal Democrat leader", "LIB_DEMS"},
		{"the Lib Dems'", "LIB_DEMS"},
		{"The Scottish National Party", "SNP"},
		{"UKIP", "UK_INDEPENDENCE_PARTY"},
		{"Labour", "LABOUR"},
		{"Michael Howard", ""},
		{"the opposition", ""},
		{"labour costs", ""},
	} {
		if got := PartyIn(c.text); got != c.want {
			t.Errorf("PartyIn(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
