#!/bin/sh
# The hostile suite: smtpx --batch against a scripted misbehaving server
# (hostile.py), one case at a time. Each case gives the server's script,
# smtpx's options and input, and checks smtpx's output and exit status AND
# the bytes smtpx put on the wire (hostile.py records them, before and
# after TLS). Every case is bounded in time (timeout(1), and a small
# --timeout where the server goes silent). Certificates are made at run
# time (certs.sh). Whatever the case, these always hold and are checked
# for every case:
#   - stdout and stderr are safe for a terminal (valid UTF-8, no control
#     byte but LF, no C1 control in either encoding, no bidi override);
#   - the SMTP stream smtpx sent has no bare CR and no bare LF;
#   - no sanitizer report on stderr (when $SMTPX is an ASan build).
# Where a check is about a note (the "   # " lines written by the notes
# module) it matches loosely and is marked NOTE: the wording is not ours.
# A case that fails because smtpx misbehaves keeps asserting the right
# behaviour (see the BUG comments); "found here, since fixed" marks the
# regressions.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
HD=$SMTPX_TOP/tests/hostile
HPY="$PY $HD/hostile.py"

if [ ! -x "$SMTPX" ]; then
	t_fail "hostile: no smtpx binary at $SMTPX"
	t_done
	exit 1
fi
T=$(t_tmpdir)
SPID=
cleanup() {
	[ -n "$SPID" ] && kill "$SPID" 2>/dev/null
	if [ -n "${HOSTILE_KEEP:-}" ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

if ! sh "$HD/certs.sh" "$T/certs" >"$T/certs.log" 2>&1; then
	t_fail "hostile: making certificates" "$(cat "$T/certs.log")"
	t_done
	exit 1
fi
export HOSTILE_CERTS="$T/certs"
CA=$T/certs/ca.crt
PWFILE=$T/password
FILEPW='S3cr3t-File-Pw%9-with-a-tail-long-enough-to-find'
printf '%s\n' "$FILEPW" >"$PWFILE"
chmod 600 "$PWFILE"
# (malloc reuses the first 16 bytes of a freed block for its own
# pointers, so the memory scan also looks for the password's tail.)
FILEPW_TAIL=${FILEPW#????????????????}

ms() { date +%s%3N; }

# srv NAME: start a case; the server script comes on stdin.
srv() {
	C=$1
	W=$T/$C
	mkdir -p "$W"
	cat >"$W/script"
	fails=
	TMO=3
	LIMIT=20
	HOST=127.0.0.1
	SKIP=
	# HOSTILE_ONLY=REGEX runs only the cases whose names match.
	if [ -n "${HOSTILE_ONLY:-}" ] && ! echo "$C" | grep -Eq "$HOSTILE_ONLY"; then
		SKIP=1 PORT=1 SPID=
		: >"$W/out"; : >"$W/err"; : >"$W/app.bin"; : >"$W/raw.bin"
		: >"$W/events.log"
		return 0
	fi
	$HPY serve "$W" "$W/script" >"$W/server.out" 2>&1 &
	SPID=$!
	_i=0
	while [ ! -s "$W/port" ] && [ $_i -lt 250 ]; do
		sleep 0.02
		_i=$((_i + 1))
	done
	PORT=$(cat "$W/port" 2>/dev/null || echo 1)
}

# cli [OPTIONS...]: smtpx --batch OPTIONS HOST PORT, input on stdin.
# Sets RC (exit status) and EL (milliseconds).
cli() {
	[ -n "$SKIP" ] && { RC=0 EL=0; cat >/dev/null; return 0; }
	_t0=$(ms)
	timeout -k 2 "$LIMIT" "$SMTPX" --batch --timeout "$TMO" "$@" \
		"$HOST" "$PORT" >"$W/out" 2>"$W/err"
	RC=$?
	EL=$(($(ms) - _t0))
	srv_wait
}

srv_wait() {
	[ -z "$SPID" ] && return 0
	# The server reads until smtpx closes; give it a moment, then stop it
	# (at once if smtpx never connected: no events.log).
	_i=0
	[ -f "$W/events.log" ] || _i=600
	while kill -0 "$SPID" 2>/dev/null && [ $_i -lt 600 ]; do
		sleep 0.02
		_i=$((_i + 1))
	done
	kill "$SPID" 2>/dev/null
	wait "$SPID" 2>/dev/null
	SPID=
	[ -s "$W/server.out" ] && fail "server script error: $(head -c 300 "$W/server.out")"
}

fail() { fails="$fails
$1"; }
# ck DESCRIPTION COMMAND...: record a failure with the command's output.
ck() {
	_d=$1
	shift
	if ! "$@" >"$W/ck.out" 2>&1; then
		fail "$_d${W:+: }$(head -c 600 "$W/ck.out")"
	fi
}
rc_is() { [ "$RC" = "$1" ] || fail "exit status $RC, expected $1"; }
rc_in() {
	for _r; do [ "$RC" = "$_r" ] && return 0; done
	fail "exit status $RC, expected one of: $*"
}
out_has() { grep -aEq -- "$1" "$W/out" || fail "output lacks /$1/${2:+ ($2)}"; }
out_hasnt() {
	if grep -aEq -- "$1" "$W/out"; then
		fail "output has /$1/${2:+ ($2)}: $(grep -aE -- "$1" "$W/out" | head -3)"
	fi
}
el_below() { [ "$EL" -lt "$1" ] || fail "took $EL ms, limit $1 ms"; }
# What smtpx sent after the first MARK (a Python repr).
sent_after() { $HPY check after "$W/app.bin" "$1"; }
nothing_after() {
	_a=$(sent_after "$1")
	[ "$_a" = "b''" ] || fail "sent after $1: $(echo "$_a" | head -c 300)"
}
wire_hasnt() { ck "on the wire" $HPY check hasnt "$W/app.bin" "$@"; }
wire_has() { ck "on the wire" $HPY check has "$W/app.bin" "$@"; }

# done_case NAME: the checks every case gets, then ok or FAIL.
done_case() {
	[ -n "$SKIP" ] && return 0
	ck "terminal-safe output" $HPY check term "$W/out" "$W/err"
	[ -f "$W/raw.bin" ] && ck "wire: no bare CR/LF, only TLS after STARTTLS" \
		$HPY check wire "$W"
	if grep -aEq 'Sanitizer|runtime error:' "$W/err"; then
		fail "sanitizer: $(grep -aE -A6 'Sanitizer|runtime error:' "$W/err" | head -12)"
	fi
	if [ -z "$fails" ]; then
		t_ok "$1"
	else
		t_fail "$1" "$(printf '%s\n' "$fails" | sed '/^$/d')" \
			"--- smtpx exit $RC after $EL ms; output (last 12 lines):" \
			"$(tail -12 "$W/out" | cut -c1-200)" \
			"$(head -c 400 "$W/err")"
	fi
}

b64() { printf '%b' "$1" | base64 -w0; }
greet='send b"220 hostile.test ESMTP\r\n"'
ehlo_tls='send b"250-hostile.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n"'
PLAINB64=$(b64 '\0alice\0Typed-Pw-4711')

########################################################################
# STARTTLS and TLS: fail closed.

# The STARTTLS response injection (CVE-2011-0411 class): the 220 and two
# forged lines in one write. smtpx must abort before the handshake and
# send nothing more, not even a ClientHello.
srv starttls-injection <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 Ready\r\n250-fake\r\n250 AUTH PLAIN\r\n"
EOF
cli --ca-file "$CA" --password-file "$PWFILE" <<EOF
EHLO client.test
/starttls
AUTH PLAIN $PLAINB64
/auth PLAIN alice
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! .*(inject|after the STARTTLS reply)' "the abort is explained"
nothing_after 'STARTTLS\r\n'
ck "raw after STARTTLS" test "$($HPY check after "$W/raw.bin" 'STARTTLS\r\n')" = "b''"
done_case "starttls-injection: 220 plus forged lines in one write aborts, nothing more sent"

# The same lines a moment after the 220: smtpx has started the handshake,
# the plaintext breaks it, and nothing but TLS records follows STARTTLS.
srv starttls-injection-late <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 Ready\r\n"
send b"250-fake\r\n250 AUTH PLAIN\r\n"
EOF
cli --ca-file "$CA" --password-file "$PWFILE" <<EOF
EHLO client.test
/starttls
AUTH PLAIN $PLAINB64
/auth PLAIN alice
QUIT
EOF
rc_is 3
out_has '^! ' "an error line"
ck "only TLS records after STARTTLS" $HPY check tlsonly "$W"
wire_hasnt 'b"AUTH"' 'b"QUIT"'
done_case "starttls-injection-late: forged lines right after the 220 break the handshake"

# STARTTLS stripped from EHLO (a downgrading middlebox), the user asks for
# it anyway, the server says 502; typed AUTH lines must not go in clear.
srv starttls-stripped <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n"
expect STARTTLS
send b"502 5.5.1 STARTTLS? never heard of it\r\n"
EOF
cli --ca-file "$CA" --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/starttls
AUTH PLAIN $PLAINB64
/auth PLAIN alice
MAIL FROM:<alice@example.org>
QUIT
EOF
rc_is 3
out_has '^! .*STARTTLS' "the refusal is an error"
nothing_after 'STARTTLS\r\n'
done_case "starttls-stripped: STARTTLS not offered, refused 502, session ends"

srv starttls-454 <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"454 4.7.0 TLS not available due to temporary reason\r\n"
EOF
cli --ca-file "$CA" --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/starttls
AUTH PLAIN $PLAINB64
/auth PLAIN alice
QUIT
EOF
rc_is 3
out_has '^! .*STARTTLS' "the refusal is an error"
nothing_after 'STARTTLS\r\n'
done_case "starttls-454: refused with 454, nothing more sent"

# Type-ahead, as on the screen: EHLO, STARTTLS, a hand-typed AUTH PLAIN,
# /auth PLAIN and MAIL all queued before the greeting arrives. Built from
# core/ directly (the line mode cannot type ahead): linked with the
# libcore.a built beside $SMTPX, with the same flags, or from the sources.
TA=$T/typeahead
TAFLAGS=
case $SMTPX in *asan*) TAFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" ;; esac
TACORE=$(dirname "$SMTPX")/libcore.a
[ -f "$TACORE" ] || TACORE="$SMTPX_TOP/core/*.c"
# (TACORE unquoted below: the fallback is a glob.)
if ${CC:-cc} -std=c11 -g -O1 $TAFLAGS -D_GNU_SOURCE -I"$SMTPX_TOP/core" \
	-o "$TA" "$HD/typeahead.c" $TACORE -lssl -lcrypto -lcares \
	-lpthread >"$T/typeahead.log" 2>&1; then
	for mode in 454 injection badcert; do
		case $mode in
		454) reply='send b"454 4.7.0 not now\r\n"' ;;
		injection) reply='send b"220 go ahead\r\n250 AUTH PLAIN\r\n"' ;;
		badcert) reply='send b"220 go ahead\r\n"
starttls wrongname' ;;
		esac
		srv typeahead-$mode <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
$reply
EOF
		_t0=$(ms)
		[ -z "$SKIP" ] && timeout -k 2 20 "$TA" 127.0.0.1 "$PORT" "$CA" \
			>"$W/out" 2>"$W/err"
		RC=$?
		EL=$(($(ms) - _t0))
		srv_wait
		rc_is 3
		nothing_after 'STARTTLS\r\n'
		[ $mode = badcert ] && ck "only TLS records after STARTTLS" \
			$HPY check tlsonly "$W"
		wire_hasnt 'b"AUTH"' 'b"MAIL"' "b64(b'TypedAheadPw2')"
		out_hasnt 'TypedAheadPw2|VHlwZWRBaGVhZFB3|AHR5cGVhaGVhZABUeXBlZEFoZWFkUHc='
		done_case "typeahead-$mode: lines typed ahead of STARTTLS never go out in clear"
	done
else
	t_fail "typeahead: cannot build the driver from core/" \
		"$(tail -5 "$T/typeahead.log")"
fi

# Capabilities learnt in clear are forgotten after STARTTLS (RFC 3207).
srv caps-forgotten <<EOF
$greet
expect EHLO
send b"250-pre.example\r\n250-STARTTLS\r\n250-X-PRETLS-ONLY\r\n250 AUTH PLAIN-PRETLS\r\n"
expect STARTTLS
send b"220 go ahead\r\n"
starttls good
expect EHLO
send b"250-post.example\r\n250 AUTH LOGIN\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --ca-file "$CA" <<EOF
EHLO client.test
/caps
/starttls
/caps
/status
EHLO client.test
/caps
QUIT
EOF
rc_is 0
out_has '^\* certificate verified' "a verified handshake (control)"
sed -n '/TLS established/,$p' "$W/out" >"$W/after-tls"
# (Notes may say what went away, and /status's findings what the clear
# connection offered; only the other lines count.)
grep -av '^   #' "$W/after-tls" | awk '/^\* findings:/ { f = 1; next }
    f && /^\*   / { next } { f = 0; print }' >"$W/after-tls-caps"
