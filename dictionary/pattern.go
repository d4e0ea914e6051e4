package dictionary

import (
	"fmt"
	"strings"
)

// TokenKind is the kind of a pattern token.
type TokenKind uint8

// Pattern token kinds (spec 2.5; the markers also survive in a few
// dialect-B patterns, 2.6).
const (
	TokWord     TokenKind = iota // a literal word
	TokSynset                    // "&NAME": any member of the set
	TokSource                    // "$": the source actor is here
	TokTarget                    // "+": the target actor is here
	TokSkip                      // "^": skip one actor noun phrase
	TokCompound                  // "%": a compound actor is here
)

// String returns the token kind's spelling in a pattern.
func (k TokenKind) String() string {
	switch k {
	case TokWord:
		return "word"
	case TokSynset:
		return "&synset"
	case TokSource:
		return "$"
	case TokTarget:
		return "+"
	case TokSkip:
		return "^"
	case TokCompound:
		return "%"
	}
	return fmt.Sprintf("TokenKind(%d)", uint8(k))
}

// Token is one element of a pattern.
type Token struct {
	Kind TokenKind // what the token stands for
	// Text is the upper-case word (TokWord), the synset label as
	// written with '&' (TokSynset), or the marker character.
	Text string
	// Synset is the referenced set once the dictionary is linked
	// (VerbDict.AddLayer); nil for an undefined set, which never matches.
	Synset *Synset
	// Adjacent (dialect A only) is true when the token was joined by '_'
	// to its neighbour towards the verb (for Upper tokens the token to
	// its right, for Lower tokens the token to its left; for the first
	// token, the verb itself): no sentence word may come between them.
	// False means other words may intervene.
	Adjacent bool
}

// ConstituentKind is the kind of a dialect-B pattern element.
type ConstituentKind uint8

// Dialect-B element kinds.
const (
	// NounPhrase: a bare word (a noun-phrase head) or "{W1 W2 HEAD}".
	NounPhrase ConstituentKind = iota
	// PrepPhrase: "(PREP)" or "(PREP OBJECT)".
	PrepPhrase
	// Marker: a legacy TABARI token ($ + ^ %) outside braces; Head holds
	// it. P2 treats $ + % as literal words and ^ as "skip a noun phrase".
	Marker
)

// Constituent is one element of a dialect-B (syntactic) pattern.
type Constituent struct {
	Kind ConstituentKind // noun phrase, prepositional phrase or marker
	// Head is the noun-phrase head (its last word), the preposition of a
	// PrepPhrase, or the marker token.
	Head Token
	// Mods are the other words of a "{...}" noun phrase, which must occur
	// in the same phrase in any order.
	Mods []Token
	// Object is the object of a PrepPhrase (a NounPhrase or a Marker),
	// nil for "(PREP)".
	Object *Constituent
}

// Pattern is one "-" line of a verb block.
type Pattern struct {
	// Block is the pattern's block.
	Block *VerbBlock
	// Dialect is the file's dialect; it decides which fields are set.
	Dialect Dialect
	// Code is the pattern's code; "---" means null (spec 2.4).
	Code Code
	// Text is the pattern as written between '-' and the code.
	Text string
	// Comment is the text after '#' (in CAMEO.2.0, the verb the pattern
	// came from).
	Comment string
	Pos     Position // the pattern line

	// Dialect A (Linear). Upper holds the tokens before '*' ordered from
	// the verb leftwards (Upper[0] is the nearest); Lower the tokens after
	// '*' from the verb rightwards. Patterns are tried in file order.
	Upper, Lower []Token

	// Dialect B (Syntactic). Pre are the elements before '*' (matched
	// against the subject side), Post those after it (the verb phrase),
	// both in written order. The most specific matching pattern wins.
	Pre, Post []Constituent

	warnings []string // tolerated oddities found while parsing
}

// parsePattern reads "- TOKENS [CODE]" in the given dialect.
func parsePattern(ln srcLine, dialect Dialect) (*Pattern, *Error) {
	p, err := parsePatternText(ln, dialect)
	if p != nil {
		p.warnings = p.warnings[:len(p.warnings):len(p.warnings)]
	}
	return p, err
}

