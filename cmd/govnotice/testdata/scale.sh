#!/bin/sh
# scale.sh measures "govnotice convert" on many pages: pages per second with
# -j 1 and -j 2, peak memory (maximum resident set size, from GNU time) as the
# batch grows, and that the output is byte-identical between runs and
# between -j 1 and -j 2 (sha256).
#
# Usage, from the repository's root:
#
#	sh cmd/govnotice/testdata/scale.sh [PAGES...]    # default: 10000 100000
#
# For each size it writes that many pages into a temporary folder, copies of
# testdata/pages/*.txt each made unique by an appended line, 100 pages a
# subfolder, and converts the folder to JSON Lines three times: -j 1, -j 2
# and -j 2 again. It needs /usr/bin/time (GNU time), awk and sha256sum.
# The machine's load average is printed before each run, since other work
# on the machine changes the figures.
set -eu

sizes=${*:-10000 100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

go build -o "$work/govnotice" ./cmd/govnotice
echo "govnotice built from $(git describe --always --dirty 2>/dev/null || echo '?'); $(nproc) CPUs; $(go version)"

# pages N DIR writes N unique pages under DIR.
pages() {
	awk -v n="$1" -v dir="$2" '
		BEGIN { RS = "^$" }                      # read each file whole
		{ page[count++] = $0 }
		END {
			for (i = 0; i < n; i++) {
				sub_ = sprintf("%s/%04d", dir, int(i / 100))
				if (i % 100 == 0) system("mkdir -p " sub_)
				f = sprintf("%s/page-%06d.txt", sub_, i)
				printf "%s\n附注：批量测试第%d页。\n", page[i % count], i > f
				close(f)
			}
		}' testdata/pages/*.txt
}

# measure LABEL ARGS... runs govnotice with ARGS under GNU time, output to
# $work/LABEL.jsonl, and prints pages per second and peak memory.
measure() {
	label=$1
	shift
	load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)
	/usr/bin/time -v -o "$work/$label.time" "$work/govnotice" convert "$@" >"$work/$label.jsonl" 2>"$work/$label.err" || true
	awk -v label="$label" -v n="$n" -v load="$load" -v errs="$(wc -l <"$work/$label.err")" '
		/Elapsed \(wall clock\)/ {
			t = $NF; s = 0; k = split(t, p, ":")
			for (i = 1; i <= k; i++) s = s * 60 + p[i]
		}
		/Maximum resident set size/ { rss = $NF }
		END {
			printf "%-8s %7d pages  %6.2f s  %7.0f pages/s  max RSS %6.1f MiB  (%d errors; load before: %s)\n",
				label, n, s, n / s, rss / 1024, errs, load
		}' "$work/$label.time"
}

for n in $sizes; do
	rm -rf "$work/pages"
	pages "$n" "$work/pages"
	measure "j1" -j 1 "$work/pages"
	measure "j2" -j 2 "$work/pages"
	measure "j2-again" -j 2 "$work/pages"
	lines=$(wc -l <"$work/j1.jsonl")
	sums=$(cd "$work" && sha256sum j1.jsonl j2.jsonl j2-again.jsonl)
	echo "$sums" | sed 's/^/  /'
	if [ "$(echo "$sums" | awk '{print $1}' | sort -u | wc -l)" -eq 1 ] && [ "$lines" -eq "$n" ]; then
		echo "  $lines records; output identical across runs and -j"
	else
		echo "  $lines records; OUTPUT DIFFERS" >&2
		exit 1
	fi
done
