package dictionary

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// Dialect is the pattern language of a verb dictionary (spec 2.5, 2.6).
type Dialect uint8

// Pattern dialects.
const (
	// DialectAuto lets ParseVerbs decide: Syntactic when the file has the
	// "VERB PATTERNS" marker line or a pattern uses '{' or '(',
	// otherwise Linear.
	DialectAuto Dialect = iota
	// Linear is the TABARI/P1 dialect of PETR.Validate.verbs.txt.
	Linear
	// Syntactic is the P2 dialect of CAMEO.2.0.txt.
	Syntactic
)

// String names the dialect.
func (d Dialect) String() string {
	switch d {
	case Linear:
		return "linear"
	case Syntactic:
		return "syntactic"
	}
	return "auto"
}

// Code is an event code as written on a block header, verb or pattern
// (spec 2.4). Codes are opaque strings ("064", "174K", "abc") and must be
// emitted verbatim.
type Code struct {
	// Raw is the bracket content without white space: "032:033",
	// ":110", "---". It is "" when no code was written.
	Raw string
	// Active is the left half (source -> target): "032" for "032:033",
	// the whole code for an unpaired one, "" for a passive-only ":110".
	Active string
	// Passive is the right half of a paired code (target -> source, or
	// P2's passive reading), "" if the code is not paired.
	Passive string
}

// Null reports whether the code yields no event: "---", or no code.
func (c Code) Null() bool { return c.Raw == "" || c.Raw == "---" }

// Paired reports whether the code is "X:Y".
func (c Code) Paired() bool { return c.Active != "" && c.Passive != "" }

// PassiveOnly reports whether the code is P2's ":Y" (the verb is always
// read as passive).
func (c Code) PassiveOnly() bool { return c.Active == "" && c.Passive != "" }

// String returns Raw.
func (c Code) String() string { return c.Raw }

func parseVerbCode(inner string) (Code, error) {
	raw := removeSpace(inner)
	if raw == "" {
		return Code{}, fmt.Errorf("%w: empty code []", ErrCode)
	}
	if strings.ContainsAny(raw, "{}()*") {
		return Code{}, fmt.Errorf("%w: bad character in code [%s]", ErrCode, inner)
	}
	a, p, paired := strings.Cut(raw, ":")
	if !paired {
		return Code{Raw: raw, Active: raw}, nil
	}
	if p == "" || strings.Contains(p, ":") {
		return Code{}, fmt.Errorf("%w: bad paired code [%s]", ErrCode, inner)
	}
	return Code{Raw: raw, Active: a, Passive: p}, nil
}

// FormKind tells how a verb form was obtained.
type FormKind uint8

// Verb form kinds.
const (
	FormBase   FormKind = iota // the verb as written
	FormListed                 // listed in {...} on the verb line
	FormThird                  // generated third person (S; P2 also ES/IES)
	FormPast                   // generated past (D/ED)
	FormGerund                 // generated gerund (ING)
)

// VerbForm is one concrete form of a dictionary verb: a single word
// ("BROKE") or a multi-word form ("BROKE DOWN", "WIRE TAPPED").
type VerbForm struct {
	// Verb is the verb line the form belongs to.
	Verb *Verb
	// Words are the form's words, upper case.
	Words []string
	// Head is the index in Words of the word the parser tags as the verb
	// (the word written with '+'). The other words must be adjacent to
	// it in the sentence: those after Head follow it, those before
	// precede it.
	Head int
	Kind FormKind // how the form was obtained

	british bool // an -ise spelling of an -ize form (addBritishSpellings)
}

// Verb is one verb line of a block: "VERB [{FORMS}] [[CODE]]".
type Verb struct {
	// Block is the verb's block.
	Block *VerbBlock
	// Words and Head describe the base form as in VerbForm.
	Words []string
	Head  int // index of the verb word in Words
	// Code is the verb's own code; HasCode is false when the line has
	// none and the block default applies (see EffectiveCode).
	Code    Code
	HasCode bool // false: the block default applies
	// Forms lists every form, the base form first. Without braces the
	// regular forms are generated from the head word - the union of the
	// P1 and P2 rules (third person S, and ES after S/X/Z, IES after Y;
	// past D after E else ED; gerund ING dropping a final E, and keeping
	// it after a vowel); with braces exactly the listed forms are used.
	Forms []*VerbForm
	Pos   Position // the verb line
}

