package coder

// A rough Penn Treebank -> Universal Dependencies converter, used only by
// tests to feed the coder with the validation records' <Parse> trees
// (a reference for the coder's own logic, independent of tacitus's NLP
// quality). The product never codes from <Parse>.

import (
	"strings"

	"tacitus/nlp"
)

type ptbNode struct {
	label, fn string // label without function tags; function tag ("TMP")
	word      string // leaf word
	kids      []*ptbNode
	tok       int // leaf: token index
	head      int // head token
}

func parsePTB(s string) *ptbNode {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	f := strings.Fields(s)
	pos := 0
	var rec func() *ptbNode
	rec = func() *ptbNode {
		if pos >= len(f) || f[pos] != "(" {
			return nil
		}
		pos++
		n := &ptbNode{tok: -1}
		if pos < len(f) && f[pos] != "(" && f[pos] != ")" {
			n.label = f[pos]
			pos++
		}
		for pos < len(f) && f[pos] != ")" {
			if f[pos] == "(" {
				if k := rec(); k != nil {
					n.kids = append(n.kids, k)
				}
			} else {
				n.word = f[pos]
				pos++
			}
		}
		pos++
		if i := strings.IndexByte(n.label, '-'); i > 0 && !strings.HasPrefix(n.label, "-") {
			n.fn = n.label[i+1:]
			n.label = n.label[:i]
		}
		return n
	}
	return rec()
}

var ptbUPOS = map[string]string{
	"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "WP": "PRON",
	"PRP$": "PRON", "WP$": "PRON", "DT": "DET", "PDT": "DET", "WDT": "DET", "JJ": "ADJ", "JJR": "ADJ",
	"JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "MD": "AUX", "IN": "ADP",
	"TO": "PART", "CC": "CCONJ", "CD": "NUM", "POS": "PART", "RP": "ADP", "UH": "INTJ", "FW": "X",
	"SYM": "SYM", "EX": "PRON", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
}

func isPunctTag(t string) bool {
	switch t {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "#", "$":
		return true
	}
	return false
}

type ptbConv struct {
	toks []nlp.Token
}

func (c *ptbConv) leaves(n *ptbNode) {
	if n.word != "" {
		w := n.word
		switch w {
		case "-LRB-":
			w = "("
		case "-RRB-":
			w = ")"
		}
		n.tok = len(c.toks)
		up := ptbUPOS[n.label]
		if isPunctTag(n.label) {
			up = "PUNCT"
		}
		c.toks = append(c.toks, nlp.Token{Text: w, XPOS: n.label, UPOS: up, Head: -1})
		n.head = n.tok
		return
	}
	for _, k := range n.kids {
		c.leaves(k)
	}
}

