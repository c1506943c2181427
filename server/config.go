package server

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
)

// The defaults of [Config], each a flag of "part3 serve" (see
// [Config.AddFlags]).
const (
	// DefaultAddr is the address the service listens on: the loopback
	// interface only, so that exposing it is a decision.
	DefaultAddr = "127.0.0.1:8080"
	// DefaultMaxBodyBytes is the largest request body: 32 MiB, room for
	// the 32 council areas' plans of a national review (a plan of 1,000
	// services is about 1.3 MiB; one document may be at most
	// part3.MaxDocumentSize, 8 MiB).
	DefaultMaxBodyBytes = 32 << 20
	// DefaultMaxDocuments is the most documents one request may carry:
	// 64, every council area's plan and a report on each.
	DefaultMaxDocuments = 64
	// DefaultMaxConcurrent is the most requests handled at once; the
	// next is answered 503 with Retry-After at once, never queued.
	DefaultMaxConcurrent = 16
	// DefaultReadHeaderTimeout bounds reading a request's headers.
	DefaultReadHeaderTimeout = 5 * time.Second
	// DefaultReadTimeout bounds reading a whole request, body included.
	DefaultReadTimeout = 30 * time.Second
	// DefaultWriteTimeout bounds a request from the end of its headers to
	// the end of the answer: judging 32 plans of 1,000 services takes
	// well under a second here.
	DefaultWriteTimeout = 60 * time.Second
	// DefaultIdleTimeout bounds how long a kept-alive connection waits
	// for its next request.
	DefaultIdleTimeout = 120 * time.Second
	// DefaultShutdownTimeout bounds the draining of in-flight requests
	// after SIGINT or SIGTERM; requests still running then are cut off.
	DefaultShutdownTimeout = 15 * time.Second
	// DefaultRetryAfter is what a 503 answer's Retry-After says, in whole
	// seconds.
	DefaultRetryAfter = 1 * time.Second
)

// MaxDepth is the deepest nesting of JSON objects and arrays a document
// may have. It is the decoder's own limit ([part3.MaxDepth], 32), fixed
// for every interface of the module: it is not a setting of the service.
const MaxDepth = part3.MaxDepth

// Config is what a server is made with: its limits, its logger, the
// origins allowed to call it from a browser, and the sources of the build
// it reports and of today's date. The zero value of each member means its
// default; [DefaultConfig] returns every default.
type Config struct {
	// Addr is the TCP address Run listens on, "host:port".
	Addr string
	// MaxBodyBytes is the largest request body, in bytes; a larger one is
	// refused with 413.
	MaxBodyBytes int64
	// MaxDocuments is the most documents one request may carry; more are
	// refused with 422.
	MaxDocuments int
	// MaxConcurrent is the most requests handled at once (the health
	// checks aside); one more is refused with 503 and Retry-After.
	MaxConcurrent int
	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout are
	// those of the [http.Server].
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	// ShutdownTimeout bounds the draining of in-flight requests when
	// Serve's context ends.
	ShutdownTimeout time.Duration
	// RetryAfter is the wait a 503 answer advises, rounded up to seconds.
	RetryAfter time.Duration
	// CORSOrigins are the origins ("https://planning.example.gov.uk")
	// whose pages may call the API from a browser. Empty: none, and no
	// CORS header is sent.
	CORSOrigins []string
	// Logger receives one line per request (method, route, status, bytes,
	// duration; never a document's content) and the server's own events.
	// Nil: nothing is logged. part3 serve logs to standard error.
	Logger *slog.Logger
	// Build returns the build that answers report. Nil: [judge.ReadBuild].
	// Tests fix it, as the command-line tool's tests do.
	Build func() judge.Build
	// Now returns the time, for "today" in Scotland (as_of=today, the
	// page's default date). Nil: time.Now.
	Now func() time.Time
}

// DefaultConfig returns a Config with every default set.
func DefaultConfig() Config {
	return Config{
		Addr:              DefaultAddr,
		MaxBodyBytes:      DefaultMaxBodyBytes,
		MaxDocuments:      DefaultMaxDocuments,
		MaxConcurrent:     DefaultMaxConcurrent,
		ReadHeaderTimeout: DefaultReadHeaderTimeout,
		ReadTimeout:       DefaultReadTimeout,
		WriteTimeout:      DefaultWriteTimeout,
		IdleTimeout:       DefaultIdleTimeout,
		ShutdownTimeout:   DefaultShutdownTimeout,
		RetryAfter:        DefaultRetryAfter,
	}
}