grep -aq 'X-PRETLS-ONLY\|PLAIN-PRETLS' "$W/after-tls-caps" &&
	fail "capabilities from before STARTTLS shown after it: $(grep -a PRETLS "$W/after-tls-caps" | head -3)"
grep -aq '^\*   AUTH (PLAIN-PRETLS) is offered before STARTTLS' "$W/after-tls" ||
	fail "/status lacks the finding about the clear connection"
sed -n '/TLS established/,/C: EHLO/p' "$W/after-tls" | grep -aq 'no capabilities' ||
	fail "/caps after STARTTLS does not say that none are known"
sed -n '/TLS established/,/C: EHLO/p' "$W/after-tls" | grep -aiq 'next: /starttls' &&
	fail "/status still suggests /starttls after TLS"
grep -aq 'AUTH LOGIN' "$W/after-tls" || fail "/caps lacks the capabilities from after TLS"
done_case "caps-forgotten: capabilities from before STARTTLS are not used after it"

# Certificates that must fail verification, with the reason in words,
# over STARTTLS and over implicit TLS; nothing but TLS after STARTTLS.
for cert in wrongname:'mismatch|name' self:'self[- ]signed|local issuer|untrusted|not trusted' \
	expired:'expired'; do
	name=${cert%%:*}
	why=${cert#*:}
	srv cert-$name-starttls <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls $name
EOF
	cli --ca-file "$CA" --password-file "$PWFILE" <<EOF
EHLO client.test
/starttls
/auth PLAIN alice
QUIT
EOF
	rc_is 3
	out_has "^! .*(verif|certificate).*($why)" "the reason in words"
	out_hasnt '^\* TLS established' "no session on a bad certificate"
	ck "only TLS records after STARTTLS" $HPY check tlsonly "$W"
	# The certificate that failed, shown before the session ends.
	out_has "^\* certificate: CN=$name\$" "the subject of the failed certificate"
	[ $name = self ] && iss=self || iss='smtpx hostile test CA'
	out_has "^\* issued by: CN=$iss\$" "its issuer"
	out_has '^\* valid: [0-9-]+ [0-9:]+ UTC to [0-9-]+ [0-9:]+ UTC \((([0-9]+ days? left)|(expired [0-9]+ days? ago))\)$' \
		"validity with days left or since expiry"
	[ -z "$SKIP" ] && fp=$(openssl x509 -in "$HOSTILE_CERTS/$name.crt" -noout \
		-fingerprint -sha256 | sed 's/.*=//') && \
		out_has "^\* SHA-256: $fp\$" "the SHA-256 fingerprint, as openssl shows it"
	out_has '^   # .*--insecure' "advice: --insecure to look anyway"
	case $name in
	wrongname)
		out_has '^\* certificate names: DNS:wrong.example$' "the names it holds"
		out_has '^   # the certificate holds DNS:wrong.example; you asked for the address 127.0.0.1' \
			"its names against the name checked"
		out_has '^   # .*--servername NAME' "advice: --servername" ;;
	self)
		out_has '^\* certificate names: DNS:localhost, IP:127.0.0.1$' "the names it holds"
		out_has '^   # the certificate is self-signed' "self-signed in words"
		out_has '^   # .*--ca-file FILE' "advice: --ca-file for a private CA" ;;
	expired)
		out_has '^   # the certificate expired on 2020-02-01 00:00:00 UTC' "expiry in words"
		out_has '^\* valid: .*\(expired [0-9]+ days ago\)$' "days since expiry" ;;
	esac
	done_case "cert-$name-starttls: verification fails and says why"

	srv cert-$name-implicit <<EOF
starttls $name
$greet
expect EHLO
EOF
	cli --tls --ca-file "$CA" <<EOF
EHLO client.test
QUIT
EOF
	rc_is 3
	out_has "^! .*(verif|certificate).*($why)" "the reason in words"
	wire_hasnt 'b"EHLO"'
	done_case "cert-$name-implicit: verification fails and says why"
done

# --servername: connect by address, send and verify another name (the
# wrongname certificate holds only wrong.example). The server records SNI.
srv servername-verifies <<EOF
starttls wrongname
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --tls --servername wrong.example --ca-file "$CA" <<EOF
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^\* certificate verified for wrong.example$'
ck "the server saw SNI wrong.example" grep -q '^[0-9.]* sni wrong.example$' "$W/events.log"
wire_has 'b"EHLO client.test"'
done_case "servername-verifies: --servername sets SNI and the name verified"

# Over STARTTLS, a --servername the certificate lacks fails by that name.
srv servername-mismatch <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls good
EOF
cli --servername other.example --ca-file "$CA" <<EOF
EHLO client.test
/starttls
QUIT
EOF
rc_is 3
out_has '^! certificate verification failed: hostname mismatch'
out_has '^   # the certificate holds DNS:localhost, IP:127.0.0.1; you asked for other.example,'
ck "the server saw SNI other.example" grep -q '^[0-9.]* sni other.example$' "$W/events.log"
done_case "servername-mismatch: a --servername the certificate lacks is named in the failure"

# cli_bare [OPTIONS...]: smtpx --batch OPTIONS with no host: the script
# connects with /connect.
cli_bare() {
	[ -n "$SKIP" ] && { RC=0 EL=0; cat >/dev/null; return 0; }
	_t0=$(ms)
	timeout -k 2 "$LIMIT" "$SMTPX" --batch --timeout "$TMO" "$@" \
		>"$W/out" 2>"$W/err"
	RC=$?
	EL=$(($(ms) - _t0))
	srv_wait
}

# /connect with per-connection TLS choices, from a line-mode script.
srv connect-servername <<EOF
starttls wrongname
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli_bare <<EOF
/connect 127.0.0.1 $PORT --tls --servername wrong.example --ca-file $CA
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^\* certificate verified for wrong.example$'
ck "the server saw SNI wrong.example" grep -q '^[0-9.]* sni wrong.example$' "$W/events.log"
wire_has 'b"EHLO client.test"'
done_case "connect-servername: /connect --servername --ca-file verifies by that name"

srv connect-insecure <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls self
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli_bare <<EOF
/connect 127.0.0.1 $PORT --insecure
EHLO client.test
/starttls
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^! certificate NOT verified .*going on as asked .verification off.'
ck "EHLO went out again inside TLS" sh -c "[ \$(grep -c \"line b'EHLO\" '$W/events.log') = 2 ]"
done_case "connect-insecure: /connect --insecure goes on past a self-signed certificate"

srv connect-bad-options <<EOF
$greet
EOF
cli_bare <<EOF
/connect 127.0.0.1 $PORT --ca-file $T/no-such-ca.pem
/connect 127.0.0.1 $PORT --servername
/connect 127.0.0.1 $PORT --bogus
EOF
rc_is 2
out_has '^! --ca-file .*no-such-ca.pem: No such file'
out_has '^! --servername needs a value'
out_has "^! bad port or option '--bogus'"
out_hasnt '^\* connecting' "nothing connected on a bad option"
done_case "connect-bad-options: bad /connect TLS options are refused with a reason"

# /cert: fingerprint and key; /cert save: the chain as PEM, 0600, and
# never through a symbolic link.
srv cert-save <<EOF
starttls good
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
[ -z "$SKIP" ] && { echo keep >"$W/target"; ln -s "$W/target" "$W/link"; }
cli --tls --ca-file "$CA" <<EOF
EHLO client.test
/cert
/cert save $W/chain.pem
/cert save $W/link
/cert bogus
/cert save $W/chain.pem
/cert save --force $W/chain.pem
QUIT
EOF
rc_is 2
if [ -z "$SKIP" ]; then
	fp=$(openssl x509 -in "$HOSTILE_CERTS/good.crt" -noout -fingerprint \
		-sha256 | sed 's/.*=//')
	out_has "^\*   SHA-256: $fp\$" "/cert shows the fingerprint"
	out_has '^\*   key: EC 256 bits \(prime256v1\)$' "/cert shows the key type and size"
	out_has '^\* certificate chain saved to .*chain.pem'
	ck "the saved file has mode 0600" sh -c "[ \$(stat -c %a '$W/chain.pem') = 600 ]"
	ck "the saved PEM parses and is the server's certificate" sh -c \
		"openssl x509 -in '$W/chain.pem' -noout -fingerprint -sha256 | grep -q '$fp'"
	out_has '^! /cert save: .*link is a symbolic link' "a symbolic link is refused"
	ck "the link's target is untouched" sh -c "[ \$(cat '$W/target') = keep ] && [ -L '$W/link' ]"
	out_has '^! usage: /cert \[save \[--force\] FILE\]'
	out_has '^! /cert save: .*chain.pem.*exists.*--force' "an existing file is not replaced unasked"
	n=$(grep -c '^\* certificate chain saved to' "$W/out")
	[ "$n" = 2 ] || fail "expected the first save and the --force one, got $n"
fi
done_case "cert-save: /cert shows fingerprint and key; /cert save writes PEM 0600, no links"

# The same certificate verified by name (localhost) rather than address.
srv cert-good-by-name <<EOF
starttls good
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
HOST=localhost
cli --tls --ca-file "$CA" <<EOF
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^\* certificate verified for localhost'
done_case "cert-good-by-name: implicit TLS to localhost verifies (control)"

# --insecure goes on, but says so, and /status shows it.
srv cert-insecure <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls self
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --insecure <<EOF
EHLO client.test
/starttls
/status
EHLO client.test
QUIT
EOF
rc_in 0
out_has '^! .*NOT verified' "the unverified session is an error line"
out_has '^\* TLS .*NOT verified' "/status shows it"
done_case "cert-insecure: --insecure continues and the status says NOT verified"

# A TLS 1.0-only server: smtpx's minimum is TLS 1.2. First make sure the
# server really speaks TLS 1.0 (else the case would prove nothing).
srv tls10-sanity <<EOF
starttls good tls10
send b"220 tls10\r\n"
EOF
[ -z "$SKIP" ] && echo Q | timeout 10 openssl s_client -connect \
	127.0.0.1:"$PORT" -tls1 -cipher 'DEFAULT:@SECLEVEL=0' >"$W/out" 2>&1
RC=$? EL=0
srv_wait
if [ -n "$SKIP" ] || grep -q 'handshake-ok TLSv1 ' "$W/events.log"; then
	[ -z "$SKIP" ] && t_ok "tls10-sanity: the test server does TLS 1.0"
	srv tls10-only <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls good tls10
EOF
	cli --ca-file "$CA" <<EOF
EHLO client.test
/starttls
QUIT
EOF
	rc_is 3
	out_has '^! .*(protocol|version)' "names the protocol problem"
	out_hasnt '^\* TLS established'
	ck "only TLS records after STARTTLS" $HPY check tlsonly "$W"
	done_case "tls10-only: a TLS 1.0-only server is refused"
else
	t_fail "tls10-sanity: the test server cannot do TLS 1.0, so tls10-only proves nothing" \
		"$(grep handshake "$W/events.log" | head -1)"

fi

# Garbage instead of a handshake; a close during it; silence during it.
srv tls-garbage <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
send b"\x00\xffTHIS IS NOT TLS\r\n" * 64
EOF
cli --ca-file "$CA" <<EOF
EHLO client.test
/starttls
QUIT
EOF
rc_is 3
out_has '^! .*(TLS|handshake)'
ck "only TLS records after STARTTLS" $HPY check tlsonly "$W"
done_case "tls-garbage: garbage instead of a handshake fails closed"

srv tls-close-in-handshake <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
close
EOF
cli --ca-file "$CA" <<EOF
EHLO client.test
/starttls
QUIT
EOF
rc_is 3
out_has '^! .*(closed|handshake)'
done_case "tls-close-in-handshake: a close during the handshake fails cleanly"

srv tls-silent-handshake <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
wait 6
EOF
TMO=2
cli --ca-file "$CA" <<EOF
EHLO client.test
/starttls
QUIT
EOF
rc_is 3
out_has '^! .*timed out.*(TLS|handshake)' "the deadline names the step"
el_below 5000
done_case "tls-silent-handshake: a silent handshake times out and says where"

# Implicit TLS against a plaintext server, and the reverse: a hint that
# names the likely mistake. NOTE: the hint is a note; matched loosely.
srv implicit-vs-plaintext <<EOF
$greet
wait 2
EOF
cli --tls --ca-file "$CA" <<EOF
EHLO client.test
EOF
rc_is 3
out_has '^! '
out_has '^   # .*([Pp]laintext|STARTTLS|587|25)' "NOTE: hint about plaintext"
done_case "implicit-vs-plaintext: --tls against plaintext fails with a hint"

srv plaintext-vs-implicit <<EOF
starttls good
EOF
TMO=2
cli --ca-file "$CA" <<EOF
EHLO client.test
EOF
rc_is 3
out_has '^! .*timed out.*greeting'
out_has '^   # .*(TLS|465|--tls)' "NOTE: hint about implicit TLS"
el_below 5000
done_case "plaintext-vs-implicit: plaintext against a TLS port times out with a hint"

