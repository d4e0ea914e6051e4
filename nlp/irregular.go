package nlp

import "strings"

// IrregularLemma returns the lemma of w (lower case) when it is the past
// tense or past participle of an irregular verb of news text ("fled"
// flee, "froze" freeze), also with a verb prefix ("unfroze" unfreeze,
// "withheld" withhold, "overran" overrun). more, when not nil, is
// asked for the lemma of a form after its prefix that the table lacks
// (package lemma gives its treebank exceptions), and must return false
// for a form that is its own lemma.
func IrregularLemma(w string, more func(rest string) (string, bool)) (string, bool) {
	if l, ok := irregularPasts[w]; ok {
		return l, true
	}
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 3 {
			continue
		}
		if l, ok := irregularPasts[rest]; ok {
			return p + l, true
		}
		if more != nil {
			if l, ok := more(rest); ok {
				return p + l, true
			}
		}
	}
	return "", false
}

// irregularPast reports whether w (any case) is an irregular past form
// of IrregularLemma's table, with or without a prefix, and not a form
// that is also the verb's base ("cut", "hit", "beat").
func irregularPast(w string) bool {
	l, ok := IrregularLemma(strings.ToLower(w), nil)
	return ok && !strings.EqualFold(l, w)
}

// verbPrefixes make compound verbs of irregular ones (withhold, uphold,
// overrun, undertake, outdo, foresee, mislead, retake, unfreeze).
var verbPrefixes = []string{"with", "up", "over", "under", "out", "fore", "mis", "re", "un"}

// irregularPasts maps irregular past forms of news verbs (of conflict,
// politics and diplomacy), some of which the treebank lacks, to their
// lemmas.
var irregularPasts = map[string]string{
	"fled": "flee", "shot": "shoot", "fought": "fight", "slew": "slay", "slain": "slay",
	"forbade": "forbid", "forbidden": "forbid", "froze": "freeze", "frozen": "freeze",
	"sank": "sink", "sunk": "sink", "stung": "sting", "strove": "strive", "striven": "strive",
	"wove": "weave", "woven": "weave", "bled": "bleed", "fed": "feed", "shed": "shed",
	"swore": "swear", "sworn": "swear", "sprang": "spring", "sprung": "spring",
	"swung": "swing", "clung": "cling", "wrung": "wring", "flung": "fling", "slung": "sling",
	"overran": "overrun", "overrun": "overrun", "beset": "beset", "bade": "bid",
	"strode": "stride", "stridden": "stride", "smote": "smite", "smitten": "smite",
	"shrank": "shrink", "shrunk": "shrink", "sought": "seek", "besought": "beseech",
	"retook": "retake", "retaken": "retake", "overtook": "overtake", "overtaken": "overtake",
	"dug": "dig", "spat": "spit", "wept": "weep", "knelt": "kneel", "leapt": "leap",
	"took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go", "gone": "go",
	"broke": "break", "broken": "break", "threw": "throw", "thrown": "throw",
	"drew": "draw", "drawn": "draw", "chose": "choose", "chosen": "choose",
	"stole": "steal", "stolen": "steal", "flew": "fly", "flown": "fly", "grew": "grow",
	"grown": "grow", "drove": "drive", "driven": "drive", "wrote": "write", "written": "write",
	"spoke": "speak", "spoken": "speak", "began": "begin", "begun": "begin", "fell": "fall",
	"fallen": "fall", "shook": "shake", "shaken": "shake", "tore": "tear", "torn": "tear",
	"bore": "bear", "borne": "bear", "rode": "ride", "ridden": "ride", "hid": "hide",
	"hidden": "hide", "forgave": "forgive", "forgiven": "forgive", "trod": "tread",
	"trodden": "tread", "forsook": "forsake", "forsaken": "forsake", "sped": "speed",
	"slid": "slide", "struck": "strike", "stricken": "strike", "met": "meet", "held": "hold",
	"led": "lead", "sent": "send", "won": "win", "sold": "sell", "told": "tell",
	"withdrew": "withdraw", "withdrawn": "withdraw",
	"undertook": "undertake", "undertaken": "undertake", "underwent": "undergo",
	"undergone": "undergo", "oversaw": "oversee", "overseen": "oversee",
	"overthrew": "overthrow", "overthrown": "overthrow",
}
