package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"tacitus/dictionary"
)

// Kinds of derived entries, in the order they are written per country.
const (
	kindName        = "country name"
	kindNationality = "nationality or alternative name"
	kindPlural      = "nationality plural"
	kindCapital     = "capital"
	kindLeader      = "leader"
	kindGovernment  = "government member"
)

// excluded are CountryInfo phrases left out on purpose, with the reason.
var excluded = map[string]string{
	"ROMA": "Italian name of Rome, but in English news the Roma people",
}

// known is what the generator needs to know about the Phoenix actors:
// every phrase (words joined by one space) and, for phrases whose first
// entry has an unrestricted code, that code.
type known struct {
	phrases map[string]string
}

// newKnown indexes parsed actor files.
func newKnown(files ...*dictionary.ActorFile) *known {
	k := &known{phrases: make(map[string]string)}
	for _, f := range files {
		for _, e := range f.Entries {
			def := ""
			for _, c := range e.Codes {
				if c.Restrict.Kind == dictionary.Always {
					def = c.Code
					break
				}
			}
			for _, p := range e.Phrases {
				key := strings.Join(p.Words, " ")
				if _, seen := k.phrases[key]; !seen {
					k.phrases[key] = def
				}
			}
		}
	}
	return k
}

// has reports whether the Phoenix actors list the phrase with key.
func (k *known) has(key string) bool { _, ok := k.phrases[key]; return ok }

// stats counts the derived entries by kind and what was left out.
type stats struct {
	Phrases   map[string]int // phrases written, by kind
	Entries   map[string]int // entries written, by kind
	InPhoenix int            // candidate phrases skipped because Phoenix has them
	Ambiguous int            // place phrases naming several countries, skipped
	Rejected  int            // phrases with characters a token cannot hold
	Excluded  int            // phrases left out on purpose (excluded)
	Recoded   []string       // countries whose Phoenix code differs from CountryInfo's
}

// placeEntry is one written place entry (one kind of one country).
type placeEntry struct {
	kind    string
	code    string
	phrases []string
}

// personEntry gathers the lines of CountryInfo that name one person.
type personEntry struct {
	kind    string   // kindLeader if any line is in <Leaders>, else kindGovernment
	titles  []string // leader titles, distinct, in order
	phrases []string // written phrases, as in the file
	keys    map[string]bool
	codes   []string // code brackets without '[' ']', distinct, in order
	elite   string   // default ELI code, from the first <Leaders> country
	lines   []int
}

