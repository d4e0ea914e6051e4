// Package dictionary reads the PETRARCH/TABARI dictionary formats -
// verbs (both pattern dialects), actors, agents, discards, issues and
// prepositions - into plain Go data with the file:line of every entry,
// and builds the lookup structures an event coder needs. The normative
// description of the formats is the project's PETRARCH format
// specification; section numbers in the comments ("spec 2.5") refer to
// it.
//
// # Reading
//
// Each file kind has a reader (ParseVerbs, ParseActors, ParseAgents,
// ParseDiscards, ParseIssues, ParsePrepositions) that returns the parsed
// file and, if some lines are malformed, an ErrorList: every problem as
// "file:line: message", sorted, each wrapping a sentinel (ErrSyntax,
// ErrCode, ErrDate, ErrContext, ...). Malformed lines are skipped and
// everything else is returned, so a caller may choose to go on. Oddities
// that the reference programs tolerate, or that occur in the shipped
// Phoenix files and have one clear reading, are not errors: they are
// read leniently and listed in the file's Warnings. No reader panics on
// any input.
//
// # Matching
//
// Files of a kind are combined in a dictionary (VerbDict, ActorDict,
// AgentDict, DiscardDict, IssueDict) in overlay layers: AddLayer adds a
// layer, and a phrase (or verb form, synset, block) defined in a later
// layer hides the earlier layers' definitions. Set bundles all kinds;
// LoadDir and Load build one from directories or file lists.
//
// Phrase dictionaries are word tries: LongestMatch(words, i) finds the
// longest entry phrase starting at words[i] in O(phrase length). Words
// are whole tokens in Penn Treebank tokenisation (spec sec. 1); matching
// is case-insensitive (ASCII and Unicode letters are folded to upper
// case on the fly), so a coder may pass tokens in any case. Lookups
// never allocate and the dictionaries are safe for concurrent use once
// built.
//
// Verbs are looked up by any form with VerbDict.Lookup, which returns
// the forms (single- and multi-word) whose verb word it is, each linked
// to its Verb, VerbBlock and the block's Patterns. Patterns are parsed
// into tokens (dialect A, Linear: Pattern.Upper/Lower) or constituents
// (dialect B, Syntactic: Pattern.Pre/Post); synset references are linked
// to their Synset, which offers allocation-free member matching.
//
// Actor codes may be limited in time; ActorEntry.CodeAt chooses the code
// for a sentence date with the rule the validation suite expects.
package dictionary
