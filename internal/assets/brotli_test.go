package assets

import (
	"bytes"
	"io"
	"testing"

	"github.com/andybalholm/brotli"
)

// windowBits reads the window size from a brotli stream's header (RFC
// 7932, section 9.1): a 1 bit, then 3 bits n, for a window of 2^(17+n).
func windowBits(br []byte) int {
	b := br[0]
	if b&1 == 0 {
		return 16
	}
	if n := (b >> 1) & 7; n != 0 {
		return 17 + int(n)
	}
	return -1 // 10 to 15 or large-window: not written by Brotli
}

// A body over the default 4 MB window gets the largest window browsers
// decode (24 bits, 16 MB), a smaller one the default, and both decode.
func TestBrotliWindow(t *testing.T) {
	for _, tc := range []struct {
		size, bits int
	}{{64 << 10, 22}, {5 << 20, 24}} {
		body := bytes.Repeat([]byte("LaborLens strike rally walkout "), tc.size/31+1)[:tc.size]
		br := Brotli(body, 5)
		if got := windowBits(br); got != tc.bits {
			t.Errorf("Brotli of %d bytes: window of %d bits, want %d", tc.size, got, tc.bits)
		}
		got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
		if err != nil {
			t.Fatalf("decoding %d bytes: %v", tc.size, err)
		}
		if !bytes.Equal(got, body) {
			t.Fatalf("decoded %d bytes, not the %d compressed", len(got), len(body))
		}
	}
}
