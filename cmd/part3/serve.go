package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/server"
)

func init() {
	register(&command{
		name:    "serve",
		args:    "[--addr HOST:PORT] [--format text|json] [limits]",
		summary: "runs the HTTP/JSON service and the page for people at /",
		detail: `
Serves the engine over HTTP until SIGINT or SIGTERM: the versioned JSON API
(POST /v1/validate, /v1/review, /v1/overview, /v1/calendar, /v1/decide;
GET /v1/period/{date}, /v1/councils, /v1/duties, /v1/rules,
/v1/schemas/{kind}, /v1/version; described at /v1/openapi.json), the
health checks /healthz and /readyz, and at / a page where a planning lead
chooses or drops a plan, report or notice, sets the as-of date and reads
the findings. Every JSON answer is the same, byte for byte, as this tool's
--format json for the same input.

A request about one document sends it as the body, with ?as_of=DATE (or
today); the whole judgement context and several documents travel in an
envelope: {"context": {...}, "documents": [...], "files": [...], "plan":
{...}}. Errors are RFC 9457 problem details (application/problem+json)
naming the file, the JSON path, the line and column and what was expected.

The service keeps no state between requests. It writes one access log line
per request to standard error (method, route, status, bytes, duration; no
document content), as JSON with --format json, or as text; the address it
listens on goes to standard output. On SIGINT or SIGTERM it stops taking
connections, answers /readyz with 503, lets requests in flight finish for
up to --shutdown-timeout, and exits 0 (1 if some had to be cut off).

The limits below have defaults for a council's server; a document may in
any case be at most 8 MiB and nest at most 32 deep, the decoder's limits.
--check prints the address and the limits in force and exits, without
listening. To run it and ask it something:

  part3 serve --addr 127.0.0.1:8080
  curl --data-binary @plan/testdata/fife-2023-2026.json \
    'http://127.0.0.1:8080/v1/validate?as_of=2026-11-26&file=fife-2023-2026.json'`,
		example: `
$ part3 serve --addr 127.0.0.1:8080 --max-concurrent 8 --check
would listen on http://127.0.0.1:8080 with these limits:
  max-body-bytes       33554432
  max-documents        64
  max-concurrent       8
...`,
		bind: func(fs *flag.FlagSet) runFunc {
			cfg := server.DefaultConfig()
			cfg.AddFlags(fs)
			check := fs.Bool("check", false, "print the address and the limits in force, and exit without listening")
			return func(e *env, format string, args []string) int {
				if *check {
					return checkServe(e, cfg, args)
				}
				ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
				defer stop()
				return runServe(ctx, e, cfg, format, args)
			}
		},
	})
}

// checkServe prints the address and limits part3 serve would run with.
func checkServe(e *env, cfg server.Config, args []string) int {
	if len(args) > 0 {
		return fail(e, &usageError{fmt.Sprintf("serve: unexpected argument %q; run \"part3 serve -h\" for usage", args[0])})
	}
	if err := cfg.Validate(); err != nil {
		return fail(e, &usageError{"serve: " + err.Error()})
	}
	cors := strings.Join(cfg.CORSOrigins, ", ")
	if cors == "" {
		cors = "none"
	}
	fmt.Fprintf(e.stdout, "would listen on http://%s with these limits:\n", cfg.Addr)
	for _, l := range [][2]string{
		{"max-body-bytes", fmt.Sprint(cfg.MaxBodyBytes)},
		{"max-documents", fmt.Sprint(cfg.MaxDocuments)},
		{"max-concurrent", fmt.Sprint(cfg.MaxConcurrent)},
		{"read-header-timeout", cfg.ReadHeaderTimeout.String()},
		{"read-timeout", cfg.ReadTimeout.String()},
		{"write-timeout", cfg.WriteTimeout.String()},
		{"idle-timeout", cfg.IdleTimeout.String()},
		{"shutdown-timeout", cfg.ShutdownTimeout.String()},
		{"cors-origin", cors},
	} {
		fmt.Fprintf(e.stdout, "  %-20s %s\n", l[0], l[1])
	}
	fmt.Fprintf(e.stdout, "and the decoder's own: a document at most %d bytes, nested at most %d deep\n", part3.MaxDocumentSize, server.MaxDepth)
	return exitOK
}

// exitServeFailed is the exit status of a service that could not listen,
// or had to cut requests off when it stopped.
const exitServeFailed = 1

// runServe serves until ctx ends; the access log goes to standard error
// in the format asked for.
func runServe(ctx context.Context, e *env, cfg server.Config, format string, args []string) int {
	if len(args) > 0 {
		return fail(e, &usageError{fmt.Sprintf("serve: unexpected argument %q; run \"part3 serve -h\" for usage", args[0])})
	}
	if err := cfg.Validate(); err != nil {
		return fail(e, &usageError{"serve: " + err.Error()})
	}
	var h slog.Handler = slog.NewTextHandler(e.stderr, nil)
	if format == "json" {
		h = slog.NewJSONHandler(e.stderr, nil)
	}
	cfg.Logger = slog.New(h)
	cfg.Build = e.build
	if e.now != "" {
		// Tests fix today; noon in Scotland is that day whatever the zone.
		t, err := time.ParseInLocation("2006-01-02", e.now, time.UTC)
		if err != nil {
			return fail(e, fmt.Errorf("serve: today's date %q: %w", e.now, err))
		}
		cfg.Now = func() time.Time { return t.Add(12 * time.Hour) }
	}
	if err := server.Run(ctx, cfg, e.stdout); err != nil {
		// Not bad input: the address is taken, or the drain ran out of time.
		fmt.Fprintf(e.stderr, "part3: serve: %s\n", oneLine(err.Error()))
		return exitServeFailed
	}
	return exitOK
}
