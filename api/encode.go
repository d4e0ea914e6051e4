package api

import (
	"encoding/json"
	"math"
	"strconv"
)

// MarshalJSON encodes the network as encoding/json would, but writes the
// edges, which run into thousands for a month of news, without
// reflection: the network is the API's largest frequent response.
func (n Network) MarshalJSON() ([]byte, error) {
	nodes := n.Nodes
	if nodes == nil {
		nodes = []ActorCount{}
	}
	nb, err := json.Marshal(nodes)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(nb)+32+len(n.Edges)*96)
	b = append(b, `{"nodes":`...)
	b = append(b, nb...)
	b = append(b, `,"edges":`...)
	if n.Edges == nil {
		return append(b, "null}"...), nil
	}
	b = append(b, '[')
	for i := range n.Edges {
		e := &n.Edges[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"source":`...)
		b = appendJSONString(b, e.Source)
		b = append(b, `,"target":`...)
		b = appendJSONString(b, e.Target)
		b = append(b, `,"cooperation":`...)
		b = strconv.AppendInt(b, e.Cooperation, 10)
		b = append(b, `,"conflict":`...)
		b = strconv.AppendInt(b, e.Conflict, 10)
		b = append(b, `,"goldstein":`...)
		if b, err = appendJSONFloat(b, e.Goldstein); err != nil {
			return nil, err
		}
		b = append(b, '}')
	}
	return append(b, "]}"...), nil
}

// appendJSONString appends s as a JSON string, byte for byte as
// encoding/json writes it: plain ASCII directly, anything else through
// encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always encodes
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONFloat appends f as encoding/json writes a float64.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	// Goldstein scores and their sums are tenths: such a value, exactly
	// k/10 for an integer k and far from float64's precision limit, is
	// written from k directly; the result is the shortest decimal that
	// reads back as f, what strconv would find more slowly.
	if f != 0 && math.Abs(f) < 1e12 {
		if k := math.Round(f * 10); k/10 == f {
			n := int64(k)
			if n < 0 {
				b = append(b, '-')
				n = -n
			}
			b = strconv.AppendInt(b, n/10, 10)
			if d := n % 10; d != 0 {
				b = append(b, '.', byte('0'+d))
			}
			return b, nil
		}
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}
