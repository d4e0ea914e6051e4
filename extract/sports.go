package extract

import "strings"

// sportsStory reports whether an article is a sports story: its words
// (upper case, hyphenated words joined, one slice per sentence) hold at
// least minSportsTerms distinct terms of sport. Teams are named after
// their countries and cities ("when Italy come to Edinburgh", "Ireland
// beat Wales"), clubs and officials after people, and a sports story
// holds no political event. One or two terms do not make one: a
// politician may mention the World Cup or a football club's stadium. On
// the BBC 2004-2005 corpus three terms flag 366 of the 511 sports stories
// and none of the 417 politics stories (13 of its 1,297 business,
// technology and entertainment stories, mostly about sport too).
func sportsStory(sentences [][]string) bool {
	return sportsTerms.story(sentences, minSportsTerms)
}

// showbizStory reports whether an article is a story of show business:
// its words hold at least minShowbizTerms distinct terms of film, music
// and television (showbizTermList). Its people act in plots, bands and
// charts ("beat Madonna to the top of the charts", "persuaded the band
// to reform", "a Jamaican joins British troops" in a novel), not in
// politics. On the BBC 2004-2005 corpus four terms flag 238 of its 386
// entertainment stories and none of the 417 politics or 511 sports
// stories (21 technology stories on films and games, one business story
// on a film studio); on Reuters one story (the Academy Awards).
func showbizStory(sentences [][]string) bool {
	return showbizTerms.story(sentences, minShowbizTerms)
}

// minSportsTerms is how many distinct sports terms make a sports story.
const minSportsTerms = 3

// minShowbizTerms is how many distinct terms of show business make a
// story of it.
const minShowbizTerms = 4

// termSet indexes a list of terms: single words (upper case) and
// two-word names written "A B".
type termSet struct {
	// words holds every word that is a term or starts a two-word term,
	// so that a word of neither costs one lookup.
	words map[string]termWord
	two   map[[2]string]int
	n     int
	// starts[c] has bit min(len(w), 63) set for every word w of words
	// that begins with byte c: most words of a story begin otherwise or
	// are of another length, and are passed over without a lookup.
	starts [256]uint64
}

// termWord is what a termSet knows of a word.
type termWord struct {
	term  int  // index of the word as a term of its own, -1 if none
	first bool // the word starts a two-word term
}

// newTermSet indexes list.
func newTermSet(list []string) termSet {
	ts := termSet{words: map[string]termWord{}, two: map[[2]string]int{}, n: len(list)}
	word := func(w string) termWord {
		if tw, ok := ts.words[w]; ok {
			return tw
		}
		return termWord{term: -1}
	}
	for k, t := range list {
		if a, b, pair := strings.Cut(t, " "); pair {
			ts.two[[2]string{a, b}] = k
			tw := word(a)
			tw.first = true
			ts.words[a] = tw
		} else {
			tw := word(t)
			tw.term = k
			ts.words[t] = tw
		}
	}
	for w := range ts.words {
		ts.starts[w[0]] |= startBit(w)
	}
	return ts
}

// startBit is the bit of termSet.starts for word w's length.
func startBit(w string) uint64 { return 1 << min(len(w), 63) }

// story reports whether sentences' words (upper case, hyphenated words
// joined, one slice per sentence) hold at least min distinct terms of ts.
func (ts *termSet) story(sentences [][]string, min int) bool {
	seen := make([]bool, ts.n)
	n := 0
	hit := func(k int) {
		if !seen[k] {
			seen[k] = true
			n++
		}
	}
	for _, words := range sentences {
		for i, w := range words {
			if w == "" || ts.starts[w[0]]&startBit(w) == 0 {
				continue
			}
			tw, ok := ts.words[w]
			if !ok {
				continue
			}
			if tw.term >= 0 {
				hit(tw.term)
			}
			if tw.first && i+1 < len(words) {
				if k, ok := ts.two[[2]string{w, words[i+1]}]; ok {
					hit(k)
				}
			}
			if n >= min {
				return true
			}
		}
	}
	return false
}

