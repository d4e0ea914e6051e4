package nlp

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"strings"
	"sync"
	"unsafe"
)

// Memo remembers the annotations Pipeline.Annotate gave to sentences, so
// that a sentence seen again is not tagged, lemmatized, parsed and
// repaired a second time (news archives repeat boilerplate sentences
// word for word: one parsed Reuters sentence in twenty repeats an
// earlier one). Annotate is a function of the tokens alone (their texts,
// their offsets relative to the sentence's first token, SpaceAfter, MWT
// and whatever fields a caller set before), so a remembered annotation is
// the one Annotate would compute. A Memo holds at most a fixed number of
// sentences, forgetting all of them when full, and keeps no reference
// into the texts the sentences came from. It is safe for concurrent use.
type Memo struct {
	mu   sync.Mutex
	max  int
	seed maphash.Seed
	// seen maps the hash of a sentence's key to where the key lies in
	// keys and its tokens' annotations in anns. The key is compared on
	// recall, so that two sentences whose keys hash alike are told
	// apart (the later one replaces the earlier). Nothing here holds a
	// pointer, so the garbage collector need not look into it, and a
	// sentence remembered costs no allocation of its own.
	seen map[uint64]annSpan
	keys []byte
	anns []annotation
	// names holds each distinct tag, lemma and relation once, a copy
	// (a lemma may be a slice of the document); names[0] stands for
	// the token's own text.
	names []string
	ids   map[string]uint32
	// recent remembers the ids of the strings named last, by the
	// address of their bytes (see id).
	recent [1024]recentName
}

// annSpan is where the key of a sentence lies in Memo.keys and its
// annotations in Memo.anns.
type annSpan struct{ keyStart, keyEnd, start, end uint32 }

// recentName is a string named to Memo.id and its id. It keeps the
// string alive, so that no other string can have its address meanwhile.
type recentName struct {
	name string
	id   uint32
}

// annotation is what Annotate sets on one token: its head, and its UPOS,
// XPOS, Lemma and Rel as indexes in Memo.names. It holds no pointer, so
// the garbage collector need not look into it.
type annotation struct {
	head int32
	name [4]uint32
}

// memoTokens and memoKeyBytes are the room a Memo makes for the tokens
// and the key of each sentence it holds, a little more than a news
// sentence takes on average.
const (
	memoTokens   = 32
	memoKeyBytes = 384
)

// NewMemo returns a Memo of at most max sentences.
func NewMemo(max int) *Memo {
	// The arrays are made at their usual size at once: grown by
	// appending, they would be copied a few dozen times while the
	// Memo fills for the first time.
	m := &Memo{max: max, seed: maphash.MakeSeed(),
		keys: make([]byte, 0, max*memoKeyBytes), anns: make([]annotation, 0, max*memoTokens)}
	m.reset()
	return m
}

func (m *Memo) reset() {
	m.seen = make(map[uint64]annSpan)
	m.keys = m.keys[:0]
	m.anns = m.anns[:0]
	m.names = append(m.names[:0], "")
	m.ids = make(map[string]uint32)
	m.recent = [len(m.recent)]recentName{}
}

// memoKey appends to buf everything Annotate reads of the tokens of s and
// returns it.
func memoKey(buf []byte, s *Sentence) []byte {
	base := 0
	if len(s.Tokens) > 0 {
		base = s.Tokens[0].Start
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		flags := uint64(t.MWT) << 1
		if t.SpaceAfter {
			flags |= 1
		}
		buf = binary.AppendVarint(buf, int64(t.Start-base))
		buf = binary.AppendVarint(buf, int64(t.End-base))
		buf = binary.AppendUvarint(buf, flags)
		buf = binary.AppendVarint(buf, int64(t.Head))
		// The fields one by one: ranging over an array of the five
		// strings copied all of them into it first, at every token.
		buf = appendField(buf, t.Text)
		buf = appendField(buf, t.UPOS)
		buf = appendField(buf, t.XPOS)
		buf = appendField(buf, t.Lemma)
		buf = appendField(buf, t.Rel)
	}
	return buf
}

