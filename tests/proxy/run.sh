#!/bin/sh
# tests/proxy: --proxy and /connect --proxy (SOCKS5) through the line mode
# and the screen, against a real SOCKS5 server and a scripted one.
#
# The real one is Dante (danted, package dante-server; its Debian service
# is never started: danted runs here in the foreground with this suite's
# own config, on a free loopback port, and is stopped at exit). It runs in
# a mount namespace of its own (unshare -m) where /etc/hosts is this
# suite's: there, and only there, mail.peers.test (the Postfix rig of
# tests/peers) and lab.test (a --lab-serve started here) resolve to
# 127.0.0.1. So the targets are reachable only through the proxy BY NAME,
# which is the point of the feature (the proxy resolves: SOCKS5 ATYP 3); a
# case checks that smtpx cannot resolve them itself. A network namespace
# would hide the ports as well, but the Postfix rig must run in this one
# (its tests start it here), and the name is what the proxy has to carry.
# For --mx, dnsmasq (as tests/mx) serves MX records whose exchangers'
# names, again, only the proxy resolves.
# Dante's rule set refuses one port (reply 2) and a port nobody listens
# on is refused (reply 5). The probe (--probe --proxy, /probe --proxy)
# goes through Dante too: probe.test's MX and SRV records point at
# mail.peers.test, which again only the proxy resolves.
#
# fakeproxy.py is the scripted proxy: a short reply, a SOCKS4 answer, one
# that never answers (the connect deadline, and Ctrl-C on the screen), a
# greeting sent in the same write as the reply, and an RFC 1929 login
# (Dante's login needs system users).
#
# Needs root (Postfix, unshare). About 25 s. PROXY_KEEP=1 keeps the files.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/common.sh"

