package parquetbatch

import (
	"bytes"
	"testing"

	"github.com/parquet-go/parquet-go"
)

type row struct {
	N int64  `parquet:"n"`
	S string `parquet:"s"`
}

func TestRowsSurviveBatches(t *testing.T) {
	for _, n := range []int{0, 1, Size, Size + 1, 3*Size + 7} {
		var b bytes.Buffer
		w := New[row](&b, "test")
		for i := range n {
			if err := w.Add(row{N: int64(i), S: "x"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		f, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatalf("%d rows: %v", n, err)
		}
		if got := f.NumRows(); got != int64(n) {
			t.Errorf("%d rows written, %d in the file", n, got)
		}
	}
}
