package main

import "strings"

// This file holds every hand decision about the CAMEO→PLOVER mapping and the
// CAMEO names. The generator copies the reasons into PLOVER_FILLS.md beside
// the embedded data, so this is the one place to change them.

// fillsIntro opens PLOVER_FILLS.md.
const fillsIntro = `# CAMEO → PLOVER: hand-made decisions

The mapping shipped in plover.tsv starts from CAMEO2PLOVER-2021 (Schrodt,
draft 0.8, 17 September 2021), which covers 273 of the 317 CAMEO codes
(plus 1214, which is not a CAMEO code). The PLOVER manual (openeventdata/PLOVER
@5e0c24f, 2024) is newer than the table: its event types, modes and contexts
are the vocabulary every shipped value is checked against. Rows whose
mode or context is not in the manual's vocabulary were corrected, and codes
the table does not cover were filled, as listed here. The column "source" of
plover.tsv says which rows are "table", "corrected" or "filled".

CAMEO root 01 (MAKE PUBLIC STATEMENT) has no PLOVER event: the manual's
"CAMEO to PLOVER translation" table says "dropped", and cameo.PLOVER returns
nil for its 11 codes.

CAMEO root 02 (APPEAL) is also "dropped" in that table, but the manual
defines REQUEST as "All requests, demands, and orders", and an appeal is a
request (the ICEWS codebook names 020 "Make an appeal or request"). tacitus
maps every 02 code like its DEMAND counterpart (02xx like 10xx: 021 like 101,
026 like 106, 0253 like 1053, ...) so that request events are not lost. A
user who wants the manual's strict reading can drop PLOVER events whose
CAMEO root is 02.
`

// override is a hand-made PLOVER mapping with its reason.
type override struct {
	typ, mode string
	contexts  []string
	why       string
}

// fill is a mapping for a CAMEO code that the 2021 table does not cover.
// An empty type means "no PLOVER event".
type fill struct {
	code string
	m    mapping
	why  string
}

