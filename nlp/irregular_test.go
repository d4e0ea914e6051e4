package nlp

import "testing"

func TestIrregularLemma(t *testing.T) {
	more := func(rest string) (string, bool) {
		if rest == "held" {
			return "hold", true
		}
		return "", false
	}
	tests := []struct{ form, want string }{
		{"fled", "flee"},
		{"unfroze", "unfreeze"},
		{"overthrew", "overthrow"},
		{"withheld", "withhold"}, // through more
		{"bombed", ""},
		{"un", ""},
	}
	for _, tt := range tests {
		got, ok := IrregularLemma(tt.form, more)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("IrregularLemma(%q) = %q, %v; want %q", tt.form, got, ok, tt.want)
		}
	}
	if irregularPast("beset") || !irregularPast("Fled") {
		t.Error("irregularPast: a form that is its own lemma is no past; case is ignored")
	}
}