// EffectiveCode returns the verb's own code or, if it has none, its
// block's default.
func (v *Verb) EffectiveCode() Code {
	if v.HasCode {
		return v.Code
	}
	return v.Block.Code
}

// MultiWord reports whether the verb has several words.
func (v *Verb) MultiWord() bool { return len(v.Words) > 1 }

// VerbBlock is a "--- NAME [CODE] ---" block: verbs sharing patterns.
type VerbBlock struct {
	// Name is the header's name ("ASK", "LASH OUT"); P2 keys patterns by
	// it, P1 by the first verb.
	Name string
	// Code is the default code of the block's verbs ("---" or none =
	// null). Only the first bracket of the header counts.
	Code     Code
	Verbs    []*Verb    // in file order
	Patterns []*Pattern // in file order
	Pos      Position   // the header line
}

// Transformation is a P2 rewrite rule for nested events (spec 2.7):
// "~ OUTER-SRC (INNER-SRC INNER-TGT INNER-VERB) OUTER-VERB = SRC TGT CODE".
// Actor fields are variables ("a", "b"), "." (any actor) or "_" (no
// actor); verbs are verb names (resolve them with VerbDict.Lookup) or "Q"
// (any verb); the result code is a
// code or "Q" (reuse the inner verb's code).
type Transformation struct {
	OuterSource string   // actor of the outer event
	InnerSource string   // source of the embedded event
	InnerTarget string   // target of the embedded event
	InnerVerb   string   // verb of the embedded event, or "Q"
	OuterVerb   string   // verb of the outer event
	Source      string   // resulting source
	Target      string   // resulting target
	Code        string   // resulting code, or "Q"
	Text        string   // the rule as written, without '~'
	Pos         Position // the rule's line
}

// VerbFile is the parsed content of one verb dictionary file.
type VerbFile struct {
	Name    string  // file name, as used in positions
	Dialect Dialect // the dialect the patterns were parsed in
	// Synsets in file order.
	Synsets []*Synset
	// Blocks in file order.
	Blocks []*VerbBlock
	// Transformations in file order (CAMEO.2.0 has eight).
	Transformations []*Transformation
	// Warnings are tolerated oddities (nested synset members, repeated
	// synset names).
	Warnings ErrorList
}

// NumPatterns returns the number of pattern lines read.
func (f *VerbFile) NumPatterns() int {
	n := 0
	for _, b := range f.Blocks {
		n += len(b.Patterns)
	}
	return n
}

// VerbOptions configure ParseVerbsWith.
type VerbOptions struct {
	// Dialect forces the pattern dialect; DialectAuto detects it.
	Dialect Dialect
}

// ParseVerbs reads a verb dictionary with automatic dialect detection.
// Malformed lines are skipped and reported in the returned ErrorList.
func ParseVerbs(name string, r io.Reader) (*VerbFile, error) {
	return ParseVerbsWith(name, r, VerbOptions{})
}

// ParseVerbsWith is ParseVerbs with options.
func ParseVerbsWith(name string, r io.Reader, opt VerbOptions) (*VerbFile, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	f, errs := parseVerbs(name, data, opt)
	return f, errs.Err()
}

type pendingPattern struct {
	ln    srcLine
	block *VerbBlock
}

