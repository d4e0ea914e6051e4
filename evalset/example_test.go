package evalset_test

import (
	"fmt"

	"tacitus/evalset"
)

// Example scores a system's output, keyed by item id, against the embedded
// development set. Here the "system" finds exactly one gold event.
func Example() {
	items, err := evalset.Items()
	if err != nil {
		fmt.Println(err)
		return
	}
	system := map[string][]evalset.SystemEvent{
		"reuters:reuters21578-17335:0": {{Source: "USAGOV", Target: "JPN", CAMEO: "0354",
			Date: "1987-04-27", DatePrecision: evalset.PrecisionDay}},
	}
	tune := evalset.Score(items, system)[evalset.SplitTune]
	all := evalset.Score(items, system)["all"]
	fmt.Printf("all: TP %d, FP %d, date %d/%d\n", all.Strict.TP, all.Strict.FP, all.Date.Correct, all.Date.Total)
	fmt.Println("tune items:", tune.Items > 0)
	// Output:
	// all: TP 1, FP 0, date 1/1
	// tune items: true
}