func (c *ptbConv) attach(d, h int, rel string) {
	if d == h || d < 0 {
		return
	}
	c.toks[d].Head = h + 1
	c.toks[d].Rel = rel
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" || t == "TO" }

func nounTag(t string) bool {
	switch t {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "NML", "NX", "EX", "WP", "$":
		return true
	}
	return false
}

// heads computes head tokens bottom-up and attaches dependents.
func (c *ptbConv) heads(n *ptbNode) int {
	if n.word != "" {
		return n.tok
	}
	for _, k := range n.kids {
		c.heads(k)
	}
	if len(n.kids) == 0 {
		n.head = -1
		return -1
	}
	// Coordination: split at CC.
	ccAt := -1
	for i, k := range n.kids {
		if k.label == "CC" && i > 0 && i < len(n.kids)-1 {
			ccAt = i
			break
		}
	}
	if ccAt > 0 && n.label != "PP" {
		var segs [][]*ptbNode
		var seps [][]*ptbNode
		var cur []*ptbNode
		var sep []*ptbNode
		for i, k := range n.kids {
			if (k.label == "CC" && i > 0) || (k.label == "," && i > 0 && i < len(n.kids)-1) || k.label == ":" {
				if len(cur) > 0 {
					segs = append(segs, cur)
					seps = append(seps, sep)
					cur, sep = nil, nil
				}
				sep = append(sep, k)
				continue
			}
			cur = append(cur, k)
		}
		if len(cur) > 0 {
			segs = append(segs, cur)
			seps = append(seps, sep)
		}
		if len(segs) > 1 {
			var hs []int
			for _, sg := range segs {
				sub := &ptbNode{label: n.label, kids: sg}
				hs = append(hs, c.localHead(sub))
			}
			for i := 1; i < len(hs); i++ {
				c.attach(hs[i], hs[0], "conj")
				for _, s := range seps[i] {
					if s.label == "CC" {
						c.attach(s.head, hs[i], "cc")
					} else {
						c.attach(s.head, hs[i], "punct")
					}
				}
			}
			n.head = hs[0]
			return n.head
		}
	}
	n.head = c.localHead(n)
	return n.head
}

func (c *ptbConv) localHead(n *ptbNode) int {
	kids := n.kids
	hk := -1
	switch n.label {
	case "NP", "NX", "NML", "WHNP", "QP":
		for i := len(kids) - 1; i >= 0; i-- {
			if nounTag(kids[i].label) {
				hk = i
				break
			}
		}
		if hk < 0 {
			for i, k := range kids {
				if k.label == "NP" {
					hk = i
					break
				}
			}
		}
	case "VP":
		v := -1
		for i, k := range kids {
			if isVerbTag(k.label) {
				v = i
				break
			}
		}
		vp := -1
		for i, k := range kids {
			if k.label == "VP" && i > v {
				vp = i
				break
			}
		}
		if v >= 0 && vp >= 0 {
			hk = vp
		} else if v >= 0 {
			hk = v
		} else if vp >= 0 {
			hk = vp
		} else {
			for i, k := range kids {
				if k.label == "S" || k.label == "VP" {
					hk = i
					break
				}
			}
		}
	case "S", "SQ", "SINV", "ROOT":
		for i, k := range kids {
			if k.label == "VP" {
				hk = i
				break
			}
		}
		if hk < 0 {
			for i, k := range kids {
				if k.label == "S" || k.label == "NP" || k.label == "FRAG" {
					hk = i
					break
				}
			}
		}
	case "SBAR":
		for i, k := range kids {
			if k.label == "S" || k.label == "SQ" || k.label == "SINV" {
				hk = i
				break
			}
		}
	case "PP":
		for i, k := range kids {
			if i > 0 && (k.label == "NP" || k.label == "S" || k.label == "SBAR" || k.label == "ADJP" || k.label == "ADVP") {
				hk = i
				break
			}
		}
	case "ADJP":
		for i := len(kids) - 1; i >= 0; i-- {
			if strings.HasPrefix(kids[i].label, "JJ") || kids[i].label == "VBN" {
				hk = i
				break
			}
		}
	case "ADVP":
		for i := len(kids) - 1; i >= 0; i-- {
			if strings.HasPrefix(kids[i].label, "RB") {
				hk = i
				break
			}
		}
	}
	if hk < 0 {
		for i, k := range kids {
			if !isPunctTag(k.label) && k.head >= 0 {
				hk = i
				break
			}
		}
		if hk < 0 {
			hk = 0
		}
	}
	h := kids[hk].head
	// Dependents.
	objs := 0
	for i, k := range kids {
		if i == hk || k.head < 0 {
			continue
		}
		d := k.head
		if c.toks[d].Head >= 0 && c.toks[d].Rel == "conj" {
			continue
		}
		c.attach(d, h, c.rel(n, kids[hk], k, i < hk, &objs))
	}
	return h
}

func (c *ptbConv) rel(parent, head, k *ptbNode, before bool, objs *int) string {
	if isPunctTag(k.label) {
		return "punct"
	}
	switch parent.label {
	case "NP", "NX", "NML", "WHNP", "QP":
		switch {
		case k.label == "DT" || k.label == "PDT" || k.label == "WDT":
			return "det"
		case k.label == "PRP$" || k.label == "WP$":
			return "nmod:poss"
		case k.label == "POS":
			return "case"
		case strings.HasPrefix(k.label, "JJ") || k.label == "ADJP" || k.label == "VBN" || k.label == "VBG":
			return "amod"
		case nounTag(k.label) || k.label == "NML":
			if k.label == "CD" {
				return "nummod"
			}
			return "compound"
		case k.label == "NP":
			if len(k.kids) > 0 && k.kids[len(k.kids)-1].label == "POS" {
				return "nmod:poss"
			}
			if before {
				return "compound"
			}
			return "appos"
		case k.label == "PP":
			return "nmod"
		case k.label == "SBAR":
			return "acl:relcl"
		case k.label == "VP" || k.label == "S":
			return "acl"
		case k.label == "CC":
			return "cc"
		case strings.HasPrefix(k.label, "RB") || k.label == "ADVP":
			return "advmod"
		}
		return "dep"
	case "VP":
		switch {
		case k.label == "MD":
			return "aux"
		case k.label == "TO":
			return "mark"
		case isVerbTag(k.label) && !before:
			return "dep"
		case isVerbTag(k.label):
			if head.label == "VP" && strings.HasPrefix(c.toks[head.head].XPOS, "VBN") {
				switch strings.ToLower(k.word) {
				case "was", "is", "were", "are", "been", "be", "being":
					return "aux:pass"
				}
			}
			return "aux"
		case k.label == "NP" && k.fn == "TMP":
			return "obl:tmod"
		case k.label == "NP":
			*objs++
			return "obj"
		case k.label == "PP":
			return "obl"
		case k.label == "S":
			return "xcomp"
		case k.label == "SBAR":
			return "ccomp"
		case k.label == "PRT" || k.label == "RP":
			return "compound:prt"
		case k.label == "ADVP" || strings.HasPrefix(k.label, "RB"):
			return "advmod"
		case k.label == "ADJP":
			return "xcomp"
		case k.label == "VP":
			return "conj"
		}
		return "dep"
	case "S", "SQ", "SINV", "ROOT":
		switch {
		case k.label == "NP" && k.fn == "TMP":
			return "obl:tmod"
		case k.label == "NP" && before:
			return "nsubj"
		case k.label == "PP":
			return "obl"
		case k.label == "ADVP" || strings.HasPrefix(k.label, "RB"):
			return "advmod"
		case k.label == "SBAR":
			return "advcl"
		case k.label == "S":
			return "parataxis"
		case k.label == "CC":
			return "cc"
		case k.label == "NP":
			return "nsubj"
		}
		return "dep"
	case "SBAR":
		return "mark"
	case "PP":
		if k.label == "IN" || k.label == "TO" {
			return "case"
		}
		return "dep"
	case "ADJP", "ADVP":
		return "advmod"
	}
	return "dep"
}

// sentenceFromPTB converts a <Parse> tree into an nlp.Sentence whose
// token offsets point into text where the words can be found.
func sentenceFromPTB(parse, text string) (nlp.Sentence, bool) {
	root := parsePTB(parse)
	if root == nil {
		return nlp.Sentence{}, false
	}
	c := &ptbConv{}
	c.leaves(root)
	if len(c.toks) == 0 {
		return nlp.Sentence{}, false
	}
	c.heads(root)
	for i := range c.toks {
		if c.toks[i].Head < 0 {
			c.toks[i].Head = 0
			c.toks[i].Rel = "root"
		}
		if c.toks[i].Rel == "aux" || c.toks[i].Rel == "aux:pass" {
			c.toks[i].UPOS = "AUX"
		}
	}
	// Offsets.
	pos := 0
	for i := range c.toks {
		w := c.toks[i].Text
		switch w {
		case "``", "''":
			w = "\""
		}
		j := strings.Index(text[pos:], w)
		if j < 0 || j > 40 {
			c.toks[i].Start, c.toks[i].End = pos, pos
			continue
		}
		c.toks[i].Start, c.toks[i].End = pos+j, pos+j+len(w)
		c.toks[i].Text = text[pos+j : pos+j+len(w)]
		pos += j + len(w)
	}
	for i := range c.toks {
		c.toks[i].SpaceAfter = i+1 >= len(c.toks) || c.toks[i].End != c.toks[i+1].Start
	}
	return nlp.Sentence{Start: 0, End: len(text), Tokens: c.toks}, true
}
