package server

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

//go:embed openapi.json
var openAPI []byte

// server is one service: its configuration, routes and the count of
// requests in flight. It keeps nothing of one request for another.
type server struct {
	cfg      Config
	mux      *http.ServeMux
	routes   []string      // the patterns, for a 404's list
	slots    chan struct{} // one per request in flight, at most MaxConcurrent
	draining atomic.Bool   // set when Serve's context ends
	page     *pageTemplates
	bodies   sync.Pool // *[]byte: request bodies, reused once answered
}

// New returns the service's handler, with cfg's limits (zero members take
// their defaults). It serves the routes of the package documentation and
// the page at "/". Serve runs it with an [http.Server] whose timeouts are
// cfg's; a caller that runs its own server must set them itself.
func New(cfg Config) http.Handler { return newServer(cfg) }

func newServer(cfg Config) *server {
	cfg = cfg.withDefaults()
	s := &server{cfg: cfg, mux: http.NewServeMux(), slots: make(chan struct{}, cfg.MaxConcurrent), page: newPageTemplates()}
	s.addRoutes()
	return s
}

// addRoutes wires every route, in one place.
func (s *server) addRoutes() {
	s.handle("GET /{$}", s.handlePage)
	s.handle("POST /{$}", s.handlePagePost)
	s.handle("POST /v1/validate", s.handleValidate)
	s.handle("POST /v1/review", s.handleReview)
	s.handle("POST /v1/overview", s.handleOverview)
	s.handle("POST /v1/calendar", s.handleCalendar)
	// One pattern for both files (a wildcard is a whole segment); the
	// routes listed are the two addresses.
	s.mux.HandleFunc("GET /v1/calendar/{file}", s.handleCalendarFile)
	s.routes = append(s.routes, "GET /v1/calendar/{council}.ics", "GET /v1/calendar/{council}.svg")
	s.handle("POST /v1/diff", s.handleDiff)
	s.handle("POST /v1/decide", s.handleDecide)
	s.handle("GET /v1/period/{date}", s.handlePeriod)
	s.handle("GET /v1/councils", s.handleCouncils)
	s.handle("GET /v1/councils/{name}", s.handleCouncil)
	s.handle("GET /v1/duties", s.handleDuties)
	s.handle("GET /v1/duties/{id}", s.handleDuty)
	s.handle("GET /v1/rules", s.handleRules)
	s.handle("GET /v1/schemas", s.handleSchemas)
	s.handle("GET /v1/schemas/{kind}", s.handleSchema)
	s.handle("GET /v1/openapi.json", s.handleOpenAPI)
	s.handle("GET /v1/version", s.handleVersion)
	s.handle("GET /healthz", s.handleHealthz)
	s.handle("GET /readyz", s.handleReadyz)
	s.mux.HandleFunc("OPTIONS /v1/{path...}", s.handlePreflight)
}

func (s *server) handle(pattern string, h http.HandlerFunc) {
	s.mux.HandleFunc(pattern, h)
	s.routes = append(s.routes, pattern)
}

// unlimited are the routes the concurrency limit does not apply to: a
// load balancer's health checks must be answered when the server is busy.
var unlimited = []string{"GET /healthz", "GET /readyz"}

// ServeHTTP routes r, with the headers, limit and access log every answer
// gets.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w}
	h := rec.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	s.cors(rec, r)

	_, pattern := s.mux.Handler(r)
	switch {
	case pattern == "":
		s.notFound(rec, r)
	case slices.Contains(unlimited, pattern):
		s.mux.ServeHTTP(rec, r)
	default:
		select {
		case s.slots <- struct{}{}:
			func() {
				defer func() { <-s.slots }()
				s.mux.ServeHTTP(rec, r)
			}()
		default:
			secs := int(math.Ceil(s.cfg.RetryAfter.Seconds()))
			rec.Header().Set("Retry-After", strconv.Itoa(max(1, secs)))
			writeProblem(rec, r, newProblem(http.StatusServiceUnavailable,
				fmt.Sprintf("the service is handling %d requests, its limit; try again in %d seconds", s.cfg.MaxConcurrent, max(1, secs))))
		}
	}
	route := pattern
	if route == "" {
		route = "unmatched"
	}
	status := rec.status
	if status == 0 {
		status = http.StatusOK
	}
	// No document content, query or path values: plans name people and
	// services. The route is the pattern, never the path.
	s.cfg.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
		slog.String("method", r.Method), slog.String("route", route), slog.Int("status", status),
		slog.Int64("bytes", rec.bytes), slog.Duration("duration", time.Since(start)))
}