# Certificate text is server-controlled too: escapes in the subject and a
# SAN must come out escaped, in line mode and in /save.
srv cert-escapes <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls esc
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --insecure <<EOF
EHLO client.test
/starttls
/cert
EHLO client.test
/save $T/cert-escapes/saved
QUIT
EOF
rc_is 0
out_has '^\* certificate: .*evil'
ck "saved transcript terminal-safe" $HPY check term "$W/saved"
ck "no forged client line in /save" $HPY check forged "$W/saved" "$W/app.bin"
ck "saved header: TLS version and the verification result" \
	grep -aEq '^# TLS: TLSv1\.[0-9], certificate NOT verified: .+' "$W/saved"
out_hasnt '^C: AUTH'
done_case "cert-escapes: escapes in certificate names are made visible"

# Notes are kept as ids and put into words where they are shown: /save
# writes them rendered, wrapped as the line mode prints them, and no id
# or separator byte reaches the file.
srv save-notes <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250-PIPELINING\r\n250-SIZE 10485760\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
expect MAIL
send b"550 5.7.1 Relaying denied\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.test>
/explain 5.7.1
/save $T/save-notes/saved
QUIT
EOF
rc_is 1
out_has '^   # the server offers 4 extensions: PIPELINING, SIZE 10 MiB, AUTH \(PLAIN LOGIN\), 8BITMIME$'
out_has '^   # AUTH mechanisms: PLAIN \(needs TLS\), LOGIN \(needs TLS\)$'
out_has '^   # 5\.7\.1 refused by a policy \(RFC 3463\)'
grep -a '^   # ' "$W/saved" >"$W/saved.notes"
grep -a '^   # ' "$W/out" | head -n "$(wc -l <"$W/saved.notes")" >"$W/out.notes"
ck "the saved notes are the notes shown" sh -c \
    "[ -s '$W/saved.notes' ] && cmp -s '$W/out.notes' '$W/saved.notes'"
ck "no note id or separator byte in the saved file" sh -c \
    "! grep -aq \"\$(printf '\\036')\" '$W/saved' &&
    ! grep -aq \"\$(printf '\\037')\" '$W/saved' &&
    ! grep -aq 'ehlo[.]offers' '$W/saved'"
done_case "save-notes: /save writes the notes in words, as the line mode showed them"

# A SAN iPAddress of 1 byte (valid DER, invalid length): printing it must
# not read past the 1-byte string, and must not show heap bytes as an
# address. (Found here, since fixed: core/tls.c tls_sans called
# inet_ntop(AF_INET6), reading 16 bytes, before checking the length;
# ASan reported a heap-buffer-overflow.)
srv cert-bad-ip-san <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls badip
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --insecure <<EOF
EHLO client.test
/starttls
/cert
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^\* certificate names: DNS:example.org'
out_hasnt 'names:.*IP:' "no address made from a 1-byte iPAddress"
done_case "cert-bad-ip-san: a malformed iPAddress SAN is not read out of bounds"

########################################################################
# Bounded memory and time.

MEMLIM=60000   # KiB of maximum resident set for the flood cases
case $SMTPX in *asan*) MEMLIM=600000 ;; esac
rss() { tail -1 "$W/rss" 2>/dev/null | tr -dc 0-9; }
cli_rss() {
	[ -n "$SKIP" ] && { RC=0 EL=0; cat >/dev/null; return 0; }
	_t0=$(ms)
	timeout -k 2 "$LIMIT" /usr/bin/time -o "$W/rss" -f '%M' "$SMTPX" --batch \
		--timeout "$TMO" "$@" "$HOST" "$PORT" >"$W/out" 2>"$W/err"
	RC=$?
	EL=$(($(ms) - _t0))
	srv_wait
	_m=$(rss)
	[ -n "$_m" ] && [ "$_m" -gt "$MEMLIM" ] && fail "max RSS $_m KiB > $MEMLIM KiB"
}

# A line past the cap with no line end is a protocol error: the session
# ends at once (exit 3), not at the deadline, in bounded memory. (Found
# here, since fixed: the line was skipped and smtpx waited out the
# timeout, however long, for a server that had gone silent.)
srv long-line <<EOF
send b"220 " + b"x" * 1048576
wait 8
EOF
TMO=5
cli_rss <<EOF
EHLO client.test
EOF
rc_is 3
out_has '^! the server sent a line longer than [0-9]+ bytes without a line end; closing$'
out_hasnt 'timed out' "no wait for the deadline"
el_below 2000
ck "nothing sent" test "$(od -An -c "$W/app.bin" | tr -d ' \n')" = ""
done_case "long-line: 1 MiB without CRLF then silence ends the session at once (exit 3)"

# The same when the line does end and a good reply follows: the line was
# past the cap before its end came, and the session ended there.
srv long-line-recover <<EOF
send b"x" * 1048576 + b"\r\n220 recovered\r\n"
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
TMO=5
cli_rss <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! the server sent a line longer than [0-9]+ bytes without a line end; closing$'
out_hasnt '^S: 220 recovered'
el_below 2000
done_case "long-line-recover: a 1 MiB line ends the session even when a reply follows (exit 3)"

# A multi-line reply that never ends: lines as fast as the server can.
# Goal 5 wants memory bounded whatever the server does. (Found here,
# since fixed: every line became a transcript entry with no limit, so
# memory grew with the time the flood lasted, ~300 MB in these 2 s.)
srv endless-multiline <<EOF
$greet
expect EHLO
endless b"250-and another line of an endless reply\r\n" * 64 3
EOF
TMO=2
cli_rss <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! .*(more than [0-9]+ lines|timed out.*EHLO)' "the flood is cut off or times out"
el_below 5000
done_case "endless-multiline: an endless reply ends at the deadline in bounded memory"

srv drip <<EOF
drip 1.0 b"220 this greeting comes one byte a second\r\n"
EOF
TMO=3
cli <<EOF
EHLO client.test
EOF
rc_is 3
out_has '^! .*timed out after 3 s.*greeting'
el_below 5500
done_case "drip: one byte a second does not stretch the 3 s deadline"

srv no-greeting <<EOF
wait 5
EOF
TMO=2
cli <<EOF
EHLO client.test
EOF
rc_is 3
out_has '^! .*timed out after 2 s.*greeting'
el_below 4500
wire_hasnt 'b"EHLO"'
done_case "no-greeting: silence times out naming the greeting"

srv silent-reply <<EOF
$greet
expect EHLO
wait 5
EOF
TMO=2
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! .*timed out.*EHLO'
el_below 4500
done_case "silent-reply: no reply to EHLO times out naming EHLO"

# A reply that takes its time but comes: shown, with a note on why
# servers wait (issue 14), and the session goes on. Adds 5 s.
srv slow-rcpt <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"250 2.1.0 ok\r\n"
expect RCPT
wait 5.3
send b"451 4.7.1 try again later\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
TMO=10
cli <<EOF
EHLO client.test
MAIL FROM:<a@client.test>
RCPT TO:<b@hostile.test>
QUIT
EOF
rc_is 1
out_has '^S: 451 4.7.1 try again later$'
out_has '^   # this reply took 5\.[3-9] s: the server may be asking the next server'
out_has '^S: 221 bye$' "the session goes on"
done_case "slow-rcpt: a reply after 5.3 s gets a note on why servers wait"

srv close-mid-reply <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250-PIPELI"
close
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! .*closed'
done_case "close-mid-reply: a close in the middle of a reply"

srv reset-mid-reply <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n"
wait 0.2
reset
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! '
done_case "reset-mid-reply: a reset in the middle of a reply"

mail_to_354='expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"250 ok\r\n"
expect RCPT
send b"250 ok\r\n"
expect DATA
send b"354 go ahead\r\n"'

srv close-after-354 <<EOF
$greet
$mail_to_354
close
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
Subject: x

body
.
QUIT
EOF
rc_is 3
out_has '^! .*closed'
done_case "close-after-354: a close after 354 while lines are typed"

head -c 2000000 /dev/zero | tr '\0' 'x' | fold -w 70 >"$T/big.txt"
srv close-after-354-file <<EOF
$greet
$mail_to_354
close
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
/data $T/big.txt
QUIT
EOF
rc_is 3
out_has '^! '
el_below 5000
done_case "close-after-354-file: a close while /data streams a 2 MB file"

# The server takes the 354 and then stops reading. Goal 5: every wait has
# a deadline. (Found here, since fixed: no deadline was armed while a
# message streamed, so smtpx waited until the server gave up.)
head -c 8000000 /dev/zero | tr '\0' 'y' | fold -w 70 >"$T/huge.txt"
srv stalled-reader <<EOF
$greet
$mail_to_354
wait 4
close
EOF
TMO=2
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
/data $T/huge.txt
QUIT
EOF
rc_is 3
out_has '^! .*timed out' "the deadline names the step"
el_below 6000
done_case "stalled-reader: a server that stops reading during DATA hits --timeout"

########################################################################
# Reply parsing.

srv nul-format <<EOF
send b"220 hostile\x00NUL %n%s%x%p%99999999d here\r\n"
expect EHLO
send b"250-hostile.test %n\r\n250 %s%s%s%s\r\n"
expect QUIT
send b"221 %n bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^S: 220 hostile\\x00NUL %n%s%x%p%99999999d here$'
out_has '^S: 250 %s%s%s%s$'
done_case "nul-format: NUL shown as \\x00, %n%s printed literally"

srv invalid-codes <<EOF
send b"2500 four digits\r\n25\r\nabc\r\n600 six\r\n 250 leading space\r\n160 first digit 1\r\n250x no separator\r\n220 ok after all that\r\n"
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 1
n=$(grep -ac '^! ' "$W/out")
[ "$n" -ge 7 ] || fail "expected 7 error lines for 7 bad lines, got $n"
out_has '^S: 220 ok after all that'
out_hasnt '^S: (2500|25$|abc|600| 250|160|250x)' "bad lines are not shown as replies"
done_case "invalid-codes: 2500, 25, abc, 600, ' 250', 160, 250x are refused (exit 1)"

# Codes with a second digit past 5 are real (Exchange's 571): a reply by
# its first digit (RFC 5321 4.2), shown at once, never "not a reply line"
# and never a wait for the deadline. (Found here, since fixed: "571" was
# dropped as garbage and smtpx waited --timeout for the reply to MAIL.)
srv nonstandard-571 <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"571 Delivery not authorized, message refused\r\n"
expect RCPT
send b"571 5.7.1 Unable to relay\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
TMO=5
cli <<EOF
EHLO client.test
MAIL FROM:<a@client.test>
RCPT TO:<b@elsewhere.test>
QUIT
EOF
rc_is 1
out_has '^S: 571 Delivery not authorized, message refused$'
out_has '^   # 571: not a standard code.*permanent failure' "NOTE: read by class"
out_has '^S: 571 5.7.1 Unable to relay$'
out_hasnt '^! ' "no error line: a 571 is a reply"
out_hasnt 'timed out'
el_below 2000
ck "QUIT sent" test "$(sent_after 'RCPT TO:<b@elsewhere.test>\r\n')" = "b'QUIT\\r\\n'"
done_case "nonstandard-571: 571 is a permanent failure shown at once, QUIT sent (exit 1)"

# Lines of one reply with different codes: 250- then 550 must not pass
# for success; an error line and exit 1. (Found here, since fixed: the
# first line's code was used and the mix never reported.)
srv mixed-codes <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n550 5.7.1 actually, no\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! .*different codes.*closing' "mixed codes are a protocol error"
wire_hasnt 'b"QUIT"'
done_case "mixed-codes: a 250-/550 reply is two replies run together: closed"

srv mixed-greeting <<EOF
send b"220-hostile.test ESMTP\r\n250 hostile.test ok\r\n"
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^! .*different codes'
wire_hasnt 'b"EHLO"'
done_case "mixed-greeting: a 220-/250 greeting is a protocol error; nothing is sent"

srv lf-only <<EOF
send b"220 lf only\n"
expect EHLO
send b"250-hostile.test\n250 SIZE 1000\n"
expect QUIT
send b"221 bye\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_in 0 1
out_has '^! .*LF'
out_has '^S: 250 SIZE 1000'
done_case "lf-only: LF-only replies are read and flagged"

# A bare LF inside a reply whose last line ends in CRLF. (Found here,
# since fixed: only the last line's flag was looked at.)
srv lf-inside-reply <<EOF
$greet
expect EHLO
send b"250-hostile.test\n250-PIPELINING\n250 SIZE 1000\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_in 0 1
out_has '^! .*LF' "the bare LF is flagged"
done_case "lf-inside-reply: a bare LF in the middle of a reply is flagged"

# A reply nobody asked for means replies and commands no longer pair:
# the session is closed at once, nothing more is sent, exit non-zero.
srv unsolicited <<EOF
send b"220 hostile.test ESMTP\r\n554 5.3.2 nobody asked\r\n"
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has '^S: 554 5.3.2 nobody asked'
out_has '^! a reply nobody asked for \(554\).*closing'
wire_hasnt 'b"EHLO"' 'b"QUIT"'
done_case "unsolicited: a reply nobody asked for closes the session"

