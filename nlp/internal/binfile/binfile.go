// Package binfile reads and writes the records of tacitus's model files:
// unsigned varints, length-prefixed strings and lists of strings, inside a
// stream the caller compresses. Reading bounds every count, so that a
// corrupt or hostile file cannot make a loader allocate without limit.
package binfile

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// Writer writes records; the first error sticks and is returned by Flush.
type Writer struct {
	W   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

// NewWriter returns a Writer buffering into w.
func NewWriter(w io.Writer) *Writer { return &Writer{W: bufio.NewWriter(w)} }

func (e *Writer) keep(err error) {
	if err != nil && e.err == nil {
		e.err = err
	}
}

// Uint writes v as an unsigned varint.
func (e *Writer) Uint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	_, err := e.W.Write(e.buf[:n])
	e.keep(err)
}

// String writes s with its length first.
func (e *Writer) String(s string) {
	e.Uint(uint64(len(s)))
	_, err := e.W.WriteString(s)
	e.keep(err)
}

// Strings writes the number of strings, then each.
func (e *Writer) Strings(ss []string) {
	e.Uint(uint64(len(ss)))
	for _, s := range ss {
		e.String(s)
	}
}

// Raw writes s as it is (a magic header, say).
func (e *Writer) Raw(s string) {
	_, err := e.W.WriteString(s)
	e.keep(err)
}

// Byte writes one byte.
func (e *Writer) Byte(b byte) { e.keep(e.W.WriteByte(b)) }

// Flush flushes the buffer and returns the first error of any write.
func (e *Writer) Flush() error {
	e.keep(e.W.Flush())
	return e.err
}

// Reader reads records; Max bounds every count and string length.
type Reader struct {
	R   *bufio.Reader
	Max int
}

// NewReader returns a Reader of r whose counts may not exceed max.
func NewReader(r io.Reader, max int) *Reader { return &Reader{R: bufio.NewReader(r), Max: max} }

// Uint reads an unsigned varint.
func (d *Reader) Uint() (uint64, error) { return binary.ReadUvarint(d.R) }

// Count reads a varint that counts something, at most d.Max.
func (d *Reader) Count() (int, error) {
	n, err := d.Uint()
	if err != nil {
		return 0, err
	}
	if n > uint64(d.Max) {
		return 0, fmt.Errorf("count %d too large", n)
	}
	return int(n), nil
}

// String reads a length-prefixed string.
func (d *Reader) String() (string, error) {
	n, err := d.Count()
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.R, b); err != nil {
		return "", err
	}
	return string(b), nil
}

// Strings reads a counted list of strings.
func (d *Reader) Strings() ([]string, error) {
	n, err := d.Count()
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, min(n, 1024))
	for range n {
		s, err := d.String()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Magic reads a header of the length of the first of want and returns it
// if it is one of want.
func (d *Reader) Magic(want ...string) (string, error) {
	if len(want) == 0 {
		return "", fmt.Errorf("binfile: no magic to check")
	}
	head := make([]byte, len(want[0]))
	if _, err := io.ReadFull(d.R, head); err != nil {
		return "", err
	}
	for _, w := range want {
		if string(head) == w {
			return w, nil
		}
	}
	return "", fmt.Errorf("unknown header %q", head)
}