func parseVerbs(name string, data []byte, opt VerbOptions) (*VerbFile, ErrorList) {
	f := &VerbFile{Name: name, Dialect: opt.Dialect}
	var errs ErrorList
	marker := hasMarker(data, "VERB PATTERNS")
	var block *VerbBlock
	var syn *Synset
	var pats []pendingPattern
	bracePatterns := false
	seenSyn := map[string]bool{}
	seenBlock := map[string]Position{}
	for _, ln := range splitLines(name, data, true) {
		t := ln.trimmed()
		if syn != nil && t[0] != '+' {
			syn = nil
		}
		switch {
		case strings.HasPrefix(t, "---"):
			syn = nil
			b, err := parseHeader(t, ln.pos)
			if err != nil {
				errs = append(errs, err)
				block = nil
				continue
			}
			block = b
			if first, ok := seenBlock[b.Name]; ok {
				f.Warnings.Add(ln.pos, ErrDuplicate, "verb block %s defined again (first at line %d); its verbs and patterns are read as another block", b.Name, first.Line)
			} else {
				seenBlock[b.Name] = ln.pos
			}
			f.Blocks = append(f.Blocks, b)
		case t[0] == '&':
			s, err := newSynset(t, ln.pos)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if seenSyn[s.Key] {
				f.Warnings.Add(ln.pos, ErrDuplicate, "synset %s defined again; the first definition is used", s.Name)
				syn = s // swallow its members
				continue
			}
			seenSyn[s.Key] = true
			syn = s
			f.Synsets = append(f.Synsets, s)
		case t[0] == '+' && syn != nil:
			// members of a repeated synset go to the discarded copy
			syn.addMember(strings.TrimSpace(t[1:]), ln.pos, &errs, &f.Warnings)
		case t[0] == '~':
			tr, err := parseTransformation(t, ln.pos)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			f.Transformations = append(f.Transformations, tr)
		case t[0] == '-':
			if block == nil {
				errs.Add(ln.pos, ErrContext, "pattern line outside a verb block")
				continue
			}
			if strings.ContainsAny(t, "{(") {
				bracePatterns = true
			}
			pats = append(pats, pendingPattern{ln: ln, block: block})
		default:
			if block == nil {
				errs.Add(ln.pos, ErrContext, "verb line outside a verb block")
				continue
			}
			v, err := parseVerbLine(t, ln.pos)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			v.Block = block
			block.Verbs = append(block.Verbs, v)
		}
	}
	if f.Dialect == DialectAuto {
		f.Dialect = Linear
		if marker || bracePatterns {
			f.Dialect = Syntactic
		}
	}
	for _, p := range pats {
		pat, err := parsePattern(p.ln, f.Dialect)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pat.Block = p.block
		for _, w := range pat.warnings {
			f.Warnings.Add(pat.Pos, ErrSyntax, "%s", w)
		}
		pat.warnings = nil
		p.block.Patterns = append(p.block.Patterns, pat)
	}
	for _, s := range f.Synsets {
		s.index()
	}
	errs.Sort()
	f.Warnings.Sort()
	return f, errs
}

// hasMarker reports whether a '#' line of data contains the marker text.
func hasMarker(data []byte, marker string) bool {
	for len(data) > 0 {
		i := bytes.Index(data, []byte(marker))
		if i < 0 {
			return false
		}
		start := bytes.LastIndexByte(data[:i], '\n') + 1
		if bytes.HasPrefix(bytes.TrimLeft(data[start:i], " \t"), []byte("#")) {
			return true
		}
		data = data[i+len(marker):]
	}
	return false
}

// parseHeader reads "--- NAME [CODE] ---" (the closing dashes and the
// code are optional; only the first bracket counts).
func parseHeader(t string, pos Position) (*VerbBlock, *Error) {
	s := strings.TrimSpace(strings.TrimLeft(t, "-"))
	s = strings.TrimSpace(strings.TrimRight(s, "-"))
	before, inner, _, found, ok := cutBracket(s)
	if found && !ok {
		return nil, &Error{Pos: pos, Msg: "unbalanced '[' or ']' in block header", Err: ErrCode}
	}
	name := strings.Join(strings.Fields(strings.ReplaceAll(before, "_", " ")), " ")
	name = Fold(name)
	if name == "" {
		return nil, &Error{Pos: pos, Msg: "block header without a name", Err: ErrSyntax}
	}
	b := &VerbBlock{Name: name, Pos: pos}
	if found {
		c, err := parseVerbCode(inner)
		if err != nil {
			return nil, &Error{Pos: pos, Msg: "block " + name + ": " + err.Error(), Err: ErrCode}
		}
		b.Code = c
	}
	return b, nil
}