# A 421 in the same read as the reply before it: the 421 is handled
# before the next line goes out, and nothing more is sent.
srv unsolicited-421 <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n421 4.3.2 closing, by the way\r\n"
wait 1
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
QUIT
EOF
rc_is 1
out_has '^\* the server is closing the connection \(421\)'
wire_hasnt 'b"MAIL"' 'b"QUIT"'
done_case "unsolicited-421: a 421 read with the 250 before it stops everything"

# Two replies to the end of the message.
srv two-replies-to-dot <<EOF
$greet
$mail_to_354
data
send b"250 2.0.0 queued\r\n250 2.0.0 queued again\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
Subject: x

.
QUIT
EOF
rc_is 3
out_has '^! a reply nobody asked for \(250\)'
wire_hasnt 'b"QUIT"'
done_case "two-replies-to-dot: a second reply to the final dot is a protocol error"

# A 250 right after the 354 (in the same read), before any of the
# message was sent.
srv early-250-in-data <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"250 ok\r\n"
expect RCPT
send b"250 ok\r\n"
expect DATA
send b"354 go ahead\r\n250 2.0.0 thanks, that will do\r\n"
drain 2
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
Subject: x

body
.
QUIT
EOF
rc_is 3
out_has '^! a reply nobody asked for \(250\)'
wire_hasnt 'b"Subject"' 'b"QUIT"'
done_case "early-250-in-data: a 250 before the message was sent is refused"

# The exit status is the first failure: a refused login followed by a
# server that drops the connection exits 1, not 3.
srv first-failure <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250 AUTH PLAIN\r\n"
expect AUTH
send b"535 5.7.8 authentication failed\r\n"
expect MAIL
reset
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth PLAIN alice
MAIL FROM:<a@example.org>
QUIT
EOF
rc_is 1
out_has '^! connection closed by server'
done_case "first-failure: 535 then a reset exits 1 (the first failure)"

# --stop-on-error also stops what a /send has queued.
srv stop-on-error-send <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"451 4.3.0 try again later\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --stop-on-error <<EOF
EHLO client.test
/send a@example.org b@example.org
NOOP
QUIT
EOF
rc_is 1
out_has '^\* stopping at the first refusal \(--stop-on-error\)'
wire_hasnt 'b"RCPT"' 'b"DATA"' 'b"NOOP"'
wire_has 'b"QUIT\r\n"'
done_case "stop-on-error-send: the first 4xx stops a /send and the script"

# /quit inside a message: QUIT would be a line of it, so the connection
# is closed without it (and without the final dot: nothing is delivered).
srv quit-in-data <<EOF
$greet
$mail_to_354
data
send b"250 2.0.0 queued\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
Subject: half a message
/quit
EOF
rc_is 0
out_has '^\* the message was not ended with "\."; closing without QUIT drops it'
wire_hasnt 'b"QUIT"' 'b"\r\n.\r\n"'
done_case "quit-in-data: /quit in a message closes without QUIT or the final dot"

# QUIT answered by a close without 221 is a normal end.
srv quit-no-221 <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
close
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 0
out_has '^\* connection closed by server \(no 221 to QUIT\)'
out_hasnt '^! '
done_case "quit-no-221: QUIT answered by a close exits 0"

# EHLO keyword tricks.
srv ehlo-tricks <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250-AUTH=PLAIN LOGIN\r\n250-starttls\r\n250-XSTARTTLS\r\n250-SIZE 99999999999999999999\r\n250-" + b"K" * 4000 + b" param\r\n250 8bitmime\r\n"
expect AUTH
send b"235 2.7.0 ok\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/caps
/status
/auth PLAIN alice
QUIT
EOF
rc_is 0
out_has '^\*   STARTTLS$' "lower-case starttls is STARTTLS"
out_has '^\*   XSTARTTLS$'
out_has '^\*   K{64} param$' "a 4000-character keyword is cut at 64"
out_hasnt '^\*   K{65}'
out_hasnt 'size limit' "SIZE overflowing 64 bits is no limit"
out_has '^\* next: /starttls'
out_hasnt 'did not offer PLAIN' "AUTH=PLAIN offers PLAIN"
done_case "ehlo-tricks: AUTH=, lower case, XSTARTTLS, huge SIZE, long keyword"

srv ehlo-xstarttls <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250-XSTARTTLS\r\n250 STARTTLSX\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
/status
QUIT
EOF
rc_is 0
out_hasnt 'next: /starttls' "XSTARTTLS is not STARTTLS"
done_case "ehlo-xstarttls: XSTARTTLS and STARTTLSX are not STARTTLS"

srv ehlo-10k-keyword <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250-" + b"K" * 10000 + b"\r\n250 PIPELINING\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
/caps
QUIT
EOF
rc_in 1 3
out_has '^! .*(too long|longer than)'
done_case "ehlo-10k-keyword: a 10,000-character keyword line is refused"

srv utf8 <<EOF
send b"220 latin1 caf\xe9 invalid \xff\xfe overlong \xc0\xaf \xe0\x80\xaf surrogate \xed\xa0\x80 cut \xe6\x97 CJK \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\r\n"
expect EHLO
send b"250 \xef\xbc\xa1\xef\xbc\xa2 fullwidth and e\xcc\x81 combining\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 0
out_has 'caf\\xe9 invalid \\xff\\xfe overlong \\xc0\\xaf \\xe0\\x80\\xaf surrogate \\xed\\xa0\\x80 cut \\xe6\\x97 CJK 日本語のメール'
out_has 'ＡＢ fullwidth'
done_case "utf8: Latin-1, invalid, overlong, surrogate escaped; CJK kept"

# Terminal escapes and a forged client line. The forged lines are not
# reply lines, so they must come out as errors, never as "C: ".
srv escapes <<EOF
send b"220 a\x1b[2Jb\x1b]0;title\x07c\x1b]52;c;cHduZWQ=\x07d\xc2\x9b31me\x08\x08f\x7fg\x1bPdcs\x1b\\\\h\xe2\x80\xaei\rC: AUTH PLAIN AGZvcmdlZABmb3JnZWQ=\r\n"
expect EHLO
send b"250-hostile.test\r\nC: AUTH PLAIN AGZvcmdlZABmb3JnZWQ=\r\n250-ok\nC: AUTH PLAIN AGZvcmdlZABmb3JnZWQ=\n250 ok\r\n"
expect QUIT
send b"221 \x1b]8;;http://evil/\x07link\x1b]8;;\x07 \x9b \xc2\x85 bye\r\n"
EOF
cli <<EOF
EHLO client.test
/save $T/escapes/saved
QUIT
EOF
rc_in 1
ck "saved transcript terminal-safe" $HPY check term "$W/saved"
ck "no forged client line in /save" $HPY check forged "$W/saved" "$W/app.bin"
out_hasnt '^C: AUTH' "no forged client line on stdout"
out_has '^S: 220 a\\x1b\[2Jb\\x1b\]0;title\\x07c'
out_has '\\xc2\\x9b31m'
done_case "escapes: ESC, OSC title/clipboard, UTF-8 C1, BS, DEL, bidi made visible"

########################################################################
# Hostile SASL.

sasl_pre="$greet
expect EHLO
send b\"250-hostile.test\r\n250 AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256\r\n\""

srv sasl-bad-base64 <<EOF
$sasl_pre
expect AUTH LOGIN
send b"334 !!!this is not base64!!!\r\n"
expect
send b"501 5.5.2 cancelled\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth LOGIN alice
QUIT
EOF
rc_is 3
out_has '^! .*base64.*closing the connection'
wire_hasnt "b64('$FILEPW')" "b64('alice')" 'b"*\r\n"' 'b"QUIT"'
done_case "sasl-bad-base64: an invalid challenge ends the session, nothing more sent"

srv sasl-huge-challenge <<EOF
$sasl_pre
expect AUTH LOGIN
send b"334 " + b64(b"U" * 300000) + b"\r\n"
send b"535 5.7.8 no\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli_rss --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth LOGIN alice
QUIT
EOF
# A 400 KB line is past the cap long before its end: the session ends
# there (exit 3), memory bounded, the password never sent.
rc_is 3
out_has '^! the server sent a line longer than [0-9]+ bytes without a line end; closing$'
out_hasnt '^S: 535' "nothing read after the over-long line"
wire_hasnt "b64('$FILEPW')"
done_case "sasl-huge-challenge: a 400 KB challenge ends the session at once, memory bounded"

srv sasl-cram-long <<EOF
$sasl_pre
expect AUTH CRAM-MD5
send b"334 " + b64(b"<" + b"1" * 2900 + b"@hostile.test>") + b"\r\n"
expect
send b"235 2.7.0 ok\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth CRAM-MD5 alice
QUIT
EOF
rc_is 0
out_has '^\* authenticated as alice'
done_case "sasl-cram-long: a long (in-limit) CRAM-MD5 challenge is answered (control)"

# A server that answers every line with another 334. RFC 4954: after the
# client's "*" the server must say 501. (Found here, since fixed: smtpx
# answered each further 334 with another "*", as long as the server
# liked.)
srv sasl-endless-334 <<EOF
$sasl_pre
expect AUTH LOGIN
send b"334 VXNlcm5hbWU6\r\n"
auth-loop 40 b"334 UGFzc3dvcmQ6\r\n"
send b"535 5.7.8 enough\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth LOGIN alice
QUIT
EOF
rc_in 1 3
n=$($HPY check count "$W/app.bin" 'b"*\r\n"')
[ "$n" -le 1 ] || fail "smtpx sent '*' $n times to an endless 334 loop"
el_below 5000
done_case "sasl-endless-334: endless 334 rounds do not keep smtpx answering"

# RFC 4954 4: an AUTH command line is at most 512 octets. A long initial
# response (a big XOAUTH2 token) goes after an empty 334 instead.
TOKEN=$(head -c 600 /dev/zero | tr '\0' 'T')
printf '%s\n' "$TOKEN" >"$T/token"
srv sasl-long-initial <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250 AUTH XOAUTH2\r\n"
expect AUTH XOAUTH2
send b"334 \r\n"
expect
send b"235 2.7.0 ok\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$T/token" --allow-plaintext-auth <<EOF
EHLO client.test
/auth XOAUTH2 alice@example.org
QUIT
EOF
rc_is 0
out_has '^\* authenticated as alice@example.org'
wire_has 'b"AUTH XOAUTH2\r\n"'
wire_has "b64(b'user=alice@example.org\\x01auth=Bearer $TOKEN\\x01\\x01') + b'\\r\\n'"
longest=$($PY -c 'import sys; print(max(len(l) + 2 for l in open(sys.argv[1], "rb").read().split(b"\r\n")))' "$W/app.bin")
[ "$longest" -gt 512 ] || fail "the response line should be long ($longest)"
ck "AUTH line within 512 octets" $HPY check hasnt "$W/app.bin" "b'AUTH XOAUTH2 '"
out_hasnt "$TOKEN"
done_case "sasl-long-initial: an initial response over 512 octets follows an empty 334"

srv sasl-235-early <<EOF
$sasl_pre
expect AUTH LOGIN
send b"235 2.7.0 welcome, whoever you are\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth LOGIN alice
QUIT
EOF
rc_is 3
out_has '^! .*before.*closing the connection'
out_hasnt '^\* authenticated'
wire_hasnt 'b"QUIT"'
done_case "sasl-235-early: 235 before any credential is an error, not a login"

# A SCRAM exchange that fails on our side ends the session at once, like
# a failed STARTTLS: nothing more (not even QUIT) goes to that server.
for mode in good-SHA-1 good-SHA-256 iter1 iter4095 iterhuge badnonce badsalt \
    iter0 badsig error no-final early; do
	md=SHA-256
	case $mode in good-*) md=${mode#good-}; m=good ;; *) m=$mode ;; esac
	if [ $m = early ]; then
		script='expect AUTH SCRAM
send b"235 2.7.0 ok\r\n"'
	else
		script="scram $md $FILEPW $m"
	fi
	srv scram-$mode <<EOF
$sasl_pre
$script
expect QUIT
send b"221 bye\r\n"
EOF
	cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth SCRAM-$md alice
QUIT
EOF
	case $m in
	good)
		rc_is 0
		out_has '^\* authenticated as alice'
		grep -q 'scram proof ok' "$W/events.log" || fail "the server did not accept the proof"
		;;
	badnonce | iter*|badsalt)
		rc_is 3
		out_has '^! .*closing the connection'
		out_hasnt '^\* authenticated'
		grep -q 'scram proof' "$W/events.log" && fail "a proof was sent"
		wire_hasnt 'b"QUIT"'
		;;
	badsig | error | no-final | early)
		rc_is 3
		out_has '^! .*closing the connection'
		out_hasnt '^\* authenticated'
		wire_hasnt 'b"QUIT"'
		;;
	esac
	case $m in
	iter1|iter4095) out_has 'iteration count [0-9]+ is below' ;;
	iterhuge) out_has 'iteration count 2000000 is more than' ;;
	badsalt) out_has 'salt' ;;
	error) out_has 'invalid-proof' ;;
	no-final) out_has 'without proving' ;;
	early) out_has 'before any credential' ;;
	esac
	done_case "scram-$mode: SCRAM server $m"