// appendField appends a string of a memo key, its length first.
func appendField(buf []byte, f string) []byte {
	if len(f) < 0x80 {
		buf = append(buf, byte(len(f))) // (its uvarint)
	} else {
		buf = binary.AppendUvarint(buf, uint64(len(f)))
	}
	return append(buf, f...)
}

// hash is the hash of a key in Memo.seen.
func (m *Memo) hash(key []byte) uint64 { return maphash.Bytes(m.seed, key) }

// recall sets the annotation remembered for key, whose hash is h, on the
// tokens of s and reports whether there was one.
func (m *Memo) recall(key []byte, h uint64, s *Sentence) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	sp, ok := m.seen[h]
	if !ok || !bytes.Equal(m.keys[sp.keyStart:sp.keyEnd], key) {
		return false
	}
	a := m.anns[sp.start:sp.end]
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Head = int(a[i].head)
		for j, f := range [...]*string{&t.UPOS, &t.XPOS, &t.Lemma, &t.Rel} {
			*f = m.name(a[i].name[j], t.Text)
		}
	}
	return true
}

// remember keeps the annotation of s under key, whose hash is h.
func (m *Memo) remember(key []byte, h uint64, s *Sentence) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.seen) >= m.max {
		m.reset()
	}
	keyStart := len(m.keys)
	m.keys = append(m.keys, key...)
	start := len(m.anns)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		a := annotation{head: int32(t.Head)}
		for j, f := range [...]string{t.UPOS, t.XPOS, t.Lemma, t.Rel} {
			a.name[j] = m.id(f, t.Text)
		}
		m.anns = append(m.anns, a)
	}
	m.seen[h] = annSpan{keyStart: uint32(keyStart), keyEnd: uint32(len(m.keys)), start: uint32(start), end: uint32(len(m.anns))}
}

// A name's id in an annotation: 0 stands for the token's text, ids with
// textPrefix or lowerPrefix set for the first id&^(textPrefix|lowerPrefix)
// bytes of the text, as they are or in lower case (a lemma: "talked"
// → "talk", "Talks" → "talk"), other ids for Memo.names[id].
const (
	textPrefix  = 1 << 31
	lowerPrefix = 1 << 30
)

// name is the string of id for a token of text (see textPrefix).
func (m *Memo) name(id uint32, text string) string {
	switch {
	case id == 0:
		return text
	case id&textPrefix != 0:
		return text[:id&^textPrefix]
	case id&lowerPrefix != 0:
		return strings.ToLower(text[:id&^lowerPrefix])
	}
	return m.names[id]
}

// id returns the id of name for a token of text (see textPrefix), adding
// a copy of name to m.names if need be. Most lemmas are the text or
// begin it; tags and relations are the models' own strings, named again
// and again, so a string at the address of a recent one is found by that
// address without hashing its bytes. The slot of an address is its byte
// address modulo the table's size, not its word address: short names
// can lie a few bytes apart ("NN", "NNS", "NNP" decoded from one model), and
// taken by eight-byte words they shared slots and pushed one another out
// (a third of the names went to the map).
func (m *Memo) id(name, text string) uint32 {
	if name == text {
		return 0
	}
	if len(name) < len(text) && text[:len(name)] == name {
		return textPrefix | uint32(len(name))
	}
	if len(name) <= len(text) && asciiLowered(text[:len(name)], name) {
		return lowerPrefix | uint32(len(name))
	}
	p := unsafe.StringData(name)
	r := &m.recent[uintptr(unsafe.Pointer(p))%uintptr(len(m.recent))]
	if unsafe.StringData(r.name) == p && len(r.name) == len(name) && p != nil {
		return r.id
	}
	id, ok := m.ids[name]
	if !ok {
		id = uint32(len(m.names))
		c := strings.Clone(name)
		m.names = append(m.names, c)
		m.ids[c] = id
	}
	*r = recentName{name: name, id: id}
	return id
}

// asciiLowered reports whether s is ASCII and lower is s in lower case,
// which is then what strings.ToLower(s) returns.
func asciiLowered(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