func ctx(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

// noPlover reports whether code deliberately has no PLOVER event.
func noPlover(code string) bool { return strings.HasPrefix(code, "01") }

const (
	whyStatement = "root 01 MAKE PUBLIC STATEMENT: \"dropped\" in the manual's CAMEO to PLOVER table; statements are not PLOVER events"
	whyAppeal    = "root 02 APPEAL: mapped as REQUEST like its DEMAND counterpart 10%s (see the introduction)"
)

// fills returns the codes filled by hand, in code order.
func fills() []fill {
	var out []fill
	for _, c := range []string{"01", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019"} {
		out = append(out, fill{code: c, why: whyStatement})
	}
	appeal := []struct{ code, mode, ctx string }{
		{"02", "", ""}, {"020", "", ""},
		{"021", "assist", ""}, {"0211", "assist", "economic"}, {"0212", "assist", "military"},
		{"0213", "assist", "legal"}, {"0214", "assist", "intelligence"},
		{"022", "assist", "diplomatic"},
		{"023", "assist", ""}, {"0231", "assist", "economic"}, {"0232", "assist", "military"},
		{"0233", "assist", "human_security"}, {"0234", "assist", "peacekeeping"},
		{"024", "change", "political_institutions"}, {"0241", "change", "executive"},
		{"0242", "change", "executive"}, {"0243", "change", "rights_freedoms"},
		{"0244", "change", "political_institutions"},
		{"025", "yield", "legal"}, {"0251", "yield", "legal"}, {"0252", "yield", "legal"},
		{"0253", "yield", "legal"}, {"0254", "yield", "economic"}, {"0255", "yield", "diplomatic"},
		{"0256", "yield", "military"},
		{"026", "meet", "diplomatic"}, {"027", "meet", "diplomatic"}, {"028", "meet", "diplomatic"},
	}
	for _, a := range appeal {
		out = append(out, fill{
			code: a.code,
			m:    mapping{typ: "REQUEST", mode: a.mode, contexts: ctx(a.ctx)},
			why:  strings.Replace(whyAppeal, "%s", a.code[2:], 1),
		})
	}
	out = append(out,
		fill{code: "155", m: mapping{typ: "MOBILIZE", mode: "weapons", contexts: ctx("cyber")},
			why: "ICEWS-only code (cyber-forces): MOBILIZE 'weapons' \"can occur with a cyber context\" (manual, MOBILIZE modes)"},
		fill{code: "176", m: mapping{typ: "COERCE", mode: "cyber", contexts: ctx("cyber")},
			why: "ICEWS-only code (attack cybernetically): COERCE mode 'cyber', which \"will also automatically add 'cyber' context\" (manual)"},
		fill{code: "1834", m: mapping{typ: "ASSAULT", mode: "explosives"},
			why: "ICEWS-only code (location bombing): ASSAULT 'explosives' = \"any explosive not incorporated in a heavy weapon\", like 1832/1833"},
		fill{code: "1951", m: mapping{typ: "ASSAULT", mode: "aerial", contexts: ctx("military")},
			why: "ICEWS-only code (precision-guided aerial munitions): ASSAULT 'aerial', context military as 195"},
		fill{code: "1952", m: mapping{typ: "ASSAULT", mode: "drone", contexts: ctx("military")},
			why: "ICEWS-only code (remotely piloted aerial munitions): ASSAULT 'drone' = \"unmanned aerial vehicles\", context military as 195"},
	)
	return out
}

// corrections replace table rows whose mode is not in the manual's
// vocabulary, or that contradict the table's own sub-codes.
var corrections = map[string]override{
	"085": {typ: "RETREAT", contexts: ctx("economic"),
		why: "'ease' is not a RETREAT mode (the table's own note on 0813: \"ease\" is no longer a mode)"},
	"0842": {typ: "RETREAT", contexts: ctx("legal"),
		why: "'return' is not a RETREAT mode; the manual lists the return of confiscated property under RETREAT without a mode"},
	"105": {typ: "REQUEST", mode: "yield", contexts: ctx("legal"),
		why: "\"Demand that target yields\": the manual's REQUEST 'yield' mode, as the table gives all of 1051-1056"},
	"132": {typ: "THREATEN", mode: "restrict", contexts: ctx("executive"),
		why: "'ban' is not a THREATEN mode; administrative sanctions are THREATEN 'restrict'"},
	"1321": {typ: "THREATEN", mode: "restrict", contexts: ctx("human_rights"),
		why: "'political' is not a THREATEN mode; restrictions on freedoms are THREATEN 'restrict'"},
	"1322": {typ: "THREATEN", mode: "restrict", contexts: ctx("pro_autocracy"),
		why: "'ban' is not a THREATEN mode; COERCE 'restrict' includes \"the banning of individuals or organizations from political life\""},
	"1712": {typ: "ASSAULT", mode: "destroy", contexts: ctx("human_security"),
		why: "'seize' is not an ASSAULT mode; ASSAULT 'destroy' = \"intentional destruction of property\""},
	"1722": {typ: "COERCE", mode: "restrict", contexts: ctx("pro_autocracy"),
		why: "'ban' is not a COERCE mode; COERCE 'restrict' includes \"the banning of individuals or organizations from political life\""},
	"175": {typ: "ASSAULT", contexts: ctx("pro_autocracy;military"),
		why: "'pro_autocracy' is a context, written in the mode column; moved to the contexts"},
	"185": {typ: "ASSAULT", mode: "targeted",
		why: "'assassinate' is not an ASSAULT mode; 'targeted' covers \"(successful and attempted) assassinations\""},
	"186": {typ: "ASSAULT", mode: "targeted",
		why: "'assassinate' is not an ASSAULT mode; 'targeted' covers \"(successful and attempted) assassinations\""},
	"195": {typ: "ASSAULT", mode: "aerial", contexts: ctx("military"),
		why: "the manual added the ASSAULT mode 'aerial' (manned aircraft) after the table gave 'heavy-weapons'"},
	"200": {typ: "ASSAULT", mode: "targeted", contexts: ctx("military"),
		why: "'massacre' is commented out of the manual; 'targeted' covers \"deliberate mass killings of defenseless actors\""},
	"201": {typ: "ASSAULT", contexts: ctx("religion_ethnicity"),
		why: "'cleansing' is commented out of the manual and has no successor mode"},
	"202": {typ: "ASSAULT", mode: "targeted", contexts: ctx("religion_ethnicity"),
		why: "'massacre' is commented out of the manual; 'targeted' covers \"deliberate mass killings of defenseless actors\""},
	"203": {typ: "ASSAULT", contexts: ctx("religion_ethnicity"),
		why: "'cleansing' is commented out of the manual and has no successor mode"},
}

// rename is a context the table uses that the manual does not have.
type rename struct{ to, why string }

var contextRenames = map[string]rename{
	"humanitarian": {to: "human_security",
		why: "the manual has no 'humanitarian' context; 'human_security' is access to water, food, housing (used for 0333, 073, 0863, 1033, 1223, 1623)"},
	"democracy": {to: "pro_democracy",
		why: "the manual's context is named 'pro_democracy' (used for 0811, 0812, 082)"},
}

// duplicateRows are codes the table lists twice; the first row is kept.
var duplicateRows = map[string]string{
	"08":  "listed as CONCEDE and again as RETREAT (the manual splits YIELD into 081-083 CONCEDE and 084-087 RETREAT); the first row, CONCEDE, is kept, like 080 \"Yield\"",
	"175": "listed twice with the same mapping; one is kept",
}

// droppedTableRows are table rows for codes outside the 317 CAMEO codes.
var droppedTableRows = map[string]string{
	"1214": "\"Reject intelligence cooperation\" is in neither the GDELT nor the ICEWS code list; dropped",
}

// nameFix corrects a CAMEO name taken from the ICEWS codebook column.
type nameFix struct{ name, why string }

var nameFixes = map[string]nameFix{
	"1952": {name: "Employ remotely piloted aerial munitions",
		why: "the ICEWS name column repeats 1951's name; the codebook description of 1952 is \"the use of remotely piloted or unmanned aerial platforms\""},
}