done

########################################################################
# Secrets stay secret.

srv secrets <<EOF
$sasl_pre
expect AUTH PLAIN
send b"235 2.7.0 ok\r\n"
expect AUTH PLAIN
send b"235 2.7.0 ok\r\n"
expect AUTH LOGIN
send b"334 VXNlcm5hbWU6\r\n"
expect
send b"334 UGFzc3dvcmQ6\r\n"
expect
send b"235 2.7.0 ok\r\n"
expect AUTH LOGIN
send b"334 VXNlcm5hbWU6\r\n"
expect
send b"334 UGFzc3dvcmQ6\r\n"
expect
send b"235 2.7.0 ok\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
LINEPW='Line-Pw-Secret-42'
umask_was=$(umask)
umask 000
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth PLAIN alice $LINEPW
AUTH PLAIN $PLAINB64
/auth LOGIN alice
AUTH LOGIN
$(b64 alice)
$(b64 'Typed-Login-Pw-99')
/save $T/secrets/saved
QUIT
EOF
umask "$umask_was"
rc_is 0
wire_has "b64(b'\x00alice\x00$LINEPW')" "b'$PLAINB64'" "b64('Typed-Login-Pw-99')" "b64('$FILEPW')"
for f in out err saved; do
	ck "secrets in $f" $HPY check hasnt "$W/$f" "b'$LINEPW'" "b'Typed-Pw-4711'" \
		"b'$FILEPW'" "b'Typed-Login-Pw-99'" "b'$PLAINB64'" \
		"b64(b'\x00alice\x00$LINEPW')" "b64('$FILEPW')" \
		"b64('Typed-Login-Pw-99')" "b64('$LINEPW')"
done
mode=$(stat -c %a "$W/saved" 2>/dev/null)
[ "$mode" = 600 ] || fail "saved transcript mode $mode, expected 600 (umask 000)"
done_case "secrets: /auth and hand-typed AUTH secrets appear nowhere; /save is 0600"

# Hand-typed AUTH with a tab or a leading space: servers split on any
# white space, so these are real AUTH commands and must be masked too.
# (Found here, since fixed: only a space was taken as a separator, so
# these were shown and saved in clear.)
srv secrets-whitespace <<EOF
$sasl_pre
expect AUTH
send b"535 5.7.8 no\r\n"
expect AUTH
send b"535 5.7.8 no\r\n"
expect
send b"535 5.7.8 no\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
TAB=$(printf '\t')
cli --allow-plaintext-auth <<EOF
EHLO client.test
AUTH PLAIN$TAB$PLAINB64
AUTH${TAB}PLAIN$TAB$PLAINB64
 AUTH PLAIN $PLAINB64
/save $T/secrets-whitespace/saved
QUIT
EOF
rc_is 1
for f in out saved; do
	ck "secret in $f" $HPY check hasnt "$W/$f" "b'$PLAINB64'"
done
done_case "secrets-whitespace: AUTH with tabs or a leading space is masked too"

# Hand-typed exchanges whose first answer is not a user name: LOGIN with
# the user name as initial response (the answer to 334 is then the
# password), and XOAUTH2 without one (the answer is user and token).
# (Found here, since fixed: the first answer to a 334 was decoded and
# kept as the user name, and "authenticated as" showed the password or
# the token, on screen and in /save.)
srv secrets-hand-login-ir <<EOF
$sasl_pre
expect AUTH LOGIN
send b"334 UGFzc3dvcmQ6\r\n"
expect
send b"235 2.7.0 ok\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
AUTH LOGIN $(b64 alice)
$(b64 'Hand-Login-Pw-777')
/save $T/secrets-hand-login-ir/saved
QUIT
EOF
rc_is 0
wire_has "b64('Hand-Login-Pw-777')"
for f in out saved; do
	ck "password in $f" $HPY check hasnt "$W/$f" "b'Hand-Login-Pw-777'" \
		"b64('Hand-Login-Pw-777')"
done
done_case "secrets-hand-login-ir: a hand-typed LOGIN password never shows"

srv secrets-hand-xoauth2 <<EOF
$sasl_pre
expect AUTH XOAUTH2
send b"334 \r\n"
expect
send b"235 2.7.0 ok\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
AUTH XOAUTH2
$(b64 'user=alice\001auth=Bearer ya29.Hand-Token-4242\001\001')
/save $T/secrets-hand-xoauth2/saved
QUIT
EOF
rc_is 0
wire_has "b64(b'user=alice\\x01auth=Bearer ya29.Hand-Token-4242\\x01\\x01')"
for f in out saved; do
	ck "token in $f" $HPY check hasnt "$W/$f" "b'Hand-Token-4242'"
done
done_case "secrets-hand-xoauth2: a hand-typed XOAUTH2 token never shows"

# A failed XOAUTH2: the server's JSON error comes once, as the decoded
# challenge, with its quotes as sent. (Found, since fixed: the "sent:"
# line quoted it again, escaped, and the display escaped that again:
# {\\"status\\":\\"401\\"...)
XJSON='{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}'
srv xoauth2-error-once <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250 AUTH XOAUTH2\r\n"
expect AUTH XOAUTH2
send b"334 " + b64(b'$XJSON') + b"\r\n"
expect
send b"535 5.7.8 Username and Password not accepted\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --password-file "$PWFILE" --allow-plaintext-auth <<EOF
EHLO client.test
/auth XOAUTH2 alice@example.test
QUIT
EOF
rc_is 1
out_has '^   # challenge: \{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"\}$'
n=$(grep -ac '"status"' "$W/out")
[ "$n" = 1 ] || fail "the JSON error shows $n times, expected once"
out_hasnt '\\"' "no escaped quotes"
out_has '^   # sent: empty response to the server.s error'
out_has '^S: 535 5.7.8'
done_case "xoauth2-error-once: the JSON error shows once, unescaped (exit 1)"

# Secrets wiped from memory after use (goal 4): while smtpx waits for a
# later reply, look through its memory for the password and its base64
# forms (and the password's tail: malloc reuses the first 16 bytes of a
# freed block for its own pointers).
# mem_case NAME DESCRIPTION NEEDLE...: smtpx with $W/in and $MEMOPTS.
mem_case() {
	_mn=$1 _md=$2
	shift 2
	if [ -n "$SKIP" ]; then
		return 0
	elif [ ! -r /proc/self/mem ]; then
		t_ok "$_mn: # SKIP cannot read process memory here"
		return 0
	fi
	_t0=$(ms)
	"$SMTPX" --batch --timeout 5 $MEMOPTS --allow-plaintext-auth \
		127.0.0.1 "$PORT" <"$W/in" >"$W/out" 2>"$W/err" &
	CPID=$!
	_i=0
	while [ ! -f "$W/scan" ] && [ $_i -lt 500 ]; do sleep 0.02; _i=$((_i + 1)); done
	if [ -f "$W/scan" ]; then
		ck "secret still in smtpx's memory" $HPY check scanmem "$CPID" "$@"
	else
		fail "the server never got NOOP"
	fi
	touch "$W/scanned"
	_i=0
	while kill -0 $CPID 2>/dev/null && [ $_i -lt 500 ]; do sleep 0.02; _i=$((_i + 1)); done
	kill $CPID 2>/dev/null
	wait $CPID
	RC=$?
	EL=$(($(ms) - _t0))
	srv_wait
	rc_is 0
	done_case "$_mn: $_md"
}
mem_script="$sasl_pre
expect AUTH PLAIN
send b\"235 2.7.0 ok\r\n\"
expect NOOP
touch scan
waitfile scanned 10
send b\"250 ok\r\n\"
expect QUIT
send b\"221 bye\r\n\""

# From --password-file. BUG (tui/batch.c batch_secret): the file is read
# through stdio, whose buffer (holding the password) is freed by fclose
# without being wiped; an ASan build keeps freed blocks in quarantine, so
# there it is found every time (a plain build may reuse the block).
srv secrets-memory <<EOF
$mem_script
EOF
printf 'EHLO client.test\n/auth PLAIN alice\nNOOP\nQUIT\n' >"$W/in"
MEMOPTS="--password-file $PWFILE"
mem_case secrets-memory "the password from the file is wiped after AUTH" \
	"b'$FILEPW'" "b'$FILEPW_TAIL'" \
	"b64(b'\x00alice\x00$FILEPW')" "b64('$FILEPW')"

# Given on the /auth line. BUG (tui/batch.c): the line stays in stdin's
# stdio buffer (and in batch_main's getline buffer, wiped only at exit)
# for the rest of the session.
LINEPW2='Line-Mem-Pw-31415926-and-a-tail-to-find'
srv secrets-memory-line <<EOF
$mem_script
EOF
printf 'EHLO client.test\n/auth PLAIN alice %s\nNOOP\nQUIT\n' "$LINEPW2" >"$W/in"
MEMOPTS=
mem_case secrets-memory-line "a password typed on the /auth line is wiped after AUTH" \
	"b'$LINEPW2'" "b'${LINEPW2#????????????????}'" \
	"b64(b'\x00alice\x00$LINEPW2')"

# /save onto a symbolic link is refused and the target left alone.
srv save-symlink <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
echo untouched >"$W/target"
chmod 644 "$W/target"
ln -s "$W/target" "$W/link"
ln -s "$W/nonexistent" "$W/dangling"
cli <<EOF
EHLO client.test
/save $W/link
/save $W/dangling
QUIT
EOF
rc_is 2
n=$(grep -ac '^! .*symbolic link' "$W/out")
[ "$n" = 2 ] || fail "expected 2 refusals naming the symbolic link, got $n"
[ "$(cat "$W/target")" = untouched ] || fail "the symlink target was written"
[ -e "$W/nonexistent" ] && fail "the dangling symlink's target was created"
[ -L "$W/link" ] || fail "the symlink was replaced"
done_case "save-symlink: /save onto a symlink is refused, target untouched"

# /save never overwrites unasked in line mode: an existing file is
# refused (and left alone) unless /save --force FILE, which replaces it.
# ~/ is $HOME. A saved file starts with a header (version, date and time
# with zone, host, port, TLS); with --timestamps every line carries the
# date and the zone.
srv save-rules <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
mkdir -p "$W/home"
echo precious >"$W/kept"
echo old >"$W/forced"
home_was=$HOME
HOME=$W/home
cli --timestamps <<EOF
EHLO client.test
/save $W/kept
/save --force $W/forced
/save ~/t.txt
QUIT
EOF
HOME=$home_was
rc_is 2
out_has '^([0-9:]{8} )?! /save: .*/kept exists; /save --force .*/kept replaces it$'
[ "$(cat "$W/kept")" = precious ] || fail "an existing file was overwritten without --force"
[ -f "$W/home/t.txt" ] || fail "/save ~/t.txt did not write \$HOME/t.txt"
[ -e "$W/~" ] && fail "/save ~/t.txt made a directory named ~"
out_has "transcript saved to $W/home/t.txt"
[ -n "$SKIP" ] || for f in forced home/t.txt; do
	mode=$(stat -c %a "$W/$f" 2>/dev/null)
	[ "$mode" = 600 ] || fail "$f: mode $mode, expected 600"
	sed -n 1p "$W/$f" | grep -Eq '^# smtpx [0-9][0-9.]* transcript, saved [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}$' ||
		fail "$f: no version/date header: $(sed -n 1p "$W/$f")"
	sed -n 2p "$W/$f" | grep -Eq "^# server: 127\.0\.0\.1 port $PORT\$" ||
		fail "$f: no host/port header: $(sed -n 2p "$W/$f")"
	sed -n 3p "$W/$f" | grep -Eq '^# TLS: none$' ||
		fail "$f: no TLS header: $(sed -n 3p "$W/$f")"
	grep -aEq '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4} C: EHLO client\.test$' "$W/$f" ||
		fail "$f: time stamps without date and zone: $(grep -a 'C: EHLO' "$W/$f")"
	grep -aq '^old$' "$W/$f" && fail "$f: old contents left"
done
done_case "save-rules: no overwrite without --force, ~ expanded, header, dated time stamps"

########################################################################
# Wire correctness: DATA ends with exactly one CRLF.CRLF.

srv data-typed <<EOF
$greet
$mail_to_354
data
send b"250 2.0.0 queued\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
Subject: typed

.hidden line
..
 .
# not a comment in a message
x
.
QUIT
EOF
rc_is 0
printf 'Subject: typed\n\n.hidden line\n..\n .\n# not a comment in a message\nx\n' >"$W/expect"
ck "message as typed" $HPY check msg "$W/app.bin" 1 "$W/expect"
n=$($HPY check count "$W/app.bin" 'b"\r\n.\r\n"')
[ "$n" = 1 ] || fail "CRLF.CRLF $n times, expected 1"
done_case "data-typed: dot-stuffed, one CRLF.CRLF"