// derive builds the supplementary actor file: for each country of ci,
// the phrases of its name, nationality forms, capitals, leaders and
// government members that the Phoenix actors (k) lack.
//
// Codes follow the Phoenix conventions: a country's name, nationality
// forms and capital code the country (Phoenix lists capitals as synonyms
// of the country, and the validation suite codes MINAS_TIRITH as GON);
// a leader codes XXXGOV during each term and XXXELI otherwise; a
// government member codes what CountryInfo's <Government> block says,
// during the dates it gives. Where Phoenix codes a country's name
// differently from CountryInfo (Romania: ROM vs ROU), the Phoenix code is
// used, and government codes with the CountryInfo prefix are rewritten.
func derive(ci []*country, k *known, source string) ([]byte, stats) {
	st := stats{Phrases: map[string]int{}, Entries: map[string]int{}}
	codes := make([]string, len(ci))
	for i, c := range ci {
		codes[i] = c.Code
		if key, ok := phraseKey(c.Name); ok {
			if pc := k.phrases[key]; len(pc) == 3 && pc != c.Code && validCode(pc) {
				codes[i] = pc
				st.Recoded = append(st.Recoded, fmt.Sprintf("%s %s->%s", c.Name, c.Code, pc))
			}
		}
	}

	// Place phrases: a phrase naming two countries is left out.
	placeCode := map[string]string{}
	ambiguous := map[string]bool{}
	for i, c := range ci {
		if codes[i] == "" {
			continue
		}
		for _, s := range placesOf(c) {
			key, ok := phraseKey(s)
			if !ok {
				continue
			}
			if prev, seen := placeCode[key]; seen && prev != codes[i] {
				ambiguous[key] = true
			}
			placeCode[key] = codes[i]
		}
	}

	written := map[string]bool{}
	accept := func(s string) (string, bool) {
		key, ok := phraseKey(s)
		switch {
		case !ok:
			st.Rejected++
			return "", false
		case written[key]:
			return "", false
		case excluded[key] != "":
			st.Excluded++
			written[key] = true
			return "", false
		case k.has(key):
			st.InPhoenix++
			written[key] = true // count each Phoenix phrase once
			return "", false
		}
		return key, true
	}

	places := make([][]placeEntry, len(ci))
	for i, c := range ci {
		code := codes[i]
		if code == "" {
			continue
		}
		groups := []struct {
			kind  string
			names []string
		}{{kindName, []string{c.Name}}, {kindNationality, c.Nationality}, {kindPlural, pluralsOf(c)}, {kindCapital, c.Capital}}
		for _, g := range groups {
			pe := placeEntry{kind: g.kind, code: code}
			for _, s := range g.names {
				key, ok := accept(s)
				if !ok {
					continue
				}
				if ambiguous[key] {
					st.Ambiguous++
					written[key] = true
					continue
				}
				written[key] = true
				pe.phrases = append(pe.phrases, normPhrase(s))
			}
			if len(pe.phrases) > 0 {
				places[i] = append(places[i], pe)
				st.Entries[g.kind]++
				st.Phrases[g.kind] += len(pe.phrases)
			}
		}
	}

	// People: lines naming the same person (any shared phrase) merge.
	var people []*personEntry
	first := make([][]*personEntry, len(ci)) // people by first country
	byKey := map[string]*personEntry{}
	for i, c := range ci {
		code := codes[i]
		if code == "" {
			continue
		}
		add := func(p person, leader bool) {
			var pe *personEntry
			for _, n := range p.Names {
				if key, ok := phraseKey(n); ok && byKey[key] != nil {
					pe = byKey[key]
					break
				}
			}
			if pe == nil {
				pe = &personEntry{kind: kindGovernment, keys: map[string]bool{}}
				people = append(people, pe)
				first[i] = append(first[i], pe)
			}
			pe.lines = append(pe.lines, p.Line)
			for _, n := range p.Names {
				key, ok := phraseKey(n)
				if !ok {
					st.Rejected++
					continue
				}
				if byKey[key] == nil {
					byKey[key] = pe
				}
				if !pe.keys[key] {
					pe.keys[key] = true
					pe.phrases = append(pe.phrases, n)
				}
			}
			if leader {
				pe.kind = kindLeader
				if pe.elite == "" {
					pe.elite = code + "ELI"
				}
				if p.Title != "" && !contains(pe.titles, p.Title) {
					pe.titles = append(pe.titles, p.Title)
				}
			}
			for _, tc := range p.Codes {
				cc := tc.Code
				if cc == "" {
					cc = code + "GOV"
				} else if code != c.Code && strings.HasPrefix(cc, c.Code) {
					cc = code + cc[len(c.Code):]
				}
				b := cc + restrictionText(tc.Restrict)
				if !contains(pe.codes, b) {
					pe.codes = append(pe.codes, b)
				}
			}
		}
		for _, p := range c.Leaders {
			add(p, true)
		}
		for _, p := range c.Government {
			add(p, false)
		}
	}
	for _, pe := range people {
		var keep []string
		for _, n := range pe.phrases {
			if _, ok := accept(n); !ok {
				continue
			}
			key, _ := phraseKey(n)
			written[key] = true
			keep = append(keep, normPhrase(n))
		}
		pe.phrases = keep
		if len(keep) > 0 {
			st.Entries[pe.kind]++
			st.Phrases[pe.kind] += len(keep)
		}
	}

	var b bytes.Buffer
	writeHeader(&b, source)
	for i, c := range ci {
		var ppl []*personEntry
		for _, pe := range first[i] {
			if len(pe.phrases) > 0 {
				ppl = append(ppl, pe)
			}
		}
		if len(places[i]) == 0 && len(ppl) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n# ---- %s %s (%s line %d)\n", codes[i], c.Name, source, c.Line)
		for _, pe := range places[i] {
			fmt.Fprintf(&b, "%s  [%s]  # %s\n", pe.phrases[0], pe.code, pe.kind)
			for _, s := range pe.phrases[1:] {
				fmt.Fprintf(&b, "+%s\n", s)
			}
		}
		for _, pe := range ppl {
			note := pe.kind
			if len(pe.titles) > 0 {
				note += ": " + strings.Join(pe.titles, "; ")
			}
			fmt.Fprintf(&b, "%s  # %s\n", pe.phrases[0], note)
			for _, s := range pe.phrases[1:] {
				fmt.Fprintf(&b, "+%s\n", s)
			}
			for _, cc := range pe.codes {
				fmt.Fprintf(&b, "\t[%s]\n", cc)
			}
			if pe.elite != "" {
				fmt.Fprintf(&b, "\t[%s]\n", pe.elite)
			}
		}
	}
	sort.Strings(st.Recoded)
	return b.Bytes(), st
}

