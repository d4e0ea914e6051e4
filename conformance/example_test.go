package conformance_test

import (
	"context"
	"fmt"

	"tacitus/conformance"
)

// silent is a coder that never finds an event.
type silent struct{}

func (silent) Code(context.Context, conformance.Input) ([]conformance.Coding, error) {
	return nil, nil
}

func Example() {
	suite, err := conformance.LoadSuite("testdata/petrarch2/PETR.UnitTest.records.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	report, err := conformance.Run(context.Background(), suite, silent{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(suite.Records), "records,", suite.Events(), "expected events")
	// The last line of the table is the summary: only the 20 records that
	// expect no event pass.
	var table lineWriter
	if err := report.WriteTable(&table); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(table.last)
	// Output:
	// 284 records, 359 expected events
	// found 0/359, extra 0, records 20/284
}

// lineWriter keeps the last complete line written to it.
type lineWriter struct{ last, cur string }

func (w *lineWriter) Write(p []byte) (int, error) {
	for _, c := range string(p) {
		if c == '\n' {
			w.last, w.cur = w.cur, ""
			continue
		}
		w.cur += string(c)
	}
	return len(p), nil
}
