package goldensum

import (
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.sum")
	got := []string{Hash("a"), Hash("b")}
	Check(t, path, got, true, "things")
	tests := []struct {
		name string
		got  []string
		fail bool
	}{
		{name: "same", got: got},
		{name: "one differs", got: []string{Hash("a"), Hash("c")}, fail: true},
		{name: "fewer", got: got[:1], fail: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Check(r, path, tt.got, false, "things")
			if r.failed != tt.fail {
				t.Errorf("failed = %v, want %v", r.failed, tt.fail)
			}
		})
	}
	if Hash("a") == Hash("b") {
		t.Error("hashes collide")
	}
}
