package cluster_test

import (
	"fmt"
	"os"
	"path/filepath"

	"tacitus/nlp/cluster"
)

func ExampleTable_Lookup() {
	f, err := os.Open(filepath.Join("..", "models", "clusters.bin.gz"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	tab, err := cluster.Load(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"Monday", "Tuesday", "Iran", "Iraq"} {
		path, bits, ok := tab.Lookup(w)
		fmt.Printf("%-7s %0*b %v 4-bit class %04b\n", w, bits, path, ok, cluster.Prefix(path, bits, 4))
	}
	// Output:
	// Monday  0010111001 true 4-bit class 0010
	// Tuesday 0010111001 true 4-bit class 0010
	// Iran    0001001100 true 4-bit class 0001
	// Iraq    0001001100 true 4-bit class 0001
}
