#!/bin/sh
# Golden line-mode tests, like curl's tests/data: each case under cases/
# is a scripted server (server, played by tests/hostile/hostile.py), the
# lines typed (in), smtpx's options (args; $port is the server's), the
# host and port typed when not the server's own (target: a nominal port
# that --ports sends there), and what must come out: the transcript
# exactly (out, with the port and dates made constant), the exact bytes
# smtpx put on the wire (wire; after STARTTLS, the decrypted stream) and
# the exit status (rc). BATCH_UPDATE=1 rewrites the expected
# files from a run, for review with git diff.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
here=$SMTPX_TOP/tests/batch
HPY="$PY $SMTPX_TOP/tests/hostile/hostile.py"

T=$(t_tmpdir)
spid=
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
if ! sh "$SMTPX_TOP/tests/hostile/certs.sh" "$T/certs" >"$T/certs.log" 2>&1; then
	t_fail "batch: making certificates" "$(cat "$T/certs.log")"
	t_done
	exit
fi
export HOSTILE_CERTS="$T/certs"
CA=$T/certs/ca.crt
PW=$T/password
printf 'golden-Pw-31337\n' >"$PW"

# Make what varies from run to run constant.
normalize() {
	sed -e "s/127\.0\.0\.1:$1\b/127.0.0.1:PORT/g" \
	    -e "s/port $1\b/port PORT/g" \
	    -e 's/valid until [0-9-]* [0-9:]* UTC/valid until DATE/'
}

for c in "$here"/cases/*/; do
	c=${c%/}
	name=${c##*/}
	w=$T/$name
	mkdir -p "$w"
	$HPY serve "$w" "$c/server" >"$w/server.out" 2>&1 &
	spid=$!
	i=0
	while [ ! -s "$w/port" ] && [ $i -lt 250 ]; do sleep 0.02; i=$((i + 1)); done
	port=$(cat "$w/port" 2>/dev/null || echo 1)
	args=$(eval "echo $(cat "$c/args")")
	# The host and port typed (a case's "target": a nominal port that
	# --ports $port in its args sends to the scripted server).
	target="127.0.0.1 $port"
	[ -f "$c/target" ] && target=$(cat "$c/target")
	# shellcheck disable=SC2086
	timeout -k 2 20 "$SMTPX" --batch --timeout 5 $args $target \
	    <"$c/in" >"$w/raw-out" 2>"$w/err"
	rc=$?
	i=0
	while kill -0 "$spid" 2>/dev/null && [ $i -lt 500 ]; do sleep 0.02; i=$((i + 1)); done
	kill "$spid" 2>/dev/null
	wait "$spid" 2>/dev/null
	spid=
	normalize "$port" <"$w/raw-out" >"$w/out"
	if [ -n "${BATCH_UPDATE:-}" ]; then
		cp "$w/out" "$c/out"
		cp "$w/app.bin" "$c/wire"
		echo "$rc" >"$c/rc"
	fi
	why=
	diff -u "$c/out" "$w/out" >"$w/out.diff" ||
		why="transcript differs:
$(head -40 "$w/out.diff")"
	cmp -s "$c/wire" "$w/app.bin" ||
		why="$why
bytes on the wire differ: expected $(od -c "$c/wire" | head -20)
got $(od -c "$w/app.bin" | head -20)"
	[ "$rc" = "$(cat "$c/rc")" ] || why="$why
exit status $rc, expected $(cat "$c/rc")"
	[ -s "$w/server.out" ] && why="$why
server: $(head -c 300 "$w/server.out")"
	[ -s "$w/err" ] && why="$why
stderr: $(head -c 300 "$w/err")"
	if [ -z "$why" ]; then
		t_ok "batch golden: $name"
	else
		t_fail "batch golden: $name" "$why"
	fi
done
t_done
