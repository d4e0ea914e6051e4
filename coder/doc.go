// Package coder is tacitus's political event coder: it turns one parsed
// sentence into "who did what to whom" events (source actor, target actor,
// event code) with the PETRARCH dictionaries.
//
// The coder works on tacitus's own parse (nlp.Sentence, Universal
// Dependencies) and reproduces the semantics the PETRARCH validation suite
// expects (docs: petrarch-formats.md sec. 7, PETRARCH-1 behaviour with the
// PETRARCH-2 amendments of sec. 8.1):
//
//  1. discard phrases stop the sentence or the story;
//  2. short comma clauses are deleted (Config.Comma*);
//  3. noun phrases become actor slots, built from the dependency tree:
//     maximal simple noun phrases, possessives merged, one attached
//     prepositional phrase kept, coordinated noun phrases as compounds,
//     bare temporal nouns skipped;
//  4. every slot is coded by the longest actor phrase, then agents;
//  5. verbs are scanned left to right; a dictionary verb tries its
//     multi-word forms, then its patterns in file order, then its default
//     code; source and target come from the pattern ($ + ^ %) or from the
//     defaults (first coded slot before the verb, first coded slot after);
//  6. compounds, slash codes and paired codes X:Y expand into events, a
//     passive verb with a "by" phrase swaps source and target, and the
//     events are filtered (self-events, require_dyad) and de-duplicated.
//
// The suite's semantics are largely linear over the words, so where the
// parse of tacitus's models varies the coder reads the text instead:
// a "be" form before a participle makes it passive whatever relation the
// parser gives it; a comma followed by a noun phrase and a finite verb
// opens a new clause and ends the verb phrase before it (unless the clause
// closes at once, ", it seems,"); an adverbial clause (a subordinator, a
// noun phrase and a verb: "after a hafling was reported") belongs to the
// verb phrase it follows; a list of noun phrases ends at its coordinated
// member; noun phrases broken at stacked adjectives or hyphenated
// modifiers ("the evil awful Gondor", "Ithilen state-run television") are
// rejoined; and a name keeps only an "of" phrase as its modifier.
//
// Two verb-pattern dialects exist: the linear dialect of the validation
// dictionary (dialect A) and the syntactic dialect of CAMEO.2.0 (dialect
// B); both are matched on the same slots and verb phrases.
//
// # Real news (Options.News)
//
// With Options.News, the verbs of syntactic-dialect files are coded by the
// conventions of evalset/GUIDELINES.md instead of PETRARCH's linear
// defaults (args.go); the validation suite is coded without it:
//
//   - source = the verb's subject; for a passive the "by" phrase, the
//     passive subject being the target; a verb without a subject inherits
//     it through xcomp (the object of "urged X to ...", else the
//     subject), conjunct and adverbial clauses; a relative pronoun stands
//     for its noun ("the party which accused him");
//   - target = the object, else the object of the preposition the matched
//     pattern names ("accuse (OF)"), else the complement of an event noun
//     ("held talks with Y"), else an oblique with a non-locative,
//     non-temporal preposition (never "in Geneva", "on Friday"), else a
//     coded owner of an uncoded object ("rejected a plea by X");
//   - a pronoun subject of a speech verb's complement is the speaker, and
//     a cooperative act (roots 04-08) or an appeal (02) in the future that
//     the speaker says it will do is coded as the intent (03x, an appeal
//     030, Event.Intent), a hostile one (roots 15-20) as the threat of it
//     (13x, Event.Intent);
//   - every verb is coded, also inside another verb's phrase; a statement
//     (root 01) whose reported content yields an event is dropped (the
//     speech verb only carries it);
//   - a cooperative act of a coordinated subject without a coded target
//     is coded in both directions between the conjuncts;
//   - an appeal, a demand, a denial or a declined comment whose
//     addressee no dictionary codes is an event without a target
//     (Event.Target ""):
//     "Japan denied the charges", "called for talks", "declined to
//     comment" (011, whatever the refusal verb's code); only with the
//     complement that makes the verb one (MayLackTarget, hasComplement:
//     not "called it a breakout", "asked whether", "pleaded guilty");
//     so is the rejection of calls, suggestions or ideas whose authors
//     are not named ("rejected calls for an inquiry", 12; rejecting a
//     claim, "dismissed suggestions that the yen would fall", denies it,
//     016), but not a rejected plan, offer or request, whose author the
//     sentence or article mostly names;
//   - a state's or government's veto of a bill named without its author,
//     done or announced ("he would veto the bill"), is aimed at its own
//     legislature ("Reagan vetoed the bill" → USAGOV USALEG 129);
//   - the subject of a closing reporting clause the parser hung on the
//     reported clause ("Japan must open its markets, the United States
//     said") is the speaker, never a party of the reported act;
//   - a verb of intent whose open complement is coded carries that
//     event only ("agreed to hold talks" is the intent, 036, not also
//     050);
//   - a warning that another actor must or has to act is an admonition
//     (020), that it would suffer a threat to it (130); asking a question
//     is no appeal;
//   - pattern nouns also match plurals ("&TREATY" matches "accords"),
//     and a pattern's "(TO)" phrase is never an infinitive's "to".
//
// CodeWith takes an ActorLookup that codes noun phrases before the
// dictionaries (package actors: titles, surnames, anaphora).
//
// The sentence is normalised to the Penn Treebank tokenisation the
// dictionaries assume (hyphenated words rejoined, underscores split,
// curly apostrophes straightened) before matching.
package coder
