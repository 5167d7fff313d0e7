#!/bin/sh
# The command line itself: --help, --version, and every kind of bad
# usage ending with a message on stderr and exit status 2, before any
# connection is tried.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
T=$(t_tmpdir)
trap 'rm -rf "$T"' EXIT

# run EXPECTED-STATUS STDERR-PATTERN ARGS...
run() {
	_want=$1 _pat=$2
	shift 2
	timeout 10 "$SMTPX" "$@" </dev/null >"$T/out" 2>"$T/err"
	_rc=$?
	if [ "$_rc" = "$_want" ] && grep -Eq -- "$_pat" "$T/err" "$T/out"; then
		t_ok "smtpx $*: status $_want"
	else
		t_fail "smtpx $*: status $_want and /$_pat/" "status $_rc" \
		    "$(cat "$T/out" "$T/err" | head -5)"
	fi
}

run 0 '^usage: smtpx' --help
run 0 '^smtpx [0-9]+\.[0-9]+' --version
run 2 "bad option '--bogus'" --bogus
run 2 "needs a value" -p
run 2 "needs a value" --timeout
run 2 "bad port 'x'" --batch host x
run 2 "bad port '0'" -p 0 host
run 2 "bad port '70000'" host 70000
run 2 "bad timeout" --timeout 0 host
run 2 "too many arguments" --batch a 25 c
run 2 "ca-file" --ca-file "$T/missing.pem" host
run 2 "password-file" --password-file "$T/missing" host
run 2 "bad --ehlo" --ehlo "two words" host
run 2 "needs a value" --servername
run 2 "bad --servername" --servername "two words" host
run 0 "--servername NAME" --help
run 2 "bad --max-transcript '1K' \\(64K-1024G" --max-transcript 1K host
run 2 "bad --max-transcript '12x'" --max-transcript 12x host
run 2 "bad --max-transcript '-5M'" --max-transcript -5M host
run 2 "bad --max-transcript '2000G'" --max-transcript 2000G host
run 2 "needs a value" --max-transcript
run 0 "--max-transcript SIZE" --help
run 2 "needs a value" --debug
run 0 "--debug FILE" --help
run 2 "--debug: .*nodir" --debug "$T/nodir/trace" --batch
# The message builder's options are checked before anything connects.
run 2 "--header: a header is \"Name: value\"" --header "no colon" --batch host
run 2 "--header: a header may not hold control" --header "$(printf 'X-A: a\033b')" --batch host
run 2 "--attach: .*missing.bin: No such file" --attach "$T/missing.bin" --batch host
run 2 "not a regular file" --attach "$T" --batch host
printf 'a\000b' >"$T/nul.txt"
run 2 "--body: .*nul.txt: a NUL byte at offset 1" --body "@$T/nul.txt" --batch host
run 0 "--attach FILE" --help
# /send's own options, in the line mode with no connection: bad ones are
# usage errors (exit 2), named, and nothing is sent.
printf 'hello\n' >"$T/att.txt"
for l in "/send a@x.test b@y.test --bogus 1|unknown option --bogus" \
    "/send a@x.test b@y.test --subject \"open|a quote is not closed" \
    "/send a@x.test b@y.test --attach|--attach needs a value" \
    "/send a@x.test b@y.test --attach $T/missing|missing: No such file" \
    "/send a@x.test --subject x|usage: /send FROM TO" \
    "/send a@x.test b@y.test --attach $T/att.txt|not connected"; do
	printf '%s\n' "${l%%|*}" | timeout 10 "$SMTPX" --batch >"$T/out" 2>&1
	_rc=$?
	if [ $_rc = 2 ] && grep -q -- "^! .*${l#*|}" "$T/out"; then
		t_ok "line mode: ${l%%|*}: exit 2, ${l#*|}"
	else
		t_fail "line mode: ${l%%|*}: exit 2, ${l#*|}" "status $_rc" \
		    "$(head -5 "$T/out")"
	fi
done
# /help says where a bug report's trace comes from.
if printf '/help\n' | timeout 10 "$SMTPX" --batch 2>&1 | grep -q -- '--debug FILE'; then
	t_ok "/help names --debug"
else
	t_fail "/help names --debug"
fi
# Every option --help lists is in the manual page.
for o in $("$SMTPX" --help | grep -Eo -- '--[a-z][a-z-]+' | sort -u); do
	if grep -Fq -- "$(echo "$o" | sed 's/-/\\-/g')" "$SMTPX_TOP/docs/smtpx.1"; then
		t_ok "man page has $o"
	else
		t_fail "man page has $o"
	fi
done
run 2 "needs a port" --lab --batch
run 2 "goes with --lab-serve" --listen 127.0.0.1
run 2 "--allow goes with --lab-serve" --allow 127.0.0.1
run 2 "--port-base goes with --lab-serve or --lab-at" --port-base 20000
run 2 "does not go with --lab or --lab-serve" --lab --lab-at 192.0.2.1
run 2 "bad --port-base" --lab-serve --port-base 65000
run 2 "does not go with" --lab-serve --batch
run 2 "script" --script "$T/missing"
run 2 "terminal" host 25
# Bad lines in the line mode: reported, status 2, nothing sent.
printf '/nosuch\n' >"$T/script"
run 2 "unknown command /nosuch" --batch --script "$T/script"
printf 'EHLO x\n' >"$T/script"
run 2 "not connected" --batch --script "$T/script"
# The line mode's output piped into a reader that stops early (head):
# core no longer ignores SIGPIPE for the process, the front end must.
{ (printf 'EHLO x\n'; sleep 1; printf 'NOOP\nQUIT\n') |
    timeout 10 "$SMTPX" --lab --batch 25 >&1 2>/dev/null; echo $? >"$T/rc"
} | head -c1 >/dev/null
if [ "$(cat "$T/rc")" -lt 128 ]; then
	t_ok "output closed early (| head): no death by SIGPIPE"
else
	t_fail "output closed early (| head): no death by SIGPIPE" \
	    "status $(cat "$T/rc")"
fi
. "$SMTPX_TOP/tests/cli/lessons.sh"
t_done
