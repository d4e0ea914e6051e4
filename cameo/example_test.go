package cameo_test

import (
	"fmt"

	"tacitus/cameo"
)

func Example() {
	e, _ := cameo.Lookup("042")
	fmt.Printf("%s %s (root %s %s): quad %d, Goldstein %.1f\n", e.Code, e.Name, e.Root, e.RootName, e.QuadClass, e.Goldstein)

	i, _ := cameo.ICEWS.Lookup("141")
	fmt.Printf("%s under ICEWS: %v\n", i.Name, i.QuadClass)

	p := cameo.PLOVER("042")
	fmt.Printf("PLOVER %s mode %s\n", p.Type, p.Mode)
	fmt.Println(cameo.PLOVER("010") == nil)
	// Output:
	// 042 Make a visit (root 04 CONSULT): quad 1, Goldstein 1.9
	// Demonstrate or rally under ICEWS: material conflict
	// PLOVER CONSULT mode visit
	// true
}
