package dataset

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"testing"
)

// same reports whether two datasets have the same JSON form.
func same(t *testing.T, a, b *Dataset) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ja, jb)
}

// roundTrip encodes d and decodes it back.
func roundTrip(t testing.TB, d *Dataset) *Dataset {
	t.Helper()
	b, err := Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestEncodeDecode(t *testing.T) {
	sample, err := ParseFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*Dataset{sample, Synthetic(500, 1), {}} {
		got := roundTrip(t, d)
		if !same(t, d, got) {
			t.Errorf("round trip changed the dataset")
		}
		if got.idx == nil {
			t.Error("Decode did not index")
		}
	}
	if _, ok := must(Decode(must(Encode(sample)))).Facility("JFK8"); !ok {
		t.Error("lookup after Decode failed")
	}
}

func TestDecodeJSON(t *testing.T) {
	b := must(encodeJSON(Synthetic(50, 2)))
	d, err := Decode(append([]byte("\n  "), b...))
	if err != nil {
		t.Fatal(err)
	}
	if !same(t, d, Synthetic(50, 2)) {
		t.Error("JSON decoding changed the dataset")
	}
	if _, ok := d.Event(d.Events[3].ID); !ok {
		t.Error("lookup after JSON Decode failed")
	}
}

func TestDecodeGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("x"), []byte("{"), []byte(`{"events": 3}`), must(Encode(Synthetic(5, 1)))[:40]} {
		if _, err := Decode(b); err == nil {
			t.Errorf("Decode(%q) succeeded", b)
		}
	}
	if _, err := Encode(nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
}

func gzipLen(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

var codecs = []struct {
	name   string
	encode func(*Dataset) ([]byte, error)
	decode func([]byte) (*Dataset, error)
}{
	{"json", encodeJSON, unmarshalJSON},
	{"binary", encodeBinary, unmarshalBinary},
	// encoding/gob, which the app used until the binary encoding, for
	// comparison (it drops an election's zero counts).
	{"gob", encodeGob, unmarshalGob},
}

func encodeGob(d *Dataset) ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(d)
	return buf.Bytes(), err
}

func unmarshalGob(b []byte) (*Dataset, error) {
	d := new(Dataset)
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(d); err != nil {
		return nil, err
	}
	d.index()
	return d, nil
}

// BenchmarkDecode measures start-up decoding in the browser app, indexing
// included. Run it in wasm too:
//
//	GOOS=js GOARCH=wasm go test -run='^$' -bench=Decode ./dataset -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{200, 10000} {
		d := Synthetic(n, 1)
		for _, c := range codecs {
			benchDecode(b, fmt.Sprintf("%s/%d", c.name, n), c.decode, must(c.encode(d)))
		}
	}
}

// benchDecode runs a sub-benchmark that decodes data, reporting its size
// raw and gzipped.
func benchDecode(b *testing.B, name string, decode func([]byte) (*Dataset, error), data []byte) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := decode(data); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(data)), "bytes")
		b.ReportMetric(float64(gzipLen(data)), "gzip-bytes")
	})
}

func BenchmarkEncode(b *testing.B) {
	d := Synthetic(10000, 1)
	for _, c := range codecs {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.encode(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParse measures the validating parser, as used by the server and
// `laborlens validate`.
func BenchmarkParse(b *testing.B) {
	for _, n := range []int{200, 10000} {
		data := must(encodeJSON(Synthetic(n, 1)))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("bench.json", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeShipped decodes the dataset the app ships, when present.
func BenchmarkDecodeShipped(b *testing.B) {
	d, err := ParseFile("../embed/dataset.json")
	if err != nil {
		b.Skip(err)
	}
	for _, c := range codecs {
		benchDecode(b, c.name, c.decode, must(c.encode(d)))
	}
}
