#!/bin/sh
# tests/peers: smtpx's line mode against real Postfix and Dovecot on
# loopback. rig-start.sh brings up a private Postfix (listeners like ports
# 25, 587 and 465, plus one with a wrong-name certificate) and a private
# Dovecot for SASL under a temporary directory; rig-stop.sh stops exactly
# those, from a trap, however this script ends. Each case runs one or more
# `smtpx --batch` sessions and checks the transcript, the exit status and,
# where mail is sent, the message Postfix delivered into the rig's Maildir.
# If the rig cannot start, every case fails with the reason: never skipped.
# Set PEERS_KEEP=1 to keep the temporary directory (transcripts, logs).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/common.sh"

T=$(t_tmpdir)
RIG=$T/rig
# The servers run as their own users and must reach the rig below $T.
chmod 711 "$T" && mkdir "$RIG" || exit 1

# The screen cases run smtpx in a private tmux server.
tsock=smtpx-peers$$
tm() { tmux -L "$tsock" -f /dev/null "$@"; }
cleanup() {
	command -v tmux >/dev/null 2>&1 && tm kill-server >/dev/null 2>&1
	[ -n "${probe_dns_pid:-}" ] && kill "$probe_dns_pid" 2>/dev/null
	[ -f "$RIG/rig.env" ] || [ -d "$RIG/postfix" ] && sh "$here/rig-stop.sh" "$RIG"
	if [ -n "${PEERS_KEEP:-}" ]; then
		echo "# peers: kept $T"
	else
		rm -rf "$T"
	fi
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

mailpy() { "$PY" "$here/mail.py" "$@"; }

# ---- session helpers ---------------------------------------------------------
# sx NAME INPUT [OPTIONS...] HOST PORT: one smtpx line-mode session; INPUT is
# the lines to type (one per line). Sets $out (the transcript file, stdout
# and stderr together) and $rc (the exit status). Bounded by timeout.
# $sx_wrap, when set, is a command put in front of smtpx (/usr/bin/time).
sx_wrap=
sx() {
	_name=$1 _in=$2; shift 2
	printf '%s\n' "$_in" >"$T/$_name.in"
	out=$T/$_name.out
	if [ -n "$rig_error" ]; then
		: >"$out"; rc=none
		return
	fi
	timeout -k 5 60 $sx_wrap "$SMTPX" --batch --timeout 20 "$@" \
		<"$T/$_name.in" >"$out" 2>&1
	rc=$?
}

# Checks collect reasons in $why; case_end reports the case.
case_begin() { why=; }
because() { why="$why
$*"; }
# expect ERE: some line of the transcript matches.
expect() { grep -Eq -- "$1" "$out" || because "no line matching /$1/ in $out"; }
expect_not() {
	! grep -Eq -- "$1" "$out" || because "unexpected line matching /$1/ in $out: $(grep -E -m1 -- "$1" "$out")"
}
expect_rc() { [ "$rc" = "$1" ] || because "exit status $rc, expected $1 ($out)"; }
# expect_count ERE N: exactly N lines match.
expect_count() {
	_c=$(grep -Ec -- "$1" "$out")
	[ "$_c" = "$2" ] || because "$_c lines matching /$1/ in $out, expected $2"
}
# No secret in the transcript, in clear or base64 of the usual encodings.
expect_no_secret() {
	for _s in "$password" "$password_b64" "$plain_b64" "$wrong_password"; do
		! grep -Fq -- "$_s" "$out" || because "secret visible in $out: $_s"
	done
}
# delivered RCPT SENT: the message to RCPT arrived and matches SENT.
delivered() {
	[ -z "$rig_error" ] || return
	_f=$(mailpy find "$RIG_MAILDIR" "$1" 30 2>&1) || { because "$_f"; return; }
	_d=$(mailpy compare "$_f" "$2" 2>&1) || because "delivered $_f differs from $2: $_d"
}
case_end() {
	if [ -n "$rig_error" ]; then
		t_fail "$1" "not run: $rig_error"
	elif [ -z "$why" ]; then
		t_ok "$1"
	else
		t_fail "$1" "$why" "-- last transcript ($out):" "$(tail -n 30 "$out" 2>/dev/null)"
	fi
}

# tm_see TEXT: wait (at most 20 s) for TEXT on the screen of session blank.
tm_see() {
	_i=0
	while ! tm capture-pane -p -t blank | grep -F -q -- "$1"; do
		[ $_i -ge 200 ] && return 1
		_i=$((_i + 1))
		sleep 0.1
	done
}
tm_type() {
	[ -n "$1" ] && tm send-keys -t blank -l -- "$1"
	tm send-keys -t blank Enter
}

# The first lines of a submission over STARTTLS, verified with the test CA.
tls_login() { # MECH
	printf '%s\n' "EHLO client.peers.test" "/starttls" "EHLO client.peers.test" \
		"/auth $1 $RIG_USER"
}

# ---- the cases ---------------------------------------------------------------
cases="c25_caps c25_local c25_relay c587_before_tls c587_auth_in_clear
c587_starttls c587_mechs c587_relay_noauth c587_submit c587_noeol c465_submit
c587_wrong_password_send tls_summary tls_ip tls_unknown_ca tls_wrong_name
tls_servername tls_insecure big_message screen_blank reproduce_587
reproduce_465 bdat_chunks bdat_big replay_587 smtputf8_587 dsn_25
builder_587 builder_qp_587 builder_big pipeline_587
probe_postfix"
# PEERS_CASES="c25_caps ..." runs only those (while working on them).
cases=${PEERS_CASES:-$cases}

c25_caps() {
	case_begin
	sx 25-caps "EHLO client.peers.test
QUIT" "$RIG_HOST" "$RIG_P25"
	expect_rc 0
	expect "^S: 220 $RIG_NAME "
	expect "^S: 250[- ]STARTTLS"
	expect_not "^S: 250[- ]AUTH"
	expect "^S: 221"
	case_end "25-like: banner, EHLO offers STARTTLS and no AUTH"
}

c25_local() {
	case_begin
	mailpy small "$T/25-local.eml" local-25@peers.test
	sx 25-local "EHLO client.peers.test
MAIL FROM:<sender@remote.example>
RCPT TO:<local-25@peers.test>
DATA
/data $T/25-local.eml
QUIT" "$RIG_HOST" "$RIG_P25"
	expect_rc 0
	expect "^S: 250 2\.1\.5 "
	expect "^S: 354"
	expect "^S: 250 2\.0\.0 Ok: queued"
	delivered local-25@peers.test "$T/25-local.eml"
	case_end "25-like: message to the local domain accepted and delivered intact"
}

c25_relay() {
	case_begin
	sx 25-relay "EHLO client.peers.test
MAIL FROM:<sender@remote.example>
RCPT TO:<someone@remote.example>
QUIT" "$RIG_HOST" "$RIG_P25"
	expect_rc 1
	expect "^S: 554 5\.7\.1 <someone@remote\.example>: Relay access denied"
	expect "^S: 221"
	case_end "25-like: relaying refused with 554 5.7.1, exit status 1"
}

c587_before_tls() {
	case_begin
	sx 587-before-tls "EHLO client.peers.test
AUTH PLAIN
MAIL FROM:<user@peers.test>
QUIT" "$RIG_HOST" "$RIG_P587"
	expect_rc 1
	expect "^S: 250[- ]STARTTLS"
	expect_not "^S: 250[- ]AUTH"
	expect_count "^S: 530 5\.7\.0 Must issue a STARTTLS command first" 2
	case_end "587-like: no AUTH before STARTTLS, AUTH and MAIL refused with 530"
}

# /auth in clear: without --allow-plaintext-auth smtpx must not send the
# secret; with it, the server's 530 is shown and the secret stays masked.
c587_auth_in_clear() {
	case_begin
	sx 587-auth-clear "EHLO client.peers.test
/auth PLAIN $RIG_USER
QUIT" --password-file "$RIG_PASSWORD_FILE" "$RIG_HOST" "$RIG_P587"
	expect_not "^C: AUTH"
	expect_no_secret
	sx 587-auth-clear-allowed "EHLO client.peers.test
/auth PLAIN $RIG_USER
QUIT" --allow-plaintext-auth --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 1
	expect "^C: AUTH PLAIN"
	expect "^S: 530 5\.7\.0 Must issue a STARTTLS command first"
	expect_no_secret
	case_end "587-like: /auth in clear refused by smtpx, or by the server with 530 when allowed"
}

c587_starttls() {
	case_begin
	sx 587-starttls "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" --ca-file "$RIG_CA" "$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^C: STARTTLS"
	expect "^S: 220 2\.0\.0 Ready to start TLS"
	expect "^S: 250[- ]AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"
	expect_count "^S: 250[- ]AUTH" 1
	expect_count "^S: 250[- ]STARTTLS" 1	# before TLS only
	case_end "587-like: after /starttls (verified) and EHLO, AUTH is offered"
}

c587_mechs() {
	for mech in PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256; do
		case_begin
		sx "587-$mech-good" "$(tls_login $mech)
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
			"$RIG_HOST" "$RIG_P587"
		expect_rc 0
		expect "^C: AUTH $mech"
		expect "^S: 235 2\.7\.0 Authentication successful"
		expect_no_secret
		case_end "587-like: AUTH $mech with the right password: 235"
		case_begin
		sx "587-$mech-bad" "$(tls_login $mech)
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_WRONG_PASSWORD_FILE" \
			"$RIG_HOST" "$RIG_P587"
		expect_rc 1
		expect "^C: AUTH $mech"
		expect "^S: 535 5\.7\.8 "
		expect_not "^S: 235"
		expect "^S: 221"
		case_end "587-like: AUTH $mech with a wrong password: 535"
	done
}

c587_relay_noauth() {
	case_begin
	sx 587-relay-noauth "EHLO client.peers.test
/starttls
EHLO client.peers.test
MAIL FROM:<user@peers.test>
RCPT TO:<someone@remote.example>
QUIT" --ca-file "$RIG_CA" "$RIG_HOST" "$RIG_P587"
	expect_rc 1
	expect "^S: 554 5\.7\.1 <someone@remote\.example>: Relay access denied"
	case_end "587-like: relaying without AUTH refused after STARTTLS"
}

c587_submit() {
	case_begin
	mailpy small "$T/587-submit.eml" dest-587@remote.example
	sx 587-submit "$(tls_login PLAIN)
MAIL FROM:<user@peers.test>
RCPT TO:<dest-587@remote.example>
DATA
/data $T/587-submit.eml
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^S: 235 "
	expect "^S: 250 2\.1\.5 "
	expect "^S: 250 2\.0\.0 Ok: queued"
	expect_not "^S: 5"
	delivered dest-587@remote.example "$T/587-submit.eml"
	case_end "587-like: authenticated relay delivered intact (leading dots, bare LF)"
}

c587_noeol() {
	case_begin
	mailpy noeol "$T/587-noeol.eml" noeol-587@remote.example
	sx 587-noeol "$(tls_login SCRAM-SHA-256)
MAIL FROM:<user@peers.test>
RCPT TO:<noeol-587@remote.example>
DATA
/data $T/587-noeol.eml
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^S: 250 2\.0\.0 Ok: queued"
	delivered noeol-587@remote.example "$T/587-noeol.eml"
	case_end "587-like: /data of a file without a final line end delivered intact"
}

c465_submit() {
	case_begin
	sx 465-submit "EHLO client.peers.test
/auth SCRAM-SHA-256 $RIG_USER
/send user@peers.test dest-465@remote.example
QUIT" --tls --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P465"
	expect_rc 0
	expect "^S: 220 $RIG_NAME "
	expect_not "^C: STARTTLS"
	expect "^S: 250[- ]AUTH "
	expect "^S: 235 "
	expect "^S: 250 2\.0\.0 Ok: queued"
	expect_not "unverified|NOT verified"
	expect_no_secret
	[ -n "$rig_error" ] ||
		_f=$(mailpy find "$RIG_MAILDIR" dest-465@remote.example 30 2>&1) ||
		because "$_f"
	case_end "465-like: --tls, AUTH and /send delivered"
}

# The TLS summary (the "* " event lines after the handshake, and /cert)
# must name the rig's host from the certificate; the banner (S: lines)
# names it too, so only events count.
tls_names() { # NAME
	grep -E '^\* ' "$out" | grep -Fq "$1" ||
		because "no event line names $1 in $out"
}

tls_summary() {
	case_begin
	sx tls-summary "EHLO client.peers.test
/starttls
/cert
QUIT" --ca-file "$RIG_CA" "$RIG_HOST" "$RIG_P587"
	expect_rc 0
	tls_names "$RIG_NAME"
	expect "^\* .*[Vv]erified"
	expect_not "unverified|NOT verified|not verified"
	expect "^\* .*TLSv1\.[23]"
	case_end "TLS: verified STARTTLS, the certificate summary names $RIG_NAME"
}

tls_ip() {
	case_begin
	sx tls-ip "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" --ca-file "$RIG_CA" "$RIG_IP" "$RIG_P587"
	expect_rc 0
	expect "^\* .*[Vv]erified"
	expect "^S: 250[- ]AUTH "
	expect_not "unverified|NOT verified|not verified"
	case_end "TLS: connecting to $RIG_IP verifies against the IP address SAN"
}

tls_unknown_ca() {
	case_begin
	sx tls-unknown-ca "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" "$RIG_HOST" "$RIG_P587"
	expect_rc 3
	expect "^! .*(verif|certificate|issuer)"
	expect_count "^C: EHLO" 1
	case_end "TLS: a certificate from an unknown CA fails verification and ends the session"
}

tls_wrong_name() {
	case_begin
	sx tls-wrong-name "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" --ca-file "$RIG_CA" "$RIG_HOST" "$RIG_PWRONG"
	expect_rc 3
	expect "^! .*([Hh]ost ?name|name).*(mismatch|match)"
	expect_count "^C: EHLO" 1
	expect_not "^C: QUIT"
	# The certificate that failed, and its names next to the one asked for.
	expect "^\* certificate: CN=wrong\.peers\.test"
	expect "^\* certificate names: DNS:wrong\.peers\.test$"
	expect "^   # the certificate holds DNS:wrong\.peers\.test; you asked for $RIG_HOST,"
	expect "^   # .*--servername NAME"
	case_end "TLS: the wrong-name certificate fails verification, the message says the name does not match"
}

# --servername: by address to the wrong-name listener, verifying the name
# its certificate holds; the same real Postfix, no name mismatch now.
tls_servername() {
	case_begin
	sx tls-servername "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" --servername wrong.peers.test --ca-file "$RIG_CA" "$RIG_IP" "$RIG_PWRONG"
	expect_rc 0
	expect "^\* certificate verified for wrong\.peers\.test$"
	expect_count "^C: EHLO" 2
	expect "^S: 250[- ]AUTH "
	expect_not "unverified|NOT verified|not verified"
	case_end "TLS: --servername verifies the wrong-name listener by the name its certificate holds"
}

tls_insecure() {
	case_begin
	sx tls-insecure "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" --insecure --ca-file "$RIG_CA" "$RIG_HOST" "$RIG_PWRONG"
	expect_rc 0
	tls_names wrong.peers.test
	expect_count "^C: EHLO" 2
	expect "^S: 250[- ]AUTH "
	expect "(unverified|NOT verified|not verified)"
	expect "[Hh]ost ?name mismatch|does not match"
	case_end "TLS: --insecure continues past the wrong name and marks the session unverified"
}

big_message() {
	case_begin
	_mb=20 _bound=65536	# KiB of peak RSS allowed
	[ -n "$rig_error" ] || mailpy big "$T/big.eml" big@remote.example $_mb
	_size=$(wc -c <"$T/big.eml" 2>/dev/null || echo 0)
	[ -n "$rig_error" ] || [ "$_size" -ge $((_mb * 1024 * 1024)) ] ||
		because "big.eml is only $_size bytes"
	if [ ! -x /usr/bin/time ]; then
		because "/usr/bin/time is missing (package time; tests/deps.sh test)"
		out=/dev/null
	else
		sx_wrap="/usr/bin/time -f %M -o $T/big.rss"
		sx big "$(tls_login PLAIN)
MAIL FROM:<user@peers.test>
RCPT TO:<big@remote.example>
DATA
/data $T/big.eml
QUIT" --timeout 60 --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
			"$RIG_HOST" "$RIG_P587"
		sx_wrap=
		expect_rc 0
		expect "^S: 250 2\.0\.0 Ok: queued"
		_rss=$(tail -n 1 "$T/big.rss" 2>/dev/null | tr -dc 0-9)
		if [ -z "$_rss" ]; then
			because "no peak RSS measured ($(cat "$T/big.rss" 2>/dev/null))"
		elif [ "$_rss" -gt $_bound ]; then
			because "peak RSS $_rss KiB for a $_size-byte message, bound $_bound KiB"
		else
			echo "# peers: $_size-byte message, smtpx peak RSS $_rss KiB"
		fi
		delivered big@remote.example "$T/big.eml"
	fi
	case_end "large message ($_mb MB) through STARTTLS delivered intact, peak RSS under $((_bound / 1024)) MB"
}

# A support engineer's replay of a customer's failing send: wrong password,
# then the whole transaction. Postfix refuses MAIL, RCPT and DATA; the
# message lines must not reach it as commands (it would answer "221 Error:
# I can break rules, too" and close), and the exit status is the first
# failure: 1.
c587_wrong_password_send() {
	case_begin
	sx 587-wrong-send "$(tls_login PLAIN)
MAIL FROM:<$RIG_USER>
RCPT TO:<friend@remote.example>
DATA
Subject: the customer's message
From: <$RIG_USER>

QUIT
RSET
.
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_WRONG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 1
	expect "^S: 535 5\.7\.8 "
	expect "^S: 554 5\.7\.1 .*Relay access denied"
	expect '^\* DATA was not accepted \(no 354\): 6 message lines of the script skipped'
	expect_not "^C: Subject"
	expect_not "break rules"
	expect_count "^C: QUIT" 1
	expect "^S: 221 2\.0\.0"
	expect_no_secret
	case_end "587-like: wrong password, then a whole send: message lines skipped, exit 1"
}

# The screen (through tmux, as a user types) against the 25-like port: a
# message typed by hand keeps the blank line between headers and body and
# the one inside the body, byte for byte in the delivered file. Every
# header is typed, so Postfix adds none inside the text.
screen_blank() {
	case_begin
	out=$T/screen-blank.screen
	: >"$out"
	if [ -n "$rig_error" ]; then
		case_end "screen: typed blank lines reach the Maildir byte for byte"
		return
	fi
	if ! command -v tmux >/dev/null 2>&1; then
		because "tmux is missing (tests/deps.sh test)"
		case_end "screen: typed blank lines reach the Maildir byte for byte"
		return
	fi
	mkdir -p "$T/home" "$T/state"
	tm new-session -d -s blank -x 100 -y 30 "env -i PATH=/usr/bin:/bin \
	    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$T/home \
	    XDG_STATE_HOME=$T/state $SMTPX --timeout 20 $RIG_HOST $RIG_P25; \
	    echo '[exited]'; sleep 600"
	_rcpt=screen-blank@peers.test
	tm_see "S: 220 $RIG_NAME" || because "no greeting on the screen"
	for _l in "EHLO client.peers.test" "MAIL FROM:<sender@remote.example>" \
	    "RCPT TO:<$_rcpt>" "DATA"; do
		tm_type "$_l"
	done
	tm_see "S: 354" || because "no 354 on the screen"
	printf '%s\n' "From: <sender@remote.example>" "To: <$_rcpt>" \
	    "Subject: typed on the screen" \
	    "Date: Sat, 01 Feb 2025 10:00:00 +0000" \
	    "Message-ID: <screen-blank@peers.test>" "" "First body line." "" \
	    "Third body line, after a blank one." >"$T/screen-blank.want"
	while IFS= read -r _l; do
		tm_type "$_l"
	done <"$T/screen-blank.want"
	tm_type "."
	tm_see "S: 250 2.0.0 Ok: queued" || because "message not queued"
	tm_type "QUIT"
	tm_see "S: 221" || because "no 221 on the screen"
	tm capture-pane -p -t blank >"$out"
	tm kill-server >/dev/null 2>&1
	if [ -z "$why" ]; then
		_f=$(mailpy find "$RIG_MAILDIR" "$_rcpt" 30 2>&1) ||
			because "nothing delivered to $_rcpt: $_f"
	fi
	if [ -z "$why" ]; then
		# The typed text, LF line ends, is the end of the file.
		_n=$(wc -c <"$T/screen-blank.want")
		tail -c "$_n" "$_f" | cmp -s - "$T/screen-blank.want" ||
			because "the delivered file does not end with the typed text: $(tail -n 12 "$_f")"
		# And Postfix's own headers sit above it, not after it.
		_h=$(sed -n '/^$/=' "$_f" | head -n 1)
		[ "$(sed -n "$((_h + 1))p" "$_f")" = "First body line." ] ||
			because "the first blank line of $_f is not the one typed before the body"
	fi
	case_end "screen: typed blank lines reach the Maildir byte for byte"
}

# reproduce NAME PORT [OPTION...]: a submission on PORT exported as
# Markdown; then each of its reproduce commands (swaks as /reproduce
# wrote it to a file, curl and openssl from the export), run as printed
# with PASSWORD_FILE set, must deliver the same message
# again. Messages already delivered are moved aside between runs, so each
# check sees only its own.
reproduce() {
	_rn=$1 _rp=$2; shift 2
	_rc=repro-$_rn@remote.example
	mkdir -p "$T/held"
	printf '%s\n' "From: <$RIG_USER>" "To: <$_rc>" \
	    "Subject: smtpx reproduce $_rn" "" "First line." \
	    ".A line that starts with a dot." "Last line." >"$T/$_rn.eml"
	sx "$_rn" "$(tls_login PLAIN)
MAIL FROM:<$RIG_USER>
RCPT TO:<$_rc>
DATA
$(cat "$T/$_rn.eml")
.
QUIT
/reproduce swaks
/reproduce swaks $T/$_rn-swaks.sh
/export $T/$_rn.md" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
	    "$@" "$RIG_HOST" "$_rp"
	expect "^S: 250 2\.0\.0 Ok: queued"
	expect "^\* swaks --server '$RIG_HOST' --port $_rp "
	expect_no_secret
	delivered "$_rc" "$T/$_rn.eml"
	mv "$RIG_MAILDIR"/new/* "$T/held/" 2>/dev/null
	for _tool in swaks curl openssl; do
		awk -v t="### $_tool" '$0 == t { f = 1; next }
		    f && /^```sh$/ { g = 1; next } g && /^```$/ { exit }
		    g { print }' "$T/$_rn.md" >"$T/$_rn-$_tool.md.sh"
		# swaks runs from the file /reproduce wrote, the others
		# from the Markdown export; both hold the same command.
		if [ $_tool = swaks ]; then
			cmp -s "$T/$_rn-swaks.sh" "$T/$_rn-swaks.md.sh" ||
			    because "/reproduce swaks FILE and the export differ"
		else
			cp "$T/$_rn-$_tool.md.sh" "$T/$_rn-$_tool.sh"
		fi
		_save=$out
		out=$T/$_rn-$_tool.sh
		expect_no_secret
		[ -s "$out" ] || because "no $_tool command in $T/$_rn.md"
		PASSWORD_FILE=$RIG_PASSWORD_FILE timeout -k 5 60 \
		    sh "$T/$_rn-$_tool.sh" >"$T/$_rn-$_tool.log" 2>&1 </dev/null ||
		    because "$_tool exited $? ($T/$_rn-$_tool.log: $(tail -5 "$T/$_rn-$_tool.log"))"
		delivered "$_rc" "$T/$_rn.eml"
		mv "$RIG_MAILDIR"/new/* "$T/held/" 2>/dev/null
		out=$_save
	done
}

reproduce_587() {
	case_begin
	reproduce r587 "$RIG_P587"
	case_end "587-like: /reproduce swaks, curl and openssl each deliver the message again"
}

reproduce_465() {
	case_begin
	reproduce r465 "$RIG_P465" --tls
	case_end "465-like: the reproduce commands with implicit TLS deliver the message again"
}

# CHUNKING (RFC 3030): Postfix offers it; /bdat sends the file as it is,
# so the files are CRLF throughout and their dots are not stuffed.
bdat_chunks() {
	case_begin
	for _c in 1 7 default; do
		mailpy small "$T/bdat-$_c.eml" "bdat-$_c@remote.example"
		mailpy crlf "$T/bdat-$_c.eml"
	done
	sx bdat-chunks "$(tls_login PLAIN)
MAIL FROM:<user@peers.test>
RCPT TO:<bdat-1@remote.example>
/bdat $T/bdat-1.eml 1
MAIL FROM:<user@peers.test>
RCPT TO:<bdat-7@remote.example>
/bdat $T/bdat-7.eml 7
MAIL FROM:<user@peers.test>
RCPT TO:<bdat-default@remote.example>
/bdat $T/bdat-default.eml
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^S: 250[- ]CHUNKING"
	_n=$(wc -c <"$T/bdat-1.eml" 2>/dev/null || echo 0)
	expect "^\* sent $T/bdat-1\.eml: $_n bytes in $_n BDAT chunks\$"
	expect "^C: BDAT 1 LAST\$"
	_n=$(wc -c <"$T/bdat-7.eml" 2>/dev/null || echo 0)
	expect "^C: BDAT $((_n % 7 ? _n % 7 : 7)) LAST\$"
	_n=$(wc -c <"$T/bdat-default.eml" 2>/dev/null || echo 0)
	expect "^C: BDAT $_n LAST\$"
	expect_count "^S: 250 2\.0\.0 Ok: .*queued as" 3
	expect_not "^S: [45]"
	expect_not "^C: DATA"
	for _c in 1 7 default; do
		delivered "bdat-$_c@remote.example" "$T/bdat-$_c.eml"
	done
	case_end "587-like: /bdat in chunks of 1, 7 and 1 MiB bytes delivered byte-exact (a chunk boundary inside CRLF, dots unstuffed)"
}

bdat_big() {
	case_begin
	_mb=20 _bound=65536	# KiB of peak RSS allowed
	[ -n "$rig_error" ] || { mailpy big "$T/bdat-big.eml" bdat-big@remote.example $_mb &&
	    mailpy crlf "$T/bdat-big.eml"; }
	_size=$(wc -c <"$T/bdat-big.eml" 2>/dev/null || echo 0)
	if [ ! -x /usr/bin/time ]; then
		because "/usr/bin/time is missing (package time; tests/deps.sh test)"
		out=/dev/null
	else
		sx_wrap="/usr/bin/time -f %M -o $T/bdat-big.rss"
		sx bdat-big "$(tls_login PLAIN)
MAIL FROM:<user@peers.test>
RCPT TO:<bdat-big@remote.example>
/bdat $T/bdat-big.eml
QUIT" --timeout 60 --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
			"$RIG_HOST" "$RIG_P587"
		sx_wrap=
		expect_rc 0
		expect "^\* sent $T/bdat-big\.eml: $_size bytes in $(((_size + 1048575) / 1048576)) BDAT chunks\$"
		expect "^S: 250 2\.0\.0 Ok: $_size bytes queued as"
		_rss=$(tail -n 1 "$T/bdat-big.rss" 2>/dev/null | tr -dc 0-9)
		if [ -z "$_rss" ]; then
			because "no peak RSS measured ($(cat "$T/bdat-big.rss" 2>/dev/null))"
		elif [ "$_rss" -gt $_bound ]; then
			because "peak RSS $_rss KiB for a $_size-byte message, bound $_bound KiB"
		else
			echo "# peers: $_size-byte message as BDAT, smtpx peak RSS $_rss KiB"
		fi
		delivered bdat-big@remote.example "$T/bdat-big.eml"
	fi
	case_end "large message ($_mb MB) as BDAT chunks through STARTTLS delivered intact, peak RSS under $((_bound / 1024)) MB"
}

# PIPELINING (RFC 2920): Postfix offers it. A /pipeline group of MAIL, two
# RCPT and DATA goes in one write (the four C: lines come before any reply),
# each reply is paired with its command, the message sent after the 354 is
# delivered to both, and Postfix logs no "improper command pipelining";
# then /send goes pipelined too.
pipeline_587() {
	case_begin
	[ -n "$rig_error" ] || mailpy small "$T/pipe.eml" pipe-1@remote.example
	sx pipeline "$(tls_login PLAIN)
/pipeline
MAIL FROM:<user@peers.test>
RCPT TO:<pipe-1@remote.example>
RCPT TO:<pipe-2@remote.example>
DATA
/pipeline end
/data $T/pipe.eml
/send user@peers.test pipe-send@remote.example
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^S: 250[- ]PIPELINING"
	expect "^\* pipelining: 4 commands in one write"
	[ -n "$rig_error" ] || [ "$(grep -A4 '^\* pipelining: 4 ' "$out" | grep -c '^C: ')" = 4 ] ||
		because "the group's four C: lines do not come together before its replies"
	expect "^\* that reply answers MAIL FROM:<user@peers\.test> \(1 of 4 in the pipelined group\)\$"
	expect "^\* that reply answers RCPT TO:<pipe-2@remote\.example> \(3 of 4 in the pipelined group\)\$"
	expect "^\* that reply answers DATA \(4 of 4 in the pipelined group\)\$"
	expect "^\* the server offers PIPELINING: MAIL FROM, RCPT TO and DATA go in one write\$"
	expect "^\* pipelining: 3 commands in one write"
	expect_count "^S: 250 2\.0\.0 Ok: .*queued as" 2
	expect_not "^S: [45]"
	expect_not "cannot answer|nobody asked|did not offer PIPELINING"
	! grep -q "improper command pipelining" "$RIG/postfix/maillog" 2>/dev/null ||
		because "Postfix logged: $(grep -m1 "improper command pipelining" "$RIG/postfix/maillog")"
	delivered pipe-1@remote.example "$T/pipe.eml"
	delivered pipe-2@remote.example "$T/pipe.eml"
	[ -n "$rig_error" ] ||
		_f=$(mailpy find "$RIG_MAILDIR" pipe-send@remote.example 30 2>&1) ||
		because "$_f"
	case_end "587-like: a pipelined group MAIL, RCPT, RCPT, DATA delivered to both, and /send pipelined"
}

# A submission to Postfix exported as JSON comes back through --replay
# --batch as the line mode printed it (only Postfix's queue id differs
# from run to run), and --compare against a port 25 session marks the
# STARTTLS and AUTH steps and capabilities.
replay_587() {
	case_begin
	_in="$(tls_login PLAIN)
MAIL FROM:<$RIG_USER>
RCPT TO:<replay@remote.example>
DATA
Subject: smtpx replay

Replayed.
.
QUIT"
	sx replay-text "$_in" --ca-file "$RIG_CA" --password-file \
	    "$RIG_PASSWORD_FILE" "$RIG_HOST" "$RIG_P587"
	expect "^S: 250 2\.0\.0 Ok: queued"
	_text=$out
	sx replay-json "$_in" --format json --ca-file "$RIG_CA" \
	    --password-file "$RIG_PASSWORD_FILE" "$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect_no_secret
	_json=$out
	sx replay-25 "EHLO client.peers.test
QUIT" --format json "$RIG_HOST" "$RIG_P25"
	_j25=$out
	if [ -z "$rig_error" ]; then
		out=$T/replay.out
		"$SMTPX" --replay "$_json" --batch >"$out" 2>&1 ||
		    because "--replay exited $?"
		expect_no_secret
		sed -E 's/queued as [0-9A-Za-z]+/queued as Q/' "$_text" >"$T/replay.a"
		sed -E 's/queued as [0-9A-Za-z]+/queued as Q/' "$out" >"$T/replay.b"
		cmp -s "$T/replay.a" "$T/replay.b" || because "--replay differs" \
		    "$(diff "$T/replay.a" "$T/replay.b" | head -20)"
		grep -q '^   # ' "$out" || because "no notes in the replay"
		out=$T/replay-cmp.out
		"$SMTPX" --compare "$_j25" "$_json" >"$out" 2>&1
		rc=$?
		expect_rc 1
		expect '^\+ STARTTLS +220$'
		expect '^\+ AUTH PLAIN \*{8} +235$'
		expect '^\+ AUTH( [A-Z0-9-]+)* PLAIN( [A-Z0-9-]+)*$'
		expect '^! TLS: none \| TLSv1\.[23], certificate verified$'
	fi
	case_end "587: a session exported as JSON replays line for line; compared with 25 it marks STARTTLS and AUTH"
}

# maildir_wait SECS RCPT STRING...: a file of the rig's Maildir delivered
# to RCPT (Delivered-To) holds every STRING; its name in $found.
maildir_wait() {
	_end=$(($(date +%s) + $1)) _r=$2
	shift 2
	found=
	while :; do
		for _f in "$RIG_MAILDIR"/new/*; do
			[ -f "$_f" ] || continue
			grep -qixF "Delivered-To: $_r" "$_f" || continue
			_all=1
			for _s in "$@"; do
				grep -qF -- "$_s" "$_f" || { _all=; break; }
			done
			[ -n "$_all" ] && { found=$_f; return 0; }
		done
		[ "$(date +%s)" -ge "$_end" ] && return 1
		sleep 0.2
	done
}

# SMTPUTF8 (RFC 6531): Postfix offers it (smtputf8_enable); a message
# from and to UTF-8 addresses, with a UTF-8 subject, is delivered to the
# UTF-8 local part, and the notes explain the parameter and say nothing
# is missing.
smtputf8_587() {
	case_begin
	sx smtputf8 "$(tls_login PLAIN)
MAIL FROM:<送信者@peers.test> SMTPUTF8
RCPT TO:<田中@peers.test>
DATA
From: 送信者 <送信者@peers.test>
To: 田中 <田中@peers.test>
Subject: 件名 smtpx SMTPUTF8

本文: こんにちは
.
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^S: 250[- ]SMTPUTF8"
	expect "^C: MAIL FROM:<送信者@peers.test> SMTPUTF8\$"
	expect "^   # SMTPUTF8: this message may have UTF-8 \\(non-ASCII\\) addresses"
	expect_not "not ASCII"
	expect_not "did not offer"
	expect_count "^S: 250 2\.0\.0 Ok: queued" 1
	if [ -z "$rig_error" ]; then
		maildir_wait 30 "田中@peers.test" "Subject: 件名 smtpx SMTPUTF8" \
		    "本文: こんにちは" "Return-Path: <送信者@peers.test>" ||
		    because "no message for 田中@peers.test in $RIG_MAILDIR/new"
	fi
	case_end "587-like: SMTPUTF8 offered; a message to a UTF-8 local part is delivered to its Maildir"
}

# DSN (RFC 3461): the parameters are taken and explained; Postfix reports
# the recipient that fails at delivery and the one that asked for
# NOTIFY=SUCCESS, each as a multipart/report in the sender's Maildir.
dsn_25() {
	case_begin
	sx dsn "EHLO client.peers.test
MAIL FROM:<dsn-sender@peers.test> RET=HDRS ENVID=smtpx-dsn-17
RCPT TO:<dsn-fail@peers.test> NOTIFY=FAILURE ORCPT=rfc822;dsn-fail@peers.test
RCPT TO:<dsn-ok@peers.test> NOTIFY=SUCCESS,FAILURE
DATA
From: <dsn-sender@peers.test>
Subject: smtpx DSN request

Please report.
.
QUIT" "$RIG_HOST" "$RIG_P25"
	expect_rc 0
	expect "^S: 250[- ]DSN"
	expect_count "^S: 250 2\.1\.5 " 2
	expect "^S: 250 2\.0\.0 Ok: queued"
	expect "^   # RET=HDRS: a failure report \(DSN\)"
	expect "^   # ENVID=smtpx-dsn-17: your own id"
	expect "^   # NOTIFY=FAILURE: ask for a delivery status notification"
	expect "^   # ORCPT=rfc822;dsn-fail@peers.test: the original recipient"
	expect_not "did not offer"
	if [ -z "$rig_error" ]; then
		maildir_wait 30 dsn-sender@peers.test \
		    "report-type=delivery-status" "Action: failed" \
		    "Final-Recipient: rfc822; dsn-fail@peers.test" \
		    "Original-Recipient: rfc822;dsn-fail@peers.test" \
		    "Original-Envelope-Id: smtpx-dsn-17" "Status: 5.1.1" \
		    "text/rfc822-headers" "Subject: smtpx DSN request" ||
		    because "no failure DSN for dsn-sender@peers.test in $RIG_MAILDIR/new"
		maildir_wait 30 dsn-sender@peers.test \
		    "report-type=delivery-status" "Action: delivered" \
		    "Final-Recipient: rfc822; dsn-ok@peers.test" ||
		    because "no success DSN for dsn-sender@peers.test in $RIG_MAILDIR/new"
		maildir_wait 30 dsn-ok@peers.test "Please report." ||
		    because "the message did not reach dsn-ok@peers.test"
	fi
	case_end "25-like: DSN parameters taken; Postfix's failure and success reports reach the sender's Maildir"
}

# The message builder (swaks-like): the command line's --subject, --header,
# --body @FILE and --attach, and an --attach on /send itself, make one
# MIME message; Postfix delivers it and python's email module parses it
# back: the UTF-8 subject, the header, the text, and both attachments
# byte for byte (one binary, past several read windows).
builder_587() {
	case_begin
	_subj="Grüße aus smtpx: 日本語の件名, a subject long enough to be folded in two"
	printf 'Hello from the builder.\nÄ second line, 8-bit.\n' >"$T/builder-body.txt"
	head -c 100003 /dev/urandom >"$T/builder.bin"
	printf 'a small text attachment\n' >"$T/builder notes.txt"
	sx builder "$(tls_login PLAIN)
/send user@peers.test builder@remote.example --attach \"$T/builder notes.txt\"
QUIT" --subject "$_subj" --header "X-Smtpx-Test: builder 1" \
		--body "@$T/builder-body.txt" --attach "$T/builder.bin" \
		--ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_P587"
	expect_rc 0
	expect "^\* the message to send:\$"
	expect "^\* X-Smtpx-Test: builder 1\$"
	expect "^\* \[multipart/mixed: 3 parts\]\$"
	expect "^\* \[2\] application/octet-stream, $T/builder\.bin, 100003 bytes as base64\$"
	expect "^\* \[3\] text/plain, $T/builder notes\.txt, 24 bytes as base64\$"
	# Postfix offers SMTPUTF8 and 8BITMIME: the subject goes as UTF-8.
	if grep -q '^S: 250[- ]SMTPUTF8' "$out"; then
		expect "^C: MAIL FROM:<user@peers\.test> SMTPUTF8 BODY=8BITMIME\$"
	else
		expect "^C: MAIL FROM:<user@peers\.test>( BODY=8BITMIME)?\$"
	fi
	expect "^S: 250 2\.0\.0 Ok: queued"
	if [ -z "$rig_error" ]; then
		if _f=$(mailpy find "$RIG_MAILDIR" builder@remote.example 30 2>&1); then
			_d=$(mailpy mime "$_f" "$_subj" "X-Smtpx-Test: builder 1" \
			    "$T/builder-body.txt" "$T/builder.bin" \
			    "$T/builder notes.txt" 2>&1) ||
			    because "delivered $_f: $_d"
		else
			because "$_f"
		fi
	fi
	case_end "587: /send with --subject, --header, --body @FILE, --attach (binary) delivered; parsed back, attachments byte-exact"
}

# The builder to a Postfix whose EHLO offers no 8BITMIME (RIG_PNO8BIT,
# smtpd_discard_ehlo_keywords): the UTF-8 body goes as quoted-printable,
# with no BODY=8BITMIME and no 8-bit byte in what is delivered; python's
# email module decodes the text part back equal to the file.
builder_qp_587() {
	case_begin
	printf 'Grüße = aus smtpx \n日本語の本文です。とても長い行は柔らかい改行で分けられます。日本語の本文です。\n\tend\t\n' >"$T/builder-qp.txt"
	printf 'attached\n' >"$T/builder-qp-att.txt"
	sx builder-qp "$(tls_login PLAIN)
/send user@peers.test builder-qp@remote.example --subject \"builder qp\" --header \"X-Smtpx-Test: qp\" --body @$T/builder-qp.txt --attach $T/builder-qp-att.txt
QUIT" --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
		"$RIG_HOST" "$RIG_PNO8BIT"
	expect_rc 0
	expect_not "^S: 250[- ]8BITMIME"
	expect "^\* \[1\] text/plain, UTF-8 \(quoted-printable: the server offers no 8BITMIME\)"
	expect "^C: MAIL FROM:<user@peers\.test>\$"
	expect "^S: 250 2\.0\.0 Ok: queued"
	if [ -z "$rig_error" ]; then
		if _f=$(mailpy find "$RIG_MAILDIR" builder-qp@remote.example 30 2>&1); then
			_d=$(mailpy mime "$_f" "builder qp" "X-Smtpx-Test: qp" \
			    "$T/builder-qp.txt" "$T/builder-qp-att.txt" 2>&1) ||
			    because "delivered $_f: $_d"
			$PY -c 'import sys; d = open(sys.argv[1], "rb").read(); sys.exit(any(c >= 0x80 for c in d) or b"Content-Transfer-Encoding: quoted-printable\r\n" not in d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))' "$_f" ||
			    because "delivered $_f: an 8-bit byte, or no quoted-printable part"
		else
			because "$_f"
		fi
	fi
	case_end "587 without 8BITMIME: a UTF-8 --body goes quoted-printable, 7-bit; delivered and decoded back equal"
}

# A 20 MB attachment is read a piece at a time while it goes out as
# base64 (27 MB on the wire): smtpx's peak RSS grows by far less than the
# file's size over the same /send with a 1 KB attachment, and the big
# one arrives byte-exact. (A small ASan quarantine, so that freed TLS
# records do not count as held; other builds ignore it.)
builder_big() {
	case_begin
	_mb=20 _grow=10240	# KiB of peak RSS growth allowed: half the file
	printf 'The big one is attached.\n' >"$T/builder-big.txt"
	head -c $((_mb * 1048576)) /dev/urandom >"$T/builder-big.bin"
	head -c 1024 /dev/urandom >"$T/builder-small.bin"
	if [ ! -x /usr/bin/time ]; then
		because "/usr/bin/time is missing (package time; tests/deps.sh test)"
		out=/dev/null
	else
		for _w in small big; do
			sx_wrap="env ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=4 /usr/bin/time -f %M -o $T/builder-$_w.rss"
			sx builder-$_w "$(tls_login PLAIN)
/send user@peers.test builder-$_w@remote.example --subject $_w --body @$T/builder-big.txt --attach $T/builder-$_w.bin
QUIT" --timeout 60 --ca-file "$RIG_CA" --password-file "$RIG_PASSWORD_FILE" \
				"$RIG_HOST" "$RIG_P587"
			sx_wrap=
			expect_rc 0
			expect "^S: 250 2\.0\.0 Ok: .*queued as"
		done
		_r0=$(tail -n 1 "$T/builder-small.rss" 2>/dev/null | tr -dc 0-9)
		_r1=$(tail -n 1 "$T/builder-big.rss" 2>/dev/null | tr -dc 0-9)
		if [ -z "$_r0" ] || [ -z "$_r1" ]; then
			because "no peak RSS measured ($(cat "$T/builder-small.rss" "$T/builder-big.rss" 2>/dev/null))"
		elif [ $((_r1 - _r0)) -gt $_grow ]; then
			because "peak RSS $_r1 KiB with a $_mb MB attachment, $_r0 KiB with 1 KB: grew more than $_grow KiB"
		else
			echo "# peers: peak RSS $_r0 KiB with a 1 KB attachment, $_r1 KiB with $_mb MB"
		fi
		if [ -z "$rig_error" ]; then
			if _f=$(mailpy find "$RIG_MAILDIR" builder-big@remote.example 60 2>&1); then
				_d=$(mailpy mime "$_f" big "Subject: big" \
				    "$T/builder-big.txt" "$T/builder-big.bin" 2>&1) ||
				    because "delivered $_f: $_d"
			else
				because "$_f"
			fi
		fi
	fi
	case_end "587: /send --attach of a $_mb MB file delivered byte-exact; peak RSS grows under $((_grow / 1024)) MB over a 1 KB one (streamed, not held)"
}

# The probe against the rig (probe_postfix) lives with the probe's tests.
. "$here/../probe/postfix.sh"

# ---- run ---------------------------------------------------------------------
# When the rig (or smtpx) is missing every case still runs its course and
# fails with the reason, so the summary counts all of them.
password=- password_b64=- plain_b64=- wrong_password=-
RIG_HOST=localhost RIG_IP=127.0.0.1 RIG_NAME=mail.peers.test RIG_MAILDIR=
RIG_P25= RIG_P587= RIG_P465= RIG_PWRONG= RIG_PNO8BIT= RIG_CA= RIG_USER=user
RIG_PASSWORD_FILE= RIG_WRONG_PASSWORD_FILE=
if [ ! -x "$SMTPX" ]; then
	rig_error="smtpx binary $SMTPX is missing (make smtpx)"
elif ! rig_error=$(sh "$here/rig-start.sh" "$RIG" 2>&1); then
	rig_error="the rig did not start: $rig_error"
else
	echo "# peers: $rig_error"
	rig_error=
	. "$RIG/rig.env"
	password=$(cat "$RIG_PASSWORD_FILE")
	wrong_password=$(cat "$RIG_WRONG_PASSWORD_FILE")
	password_b64=$(printf '%s' "$password" | base64 -w0)
	plain_b64=$(printf '\0%s\0%s' "$RIG_USER" "$password" | base64 -w0)
fi

for c in $cases; do
	$c
done
t_done