printf '.first line is a dot\r\nbare LF\nbare CR\rCRLF\r\n\n.\nsmuggle LF\n.\nsmuggle CR\r.\rsmuggle CRLF\r\n.\r\nmixed \n.\r\n\r\n.\n\r.\rno nul byte\n..\nno final newline' >"$T/msg1"
printf 'ends with CR\r' >"$T/msg2"
: >"$T/msg3"
printf 'ends properly\r\n' >"$T/msg4"
data_round='expect MAIL
send b"250 ok\r\n"
expect RCPT
send b"250 ok\r\n"
expect DATA
send b"354 go ahead\r\n"
data
send b"250 2.0.0 queued\r\n"'
srv data-file <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
$data_round
$data_round
$data_round
$data_round
expect QUIT
send b"221 bye\r\n"
EOF
{
	echo 'EHLO client.test'
	for i in 1 2 3 4; do
		printf 'MAIL FROM:<a@example.org>\nRCPT TO:<b@example.org>\nDATA\n/data %s\n' "$T/msg$i"
	done
	echo QUIT
} >"$W/in"
cli <"$W/in"
rc_is 0
for i in 1 2 3 4; do
	ck "message $i" $HPY check msg "$W/app.bin" $i "$T/msg$i"
done
n=$($HPY check count "$W/app.bin" 'b"\r\n.\r\n"')
[ "$n" = 4 ] || fail "CRLF.CRLF $n times for 4 messages"
done_case "data-file: bare CR/LF, dot lines, smuggling tries, empty file: one CRLF.CRLF each"

# RFC 5321 4.1.1.4: no NUL in a message, also not as the smuggling
# variant CRLF NUL "." CRLF. A file with one is refused before any of it
# is sent; the line mode then closes without ending the message.
printf 'Subject: x\r\n\r\nline\r\n\000.\r\nMAIL FROM:<evil@example.org>\r\n' >"$T/nul.eml"
srv data-file-nul <<EOF
$greet
$mail_to_354
data
send b"250 2.0.0 queued\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
/data $T/nul.eml
QUIT
EOF
rc_is 2
out_has "^! .*nul.eml: a NUL byte at offset 20"
wire_hasnt 'b"Subject"' 'b"\x00"' 'b"evil"' 'b"QUIT"' 'b"\r\n.\r\n"'
done_case "data-file-nul: a message file with a NUL is refused, nothing of it sent"

# /lint runs before /data FILE: its findings are notes, and the file is
# sent all the same. A server without 8BITMIME (EHLO lists nothing).
printf 'From: <a@example.org>\r\nSubject: Gr\303\274\303\237e\r\n\r\nbare LF here\nend\r\n' >"$T/lint.eml"
srv data-file-lint <<EOF
$greet
$mail_to_354
data
send b"250 2.0.0 queued\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
DATA
/data $T/lint.eml
QUIT
EOF
rc_is 0
out_has '^   # the message has no Date header, which RFC 5322 3\.6 requires'
out_has '^   # the message has no Message-ID header'
out_has '^   # 1 line ends in a bare LF \(line 4\)'
out_has '^   # a header holds raw non-ASCII bytes \(line 2\)'
out_has '^   # 4 bytes have the high bit set \(the first on line 2\), but the server offered'
out_hasnt 'no From header'
out_has '^S: 250 2\.0\.0 queued$'
wire_has 'b"bare LF here\r\nend\r\n.\r\n"'
[ -z "$SKIP" ] && [ "$(grep -n '^   # the message has no Date' "$W/out" | cut -d: -f1)" -gt \
    "$(grep -n '^\* sending .*lint.eml' "$W/out" | cut -d: -f1)" ] &&
	fail "the notes come after the file was sent"
done_case "data-file-lint: /data FILE lints the file first (notes), then sends it anyway"

srv data-line-nul <<EOF
$greet
$mail_to_354
data
send b"250 2.0.0 queued\r\n"
EOF
printf 'EHLO client.test\nMAIL FROM:<a@example.org>\nRCPT TO:<b@example.org>\nDATA\nSubject: x\n\nab\000.\n.\nQUIT\n' >"$W/in"
cli <"$W/in"
rc_is 2
out_has '^! script line 7: a NUL byte at offset 2'
wire_hasnt 'b"\x00"' 'b"ab"' 'b"\r\n.\r\n"' 'b"QUIT"'
done_case "data-line-nul: a typed message line with a NUL closes without ending the message"

srv send-test <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"250 ok\r\n"
expect RCPT
send b"250 ok\r\n"
expect RCPT
send b"250 ok\r\n"
expect DATA
send b"354 go ahead\r\n"
data
send b"250 2.0.0 queued\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --ehlo client.test <<EOF
EHLO client.test
/send a@example.org b@example.org c@example.org
QUIT
EOF
rc_is 0
n=$($HPY check count "$W/app.bin" 'b"\r\n.\r\n"')
[ "$n" = 1 ] || fail "CRLF.CRLF $n times, expected 1"
wire_has 'b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nRCPT TO:<c@example.org>\r\nDATA\r\n"'
done_case "send-test: /send sends one message ending in one CRLF.CRLF"

srv send-refused <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect MAIL
send b"250 ok\r\n"
expect RCPT
send b"550 5.1.1 no such user\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli <<EOF
EHLO client.test
/send a@example.org b@example.org
QUIT
EOF
rc_is 1
wire_hasnt 'b"DATA"'
done_case "send-refused: no accepted recipient, no DATA"

# A bare CR inside a /send argument (a script line may hold one). (Found
# here, since fixed: the addresses went into MAIL/RCPT unchecked and the
# bare CR reached the wire.)
srv send-cr <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect
send b"221 bye\r\n"
EOF
printf 'EHLO client.test\n/send a\rRSET@example.org b@example.org\nQUIT\n' >"$W/in"
cli <"$W/in"
rc_in 1 2
done_case "send-cr: a CR inside a /send address never reaches the wire bare"

# The message builder and 8BITMIME (RFC 6152). mbcheck APP N BODYFILE
# MODE [SUBJECT [HEADER]]: message N on the wire, parsed by python's
# email module: its body decodes to BODYFILE (line ends made CRLF);
# MODE qp: Content-Transfer-Encoding quoted-printable, no 8-bit byte
# anywhere on the wire, body lines of 76 at most; MODE 8bit: 8bit, the
# text as it is. Every header line within 78; SUBJECT and "Name: value"
# HEADER come back whole after unfolding.
cat >"$T/mbcheck.py" <<'PYEOF'
import re, sys
from email import policy
from email.parser import BytesParser
app, n, want, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
data = open(app, "rb").read()
pos = -1
for _ in range(n):
    pos = data.find(b"DATA\r\n", pos + 1)
    if pos < 0:
        sys.exit("no DATA number %d" % n)
end = data.find(b"\r\n.\r\n", pos)
msg = b"\r\n".join(l[1:] if l.startswith(b".") else l
                   for l in data[pos + 6:end + 2].split(b"\r\n"))
head, body = msg.split(b"\r\n\r\n", 1)
for l in head.split(b"\r\n"):
    if len(l) > 78:
        sys.exit("header line of %d: %r" % (len(l), l[:90]))
m = BytesParser(policy=policy.default).parsebytes(msg)
cte = m["Content-Transfer-Encoding"]
w = re.sub(rb"\r?\n", b"\r\n", open(want, "rb").read())
if not w.endswith(b"\r\n"):
    w += b"\r\n"
if mode == "qp":
    if cte != "quoted-printable":
        sys.exit("Content-Transfer-Encoding: %s" % cte)
    if any(c >= 0x80 for c in data):
        sys.exit("an 8-bit byte on the wire")
    if any(len(l) > 76 for l in body.split(b"\r\n")):
        sys.exit("a body line over 76")
else:
    if cte != "8bit" or body != w:
        sys.exit("Content-Transfer-Encoding: %s, body %r" % (cte, body[:80]))
got = m.get_payload(decode=True)
if got != w:
    sys.exit("body decodes to %r, not %r" % (got[:120], w[:120]))
if len(sys.argv) > 5 and str(m["Subject"]) != sys.argv[5]:
    sys.exit("Subject: %r" % str(m["Subject"]))
if len(sys.argv) > 6:
    k, v = sys.argv[6].split(": ", 1)
    if str(m[k]) != v:
        sys.exit("%s: %r" % (k, str(m[k])))
PYEOF
mbcheck() { ck "message $2" $PY "$T/mbcheck.py" "$W/app.bin" "$@"; }
mb_subj="A subject long enough that it has to be folded at white space, twice over, to stay within the line limit of RFC 5322"
mb_hdr="X-Long: $mb_subj, and a header of the user's as well"
printf 'Grüße = aus München \nsecond line, 日本語の本文です。とても長い行は柔らかい改行で分けられます。日本語の本文です。\n\tand a tab at the end\t\nend' >"$T/mb-body.txt"
printf '日本語の本文 = 8-bit\n' >"$T/mb-body2.txt"
mb_server() {
	printf '%s\nexpect EHLO\nsend b"250-hostile.test\\r\\n250 %s\\r\\n"\n' "$greet" "$1"
	for _m in 1 2; do
		printf 'expect MAIL\nsend b"250 ok\\r\\n"\nexpect RCPT\nsend b"250 ok\\r\\n"\n'
		printf 'expect DATA\nsend b"354 go ahead\\r\\n"\ndata\nsend b"250 2.0.0 queued\\r\\n"\n'
	done
	printf 'expect QUIT\nsend b"221 bye\\r\\n"\n'
}

mb_server PIPELINING >"$T/mb-qp.script"
srv msgbuild-qp <"$T/mb-qp.script"
cli --ehlo client.test --body "$(cat "$T/mb-body.txt")" --subject "$mb_subj" \
    --header "$mb_hdr" <<EOF
EHLO client.test
/send a@example.org b@example.org
/send a@example.org c@example.org --body "$(cat "$T/mb-body2.txt")"
QUIT
EOF
rc_is 0
out_has '^\* \[body\] text/plain, UTF-8 \(quoted-printable: the server offers no 8BITMIME\)'
out_has '^\* Subject: A subject long enough'
wire_hasnt 'b"BODY=8BITMIME"' 'b"8bit"'
wire_has 'b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n"' \
    'b"Content-Transfer-Encoding: quoted-printable\r\n"' \
    'b"Subject: A subject long enough that it has to be folded at white space, twice\r\n over, to stay"'
mbcheck 1 "$T/mb-body.txt" qp "$mb_subj" "$mb_hdr"
mbcheck 2 "$T/mb-body2.txt" qp "$mb_subj" "$mb_hdr"
done_case "msgbuild-qp: no 8BITMIME: --body and /send --body go quoted-printable, 7-bit; long --subject/--header folded"

mb_server 8BITMIME >"$T/mb-8bit.script"
srv msgbuild-8bit <"$T/mb-8bit.script"
cli --ehlo client.test --body "$(cat "$T/mb-body.txt")" --subject "$mb_subj" \
    --header "$mb_hdr" <<EOF
EHLO client.test
/send a@example.org b@example.org
/send a@example.org c@example.org --body "$(cat "$T/mb-body2.txt")"
QUIT
EOF
rc_is 0
out_has '^\* \[body\] text/plain, UTF-8 \(8bit\)'
wire_has 'b"MAIL FROM:<a@example.org> BODY=8BITMIME\r\n"' \
    'b"Content-Transfer-Encoding: 8bit\r\n"' \
    'b"X-Long: A subject long enough that it has to be folded at white space, twice\r\n over, to stay"'
wire_hasnt 'b"quoted-printable"'
mbcheck 1 "$T/mb-body.txt" 8bit "$mb_subj" "$mb_hdr"
mbcheck 2 "$T/mb-body2.txt" 8bit
done_case "msgbuild-8bit: 8BITMIME offered: 8bit and BODY=8BITMIME; headers folded"

# The user's own Content-Transfer-Encoding over an 8-bit body, to a
# server without 8BITMIME: it goes as they wrote it, and the preview says
# the server did not offer 8BITMIME.
printf '%s\nexpect EHLO\nsend b"250-hostile.test\\r\\n250 PIPELINING\\r\\n"\n' "$greet" >"$T/mb-own.script"
printf 'expect MAIL\nsend b"250 ok\\r\\n"\nexpect RCPT\nsend b"250 ok\\r\\n"\n' >>"$T/mb-own.script"
printf 'expect DATA\nsend b"354 go ahead\\r\\n"\ndata\nsend b"250 2.0.0 queued\\r\\n"\n' >>"$T/mb-own.script"
printf 'expect QUIT\nsend b"221 bye\\r\\n"\n' >>"$T/mb-own.script"
srv msgbuild-own-cte <"$T/mb-own.script"
cli --ehlo client.test <<EOF
EHLO client.test
/send a@example.org b@example.org --header "Content-Transfer-Encoding: 8bit" --body "$(cat "$T/mb-body2.txt")"
QUIT
EOF
rc_is 0
out_has 'UTF-8 \(8bit as your MIME headers leave it, but'
wire_has 'b"Content-Transfer-Encoding: 8bit\r\n"'
wire_hasnt 'b"BODY=8BITMIME"' 'b"quoted-printable"'
done_case "msgbuild-own-cte: the user's Content-Transfer-Encoding with 8-bit text and no 8BITMIME: sent as written, and the preview says so"

