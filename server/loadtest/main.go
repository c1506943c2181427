// Command loadtest measures the HTTP service against calling the entry
// point in process, on loopback, for a plan of 100 and of 1,000 services:
// requests per second, p50 and p99 latency, the ratio of the two, and
// whether the process's memory stays flat over many requests. It is
// bounded: each phase stops after a fixed count of requests or a fixed
// time, whichever comes first, and the program then exits.
//
//	go run ./server/loadtest                 # from the module's root
//	go run ./server/loadtest -requests 500 -soak 2000 -duration 20s
//
// The server runs in this process on 127.0.0.1 (port 0), with the
// defaults of part3 serve; the client is Go's, with keep-alive. In process
// means judge.Judge and judge.MarshalJSON, the two calls that give the
// same bytes as the service's answer. Latencies are per request, one at a
// time, in turn with the in-process call so that both see the same load
// of the machine; the CPU time of the process per request is compared too
// (over HTTP it counts the client's as well as the server's), as it
// depends less on what else the machine runs. Throughput is also
// measured with several clients at once.
//
// The floor is what loopback HTTP costs with no engine behind it: the same
// body posted, in turn with the service, to a handler that only reads it
// and writes back as many bytes as the service's answer. The service's
// cost over the floor, against the in-process time, is what the server's
// own code and the engine's place in it add.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/server"
)

func main() {
	requests := flag.Int("requests", 1000, "the most requests in each timed phase")
	soak := flag.Int("soak", 10000, "the requests of the memory phase (100-service plan)")
	duration := flag.Duration("duration", 30*time.Second, "the longest time of each phase")
	clients := flag.Int("clients", 4, "the clients at once in the throughput phase")
	root := flag.String("root", ".", "the module's root, where plan/testdata is")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to `FILE`")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	ctx, cancel := context.WithCancel(context.Background())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, ln, server.Config{}) }()
	base := "http://" + ln.Addr().String()
	// Buffers of 64 KiB, as a client sending plans of hundreds of KiB
	// would set them, rather than 4 KiB.
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients + 1, WriteBufferSize: 64 << 10, ReadBufferSize: 64 << 10}}

	asOf := period.MustParseDate("2026-11-26")
	fmt.Printf("# part3 serve on loopback: %s, %s/%s, %d CPUs, GOMAXPROCS %d\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	// The floor: a handler that reads the body and answers with as many
	// bytes as the service does, and nothing else.
	floorLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	var answerSize sync.Map // body length -> answer bytes
	floor := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := bodyPool.Get().(*bytes.Buffer)
		buf.Reset()
		n, _ := buf.ReadFrom(r.Body)
		bodyPool.Put(buf)
		answer, _ := answerSize.Load(int(n))
		w.Header().Set("Content-Type", "application/json")
		w.Write(answer.([]byte))
	}), ReadHeaderTimeout: 10 * time.Second}
	go floor.Serve(floorLn)
	defer floor.Close()
	floorBase := "http://" + floorLn.Addr().String()

	fmt.Println("| services | body | answer | in process p50 | HTTP p50 | HTTP p99 | loopback floor p50 | HTTP/in process, p50 | HTTP/in process, mean | HTTP/in process, CPU | (HTTP - floor)/in process, p50 | req/s, 1 client | req/s, " + strconv.Itoa(*clients) + " clients | p99, " + strconv.Itoa(*clients) + " clients |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, n := range []int{100, 1000} {
		data := sized(*root, n)
		target := base + "/v1/validate?as_of=2026-11-26&file=plan.json"
		local := func() {
			ans, err := judge.Judge(judge.Request{Documents: []judge.Input{{File: "plan.json", Data: data}}, Context: judgement.New(asOf)})
			if err != nil {
				log.Fatal(err)
			}
			if _, err := judge.MarshalJSON(ans); err != nil {
				log.Fatal(err)
			}
		}
		post := func() { postOK(client, target, data) }
		ans, err := judge.Judge(judge.Request{Documents: []judge.Input{{File: "plan.json", Data: data}}, Context: judgement.New(asOf)})
		if err != nil {
			log.Fatal(err)
		}
		answer, err := judge.MarshalJSON(ans)
		if err != nil {
			log.Fatal(err)
		}
		answerSize.Store(len(data), answer)
		postFloor := func() { postOK(client, floorBase+"/", data) }
		measure(50, *duration, 1, post) // warm the connection and the caches
		measure(50, *duration, 1, local)
		measure(50, *duration, 1, postFloor)
		// In process and over HTTP in turn, request by request, so that
		// both see the same load of the machine; then the floor and HTTP
		// in turn.
		in, one := paired(*requests, *duration, local, post)
		bare, _ := paired(*requests, *duration, postFloor, post)
		many := measure(*requests, *duration, *clients, post)
		fmt.Printf("| %d | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %s |\n", n, kib(len(data)), kib(len(answer)),
			ms(in.p50), ms(one.p50), ms(one.p99), ms(bare.p50), float64(one.p50)/float64(in.p50), float64(one.mean)/float64(in.mean), float64(one.cpu)/float64(in.cpu),
			float64(one.p50-bare.p50)/float64(in.p50), one.rps, many.rps, ms(many.p99))
	}

	// Memory: many requests with a 100-service plan; the resident set
	// after warm-up and at the end.
	data := sized(*root, 100)
	target := base + "/v1/validate?as_of=2026-11-26&file=plan.json"
	warm := min(1000, *soak/10)
	measure(warm, *duration, *clients, func() { postOK(client, target, data) })
	runtime.GC()
	debug.FreeOSMemory()
	before := rss()
	var samples []int64
	var mu sync.Mutex
	count := 0
	soaked := measure(*soak-warm, 5**duration, *clients, func() {
		postOK(client, target, data)
		mu.Lock()
		count++
		if count%1000 == 0 {
			samples = append(samples, rss())
		}
		mu.Unlock()
	})
	runtime.GC()
	debug.FreeOSMemory()
	after := rss()
	fmt.Printf("\nMemory over %d requests (%d to warm up, then %d in %s, %.0f req/s): resident set %s after warm-up, %s at the end (%+.1f%%); every 1,000 requests: %s\n",
		warm+soaked.n, warm, soaked.n, soaked.took.Round(time.Millisecond), soaked.rps, mib(before), mib(after), 100*float64(after-before)/float64(before), mibs(samples))

	cancel()
	if err := <-done; err != nil {
		log.Fatal(err)
	}
}

