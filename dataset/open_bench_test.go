package dataset

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"
)

func syntheticCSV(n int) []byte {
	d := Synthetic(n, 7)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(CSVHeader())
	for i := range d.Events {
		w.Write(CSVRecord(d, &d.Events[i]))
	}
	w.Flush()
	return buf.Bytes()
}

// BenchmarkOpenCSV is what the browser does with a visitor's file.
func BenchmarkOpenCSV(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		src := syntheticCSV(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Open("bench.csv", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