// parseVerbLine reads "VERB [{FORMS}] [[CODE]]".
func parseVerbLine(t string, pos Position) (*Verb, *Error) {
	bad := func(kind error, format string, args ...any) (*Verb, *Error) {
		return nil, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Err: kind}
	}
	v := &Verb{Pos: pos}
	before, inner, after, found, ok := cutBracket(t)
	if !ok {
		return bad(ErrCode, "unbalanced '[' or ']' in verb line")
	}
	if found {
		if strings.TrimSpace(after) != "" {
			return bad(ErrSyntax, "unexpected text %q after verb code", strings.TrimSpace(after))
		}
		c, err := parseVerbCode(inner)
		if err != nil {
			return bad(ErrCode, "%v", err)
		}
		v.Code, v.HasCode = c, true
	}
	verbText, formsText, braces := before, "", false
	if i := strings.IndexByte(before, '{'); i >= 0 {
		j := strings.IndexByte(before, '}')
		if j < i || strings.Count(before, "{") != 1 || strings.Count(before, "}") != 1 {
			return bad(ErrSyntax, "unbalanced '{' or '}' in verb forms")
		}
		if strings.TrimSpace(before[j+1:]) != "" {
			return bad(ErrSyntax, "unexpected text %q after verb forms", strings.TrimSpace(before[j+1:]))
		}
		verbText, formsText, braces = before[:i], before[i+1:j], true
	} else if strings.IndexByte(before, '}') >= 0 {
		return bad(ErrSyntax, "unbalanced '{' or '}' in verb forms")
	}
	words, head, err := splitVerbWords(verbText)
	if err != nil {
		return bad(ErrSyntax, "verb %q: %v", strings.TrimSpace(verbText), err)
	}
	v.Words, v.Head = words, head
	v.Forms = append(v.Forms, &VerbForm{Verb: v, Words: words, Head: head, Kind: FormBase})
	if braces {
		for _, ft := range strings.Fields(formsText) {
			fw, fh, err := splitFormWords(ft, len(words), head)
			if err != nil {
				return bad(ErrSyntax, "verb form %q: %v", ft, err)
			}
			v.Forms = append(v.Forms, &VerbForm{Verb: v, Words: fw, Head: fh, Kind: FormListed})
		}
		return v, nil
	}
	hw := words[head]
	seen := map[string]bool{hw: true}
	for _, g := range []struct {
		w string
		k FormKind
	}{
		{hw + "S", FormThird}, {thirdPersonP2(hw), FormThird},
		{pastForm(hw), FormPast},
		{gerundP1(hw), FormGerund}, {gerundP2(hw), FormGerund},
	} {
		if seen[g.w] {
			continue
		}
		seen[g.w] = true
		fw := append([]string(nil), words...)
		fw[head] = g.w
		v.Forms = append(v.Forms, &VerbForm{Verb: v, Words: fw, Head: head, Kind: g.k})
	}
	return v, nil
}

// splitVerbWords splits a verb on '_' and spaces; a word written with a
// leading '+' is the head. Without '+', the first word is the head.
func splitVerbWords(s string) ([]string, int, error) {
	p := parsePhrase(s)
	if len(p.Words) == 0 {
		return nil, 0, fmt.Errorf("empty verb")
	}
	head := -1
	for k, w := range p.Words {
		if strings.HasPrefix(w, "+") {
			if head >= 0 {
				return nil, 0, fmt.Errorf("more than one '+' head word")
			}
			head = k
			p.Words[k] = w[1:]
		}
		if p.Words[k] == "" || strings.ContainsAny(p.Words[k], "+*&$%^{}()[]") {
			return nil, 0, fmt.Errorf("bad verb word %q", w)
		}
	}
	if head < 0 {
		head = 0
	}
	return p.Words, head, nil
}

// splitFormWords reads a listed form; without '+', a form with as many
// words as the verb keeps the verb's head index.
func splitFormWords(s string, n, head int) ([]string, int, error) {
	words, h, err := splitVerbWords(s)
	if err != nil {
		return nil, 0, err
	}
	if !strings.Contains(s, "+") && len(words) == n {
		h = head
	}
	return words, h, nil
}

func lastByte(w string) byte {
	if w == "" {
		return 0
	}
	return w[len(w)-1]
}

func thirdPersonP2(w string) string {
	switch lastByte(w) {
	case 'S', 'X', 'Z':
		return w + "ES"
	case 'Y':
		return w[:len(w)-1] + "IES"
	}
	return w + "S"
}

func pastForm(w string) string {
	if lastByte(w) == 'E' {
		return w + "D"
	}
	return w + "ED"
}

func gerundP1(w string) string {
	if lastByte(w) == 'E' {
		return w[:len(w)-1] + "ING"
	}
	return w + "ING"
}

func isVowel(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }

func gerundP2(w string) string {
	if lastByte(w) == 'E' {
		if len(w) >= 2 && isVowel(w[len(w)-2]) {
			return w + "ING"
		}
		return w[:len(w)-1] + "ING"
	}
	return w + "ING"
}

// parenSpacer sets the parentheses of a transformation apart as words of
// their own.
var parenSpacer = strings.NewReplacer("(", " ( ", ")", " ) ")