# A header that cannot be folded within 998 (one word of 1000): refused
# before anything of the message is sent, naming the header.
srv msgbuild-unfoldable <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
cli --header "X-Token: $(printf '%01000d' 7)" <<EOF
EHLO client.test
/send a@example.org b@example.org
QUIT
EOF
rc_is 2
out_has '^! /send: the X-Token header cannot be folded into lines of at most 998 characters'
wire_hasnt 'b"MAIL"' 'b"X-Token"'
done_case "msgbuild-unfoldable: a header with a word over 998 is refused before MAIL"

# --ehlo with CR LF, which the HELO fallback writes. (Found here, since
# fixed: the name went out unchecked, injecting a command.)
srv ehlo-option-crlf <<EOF
$greet
expect EHLO
send b"502 5.5.1 say HELO\r\n"
expect HELO
send b"250 ok\r\n"
drain 3
EOF
cli --ehlo "$(printf 'bad\r\nRSET')" <<EOF
EHLO client.test
QUIT
EOF
rc_in 0 1 2 3
wire_hasnt 'b"\r\nRSET\r\n"' 'b"bad\r"'
done_case "ehlo-option-crlf: a CR LF in --ehlo never reaches the wire"

# --max-transcript: a long session under a small bound. The line mode
# still prints every line as it comes; /save writes the marker and what
# is kept, and says that lines were dropped. (Before: no bound at all;
# the transcript grew with the session.)
pad=$(printf '%0200d' 0)
srv max-transcript <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
auth-loop 2000 b"250 2.0.0 Ok ${pad}\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
# mt_input: EHLO, 2000 long NOOPs, /save into the case's directory, QUIT.
mt_input() {
	echo "EHLO client.test"
	i=0
	while [ $i -lt 2000 ]; do echo "NOOP $i $pad"; i=$((i + 1)); done
	echo "/save $W/saved.txt"
	echo "QUIT"
}
mt_input >"$W/in"
cli --no-notes --max-transcript 256K <"$W/in"
rc_is 0
ck "all 2000 replies printed" test "$(grep -c "^S: 250 2.0.0 Ok $pad\$" "$W/out")" = 2000
ck "every NOOP printed" test "$(grep -c '^C: NOOP [0-9]* ' "$W/out")" = 2000
out_has '^\* transcript saved to .*saved\.txt; the oldest [0-9]+ lines were dropped before \(--max-transcript\) and are not in it$'
if [ -z "$SKIP" ]; then
	d=$(sed -n 's/^\* transcript saved to .*; the oldest \([0-9]*\) lines.*/\1/p' "$W/out")
	ck "saved file starts with the marker for $d lines" \
	    test "$(grep -v '^#' "$W/saved.txt" | head -1)" = \
	    "* $d earlier lines dropped to keep the transcript within its size limit"
	# The marker and the lines kept, with the lines dropped, are every
	# line printed before the save.
	before=$(sed -n '/^\* transcript saved to/q;p' "$W/out" | wc -l)
	kept=$(grep -vc '^#' "$W/saved.txt")
	ck "kept ($kept - 1) + dropped ($d) = printed ($before)" \
	    test $((kept - 1 + d)) = "$before"
	ck "the saved file ends with the last reply" \
	    test "$(tail -1 "$W/saved.txt")" = "S: 250 2.0.0 Ok $pad"
	ck "the saved file is much smaller than the session" \
	    test "$(wc -c <"$W/saved.txt")" -lt 400000
fi
done_case "max-transcript: past the bound the oldest lines go; /save writes the marker and the rest"

# The default bound keeps a session like that whole.
srv max-transcript-default <<EOF
$greet
expect EHLO
send b"250 hostile.test\r\n"
auth-loop 2000 b"250 2.0.0 Ok ${pad}\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
mt_input >"$W/in"
cli --no-notes <"$W/in"
rc_is 0
out_has '^\* transcript saved to .*saved\.txt$'
[ -z "$SKIP" ] && ck "nothing dropped" test "$(grep -c 'earlier lines dropped' "$W/saved.txt")" = 0
[ -z "$SKIP" ] && ck "every reply saved" test "$(grep -c "^S: 250 2.0.0 Ok $pad\$" "$W/saved.txt")" = 2000
done_case "max-transcript-default: under the default bound nothing is dropped"


# --debug FILE: a trace of states, commands by name, reply codes and TLS
# steps, created 0600; never a secret, an argument or message text. The
# passwords go through /auth (from the file), a hand-typed AUTH PLAIN and
# the lines answering a hand-typed AUTH LOGIN's 334s.
srv debug-trace <<EOF
$greet
expect EHLO
$ehlo_tls
expect STARTTLS
send b"220 go ahead\r\n"
starttls good
expect EHLO
send b"250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n"
expect AUTH
send b"535 5.7.8 no\r\n"
expect AUTH
send b"334 VXNlcm5hbWU6\r\n"
expect
send b"334 UGFzc3dvcmQ6\r\n"
expect
send b"535 5.7.8 no\r\n"
expect AUTH
send b"235 2.7.0 ok\r\n"
expect MAIL
send b"250 2.1.0 Ok\r\n"
expect RCPT
send b"250 2.1.5 Ok\r\n"
expect DATA
send b"354 go\r\n"
data
send b"250 2.0.0 queued\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
DBG=$W/debug.log
cli --ca-file "$CA" --password-file "$PWFILE" --debug "$DBG" <<EOF
EHLO client.test
/starttls
EHLO client.test
AUTH PLAIN $PLAINB64
AUTH LOGIN
$(b64 'alice')
$(b64 "$LINEPW")
/auth PLAIN alice
/unb64 $(b64 "Decoded-$LINEPW")
/b64 Encoded-$LINEPW
MAIL FROM:<debug-from@example.org>
RCPT TO:<debug-to@example.org>
DATA
Subject: Body-Subject-Marker
Body-Text-Marker-77
.
QUIT
EOF
rc_is 1
if [ -z "$SKIP" ]; then
	ck "the trace exists" test -s "$DBG"
	ck "the trace is mode 0600" test "$(stat -c %a "$DBG")" = 600
	for want in 'state: closed -> resolving' \
	    'state: waiting for the greeting -> greeted, no EHLO yet' \
	    'reply 220 to the greeting in [0-9]+ ms' 'sent STARTTLS' \
	    'state: TLS handshake -> ' 'TLS on' 'sent AUTH$' \
	    'reply 235 to AUTH in [0-9]+ ms' 'authenticated: yes' \
	    'reply 354 to DATA' 'reply 250 to \. in' 'sent QUIT' \
	    'event: connected to' '^ *[0-9]+\.[0-9]{3} ' \
	    'finding: auth-refused 535 5\.7\.8 PLAIN$' \
	    'finding: auth-refused 535 5\.7\.8 LOGIN$'; do
		grep -Eq -- "$want" "$DBG" || fail "trace lacks /$want/"
	done
	for secret in "$FILEPW" "$(b64 "\\0alice\\0$FILEPW")" "$PLAINB64" \
	    Typed-Pw-4711 "$LINEPW" "$(b64 "$LINEPW")" "$(b64 alice)" \
	    Body-Text-Marker Body-Subject-Marker debug-from debug-to; do
		grep -Fq -- "$secret" "$DBG" &&
			fail "the trace holds '$secret': $(grep -F -- "$secret" "$DBG" | head -2)"
	done
fi
done_case "debug-trace: --debug writes states, commands and timings, never secrets or text"

# Findings: the line mode prints nothing for them (its transcripts stay
# as they were); the --debug trace has one line each, by id and codes,
# without the recipient's domain.
srv debug-findings <<EOF
$greet
expect EHLO
$ehlo_tls
expect MAIL
send b"250 2.1.0 Ok\r\n"
expect RCPT
send b"554 5.7.1 <x@relay-target.example>: Relay access denied\r\n"
expect QUIT
send b"221 bye\r\n"
EOF
DBG=$W/debug.log
cli --debug "$DBG" <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<x@relay-target.example>
QUIT
EOF
rc_is 1
out_has '^S: 554 5\.7\.1 <x@relay-target.example>: Relay access denied'
out_hasnt 'finding|[Rr]elaying to|offered before STARTTLS|offered without TLS'
if [ -z "$SKIP" ]; then
	for want in 'finding: auth-before-tls PLAIN LOGIN$' \
	    'finding: clear-password PLAIN LOGIN$' \
	    'finding: relay-refused 554 5\.7\.1$'; do
		grep -Eq -- "$want" "$DBG" || fail "trace lacks /$want/"
	done
	ck "one trace line per finding" test "$(grep -c 'finding:' "$DBG")" = 3
	grep -q relay-target "$DBG" &&
		fail "the trace holds the recipient's domain"
fi
done_case "debug-findings: findings go to the --debug trace, not the line mode"

# --debug never writes through a symbolic link.
srv debug-symlink <<EOF
$greet
EOF
if [ -z "$SKIP" ]; then
	echo keep >"$W/target"
	ln -s "$W/target" "$W/link"
fi
cli --debug "$W/link" </dev/null
rc_is 2
[ -z "$SKIP" ] && ck "the link's target is untouched" test "$(cat "$W/target")" = keep
[ -z "$SKIP" ] && ! grep -q 'symbolic link' "$W/err" &&
	fail "no word about the link: $(head -c 200 "$W/err")"
done_case "debug-symlink: --debug refuses a symbolic link"

########################################################################
# CHUNKING (RFC 3030): /bdat sends a file as BDAT chunks.

bdat_rcpt='expect EHLO
send b"250-hostile.test\r\n250-CHUNKING\r\n250 BINARYMIME\r\n"
expect MAIL
send b"250 2.1.0 Ok\r\n"
expect RCPT
send b"250 2.1.5 Ok\r\n"'

# 21 bytes in chunks of 5: one boundary falls between CR and LF, and
# the bytes go as they are (a leading dot is not stuffed, no CRLF added).
printf 'abcd\r\n.dot\r\nline3\r\nxy' >"$T/bdat21.eml"
srv bdat-chunks <<EOF
$greet
$bdat_rcpt
bdat
send b"250 2.0.0 5 octets received\r\n"
bdat
send b"250 2.0.0 5 octets received\r\n"
bdat
send b"250 2.0.0 5 octets received\r\n"
bdat
send b"250 2.0.0 5 octets received\r\n"
bdat
send b"250 2.0.0 Ok: queued as 21\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
/bdat $T/bdat21.eml 5
QUIT
EOF
rc_is 0
out_has '^C: BDAT 5$'
out_has '^C: BDAT 1 LAST$'
out_has '^S: 250 2\.0\.0 Ok: queued as 21$'
out_has "^\* sent $T/bdat21.eml: 21 bytes in 5 BDAT chunks$"
out_has '^   # line 1 is neither a header nor the blank line that ends the headers'
[ -z "$SKIP" ] && [ "$(grep -c '^S: 250 2\.0\.0 5 octets' "$W/out")" != 4 ] &&
	fail "not one reply shown per chunk"
ck "the chunks are the file" $HPY check bdat "$W/app.bin" "$T/bdat21.eml"
ck "chunk sizes" sh -c "$HPY check bdat '$W/app.bin' '$T/bdat21.eml' | grep -qx 'chunks: 5 5 5 5 1'"
wire_has 'b"BDAT 5\r\nabcd\rBDAT 5\r\n\n.dotBDAT 5\r\n"'
wire_has 'b"BDAT 1 LAST\r\nyQUIT\r\n"'
done_case "bdat-chunks: /bdat FILE 5 sends 5 chunks, LAST on the last, bytes as they are"

# An empty file is one chunk: BDAT 0 LAST. A 1-byte chunk size works.
: >"$T/empty.eml"
printf 'ab\r\n' >"$T/four.eml"
srv bdat-small <<EOF
$greet
$bdat_rcpt
bdat
send b"250 2.0.0 Ok: queued as 0\r\n"
expect MAIL
send b"250 2.1.0 Ok\r\n"
expect RCPT
send b"250 2.1.5 Ok\r\n"
bdat
send b"250 2.0.0 1 octet\r\n"
bdat
send b"250 2.0.0 1 octet\r\n"
bdat
send b"250 2.0.0 1 octet\r\n"
bdat
send b"250 2.0.0 Ok: queued as 4\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
/bdat $T/empty.eml
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
/bdat $T/four.eml 1
QUIT
EOF
rc_is 0
out_has '^C: BDAT 0 LAST$'
out_has "^\* sent $T/empty.eml: 0 bytes in 1 BDAT chunk$"
out_has '^C: BDAT 1 LAST$'
out_has "^\* sent $T/four.eml: 4 bytes in 4 BDAT chunks$"
ck "chunk sizes: 0, then 1 1 1 1" sh -c "$HPY check bdat '$W/app.bin' '$T/four.eml' 1 >/dev/null && $HPY check bdat '$W/app.bin' /dev/null | grep -qx 'chunks: 0 1 1 1 1'"
done_case "bdat-small: an empty file is BDAT 0 LAST; 1-byte chunks"

