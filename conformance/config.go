package conformance

import (
	"fmt"
	"strconv"
	"strings"
)

// Config holds the coder options that the suite's <Config> elements set.
// Every field changes what a compatible coder produces (see
// petrarch-formats.md §6.2 and §7).
type Config struct {
	// RequireDyad drops events whose source or target is the bare null
	// "---" (require_dyad).
	RequireDyad bool
	// NewActorLength, when positive, codes an uncoded noun phrase of at
	// most that many words as its quoted text (new_actor_length).
	NewActorLength int
	// CommaMin and CommaMax bound the word count of an internal comma
	// clause that is deleted; CommaMax 0 disables (comma_min, comma_max).
	CommaMin, CommaMax int
	// CommaBMin and CommaBMax do the same for the initial clause
	// (comma_bmin, comma_bmax).
	CommaBMin, CommaBMax int
	// CommaEMin and CommaEMax do the same for the terminal clause
	// (comma_emin, comma_emax).
	CommaEMin, CommaEMax int
	// StopOnError aborts on input errors instead of skipping the record
	// (stop_on_error). It does not change codes.
	StopOnError bool
}

// DefaultConfig returns the options of the suite's PETR_config.ini
// ([Options]): require_dyad True, new_actor_length 0, comma_min/max 2/8,
// comma_bmin/bmax 0/0, comma_emin/emax 2/8, stop_on_error False.
func DefaultConfig() Config {
	return Config{
		RequireDyad: true,
		CommaMin:    2, CommaMax: 8,
		CommaEMin: 2, CommaEMax: 8,
	}
}

// Set changes one option by its name in the suite (e.g. "require_dyad").
// Booleans accept true/false in any case; numbers are non-negative
// integers. It returns ErrUnknownOption or ErrBadConfigValue.
func (c *Config) Set(option, value string) error {
	var b *bool
	var n *int
	switch option {
	case "require_dyad":
		b = &c.RequireDyad
	case "stop_on_error":
		b = &c.StopOnError
	case "new_actor_length":
		n = &c.NewActorLength
	case "comma_min":
		n = &c.CommaMin
	case "comma_max":
		n = &c.CommaMax
	case "comma_bmin":
		n = &c.CommaBMin
	case "comma_bmax":
		n = &c.CommaBMax
	case "comma_emin":
		n = &c.CommaEMin
	case "comma_emax":
		n = &c.CommaEMax
	default:
		return fmt.Errorf("%q: %w", option, ErrUnknownOption)
	}
	v := strings.TrimSpace(value)
	if b != nil {
		switch strings.ToLower(v) {
		case "true":
			*b = true
		case "false":
			*b = false
		default:
			return fmt.Errorf("%s=%q: want true or false: %w", option, value, ErrBadConfigValue)
		}
		return nil
	}
	i, err := strconv.Atoi(v)
	if err != nil || i < 0 {
		return fmt.Errorf("%s=%q: want a non-negative integer: %w", option, value, ErrBadConfigValue)
	}
	*n = i
	return nil
}