// result is what a phase measured.
type result struct {
	n              int
	took           time.Duration
	p50, p99, mean time.Duration
	cpu            time.Duration // per request, when measured
	rps            float64
}

// paired calls a then b, in turn, up to n times each or for at most d,
// and returns the latencies of each, and the CPU time of the process
// during each (for b, the client's and the server's together).
func paired(n int, d time.Duration, a, b func()) (result, result) {
	var la, lb []time.Duration
	deadline := time.Now().Add(d)
	var ta, tb, ca, cb time.Duration
	for i := 0; i < n && time.Now().Before(deadline); i++ {
		c, t := cpu(), time.Now()
		a()
		la = append(la, time.Since(t))
		ca += cpu() - c
		c, t = cpu(), time.Now()
		b()
		lb = append(lb, time.Since(t))
		cb += cpu() - c
		ta += la[i]
		tb += lb[i]
	}
	ra, rb := summary(la, ta), summary(lb, tb)
	if ra.n > 0 {
		ra.cpu, rb.cpu = ca/time.Duration(ra.n), cb/time.Duration(rb.n)
	}
	return ra, rb
}

// cpu returns the CPU time the process has used, user and system.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// summary returns the figures of latencies lat, whose calls took took
// in all, one at a time.
func summary(lat []time.Duration, took time.Duration) result {
	slices.Sort(lat)
	r := result{n: len(lat), took: took}
	if len(lat) == 0 {
		return r
	}
	r.p50 = lat[len(lat)/2]
	r.p99 = lat[min(len(lat)-1, len(lat)*99/100)]
	r.mean = took / time.Duration(len(lat))
	r.rps = float64(len(lat)) / took.Seconds()
	return r
}

// measure calls f up to n times, or for at most d, from workers
// goroutines, and returns the latencies and the throughput.
func measure(n int, d time.Duration, workers int, f func()) result {
	var mu sync.Mutex
	var lat []time.Duration
	next := 0
	deadline := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if next >= n || time.Now().After(deadline) {
					mu.Unlock()
					return
				}
				next++
				mu.Unlock()
				t := time.Now()
				f()
				el := time.Since(t)
				mu.Lock()
				lat = append(lat, el)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	took := time.Since(start)
	r := summary(lat, took)
	if len(lat) > 0 {
		var sum time.Duration
		for _, l := range lat {
			sum += l
		}
		r.mean = sum / time.Duration(len(lat))
	}
	return r
}

// bodyPool holds the floor handler's buffers, as the service pools its own.
var bodyPool = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 1<<20)) }}

func postOK(c *http.Client, url string, body []byte) {
	res, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	_, err = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if err != nil || res.StatusCode != http.StatusOK {
		log.Fatalf("POST: %d %v", res.StatusCode, err)
	}
}

// sized returns the Fife sample plan grown to n services, as the plan
// package's benchmarks grow it: its services repeated with new IDs.
func sized(root string, n int) []byte {
	data, err := os.ReadFile(filepath.Join(root, "plan/testdata/fife-2023-2026.json"))
	if err != nil {
		log.Fatal(err)
	}
	p, err := plan.Decode("fife.json", data)
	if err != nil {
		log.Fatal(err)
	}
	src := p.Services
	p.Services = make([]plan.Service, 0, n)
	for i := range n {
		s := src[i%len(src)]
		if i >= len(src) {
			s.ID = fmt.Sprintf("%s-%d", s.ID, i)
			s.Name = fmt.Sprintf("%s %d", s.Name, i)
			actions := make([]plan.Action, len(s.Actions))
			for k, a := range s.Actions {
				a.ID = fmt.Sprintf("%s-%d", a.ID, i)
				actions[k] = a
			}
			s.Actions = actions
		}
		p.Services = append(p.Services, s)
	}
	out, err := json.Marshal(p)
	if err != nil {
		log.Fatal(err)
	}
	return out
}

// rss returns the process's resident set size in bytes (Linux), or the
// Go runtime's memory from the system elsewhere.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				return kb << 10
			}
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.Sys)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
func kib(n int) string          { return fmt.Sprintf("%d KiB", n>>10) }
func mib(n int64) string        { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

func mibs(ns []int64) string {
	var s []string
	for _, n := range ns {
		s = append(s, fmt.Sprintf("%.0f", float64(n)/(1<<20)))
	}
	return strings.Join(s, ", ") + " MiB"
}
