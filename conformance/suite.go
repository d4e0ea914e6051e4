// Package conformance runs tacitus's event coder against the PETRARCH
// validation suite and scores the result.
//
// The suite (testdata/petrarch2, copied from openeventdata/petrarch2 under
// the MIT license) is one XML file of 284 test sentences plus four small
// dictionaries. ReadSuite reads the file into Records; each Record carries the
// sentence text, its date, the coder options in force for it (Config) and
// what the coder is expected to produce: a list of (source, target, event)
// codings, no event, or a stop with a named error.
//
// Run feeds every record to a Coder and Score compares what it produced
// with the expectations. The coder sees only an Input — text, date and
// options — never a record's id, category or expected codes, and the
// scorer's verdict depends only on the expectations: categories only group
// the report. Unsatisfiable lists the expectations that no coder working
// from the text can meet as written (see the suite specification,
// petrarch-formats.md §8), so a Report can tell real misses from known ones.
package conformance

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Errors returned by ReadSuite, wrapped with the record position and line.
var (
	// ErrSyntax reports malformed XML.
	ErrSyntax = errors.New("malformed suite XML")
	// ErrUnexpectedElement reports an element the suite format does not have
	// where it appears.
	ErrUnexpectedElement = errors.New("unexpected element")
	// ErrMissingAttr reports a required attribute that is absent or empty.
	ErrMissingAttr = errors.New("missing attribute")
	// ErrBadDate reports a Sentence date that is not YYYYMMDD.
	ErrBadDate = errors.New("bad date")
	// ErrBadAttr reports a Sentence sentence/valid attribute that is not
	// true or false.
	ErrBadAttr = errors.New("bad attribute value")
	// ErrBadEventCoding reports an EventCoding that is neither an event, a
	// noevents mark nor a known error, or that is mixed with others.
	ErrBadEventCoding = errors.New("bad EventCoding")
	// ErrBadText reports a Sentence without exactly one Text.
	ErrBadText = errors.New("bad Text")
	// ErrUnknownOption reports a Config option the suite does not define.
	ErrUnknownOption = errors.New("unknown config option")
	// ErrBadConfigValue reports a Config value of the wrong type.
	ErrBadConfigValue = errors.New("bad config value")
)

// Coding is one event: source actor code, target actor code and event code.
// All three are opaque strings compared exactly ("---" is the null actor,
// `"INJURY TOLL"` with its quotes a new-actor string, "174K" an event code).
type Coding struct {
	Source, Target, Event string
}

// String formats the coding as "SOURCE TARGET EVENT".
func (c Coding) String() string { return c.Source + " " + c.Target + " " + c.Event }

// Environment is the suite's <Environment>: dictionary file names relative
// to the suite folder, and the run settings.
type Environment struct {
	Verbfile    string
	Actorfiles  []string
	Agentfile   string
	Discardfile string
	// Errorfile is an obsolete output file name, kept as read.
	Errorfile string
	// Include lists the categories the reference runner ran; the word
	// "valid" in it means "only records whose Valid is true".
	Include []string
	// Pause is the reference runner's interactive setting (Always, Never,
	// Stop); it has no effect on scoring.
	Pause string
	// Config lists the options set inside <Environment>. They are applied
	// before the first record (the reference runner ignored them; the only
	// one, stop_on_error, does not change codes).
	Config []ConfigChange
}

// ConfigChange is one <Config option=... value=...> element.
type ConfigChange struct {
	// Before is the position of the first record the change applies to
	// (len(Records)+1 for a change after the last record, 1 inside
	// <Environment>).
	Before        int
	Option, Value string
}

// Record is one <Sentence> of the suite.
type Record struct {
	// Position is the record's 1-based index among the suite's Sentences.
	// Ids repeat (AGENTS-18 and AGENTS-19 occur twice), so results are keyed
	// by Position.
	Position int
	// Line is the line of the <Sentence> tag in the file.
	Line int
	// ID and Category are the record's labels. Neither may influence coding
	// or scoring; Category groups the report.
	ID, Category string
	// Date is the sentence date (attribute date, YYYYMMDD), used by actor
	// dictionaries with date restrictions.
	Date time.Time
	// Valid is the sentence attribute ("valid" in older copies): false marks
	// the records the reference coder is not expected to pass.
	Valid bool
	// Skip is true when the record has a <Skip> element (an older way to
	// mark records the runner should skip; this copy has none).
	Skip bool
	// Text is the sentence with line breaks and runs of white space turned
	// into single spaces. Entities are decoded.
	Text string
	// Parse is the record's Penn Treebank parse as written. tacitus codes
	// from Text; the parse is kept for diagnosis only.
	Parse string
	// Expected lists the expected codings in file order. It is empty when
	// the record expects no events (noevents="True", or no EventCoding) or
	// an error.
	Expected []Coding
	// ExpectError is the error the coder must stop with, or "".
	ExpectError ErrorKind
	// Config holds the options in force for this record.
	Config Config
}

