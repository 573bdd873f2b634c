// Command export measures `newsgraph export` on a large store: the wall
// time and peak resident memory of each export format, next to an N-Quads
// dump of the same store, each run as its own process so that its peak
// RSS is its own.
//
//	go run ./bench/export -quads 1000000
//
// The store (a bolt file) is generated with bench/gen on first use and
// reused after; -bin names a newsgraph binary, otherwise one is built.
// Results print as a Markdown table for docs/performance.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/graph"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench/export:", err)
		os.Exit(1)
	}
}

// runSpec is one measured command.
type runSpec struct {
	name string
	args []string
}

func run() error {
	quads := flag.Int("quads", 1_000_000, "quads in the generated store")
	store := flag.String("store", "", "bolt store to export (default: a generated one in the temp directory)")
	bin := flag.String("bin", "", "newsgraph binary (default: build ./cmd/newsgraph)")
	reps := flag.Int("reps", 3, "runs per format; the table shows the median time and the largest RSS")
	formats := flag.String("formats", "nquads,graphml,graphml-influence,gexf,cytoscape,csv", "comma-separated runs")
	genOnly := flag.Bool("generate", false, "only generate the store (used internally: generation runs in a child process)")
	flag.Parse()
	ctx := context.Background()

	if *store == "" {
		*store = filepath.Join(os.TempDir(), fmt.Sprintf("newsgraph-bench-%d.db", *quads))
	}
	if *genOnly {
		return generate(ctx, *store, *quads)
	}
	if _, err := os.Stat(*store); errors.Is(err, os.ErrNotExist) {
		// Generate in a child: a measured process is forked from this one,
		// and Linux counts the parent's resident pages into a child's peak
		// RSS until it execs, so this process must stay small.
		g := exec.CommandContext(ctx, os.Args[0], "-generate", "-store", *store, "-quads", fmt.Sprint(*quads))
		g.Stdout, g.Stderr = os.Stderr, os.Stderr
		if err := g.Run(); err != nil {
			return fmt.Errorf("generate store: %w", err)
		}
	}
	if *bin == "" {
		*bin = filepath.Join(os.TempDir(), "newsgraph-bench-bin")
		build := exec.Command("go", "build", "-o", *bin, "./cmd/newsgraph")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build newsgraph: %w", err)
		}
	}
	specs := map[string]runSpec{
		"nquads":            {"N-Quads dump", []string{"export", "--format", "nquads"}},
		"graphml":           {"GraphML", []string{"export", "--format", "graphml", "--influence=false"}},
		"graphml-influence": {"GraphML + influence scores", []string{"export", "--format", "graphml"}},
		"gexf":              {"GEXF", []string{"export", "--format", "gexf", "--influence=false"}},
		"cytoscape":         {"Cytoscape.js JSON", []string{"export", "--format", "cytoscape", "--influence=false"}},
		"csv":               {"CSV (zip)", []string{"export", "--format", "csv", "--influence=false"}},
	}
	fmt.Printf("store %s, %d quads requested, %d runs each\n\n", *store, *quads, *reps)
	fmt.Println("| export | wall time (median) | vs N-Quads | CPU time (median) | vs N-Quads | peak RSS | of which anonymous | of which file-backed | output |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	var base, baseCPU time.Duration
	for _, key := range strings.Split(*formats, ",") {
		spec, ok := specs[key]
		if !ok {
			return fmt.Errorf("unknown run %q", key)
		}
		var times, cpus []time.Duration
		var m measurement
		for range *reps {
			r, err := measure(ctx, *bin, append([]string{"--store", *store}, spec.args...))
			if err != nil {
				return fmt.Errorf("%s: %w", spec.name, err)
			}
			times, cpus = append(times, r.wall), append(cpus, r.cpu)
			m.rss, m.anon, m.file, m.size = max(m.rss, r.rss), max(m.anon, r.anon), max(m.file, r.file), r.size
		}
		slices.Sort(times)
		slices.Sort(cpus)
		med, medCPU := times[len(times)/2], cpus[len(cpus)/2]
		if key == "nquads" {
			base, baseCPU = med, medCPU
		}
		ratio, ratioCPU := "—", "—"
		if base > 0 {
			ratio = fmt.Sprintf("%.2f×", float64(med)/float64(base))
			ratioCPU = fmt.Sprintf("%.2f×", float64(medCPU)/float64(baseCPU))
		}
		fmt.Printf("| %s | %.1f s | %s | %.1f s | %s | %d MB | %d MB | %d MB | %.1f MB |\n", spec.name, med.Seconds(), ratio,
			medCPU.Seconds(), ratioCPU, m.rss>>20, m.anon>>20, m.file>>20, float64(m.size)/(1<<20))
	}
	return nil
}

// generate writes a synthetic store of about quads quads with bench/gen.
func generate(ctx context.Context, path string, quads int) error {
	fmt.Fprintf(os.Stderr, "generating %d quads into %s ...\n", quads, path)
	s, err := graph.Open(ctx, graph.Config{Store: path, NoSync: true})
	if err != nil {
		return err
	}
	start, last := time.Now(), time.Now()
	res, err := gen.Generate(ctx, s, gen.Config{Quads: quads, Seed: 1}, func(r gen.Result) {
		if time.Since(last) > 10*time.Second {
			last = time.Now()
			fmt.Fprintf(os.Stderr, "  %d quads, %d articles, %.0fs\n", r.Quads, r.Articles, time.Since(start).Seconds())
		}
	})
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(path)
		return err
	}
	fmt.Fprintf(os.Stderr, "generated %d quads (%d articles, %d statements) in %.0fs\n", res.Quads, res.Articles, res.Statements, time.Since(start).Seconds())
	return nil
}

// measurement is one measured run.
type measurement struct {
	wall, cpu  time.Duration // cpu: user plus system time
	rss        int64         // peak resident set (the kernel's high-water mark)
	anon, file int64         // peaks of its anonymous and file-backed parts, sampled
	size       int64         // bytes written to standard output
}

// measure runs bin with args, counting its standard output. Besides the
// kernel's peak RSS it samples /proc/PID/status every 20 ms for the
// anonymous (heap, stacks) and file-backed (bolt's memory map) parts.
func measure(ctx context.Context, bin string, args []string) (measurement, error) {
	var m measurement
	cmd := exec.CommandContext(ctx, bin, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return m, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return m, err
	}
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				anon, file := rssParts(status)
				m.anon, m.file = max(m.anon, anon), max(m.file, file)
			}
		}
	}()
	n, copyErr := io.Copy(io.Discard, out)
	err = cmd.Wait()
	close(done)
	<-sampled
	m.wall, m.size = time.Since(start), n
	if err != nil {
		return m, fmt.Errorf("%v: %s", err, stderr.String())
	}
	if copyErr != nil {
		return m, copyErr
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return m, errors.New("no resource usage for the child")
	}
	m.rss = ru.Maxrss << 10 // Linux reports ru_maxrss in KiB
	m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return m, nil
}

// rssParts reads RssAnon and RssFile (bytes) from a /proc status file;
// zeros when the process is gone.
func rssParts(path string) (anon, file int64) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		var kb int64
		if _, err := fmt.Sscanf(line, "RssAnon: %d kB", &kb); err == nil {
			anon = kb << 10
		}
		if _, err := fmt.Sscanf(line, "RssFile: %d kB", &kb); err == nil {
			file = kb << 10
		}
	}
	return anon, file
}
