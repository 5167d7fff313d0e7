#!/bin/sh
# Exports (issue 14): --format text|md|json in the line mode and /export
# FILE, run as a user runs them against a scripted server
# (tests/hostile/hostile.py plays session.srv). Checks: text stays the
# line mode's transcript byte for byte; every JSON line parses (jq) and
# says what the docs say (answers, latency_ms, secret, note ids, the
# closing object); Markdown has its header, findings, fenced transcript
# and latencies; /export follows /save's rules (0600, no links, --force);
# and no export holds the password or its base64 at any alignment.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
here=$SMTPX_TOP/tests/export
HPY="$PY $SMTPX_TOP/tests/hostile/hostile.py"

T=$(t_tmpdir)
spid=
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM

# Two passwords: one from --password-file (AUTH PLAIN), one typed on the
# /auth LOGIN line of session.in.
PW1=export-Pw-file-4242
PW2=export-Pw-31337x
printf '%s\n' "$PW1" >"$T/password"

# run NAME [OPTION...]: session.in through the line mode against a fresh
# session.srv; stdout in $T/NAME/out, the exit status in $T/NAME/rc, the
# client's bytes in $T/NAME/app.bin, /export files in $T/NAME/x/.
run() {
	_n=$1; shift
	_w=$T/$_n
	mkdir -p "$_w/x"
	$HPY serve "$_w" "$here/session.srv" >"$_w/server.out" 2>&1 &
	spid=$!
	_i=0
	while [ ! -s "$_w/port" ] && [ $_i -lt 250 ]; do sleep 0.02; _i=$((_i + 1)); done
	sed "s|OUT/|$_w/x/|" "$here/session.in" >"$_w/in"
	timeout -k 2 20 "$SMTPX" --batch --timeout 5 --allow-plaintext-auth \
	    --password-file "$T/password" "$@" 127.0.0.1 \
	    "$(cat "$_w/port" 2>/dev/null || echo 1)" <"$_w/in" >"$_w/out" \
	    2>"$_w/err"
	echo $? >"$_w/rc"
	_i=0
	while kill -0 "$spid" 2>/dev/null && [ $_i -lt 500 ]; do sleep 0.02; _i=$((_i + 1)); done
	kill "$spid" 2>/dev/null
	wait "$spid" 2>/dev/null
	spid=
}

run plain
run text --format text
run json --format json
run md --format md
run ts --timestamps

# --format text is the line mode's own output, byte for byte (the port
# differs from run to run; nothing else may).
sed -e "s/$(cat "$T/plain/port")/PORT/g" -e "s|$T/plain/|DIR/|g" \
    "$T/plain/out" >"$T/plain.n"
sed -e "s/$(cat "$T/text/port")/PORT/g" -e "s|$T/text/|DIR/|g" \
    "$T/text/out" >"$T/text.n"
if [ "$(cat "$T/plain/rc")" = 1 ] && cmp -s "$T/plain.n" "$T/text.n"; then
	t_ok "--format text is the plain line mode output"
else
	t_fail "--format text is the plain line mode output" \
	    "rc $(cat "$T/plain/rc")" "$(diff "$T/plain.n" "$T/text.n" | head)"
fi

# --timestamps: the last line of each reply to a command carries its
# latency (the EHLO reply was held 0.3 s); the greeting and the other
# lines carry none.
l=$(sed -n 's/^[0-9:]\{8\} S: 250 AUTH PLAIN LOGIN   (\([0-9]*\) ms)$/\1/p' "$T/ts/out")
if [ -n "$l" ] && [ "$l" -ge 250 ] && [ "$l" -lt 5000 ] &&
    grep -q '^[0-9:]\{8\} S: 220 export.test ESMTP$' "$T/ts/out" &&
    grep -q '^[0-9:]\{8\} S: 250-export.test$' "$T/ts/out" &&
    [ "$(grep -c ' ms)$' "$T/ts/out")" = 8 ]; then
	t_ok "--timestamps: each reply's latency on its last line ($l ms)"
else
	t_fail "--timestamps: each reply's latency on its last line ($l ms)" \
	    "$(grep ' S: ' "$T/ts/out")"
fi
grep -q ' ms)$' "$T/plain/out" &&
    t_fail "no latencies without --timestamps" "$(grep ' ms)$' "$T/plain/out")" ||
    t_ok "no latencies without --timestamps"