// Suite is a parsed validation record file.
type Suite struct {
	Env     Environment
	Records []Record
	// Changes lists the <Config> elements among the records, in order.
	Changes []ConfigChange
	// Stopped is true when a <Stop> element ended the record list early.
	Stopped bool
}

// Events returns the number of expected codings over all records.
func (s *Suite) Events() int {
	n := 0
	for i := range s.Records {
		n += len(s.Records[i].Expected)
	}
	return n
}

// LoadSuite reads the suite file at path.
func LoadSuite(path string) (*Suite, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("conformance: %w", err)
	}
	s, err := ReadSuite(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// xmlSentence mirrors a <Sentence> element.
type xmlSentence struct {
	Date     string       `xml:"date,attr"`
	ID       string       `xml:"id,attr"`
	Category string       `xml:"category,attr"`
	Sentence *string      `xml:"sentence,attr"`
	Valid    *string      `xml:"valid,attr"`
	Codings  []xmlCoding  `xml:"EventCoding"`
	Text     []string     `xml:"Text"`
	Parse    []string     `xml:"Parse"`
	Skip     []struct{}   `xml:"Skip"`
	Other    []xmlUnknown `xml:",any"`
}

type xmlUnknown struct{ XMLName xml.Name }

type xmlCoding struct {
	Source   *string `xml:"sourcecode,attr"`
	Target   *string `xml:"targetcode,attr"`
	Event    *string `xml:"eventcode,attr"`
	NoEvents *string `xml:"noevents,attr"`
	Error    *string `xml:"error,attr"`
}

type xmlConfig struct {
	Option *string `xml:"option,attr"`
	Value  *string `xml:"value,attr"`
}

type xmlEnvironment struct {
	Verbfile    string      `xml:"Verbfile"`
	Actorfile   []string    `xml:"Actorfile"`
	Agentfile   string      `xml:"Agentfile"`
	Discardfile string      `xml:"Discardfile"`
	Errorfile   string      `xml:"Errorfile"`
	Include     string      `xml:"Include"`
	Pause       string      `xml:"Pause"`
	Config      []xmlConfig `xml:"Config"`
}

// reader holds the state of one ReadSuite call.
type reader struct {
	d   *xml.Decoder
	s   *Suite
	cfg Config
}

// where describes the reader's position for error messages.
func (r *reader) where(line int) string {
	return fmt.Sprintf("conformance: record %d (line %d)", len(r.s.Records)+1, line)
}

// ReadSuite reads a validation record file: a <Validation> element holding
// an optional <Environment> and a <Sentences> list of <Config>, <Sentence>
// and <Stop> elements. Config changes apply, in order, to the records after
// them, starting from DefaultConfig. Errors name the position of the record
// being read and the line.
func ReadSuite(rd io.Reader) (*Suite, error) {
	r := &reader{d: xml.NewDecoder(rd), s: &Suite{}, cfg: DefaultConfig()}
	root, err := r.next()
	if err != nil {
		return nil, err
	}
	if root == nil || root.Name.Local != "Validation" {
		return nil, fmt.Errorf("%s: want <Validation>: %w", r.where(r.line()), ErrUnexpectedElement)
	}
	sawSentences := false
	for {
		el, err := r.next()
		if err != nil {
			return nil, err
		}
		if el == nil {
			break // </Validation>
		}
		switch el.Name.Local {
		case "Environment":
			if err := r.environment(el); err != nil {
				return nil, err
			}
		case "Sentences":
			if sawSentences {
				return nil, fmt.Errorf("%s: second <Sentences>: %w", r.where(r.line()), ErrUnexpectedElement)
			}
			sawSentences = true
			if err := r.sentences(); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("%s: <%s> in <Validation>: %w", r.where(r.line()), el.Name.Local, ErrUnexpectedElement)
		}
	}
	if !sawSentences {
		return nil, fmt.Errorf("conformance: no <Sentences>: %w", ErrUnexpectedElement)
	}
	return r.s, nil
}

func (r *reader) line() int {
	line, _ := r.d.InputPos()
	return line
}

// next returns the next start element, or nil at the end of the enclosing
// element. Character data, comments and processing instructions between
// elements are skipped.
func (r *reader) next() (*xml.StartElement, error) {
	for {
		tok, err := r.d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("%s: unexpected end of file: %w", r.where(r.line()), ErrSyntax)
			}
			return nil, fmt.Errorf("%s: %w: %w", r.where(r.line()), ErrSyntax, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return &t, nil
		case xml.EndElement:
			return nil, nil
		}
	}
}

