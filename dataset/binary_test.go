package dataset

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// fill sets every exported field reachable from v to a value of its own,
// not zero: lists get two items, pointers a value.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d é", *n))
	case reflect.Int:
		v.SetInt(int64(*n) * -7)
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic("fill: no rule for " + v.Type().String())
	}
}

// Every field of the data model survives the binary encoding: a field
// added to the types and not to binary.go fails here.
func TestBinaryCarriesEveryField(t *testing.T) {
	d := new(Dataset)
	n := 0
	fill(reflect.ValueOf(d).Elem(), &n)
	b := must(encodeBinary(d))
	got := must(unmarshalBinary(b))
	got.idx = nil
	if !reflect.DeepEqual(got, d) {
		t.Errorf("the round trip changed the dataset:\n got %+v\nwant %+v", got, d)
	}
	// A zero count behind a pointer stays a zero count.
	d.Events[0].Election.Void = Int(0)
	if el := must(unmarshalBinary(must(encodeBinary(d)))).Events[0].Election; el.Void == nil || *el.Void != 0 {
		t.Errorf("void = %v, want a pointer to 0", el.Void)
	}
}

// The dataset the app ships comes back as it went, through Encode and
// DecodeFile as the server and the wasm use them.
func TestBinaryShipped(t *testing.T) {
	d, err := ParseFile("../embed/dataset.json")
	if err != nil {
		t.Skip(err)
	}
	got := must(DecodeFile("dataset.bin", must(Encode(d))))
	if !same(t, d, got) {
		t.Error("the round trip changed the shipped dataset")
	}
	if !same(t, d, must(DecodeOwned("dataset.bin", must(Encode(d))))) {
		t.Error("the round trip read in place (DecodeOwned) changed the shipped dataset")
	}
	pauses := 0
	if !same(t, d, must(DecodeOwnedInSteps("dataset.bin", must(Encode(d)), func() { pauses++ }))) {
		t.Error("the round trip read in steps (DecodeOwnedInSteps) changed the shipped dataset")
	}
	if pauses != 2 {
		t.Errorf("DecodeOwnedInSteps paused %d times, want 2 (after reading, after indexing)", pauses)
	}
	if len(got.Events) != len(d.Events) || len(got.Events) < 500 {
		t.Errorf("%d events back of %d", len(got.Events), len(d.Events))
	}
}

// A cut or damaged file is refused with an error, never a panic or a huge
// allocation.
func TestBinaryRefusesDamage(t *testing.T) {
	b := must(Encode(Synthetic(3, 1)))
	for i := range len(b) {
		if _, err := DecodeFile("cut.bin", b[:i]); err == nil {
			t.Fatalf("a file cut to %d of %d bytes was accepted", i, len(b))
		}
	}
	if _, err := DecodeFile("long.bin", append(b, 0)); err == nil || !strings.Contains(err.Error(), "left over") {
		t.Errorf("a byte too many: %v", err)
	}
	// The organizations' count, right after the meta's strings, claims
	// more items than there are bytes.
	huge := binFile("\x00\x00\x00\x00\x00\x00\x00\x00" + "\xff\xff\xff\xff\x0f")
	if _, err := DecodeFile("huge.bin", huge); err == nil || !strings.Contains(err.Error(), "bytes left") {
		t.Errorf("a huge count: %v", err)
	}
	// A column longer than the file, and one not read to its end.
	if _, err := DecodeFile("cut.bin", binFile("\x00")[:len(binMagic)+2+numCols-1]); err == nil || !strings.Contains(err.Error(), "ends early") {
		t.Errorf("a column over the end: %v", err)
	}
	if _, err := DecodeFile("long.bin", binFile(strings.Repeat("\x00", 13), "\x00")); err == nil || !strings.Contains(err.Error(), "1 bytes left over") {
		t.Errorf("a column with a byte too many: %v", err)
	}
	if _, err := DecodeFile("v2.bin", []byte(binMagic+"\x03\x00\x00\x00")); err == nil || !strings.Contains(err.Error(), "another release") {
		t.Errorf("another number of columns: %v", err)
	}
	if _, err := DecodeFile("old.gob", []byte("\x3f\xff\x81\x03\x01")); err == nil || !strings.Contains(err.Error(), "not a LaborLens dataset") {
		t.Errorf("a gob file: %v", err)
	}
}

// binFile is a file of the columns cols, in order, the others empty.
func binFile(cols ...string) []byte {
	b := binary.AppendUvarint([]byte(binMagic), numCols)
	for c := range numCols {
		n := 0
		if c < len(cols) {
			n = len(cols[c])
		}
		b = binary.AppendUvarint(b, uint64(n))
	}
	for _, c := range cols {
		b = append(b, c...)
	}
	return b
}