// placesOf returns the place phrases of c: name, nationality forms and
// capitals.
func placesOf(c *country) []string {
	out := append([]string{c.Name}, c.Nationality...)
	out = append(out, pluralsOf(c)...)
	return append(out, c.Capital...)
}

// pluralsOf returns the plural nouns of c's nationality adjectives, which
// newswire uses for the people ("Iranians", "Iraqis", "Afghans"):
// one-word forms ending in -IAN, -EAN or -I, and forms ending in -AN that
// begin the country's name (AFGHAN of AFGHANISTAN). Adjectives ending
// in -ESE, -ISH, -CH and the like have no -S plural and are left out, as
// are forms equal to the country's name (MALI).
func pluralsOf(c *country) []string {
	name, _ := phraseKey(c.Name)
	var out []string
	for _, s := range c.Nationality {
		key, ok := phraseKey(s)
		if !ok || strings.Contains(key, " ") || key == name || len(key) < 4 {
			continue
		}
		switch {
		case strings.HasSuffix(key, "IAN"), strings.HasSuffix(key, "EAN"), strings.HasSuffix(key, "I"),
			strings.HasSuffix(key, "AN") && len(name) > len(key) && strings.HasPrefix(name, key):
			out = append(out, key+"S")
		}
	}
	return out
}

// restrictionText formats r for a code bracket, with 8-digit dates and a
// leading space, or "" for no restriction.
func restrictionText(r dictionary.Restriction) string {
	switch r.Kind {
	case dictionary.Before:
		return " <" + r.To.String()
	case dictionary.From:
		return " >" + r.From.String()
	case dictionary.Between:
		return " " + r.From.String() + "-" + r.To.String()
	}
	return ""
}

// phraseKey returns the words of a CountryInfo phrase, upper case, joined
// by one space - the key under which the actor readers store it - or
// ok=false when the phrase is empty or holds characters that a token of
// newswire text cannot (control bytes, mis-encoded letters, brackets and
// the comment and synonym markers of the actor format).
func phraseKey(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || s[0] == '+' {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || strings.IndexByte("[]{}<>#;", c) >= 0 {
			return "", false
		}
	}
	words := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	if len(words) == 0 {
		return "", false
	}
	return strings.Join(words, " "), true
}

// normPhrase writes a phrase in the style of the Phoenix files: upper
// case, words joined by '_', and CountryInfo's trailing '_' kept.
func normPhrase(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	return strings.Join(strings.Fields(s), "_")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// writeHeader writes the file's provenance and licence notice.
func writeHeader(b *bytes.Buffer, source string) {
	fmt.Fprintf(b, `# CountryInfo.120116.actors.txt - actor dictionary derived from %s
#
# GENERATED by tacitus/dictionary/builtin/internal/gen (go generate in
# dictionary/builtin); do not edit by hand.
#
# It supplements the Phoenix actor dictionaries, which were themselves
# produced from a later CountryInfo release: an entry is here only where
# none of Phoenix.Countries, Phoenix.International and
# Phoenix.MilNonState.actors.txt lists the phrase, so Phoenix always wins.
# Per country it lists the name, nationality forms and alternative names,
# and capitals, all coded with the country (the capital stands for the
# country, as in Phoenix); leaders, coded XXXGOV during each term and
# XXXELI otherwise; and members of the government, with the codes and
# dates of CountryInfo's <Government> block. Dates are YYYYMMDD, bounds
# inclusive.
#
# Source: CountryInfo.120116.txt, Philip A. Schrodt, The Event Data
# Project at Penn State (openeventdata/CountryInfo). Copyright (c) 2012
# Philip A. Schrodt. Licensed under the Creative Commons
# Attribution-ShareAlike 3.0 Unported License
# (http://creativecommons.org/licenses/by-sa/3.0/); this derived file is
# distributed under the same licence. Changes: selection of fields,
# reformatting into the TABARI/PETRARCH actor format, removal of phrases
# present in the Phoenix dictionaries.
`, source)
}
