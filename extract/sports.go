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
	var seen [len(sportsTermList)]bool
	n := 0
	hit := func(k int) {
		if !seen[k] {
			seen[k] = true
			n++
		}
	}
	for _, words := range sentences {
		for i, w := range words {
			if k, ok := sportsTerms[w]; ok {
				hit(k)
			}
			if i+1 < len(words) {
				if k, ok := sportsPairs[[2]string{w, words[i+1]}]; ok {
					hit(k)
				}
			}
			if n >= minSportsTerms {
				return true
			}
		}
	}
	return false
}

// minSportsTerms is how many distinct sports terms make a sports story.
const minSportsTerms = 3

// sportsTermList holds the terms of sport: single words (upper case) and
// two-word names written "A B".
var sportsTermList = [...]string{
	"FOOTBALL", "RUGBY", "CRICKET", "TENNIS", "GOLF", "STRIKER", "MIDFIELD", "MIDFIELDER",
	"GOALKEEPER", "SQUAD", "PREMIERSHIP", "TOURNAMENT", "CHAMPIONSHIP", "CHAMPIONSHIPS",
	"SEMI-FINAL", "QUARTER-FINAL", "SEMI-FINALS", "QUARTER-FINALS", "KICK-OFF", "HALF-TIME",
	"SCORED", "WICKET", "WICKETS", "INNINGS", "OLYMPIC", "OLYMPICS", "ATHLETICS", "MARATHON",
	"MEDAL", "MEDALS", "SPRINTER", "BATSMAN", "BOWLER", "FIXTURE", "FIXTURES", "DEFENDER",
	"DEFENDERS", "PENALTY", "SEEDED", "MATCH", "MATCHES", "COACH", "STADIUM", "LEAGUE", "GOALS",
	"SIX NATIONS", "WORLD CUP", "FA CUP", "GRAND SLAM", "CHAMPIONS LEAGUE", "DAVIS CUP",
}

// sportsTerms and sportsPairs index sportsTermList.
var sportsTerms, sportsPairs = func() (map[string]int, map[[2]string]int) {
	one, two := map[string]int{}, map[[2]string]int{}
	for k, t := range sportsTermList {
		a, b, pair := strings.Cut(t, " ")
		if pair {
			two[[2]string{a, b}] = k
		} else {
			one[t] = k
		}
	}
	return one, two
}()

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
