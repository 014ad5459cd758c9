// go-app v10.1.11 pkg/app/crypto.go (MIT, see LICENSE.go-app) for the browser
// build (cmd/wasm-modules): without AES-GCM. go-app encrypts only what is
// stored or persisted with Context.Encrypt or the Encrypt state option, which
// LaborLens never uses; crypto/aes, crypto/cipher and crypto/rand (with
// math/big) stay out of the wasm.

package app

import "github.com/maxence-charriere/go-app/v10/pkg/errors"

var errNoCrypto = errors.New("encryption is not in LaborLens's browser build (cmd/wasm-modules)")

func encrypt(key string, v []byte) ([]byte, error) { return nil, errNoCrypto }

func decrypt(key string, v []byte) ([]byte, error) { return nil, errNoCrypto }