T=$(t_tmpdir)
RIG=$T/rig
chmod 711 "$T" && mkdir "$RIG" || exit 1
DANTE_PID= LAB_PID= FAKE_PIDS= DNS_PID=
tsock=smtpx-proxy$$
tm() { tmux -L "$tsock" -f /dev/null "$@"; }
cleanup() {
	command -v tmux >/dev/null 2>&1 && tm kill-server >/dev/null 2>&1
	for _p in $DANTE_PID $LAB_PID $FAKE_PIDS $DNS_PID; do
		kill "$_p" 2>/dev/null
	done
	[ -d "$RIG/postfix" ] && sh "$SMTPX_TOP/tests/peers/rig-stop.sh" "$RIG"
	wait 2>/dev/null
	if [ -n "${PROXY_KEEP:-}" ]; then
		echo "# proxy: kept $T"
	else
		rm -rf "$T"
	fi
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

mailpy() { "$PY" "$SMTPX_TOP/tests/peers/mail.py" "$@"; }
freeport() {
	"$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
# wait_file FILE: until it exists (at most 10 s).
wait_file() {
	_i=0
	while [ ! -s "$1" ] && [ $_i -lt 100 ]; do sleep 0.1; _i=$((_i + 1)); done
	[ -s "$1" ]
}

# sx NAME INPUT [OPTIONS...]: one line-mode session; $out, $rc, $secs.
sx() {
	_name=$1 _in=$2; shift 2
	printf '%s\n' "$_in" >"$T/$_name.in"
	out=$T/$_name.out
	_t0=$(date +%s)
	timeout -k 5 60 "$SMTPX" --batch "$@" <"$T/$_name.in" >"$out" 2>&1
	rc=$?
	secs=$(( $(date +%s) - _t0 ))
}
case_begin() { why=; }
because() { why="$why
$*"; }
expect() { grep -Eq -- "$1" "$out" || because "no line matching /$1/ in $out"; }
expect_not() {
	! grep -Eq -- "$1" "$out" || because "unexpected line matching /$1/: $(grep -E -m1 -- "$1" "$out")"
}
expect_rc() { [ "$rc" = "$1" ] || because "exit status $rc, expected $1"; }
case_end() {
	if [ -n "$setup_error" ]; then
		t_fail "$1" "not run: $setup_error"
	elif [ -z "$why" ]; then
		t_ok "$1"
	else
		t_fail "$1" "$why" "-- transcript ($out):" "$(tail -n 30 "$out" 2>/dev/null)"
	fi
}

# ---- the rig: Postfix, the lab, Dante, the scripted proxies -----------------
setup_error=
start_all() {
	[ "$(id -u)" = 0 ] || { setup_error="needs root (Postfix, unshare)"; return; }
	[ -x /usr/sbin/danted ] || { setup_error="danted is missing (sh tests/deps.sh test installs dante-server)"; return; }
	[ -x "$SMTPX" ] || { setup_error="no $SMTPX (make smtpx)"; return; }
	if ! _e=$(sh "$SMTPX_TOP/tests/peers/rig-start.sh" "$RIG" 2>&1); then
		setup_error="the Postfix rig did not start: $_e"
		return
	fi
	. "$RIG/rig.env"
	# The lab, for its port 465 and a certificate for lab.test.
	for _try in 1 2 3 4 5; do
		LAB_BASE=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom) % 30000 ))
		: >"$T/lab.out"
		"$SMTPX" --lab-serve --port-base "$LAB_BASE" \
		    --lab-ca "$T/lab-ca.pem" >"$T/lab.out" 2>&1 &
		LAB_PID=$!
		_i=0
		while ! grep -q "^CA certificate" "$T/lab.out" && [ $_i -lt 50 ] &&
		    kill -0 "$LAB_PID" 2>/dev/null; do
			sleep 0.1; _i=$((_i + 1))
		done
		grep -q "^CA certificate" "$T/lab.out" && break
		kill "$LAB_PID" 2>/dev/null; wait "$LAB_PID" 2>/dev/null; LAB_PID=
	done
	[ -n "$LAB_PID" ] || { setup_error="the lab did not start: $(cat "$T/lab.out")"; return; }
	# Names only the proxy knows.
	printf '127.0.0.1\tlocalhost\n127.0.0.1\t%s lab.test\n127.0.0.2\trefuse.peers.test\n' \
	    "$RIG_NAME" >"$T/hosts"
	BLOCKED=$RIG_P587
	CLOSED=$(freeport)
	for _try in 1 2 3 4 5; do
		DANTE_PORT=$(freeport)
		cat >"$T/danted.conf" <<EOF
logoutput: $T/danted.log
internal: 127.0.0.1 port = $DANTE_PORT
external: lo
clientmethod: none
socksmethod: none
user.privileged: root
user.unprivileged: nobody
client pass { from: 127.0.0.0/8 to: 0.0.0.0/0 }
socks block { from: 0.0.0.0/0 to: 0.0.0.0/0 port = $BLOCKED log: error }
socks pass { from: 127.0.0.0/8 to: 127.0.0.0/8 command: connect }
EOF
		unshare -m sh -c "mount --bind '$T/hosts' /etc/hosts && exec /usr/sbin/danted -N 1 -f '$T/danted.conf' -p '$T/danted.pid'" \
		    >"$T/danted.out" 2>&1 &
		DANTE_PID=$!
		_i=0
		while ! "$PY" -c "import socket; socket.create_connection(('127.0.0.1', $DANTE_PORT), 1)" 2>/dev/null &&
		    [ $_i -lt 30 ] && kill -0 "$DANTE_PID" 2>/dev/null; do
			sleep 0.1; _i=$((_i + 1))
		done
		kill -0 "$DANTE_PID" 2>/dev/null && [ $_i -lt 30 ] && break
		kill "$DANTE_PID" 2>/dev/null; wait "$DANTE_PID" 2>/dev/null; DANTE_PID=
	done
	[ -n "$DANTE_PID" ] || { setup_error="danted did not start: $(cat "$T/danted.out" "$T/danted.log" 2>/dev/null)"; return; }
	PROXY=socks5://127.0.0.1:$DANTE_PORT
	# DNS for --mx: proxied.test's exchangers, whose own names only the
	# proxy resolves (dnsmasq-base: no system service).
	printf '%s\n' "local=/test/" \
	    "mx-host=proxied.test,mail.peers.test,20" \
	    "mx-host=proxied.test,refuse.peers.test,10" \
	    "mx-host=probe.test,mail.peers.test,10" \
	    "srv-host=_submission._tcp.probe.test,mail.peers.test,587,0,1" \
	    "srv-host=_submissions._tcp.probe.test,mail.peers.test,465,0,1" \
	    >"$T/zone.conf"
	t_dnsmasq "$T/zone.conf" "$T/dnsmasq.out"
	DNS_PID=$t_dns_pid DNS_PORT=$t_dns_port
	[ -n "$DNS_PID" ] || { setup_error="dnsmasq did not start: $(cat "$T/dnsmasq.out")"; return; }
	printf 'Pr0xy pass\n' >"$T/password"
	printf 'wrong\n' >"$T/wrong-password"
	for _m in short version silent greet login; do
		"$PY" "$here/fakeproxy.py" "$T" "$_m" 2>>"$T/fake.err" &
		FAKE_PIDS="$FAKE_PIDS $!"
	done
	for _m in short version silent greet login; do
		wait_file "$T/$_m.port" || { setup_error="fakeproxy $_m did not start: $(cat "$T/fake.err")"; return; }
	done
}
fake() { echo "socks5://${2:-}127.0.0.1:$(cat "$T/$1.port")"; }

