package dictionary_test

import (
	"fmt"
	"strings"
	"testing/fstest"

	"tacitus/dictionary"
)

func ExampleLoadDir() {
	fsys := fstest.MapFS{
		"dict/my.verbs.txt": {Data: []byte("--- RESTORE [064] ---\nRESTORE\n- * TIES [064]\n")},
		"dict/my.actors.txt": {Data: []byte(
			"SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\nNEW_ZEALAND [NZE]\nZEALAND [DNK]\n")},
		"dict/my.agents.txt":    {Data: []byte("GOVERNMENT [~GOV]\n")},
		"user/extra.actors.txt": {Data: []byte("ZEALAND [ZLD]\n")}, // overlay
	}
	set, err := dictionary.LoadDir(fsys, "dict", "user")
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Sam Gamgee and the New Zealand government restored ties")
	date := dictionary.NewDate(2010, 1, 12)
	for i := 0; i < len(words); {
		if m, ok := set.Actors.LongestMatch(words, i); ok {
			code, _ := m.Entry.CodeAt(date)
			fmt.Printf("actor %q -> %s\n", strings.Join(words[m.Start:m.End], " "), code.Code)
			i = m.End
			continue
		}
		if m, ok := set.Agents.LongestMatch(words, i); ok {
			fmt.Printf("agent %q -> ~%s\n", strings.Join(words[m.Start:m.End], " "), m.Entry.Code)
			i = m.End
			continue
		}
		for _, form := range set.Verbs.Lookup(words[i]) {
			fmt.Printf("verb %q -> block %s, default %s, %d pattern(s)\n",
				words[i], form.Verb.Block.Name, form.Verb.EffectiveCode(), len(form.Verb.Block.Patterns))
		}
		i++
	}
	m, _ := set.Actors.LongestMatch([]string{"ZEALAND"}, 0)
	fmt.Println("overlaid ZEALAND:", m.Entry.Codes[0].Code, "from", m.Entry.Pos)
	// Output:
	// actor "Sam Gamgee" -> ORCHOB
	// actor "New Zealand" -> NZE
	// agent "government" -> ~GOV
	// verb "restored" -> block RESTORE, default 064, 1 pattern(s)
	// overlaid ZEALAND: ZLD from user/extra.actors.txt:1
}