# A refused chunk stops the rest: RFC 3030 says send no more chunks.
srv bdat-refused <<EOF
$greet
$bdat_rcpt
bdat
send b"250 2.0.0 5 octets received\r\n"
bdat
send b"552 5.3.4 Message size exceeds fixed limit\r\n"
expect RSET
send b"250 2.0.0 Ok\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
/bdat $T/bdat21.eml 5
RSET
QUIT
EOF
rc_is 1
out_has '^S: 552 5\.3\.4 Message size exceeds fixed limit$'
out_has "BDAT chunk 2 refused: the rest of $T/bdat21.eml not sent \(10 of 21 bytes were\)"
[ -z "$SKIP" ] && [ "$(grep -c '^C: BDAT' "$W/out")" != 2 ] &&
	fail "chunks sent after the refusal: $(grep '^C: BDAT' "$W/out" | tr '\n' ' ')"
wire_has 'b"BDAT 5\r\n\n.dotRSET\r\nQUIT\r\n"'
done_case "bdat-refused: a 552 to a chunk stops the rest"

# A server that answers BDAT at once and reads no further is out of
# step: smtpx says so and closes, never a hang.
# (Big enough not to fit in loopback's socket buffers.)
head -c 48000000 /dev/zero | tr '\0' 'z' >"$T/bdat48m.eml"
srv bdat-early <<EOF
$greet
$bdat_rcpt
expect BDAT
send b"250 2.0.0 Ok\r\n"
wait 2
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
/bdat $T/bdat48m.eml 48000000
QUIT
EOF
rc_is 3
out_has 'answered BDAT before its chunk was all sent \([0-9]+ bytes to go\)'
el_below 5000
done_case "bdat-early: a reply before the chunk's bytes are taken closes the session"

# Usage: CHUNK must be a positive number; a missing file is an error.
srv bdat-usage <<EOF
$greet
$bdat_rcpt
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
MAIL FROM:<a@example.org>
RCPT TO:<b@example.org>
/bdat $T/bdat21.eml 0
/bdat $T/bdat21.eml 5x
/bdat $T/no-such-file.eml
QUIT
EOF
rc_is 2
[ -z "$SKIP" ] && [ "$(grep -c 'CHUNK is a number of bytes' "$W/out" "$W/err" | awk -F: '{s+=$2} END {print s}')" != 2 ] &&
	fail "no usage error for CHUNK 0 and 5x"
out_has 'no-such-file\.eml: No such file'
wire_hasnt 'b"BDAT"'
done_case "bdat-usage: bad CHUNK and a missing file send nothing"

# PIPELINING (RFC 2920): /pipeline groups and a pipelined /send. The
# server's "group N" fails the case unless the N lines came in one read.
ehlo_pipe='send b"250-hostile.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n"'

# A server that answers a whole group in one write: each reply is still
# paired with its own command, in order.
srv pipe-one-write <<EOF
$greet
expect EHLO
$ehlo_pipe
group 4
send b"250 2.1.0 Ok\r\n550 5.1.1 <x@hostile.test>: no such user\r\n250 2.1.5 Ok\r\n354 go ahead\r\n"
data
send b"250 2.0.0 queued\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
/pipeline
MAIL FROM:<a@example.org>
RCPT TO:<x@hostile.test>
RCPT TO:<b@hostile.test>
DATA
/pipeline end
Subject: pipelined

hello
.
QUIT
EOF
rc_is 1
out_has '^\* pipelining: 4 commands in one write'
[ -z "$SKIP" ] && for pair in '250 2.1.0 Ok|MAIL FROM:<a@example.org> (1 of 4' \
    '550 5.1.1 <x@hostile.test>: no such user|RCPT TO:<x@hostile.test> (2 of 4' \
    '250 2.1.5 Ok|RCPT TO:<b@hostile.test> (3 of 4' '354 go ahead|DATA (4 of 4'; do
	_r=${pair%%|*} _c=${pair#*|}
	grep -aF -A1 "S: $_r" "$W/out" | grep -aqF "* that reply answers $_c" ||
		fail "the reply $_r is not paired with $_c"
done
out_hasnt 'cannot answer'
wire_has 'b"DATA\r\nSubject: pipelined\r\n\r\nhello\r\n.\r\nQUIT\r\n"'
done_case "pipe-one-write: a group's replies in one write, each paired with its command"

# Two replies to one command: the second is taken for the next command's,
# the code that cannot answer DATA is noted, and the reply left over
# (which nobody asked for) ends the session before the message is sent.
srv pipe-two-replies <<EOF
$greet
expect EHLO
$ehlo_pipe
group 3
send b"250 2.1.0 Ok\r\n250 2.1.0 Ok again\r\n250 2.1.5 Ok\r\n354 go ahead\r\n"
drain 3
EOF
cli <<EOF
EHLO client.test
/pipeline
MAIL FROM:<a@example.org>
RCPT TO:<b@hostile.test>
DATA
/pipeline end
Subject: never sent
.
QUIT
EOF
rc_is 3
out_has 'that reply answers DATA \(3 of 3'
out_has '# 250 cannot answer DATA: .*out of step' NOTE
out_has 'a reply nobody asked for \(354\)'
out_has '# this reply came when no command was waiting' NOTE
wire_hasnt 'b"never sent"' 'b"QUIT"'
done_case "pipe-two-replies: a second reply to one command is seen as out of step"

# A server that answers too early: a reply right behind its greeting,
# before the client said anything. Nothing more is sent.
srv pipe-too-early <<EOF
send b"220 hostile.test ESMTP\r\n250 2.1.0 Ok\r\n"
drain 3
EOF
cli <<EOF
EHLO client.test
QUIT
EOF
rc_is 3
out_has 'a reply nobody asked for \(250\)'
out_has 'the server spoke out of turn' NOTE
out_has 'improper command pipelining' NOTE
wire_hasnt 'b"EHLO"'
done_case "pipe-too-early: a reply before the client spoke is noted and ends the session"

# The RFC 2920 rule: EHLO, DATA, AUTH, STARTTLS, QUIT... only end a
# group. /pipeline end refuses the group and sends nothing of it (naming
# the line by its command alone: AUTH's next word is a secret); a group
# left open at the end of the script (here with its QUIT) is not sent
# either.
srv pipe-rule <<EOF
$greet
expect EHLO
$ehlo_pipe
expect RSET
send b"250 2.0.0 Ok\r\n"
drain 3
EOF
cli <<EOF
EHLO client.test
/pipeline
MAIL FROM:<a@example.org>
DATA
RCPT TO:<b@hostile.test>
/pipeline end
/pipeline end
/pipeline
STARTTLS
RSET
/pipeline cancel
/pipeline
AUTH PLAIN $PLAINB64
RSET
/pipeline end
/pipeline
RSET
/pipeline end
/pipeline
QUIT
EOF
rc_is 2
out_has '^! line 2 of the group \(DATA\) may only be its last line: RFC 2920 3\.1'
out_has '^! no group is open'
out_has '^! line 1 of the group \(AUTH\) may only be its last line'
out_hasnt "$PLAINB64" "a secret in the refusal"
wire_hasnt 'b"AUTH"'
out_has '^\* group dropped: 2 lines not sent'
out_has '^! the script ended inside a pipelined group'
wire_hasnt 'b"MAIL"' 'b"DATA"' 'b"STARTTLS"'
[ -z "$SKIP" ] && [ "$(od -An -c "$W/app.bin" | tr -d ' \n')" != 'EHLOclient.test\r\nRSET\r\n' ] &&
	fail "sent more than EHLO and RSET: $(od -c "$W/app.bin" | head -5)"
done_case "pipe-rule: a group with DATA before its end is refused whole"

# No PIPELINING offered: /pipeline still sends the group in one write,
# with a note; /send goes step by step.
srv pipe-not-offered <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250 8BITMIME\r\n"
group 2
send b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"
expect RSET
send b"250 2.0.0 Ok\r\n"
expect MAIL
send b"250 2.1.0 Ok\r\n"
expect RCPT
send b"250 2.1.5 Ok\r\n"
expect DATA
send b"354 go ahead\r\n"
data
send b"250 2.0.0 queued\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
/pipeline
MAIL FROM:<a@example.org>
RCPT TO:<b@hostile.test>
/pipeline end
RSET
/send a@example.org b@hostile.test
QUIT
EOF
rc_is 0
out_has '# the server did not offer PIPELINING' NOTE
out_has '^\* pipelining: 2 commands in one write'
out_hasnt 'offers PIPELINING: MAIL'
done_case "pipe-not-offered: a group still goes in one write, with a note; /send step by step"

# /send with PIPELINING offered: MAIL, RCPT, RCPT and DATA in one write.
# No recipient accepted, yet 354: the message is ended at once, empty.
srv pipe-send <<EOF
$greet
expect EHLO
$ehlo_pipe
group 4
send b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n354 go ahead\r\n"
data
send b"250 2.0.0 queued\r\n"
group 3
send b"250 2.1.0 Ok\r\n550 5.1.1 no such user\r\n354 go ahead (wrongly)\r\n"
data
send b"554 5.5.1 no valid recipients\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
/send a@example.org b@hostile.test c@hostile.test
/send a@example.org x@hostile.test
QUIT
EOF
rc_is 1
out_has '^\* the server offers PIPELINING: MAIL FROM, RCPT TO and DATA go in one write'
out_has 'that reply answers RCPT TO:<c@hostile.test> \(3 of 4'
out_has '^\* no recipient was accepted, yet DATA was: the message ends at once, empty'
wire_has 'b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@hostile.test>\r\nRCPT TO:<c@hostile.test>\r\nDATA\r\n"' \
    'b"smtpx test message"' \
    'b"RCPT TO:<x@hostile.test>\r\nDATA\r\n.\r\nQUIT\r\n"'
done_case "pipe-send: /send pipelines MAIL to DATA when offered"

# --stop-on-error inside a group: the replies after the refusal still
# come, each read as its command's (none late); DATA got 354, so the
# session ends without a QUIT that the server would read as message text.
srv pipe-stop <<EOF
$greet
expect EHLO
$ehlo_pipe
group 3
send b"250 2.1.0 Ok\r\n550 5.1.1 no such user\r\n"
wait 0.5
send b"354 go ahead\r\n"
drain 3
EOF
cli --stop-on-error <<EOF
EHLO client.test
/pipeline
MAIL FROM:<a@example.org>
RCPT TO:<x@hostile.test>
DATA
/pipeline end
Subject: never sent
.
QUIT
EOF
rc_is 1
out_has 'that reply answers DATA \(3 of 3'
out_has 'stopping at the first refusal'
out_hasnt 'late|nobody asked'
wire_hasnt 'b"QUIT"' 'b"never sent"'
done_case "pipe-stop: --stop-on-error waits for the rest of a group's replies"

# AUTH may end a group: its line goes masked on the screen, in the
# pairing line and in the transcript, and in full on the wire.
srv pipe-auth-last <<EOF
$greet
expect EHLO
send b"250-hostile.test\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n"
group 2
send b"250 2.0.0 Ok\r\n235 2.7.0 Authentication successful\r\n"
expect QUIT
send b"221 2.0.0 Bye\r\n"
EOF
cli <<EOF
EHLO client.test
/pipeline
RSET
AUTH PLAIN $PLAINB64
/pipeline end
QUIT
EOF
rc_is 0
out_has '^C: AUTH PLAIN \*+$'
out_has '^\* that reply answers AUTH PLAIN \*+ \(2 of 2 in the pipelined group\)$'
out_hasnt "$PLAINB64|Typed-Pw-4711" "the secret on the screen"
wire_has "b'RSET\\r\\nAUTH PLAIN $PLAINB64\\r\\n'"
done_case "pipe-auth-last: AUTH ending a group is masked, sent whole"

# A group holds at most 100 lines: the 101st is refused, the group kept.
srv pipe-limit <<EOF
$greet
expect EHLO
$ehlo_pipe
group 100
send b"250 2.1.5 Ok\r\n" * 100
drain 3
EOF
{ echo 'EHLO client.test'; echo /pipeline
  i=0; while [ $i -lt 101 ]; do echo 'RCPT TO:<b@hostile.test>'; i=$((i + 1)); done
  echo '/pipeline end'; } >"$W/in"
cli <"$W/in"
rc_is 2
out_has '^! a group holds at most 100 lines'
out_has '^\* pipelining: 100 commands in one write'
done_case "pipe-limit: a group of more than 100 lines is cut at 100, with an error"

t_done
