#!/usr/bin/env bash
# update-opencc.sh VERSION TGZ_SHA256 — refresh the OpenCC dictionaries that variant/ is generated from.
#
# A one-off step for a person bumping the OpenCC version; `go generate` never runs it (generation reads
# only the committed copies). It fetches the npm release tarball of OpenCC, checks it against the sha256
# you pin on the command line, and copies the dictionaries and LICENSE into
# variant/internal/data/opencc/, rewriting SHA256SUMS and SOURCE. Then run
#   go generate ./variant/... && go test ./variant/...
# and review the diff of the data files, variant/simplify/tables.go, variant/internal/scripttab/tables.go
# and the oracle test's allow-list.
#
# Example: tools/update-opencc.sh 1.4.2 5b5e89fb0aeb98963892203f3665611816b4c2e22b1131ee74ccba2976de4515
# (get the sha256 of a new release by downloading it once with `npm pack opencc@VERSION` and checking
# it against `npm view opencc@VERSION dist.integrity`.)
set -euo pipefail

ver=${1:?usage: update-opencc.sh VERSION TGZ_SHA256}
sum=${2:?usage: update-opencc.sh VERSION TGZ_SHA256}
files=(TSCharacters TSPhrases STCharacters TWVariants HKVariants)

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
dst=$root/variant/internal/data/opencc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "opencc@$ver" >/dev/null)
tgz=$tmp/opencc-$ver.tgz
echo "$sum  $tgz" | sha256sum -c -

paths=(package/LICENSE)
for f in "${files[@]}"; do paths+=("package/data/dictionary/$f.txt"); done
tar -xzf "$tgz" -C "$tmp" "${paths[@]}"

mkdir -p "$dst"
cp "$tmp/package/LICENSE" "$dst/LICENSE"
for f in "${files[@]}"; do cp "$tmp/package/data/dictionary/$f.txt" "$dst/$f.txt"; done
(cd "$dst" && sha256sum ./*.txt LICENSE | sed 's|  \./|  |' > SHA256SUMS)

# Keep SOURCE's prose; only the version lines change.
sed -i -e "s|^version: .*|version: $ver|" \
	-e "s|^tgz: .*|tgz: opencc-$ver.tgz|" \
	-e "s|^tgz-sha256: .*|tgz-sha256: $sum|" "$dst/SOURCE"

echo "updated $dst to opencc $ver; now: go generate ./variant/... && go test ./variant/..." >&2