# JSON Lines, on stdout and from /export.
J=$T/json/out
check_json() {
	_n=$1 _f=$2
	if ! jq -e . "$_f" >/dev/null 2>"$T/jq.err"; then
		t_fail "$_n: every line is JSON" "$(cat "$T/jq.err")" \
		    "$(head -5 "$_f")"
		return
	fi
	t_ok "$_n: every line is JSON"
	# One object a line, the closing one last.
	[ "$(wc -l <"$_f")" = "$(jq -c . "$_f" | wc -l)" ] &&
	    [ "$(tail -1 "$_f" | jq -r '[.end, .version] | @tsv')" = "true	1" ] &&
	    [ "$(jq -s '[.[] | select(.end)] | length' "$_f")" = 1 ] &&
	    t_ok "$_n: one object a line, the closing object last" ||
	    t_fail "$_n: one object a line, the closing object last" \
		"$(tail -2 "$_f")"
	# The EHLO reply was held 0.3 s by the server: its latency says so,
	# on its last line only.
	_l=$(jq -r 'select(.dir == "S" and .answers == "EHLO" and
	    has("latency_ms")) | .latency_ms' "$_f")
	_k=$(jq -s '[.[] | select(.answers == "EHLO")] | length' "$_f")
	if [ -n "$_l" ] && [ "$_l" -ge 250 ] && [ "$_l" -lt 5000 ] &&
	    [ "$_k" = 3 ]; then
		t_ok "$_n: EHLO reply answers EHLO, latency $_l ms"
	else
		t_fail "$_n: EHLO reply answers EHLO, latency $_l ms" \
		    "$(grep EHLO "$_f")"
	fi
	[ "$(jq -r 'select(.dir == "S" and .code == 550) |
	    [.answers, .enhanced] | @tsv' "$_f")" = "RCPT	5.7.1" ] &&
	    t_ok "$_n: 550 answers RCPT with 5.7.1" ||
	    t_fail "$_n: 550 answers RCPT with 5.7.1" "$(grep 550 "$_f")"
	[ "$(jq -s '[.[] | select(.dir == "C" and .secret == true)] |
	    length' "$_f")" -ge 2 ] &&
	    t_ok "$_n: masked lines say secret" ||
	    t_fail "$_n: masked lines say secret" "$(grep AUTH "$_f")"
	[ "$(jq -s 'any(.[]; .dir == "note" and .id == "code.cmd" and
	    (.args | length) > 0)' "$_f")" = true ] &&
	    t_ok "$_n: notes carry id and args" ||
	    t_fail "$_n: notes carry id and args" "$(grep note "$_f" | head -3)"
	jq -e 'select(.end) | .findings | map(.id) |
	    index("relay-refused") != null' "$_f" >/dev/null &&
	    t_ok "$_n: the closing object lists the findings" ||
	    t_fail "$_n: the closing object lists the findings" "$(tail -1 "$_f")"
	[ "$(jq -s 'map(select(.dir)) | length > 5 and all(.t |
	    test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\\.[0-9]{3}Z$"))' \
	    "$_f")" = true ] &&
	    t_ok "$_n: t is ISO 8601 with milliseconds" ||
	    t_fail "$_n: t is ISO 8601 with milliseconds" "$(head -2 "$_f")"
}
check_json "--format json" "$J"
[ "$(tail -1 "$J" | jq .exit)" = 1 ] &&
    t_ok "--format json: the closing object has the exit status" ||
    t_fail "--format json: the closing object has the exit status" \
	"$(tail -1 "$J")"
[ "$(cat "$T/json/rc")" = 1 ] && t_ok "--format json: exit status 1" ||
    t_fail "--format json: exit status 1" "rc $(cat "$T/json/rc")"
check_json "/export FILE.json" "$T/plain/x/s.json"
check_json "/export FILE.jsonl" "$T/plain/x/s.jsonl"

# Markdown.
check_md() {
	_n=$1 _f=$2
	if head -1 "$_f" | grep -q '^# smtpx session: 127\.0\.0\.1 port [0-9]*$' &&
	    grep -q '^- target: 127\.0\.0\.1 port [0-9]*, address 127\.0\.0\.1:[0-9]*$' "$_f" &&
	    grep -q '^- TLS: none$' "$_f" &&
	    grep -q '^- authenticated as: alice$' "$_f" &&
	    grep -q '^## Findings$' "$_f" &&
	    grep -q '^- relaying to y.test refused' "$_f" &&
	    [ "$(grep -c '^```text$' "$_f")" = 1 ] &&
	    grep -q '^S: 250 AUTH PLAIN LOGIN   ([0-9]* ms)$' "$_f" &&
	    grep -q '^   # ' "$_f"; then
		t_ok "$_n: header, findings, fenced transcript, latency, notes"
	else
		t_fail "$_n: header, findings, fenced transcript, latency, notes" \
		    "$(head -30 "$_f")"
	fi
}
check_md "--format md" "$T/md/out"
check_md "/export FILE.md" "$T/plain/x/s.md"
grep -q '^- exit status: 1$' "$T/md/out" &&
    t_ok "--format md: the exit status" ||
    t_fail "--format md: the exit status" "$(head -12 "$T/md/out")"

# /export FILE.txt is /save's file: its header, then the transcript.
if head -1 "$T/plain/x/s.txt" | grep -q '^# smtpx .* transcript, saved' &&
    grep -qxF 'S: 221 2.0.0 Bye' "$T/plain/x/s.txt"; then
	t_ok "/export FILE.txt writes what /save writes"
else
	t_fail "/export FILE.txt writes what /save writes" \
	    "$(head -5 "$T/plain/x/s.txt")"
fi

# Secrets: neither password, nor its base64 at any of the three
# alignments, in anything written. The wire must hold them (else the
# check would prove nothing).
frags() {
	$PY - "$1" <<'EOF'
import base64, sys
pw = sys.argv[1].encode()
for k in range(3):
    s = base64.b64encode(b"\0" * k + pw).decode()
    a, b = -(-k // 3), (k + len(pw)) // 3
    print(s[a * 4:b * 4])
EOF
}
{ echo "$PW1"; echo "$PW2"; frags "$PW1"; frags "$PW2"; } >"$T/secrets"
leaks=
for f in "$T"/plain/out "$T"/json/out "$T"/md/out "$T"/text/out \
    "$T"/plain/x/* "$T"/json/x/* "$T"/md/x/*; do
	grep -F -f "$T/secrets" "$f" >/dev/null && leaks="$leaks $f"
done
wire=0
for s in $(cat "$T/secrets"); do
	grep -qF -- "$s" "$T/json/app.bin" && wire=$((wire + 1))
done
if [ -z "$leaks" ] && [ "$wire" -ge 2 ]; then
	t_ok "no password or base64 of it in any export ($wire on the wire)"
else
	t_fail "no password or base64 of it in any export ($wire on the wire)" \
	    "leaks in:$leaks"
fi

# /reproduce: shown, or written to a file; the session's last AUTH
# (LOGIN), user, EHLO name, sender and recipient; no TLS, so no openssl.
P=$T/plain
if grep -q "^\* swaks --server '127.0.0.1' --port $(cat "$P/port") " "$P/out" &&
    grep -q "^\*     --ehlo 'client.test' --auth LOGIN --auth-user 'alice' " "$P/out" &&
    grep -q "^\* # openssl s_client speaks TLS, and this session had none" "$P/out" &&
    grep -q '^! usage: /reproduce swaks|curl|openssl' "$P/out"; then
	t_ok "/reproduce shows the command for the session"
else
	t_fail "/reproduce shows the command for the session" \
	    "$(grep -A3 reproduce "$P/out")"
fi
if [ "$(stat -c %a "$P/x/r.sh")" = 600 ] &&
    grep -qF "curl --url 'smtp://127.0.0.1:$(cat "$P/port")/client.test'" "$P/x/r.sh" &&
    grep -qF -- "--login-options AUTH=LOGIN --netrc-file /dev/fd/3" "$P/x/r.sh" &&
    grep -qF -- "--mail-from 'a@x.test' --mail-rcpt 'b@y.test'" "$P/x/r.sh" &&
    grep -q '^machine 127.0.0.1 login alice password "$(head -n 1 "${PASSWORD_FILE' "$P/x/r.sh" &&
    sh -n "$P/x/r.sh"; then
	t_ok "/reproduce curl FILE writes the command, mode 0600, valid sh"
else
	t_fail "/reproduce curl FILE writes the command, mode 0600, valid sh" \
	    "$(ls -l "$P/x/r.sh"; cat "$P/x/r.sh")"
fi
grep -q '^## Reproduce$' "$P/x/s.md" && grep -q '^### openssl$' "$P/x/s.md" &&
    t_ok "the Markdown export ends with the reproduce commands" ||
    t_fail "the Markdown export ends with the reproduce commands" \
	"$(tail -20 "$P/x/s.md")"

# A transcript past --max-transcript drops its oldest lines; the
# export's timings must stay on the right lines after that.
{ echo 'EHLO one.test'
  i=0; while [ $i -lt 8000 ]; do echo NOOP; i=$((i + 1)); done
  echo 'EHLO two.test'; echo /quit; } >"$T/noop.in"
timeout 60 "$SMTPX" --lab --batch 25 --no-notes --max-transcript 64K \
    --format json <"$T/noop.in" >"$T/noop.json" 2>&1
rc=$?
if [ $rc = 0 ] && [ "$(tail -1 "$T/noop.json" | jq '.dropped > 1000')" = true ] &&
    [ "$(jq -s '[.[] | select(.dir == "S" and .answers == null)] | length' "$T/noop.json")" = 0 ] &&
    [ "$(jq -r 'select(.dir == "C") | .text' "$T/noop.json" | tail -2 | head -1)" = "EHLO two.test" ] &&
    [ "$(jq -r 'select(.dir == "S" and .latency_ms != null) | .answers' "$T/noop.json" | tail -2 | tr '\n' ' ')" = "EHLO QUIT " ]; then
	t_ok "after dropped lines every reply still says what it answers"
else
	t_fail "after dropped lines every reply still says what it answers" \
	    "rc $rc" "$(tail -1 "$T/noop.json")" "$(tail -8 "$T/noop.json")"
fi

# /export follows /save's rules.
W=$T/rules
mkdir -p "$W"
printf 'keep\n' >"$W/old.md"
ln -s "$W/target.json" "$W/link.json"
printf '%s\n' "/export $W/old.md" "/export $W/link.json" \
    "/export $W/new.json" "/export --force $W/forced.md" "/export $W/x.pdf" |
    timeout 20 "$SMTPX" --batch >"$W/out" 2>&1
rc=$?
[ "$(cat "$W/old.md")" = keep ] && grep -q '^! /export: .*--force' "$W/out" &&
    t_ok "/export does not replace a file without --force" ||
    t_fail "/export does not replace a file without --force" "$(cat "$W/out")"
[ ! -e "$W/target.json" ] && grep -q "^! /export: .*link.json" "$W/out" &&
    t_ok "/export does not write through a symbolic link" ||
    t_fail "/export does not write through a symbolic link" "$(cat "$W/out")"
[ "$(stat -c %a "$W/new.json")" = 600 ] &&
    [ "$(tail -1 "$W/new.json" | jq .end)" = true ] &&
    t_ok "/export writes mode 0600" ||
    t_fail "/export writes mode 0600" "$(ls -l "$W")"
[ -s "$W/forced.md" ] && t_ok "/export --force writes" ||
    t_fail "/export --force writes" "$(cat "$W/out")"
grep -q '^! /export: .*x.pdf: name it .md' "$W/out" && [ "$rc" = 2 ] &&
    t_ok "/export of an unknown extension is refused (exit 2)" ||
    t_fail "/export of an unknown extension is refused (exit 2)" \
	"rc $rc" "$(cat "$W/out")"

# Bad --format use.
"$SMTPX" --batch --format yaml </dev/null >"$T/f.out" 2>&1
rc1=$?
"$SMTPX" --format md </dev/null >"$T/g.out" 2>&1
rc2=$?
[ $rc1 = 2 ] && grep -q 'use text, md or json' "$T/f.out" &&
    [ $rc2 = 2 ] && grep -q 'goes with --batch' "$T/g.out" &&
    t_ok "--format: unknown name and use without --batch refused" ||
    t_fail "--format: unknown name and use without --batch refused" \
	"$rc1 $(cat "$T/f.out")" "$rc2 $(cat "$T/g.out")"
t_done
