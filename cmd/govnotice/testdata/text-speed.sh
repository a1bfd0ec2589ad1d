#!/bin/sh
# text-speed.sh measures "govnotice text" as a whole process against the
# OpenCC CLI (opencc -c t2s.json) on the same 10 MiB of Traditional text, and
# the start-up of "govnotice text" on one 7 KB page against an empty Go
# program and /bin/true.
#
# Usage, from the repository's root:
#
#	sh cmd/govnotice/testdata/text-speed.sh [ROUNDS]    # default: 7
#
# The 10 MiB input is the Qixia page (testdata/pages) in Traditional
# characters without its pinyin annotations, repeated and cut at a line
# boundary. The commands run interleaved, one run of each per round, so that
# a slow spell of the machine (on a shared VM they come and go) slows all of
# them alike; each round prints its times, and the medians and ratios to
# OpenCC come last. "j1" is the same binary with GOMAXPROCS=1, which keeps
# the chain on one goroutine. Needs Go and awk; uses taskset (util-linux) to
# pin runs to a CPU and GNU time for peak memory when they are present, and
# skips OpenCC when it is not installed.
set -eu

rounds=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

go build -o "$work/govnotice" ./cmd/govnotice
cd "$work"
printf 'package main\n\nfunc main() {}\n' >empty.go
# timeit N CMD... runs CMD N times, its output to /dev/null, after one run
# to warm up, and prints each wall time in milliseconds: timed from Go, so
# that no shell or date process is counted.
cat >timeit.go <<'GO'
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"time"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	for i := 0; i <= n; i++ {
		c := exec.Command(os.Args[2], os.Args[3:]...)
		start := time.Now()
		if err := c.Run(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if i > 0 {
			fmt.Printf("%.1f\n", float64(time.Since(start).Microseconds())/1000)
		}
	}
}
GO
GO111MODULE=off go build -o empty empty.go
GO111MODULE=off go build -o timeit timeit.go
cd - >/dev/null
echo "govnotice built from $(git describe --always --dirty 2>/dev/null || echo '?'); $(nproc) CPUs; $(go version)"

page=testdata/pages/qixia-2025-78463.txt
"$work/govnotice" text --keep-script --keep-punctuation "$page" >"$work/page.txt"
awk -v want=$((10 << 20)) '
	BEGIN { RS = "^$"; ORS = "" }
	{ page = $0 }
	END {
		while (size + length(page) <= want) { out = out page; size += length(page) }
		n = split(page, lines, "\n")
		for (i = 1; i <= n && size + length(lines[i]) + 1 <= want; i++) { out = out lines[i] "\n"; size += length(lines[i]) + 1 }
		print out
	}' "$work/page.txt" >"$work/trad10.txt"
echo "input: $(wc -c <"$work/trad10.txt") bytes"

ms() { "$work/timeit" 1 "$@"; }

have_opencc=false
command -v opencc >/dev/null && have_opencc=true
# The CPUs of a shared VM need not run at the same speed (on the 2-core VM
# the figures in the README come from, one ran 1.5x slower than the other),
# so one-goroutine runs and OpenCC are pinned to each CPU in turn and
# compared CPU by CPU. The unpinned run, on all CPUs, is compared with
# OpenCC on its fastest CPU.
cpus=0
pin=""
if command -v taskset >/dev/null; then
	cpus=$(seq 0 $(($(nproc) - 1)) | head -n 2 | tr '\n' ' ')
fi

echo "wall times in ms; jN: GOMAXPROCS=1 on CPU N; ratio: OpenCC's time over govnotice's"
for r in $(seq "$rounds"); do
	line="round $r: govnotice $(ms "$work/govnotice" text "$work/trad10.txt")"
	for c in $cpus; do
		[ "$cpus" = 0 ] || pin="taskset -c $c"
		# shellcheck disable=SC2086 # pin is split into its words on purpose
		line="$line | cpu$c j1 $(export GOMAXPROCS=1; ms $pin "$work/govnotice" text "$work/trad10.txt")"
		if $have_opencc; then
			# shellcheck disable=SC2086
			line="$line opencc $(ms $pin opencc -c t2s.json -i "$work/trad10.txt" -o /dev/null)"
		fi
	done
	echo "$line"
done | tee "$work/rounds.txt"
if $have_opencc; then
	awk 'function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
		{
			n++; g[n] = $4; best = 0
			for (i = 5; i <= NF; i++) if ($i == "j1") {
				cpu = $(i - 1); j1[cpu, n] = $(i + 1); oc[cpu, n] = $(i + 3); cpus[cpu] = 1
				r1[cpu, n] = $(i + 3) / $(i + 1)
				if (best == 0 || $(i + 3) < best) best = $(i + 3)
			}
			rp[n] = best / $4
		}
		END {
			printf "medians: govnotice %.1f ms, %.1fx OpenCC on its fastest CPU\n", median(g, n), median(rp, n)
			for (cpu in cpus) {
				for (k = 1; k <= n; k++) { a[k] = j1[cpu, k]; b[k] = oc[cpu, k]; c[k] = r1[cpu, k] }
				printf "         %s: govnotice GOMAXPROCS=1 %.1f ms, OpenCC %.1f ms, %.1fx\n", cpu, median(a, n), median(b, n), median(c, n)
			}
		}' "$work/rounds.txt"
fi

if [ -x /usr/bin/time ]; then
	/usr/bin/time -o "$work/rss" -f '%M' "$work/govnotice" text "$work/trad10.txt" >/dev/null
	echo "govnotice text, 10 MiB: peak RSS $(cat "$work/rss") KB"
fi

echo "start-up on $page, median of 41 runs, ms:"
for cmd in /bin/true "$work/empty" "$work/govnotice text $page"; do
	# shellcheck disable=SC2086 # cmd is split into its words on purpose
	"$work/timeit" 41 $cmd | sort -n | awk -v cmd="$cmd" '{ t[NR] = $1 } END { printf "  %-6s %s\n", t[(NR + 1) / 2], cmd }'
done
