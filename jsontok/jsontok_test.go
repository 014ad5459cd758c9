package jsontok

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"testing"
)

// tokenInputs cover every token, every syntax error of encoding/json's
// scanner and of its Token state machine, and the decoding of strings.
var tokenInputs = []string{
	``, ` `, `{}`, `[]`, `null`, `true`, `false`, `0`, `-0`, `12`, `-1.5e+10`, `3.25E-2`, `1e5`, `"s"`,
	`{"a": 1, "b": [true, false, null, "x", -2.5], "c": {"d": {}}}`,
	`[1, 2, [3, [4, {"k": "v"}]], "z"]`, "\t\r\n[ 1 ,\n2 ]\n", `{} {}`, `[] x`, `1 2`,
	// The Token state machine's errors.
	`]`, `}`, `:`, `,`, `[,]`, `[1 2]`, `[1,]`, `{,}`, `{"a" 1}`, `{"a":1 "b":2}`, `{"a":1,}`, `{1:2}`,
	`{"a"}`, `{"a":}`, `[}`, `{]`, `{"a":1]`, `[1}`, `{"a",}`, `{"a"::1}`, `[:]`, `[1::]`,
	// The scanner's, inside a value.
	`[x]`, `[tru]`, `[trux]`, `[fals]`, `[falsy]`, `[nul]`, `[nulL]`, `[t]`, `[f`, `[n`,
	`[-]`, `[-x]`, `[1.]`, `[1.x]`, `[1e]`, `[1e+]`, `[1ex]`, `[1e+x]`, `[01]`, `[-01]`, `[1.5.5]`,
	`["a` + "\x01" + `b"]`, `["\x"]`, `["\u12"]`, `["\u12g4"]`, `["\uZZZZ"]`, `["abc`, `["abc\`, `["\u00`,
	`{"a` + "\n" + `": 1}`, `{"a\q": 1}`, `[1, "ok", 'x']`, `["é", ÿ]`, "[\x80]", "[\xff]",
	`[1, 2, 3, -]`, `{"a": 1, "b": tx}`, `{"aaaa": "bbbb", "cc": 12345, "d": 1.}`,
	// Strings as encoding/json decodes them.
	`"a\"b\\c\/d\be\ff\ng\rh\ti"`, `"\u00e9\u4e2d\uD83D\uDE00"`, `"\uD83D"`, `"\uD83Dx"`, `"\uDE00\uD83D"`,
	`"\uD83D\u0041"`, `"\uD83D\uD83D\uDE00"`, "\"bad \xff utf-8 \xc3\"", "\"\xed\xa0\x80\"", `"\u0000"`,
	// Ends of input.
	`[`, `{`, `{"a"`, `{"a":`, `[1`, `[1,`, `[-`, `"`, `tr`, `-`, `1.`, `1e`, `1e-`,
}

// TestTokensAsEncodingJSON: jsonTokens gives encoding/json's tokens,
// offsets and errors on every input above and on the shipped dataset.
func TestTokensAsEncodingJSON(t *testing.T) {
	shipped, err := os.ReadFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range append(tokenInputs, string(shipped)) {
		if err := sameTokens([]byte(in)); err != nil {
			t.Errorf("%.80q: %v", in, err)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, in := range tokenInputs {
		f.Add([]byte(in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := sameTokens(b); err != nil {
			t.Fatalf("%q: %v", b, err)
		}
	})
}

// sameTokens reads b with json.Decoder (UseNumber) and jsonTokens side by
// side as jsonReader does (More, InputOffset, Token) and returns the first
// difference, up to and including the first error.
func sameTokens(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	toks := New(b)
	for n := 0; ; n++ {
		if want, got := dec.More(), toks.More(); want != got {
			return fmt.Errorf("token %d: More %v, want %v", n, got, want)
		}
		if want, got := dec.InputOffset(), toks.InputOffset(); want != got {
			return fmt.Errorf("token %d: InputOffset %d, want %d", n, got, want)
		}
		wantTok, wantErr := dec.Token()
		gotTok, gotErr := toks.Token()
		if w, g := describeErr(wantErr), describeErr(gotErr); w != g {
			return fmt.Errorf("token %d: error %s, want %s", n, g, w)
		}
		if wantErr != nil {
			return nil
		}
		if w, g := describeToken(wantTok), describeToken(gotTok); w != g {
			return fmt.Errorf("token %d: %s, want %s", n, g, w)
		}
		if want, got := dec.InputOffset(), toks.InputOffset(); want != got {
			return fmt.Errorf("token %d: InputOffset after it %d, want %d", n, got, want)
		}
	}
}

func describeErr(err error) string {
	var se *json.SyntaxError
	var te *SyntaxError
	switch {
	case err == nil:
		return "none"
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error %q at %d", se.Error(), se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("syntax error %q at %d", te.Error(), te.Offset)
	case err == io.EOF, err == io.ErrUnexpectedEOF:
		return err.Error()
	}
	return fmt.Sprintf("other error %T %v", err, err)
}

func describeToken(tok any) string {
	switch v := tok.(type) {
	case json.Delim:
		return "delim " + string(rune(v))
	case Delim:
		return "delim " + string(rune(v))
	case json.Number:
		return "number " + string(v)
	case Number:
		return "number " + string(v)
	}
	return fmt.Sprintf("%T %q", tok, fmt.Sprint(tok))
}
