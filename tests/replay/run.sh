#!/bin/sh
# Replay and compare (issue 14): sessions against the lab through the
# line mode, exported with --format json, read back as a user does.
# --replay FILE --batch must print what the line mode printed, byte for
# byte, notes rendered again from their ids (not the words in the file);
# --compare of a port 25 and a port 587 session marks STARTTLS, AUTH and
# TLS; hostile files give "FILE:LINE: reason" and exit 2, never a crash.
# Adds about 3 s to make check.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"

T=$(t_tmpdir)
trap 'rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
printf 'secret\n' >"$T/pw"
chmod 600 "$T/pw"

# lab NAME PORT [OPTION...]: stdin through the line mode against the lab,
# as text in $T/NAME.txt and as JSON in $T/NAME.json (two runs).
lab() {
	_n=$1 _p=$2; shift 2
	cat >"$T/$_n.in"
	timeout -k 2 30 "$SMTPX" --lab --batch --timeout 5 "$@" "$_p" \
	    <"$T/$_n.in" >"$T/$_n.txt" 2>"$T/$_n.err"
	timeout -k 2 30 "$SMTPX" --lab --batch --timeout 5 --format json \
	    "$@" "$_p" <"$T/$_n.in" >"$T/$_n.json" 2>>"$T/$_n.err"
}
# Lab ports and times change from run to run; nothing else may.
norm() { sed -E -e 's/127\.0\.0\.1([]:]|\]:| port )[0-9]+/127.0.0.1\1P/g' \
    -e 's/port [0-9]{5}/port P/g' \
    -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/TIME/g' "$1"; }

lab s25 25 <<'E'
EHLO me.example
MAIL FROM:<a@me.example>
RCPT TO:<b@elsewhere.example>
QUIT
E
lab s587 587 --user student@lab.test --password-file "$T/pw" <<'E'
EHLO me.example
/starttls
EHLO me.example
/auth PLAIN
MAIL FROM:<student@lab.test>
RCPT TO:<b@elsewhere.example>
QUIT
E

# --- replay: the same lines and notes ------------------------------------

for n in s25 s587; do
	"$SMTPX" --replay "$T/$n.json" --batch >"$T/$n.re" 2>"$T/$n.re.err"
	rc=$?
	norm "$T/$n.txt" >"$T/$n.a"
	norm "$T/$n.re" >"$T/$n.b"
	if [ $rc = 0 ] && [ -s "$T/$n.a" ] && cmp -s "$T/$n.a" "$T/$n.b" &&
	    grep -q '^   # ' "$T/$n.b"; then
		t_ok "replay-roundtrip-$n"
	else
		t_fail "replay-roundtrip-$n" "rc $rc" "$(diff "$T/$n.a" "$T/$n.b" | head -20)" \
		    "$(cat "$T/$n.re.err")"
	fi
done

# The password never reaches the JSON, so neither the replay.
if ! sed 's/"secret":true//g' "$T/s587.json" | grep -q secret &&
    ! grep -q 'c2VjcmV0' "$T/s587.json" && ! grep -q secret "$T/s587.re" &&
    grep -q '^C: AUTH PLAIN \*\*\*\*\*\*\*\*$' "$T/s587.re"; then
	t_ok replay-secret-masked
else
	t_fail replay-secret-masked
fi

# Notes come from their ids and arguments: words changed in the file do
# not show; a note without types (an older export) keeps its words.
jq -c 'if .dir == "note" and .types then .text = "WORDS FROM THE FILE" else . end' \
    "$T/s25.json" >"$T/ids.json"
jq -c 'if .dir == "note" and .id == "port.what:25" then del(.types) | .text = "OLD WORDS" else . end' \
    "$T/s25.json" >"$T/old.json"
"$SMTPX" --replay "$T/ids.json" --batch >"$T/ids.out" 2>&1
rc1=$?
"$SMTPX" --replay "$T/old.json" --batch >"$T/old.out" 2>&1
rc2=$?
if [ $rc1 = 0 ] && cmp -s "$T/ids.out" "$T/s25.re" &&
    [ $rc2 = 0 ] && grep -qx '   # OLD WORDS' "$T/old.out" &&
    [ "$(grep -c '' "$T/old.out")" = "$(grep -c '' "$T/s25.re")" ]; then
	t_ok replay-notes-from-ids
else
	t_fail replay-notes-from-ids "$(head -8 "$T/ids.out")"
fi

"$SMTPX" --replay "$T/s25.json" --batch --no-notes >"$T/nn.out" 2>&1
if [ $? = 0 ] && ! grep -q '^   #' "$T/nn.out" &&
    [ "$(grep -v '^   #' "$T/s25.re")" = "$(cat "$T/nn.out")" ]; then
	t_ok replay-no-notes
else
	t_fail replay-no-notes
fi

# --- compare ---------------------------------------------------------------

"$SMTPX" --compare "$T/s25.json" "$T/s587.json" >"$T/cmp.out" 2>"$T/cmp.err"
rc=$?
# has LINE-PATTERN...: every extended regexp matches a whole line.
has() {
	for _r in "$@"; do
		grep -Eqx -- "$_r" "$T/cmp.out" || { echo "missing: $_r"; return 1; }
	done
}
miss=
if [ $rc = 1 ] && miss=$(has \
    '--- .*/s25\.json: 127\.0\.0\.1 port [0-9]+, TLS none, user none' \
    '\+\+\+ .*/s587\.json: 127\.0\.0\.1 port [0-9]+, TLS TLSv1\.[23], certificate verified, user student@lab\.test' \
    '  greeting +220 \| 220' \
    '  EHLO me\.example +250 \| 250' \
    '\+ STARTTLS +220' \
    '\+ AUTH PLAIN \*{8} +235' \
    '  MAIL FROM:<a@me\.example> +250 \| 250' \
    '! RCPT TO:<b@elsewhere\.example> +554 \| 250' \
    '  QUIT +221 \| 221' \
    '- STARTTLS' \
    '\+ AUTH PLAIN LOGIN .*' \
    '! TLS: none \| TLSv1\.[23], certificate verified' \
    '! authenticated as: none \| student@lab\.test' \
    '[0-9]+ differences'); then
	t_ok compare-lab-25-587
else
	t_fail compare-lab-25-587 "rc $rc" "$miss" "$(cat "$T/cmp.out" "$T/cmp.err")"
fi

"$SMTPX" --compare "$T/s587.json" "$T/s587.json" >"$T/same.out" 2>&1
rc=$?
if [ $rc = 0 ] && grep -qx '0 differences' "$T/same.out" &&
    ! grep -Eq '^[-+!] ' "$T/same.out"; then
	t_ok compare-same
else
	t_fail compare-same "rc $rc" "$(cat "$T/same.out")"
fi

# /compare in the line mode: the same comparison as events; a bad file
# is an error line naming it and makes the exit status 2.
printf '/compare %s %s\n/compare %s %s\n' "$T/s25.json" "$T/s587.json" \
    "$T/s25.json" "$T/nothere.json" | "$SMTPX" --batch >"$T/slash.out" 2>&1
rc=$?
sed -n 's/^\* //p' "$T/slash.out" | sed 1d >"$T/slash.cmp"
if [ $rc = 2 ] && grep -qx "\* $T/s25.json and $T/s587.json compared:" "$T/slash.out" &&
    cmp -s "$T/slash.cmp" "$T/cmp.out" &&
    grep -qx "! /compare: $T/nothere.json: No such file or directory" "$T/slash.out"; then
	t_ok compare-slash-command
else
	t_fail compare-slash-command "rc $rc" "$(diff "$T/slash.cmp" "$T/cmp.out" | head)" \
	    "$(tail -3 "$T/slash.out")"
fi

# Server text in a file is shown through the sanitiser.
jq -c 'if .dir == "S" and .answers == "greeting" then .text = "220 evil\u001b[2J\u0007 x" else . end' \
    "$T/s25.json" >"$T/esc.json"
"$SMTPX" --compare "$T/esc.json" "$T/s25.json" >"$T/esc.out" 2>&1
rc1=$?
"$SMTPX" --replay "$T/esc.json" --batch >"$T/esc2.out" 2>&1
rc2=$?
if [ $rc1 = 0 ] && [ $rc2 = 0 ] && ! grep -q "$(printf '\033')" "$T/esc.out" "$T/esc2.out" &&
    grep -qF 'S: 220 evil\x1b[2J\x07 x' "$T/esc2.out"; then
	t_ok replay-compare-sanitised
else
	t_fail replay-compare-sanitised "$rc1 $rc2" "$(head -3 "$T/esc2.out")"
fi

# --- hostile files -----------------------------------------------------------

good=$(tail -1 "$T/s25.json")
# bad NAME LINE MESSAGE CONTENT: --replay and --compare say FILE:LINE:
# and the message, exit 2, and print nothing on stdout.
bad() {
	_f=$T/bad-$1.json
	printf '%s' "$4" >"$_f"
	"$SMTPX" --replay "$_f" --batch >"$T/bad.out" 2>"$T/bad.err"
	_r1=$?
	"$SMTPX" --compare "$T/s25.json" "$_f" >"$T/bad2.out" 2>"$T/bad2.err"
	_r2=$?
	if [ $_r1 = 2 ] && [ $_r2 = 2 ] && [ ! -s "$T/bad.out" ] &&
	    [ ! -s "$T/bad2.out" ] &&
	    grep -qF -- "$_f$2: $3" "$T/bad.err" &&
	    grep -qF -- "$_f$2: $3" "$T/bad2.err"; then
		t_ok "replay-bad-$1"
	else
		t_fail "replay-bad-$1" "rc $_r1 $_r2" "$(cat "$T/bad.err" "$T/bad2.err")"
	fi
}
bad not-json :2 'not JSON' "$(printf '{"dir":"C","text":"x"}\n{"dir":\n%s\n' "$good")"
bad array :1 'not a JSON object' "$(printf '[1,2]\n%s\n' "$good")"
bad dir :1 '"dir" must be' "$(printf '{"dir":"X","text":"x"}\n%s\n' "$good")"
bad text :1 '"text" is missing' "$(printf '{"dir":"C","text":7}\n%s\n' "$good")"
bad code :1 'a server line needs a "code"' "$(printf '{"dir":"S","text":"250 x","code":-5}\n%s\n' "$good")"
bad latency :1 '"latency_ms" is not' "$(printf '{"dir":"S","text":"250 x","code":250,"latency_ms":"fast"}\n%s\n' "$good")"
bad types :1 "a note's \"types\" does not match" "$(printf '{"dir":"note","text":"x","id":"a.b","args":["1","2"],"types":"w"}\n%s\n' "$good")"
bad type-letter :1 "a note's argument type 'Z' is not known" "$(printf '{"dir":"note","text":"x","id":"a.b","args":["1"],"types":"Z"}\n%s\n' "$good")"
bad arg :1 "a note's argument 1 is not a string" "$(printf '{"dir":"note","text":"x","id":"a.b","args":[{}],"types":"w"}\n%s\n' "$good")"
bad id :1 "a note's \"id\" is not a note id" "$(printf '{"dir":"note","text":"x","id":"a\\u001fb","args":[],"types":""}\n%s\n' "$good")"
bad cut '' 'no closing object' '{"dir":"C","text":"EHLO x"}
'
bad empty '' 'no closing object' ''
bad blanks '' 'no closing object' '
  	 '
bad after :3 'text after the closing object' "$(printf '{"dir":"C","text":"x"}\n%s\n{"dir":"C","text":"y"}\n' "$good")"
bad version :1 'export version 2' '{"end":true,"version":2}
'
bad findings :1 'finding 1 has no "id"' '{"end":true,"version":1,"findings":[3]}
'
bad deep :1 'not JSON' "$(printf '{"dir":"C","text":"x","a":%s1%s}\n%s\n' \
    "$(printf '%5000s' '' | tr ' ' '[')" "$(printf '%5000s' '' | tr ' ' ']')" "$good")"
bad dup :1 'not JSON' '{"dir":"C","dir":"S","text":"x"}
'
bad nul :1 'not JSON' "$(printf '{"dir":"C","text":"a\\u0000b"}\n')"

for f in "$T/none.json" "$T"; do
	"$SMTPX" --replay "$f" --batch >/dev/null 2>"$T/bad.err"
	rc=$?
	if [ $rc = 2 ] && grep -qF "$f: " "$T/bad.err"; then
		t_ok "replay-bad-file-${f##*/}"
	else
		t_fail "replay-bad-file-${f##*/}" "rc $rc" "$(cat "$T/bad.err")"
	fi
done

# Random bytes and truncations of a real export: never a crash.
i=0 crash=0
size=$(wc -c <"$T/s587.json")
while [ $i -lt 40 ]; do
	head -c $((size * i / 40)) "$T/s587.json" >"$T/cut.json"
	head -c 2000 /dev/urandom >>"$T/cut.json"
	"$SMTPX" --replay "$T/cut.json" --batch >/dev/null 2>&1
	rc=$?
	[ $rc -ge 3 ] && crash=$((crash + 1))
	i=$((i + 1))
done
if [ $crash = 0 ]; then
	t_ok replay-bad-random
else
	t_fail replay-bad-random "$crash of 40 exited with a signal or above 2"
fi

# Without a terminal the screen is not started: exit 2, pointing to --batch.
"$SMTPX" --replay "$T/s25.json" </dev/null >"$T/nt.out" 2>"$T/nt.err"
rc=$?
if [ $rc = 2 ] && [ ! -s "$T/nt.out" ] && grep -q -- '--replay FILE --batch' "$T/nt.err"; then
	t_ok replay-screen-needs-terminal
else
	t_fail replay-screen-needs-terminal "rc $rc" "$(cat "$T/nt.err")"
fi

if "$SMTPX" --compare "$T/s25.json" >/dev/null 2>"$T/u.err"; then
	t_fail compare-usage
elif grep -q 'takes two JSON exports' "$T/u.err"; then
	t_ok compare-usage
else
	t_fail compare-usage "$(cat "$T/u.err")"
fi

t_done