// withDefaults returns c with each zero member set to its default.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Addr == "" {
		c.Addr = d.Addr
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.MaxDocuments <= 0 {
		c.MaxDocuments = d.MaxDocuments
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = d.MaxConcurrent
	}
	for _, t := range []struct{ v, d *time.Duration }{
		{&c.ReadHeaderTimeout, &d.ReadHeaderTimeout}, {&c.ReadTimeout, &d.ReadTimeout},
		{&c.WriteTimeout, &d.WriteTimeout}, {&c.IdleTimeout, &d.IdleTimeout},
		{&c.ShutdownTimeout, &d.ShutdownTimeout}, {&c.RetryAfter, &d.RetryAfter},
	} {
		if *t.v <= 0 {
			*t.v = *t.d
		}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	if c.Build == nil {
		c.Build = judge.ReadBuild
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// AddFlags binds c's limits and address to flags of fs, with c's values
// as their defaults: --addr, --max-body-bytes, --max-documents,
// --max-concurrent, --read-header-timeout, --read-timeout,
// --write-timeout, --idle-timeout, --shutdown-timeout and --cors-origin
// (repeatable, or comma-separated).
func (c *Config) AddFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", c.Addr, "the `HOST:PORT` to listen on (port 0: any free port)")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", c.MaxBodyBytes, "the largest request body, in `BYTES`; larger is refused with 413")
	fs.IntVar(&c.MaxDocuments, "max-documents", c.MaxDocuments, "the most documents in one request (`N`); more is refused with 422")
	fs.IntVar(&c.MaxConcurrent, "max-concurrent", c.MaxConcurrent, "the most requests handled at once (`N`); one more is refused with 503 and Retry-After, never queued")
	fs.DurationVar(&c.ReadHeaderTimeout, "read-header-timeout", c.ReadHeaderTimeout, "the longest time to read a request's headers (`DURATION`)")
	fs.DurationVar(&c.ReadTimeout, "read-timeout", c.ReadTimeout, "the longest time to read a whole request, body included (`DURATION`)")
	fs.DurationVar(&c.WriteTimeout, "write-timeout", c.WriteTimeout, "the longest time from the end of a request's headers to the end of its answer (`DURATION`)")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", c.IdleTimeout, "the longest time a kept-alive connection waits for its next request (`DURATION`)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", c.ShutdownTimeout, "on SIGINT or SIGTERM, the longest time to let requests in flight finish (`DURATION`)")
	fs.Func("cors-origin", "an `ORIGIN` (https://host[:port]) whose pages may call the API from a browser; repeat or separate with commas (default none: no CORS)", func(s string) error {
		for _, o := range strings.Split(s, ",") {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			if o == "*" || !(strings.HasPrefix(o, "https://") || strings.HasPrefix(o, "http://")) || strings.Count(o, "/") != 2 {
				return fmt.Errorf("%q is not an origin: expected scheme://host[:port], such as https://planning.example.gov.uk (\"*\" is refused: list the origins)", o)
			}
			c.CORSOrigins = append(c.CORSOrigins, o)
		}
		return nil
	})
}

// Validate reports a limit that cannot work: a negative or zero size,
// count or duration.
func (c Config) Validate() error {
	switch {
	case c.MaxBodyBytes <= 0:
		return fmt.Errorf("--max-body-bytes %d: expected a positive number of bytes", c.MaxBodyBytes)
	case c.MaxDocuments <= 0:
		return fmt.Errorf("--max-documents %d: expected a positive number", c.MaxDocuments)
	case c.MaxConcurrent <= 0:
		return fmt.Errorf("--max-concurrent %d: expected a positive number", c.MaxConcurrent)
	}
	for _, t := range []struct {
		name string
		d    time.Duration
	}{{"read-header-timeout", c.ReadHeaderTimeout}, {"read-timeout", c.ReadTimeout},
		{"write-timeout", c.WriteTimeout}, {"idle-timeout", c.IdleTimeout}, {"shutdown-timeout", c.ShutdownTimeout}} {
		if t.d <= 0 {
			return fmt.Errorf("--%s %s: expected a positive duration, such as 30s", t.name, t.d)
		}
	}
	return nil
}
