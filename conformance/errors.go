package conformance

import "errors"

// ErrorKind names an error the suite expects a coder to stop with
// (<EventCoding error="...">).
type ErrorKind string

// The error kinds the suite uses.
const (
	// Dateline: the sentence is a news dateline, not a clause.
	Dateline ErrorKind = "dateline"
	// BadInputParse: the input could not be parsed.
	BadInputParse ErrorKind = "bad_input_parse"
	// SentenceDiscard: a discard phrase removes the sentence.
	SentenceDiscard ErrorKind = "sentencediscard"
	// StoryDiscard: a discard phrase removes the whole story.
	StoryDiscard ErrorKind = "storydiscard"
)

// Sentinel errors a Coder returns (wrapped or not) to stop on a record. The
// scorer matches them with errors.Is against the record's ExpectError.
var (
	// ErrDateline stops on a news dateline (kind Dateline).
	ErrDateline = errors.New("dateline")
	// ErrBadInputParse stops on input that cannot be parsed (kind BadInputParse).
	ErrBadInputParse = errors.New("bad input parse")
	// ErrSentenceDiscard stops on a sentence discard phrase (kind SentenceDiscard).
	ErrSentenceDiscard = errors.New("sentence discarded")
	// ErrStoryDiscard stops on a story discard phrase (kind StoryDiscard).
	ErrStoryDiscard = errors.New("story discarded")
)

// Err returns the sentinel error for the kind, or nil for an unknown kind.
func (k ErrorKind) Err() error {
	switch k {
	case Dateline:
		return ErrDateline
	case BadInputParse:
		return ErrBadInputParse
	case SentenceDiscard:
		return ErrSentenceDiscard
	case StoryDiscard:
		return ErrStoryDiscard
	}
	return nil
}

// kindOf returns the kind of a coder error, or "" when it is none of the
// sentinels.
func kindOf(err error) ErrorKind {
	for _, k := range []ErrorKind{Dateline, BadInputParse, SentenceDiscard, StoryDiscard} {
		if errors.Is(err, k.Err()) {
			return k
		}
	}
	return ""
}