func parsePatternText(ln srcLine, dialect Dialect) (*Pattern, *Error) {
	bad := func(kind error, format string, args ...any) (*Pattern, *Error) {
		return nil, &Error{Pos: ln.pos, Msg: fmt.Sprintf(format, args...), Err: kind}
	}
	t := strings.TrimSpace(ln.trimmed()[1:])
	before, inner, after, found, ok := cutBracket(t)
	if !ok {
		return bad(ErrCode, "unbalanced '[' or ']' in pattern")
	}
	if !found {
		return bad(ErrCode, "pattern without [CODE]")
	}
	if strings.TrimSpace(after) != "" {
		return bad(ErrSyntax, "unexpected text %q after pattern code", strings.TrimSpace(after))
	}
	code, err := parseVerbCode(inner)
	if err != nil {
		return bad(ErrCode, "%v", err)
	}
	p := &Pattern{Dialect: dialect, Code: code, Text: strings.TrimSpace(before), Comment: ln.comment, Pos: ln.pos}
	switch n := strings.Count(p.Text, "*"); {
	case n == 0:
		return bad(ErrSyntax, "pattern without '*' (the verb)")
	case n > 1:
		return bad(ErrSyntax, "pattern with %d '*' (want one)", n)
	}
	if dialect == Syntactic {
		err = parseSyntactic(p)
	} else {
		err = parseLinear(p)
	}
	if err != nil {
		return bad(ErrSyntax, "%v", err)
	}
	return p, nil
}

func markerKind(s string) (TokenKind, bool) {
	switch s {
	case "$":
		return TokSource, true
	case "+":
		return TokTarget, true
	case "^":
		return TokSkip, true
	case "%":
		return TokCompound, true
	}
	return 0, false
}

func wordToken(s string) (Token, error) {
	if k, ok := markerKind(s); ok {
		return Token{Kind: k, Text: s}, nil
	}
	if strings.HasPrefix(s, "&") {
		if synsetKey(s) == "" {
			return Token{}, fmt.Errorf("empty synset reference")
		}
		return Token{Kind: TokSynset, Text: Fold(strings.TrimRight(s, "_"))}, nil
	}
	if strings.ContainsAny(s, "{}()[]*") {
		return Token{}, fmt.Errorf("bad pattern word %q", s)
	}
	return Token{Kind: TokWord, Text: Fold(s)}, nil
}

// parseLinear splits a dialect-A pattern on white space (gap) and '_'
// (adjacent); '*' may be glued to its neighbours with '_'.
func parseLinear(p *Pattern) error {
	type raw struct {
		s   string
		adj bool // joined to the previous token by '_' or nothing
	}
	var toks []raw
	s := p.Text
	sawSpace := false
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, raw{s: s[start:end], adj: len(toks) > 0 && !sawSpace})
			start, sawSpace = -1, false
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\v', '\f':
			flush(i)
			sawSpace = true
		case '_':
			flush(i)
		case '*':
			flush(i)
			start = i
			flush(i + 1)
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	star := -1
	for i, r := range toks {
		if r.s == "*" {
			star = i
		}
	}
	for i := star - 1; i >= 0; i-- {
		tk, err := wordToken(toks[i].s)
		if err != nil {
			return err
		}
		tk.Adjacent = toks[i+1].adj
		p.Upper = append(p.Upper, tk)
	}
	for i := star + 1; i < len(toks); i++ {
		tk, err := wordToken(toks[i].s)
		if err != nil {
			return err
		}
		tk.Adjacent = toks[i].adj
		p.Lower = append(p.Lower, tk)
	}
	return nil
}

// syntacticSpacer sets the brackets and the verb's '*' of a dialect-B
// pattern apart as words of their own. (A Replacer is built on first
// use, which costs more than most patterns' reading: it is built once.)
var syntacticSpacer = strings.NewReplacer("{", " { ", "}", " } ", "(", " ( ", ")", " ) ", "*", " * ")