func (r *reader) environment(el *xml.StartElement) error {
	line := r.line()
	var env xmlEnvironment
	if err := r.d.DecodeElement(&env, el); err != nil {
		return fmt.Errorf("%s: %w: %w", r.where(line), ErrSyntax, err)
	}
	r.s.Env = Environment{
		Verbfile:    strings.TrimSpace(env.Verbfile),
		Agentfile:   strings.TrimSpace(env.Agentfile),
		Discardfile: strings.TrimSpace(env.Discardfile),
		Errorfile:   strings.TrimSpace(env.Errorfile),
		Include:     strings.Fields(env.Include),
		Pause:       strings.TrimSpace(env.Pause),
	}
	for _, a := range env.Actorfile {
		r.s.Env.Actorfiles = append(r.s.Env.Actorfiles, strings.TrimSpace(a))
	}
	for _, c := range env.Config {
		ch, err := r.config(c, line)
		if err != nil {
			return err
		}
		r.s.Env.Config = append(r.s.Env.Config, ch)
	}
	return nil
}

func (r *reader) config(c xmlConfig, line int) (ConfigChange, error) {
	if c.Option == nil || c.Value == nil {
		return ConfigChange{}, fmt.Errorf("%s: <Config> needs option and value: %w", r.where(line), ErrMissingAttr)
	}
	ch := ConfigChange{Before: len(r.s.Records) + 1, Option: strings.TrimSpace(*c.Option), Value: strings.TrimSpace(*c.Value)}
	if err := r.cfg.Set(ch.Option, ch.Value); err != nil {
		return ConfigChange{}, fmt.Errorf("%s: %w", r.where(line), err)
	}
	return ch, nil
}

func (r *reader) sentences() error {
	for {
		el, err := r.next()
		if err != nil {
			return err
		}
		if el == nil {
			return nil // </Sentences>
		}
		line := r.line()
		switch el.Name.Local {
		case "Config":
			var c xmlConfig
			if err := r.d.DecodeElement(&c, el); err != nil {
				return fmt.Errorf("%s: %w: %w", r.where(line), ErrSyntax, err)
			}
			ch, err := r.config(c, line)
			if err != nil {
				return err
			}
			r.s.Changes = append(r.s.Changes, ch)
		case "Sentence":
			var x xmlSentence
			if err := r.d.DecodeElement(&x, el); err != nil {
				return fmt.Errorf("%s: %w: %w", r.where(line), ErrSyntax, err)
			}
			rec, err := r.record(&x, line)
			if err != nil {
				return err
			}
			r.s.Records = append(r.s.Records, rec)
		case "Stop":
			if err := r.d.Skip(); err != nil {
				return fmt.Errorf("%s: %w: %w", r.where(line), ErrSyntax, err)
			}
			r.s.Stopped = true
			// The rest of <Sentences> is not read as records, but the
			// document must still be well-formed.
			for {
				el, err := r.next()
				if err != nil {
					return err
				}
				if el == nil {
					return nil
				}
				if err := r.d.Skip(); err != nil {
					return fmt.Errorf("%s: %w: %w", r.where(line), ErrSyntax, err)
				}
			}
		default:
			return fmt.Errorf("%s: <%s> in <Sentences>: %w", r.where(line), el.Name.Local, ErrUnexpectedElement)
		}
	}
}

