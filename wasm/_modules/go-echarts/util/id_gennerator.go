package util

// LaborLens's copy for the browser build: the same ids from math/rand/v2,
// whose functions draw on the runtime's own generator, instead of
// math/rand, whose seeded source and its tables cost the wasm ~12 kB raw
// (Seed is deprecated since Go 1.20: the global source is random anyway).

import "math/rand/v2"

const (
	chartIDSize = 12
)

// GenerateUniqueID generate the unique ID for each chart.
func GenerateUniqueID() string {
	var b [chartIDSize]byte
	for i := range b {
		b[i] = randByte()
	}
	return string(b[:])
}

func randByte() byte {
	c := 65 // A
	if rand.IntN(10) > 5 {
		c = 97 // a
	}
	return byte(c + rand.IntN(26))
}
