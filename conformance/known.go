package conformance

// KnownMiss is an expectation of the PETRARCH suite that no coder working
// from the record text (with the shipped validation dictionaries) can meet
// as written. Exactly one of Coding and Error is set.
type KnownMiss struct {
	// Position is the record's 1-based position in PETR.UnitTest.records.xml.
	Position int
	// ID is the record's id, for readers of this list; the scorer keys on
	// Position and the expectation only.
	ID string
	// Coding is an expected coding that cannot be produced.
	Coding Coding
	// Error is an expected error that cannot be raised from the text.
	Error ErrorKind
	// Reason says why, after petrarch-formats.md §8.
	Reason string
}

// Unsatisfiable lists the suite's known-unsatisfiable expectations
// (petrarch-formats.md §8.1 and §8.2): 11 codings and 2 error expectations.
// A Report counts how many of a coder's misses fall in this list. Entries
// whose expectation is not in the scored suite at that position are
// ignored, so the list cannot hide misses of a different suite file.
var Unsatisfiable = []KnownMiss{
	{Position: 25, ID: "DEMO-25", Coding: Coding{Source: "GON", Target: "MORMIL", Event: "191"},
		Reason: "§8.1: keeps the P1 result while DEMO-26..28 (same verb block, pattern and tree shape) expect the P2 reciprocal events; no single rule meets both"},
	{Position: 25, ID: "DEMO-25", Coding: Coding{Source: "OSG", Target: "MORMIL", Event: "191"},
		Reason: "§8.1: as above, second event of DEMO-25"},
	{Position: 44, ID: "AGENT-12", Coding: Coding{Source: "CALLEG", Target: "OSGMIL", Event: "122"},
		Reason: "§8.2: the parse says \"Congresses\" but the text says \"government\", which codes CALGOV as in AGENT-09"},
	{Position: 45, ID: "AGENT-13", Coding: Coding{Source: "CALLEG", Target: "OSGMIL", Event: "122"},
		Reason: "§8.2: the parse says \"Congressmen\" but the text says \"government\", which codes CALGOV as in AGENT-09"},
	{Position: 86, ID: "COMPOUND-27", Coding: Coding{Source: "DNKMUSMED", Target: "GON", Event: "160"},
		Reason: "§8.2: follows the parse \"warned the population of Gondor\"; the text \"warned at the Gondor\" codes DOL 162 as in COMPOUND-25"},
	{Position: 86, ID: "COMPOUND-27", Coding: Coding{Source: "DNKMUSGOV", Target: "GON", Event: "160"},
		Reason: "§8.2: as above, second event of COMPOUND-27"},
	{Position: 93, ID: "COMPOUND-34", Coding: Coding{Source: "###", Target: "MOR", Event: "023"},
		Reason: "§8.2: source ### comes from NASGUL [###], which is commented out in the shipped actors file"},
	{Position: 94, ID: "COMPOUND-35", Coding: Coding{Source: "###", Target: "MORCOP", Event: "023"},
		Reason: "§8.2: source ### comes from NASGUL [###], which is commented out in the shipped actors file"},
	{Position: 124, ID: "AFP0808020593-1a", Coding: Coding{Source: "PAK", Target: "AFG", Event: "174"},
		Reason: "§8.2: same text and options as AFP0808020593-1b, which expects only the first event; one of the two records must fail"},
	{Position: 217, ID: "COMMA-11", Coding: Coding{Source: "---GOV", Target: "---", Event: "023"},
		Reason: "§8.2: follows the parse \"a senior official said on Saturday\"; the text \"a clearly inebriated Bree official said today\" does not give ---GOV"},
	{Position: 283, ID: "ICC-01", Coding: Coding{Source: "IGOCOPITP", Target: "GON", Event: "064"},
		Reason: "§8.2: follows the parse \"International Criminal Police Organization\"; the text says \"International Criminal Court\""},
	{Position: 275, ID: "ERROR-02", Error: BadInputParse,
		Reason: "§8.2: the error comes from a deliberately unbalanced parse; the text is DEMO-00's, which codes ARN GON 064"},
	{Position: 276, ID: "ERROR-03", Error: BadInputParse,
		Reason: "§8.2: the error comes from a deliberately unbalanced parse; the text is DEMO-00's, which codes ARN GON 064"},
}