# ---- the cases ----------------------------------------------------------------
# Without the proxy the names do not resolve here: what follows proves the
# proxy resolved them.
c_names_only_proxy() {
	case_begin
	sx names-direct "QUIT" --timeout 5 "$RIG_NAME" "$RIG_P25"
	expect_rc 3
	expect "^! cannot resolve|^! .*$RIG_NAME"
	expect_not "^S: 220"
	case_end "without the proxy, $RIG_NAME does not resolve here"
}

# Line mode through Dante to Postfix: STARTTLS verified against the
# target's name, a message delivered into the Maildir.
c_postfix_starttls() {
	case_begin
	mailpy small "$T/msg.eml" proxied@peers.test
	sx postfix "EHLO client.peers.test
/starttls
EHLO client.peers.test
MAIL FROM:<sender@remote.example>
RCPT TO:<proxied@peers.test>
DATA
/data $T/msg.eml
QUIT" --timeout 20 --ca-file "$RIG_CA" --proxy "$PROXY" "$RIG_NAME" "$RIG_P25"
	expect_rc 0
	expect "^\* through the SOCKS5 proxy at 127\.0\.0\.1 port $DANTE_PORT, which resolves $RIG_NAME itself"
	expect "^\* connected to $RIG_NAME port $RIG_P25 through the SOCKS5 proxy at 127\.0\.0\.1:$DANTE_PORT"
	expect "^S: 220 $RIG_NAME ESMTP"
	expect "^\* certificate verified for $RIG_NAME"
	expect "^S: 250 2\.0\.0 Ok: queued"
	if [ -z "$why" ]; then
		_f=$(mailpy find "$RIG_MAILDIR" proxied@peers.test 30 2>&1) || because "$_f"
		[ -z "$why" ] && { _d=$(mailpy compare "$_f" "$T/msg.eml" 2>&1) || because "delivered differs: $_d"; }
	fi
	case_end "line mode through Dante to Postfix: STARTTLS verified by name, message delivered"
}

# Implicit TLS on the lab's 465 through the proxy, verified as lab.test
# (the URL written socks5h://, as curl spells "the proxy resolves").
c_lab_465() {
	case_begin
	sx lab465 "EHLO client.example
QUIT" --timeout 20 --ca-file "$T/lab-ca.pem" --tls \
	    --proxy "socks5h://127.0.0.1:$DANTE_PORT" lab.test $((LAB_BASE + 465))
	expect_rc 0
	expect "^\* connecting to lab\.test port $((LAB_BASE + 465)) with TLS"
	expect "^\* TLS established"
	expect "^\* certificate verified for lab\.test"
	expect "^S: 220 lab\.test ESMTP"
	expect "^S: 221"
	case_end "implicit TLS to the lab's 465 through Dante, verified as lab.test"
}