func parseTransformation(t string, pos Position) (*Transformation, *Error) {
	bad := func(format string, args ...any) (*Transformation, *Error) {
		return nil, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Err: ErrSyntax}
	}
	body := strings.TrimSpace(t[1:])
	lhs, rhs, ok := strings.Cut(body, "=")
	if !ok {
		return bad("transformation without '='")
	}
	l := strings.Fields(parenSpacer.Replace(lhs))
	r := strings.Fields(rhs)
	if len(l) != 7 || l[1] != "(" || l[5] != ")" || len(r) != 3 {
		return bad("transformation must read \"~ X (Y Z VERB) VERB = X Y CODE\"")
	}
	for _, a := range []string{l[0], l[2], l[3], r[0], r[1]} {
		if !isActorVar(a) {
			return bad("transformation actor %q must be a lower-case variable, '.' or '_'", a)
		}
	}
	return &Transformation{
		OuterSource: l[0], InnerSource: l[2], InnerTarget: l[3], InnerVerb: Fold(l[4]),
		OuterVerb: Fold(l[6]), Source: r[0], Target: r[1], Code: r[2],
		Text: body, Pos: pos,
	}, nil
}

func isActorVar(s string) bool {
	if s == "." || s == "_" {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// VerbDict is the lookup structure over one or more verb files: word
// form -> verb forms, block names, synsets. Safe for concurrent lookups
// once built.
type VerbDict struct {
	// Files are the files added, in order.
	Files []*VerbFile
	// Warnings are problems found while linking the files: references to
	// undefined synsets (P1 drops such patterns, P2 reads the name as a
	// literal word; here the Token's Synset stays nil, so it never
	// matches).
	Warnings ErrorList

	synsets map[string]*Synset
	blocks  map[string]*VerbBlock
	words   wordTable
	forms   [][]*VerbForm // word id -> forms whose head word it is
	layerOf []int         // word id -> layer that defined forms[id]
	layer   int
}

// NewVerbDict returns an empty verb dictionary.
func NewVerbDict() *VerbDict {
	return &VerbDict{synsets: map[string]*Synset{}, blocks: map[string]*VerbBlock{}}
}

// AddLayer adds verb files as a new overlay layer. Synset references are
// resolved against the layer's own synsets first, then earlier layers.
// A word form defined in this layer hides the earlier layers' forms of
// that word; a block name or synset defined here replaces an earlier one.
func (d *VerbDict) AddLayer(files ...*VerbFile) {
	d.layer++
	local := map[string]*Synset{}
	for _, f := range files {
		d.Files = append(d.Files, f)
		for _, s := range f.Synsets {
			if _, dup := local[s.Key]; !dup {
				local[s.Key] = s
			}
		}
	}
	for k, s := range local {
		d.synsets[k] = s
	}
	localBlocks := map[string]bool{}
	touched := map[int32]bool{}
	for _, f := range files {
		for _, b := range f.Blocks {
			if !localBlocks[b.Name] {
				localBlocks[b.Name] = true
				d.blocks[b.Name] = b
			}
			for _, p := range b.Patterns {
				d.resolve(p)
			}
			for _, v := range b.Verbs {
				for _, fm := range v.Forms {
					d.addForm(fm, touched)
				}
			}
		}
	}
	d.addBritishSpellings(touched)
	for id := range touched {
		l := d.forms[id]
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].Words) > len(l[j].Words) })
	}
	d.Warnings.Sort()
}

// addBritishSpellings gives the -ise spelling of every -ize verb form
// of the layer (ids touched) that no file defines under that spelling:
// Phoenix writes FINALIZE, PENALIZE, SCRUTINIZE, and British news
// "finalised two agreements", "penalised exporters". A spelling a file
// defines itself ("CRITICISE", "ORGANISE") keeps its own forms.
func (d *VerbDict) addBritishSpellings(touched map[int32]bool) {
	var ids []int32
	for id := range touched {
		ids = append(ids, id)
	}
	slices.Sort(ids) // a fixed order: forms added in file order
	for _, id := range ids {
		for _, fm := range d.forms[id] {
			uk, ok := britishSpelling(fm.Words[fm.Head])
			if !ok {
				continue
			}
			if x := d.words.lookup(uk); x >= 0 && int(x) < len(d.forms) && !britishOnly(d.forms[x]) {
				continue // a file defines that spelling
			}
			w := append([]string(nil), fm.Words...)
			w[fm.Head] = uk
			d.addForm(&VerbForm{Verb: fm.Verb, Words: w, Head: fm.Head, Kind: fm.Kind, british: true}, touched)
		}
	}
}

