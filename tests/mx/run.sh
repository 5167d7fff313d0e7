#!/bin/sh
# --mx and --dns-server through the line mode, against a real DNS server:
# dnsmasq on a free loopback port with tests/lib/dns-zone.conf (started
# here, stopped at exit; dnsmasq-base has no system service), and the
# exchangers of peers.py: mx1 refuses, mx2 never answers, mx3 is an SMTP
# server with STARTTLS and a certificate for its own name. About 10 s.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
T=$(t_tmpdir)
PEERS_PID= DNS_PID=
sock=smtpx-mx$$
TM() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
	command -v tmux >/dev/null 2>&1 && TM kill-server >/dev/null 2>&1
	[ -n "$PEERS_PID" ] && kill "$PEERS_PID" 2>/dev/null
	[ -n "$DNS_PID" ] && kill "$DNS_PID" 2>/dev/null
	wait 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

DNSMASQ=/usr/sbin/dnsmasq
if [ ! -x "$DNSMASQ" ]; then
	t_fail "dnsmasq is not installed (sh tests/deps.sh test)"
	t_done
	exit 1
fi

# A CA and mx3.three.test's certificate.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=mx test CA" \
    -keyout "$T/ca.key" -out "$T/ca.crt" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=mx3.three.test" \
    -keyout "$T/mx3.key" -out "$T/mx3.csr" >/dev/null 2>&1
printf 'subjectAltName=DNS:mx3.three.test\n' >"$T/ext"
openssl x509 -req -in "$T/mx3.csr" -CA "$T/ca.crt" -CAkey "$T/ca.key" \
    -CAcreateserial -days 2 -extfile "$T/ext" -out "$T/mx3.crt" \
    >/dev/null 2>&1

$PY "$SMTPX_TOP/tests/mx/peers.py" "$T" >"$T/peers.out" 2>&1 &
PEERS_PID=$!