# /connect --proxy in the line mode, for one connection; the next /connect
# goes directly again.
c_connect_cmd() {
	case_begin
	sx connect-cmd "/connect --proxy $PROXY $RIG_NAME $RIG_P25
EHLO client.peers.test
QUIT
/connect 127.0.0.1 $RIG_P25
QUIT" --timeout 20
	expect_rc 0
	expect "^\* connected to $RIG_NAME port $RIG_P25 through the SOCKS5 proxy"
	expect "^\* connected to 127\.0\.0\.1 \[127\.0\.0\.1:$RIG_P25\]"
	[ "$(grep -c '^S: 221' "$out")" = 2 ] || because "not two sessions ended with 221"
	[ "$(grep -c 'through the SOCKS5 proxy at' "$out")" = 2 ] || because "the second /connect went through the proxy too"
	case_end "/connect --proxy URL HOST PORT: through the proxy for that connection only"
}

# --mx through the proxy: the MX set is looked up here, each exchanger is
# reached through the proxy by name; the first is refused (reply 5), the
# second answers and is verified against its own name.
c_mx() {
	case_begin
	sx mx "EHLO client.peers.test
/starttls
EHLO client.peers.test
QUIT" --timeout 20 --ca-file "$RIG_CA" --dns-server "127.0.0.1:$DNS_PORT" \
	    --proxy "$PROXY" --mx proxied.test "$RIG_P25"
	expect_rc 0
	expect "^\* mail exchangers of proxied\.test, in order of preference: refuse\.peers\.test \(10\), mail\.peers\.test \(20\)"
	expect "could not connect to refuse\.peers\.test port $RIG_P25: connection refused \(SOCKS reply 5\)"
	expect "^! target 1 of 2 \(refuse\.peers\.test port $RIG_P25\): refused \(by the proxy: connection refused\)"
	expect "^\* connected to $RIG_NAME port $RIG_P25 through the SOCKS5 proxy"
	expect "^\* certificate verified for $RIG_NAME"
	expect "^S: 221"
	case_end "--mx through the proxy: a refused exchanger, then the next, verified by its name"
}

c_ruleset() {
	case_begin
	sx ruleset "QUIT" --timeout 10 --proxy "$PROXY" "$RIG_NAME" "$BLOCKED"
	expect_rc 3
	expect "^! SOCKS5 proxy at 127\.0\.0\.1:$DANTE_PORT: the proxy could not connect to $RIG_NAME port $BLOCKED: connection not allowed by the proxy's rule set \(SOCKS reply 2\)"
	expect_not "^S: "
	case_end "proxy refuses by its rule set: reply 2 in words, exit 3"
}

c_target_refused() {
	case_begin
	sx refused "QUIT" --timeout 10 --proxy "$PROXY" "$RIG_NAME" "$CLOSED"
	expect_rc 3
	expect "^! SOCKS5 proxy at .*: the proxy could not connect to $RIG_NAME port $CLOSED: connection refused \(SOCKS reply 5\)"
	case_end "target refuses: the proxy's reply 5 says connection refused"
}

c_proxy_down() {
	case_begin
	sx proxy-down "QUIT" --timeout 10 --proxy "socks5://127.0.0.1:$CLOSED" "$RIG_NAME" 25
	expect_rc 3
	expect "^! connect to 127\.0\.0\.1:$CLOSED: Connection refused"
	case_end "no proxy listening: the connect to the proxy is refused, exit 3"
}

