// Package actors finds and codes the actors of real news sentences: the
// noun phrases of a dependency-parsed sentence that name a political actor,
// with their CAMEO actor code for the sentence date.
//
// A Recognizer is built once from a dictionary set (the Phoenix actors and
// agents, plus the package's own supplement in data/, see Supplement) and is
// safe for concurrent use. A Document carries the per-article state that
// anaphora needs (he, they, the movement, the former); it is used by one
// goroutine at a time.
//
// Sentence returns every actor mention of a sentence in order. Phrases are
// built from the parse: a nominal head with its compound, amod, det,
// nummod, flat, nmod:poss, appos and "of" nmod dependents; coordinations
// become one mention with Members. Codes come from the longest actor phrase
// in the mention, composed with the agents it contains ("Iranian police" is
// IRNCOP, "Iran's foreign minister" IRNGOV), from surnames of dictionary
// persons ("Mr Blair"), from capital-city metonymy in subject position
// and as the object of political verbs ("Tehran said" is IRNGOV, "accused
// Washington" USAGOV, but "visited Moscow" RUS), or from an antecedent
// (Resolved).
//
// News conventions: a surname first written in a full name the
// dictionaries do not know is that person, not a namesake they know;
// parties of the supplement are GOV or OPP by who governed at the date;
// leaders, spokesmen and counterparts stand for their principal (a
// spokesman "for" a party too; one of a name no dictionary knows is no
// actor), and the counterparts of lawmakers, soldiers, judges, police,
// business people or workers hold their post ("Canadian lawmakers asked
// their U.S. counterparts" is USALEG); a capitalised adjective naming a party or country ("the
// Conservative plans") is a mention of it; a surname learned from a bare
// headline surname does not hold for a later full name; an agent
// takes the country of its own "in" place, else of its verb's scene (for
// an object), else of the actor named before it, else of the article;
// names that are no actor though they hold an actor word ("the Kyoto
// Protocol", "the U.S. dollar" as subject, currencies) are returned as
// NotActor mentions, so that a coder taking mentions first does not code
// them from the dictionaries.
package actors

// Kind tells how a mention was recognised.
type Kind uint8

// Mention kinds.
const (
	// Named is a mention containing a dictionary actor phrase ("Iran",
	// "Iranian police", "Tony Blair", "Mr Blair" via the surname index).
	Named Kind = iota
	// Agent is an agent-only mention ("police", "the foreign minister"):
	// the country comes from context (Resolved is then set, "IRNCOP") or
	// is missing, and the code is "---" plus the agents ("---COP"), as in
	// PETRARCH.
	Agent
	// Pronoun is a personal pronoun (he, she, they, ...).
	Pronoun
	// Nominal is a definite description standing for an earlier actor
	// ("the movement", "the group", "the former", "both countries").
	Nominal
	// Unknown is a proper-noun phrase that no dictionary codes.
	Unknown
	// NotActor is a name that holds an actor word but names no actor
	// ("the Kyoto Protocol"); its Code is NullCode, so that a coder
	// taking mentions first does not code it from the dictionaries.
	NotActor
)

// NullCode is the code of a phrase that is no actor, as in PETRARCH.
const NullCode = "---"

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Named:
		return "named"
	case Agent:
		return "agent"
	case Pronoun:
		return "pronoun"
	case Nominal:
		return "nominal"
	case Unknown:
		return "unknown"
	case NotActor:
		return "not-actor"
	}
	return "kind?"
}

// Mention is one actor noun phrase of a sentence.
type Mention struct {
	Start, End  int       // half-open byte span of the whole phrase in the text
	First, Last int       // 1-based token range, inclusive
	Head        int       // 1-based token index of the phrase's syntactic head
	Code        string    // CAMEO actor code for the sentence date ("" when unknown); a coordination's is its first member's
	Members     []Mention // the conjuncts of a coordination (or the pair "both countries" stands for), each coded; nil otherwise
	Kind        Kind
	Text        string // text[Start:End]
	Resolved    bool   // the code came from anaphora or context, not the words
}

// At returns the mention of ms whose token range contains token tok
// (1-based): the innermost one, preferring a member of a coordination whose
// range holds tok, or a mention headed at tok.
func At(ms []Mention, tok int) (Mention, bool) {
	for _, m := range ms {
		if tok < m.First || tok > m.Last {
			continue
		}
		for _, c := range m.Members {
			// Members of a resolved mention ("both countries") lie in
			// an earlier sentence: only members inside m count, in
			// the text as well as in token positions, which an
			// earlier sentence's may share ("Shultz met Shevardnadze.
			// The two sides signed": Shevardnadze was token 3, as
			// "sides" is). Members sharing the phrase's head ("Israeli
			// and Palestinian officials") are not phrases of their own.
			if c.First >= m.First && c.Last <= m.Last && c.Start >= m.Start && c.End <= m.End && tok >= c.First && tok <= c.Last && !(c.Head > c.Last && c.Head == m.Head) {
				return c, true
			}
		}
		return m, true
	}
	return Mention{}, false
}