t_dnsmasq "$SMTPX_TOP/tests/lib/dns-zone.conf" "$T/dnsmasq.out"
DNS_PID=$t_dns_pid DNS_PORT=$t_dns_port
i=0
while [ ! -s "$T/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if [ -z "$DNS_PORT" ] || [ ! -s "$T/port" ]; then
	t_fail "start dnsmasq and the peers" "$(cat "$T/dnsmasq.out" "$T/peers.out")"
	t_done
	exit 1
fi
PORT=$(cat "$T/port")
DEAD=$(cat "$T/deadport")
DNS=127.0.0.1:$DNS_PORT

# mx NAME WANT-STATUS INPUT ARGS...: run the line mode; out in $T/NAME.
mx() {
	_n=$1 _want=$2 _in=$3
	shift 3
	printf '%b' "$_in" | timeout 30 "$SMTPX" --batch --timeout 2 "$@" \
	    >"$T/$_n.out" 2>"$T/$_n.err"
	_rc=$?
	if [ "$_rc" = "$_want" ]; then
		t_ok "$_n: status $_want"
	else
		t_fail "$_n: status $_want" "status $_rc" "$(cat "$T/$_n.out" "$T/$_n.err")"
	fi
}
# has NAME TEXT: the transcript of NAME has the line TEXT (fixed string).
has() {
	if grep -qF -- "$2" "$T/$1.out"; then
		t_ok "$1: $2"
	else
		t_fail "$1: $2" "$(cat "$T/$1.out" "$T/$1.err")"
	fi
}

# Three MX: the first refuses, the second never answers, the third
# greets, and STARTTLS verifies it against its own name, mx3.three.test.
SESSION='EHLO client.test\n/starttls\nEHLO client.test\nQUIT\n'
mx three 0 "$SESSION" --ca-file "$T/ca.crt" --dns-server "$DNS" \
    --mx three.test "$PORT"
has three "* mail exchangers of three.test, in order of preference: mx1.three.test (10), mx2.three.test (20), mx3.three.test (30)"
has three "! target 1 of 3 (mx1.three.test port $PORT): refused"
has three "! target 2 of 3 (mx2.three.test port $PORT): timed out"
has three "* target 3 of 3 (mx3.three.test port $PORT) answered"
has three "220 mx3.three.test ESMTP"
# What arrived at mx3: its own name in SNI, both EHLOs (one inside TLS),
# QUIT; and mx2 got nothing it could answer.
t_check "three: mx3 was sent its own name (SNI)" grep -qx "sni mx3.three.test" "$T/mx3.log"
t_check "three: mx3 saw EHLO, STARTTLS, EHLO in TLS, QUIT" sh -c \
    "tr '\n' '|' <'$T/mx3.log' | grep -q 'EHLO client.test|STARTTLS|sni mx3.three.test|tls TLSv1.[23]|EHLO client.test|QUIT|'"

# --ports maps --mx's port 25 for every exchanger (a classroom's or a
# test's servers on a high port): the same fall-through reaches mx3, and
# the notes keep port 25's role (relay, no AUTH expected).
mx ports 0 'EHLO client.test\nQUIT\n' --dns-server "$DNS" \
    --ports "25=$PORT" --mx three.test
has ports "* port 25 is port $PORT on each mail exchanger here (--ports)"
has ports "* target 3 of 3 (mx3.three.test port $PORT) answered"
has ports "220 mx3.three.test ESMTP"
has ports "   # port 25: relay between mail servers (RFC 5321); no login expected"

# The same through /connect --mx, without a certificate to trust: the
# handshake fails verification for mx3's name and says so.
mx connect 3 "/connect --mx three.test $PORT\nEHLO client.test\n/starttls\nQUIT\n" \
    --dns-server "$DNS"
has connect "* looking up the mail exchangers (MX) of three.test"
has connect "* target 3 of 3 (mx3.three.test port $PORT) answered"
grep -qiE 'certificate.*(verif|trust)|unable to get local issuer|self.signed' \
    "$T/connect.out" && t_ok "connect: the untrusted certificate is named" ||
    t_fail "connect: the untrusted certificate is named" "$(cat "$T/connect.out")"

# A null MX (RFC 7505): no connection, the reason in words.
mx null 3 'QUIT\n' --dns-server "$DNS" --mx null.test "$PORT"
has null "! null.test has a null MX (RFC 7505): the domain says it accepts no mail at all"
grep -q 'connecting to' "$T/null.out" &&
    t_fail "null: nothing is connected to" "$(cat "$T/null.out")" ||
    t_ok "null: nothing is connected to"

# No MX, an address: the implicit MX, the domain itself (nothing listens
# on 127.0.0.1 or ::1 at that port: refused, after both addresses).
mx implicit 3 'QUIT\n' --dns-server "$DNS" --mx implicit.test "$PORT"
has implicit "* implicit.test has no MX record: mail goes to the domain's own address (the implicit MX of RFC 5321)"
has implicit "* connecting to implicit.test port $PORT"
has implicit "! connect to 127.0.0.1:$PORT: Connection refused"

# A domain that does not exist.
mx nxdomain 3 'QUIT\n' --dns-server "$DNS" --mx nowhere.test
has nxdomain "! cannot resolve nowhere.test: no such domain (NXDOMAIN)"

# A DNS server that never answers: the lookup ends at the deadline
# (--timeout 2, shorter than the resolver's own 10 s), with words saying
# so. (test_dns checks the resolver's own deadline.)
start=$(date +%s)
mx deadline 3 'QUIT\n' --dns-server "127.0.0.1:$DEAD" --mx three.test
took=$(( $(date +%s) - start ))
grep -qF "! timed out after 2 s waiting for the MX records of three.test" \
    "$T/deadline.out" && [ "$took" -le 6 ] &&
    t_ok "deadline: ends in ${took} s and says the DNS server did not answer" ||
    t_fail "deadline: ends within 6 s, saying so" "took $took s" "$(cat "$T/deadline.out")"

# --dns-server serves plain names too.
mx plainname 0 'QUIT\n' --dns-server "$DNS" mx3.three.test "$PORT"
has plainname "* connected to mx3.three.test [127.0.0.4:$PORT]"

# Bad usage: exit 2 before anything is tried.
mx badserver 2 '' --dns-server dns.example --mx three.test
grep -q 'bad DNS server "dns.example"' "$T/badserver.err" &&
    t_ok "badserver: says why" || t_fail "badserver: says why" "$(cat "$T/badserver.err")"
mx mxhost 2 '' --mx three.test host.example 25
mx mxnodomain 2 '/connect --mx\nQUIT\n' --dns-server "$DNS"
has mxnodomain "--mx needs a domain"

# The screen (through tmux): --mx on the command line falls through to
# mx3, a session goes on there; then /connect --mx to the null MX.
if command -v tmux >/dev/null 2>&1; then
	mkdir -p "$T/home" "$T/state" "$T/config"
	TM new-session -d -s scr -x 120 -y 30 "env -i PATH=/usr/bin:/bin \
	    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$T/home \
	    XDG_STATE_HOME=$T/state XDG_CONFIG_HOME=$T/config $SMTPX \
	    --timeout 2 --no-notes --ca-file $T/ca.crt --dns-server $DNS \
	    --mx three.test $PORT; echo '[exited]'; sleep 60"
	scr() { TM capture-pane -p -S -200 -t scr; }
	see() {
		_i=0
		while ! scr | grep -qF -- "$1"; do
			[ $_i -ge 100 ] && { t_fail "screen: $1" "$(scr | tail -15)"; return 1; }
			sleep 0.1; _i=$((_i + 1))
		done
		t_ok "screen: $1"
	}
	typ() { TM send-keys -t scr -l -- "$1"; TM send-keys -t scr Enter; }
	see "target 2 of 3 (mx2.three.test port $PORT): timed out"
	see "target 3 of 3 (mx3.three.test port $PORT) answered"
	typ "EHLO screen.test"
	see "250 STARTTLS"
	typ "/starttls"
	see "certificate verified"
	typ "/close"
	see "connection closed"
	typ "/connect --mx null.test"
	see "null.test has a null MX (RFC 7505): the domain says it accepts no mail at all"
	t_check "screen: mx3 got EHLO screen.test and TLS for its name" sh -c \
	    "tr '\n' '|' <'$T/mx3.log' | grep -q 'EHLO screen.test|STARTTLS|sni mx3.three.test|tls TLSv1.[23]|'"
	typ "/quit"
else
	t_fail "tmux is installed (tests/deps.sh test)"
fi

t_done