c_short() {
	case_begin
	sx short "QUIT" --timeout 10 --proxy "$(fake short)" mx.example.test 25
	expect_rc 3
	expect "^! SOCKS5 proxy at .*: the proxy closed the connection before its reply was whole \(3 of 4 bytes came\): a short reply"
	[ "$secs" -lt 5 ] || because "took $secs s: a short reply must end at once"
	grep -q "connect mx.example.test 25 atyp 3" "$T/short.log" || because "the proxy was not asked by name: $(cat "$T/short.log")"
	case_end "hostile proxy: a short reply is an error at once"
}

c_version() {
	case_begin
	sx version "QUIT" --timeout 10 --proxy "$(fake version)" mx.example.test 25
	expect_rc 3
	expect "version 4, not 5: not a SOCKS5 proxy"
	case_end "hostile proxy: a SOCKS4 answer is not taken for SOCKS5"
}

c_silent() {
	case_begin
	sx silent "QUIT" --timeout 2 --proxy "$(fake silent)" mx.example.test 25
	expect_rc 3
	expect "^! connect to mx\.example\.test port 25 through the SOCKS5 proxy at 127\.0\.0\.1:[0-9]+ timed out after 2 s"
	expect_not "port 25 .*block"
	[ "$secs" -le 6 ] || because "took $secs s with --timeout 2"
	case_end "hostile proxy: one that never answers ends at the connect deadline"
}

c_greet() {
	case_begin
	sx greet "QUIT" --timeout 10 --proxy "$(fake greet)" \
	    --debug "$T/greet.debug" mx.example.test 25
	expect_rc 0
	grep -q "SOCKS5 handshake done" "$T/greet.debug" || because "no SOCKS5 step in the --debug trace"
	expect "^S: 220 fake\.test ESMTP after the proxy's reply"
	expect "^S: 221"
	case_end "a greeting in the same packet as the proxy's reply is not lost"
}

c_login() {
	case_begin
	sx login "EHLO client.example
QUIT" --timeout 10 --proxy "$(fake login alice@)" \
	    --proxy-password-file "$T/password" lab.test $((LAB_BASE + 25))
	expect_rc 0
	expect "^S: 220 lab\.test ESMTP"
	! grep -Fq "Pr0xy pass" "$out" || because "the proxy password is in the transcript"
	grep -q "login ok for alice" "$T/login.log" || because "no login: $(cat "$T/login.log")"
	sx login-wrong "QUIT" --timeout 10 --proxy "$(fake login alice@)" \
	    --proxy-password-file "$T/wrong-password" lab.test $((LAB_BASE + 25))
	expect_rc 3
	expect "the proxy refused the login of user alice .*wrong user or password"
	sx login-nofile "QUIT" --proxy "$(fake login alice@)" lab.test 25
	expect_rc 2
	expect "proxy user alice needs its password in a file: --proxy-password-file"
	sx login-inurl "QUIT" --proxy "socks5://alice:Pr0xy@127.0.0.1:1080" lab.test 25
	expect_rc 2
	expect "no password in the proxy URL"
	case_end "RFC 1929 login: the password from --proxy-password-file, never shown; refused in words"
}

c_bad_url() {
	case_begin
	sx bad-url "QUIT" --proxy "http://127.0.0.1:3128" lab.test 25
	expect_rc 2
	expect "smtpx: --proxy: the proxy must be socks5://HOST:PORT"
	sx bad-cmd "/connect --proxy socks5://127.0.0.1 lab.test 25
/connect --proxy
QUIT"
	expect "--proxy: the proxy needs a port"
	expect "--proxy needs socks5://HOST:PORT"
	expect_not "^\* connecting"
	case_end "a bad proxy URL is a usage error, on the command line and in /connect"
}

