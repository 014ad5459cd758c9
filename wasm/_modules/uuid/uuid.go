// github.com/google/uuid v1.6.0 (BSD 3-Clause, see LICENSE.uuid) for
// LaborLens's browser build (cmd/wasm-modules):
// only NewString, the one function go-app calls (a device and a broadcast
// id), from the browser's crypto.getRandomValues. The upstream package brings
// crypto/md5, crypto/sha1, crypto/rand, math/big and database/sql/driver.

//go:build js && wasm

package uuid

import (
	"encoding/hex"
	"syscall/js"
)

// NewString returns a random (version 4) UUID, as upstream's does.
func NewString() string {
	buf := js.Global().Get("Uint8Array").New(16)
	js.Global().Get("crypto").Call("getRandomValues", buf)
	var b [16]byte
	js.CopyBytesToGo(b[:], buf)
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	var s [36]byte
	hex.Encode(s[0:8], b[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], b[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], b[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], b[8:10])
	s[23] = '-'
	hex.Encode(s[24:], b[10:])
	return string(s[:])
}