// notFound answers a request no route matches: 405 with Allow when the
// path is a route's with another method, 404 listing the routes
// otherwise.
func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, p := s.mux.Handler(r2); p != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		if slices.Contains(allow, http.MethodGet) {
			allow = append(allow, http.MethodHead)
		}
		w.Header().Set("Allow", joinComma(allow))
		writeProblem(w, r, newProblem(http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: this route takes %s", r.Method, r.URL.Path, joinComma(allow))))
		return
	}
	p := newProblem(http.StatusNotFound, fmt.Sprintf("no route %s %s; the routes are listed in known, and described at /v1/openapi.json", r.Method, r.URL.Path))
	for _, rt := range s.routes {
		p.Known = append(p.Known, strings.Replace(rt, "{$}", "", 1))
	}
	writeProblem(w, r, p)
}

func joinComma(s []string) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += ", "
		}
		out += v
	}
	return out
}

// recorder records an answer's status and size for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets [http.ResponseController] reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// cors sets the CORS headers for a request from an allowed origin. With
// no origin allowed (the default) it sets none.
func (s *server) cors(w http.ResponseWriter, r *http.Request) {
	if len(s.cfg.CORSOrigins) == 0 {
		return
	}
	w.Header().Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	if origin == "" || !slices.Contains(s.cfg.CORSOrigins, origin) {
		return
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Expose-Headers", "Retry-After")
}

// handlePreflight answers a CORS preflight for the API: 204, with the
// methods and headers allowed when the origin is.
func (s *server) handlePreflight(w http.ResponseWriter, r *http.Request) {
	if w.Header().Get("Access-Control-Allow-Origin") != "" {
		h := w.Header()
		h.Set("Access-Control-Allow-Methods", "GET, POST")
		h.Set("Access-Control-Allow-Headers", "Content-Type, Accept")
		h.Set("Access-Control-Max-Age", "600")
	}
	w.WriteHeader(http.StatusNoContent)
}

// httpServer returns the [http.Server] for s, with every timeout of its
// configuration, its errors logged through its logger.
func (s *server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// Serve serves the service on ln until ctx ends, then stops taking
// connections, answers /readyz with 503, lets the requests in flight
// finish for at most cfg.ShutdownTimeout, closes any still open and
// returns. It returns nil after a drain that finished in time, an error
// saying how many were cut off otherwise, or the error that stopped the
// server before ctx ended.
func Serve(ctx context.Context, ln net.Listener, cfg Config) error {
	if err := cfg.withDefaults().Validate(); err != nil {
		return err
	}
	return newServer(cfg).serve(ctx, ln)
}

// serve is Serve for s.
func (s *server) serve(ctx context.Context, ln net.Listener) error {
	hs := s.httpServer()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.draining.Store(true)
	s.cfg.Logger.Info("draining", slog.Duration("shutdown_timeout", s.cfg.ShutdownTimeout))
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		inFlight := len(s.slots)
		hs.Close()
		<-errc
		return fmt.Errorf("requests still running after %s were cut off (%d in flight)", s.cfg.ShutdownTimeout, inFlight)
	}
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	if err == nil {
		s.cfg.Logger.Info("stopped")
	}
	return err
}

// Run listens on cfg.Addr, writes "listening on http://ADDR" to stdout
// (the address with the port chosen, for --addr HOST:0), and serves until
// ctx ends, as [Serve] does.
func Run(ctx context.Context, cfg Config, stdout io.Writer) error {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", cfg.Addr)
	if err != nil {
		return err
	}
	cfg.Logger.Info("listening", slog.String("addr", ln.Addr().String()))
	fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr())
	return Serve(ctx, ln, cfg)
}
