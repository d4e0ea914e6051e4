package segment_test

import (
	"fmt"
	"strings"

	"tacitus/nlp/segment"
)

func Example() {
	seg := segment.New(segment.Options{})
	text := "Maj. Gen. John Smith didn't arrive in the U.S. on Aug. 5.\n\nAl-Zaman's men left."
	for _, s := range seg.Segment(text) {
		var words []string
		for _, t := range s.Tokens {
			words = append(words, fmt.Sprintf("%s[%d:%d]", t.Text, t.Start, t.End))
		}
		fmt.Println(strings.Join(words, " "))
	}
	// Output:
	// Maj.[0:4] Gen.[5:9] John[10:14] Smith[15:20] did[21:24] n't[24:27] arrive[28:34] in[35:37] the[38:41] U.S.[42:46] on[47:49] Aug.[50:54] 5[55:56] .[56:57]
	// Al[59:61] -[61:62] Zaman[62:67] 's[67:69] men[70:73] left[74:78] .[78:79]
}
