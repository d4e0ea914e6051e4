package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"tacitus/store"
)

// Error codes of the error envelope (the Error schema's code enum).
const (
	CodeInvalidParameter = "invalid_parameter"
	CodeInvalidCursor    = "invalid_cursor"
	CodeInvalidBody      = "invalid_body"
	CodeNotFound         = "not_found"
	CodeUnauthorized     = "unauthorized"
	CodeForbidden        = "forbidden"
	CodeTooLarge         = "payload_too_large"
	CodeUnsupportedType  = "unsupported_media_type"
	CodeMethodNotAllowed = "method_not_allowed"
	CodeTimeout          = "timeout"
	CodeUnavailable      = "unavailable"
	CodeInternal         = "internal"
)

// ErrBadParameter is wrapped by every *Error about a query parameter, so that
// callers of the parsers (ParseEventQuery, ...) can branch on it.
var ErrBadParameter = errors.New("api: bad parameter")

// ErrCoderNotReady is wrapped by a Coder's error when it cannot code yet
// (its models are still loading); the API answers 503 with Retry-After.
var ErrCoderNotReady = errors.New("api: the coder is not ready yet")

// Error is an API error: the HTTP status, the machine-readable code, a
// message for people and, for a bad query parameter, its name. Handlers
// return it; the wrapper writes it as the JSON error envelope.
type Error struct {
	Status  int
	Code    string
	Message string
	// Param names the offending query parameter, "" when none.
	Param string
	// Err is the underlying error, if any; it is logged, never sent.
	Err error
}

// Error returns the message, with the parameter when there is one.
func (e *Error) Error() string {
	if e.Param != "" {
		return fmt.Sprintf("api: %s: %s", e.Param, e.Message)
	}
	return "api: " + e.Message
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// badParam returns the 400 error about query parameter name.
func badParam(name, format string, args ...any) *Error {
	return &Error{Status: http.StatusBadRequest, Code: CodeInvalidParameter, Param: name,
		Message: fmt.Sprintf(format, args...), Err: ErrBadParameter}
}

// errorOf maps any handler error to an *Error: store sentinels to 4xx,
// deadlines to 503, everything else to a 500 that does not leak details.
func errorOf(err error) *Error {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, store.ErrNotFound):
		return &Error{Status: http.StatusNotFound, Code: CodeNotFound, Message: "not found", Err: err}
	case errors.Is(err, store.ErrInvalidCursor):
		return &Error{Status: http.StatusBadRequest, Code: CodeInvalidCursor, Param: "cursor",
			Message: "the cursor is malformed or was made for other filters", Err: err}
	case errors.Is(err, store.ErrInvalidQuery):
		return &Error{Status: http.StatusBadRequest, Code: CodeInvalidParameter, Message: err.Error(), Err: err}
	case errors.Is(err, ErrCoderNotReady):
		return &Error{Status: http.StatusServiceUnavailable, Code: CodeUnavailable,
			Message: "the coder is still loading its models; retry in a minute", Err: err}
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Status: http.StatusServiceUnavailable, Code: CodeTimeout, Message: "the request took too long", Err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Status: http.StatusServiceUnavailable, Code: CodeTimeout, Message: "the request was cancelled", Err: err}
	}
	return &Error{Status: http.StatusInternalServerError, Code: CodeInternal, Message: "internal server error", Err: err}
}
