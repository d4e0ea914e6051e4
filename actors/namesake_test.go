package actors

import "testing"

func TestOnlyCountry(t *testing.T) {
	tests := []struct {
		name  string
		codes []string
		want  string
		ok    bool
	}{
		{name: "one code of the country", codes: []string{"GBRGOV", "KORGOV", "USAMIL"}, want: "GBRGOV", ok: true},
		{name: "two entries of one minister share a role", codes: []string{"GBRGOVJUD", "GBRGOV"}, want: "GBRGOV", ok: true},
		{name: "two roles of the country", codes: []string{"GBRGOV", "GBROPP"}, want: "", ok: false},
		{name: "none of the country", codes: []string{"USAGOV", "CANGOV"}, want: "", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := onlyCountry(tt.codes, "GBR")
			if got != tt.want || ok != tt.ok {
				t.Errorf("onlyCountry(%v) = %q, %v; want %q, %v", tt.codes, got, ok, tt.want, tt.ok)
			}
		})
	}
}