// parseSyntactic reads a dialect-B pattern. '_' inside a bare word makes
// a noun phrase ("AIR_STRIKE" = "{AIR STRIKE}"); synset labels keep
// their '_'.
func parseSyntactic(p *Pattern) error {
	s := syntacticSpacer.Replace(p.Text)
	toks := strings.Fields(s)
	var cur *[]Constituent = &p.Pre
	for i := 0; i < len(toks); i++ {
		switch tk := toks[i]; tk {
		case "*":
			cur = &p.Post
		case "{":
			words, n, err := collect(toks[i+1:], "}")
			if err != nil {
				return err
			}
			i += n
			np, err := nounPhrase(words)
			if err != nil {
				return err
			}
			*cur = append(*cur, np)
		case "(":
			inner, n, err := collect(toks[i+1:], ")")
			if err != nil {
				return err
			}
			i += n
			pp, err := prepPhrase(inner)
			if err != nil {
				return err
			}
			*cur = append(*cur, pp)
		case "}", ")":
			// CAMEO.2.0 has two patterns with a stray repeated tail
			// ("(WITH VISIT) VISIT)"); the closer is dropped.
			p.warnings = append(p.warnings, fmt.Sprintf("unbalanced %q ignored", tk))
		default:
			np, err := nounPhrase([]string{tk})
			if err != nil {
				return err
			}
			*cur = append(*cur, np)
		}
	}
	return nil
}

// collect returns the tokens up to the closing delimiter and how many
// tokens were consumed including it. "{" may appear inside "(...)".
func collect(toks []string, closer string) ([]string, int, error) {
	depth := 0
	for i, t := range toks {
		switch t {
		case "{":
			if closer == "}" || depth > 0 {
				return nil, 0, fmt.Errorf("nested '{'")
			}
			depth++
		case "}":
			if closer == "}" {
				return toks[:i], i + 1, nil
			}
			if depth == 0 {
				return nil, 0, fmt.Errorf("unbalanced \"}\"")
			}
			depth--
		case "(":
			return nil, 0, fmt.Errorf("nested '('")
		case ")":
			if closer == "}" || depth > 0 {
				return nil, 0, fmt.Errorf("unbalanced \")\"")
			}
			return toks[:i], i + 1, nil
		case "*":
			return nil, 0, fmt.Errorf("'*' inside %q", map[string]string{"}": "{...}", ")": "(...)"}[closer])
		}
	}
	return nil, 0, fmt.Errorf("missing %q", closer)
}

// nounPhrase builds a NounPhrase (or a Marker) from words; '_' in a
// non-synset word splits it.
func nounPhrase(words []string) (Constituent, error) {
	var toks []Token
	for _, w := range words {
		if w == "{" || w == "}" {
			continue
		}
		parts := []string{w}
		if !strings.HasPrefix(w, "&") {
			parts = strings.FieldsFunc(w, func(r rune) bool { return r == '_' })
		}
		for _, part := range parts {
			tk, err := wordToken(part)
			if err != nil {
				return Constituent{}, err
			}
			toks = append(toks, tk)
		}
	}
	if len(toks) == 0 {
		return Constituent{}, fmt.Errorf("empty noun phrase")
	}
	if len(toks) == 1 && toks[0].Kind != TokWord && toks[0].Kind != TokSynset {
		return Constituent{Kind: Marker, Head: toks[0]}, nil
	}
	last := len(toks) - 1
	return Constituent{Kind: NounPhrase, Head: toks[last], Mods: toks[:last:last]}, nil
}

func prepPhrase(inner []string) (Constituent, error) {
	if len(inner) == 0 {
		return Constituent{}, fmt.Errorf("empty prepositional phrase \"()\"")
	}
	prep, err := wordToken(inner[0])
	if err != nil {
		return Constituent{}, err
	}
	if prep.Kind != TokWord && prep.Kind != TokSynset {
		return Constituent{}, fmt.Errorf("prepositional phrase must start with a preposition, not %q", inner[0])
	}
	c := Constituent{Kind: PrepPhrase, Head: prep}
	if len(inner) > 1 {
		obj, err := nounPhrase(inner[1:])
		if err != nil {
			return Constituent{}, err
		}
		c.Object = &obj
	}
	return c, nil
}
