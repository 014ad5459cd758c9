package dataset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unsafe"
)

// Encode writes a dataset in the form the browser app fetches at start-up:
// the binary encoding of binary.go, which decodes faster in wasm than JSON
// and costs the wasm less than encoding/gob did (see docs/dataset.md).
// Encode does not validate; encode what Parse returned.
func Encode(d *Dataset) ([]byte, error) {
	return encodeBinary(d)
}

// Decode is DecodeFile for a file called "dataset".
func Decode(b []byte) (*Dataset, error) { return DecodeFile("dataset", b) }

// DecodeFile reads what Encode wrote, or a dataset in JSON (told apart by a
// leading "{"), and builds the lookup tables. It trusts its input as far as
// the rules go (it does not validate, nor sort) but not its size: a file
// over MaxFileBytes, or text and lists over the limits, are refused with
// Problems naming the file, record, field and limit.
func DecodeFile(name string, b []byte) (*Dataset, error) { return decodeFile(name, b, false, nil) }

// DecodeOwned is DecodeFile for bytes handed over for good, as the browser
// app's fetched file: the dataset's text shares b's memory, so b must
// never change afterwards. It spares the copy of the whole file that
// DecodeFile makes (0.2-0.3 ms of 5 ms in the wasm, node, for the shipped dataset).
func DecodeOwned(name string, b []byte) (*Dataset, error) { return decodeFile(name, b, true, nil) }

// DecodeOwnedInSteps is DecodeOwned calling pause between its steps
// (reading the records, building the lookup tables, checking the limits),
// so that the browser can run a task of its own between them: each takes
// 5 to 25 ms at 1× CPU in the wasm, and a task over 50 ms blocks the page.
func DecodeOwnedInSteps(name string, b []byte, pause func()) (*Dataset, error) {
	return decodeFile(name, b, true, pause)
}

func decodeFile(name string, b []byte, owned bool, pause func()) (*Dataset, error) {
	if pause == nil {
		pause = func() {}
	}
	if len(b) > MaxFileBytes {
		return nil, tooBig(name, int64(len(b)))
	}
	var (
		d   *Dataset
		err error
	)
	switch text := bytes.TrimLeft(b, " \t\r\n"); {
	case len(text) > 0 && text[0] == '{':
		d, err = unmarshalJSON(b)
	case owned:
		d, err = readBinary(unsafe.String(unsafe.SliceData(b), len(b)), pause)
	default:
		d, err = readBinary(string(b), pause)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	pause()
	if ps := d.CheckLimits(); ps != nil {
		for i := range ps {
			ps[i].File = name
		}
		return nil, ps
	}
	return d, nil
}

func encodeJSON(d *Dataset) ([]byte, error) { return json.Marshal(d) }

// unmarshalJSON reads a dataset in JSON with the loader's token reader
// (jsondec.go) rather than json.Unmarshal, whose reflective decoder would
// otherwise be linked into the browser app for this path alone; any
// problem the reader reports (a syntax error, a value of the wrong type,
// an unknown field) fails it.
func unmarshalJSON(b []byte) (*Dataset, error) {
	d, probs, _, _ := decodeJSON(b, false)
	if len(probs) > 0 {
		p := probs[0].Problem
		p.Field = probs[0].path()
		return nil, fmt.Errorf("decoding dataset: %s", p)
	}
	d.index()
	return d, nil
}
