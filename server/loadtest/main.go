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
// time, so the ratio compares like with like; throughput is also measured
// with several clients at once.
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
	"slices"
	"strconv"
	"strings"
	"sync"
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
	flag.Parse()

	ctx, cancel := context.WithCancel(context.Background())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, ln, server.Config{}) }()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients + 1}}

	asOf := period.MustParseDate("2026-11-26")
	fmt.Printf("# part3 serve on loopback: %s, %s/%s, %d CPUs, GOMAXPROCS %d\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Println("| services | body | in process p50 | HTTP p50 | HTTP p99 | HTTP/in process (p50) | HTTP/in process (mean) | req/s, 1 client | req/s, " + strconv.Itoa(*clients) + " clients | p99, " + strconv.Itoa(*clients) + " clients |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	for _, n := range []int{100, 1000} {
		data := sized(*root, n)
		target := base + "/v1/validate?as_of=2026-11-26&file=plan.json"
		in := measure(*requests, *duration, 1, func() {
			ans, err := judge.Judge(judge.Request{Documents: []judge.Input{{File: "plan.json", Data: data}}, Context: judgement.New(asOf)})
			if err != nil {
				log.Fatal(err)
			}
			if _, err := judge.MarshalJSON(ans); err != nil {
				log.Fatal(err)
			}
		})
		post := func() { postOK(client, target, data) }
		measure(50, *duration, 1, post) // warm the connection and the caches
		one := measure(*requests, *duration, 1, post)
		many := measure(*requests, *duration, *clients, post)
		fmt.Printf("| %d | %s | %s | %s | %s | %.2f | %.2f | %.0f | %.0f | %s |\n", n, kib(len(data)),
			ms(in.p50), ms(one.p50), ms(one.p99), float64(one.p50)/float64(in.p50), float64(one.mean)/float64(in.mean), one.rps, many.rps, ms(many.p99))
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
	rps            float64
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
	slices.Sort(lat)
	r := result{n: len(lat), took: took}
	if len(lat) == 0 {
		return r
	}
	var sum time.Duration
	for _, l := range lat {
		sum += l
	}
	r.p50 = lat[len(lat)/2]
	r.p99 = lat[min(len(lat)-1, len(lat)*99/100)]
	r.mean = sum / time.Duration(len(lat))
	r.rps = float64(len(lat)) / took.Seconds()
	return r
}

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