func (r *reader) record(x *xmlSentence, line int) (Record, error) {
	w := r.where(line)
	rec := Record{
		Position: len(r.s.Records) + 1,
		Line:     line,
		ID:       strings.TrimSpace(x.ID),
		Category: strings.TrimSpace(x.Category),
		Skip:     len(x.Skip) > 0,
		Config:   r.cfg,
	}
	if len(x.Other) > 0 {
		return Record{}, fmt.Errorf("%s: <%s> in <Sentence>: %w", w, x.Other[0].XMLName.Local, ErrUnexpectedElement)
	}
	if rec.ID == "" {
		return Record{}, fmt.Errorf("%s: id: %w", w, ErrMissingAttr)
	}
	if rec.Category == "" {
		return Record{}, fmt.Errorf("%s %s: category: %w", w, rec.ID, ErrMissingAttr)
	}
	date := strings.TrimSpace(x.Date)
	d, err := time.Parse("20060102", date)
	if err != nil || len(date) != 8 {
		return Record{}, fmt.Errorf("%s %s: date %q: %w", w, rec.ID, x.Date, ErrBadDate)
	}
	rec.Date = d
	valid := x.Sentence
	if valid == nil {
		valid = x.Valid
	}
	if valid == nil {
		return Record{}, fmt.Errorf("%s %s: sentence: %w", w, rec.ID, ErrMissingAttr)
	}
	switch strings.ToLower(strings.TrimSpace(*valid)) {
	case "true":
		rec.Valid = true
	case "false":
	default:
		return Record{}, fmt.Errorf("%s %s: sentence=%q: %w", w, rec.ID, *valid, ErrBadAttr)
	}
	if len(x.Text) != 1 {
		return Record{}, fmt.Errorf("%s %s: %d <Text> elements: %w", w, rec.ID, len(x.Text), ErrBadText)
	}
	rec.Text = strings.Join(strings.Fields(x.Text[0]), " ")
	if rec.Text == "" {
		return Record{}, fmt.Errorf("%s %s: empty <Text>: %w", w, rec.ID, ErrBadText)
	}
	if len(x.Parse) > 1 {
		return Record{}, fmt.Errorf("%s %s: %d <Parse> elements: %w", w, rec.ID, len(x.Parse), ErrUnexpectedElement)
	}
	if len(x.Parse) == 1 {
		rec.Parse = strings.TrimSpace(x.Parse[0])
	}
	if err := expectations(&rec, x.Codings); err != nil {
		return Record{}, fmt.Errorf("%s %s: %w", w, rec.ID, err)
	}
	return rec, nil
}

// expectations fills Expected and ExpectError from the EventCodings: a list
// of events, one noevents="True" mark, one error="kind", or nothing (no
// events expected).
func expectations(rec *Record, cs []xmlCoding) error {
	var marks int
	for _, c := range cs {
		switch {
		case c.NoEvents != nil:
			if c.Source != nil || c.Target != nil || c.Event != nil || c.Error != nil {
				return fmt.Errorf("noevents mixed with other attributes: %w", ErrBadEventCoding)
			}
			if !strings.EqualFold(strings.TrimSpace(*c.NoEvents), "true") {
				return fmt.Errorf("noevents=%q: %w", *c.NoEvents, ErrBadEventCoding)
			}
			marks++
		case c.Error != nil:
			if c.Source != nil || c.Target != nil || c.Event != nil {
				return fmt.Errorf("error mixed with other attributes: %w", ErrBadEventCoding)
			}
			k := ErrorKind(strings.TrimSpace(*c.Error))
			if k.Err() == nil {
				return fmt.Errorf("error=%q is not a known error: %w", *c.Error, ErrBadEventCoding)
			}
			rec.ExpectError = k
			marks++
		default:
			if c.Source == nil || c.Target == nil || c.Event == nil {
				return fmt.Errorf("EventCoding needs sourcecode, targetcode and eventcode: %w", ErrBadEventCoding)
			}
			cd := Coding{Source: strings.TrimSpace(*c.Source), Target: strings.TrimSpace(*c.Target), Event: strings.TrimSpace(*c.Event)}
			if cd.Source == "" || cd.Target == "" || cd.Event == "" {
				return fmt.Errorf("empty code in EventCoding: %w", ErrBadEventCoding)
			}
			rec.Expected = append(rec.Expected, cd)
		}
	}
	if marks > 0 && len(cs) > 1 {
		return fmt.Errorf("a noevents or error EventCoding must be the only one: %w", ErrBadEventCoding)
	}
	return nil
}
