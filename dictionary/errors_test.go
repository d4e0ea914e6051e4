package dictionary

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Fatal("empty list: Err() != nil")
	}
	l.Add(Position{File: "b.txt", Line: 2}, ErrSyntax, "second %d", 2)
	l.Add(Position{File: "a.txt", Line: 9}, ErrDate, "first")
	l.Add(Position{File: "b.txt", Line: 1}, ErrCode, "third")
	l.Sort()
	want := []string{"a.txt:9: first", "b.txt:1: third", "b.txt:2: second 2"}
	if got := listLines(l); !equalStrings(got, want) {
		t.Fatalf("sorted list = %q, want %q", got, want)
	}
	err := fmt.Errorf("loading: %w", l.Err())
	if !errors.Is(err, ErrDate) || !errors.Is(err, ErrCode) || errors.Is(err, ErrContext) {
		t.Errorf("errors.Is through ErrorList does not see the sentinels")
	}
	var e *Error
	if !errors.As(err, &e) || e.Pos.Line != 9 {
		t.Errorf("errors.As(*Error) = %v", e)
	}
	if got, want := l.Error(), "a.txt:9: first (and 2 more errors)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
