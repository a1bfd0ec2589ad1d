#!/usr/bin/env bash
# From the project's reference tools (mk-encodings.sh), copied with only this line and the usage path changed.
# mk-encodings.sh — write legacy/BOM encodings of a UTF-8 text with glibc iconv, as
# test inputs for a decoder that nobody on the team wrote the encoder of.
#
# Usage: tools/mk-encodings.sh INPUT-utf8.txt OUTDIR
#
# For INPUT "dir/NAME.txt" it writes into OUTDIR:
#   NAME.gbk.txt          GBK (glibc "GBK"; strict)
#   NAME.gb18030.txt      GB18030 (strict; encodes all of Unicode)
#   NAME.big5.txt         Big5 (glibc "BIG5"; strict) - only when every character is encodable
#   NAME.big5hkscs.txt    Big5-HKSCS (glibc "BIG5-HKSCS") - only when encodable; it has the
#                         pinyin tone letters (ā á ǎ à ...) that plain Big5 lacks
#   NAME.utf16le-bom.txt  UTF-16LE with BOM FF FE
#   NAME.utf16be-bom.txt  UTF-16BE with BOM FE FF
#   NAME.utf8-bom.txt     UTF-8 with BOM EF BB BF
#   NAME.encodings.tsv    manifest: file, encoding, status, bytes, sha256, characters that
#                         failed (U+XXXX=char xcount), one row per target
# A UTF-8 BOM already at the start of INPUT is dropped first. An encoding that cannot
# represent every character gets no file, only a "FAILED" row listing the characters,
# also printed on stderr. Exit status: 0 (even when some target failed), 2 bad usage
# or input that is not valid UTF-8.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 INPUT-utf8.txt OUTDIR" >&2; exit 2
fi
in=$1; out=$2
[ -r "$in" ] || { echo "mk-encodings: cannot read $in" >&2; exit 2; }
mkdir -p "$out"

name=$(basename -- "$in"); name=${name%.*}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# drop a leading UTF-8 BOM, then require valid UTF-8
if [ "$(head -c3 -- "$in" | od -An -tx1 | tr -d ' \n')" = efbbbf ]; then
  tail -c +4 -- "$in" > "$tmp/src"
else
  cat -- "$in" > "$tmp/src"
fi
if ! iconv -f UTF-8 -t UTF-8 "$tmp/src" > /dev/null 2>&1; then
  echo "mk-encodings: $in is not valid UTF-8" >&2; exit 2
fi

manifest="$out/$name.encodings.tsv"
printf 'file\tencoding\tstatus\tbytes\tsha256\tunencodable\n' > "$manifest"

sha() { sha256sum "$1" | cut -d' ' -f1; }

# characters of $tmp/src that iconv cannot encode into $1, as "U+XXXX=c×n" words
unencodable() {
  local enc=$1 ch n cp list=
  while read -r n ch; do
    if ! printf '%s' "$ch" | iconv -f UTF-8 -t "$enc" > /dev/null 2>&1; then
      cp=$(printf '%s' "$ch" | iconv -f UTF-8 -t UTF-32BE | od -An -tx1 | tr -d ' \n' | sed 's/^0*//' | tr a-f A-F)
      while [ ${#cp} -lt 4 ]; do cp=0$cp; done
      list="$list U+$cp=$ch×$n"
    fi
  done < <(LC_ALL=C.UTF-8 grep -o . "$tmp/src" | LC_ALL=C sort | uniq -c | LC_ALL=C sort -k1,1nr -k2)
  printf '%s' "${list# }"
}

legacy() {  # legacy ICONV-NAME SUFFIX
  local enc=$1 f="$out/$name.$2.txt" bad
  if iconv -f UTF-8 -t "$enc" "$tmp/src" > "$tmp/enc" 2> /dev/null; then
    # round trip check: decoding must give the input back
    if iconv -f "$enc" -t UTF-8 "$tmp/enc" | cmp -s - "$tmp/src"; then
      mv "$tmp/enc" "$f"
      printf '%s\t%s\tok\t%s\t%s\t\n' "$(basename "$f")" "$enc" "$(wc -c < "$f")" "$(sha "$f")" >> "$manifest"
    else
      rm -f "$f"
      printf '%s\t%s\tFAILED-ROUNDTRIP\t\t\t\n' "$(basename "$f")" "$enc" >> "$manifest"
      echo "mk-encodings: $enc does not round-trip $in" >&2
    fi
  else
    rm -f "$f"
    bad=$(unencodable "$enc")
    printf '%s\t%s\tFAILED\t\t\t%s\n' "$(basename "$f")" "$enc" "$bad" >> "$manifest"
    echo "mk-encodings: $enc cannot encode: $bad" >&2
  fi
}

legacy GBK gbk
legacy GB18030 gb18030
legacy BIG5 big5
legacy BIG5-HKSCS big5hkscs

bom() {  # bom BOM-AS-PRINTF-ESCAPES ICONV-NAME SUFFIX
  local f="$out/$name.$3.txt"
  { printf '%b' "$1"; iconv -f UTF-8 -t "$2" "$tmp/src"; } > "$f"
  printf '%s\t%s\tok\t%s\t%s\t\n' "$(basename "$f")" "$2+BOM" "$(wc -c < "$f")" "$(sha "$f")" >> "$manifest"
}
bom '\xff\xfe' UTF-16LE utf16le-bom
bom '\xfe\xff' UTF-16BE utf16be-bom
bom '\xef\xbb\xbf' UTF-8 utf8-bom

echo "mk-encodings: wrote $(($(wc -l < "$manifest") - 1)) rows to $manifest" >&2
