// Package extract is tacitus's coding path from a news article to event
// records: it finds the dateline, parses the title and the body with the
// NLP pipeline, codes every sentence with the PETRARCH dictionaries
// (package coder), and completes each coded event into an event.Event:
// CAMEO description and PLOVER class, actors, verb, date, flags, location,
// issues, the coder fingerprint and a stable id.
//
// An Extractor is built once (New) and is safe for concurrent use: the
// dictionaries, models and gazetteer are shared read-only, and Article
// keeps all its state on the stack.
//
// # Text, title and dateline
//
// The dateline ("SALVADOR, Feb 26 - ", see places.Dateline) is taken from
// Article.Dateline when the input gives it separately, else from the start
// of the text, where it is cut off before segmentation: the body
// text[d.End:] is parsed and every offset is shifted back, so that spans
// stay offsets into the article's text. A date in the dateline ("Feb 26")
// is the story date and replaces the article date's day when both are
// known (wire records are often stamped hours or days after the story);
// without an article date, a dateline date with a year becomes the
// article date. The title, when given, is parsed and coded as sentence
// event.TitleSentence (-1) with offsets into the title.
//
// # Coding real news
//
// The coder runs with coder.Options.News (dependency arguments, speech
// verbs, intent; see package coder) over the built-in dictionaries plus a
// small verb supplement read before CAMEO.2.0 (data/supplement.verbs.txt:
// URGE, REJECT, DENY, WARN, PRESS, ATTACK on words and plans, PLAN and
// the others its header lists, which Phoenix leaves out, codes null or
// codes against GUIDELINES.md), without comma-clause deletion.
// Every article has one actors.Document: package actors codes the noun
// phrases of each parsed sentence (titles, surnames, parties, capitals,
// pronouns and descriptions resolved against earlier sentences), and the
// coder takes those codes before its own dictionary lookup. An all-caps
// newswire title is not coded: tagged and parsed as a run of proper
// nouns it yields noise, and its event is the lead sentence's.
//
// Actor codes in records follow evalset/GUIDELINES.md sec. 2: the
// country and at most one role ("ARGMILGOV" is written "ARGMIL", a
// legislature's "DEUGOVLEG" "DEULEG", Phoenix's people "PPL" the
// guidelines' civilians "CVL"); organisation codes (IGO..., NGO...,
// MNC...) are kept whole, without the agent blocks of their people ("EU
// foreign ministers" is IGOEUREEC), and so is a named group's
// ("PSEREBHMS", Hamas). An agent without a country ("---COP") takes the
// country of the nearest actor named before it in its sentence ("Turkish
// warplanes bombed rebel positions"), else of the sentence's scene (its
// first resolved locative place: "clashed with police in Cairo"), else
// the article's: the dateline's or else the most frequent country of the
// article's actor phrases. An agent of the state or of politics
// (government, ministers, MPs, police, courts, the opposition) in an
// article that names no country, or in a sentence coded alone, takes the
// home country of the national outlet the article's source or URL names
// ("BBC News", bbc.co.uk, a .co.uk address; not a wire service): "MPs
// urged the government to ..." from the BBC is GBRLEG → GBRGOV. In a
// round-up, an item's own dateline at the
// start of a sentence ("WASHINGTON - ...") is cut from the sentence and
// becomes the article's country from there on. A root-19 code ("use conventional military force", Phoenix's
// "kill", "shoot") whose source is an unarmed actor (civilians,
// criminals, parties, business...) is recorded as 180, unconventional
// violence ("the mob that lynched ...").
//
// # Events
//
// Every event the coder returns for a sentence becomes one record (an
// appeal, a demand, a denial, a declined comment or a rejected call
// whose addressee no dictionary codes has a null target: "Japan denied
// the charges", "Clarke rejected calls for a pause"),
// except those whose source or target is uncoded or an agent without a
// country ("---", "---GOV" when the article's country is unknown),
// duplicates within a sentence (same source, target and CAMEO code),
// verbal acts (roots 01, 02, 10-12) of an actor about its own bare
// country ("Erdogan said Turkey would not bow"), the act an accusation,
// blame or praise is about ("accused Iran of attacking two tankers": the
// accusation is the event), and generic statements (010) whose target
// is not headed by an actor ("said the scheme was a success"), is the
// press ("told reporters"), or whose source or target is a company.
//
// News conventions applied to the coder's events:
//
//   - The return half of a paired dictionary code X:Y (coder.Event.Reverse:
//     "X visited Y" also gives Y hosting X, 043; "X held talks with Y"
//     also Y with X) is dropped: the sentence reports the source's act.
//     A coordinated subject of a joint act ("Syria and Turkey signed")
//     still gives both directions.
//   - A statement made by letter is addressed to the letter's recipient
//     when the coder coded nothing between the two: "said in a letter to
//     Congress", "In a letter to the secretary-general, X said", "X has
//     written to Y" (010, letterEvents).
//   - A speaker of a state or an international organisation who says
//     another country or its government is or does something that
//     yields no event ("Baker said Brazil was paying its debts in
//     full") makes a statement about it (010, saidAbout); not about the
//     speaker's own country, a future plan, a negated clause, an act on
//     a party, or the other's own words.
//   - An event noun with two coded parties is an event of its own when
//     the coder found none there: "talks between X and Y" (046, both
//     directions, read from the words when the parse breaks the phrase),
//     "X's talks with Y", "a meeting between X and Y" (040), "clashes
//     between X and Y" (190), "talks were held by X and Y"; it is dated
//     and flagged by its clause.
//     Talks the sentence cancels or postpones are none.
//   - A reaction drawn from others ("drawing condemnation from South
//     Korea and Japan", "criticism", "praise") is each of them acting on
//     the subject of the clause, or on its owner ("Thatcher's visit drew
//     praise from Gorbachev") (111, 051).
//   - A light verb whose event noun the dictionaries' phrases miss
//     ("made accusations against", "raised objections to", "heaped praise
//     on") is the subject's act with the code of the noun's verb, aimed
//     at the phrase of the noun's preposition.
//   - A subject that is, remains or keeps "in touch" or "in contact"
//     with a party consults it (040: "Bentsen said he had been in touch
//     with White House officials").
//   - A meeting (040) placed by its sentence on the target's soil and not
//     the source's is the source's visit (042: "a Hamas delegation met
//     Iran's foreign minister in Tehran"); on the source's soil, hosting
//     a visit (043).
//   - A verb of arrival or travel (arrive, land, fly, travel, head) whose
//     subject is a coded actor and whose destination is a resolved place
//     in another country is a visit to that country (042), placed at the
//     destination: "Chinese Premier Li Keqiang arrived in Canberra".
//   - Talks held or a meeting "in" a resolved place of another country
//     than the subject's, one state's actor, are a meeting with that
//     country (040, a visit 042 once placed there): "UK Foreign Secretary
//     Jack Straw held talks in Beijing"; not talks attended, boycotted or
//     held by several parties or an organisation.
//   - Force (root 19) used with no party named as its target, "in" or
//     "inside" a country or town of another country than the source's,
//     is force against that country: "Russian jets launched air strikes
//     in Syria" (an attack launched, mounted or ordered with no party
//     and no such place is an act without a target).
//   - A seizure whose object is a military post or a place (a base, an
//     outpost, a stronghold, a police station, a town) is territory
//     occupied (192), though its code may be its holders' ("captured
//     the last stronghold of the M23 rebels"); people seized are
//     abducted (181) by armed groups, arrested (173) by a state's forces.
//   - A town falls only to an armed party ("Ramadi fell to Islamic
//     State", 192; "exports fell to 5.8 billion" is none), and fire one
//     comes under from a party without arms is criticism (111: "Brown
//     came under fire from the Conservatives").
//   - The open complement of "threaten" (and a "warned that ... would"
//     clause) is a threat: 138 for force, 137 repression, 131/1312
//     sanctions, else 130 ("threatened to strike South Korea").
//   - The complement of a verb of intent (plan, vow, pledge, agree,
//     offer, ...) is, for a cooperative act or an appeal, the intent to do
//     it (03x: "agreed to resume talks" is 036, "plans to ask the IMF for
//     a loan" 030, stated by the subject only), and otherwise flagged
//     future; one the subject is deciding whether to do is no event; of
//     a refusal (refuse, fail, decline), flagged negated; of an appeal
//     (urge, ask, call, press, ...), flagged hypothetical, and so is the
//     act by which the party asked or wanted is to do it ("wants Britain
//     to use its influence to pressure the US").
//   - Not coded: an event of the main verb aimed at the party of an
//     absolute "with" clause set off by a comma (", with the Tories set
//     to campaign for a no vote"), who acts in that clause only; a
//     defection aimed at the party one defects to, which is joined, not
//     rejected; and "suggest" with a clause of fact or possibility
//     ("reports suggesting Washington might issue bonds"), which says
//     what seems true, as an appeal (020), which it is only with a
//     mandative clause ("suggested Japan open its markets").
//   - A stated intent of the speaker (coder.Event.Intent: "Nakasone said
//     he will meet Reagan" is 036, "Iran said it would retaliate against
//     Israel" a threat, 138) happened when it was said: it carries no
//     future or hypothetical flag.
//
// A story discard phrase in the title or the first two sentences drops
// every event of the article and is reported as a warning
// (ErrStoryDiscarded), and so do a sports story (three distinct terms
// of sport, see sportsStory) and a story of show business (four of film,
// music and television, see showbizStory); later in the story such a
// phrase is a passing mention that drops its sentence only, as a
// sentence discard does, silently. The Phoenix sentence discards that only name a
// time (the years 1914-2013, "YEARS AGO", "MONTHS LATER") are not used:
// Phoenix meant them to keep history out of a daily feed, but on an
// archive they drop the news of the day ("in 1987" in a 1987 story), and
// tacitus dates every event and flags the old ones "historical" instead.
// Nor are those of the built-in file that name what political news is
// about (disasters and epidemics that bring aid and bans, the world wars,
// the World Trade Center, the Nobel prize: "Japan will give $500 million
// in aid to tsunami victims in Indonesia"); a user's discard files keep
// every phrase.
//
//   - CAMEO code, root, QuadClass and Goldstein come from package cameo
//     (GDELT convention); a dictionary code that the CAMEO table lacks is
//     read as its nearest listed ancestor ("0874" stays, a four-digit code
//     absent from the table becomes its three-digit parent), and one with
//     no listed ancestor is dropped with a warning. PLOVER is
//     cameo.PLOVER(code), null for the statements of root 01.
//   - Actors are event.NewActor of the coder's code and the span of the
//     noun phrase it coded.
//   - The date is dates.EventDateFlags on the event's verb token (the
//     first verb among the tokens of the coder's verb span): a temporal
//     expression of the verb's clause (basis "text"), else one of the
//     verb that reports it (the head of its clausal complement, or a
//     closing reporting clause: "X warned Y, an official said
//     Tuesday"), else the article date (basis "article"), else null; a
//     stated intent (coder.Event.Intent) is dated by its speech verb. A
//     week is reported as the month
//     of its Monday (precision "month"); a decade is dropped (null date),
//     as package event documents.
//   - Flags: "negated" when the verb has a not/n't/never adverb or its
//     object the determiner "no"; "hypothetical" when the verb, or a verb
//     it is the xcomp or conjunct of, has a would/could/might/may/should
//     auxiliary or an if/unless/lest/"in case" marker; "future" and
//     "historical" from package dates; "quoted" when the verb lies inside a quotation
//     opened earlier in its sentence (straight, curly or newswire quotes;
//     a quotation running over several sentences is not followed).
//
// # Speed
//
// Tagging and parsing are most of the cost of coding, and most news
// sentences (markets, sport, quotations without named parties) cannot
// yield an event. A sentence is therefore parsed only when its words hold
// two non-overlapping actor or agent phrases of the dictionaries (one with
// Options.UnknownActors); the coder needs a coded source and a different
// coded target, except for appeals, denials and refusals, so one phrase
// and a form of such a verb ("urged", "denied", "declined") suffice. Because package actors also codes words the dictionaries
// do not, a personal pronoun (he, she, they, we), "sides" and a
// capitalised surname of a dictionary person ("Reagan") count as actor
// phrases too. On 1,000 Reuters articles this parses 34% of the
// sentences (25% with dictionary phrases alone) and loses none of the
// events of 300 articles coded without the prefilter; 4% of those get
// other actor codes, because anaphora cannot see the sentences that were
// not parsed (TestPrefilterKeepsEvents).
//
// # Location
//
// The location is chosen in this order:
//
//  1. "sentence": among the resolved locative place mentions of the
//     sentence (places.Mentions: "in Tehran", "near the border town of
//     X"), one attached to the event's verb clause, that is, whose
//     nearest verbal ancestor in the dependency tree is the verb or a verb
//     of its xcomp/conjunct chain; several such mentions: the nearest to
//     the verb in tokens. Without one attached to the verb's clause, the
//     resolved locative mention nearest to the verb anywhere in the
//     sentence.
//     A visit (042) whose target is a place mention ("flew to Moscow") is
//     placed at its destination, and a seat of government named as the
//     scene ("met Trump at the White House", "at the Kremlin") at its
//     city, and a site the verb's object names with a place ("attacked
//     the Goma airport") at that place, all with basis "sentence".
//  2. "dateline": the resolved place of the article's dateline.
//  3. "article": without a dateline, an event between actors of one
//     country (or without a target) is placed at the scene of the
//     article's speech or meeting: the one city of that country the
//     article names after a locative preposition shortly after a word of
//     speaking or gathering ("Speaking in Harrogate, Mr Kennedy said",
//     "the party's spring conference in Brighton"), in a sentence at most
//     four sentences from the event's. An article naming two such cities
//     of the country names no one scene.
//  4. "actor": otherwise such an event is placed in that country, at the
//     country's coordinates, which the gazetteer puts at its capital: "the
//     Liberal Democrats accused the government" in an undatelined British
//     story is British politics, located in London. Events between
//     countries are not placed this way.
//  5. null.
//
// Directional mentions ("to Paris", "from Qatar") and bare names ("Syria's
// army") never locate an event: they name a destination, origin or actor
// more often than the scene.
//
// # Unknown actors
//
// With Options.UnknownActors, a noun phrase that stands in the source or target position of a coded
// verb but that no actor or agent phrase of the dictionaries codes is an
// unknown actor (Result.Unknown): the list of candidates for a user's
// dictionary. Only phrases with a word tagged as a proper noun are listed
// ("the talks", "analysts", "they" are never dictionary entries), without
// a leading "the".
package extract
