// Command rerootan measures how often the parsed root is wrong and what
// an oracle re-rooting would gain (experiment tool).
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"tacitus/nlp/conllu"
	"tacitus/nlp/models"
)

func uni(r string) string { u, _, _ := strings.Cut(r, ":"); return u }

func main() {
	flag.Parse()
	p, err := models.Default()
	if err != nil {
		panic(err)
	}
	f, _ := os.Open(flag.Arg(0))
	gold, err := conllu.ReadAll(f, flag.Arg(0))
	if err != nil {
		panic(err)
	}
	var total, uas, las int
	var gain [4][2]int // variants: g+r; +punct; +all children; grandchild too
	wrongRoot, wrongRootErr := 0, 0
	inChild, inGrand, notCand := 0, 0, 0
	relOfG := map[string]int{}
	relOfR := map[string]int{}
	for _, g := range gold {
		n := len(g.Words)
		s := g.NLP()
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.UPOS, t.XPOS, t.Lemma, t.Rel, t.Head = "", "", "", "", -1
		}
		p.Annotate(&s)
		if len(s.Tokens) != n {
			continue
		}
		head := make([]int, n+1)
		rel := make([]string, n+1)
		gh := make([]int, n+1)
		gr := make([]string, n+1)
		r, gro := 0, 0
		for i := 1; i <= n; i++ {
			head[i], rel[i] = s.Tokens[i-1].Head, uni(s.Tokens[i-1].Rel)
			gh[i], gr[i] = g.Words[i-1].Head, uni(g.Words[i-1].Deprel)
			if head[i] == 0 && r == 0 {
				r = i
			}
			if gh[i] == 0 {
				gro = i
			}
		}
		score := func(h []int, rl []string) (u, l int) {
			for i := 1; i <= n; i++ {
				if h[i] == gh[i] {
					u++
					if rl[i] == gr[i] {
						l++
					}
				}
			}
			return
		}
		u0, l0 := score(head, rel)
		total += n
		uas += u0
		las += l0
		if r == gro || r == 0 {
			continue
		}
		wrongRoot++
		wrongRootErr += n - u0
		kind := 0
		mid := 0
		if head[gro] == r {
			inChild++
			kind = 1
			relOfG[rel[gro]]++
		} else if head[gro] > 0 && head[head[gro]] == r {
			inGrand++
			kind = 2
			mid = head[gro]
			relOfG[rel[mid]+">"+rel[gro]]++
		} else {
			notCand++
		}
		if kind == 0 {
			continue
		}
		relOfR[gr[r]+fmt.Sprint(gh[r] == gro)]++
		for v := 0; v < 4; v++ {
			if kind == 2 && v < 3 {
				// variants 0-2 count children only; 3 adds grandchildren
			}
			if kind == 2 && v != 3 {
				continue
			}
			h := append([]int(nil), head...)
			rl := append([]string(nil), rel...)
			h[gro], rl[gro] = 0, "root"
			h[r] = gro
			if gh[r] == gro {
				rl[r] = gr[r]
			} else {
				rl[r] = "parataxis"
			}
			for i := 1; i <= n; i++ {
				if i == gro || i == r || head[i] != r || gh[i] != gro {
					continue
				}
				if (v == 1 || v == 3) && gr[i] == "punct" || v >= 2 {
					h[i] = gro
				}
			}
			u1, l1 := score(h, rl)
			gain[v][0] += u1 - u0
			gain[v][1] += l1 - l0
		}
	}
	fmt.Printf("words %d UAS %.2f LAS %.2f\n", total, 100*float64(uas)/float64(total), 100*float64(las)/float64(total))
	fmt.Printf("wrong root %d sentences, %d head errors; gold root child of r %d, grandchild %d, other %d\n", wrongRoot, wrongRootErr, inChild, inGrand, notCand)
	names := []string{"children: g,r only", "children: +punct", "children: +all r-children whose gold head is g", "children+grandchildren: +punct"}
	for v := 0; v < 4; v++ {
		fmt.Printf("oracle %-50s +%d heads +%d labels: UAS +%.2f LAS +%.2f\n", names[v], gain[v][0], gain[v][1], 100*float64(gain[v][0])/float64(total), 100*float64(gain[v][1])/float64(total))
	}
	dump := func(m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		for i, e := range l {
			if i >= 15 {
				break
			}
			fmt.Printf("  %s %d\n", e.k, e.v)
		}
	}
	fmt.Println("parsed rel of gold root (or path):")
	dump(relOfG)
	fmt.Println("gold rel of parsed root (true = gold head is new root):")
	dump(relOfR)
}
