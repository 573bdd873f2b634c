// Package roundtrip holds the round-trip tests of the raw quad exports:
// a store dumped as N-Quads or JSON-LD and loaded into a fresh store holds
// the same quads. It is a package of its own so that the encoder tests in
// package export do not depend on the store.
package roundtrip
