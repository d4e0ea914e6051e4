package export

import (
	"strings"

	"tacitus/event"
	"tacitus/store"
)

// orgKinds are the CAMEO elements that name a kind of organisation; GDELT
// writes them as the actor's first type code ("IGO" in IGOUNOGOV).
var orgKinds = map[string]bool{"IGO": true, "NGO": true, "MNC": true, "IMG": true, "ISM": true, "PKO": true}

// religionCodes are the CAMEO religion elements (the ones event.Describe
// reads as religions); they go to GDELT's religion columns, every other
// sector element of a code to its type columns.
var religionCodes = map[string]bool{
	"ALE": true, "ATH": true, "BAH": true, "BUD": true, "CHR": true, "CON": true, "CPT": true,
	"CTH": true, "DOX": true, "DRZ": true, "HIN": true, "ITR": true, "JAN": true, "JEW": true,
	"MAR": true, "MOS": true, "MUS": true, "PRO": true, "SFI": true, "SHI": true, "SIK": true,
	"SUN": true, "TAO": true, "ZRO": true,
}

// actorParts is what a CAMEO actor code says, split into GDELT's actor
// columns.
type actorParts struct {
	// Code is the code without the "---" elements of an unknown actor.
	Code string
	// Country is the country element; KnownGroup the named organisation.
	Country, KnownGroup string
	// Religions and Types are the religion and type (agent, organisation
	// kind) elements, in order.
	Religions, Types []string
	// Sectors are all sector elements (agents and religions), in order.
	Sectors []string
}

// splitActor reads an event's actor: the code through event.Describe, the
// country from the stored actor when the code names none.
func splitActor(a store.ActorRef) actorParts {
	code := a.Code
	for strings.HasPrefix(code, "---") {
		code = code[3:]
	}
	p := actorParts{Code: code}
	if code == "" {
		return p
	}
	d := event.Describe(a.Code)
	p.Country = d.Country
	if p.Country == "" {
		p.Country = a.Country
	}
	if d.Org != "" && !orgKinds[d.Org] {
		p.KnownGroup = d.Org
	}
	if len(code) >= 3 && orgKinds[code[:3]] {
		p.Types = append(p.Types, code[:3])
	}
	p.Sectors = d.Sectors
	for _, s := range d.Sectors {
		if religionCodes[s] {
			p.Religions = append(p.Religions, s)
		} else {
			p.Types = append(p.Types, s)
		}
	}
	return p
}

// nth returns l[i], or "" when l is shorter.
func nth(l []string, i int) string {
	if i < len(l) {
		return l[i]
	}
	return ""
}
