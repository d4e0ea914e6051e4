// Package asciicase changes the case of eight ASCII bytes at once, packed
// little-endian in a uint64 (SWAR). The word lookups of packages
// dictionary, nlp and extract fold every word they read; nearly every
// news word is ASCII, and a byte at a time is the slow way.
//
// Upper and Lower take words whose bytes are all below 0x80 (test
// w&HighBits == 0 first): no byte's sum then carries into the next.
package asciicase

const (
	// LowBits has the low bit of every byte set.
	LowBits = 0x0101010101010101
	// HighBits has the high bit of every byte set; a word has a
	// non-ASCII byte when w&HighBits != 0.
	HighBits = 0x8080808080808080
)

// Upper upper-cases the lower-case letters among the eight ASCII bytes
// of w: a byte is a lower-case letter when adding 0x80-'a' sets its high
// bit and adding 0x80-'z'-1 does not.
func Upper(w uint64) uint64 {
	geA := w + (0x80-'a')*LowBits
	gtZ := w + (0x80-'z'-1)*LowBits
	return w - (geA&^gtZ&HighBits)>>2 // 0x80>>2 is 'a'-'A'
}

// Lower lower-cases the upper-case letters among the eight ASCII bytes
// of w, as Upper does the reverse.
func Lower(w uint64) uint64 {
	geA := w + (0x80-'A')*LowBits
	gtZ := w + (0x80-'Z'-1)*LowBits
	return w + (geA&^gtZ&HighBits)>>2
}