// addForm files form fm under its head word in the current layer, which
// hides the earlier layers' forms of that word, once per verb and words,
// and notes the word's id in touched.
func (d *VerbDict) addForm(fm *VerbForm, touched map[int32]bool) {
	id := d.words.intern(fm.Words[fm.Head])
	for int(id) >= len(d.forms) {
		d.forms = append(d.forms, nil)
		d.layerOf = append(d.layerOf, 0)
	}
	if d.layerOf[id] != d.layer {
		d.forms[id], d.layerOf[id] = nil, d.layer
	}
	if !containsForm(d.forms[id], fm) {
		d.forms[id] = append(d.forms[id], fm)
	}
	touched[id] = true
}

// britishOnly reports whether every form of l is a British spelling
// added by addBritishSpellings (none defined by a file).
func britishOnly(l []*VerbForm) bool {
	for _, f := range l {
		if !f.british {
			return false
		}
	}
	return true
}

// britishSpelling returns the -ise spelling of an upper-case -ize verb
// form (FINALIZE, FINALIZED, FINALIZES, FINALIZING → FINALISE ...),
// whose stem before "IZ" has at least four letters: SEIZE and PRIZE are
// no -ize verbs.
func britishSpelling(w string) (string, bool) {
	for _, suf := range []string{"IZE", "IZED", "IZES", "IZING"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 {
			return stem + "IS" + suf[2:], true
		}
	}
	return "", false
}

// containsForm reports whether l already has a form with the same words
// for the same verb (duplicate listing on one verb line).
func containsForm(l []*VerbForm, f *VerbForm) bool {
	for _, g := range l {
		if g.Verb == f.Verb && g.Head == f.Head && equalWords(g.Words, f.Words) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (d *VerbDict) resolve(p *Pattern) {
	fix := func(t *Token) {
		if t.Kind != TokSynset || t.Synset != nil {
			return
		}
		if s, ok := d.synsets[synsetKey(t.Text)]; ok {
			t.Synset = s
			return
		}
		d.Warnings.Add(p.Pos, ErrSynset, "undefined synset %s in pattern", t.Text)
	}
	for i := range p.Upper {
		fix(&p.Upper[i])
	}
	for i := range p.Lower {
		fix(&p.Lower[i])
	}
	for _, sec := range [][]Constituent{p.Pre, p.Post} {
		for i := range sec {
			c := &sec[i]
			fix(&c.Head)
			for k := range c.Mods {
				fix(&c.Mods[k])
			}
			if c.Object != nil {
				fix(&c.Object.Head)
				for k := range c.Object.Mods {
					fix(&c.Object.Mods[k])
				}
			}
		}
	}
}

// Lookup returns the dictionary forms whose head word (the word the
// parser tags as the verb) is word, case-insensitively: multi-word forms
// first, longest first, then single-word forms, each group in file
// order. A coder tries the multi-word forms (checking the other words
// around the verb) before the single word (spec 2.3). When several blocks
// define the same single-word form, the first is the definition whose
// code applies (P2: first definition wins); P1 keys patterns by verb, so
// a P1-style coder also tries the patterns of the later ones (the
// validation file defines SHOT in two blocks and DEMO-05 needs the second
// block's pattern). The slice is shared: do not modify it. Lookup does
// not allocate.
func (d *VerbDict) Lookup(word string) []*VerbForm {
	id := d.words.lookup(word)
	if id < 0 || int(id) >= len(d.forms) {
		return nil
	}
	return d.forms[id]
}

// Block returns the block with the given header name, case-insensitively
// ('_' and ' ' are equivalent); the first of a layer wins. Transformation
// verbs are verb names, not block names: resolve them with Lookup.
func (d *VerbDict) Block(name string) *VerbBlock {
	return d.blocks[Fold(strings.Join(strings.Fields(strings.ReplaceAll(name, "_", " ")), " "))]
}

// Synset returns the synonym set named name ("&CURRENCY" or "CURRENCY";
// a trailing '_' is ignored).
func (d *VerbDict) Synset(name string) *Synset { return d.synsets[synsetKey(name)] }

// Synsets returns all synsets by key (name without '&' and trailing '_').
func (d *VerbDict) Synsets() map[string]*Synset { return d.synsets }

// Blocks returns every block of every file in load order.
func (d *VerbDict) Blocks() []*VerbBlock {
	var out []*VerbBlock
	for _, f := range d.Files {
		out = append(out, f.Blocks...)
	}
	return out
}

// Transformations returns the transformations of every file in order.
func (d *VerbDict) Transformations() []*Transformation {
	var out []*Transformation
	for _, f := range d.Files {
		out = append(out, f.Transformations...)
	}
	return out
}
