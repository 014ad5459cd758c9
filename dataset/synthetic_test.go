package dataset

import (
	"reflect"
	"testing"
)

func TestSynthetic(t *testing.T) {
	for _, n := range []int{0, 1, 200, 2000} {
		d := Synthetic(n, 42)
		if len(d.Events) != n {
			t.Errorf("Synthetic(%d) has %d events", n, len(d.Events))
		}
		if ps := d.Validate(); ps != nil {
			t.Fatalf("Synthetic(%d) is not valid:\n%v", n, ps)
		}
	}
	a, b := Synthetic(300, 7), Synthetic(300, 7)
	a.idx, b.idx = nil, nil
	if !reflect.DeepEqual(a, b) {
		t.Error("Synthetic is not deterministic")
	}
	if c := Synthetic(300, 8); reflect.DeepEqual(a.Events, c.Events) {
		t.Error("the seed makes no difference")
	}
}

// Synthetic data survives a round trip through the JSON parser.
func TestSyntheticParses(t *testing.T) {
	d := Synthetic(300, 1)
	b, err := encodeJSON(d)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("synthetic.json", b)
	if err != nil {
		t.Fatal(err)
	}
	d.idx, p.idx = nil, nil
	if !reflect.DeepEqual(d, p) {
		t.Error("parsed synthetic dataset differs")
	}
}
