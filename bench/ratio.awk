# ratio.awk: the median, over the runs in a file of benchmark results, of the
# ratio of two benchmarks' ns/op in the same run (BENCHMARKS.md).
# awk -v a=BenchmarkX/... -v b=BenchmarkY/... -f bench/ratio.awk results.txt
/^goos:/ { run++ }
/^Benchmark/ { name = $1; sub(/-[0-9]+$/, "", name) }  # less the -GOMAXPROCS suffix
/^Benchmark/ && name == a { x[run] = $3 }
/^Benchmark/ && name == b { y[run] = $3 }
END {
  for (r in x) if (r in y) v[n++] = x[r] / y[r]
  for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
  m = n % 2 ? v[(n-1)/2] : (v[n/2-1] + v[n/2]) / 2
  printf "%s / %s: median %.3f of %d runs (%.3f to %.3f)\n", a, b, m, n, v[0], v[n-1]
}