# --probe through Dante: probe.test's MX and SRV records come from
# dnsmasq (--dns-server), but mail.peers.test has no address there: only
# the proxy resolves it, so every endpoint is probed by name through the
# proxy (25 and 465 answer and verify as mail.peers.test, Dante's rule
# set refuses the 587 listener), the login goes over the proxied TLS of
# 465. Without the proxy the same probe finds no endpoint at all.
c_probe() {
	case_begin
	_ports="25=$RIG_P25,587=$RIG_P587,465=$RIG_P465"
	out=$T/probe.out
	timeout -k 5 60 "$SMTPX" --probe --timeout 10 --ca-file "$RIG_CA" \
	    --dns-server "127.0.0.1:$DNS_PORT" --ports "$_ports" \
	    --proxy "$PROXY" --user "$RIG_USER" \
	    --password-file "$RIG_PASSWORD_FILE" probe.test \
	    </dev/null >"$out" 2>&1
	rc=$?
	# The table's wrapped rows joined again (see tests/probe/postfix.sh).
	awk 'NR > 1 && /^    / && $1 != "evidence:" {
		sub(/^ +/, ""); printf " %s", $0; next }
	    NR > 1 { print "" }
	    { printf "%s", $0 }
	    END { print "" }' "$out" >"$out.flat"
	out=$out.flat
	expect_rc 1
	expect "^  MX   10     mail\.peers\.test  \(no address\)$"
	expect "^  25>$RIG_P25 +mx +mail\.peers\.test \[by the proxy\]  answered .*TLSv1\.[23], verified"
	expect "^  587>$RIG_P587 submission  mail\.peers\.test \[by the proxy\]  failed \(by the proxy: connection not allowed by the proxy's rule set\)"
	expect "^  465>$RIG_P465 submissions mail\.peers\.test \[by the proxy\]  answered .*verified.*, login ok$"
	expect "^  greeting    mail\.peers\.test ESMTP Postfix"
	expect "^  info    login-ok: $RIG_USER logged in on mail\.peers\.test over TLS$"
	expect "^  warning port-closed: mail\.peers\.test port 587"
	expect_not "PTR|no-reverse-dns|banner-ptr-mismatch"
	! grep -Fq "$(cat "$RIG_PASSWORD_FILE")" "$out" || because "the password is in $out"
	out=$T/probe.json
	timeout -k 5 60 "$SMTPX" --probe --format json --timeout 10 \
	    --ca-file "$RIG_CA" --dns-server "127.0.0.1:$DNS_PORT" \
	    --ports "$_ports" --proxy "$PROXY" probe.test </dev/null >"$out" 2>&1
	rc=$?
	expect_rc 1
	"$PY" -c 'import json,sys
d = json.load(open(sys.argv[1]))
ep = {e["port"]: e for e in d["endpoints"]}
assert d["dns"]["mx"][0]["addrs"] == [], d["dns"]["mx"]
assert sorted(ep) == [25, 465, 587], ep
assert all(e["addr"] is None and e["host"] == "mail.peers.test" for e in ep.values())
assert ep[25]["result"] == "answered" and ep[25]["tls"]["verified"]
assert ep[465]["result"] == "answered" and ep[465]["tls"]["verified"]
assert ep[587]["result"] == "failed"' "$out" >"$T/probe.py.err" 2>&1 ||
	    because "JSON: $(cat "$T/probe.py.err")"
	out=$T/probe-direct.out
	timeout -k 5 60 "$SMTPX" --probe --timeout 5 --ca-file "$RIG_CA" \
	    --dns-server "127.0.0.1:$DNS_PORT" --ports "$_ports" probe.test \
	    </dev/null >"$out" 2>&1
	rc=$?
	expect_rc 3
	expect "^endpoints: 0"
	case_end "--probe --proxy: the names go to the proxy, the DNS facts come from --dns-server"
}

