package conformance

import (
	"bytes"
	"testing"
)

// FuzzReadSuite checks that ReadSuite never panics and that whatever it
// accepts is a consistent suite. Seeds are in testdata/fuzz/FuzzReadSuite.
func FuzzReadSuite(f *testing.F) {
	f.Add([]byte(head + `<Sentence date="20000101" id="A" category="A" sentence="true"><EventCoding sourcecode="X" targetcode="Y" eventcode="1"/><Text>x y</Text></Sentence>` + tail))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadSuite(bytes.NewReader(data))
		if err != nil {
			if s != nil {
				t.Fatal("suite returned with an error")
			}
			return
		}
		for i, r := range s.Records {
			if r.Position != i+1 || r.ID == "" || r.Category == "" || r.Text == "" || r.Date.IsZero() {
				t.Fatalf("inconsistent record %+v", r)
			}
			if r.ExpectError != "" && (len(r.Expected) > 0 || r.ExpectError.Err() == nil) {
				t.Fatalf("bad error expectation %+v", r)
			}
			for _, c := range r.Expected {
				if c.Source == "" || c.Target == "" || c.Event == "" {
					t.Fatalf("empty code in %+v", r)
				}
			}
		}
		for _, c := range s.Changes {
			if c.Before < 1 || c.Before > len(s.Records)+1 {
				t.Fatalf("change %+v outside the records", c)
			}
		}
		out := make([]Outcome, len(s.Records))
		if _, err := Score(s, out); err != nil {
			t.Fatal(err)
		}
	})
}
