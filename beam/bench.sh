#!/usr/bin/env bash
# Beam on Prism against the CLI on the same pages at the same parallelism:
# wall time and peak memory (GNU time's maximum resident set size), runs
# interleaved so that both see the same machine.
#
#   beam/bench.sh [PAGES [ROUNDS [JOBS]]]     # defaults: 20000 pages, 3 rounds, 2 jobs
#
# The pages are copies of the repository's testdata pages (every file the
# CLI reads under testdata/, round-robin) under distinct names in a temporary
# folder, listed in a manifest; nothing is committed. Both programs write
# JSON Lines to files and the script checks that they wrote the same
# records. Needs GNU time (/usr/bin/time, Debian package time).
set -euo pipefail
cd "$(dirname "$0")"

pages=${1:-20000}
rounds=${2:-3}
jobs=${3:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "--- building (cmd/govnotice and cmd/govnotice-beam)"
go build -o "$work/govnotice" github.com/govnotice/govnotice/cmd/govnotice
go build -o "$work/govnotice-beam" ./cmd/govnotice-beam

echo "--- $pages pages in $work/pages"
mapfile -t src < <(find ../testdata -type f \( -iname '*.txt' -o -iname '*.htm' -o -iname '*.html' -o -iname '*.shtml' \) -not -name '.*' | sort)
for ((d = 0; d <= (pages - 1) / 1000; d++)); do mkdir -p "$work/pages/$d"; done
# Page i is a copy of source i mod n, in folder i/1000: one tee per source.
for ((j = 0; j < ${#src[@]} && j < pages; j++)); do
  copies=()
  for ((i = j; i < pages; i += ${#src[@]})); do
    copies+=("$work/pages/$((i / 1000))/$i-$(basename "${src[j]}")")
  done
  tee "${copies[@]}" < "${src[j]}" > /dev/null
done
find "$work/pages" -type f | sort > "$work/manifest.txt"
du -sh "$work/pages" | cut -f1 | sed 's/^/size: /'

measure() { # label command...
  local label=$1; shift
  /usr/bin/time -v "$@" 2>"$work/time.txt" >/dev/null || { tail -20 "$work/time.txt"; exit 1; }
  local wall rss user sys
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
  printf '%-6s wall %-8s CPU %6.1f s  peak RSS %5d MiB  (load %s)\n' "$label" "$wall" "$(awk "BEGIN { print $user + $sys }")" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}

for ((r = 1; r <= rounds; r++)); do
  echo "--- round $r"
  rm -rf "$work/out"
  measure cli sh -c "'$work/govnotice' convert --format jsonl --progress=false -j $jobs \"\$@\" > '$work/cli.jsonl'" sh "$work/pages"
  measure beam env GOMAXPROCS="$jobs" "$work/govnotice-beam" --parse_parallelism "$jobs" \
    --manifest "$work/manifest.txt" --output "$work/out/notices"
done

echo "--- same records?"
sort "$work/cli.jsonl" > "$work/cli.sorted"
cat "$work"/out/notices-*.jsonl | sort > "$work/beam.sorted"
if cmp -s "$work/cli.sorted" "$work/beam.sorted"; then
  echo "yes: $(wc -l < "$work/cli.sorted") records each"
else
  echo "NO: cli $(wc -l < "$work/cli.sorted") lines, beam $(wc -l < "$work/beam.sorted")"
  exit 1
fi