# /probe --proxy URL TARGET on the screen, as /connect --proxy; the
# next /probe without it goes directly again.
c_probe_screen() {
	case_begin
	out=$T/probe.screen
	: >"$out"
	if [ -z "$setup_error" ] && ! command -v tmux >/dev/null 2>&1; then
		because "tmux is missing (tests/deps.sh test)"
	elif [ -z "$setup_error" ]; then
		mkdir -p "$T/home" "$T/state"
		tm new-session -d -s q -x 110 -y 80 "env -i PATH=/usr/bin:/bin \
		    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$T/home \
		    XDG_STATE_HOME=$T/state $SMTPX --timeout 10 --no-notes \
		    --ca-file $RIG_CA --dns-server 127.0.0.1:$DNS_PORT \
		    --ports 25=$RIG_P25,587=$RIG_P587,465=$RIG_P465; \
		    echo '[exited]'; sleep 600"
		_i=0
		while ! tm capture-pane -p -t q | grep -Fq "smtpx>"; do
			[ $_i -ge 100 ] && break
			_i=$((_i + 1)); sleep 0.1
		done
		tm send-keys -t q -l "/probe --proxy $PROXY probe.test"
		tm send-keys -t q Enter
		_i=0
		while ! tm capture-pane -p -J -t q | grep -Fq "probe of probe.test finished"; do
			[ $_i -ge 200 ] && break
			_i=$((_i + 1)); sleep 0.1
		done
		# The pane holds only what the screen shows: keep each probe's.
		tm capture-pane -p -J -t q >"$out"
		tm send-keys -t q -l "/probe probe.test"
		tm send-keys -t q Enter
		_i=0
		while ! tm capture-pane -p -J -t q | grep -Fq "exit status 3"; do
			[ $_i -ge 200 ] && break
			_i=$((_i + 1)); sleep 0.1
		done
		tm capture-pane -p -J -t q | sed -n '/exit status 1 in/,$p' >>"$out"
		tm kill-server >/dev/null 2>&1
		expect "through the SOCKS5 proxy at 127\.0\.0\.1 port $DANTE_PORT, which resolves the names"
		expect "25>$RIG_P25 +mx +mail\.peers\.test \[by the proxy\]  answered"
		expect "465>$RIG_P465 submissions mail\.peers\.test \[by the proxy\]  answered"
		expect "probe of probe\.test finished \(exit status 1 in the line mode\)"
		expect "probe of probe\.test finished \(exit status 3 in the line mode\)"
		[ "$(grep -c "which resolves the names" "$out")" = 1 ] ||
		    because "the second /probe went through the proxy too"
	fi
	case_end "screen: /probe --proxy URL TARGET through Dante, for that probe only"
}

# The screen: --proxy on the command line, a proxy that never answers, and
# Ctrl-C stops the wait at once.
c_screen_cancel() {
	case_begin
	out=$T/screen.screen
	: >"$out"
	if [ -z "$setup_error" ] && ! command -v tmux >/dev/null 2>&1; then
		because "tmux is missing (tests/deps.sh test)"
	elif [ -z "$setup_error" ]; then
		mkdir -p "$T/home" "$T/state"
		tm new-session -d -s p -x 110 -y 30 "env -i PATH=/usr/bin:/bin \
		    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$T/home \
		    XDG_STATE_HOME=$T/state $SMTPX --timeout 30 \
		    --proxy $(fake silent) mx.example.test 25; \
		    echo '[exited]'; sleep 600"
		_i=0
		while ! tm capture-pane -p -t p | grep -Fq "asking it to connect"; do
			[ $_i -ge 100 ] && break
			_i=$((_i + 1)); sleep 0.1
		done
		tm send-keys -t p C-c
		_i=0
		while ! tm capture-pane -p -t p | grep -Fq "cancelled:"; do
			[ $_i -ge 30 ] && break
			_i=$((_i + 1)); sleep 0.1
		done
		tm capture-pane -p -J -t p >"$out"
		tm kill-server >/dev/null 2>&1
		expect "through the SOCKS5 proxy at 127\.0\.0\.1 port"
		expect "cancelled: connect to mx\.example\.test port 25 through the SOCKS5 proxy"
	fi
	case_end "screen: --proxy, and Ctrl-C stops a proxy that never answers"
}

start_all
[ -n "$setup_error" ] && echo "# proxy: $setup_error"
for c in c_names_only_proxy c_postfix_starttls c_lab_465 c_connect_cmd \
    c_mx c_ruleset c_target_refused c_proxy_down c_short c_version c_silent \
    c_greet c_login c_bad_url c_screen_cancel c_probe c_probe_screen; do
	$c
done
t_done
