#!/bin/sh
# Makes src/main/resources/dev/gloss/core/glossary/english-words.txt, the general-English
# reference of the automatic glossary, from two permissively licensed sources (their notices are
# in english-words.NOTICE beside it):
#   - SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), as Debian's "scowl" package
#     installs it in /usr/share/dict/scowl: every word gets the smallest SCOWL size it is listed
#     under (10 = among the most common English words ... 60 = uncommon); words past 60 are left
#     out and count as rare;
#   - wink-lexicon 2.2.0 (npm, MIT), whose 13,000 common words carry their parts of speech, most
#     frequent first: kept as letters (N noun, V verb, J adjective, R adverb, F function word).
# Usage: tools/make-english-words.sh [PATH_TO_WINK_LEXICON_PACKAGE]
set -eu
scowl=/usr/share/dict/scowl
wink=${1:-node_modules/wink-lexicon}
out=src/main/resources/dev/gloss/core/glossary/english-words.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$scowl"/english-words.* "$scowl"/english-upper.* "$scowl"/english-proper-names.* "$scowl"/english-abbreviations.*; do
  level=${f##*.}
  [ "$level" -le 60 ] || continue
  kind=w
  case "$f" in *upper*|*proper*) kind=c ;; *abbreviations*) kind=a ;; esac
  iconv -f UTF-8 -t UTF-8 -c "$f" | grep -v "'" | awk -v l="$level" -v k="$kind" '{ print tolower($0) "\t" l "\t" k }'
done > "$tmp/scowl"
node -e '
const lex = require(process.argv[1] + "/src/lexicon.js");
const cls = t => /^NN/.test(t) ? "N" : /^VB/.test(t) ? "V" : /^JJ/.test(t) ? "J" : /^RB/.test(t) ? "R" : "F";
for (const [w, tags] of Object.entries(lex)) {
  if (!/^[a-z][a-z-]*$/.test(w)) continue;
  const letters = [...new Set(tags.map(cls))].join("");
  console.log(w + "\t" + letters);
}' "$wink" > "$tmp/wink"
# word, smallest level, "c" when SCOWL lists it only capitalised, and the parts of speech
awk -F'\t' '
  FNR == NR { pos[$1] = $2; next }
  { if (!($1 in lvl) || $2 + 0 < lvl[$1] + 0) lvl[$1] = $2
    if ($3 == "w" || $3 == "a") common[$1] = 1 }
  END {
    for (w in pos) if (!(w in lvl)) lvl[w] = 60
    for (w in lvl) print w "\t" lvl[w] "\t" ((w in common) ? "" : "c") pos[w]
  }' "$tmp/wink" "$tmp/scowl" | LC_ALL=C sort > "$out"
wc -l "$out"