// sportsTermList holds the terms of sport.
var sportsTermList = [...]string{
	"FOOTBALL", "RUGBY", "CRICKET", "TENNIS", "GOLF", "STRIKER", "MIDFIELD", "MIDFIELDER",
	"GOALKEEPER", "SQUAD", "PREMIERSHIP", "TOURNAMENT", "CHAMPIONSHIP", "CHAMPIONSHIPS",
	"SEMI-FINAL", "QUARTER-FINAL", "SEMI-FINALS", "QUARTER-FINALS", "KICK-OFF", "HALF-TIME",
	"SCORED", "WICKET", "WICKETS", "INNINGS", "OLYMPIC", "OLYMPICS", "ATHLETICS", "MARATHON",
	"MEDAL", "MEDALS", "SPRINTER", "BATSMAN", "BOWLER", "FIXTURE", "FIXTURES", "DEFENDER",
	"DEFENDERS", "PENALTY", "SEEDED", "MATCH", "MATCHES", "COACH", "STADIUM", "LEAGUE", "GOALS",
	"SIX NATIONS", "WORLD CUP", "FA CUP", "GRAND SLAM", "CHAMPIONS LEAGUE", "DAVIS CUP",
}

// showbizTermList holds the terms of film, music, television and books.
var showbizTermList = [...]string{
	"ALBUM", "ALBUMS", "SINGER", "SINGERS", "SONGWRITER", "BAND", "BANDS", "FILM", "FILMS",
	"MOVIE", "MOVIES", "ACTOR", "ACTRESS", "ACTORS", "OSCAR", "OSCARS", "BAFTA", "BAFTAS",
	"GRAMMY", "GRAMMYS", "RAPPER", "SONG", "SONGS", "PREMIERE", "SOUNDTRACK", "NOVEL",
	"NOVELIST", "MUSICAL", "COMEDY", "SITCOM", "CHARTS", "HOLLYWOOD", "BOX-OFFICE", "NOMINATED",
	"NOMINATION", "NOMINATIONS", "GIG", "GIGS", "ROCK", "POP", "DRAMA", "SEQUEL", "STARRING",
	"DIRECTED", "CINEMA", "CINEMAS", "BOX OFFICE", "TOP 10", "NUMBER ONE", "BEST ACTOR",
	"BEST ACTRESS", "BEST FILM",
}

// sportsTerms and showbizTerms index the lists.
var (
	sportsTerms  = newTermSet(sportsTermList[:])
	showbizTerms = newTermSet(showbizTermList[:])
)

// sportsSentence reports whether a sentence's words (upper case,
// hyphenated words joined) hold a term that only sport uses ("The striker
// picked up the knock in an Under-21 match against Holland", "Wales have
// beaten France ... for a first Six Nations title"): teams named after
// countries, clubs after people, play and no politics. Terms that
// politics uses too ("match", "coach", "league", "penalty", "defenders",
// "World Cup", "the premiership") do not count.
func sportsSentence(words []string) bool {
	for i, w := range words {
		if sportsOnlyTerms[w] {
			return true
		}
		if i+1 < len(words) && sportsOnlyPairs[[2]string{w, words[i+1]}] {
			return true
		}
	}
	return false
}

// sportsOnlyTerms and sportsOnlyPairs are the terms of sportsSentence.
var sportsOnlyTerms = map[string]bool{
	"STRIKER": true, "MIDFIELD": true, "MIDFIELDER": true, "GOALKEEPER": true,
	"SEMI-FINAL": true, "QUARTER-FINAL": true, "SEMI-FINALS": true, "QUARTER-FINALS": true,
	"KICK-OFF": true, "HALF-TIME": true, "WICKET": true, "WICKETS": true, "INNINGS": true,
	"BATSMAN": true, "UNDER-21": true, "UNDER-21S": true,
}

var sportsOnlyPairs = map[[2]string]bool{
	{"SIX", "NATIONS"}: true, {"FA", "CUP"}: true, {"CHAMPIONS", "LEAGUE"}: true, {"DAVIS", "CUP"}: true,
}
