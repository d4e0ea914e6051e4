package builtin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tacitus/dictionary"
	"tacitus/dictionary/builtin"
)

// ExampleLoad codes the actors of a sentence with the built-in
// dictionaries overlaid by a user's directory (the CLI's --dict DIR),
// where the user codes the capital as the government.
func ExampleLoad() {
	dir, err := os.MkdirTemp("", "dict")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	user := "TEHRAN  [IRNGOV]  # the capital stands for the government\n"
	if err := os.WriteFile(filepath.Join(dir, "my.actors.txt"), []byte(user), 0o644); err != nil {
		fmt.Println(err)
		return
	}

	for _, opts := range []builtin.Options{{}, {Dirs: []string{dir}}} {
		d, err := builtin.Load(opts)
		if err != nil {
			fmt.Println(err)
			return
		}
		words := strings.Fields("Tehran and Iranians welcomed Jean-Luc Dehaene , the United Nations said")
		date := dictionary.NewDate(1995, 3, 1)
		var found []string
		for i := 0; i < len(words); i++ {
			m, ok := d.Set.Actors.LongestMatch(words, i)
			if !ok {
				continue
			}
			c, _ := m.Entry.CodeAt(date)
			found = append(found, strings.Join(words[m.Start:m.End], " ")+"="+c.Code)
			i = m.End - 1
		}
		fmt.Printf("%d layer(s): %s\n", len(d.Layers), strings.Join(found, ", "))
	}
	// Output:
	// 1 layer(s): Tehran=IRN, Iranians=IRN, Jean-Luc Dehaene=BELGOV, the United Nations=IGOUNO
	// 2 layer(s): Tehran=IRNGOV, Iranians=IRN, Jean-Luc Dehaene=BELGOV, the United Nations=IGOUNO
}
