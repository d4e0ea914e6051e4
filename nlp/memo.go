package nlp

import (
	"encoding/binary"
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
	mu  sync.Mutex
	max int
	// seen maps a sentence's key to its tokens' annotations in anns.
	seen map[string]annSpan
	anns []annotation
	// names holds each distinct tag, lemma and relation once, a copy
	// (a lemma may be a slice of the document); names[0] stands for
	// the token's own text.
	names []string
	ids   map[string]uint32
	// recent remembers the ids of the strings named last, by the
	// address of their bytes (see id).
	recent [256]recentName
}

// annSpan is where the annotations of a sentence lie in Memo.anns.
type annSpan struct{ start, end uint32 }

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

// NewMemo returns a Memo of at most max sentences.
func NewMemo(max int) *Memo {
	m := &Memo{max: max}
	m.reset()
	return m
}

func (m *Memo) reset() {
	m.seen = make(map[string]annSpan)
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
		for _, f := range [...]string{t.Text, t.UPOS, t.XPOS, t.Lemma, t.Rel} {
			buf = binary.AppendUvarint(buf, uint64(len(f)))
			buf = append(buf, f...)
		}
	}
	return buf
}

// recall sets the annotation remembered for key on the tokens of s and
// reports whether there was one.
func (m *Memo) recall(key []byte, s *Sentence) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	sp, ok := m.seen[string(key)]
	if !ok {
		return false
	}
	a := m.anns[sp.start:sp.end]
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Head = int(a[i].head)
		for j, f := range [...]*string{&t.UPOS, &t.XPOS, &t.Lemma, &t.Rel} {
			if id := a[i].name[j]; id != 0 {
				*f = m.names[id]
			} else {
				*f = t.Text
			}
		}
	}
	return true
}

// remember keeps the annotation of s under key.
func (m *Memo) remember(key []byte, s *Sentence) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.seen) >= m.max {
		m.reset()
	}
	start := len(m.anns)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		a := annotation{head: int32(t.Head)}
		for j, f := range [...]string{t.UPOS, t.XPOS, t.Lemma, t.Rel} {
			a.name[j] = m.id(f, t.Text)
		}
		m.anns = append(m.anns, a)
	}
	m.seen[string(key)] = annSpan{start: uint32(start), end: uint32(len(m.anns))}
}

// id returns the index of name in m.names, adding a copy of it if need
// be; 0 when name is the token's text. Tags and relations are the
// models' own strings, named again and again, so a string at the address
// of a recent one is found by that address without hashing its bytes.
func (m *Memo) id(name, text string) uint32 {
	if name == text {
		return 0
	}
	p := unsafe.StringData(name)
	r := &m.recent[uintptr(unsafe.Pointer(p))/8%uintptr(len(m.recent))]
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
