#!/bin/sh
# --probe and /probe against a real DNS server and real SMTP servers on
# loopback: dnsmasq on a free port with tests/probe/zone.conf (the set-up
# of tests/mx), and the servers of tests/probe/peers.py on 127.0.0.21-28,
# all on three shared ports that --ports maps 25, 587 and 465 onto. Port
# 25 "blocked" is a listener whose backlog is full and never accepted (the
# lab's OP25B trick), so the kernel drops every SYN and connect() times
# out, as behind an ISP's block. The line mode is checked as text and as
# JSON (python's json module), every text line at most 80 columns by
# display width (one greeting is in Japanese); the screen through tmux:
# /probe's completion and usage, /probe lab with the lab's OP25B switch
# off and on, Ctrl-C stopping a probe, and the rows at 60 columns.
# About 25 s (11 of them the tarpit). The probe against real Postfix is
# in the peers suite (tests/probe/postfix.sh), through a real SOCKS5
# proxy in the proxy suite.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
T=$(t_tmpdir)
PEERS_PID= DNS_PID= SOCKS_PID=
sock=smtpx-probe$$
TM() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
	command -v tmux >/dev/null 2>&1 && TM kill-server >/dev/null 2>&1
	[ -n "$PEERS_PID" ] && kill "$PEERS_PID" 2>/dev/null
	[ -n "$DNS_PID" ] && kill "$DNS_PID" 2>/dev/null
	[ -n "$SOCKS_PID" ] && kill "$SOCKS_PID" 2>/dev/null
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

# A CA; certificates for mx.good.test, smtp.good.test (5 days: expires
# soon) and other.test (what smtp.bad.test shows).
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=probe test CA" \
    -keyout "$T/ca.key" -out "$T/ca.crt" >/dev/null 2>&1
for n in mx.good.test smtp.good.test other.test; do
	days=200
	[ "$n" = smtp.good.test ] && days=5
	openssl req -newkey rsa:2048 -nodes -subj "/CN=$n" \
	    -keyout "$T/$n.key" -out "$T/$n.csr" >/dev/null 2>&1
	printf 'subjectAltName=DNS:%s\n' "$n" >"$T/ext"
	openssl x509 -req -in "$T/$n.csr" -CA "$T/ca.crt" -CAkey "$T/ca.key" \
	    -CAcreateserial -days $days -extfile "$T/ext" -out "$T/$n.crt" \
	    >/dev/null 2>&1
done

# smtp.old.test's expired a year ago (openssl ca can date it).
printf '[ca]\ndefault_ca=d\n[d]\ndatabase=%s/index\nnew_certs_dir=%s\nserial=%s/serial\ndefault_md=sha256\npolicy=p\ncopy_extensions=copy\n[p]\ncommonName=supplied\n' \
    "$T" "$T" "$T" >"$T/ca.cnf"
: >"$T/index"
echo 1000 >"$T/serial"
openssl req -newkey rsa:2048 -nodes -subj "/CN=smtp.old.test" \
    -addext "subjectAltName=DNS:smtp.old.test" \
    -keyout "$T/smtp.old.test.key" -out "$T/smtp.old.test.csr" >/dev/null 2>&1
openssl ca -batch -config "$T/ca.cnf" -cert "$T/ca.crt" -keyfile "$T/ca.key" \
    -startdate 20240101000000Z -enddate 20250101000000Z -notext \
    -in "$T/smtp.old.test.csr" -out "$T/smtp.old.test.crt" >"$T/ca.out" 2>&1 ||
    t_fail "make an expired certificate" "$(cat "$T/ca.out")"

$PY "$SMTPX_TOP/tests/probe/peers.py" "$T" >"$T/peers.out" 2>&1 &
PEERS_PID=$!
t_dnsmasq "$SMTPX_TOP/tests/probe/zone.conf" "$T/dnsmasq.out"
DNS_PID=$t_dns_pid DNS_PORT=$t_dns_port
i=0
while [ ! -s "$T/ports" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if [ -z "$DNS_PORT" ] || [ ! -s "$T/ports" ]; then
	t_fail "start dnsmasq and the peers" "$(cat "$T/dnsmasq.out" "$T/peers.out")"
	t_done
	exit 1
fi
read P25 P587 P465 <"$T/ports"
DNS=127.0.0.1:$DNS_PORT
PORTS=25=$P25,587=$P587,465=$P465
printf 'secret\n' >"$T/pw"
printf 'wrong\n' >"$T/pwbad"

# probe NAME WANT-STATUS ARGS...: run smtpx --probe; out in $T/NAME.out.
probe() {
	_n=$1 _want=$2
	shift 2
	: >"$T/log"
	timeout 30 "$SMTPX" --probe --timeout 2 --ca-file "$T/ca.crt" \
	    --dns-server "$DNS" --ports "$PORTS" "$@" </dev/null \
	    >"$T/$_n.out" 2>"$T/$_n.err"
	_rc=$?
	cp "$T/log" "$T/$_n.log"
	if [ "$_rc" = "$_want" ]; then
		t_ok "$_n: status $_want"
	else
		t_fail "$_n: status $_want" "status $_rc" "$(cat "$T/$_n.out" "$T/$_n.err")"
	fi
}
# has NAME TEXT: the output of NAME has TEXT (a fixed string).
has() {
	if grep -qF -- "$2" "$T/$1.out"; then
		t_ok "$1: $2"
	else
		t_fail "$1: $2" "$(cat "$T/$1.out" "$T/$1.err")"
	fi
}
# hasw NAME TEXT: TEXT is in the output of NAME once the table's
# wrapping is undone (every run of spaces and line ends as one space).
hasw() {
	_want=$(printf '%s' "$2" | tr -s ' ')
	if tr -s ' \n' '  ' <"$T/$1.out" | grep -qF -- "$_want"; then
		t_ok "$1: $2"
	else
		t_fail "$1: $2 (wrapped)" "$(cat "$T/$1.out" "$T/$1.err")"
	fi
}
# fits NAME: every line of NAME's text output is at most 80 columns wide
# by display width (a CJK character takes two) and ends in no space.
fits() {
	if $PY -c 'import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
bad = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines()
       if width(l) > 80 or l.endswith(" ")]
sys.exit("\n".join("%d: %s" % (width(l), l) for l in bad) if bad else 0)' \
	    "$T/$1.out" 2>"$T/fits.err"; then
		t_ok "$1: every line fits 80 columns"
	else
		t_fail "$1: every line fits 80 columns" "$(cat "$T/fits.err")"
	fi
}
hasnt() {
	if grep -qF -- "$2" "$T/$1.out"; then
		t_fail "$1: no $2" "$(cat "$T/$1.out")"
	else
		t_ok "$1: no $2"
	fi
}
# json NAME PYTHON-EXPR: the JSON output of NAME, loaded as d, makes the
# expression true.
json() {
	if $PY -c 'import json,sys
d = json.load(open(sys.argv[1]))
ids = [f["id"] for f in d["findings"]]
ep = {(e["host"], e["port"]): e for e in d["endpoints"]}
sys.exit(0 if eval(sys.argv[2]) else 1)' "$T/$1.out" "$2" 2>"$T/json.err"; then
		t_ok "$1: $2"
	else
		t_fail "$1: $2" "$(cat "$T/json.err" "$T/$1.out")"
	fi
}

# good.test from an address: one MX, submission by SRV, every port
# answers with verified TLS; only the certificate of 587/465 expires soon.
probe good 0 alice@good.test
has good "* probe of alice@good.test"
has good "  MX   10     mx.good.test  127.0.0.21"
has good "  submission  smtp.good.test port 587 (SRV record)"
has good "  submission  smtp.good.test port 465 (SRV record)"
has good "  SPF         v=spf1 mx -all"
has good "  DMARC       v=DMARC1; p=reject"
has good "  MTA-STS     v=STSv1; id=20261205"
has good "  TLSA        _25._tcp.mx.good.test 3 1 1 aabbccdd"
has good "  DANE        not checked: smtpx's resolver (c-ares) does not validate DNSSEC"
has good "endpoints: 3"
for row in "25>$P25  mx          mx.good.test [127.0.0.21]  answered" \
    "587>$P587 submission  smtp.good.test [127.0.0.22]  answered" \
    "465>$P465 submissions smtp.good.test [127.0.0.22]  answered"; do
	has good "$row"
done
has good "  PTR         mx.good.test (forward-confirmed)"
has good "  EHLO in TLS PIPELINING 8BITMIME AUTH"
has good "warning cert-expires-soon: the certificate of smtp.good.test expires in "
hasnt good "op25b-likely"
hasnt good "error "
# What the servers got: EHLO, STARTTLS, EHLO, QUIT; no mail, no AUTH.
t_check "good: the servers saw only EHLO, STARTTLS and QUIT" sh -c \
    "! grep -v -e ' EHLO ' -e ' STARTTLS\$' -e ' QUIT\$' -e ' tls TLSv1' -e ' end ' '$T/good.log' | grep -q ."
t_check "good: mx.good.test saw EHLO, STARTTLS, EHLO in TLS, QUIT" sh -c \
    "grep '^127.0.0.21:' '$T/good.log' | cut -d' ' -f2- | tr '\n' '|' | grep -q '^EHLO [^|]*|STARTTLS|tls TLSv1.[23]|EHLO [^|]*|QUIT|'"

# The same in JSON, with a login on 587 and 465 (over verified TLS).
probe goodjson 0 --format json --user alice@good.test \
    --password-file "$T/pw" alice@good.test
json goodjson 'd["version"] == 1 and d["target"] == "alice@good.test"'
json goodjson 'd["dns"]["mx"] == [{"host": "mx.good.test", "pref": 10, "addrs": ["127.0.0.21"], "tlsa": ["3 1 1 aabbccdd"]}]'
json goodjson 'sorted((s["host"], s["port"], s["source"]) for s in d["dns"]["submission"]) == [("smtp.good.test", 465, "srv"), ("smtp.good.test", 587, "srv")]'
json goodjson 'len(d["endpoints"]) == 3 and all(e["result"] == "answered" and e["tls"]["verified"] for e in d["endpoints"])'
json goodjson 'ep[("mx.good.test", 25)]["role"] == "mx" and ep[("mx.good.test", 25)]["connect_port"] == '"$P25"
json goodjson 'ep[("smtp.good.test", 587)]["auth_before_tls"] == [] and ep[("smtp.good.test", 587)]["auth_after_tls"] == ["PLAIN", "LOGIN"]'
json goodjson 'ep[("smtp.good.test", 465)]["auth_before_tls"] is None and "AUTH" in ep[("smtp.good.test", 465)]["extensions"]'
json goodjson 'ep[("smtp.good.test", 587)]["tls"]["names"] == "DNS:smtp.good.test" and ep[("smtp.good.test", 587)]["tls"]["days_left"] in (3, 4, 5)'
json goodjson 'ep[("smtp.good.test", 587)]["login"] == "ok" and ep[("smtp.good.test", 465)]["login"] == "ok" and ep[("mx.good.test", 25)]["login"] is None'
json goodjson 'ids.count("login-ok") == 2 and "op25b-likely" not in ids and d["status"] == 0'
json goodjson 'all(set(f) >= {"id", "severity", "text", "evidence"} for f in d["findings"])'
json goodjson 'isinstance(ep[("mx.good.test", 25)]["greeting_ms"], int) and ep[("mx.good.test", 25)]["greeting"] == "mx.good.test ESMTP"'
t_check "goodjson: the password went to 587 and 465 only, and was right" sh -c \
    "[ \$(grep -c ' auth ok' '$T/goodjson.log') = 2 ] && ! grep '^127.0.0.21:' '$T/goodjson.log' | grep -q AUTH"
t_check "goodjson: the password is not in the output" sh -c "! grep -q secret '$T/goodjson.out'"

probe badlogin 1 --user alice@good.test --password-file "$T/pwbad" good.test
has badlogin "error   login-failed: alice@good.test could not log in on smtp.good.test"

# bad.test: passwords in clear on its MX, whose PTR neither matches the
# greeting nor resolves back; a dead second MX; a guessed submission host
# whose certificate names another host; nothing on its 465.
probe bad 1 bad.test
has bad "  submission  smtp.bad.test port 587 (a guess: no SRV record)"
has bad "25>$P25  mx          dead.bad.test [127.0.0.26]  refused"
has bad "warning no-starttls: mx.bad.test port 25 offers no STARTTLS"
has bad "warning auth-before-tls: mx.bad.test offers AUTH (PLAIN LOGIN) before TLS"
hasw bad "error   plain-before-tls: mx.bad.test offers PLAIN or LOGIN (PLAIN LOGIN) without TLS"
hasw bad "warning no-reverse-dns: the reverse DNS (PTR) of 127.0.0.23 does not resolve back to it"
hasw bad "warning banner-ptr-mismatch: the greeting names wrong.bad.test, but the address's reverse DNS (PTR) is mail.bad.test"
has bad "error   port-closed: dead.bad.test port 25: refused"
hasw bad "error   cert-name-mismatch: the certificate of smtp.bad.test does not name it (it names DNS:other.test)"
has bad "warning port-closed: smtp.bad.test port 465: refused"
hasw bad "evidence: smtp.bad.test [127.0.0.24]:587 (connected to port $P587): checked smtp.bad.test; certificate names DNS:other.test"
hasnt bad "op25b-likely"
# No password is offered to a server whose certificate failed, even
# with --user.
probe badcert 1 --user alice@good.test --password-file "$T/pw" bad.test
hasw badcert "login       skipped (the certificate was not verified: the password is not sent to it)"
t_check "badcert: smtp.bad.test was sent no AUTH" sh -c "! grep -q AUTH '$T/badcert.log'"

# OP25B for real: mx.blocked.test never answers a SYN; 587 answers.
start=$(date +%s)
probe blocked 1 blocked.test
took=$(( $(date +%s) - start ))
has blocked "25>$P25  mx          mx.blocked.test [127.0.0.25]  timed out"
has blocked "587>$P587 submission  smtp.good.test [127.0.0.22]  answered"
hasw blocked "warning op25b-likely: port 25 timed out on every mail exchanger while submission (587 or 465) answered: this network most likely blocks outbound port 25 (OP25B). That is normal on home and mobile connections"
hasw blocked "evidence: port 25 timed out on mx.blocked.test [127.0.0.25]; answered: smtp.good.test:587"
hasnt blocked "port-closed"
[ "$took" -le 8 ] && t_ok "blocked: ends in $took s (--timeout 2)" ||
    t_fail "blocked: ends within 8 s" "took $took s"
probe blockedjson 1 --format json blocked.test
json blockedjson 'ids.count("op25b-likely") == 1 and ep[("mx.blocked.test", 25)]["result"] == "timed out" and d["status"] == 1'

# The same through a SOCKS5 proxy (tests/probe/socks.py forwards to the
# zone's addresses): the block is then the proxy's network's, not ours.
$PY "$SMTPX_TOP/tests/probe/socks.py" "$SMTPX_TOP/tests/probe/zone.conf" "$T" \
    >"$T/socks.out" 2>&1 &
SOCKS_PID=$!
i=0
while [ ! -s "$T/socks-port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
probe blockedproxy 1 --proxy "socks5://127.0.0.1:$(cat "$T/socks-port" 2>/dev/null)" blocked.test
has blockedproxy "25>$P25  mx          mx.blocked.test [by the proxy]  timed out"
hasw blockedproxy "warning op25b-likely: port 25 timed out on every mail exchanger while submission (587 or 465) answered, all through the proxy: the proxy's network most likely blocks outbound port 25 (OP25B)."
hasnt blockedproxy "this network most likely"

# A null MX: no connection at all; exit 3 (nothing answered).
probe null 3 null.test
has null "  MX          0 . (null MX: no mail accepted)"
has null "info    null-mx: null.test has a null MX (RFC 7505)"
has null "endpoints: 0"
t_check "null: nothing was connected to" sh -c "! [ -s '$T/null.log' ]"
# An MX without an address: no endpoint, but a finding that says so
# (before, the probe was silent about the domain's mail).
probe noaddr 3 noaddr.test
hasw noaddr "error   mx-no-address: the mail exchanger gone.noaddr.test of noaddr.test has no address (no A or AAAA record): mail for the domain cannot be delivered there"
has noaddr "endpoints: 0"
# No MX: the implicit MX, whose PTR is not the greeting's name and whose
# certificate is another host's.
probe implicit 0 implicit.test
has implicit "  MX          none: implicit MX, the domain itself"
has implicit "warning no-mx-implicit: implicit.test has no MX record"
hasw implicit "warning banner-ptr-mismatch: the greeting names mx.good.test, but the address's reverse DNS (PTR) is implicit.test"
has implicit "warning cert-name-mismatch: the certificate of implicit.test does not name it"
has implicit "info    no-submission-service: implicit.test names no submission service"
probe noptr 0 noptr.test
has noptr "  PTR         none"
# Its greeting ends in eight words of Japanese (two columns a character):
# the row is filled to exactly 80 columns, breaking between two wide
# characters as Japanese text does (tui/width.c, kinsoku); by bytes or by
# characters it would break elsewhere.
w="日本語の試験"
t_check "noptr: the wide greeting wraps by display width" sh -c \
    "grep -qxF '  greeting    mx.good.test ESMTP $w $w $w 日本語の' '$T/noptr.out' &&
    grep -qxF '              試験 $w $w $w $w' '$T/noptr.out'"
has noptr "warning no-reverse-dns: 127.0.0.28 has no reverse DNS (PTR)"
probe nxdomain 3 nowhere.test
has nxdomain "error   dns-failed: the mail exchangers of nowhere.test could not be looked up"
# A tarpit whose certificate expired: greeting-slow (over 10 s, so
# --timeout 15 for this one) and cert-expired; no MX, no 465 there.
probe old 1 --timeout 15 old.test
has old "warning greeting-slow: the greeting came after 10 s (more than 10 s)"
has old "error   cert-expired: the certificate of smtp.old.test expired "
has old "not after 2025-01-01 00:00:00 UTC"
hasnt old "cert-untrusted"
# A submission server that speaks only TLS 1.1 or older, on 465 and
# after STARTTLS on 587: smtpx offers 1.2 and 1.3, so each handshake
# fails, and the probe says why (not port-closed on 465), with the
# failed handshake as each finding's evidence. Status 1: 587 answered.
probe ancient 1 ancient.test
hasw ancient "error   tls-old-protocol: smtp.ancient.test speaks only TLS 1.1 or older, which RFC 8996 retired"
hasw ancient "[127.0.0.30]:587 (connected to port $P587): STARTTLS: the server speaks only TLS 1.1 or older"
hasw ancient "[127.0.0.30]:465 (connected to port $P465): the server speaks only TLS 1.1 or older"
hasnt ancient "port-closed"
# What a user connecting there by hand sees, on 465 and after typing
# EHLO and /starttls on 587: the same cause, as a note.
timeout 30 "$SMTPX" --batch --tls --ca-file "$T/ca.crt" --timeout 5 \
    -p "$P465" 127.0.0.30 </dev/null >"$T/ancient-batch.out" 2>&1
printf 'EHLO client.test\n/starttls\n' | timeout 30 "$SMTPX" --batch \
    --ca-file "$T/ca.crt" --timeout 5 -p "$P587" 127.0.0.30 \
    >"$T/ancient-starttls.out" 2>&1
for n in batch starttls; do
	tr -s ' \n#' '   ' <"$T/ancient-$n.out" >"$T/ancient-$n.flat"
	for w in "TLS handshake failed" \
	    "the server speaks only TLS 1.1 or older, which RFC 8996 retired"; do
		if grep -qF -- "$w" "$T/ancient-$n.flat"; then
			t_ok "ancient by hand ($n): $w"
		else
			t_fail "ancient by hand ($n): $w" \
			    "$(cat "$T/ancient-$n.out")"
		fi
	done
done
# Without --ca-file nothing here is trusted: cert-untrusted, a warning
# on 25 and an error on 587 and 465.
: >"$T/log"
timeout 30 "$SMTPX" --probe --timeout 2 --dns-server "$DNS" --ports "$PORTS" \
    good.test >"$T/untrusted.out" 2>&1 </dev/null
[ $? = 1 ] && t_ok "untrusted: status 1" || t_fail "untrusted: status 1" "$(cat "$T/untrusted.out")"
hasw untrusted "warning cert-untrusted: the certificate of mx.good.test is not trusted here: "
hasw untrusted "error   cert-untrusted: the certificate of smtp.good.test is not trusted here: "

for n in good badlogin bad badcert blocked null implicit noptr nxdomain old \
    untrusted; do
	fits $n
done

# A host given by address: 25, 587 and 465 there, no DNS of a domain.
probe addr 1 127.0.0.21
has addr "25>$P25  mx          127.0.0.21 [127.0.0.21]  answered"
has addr "587>$P587 submission  127.0.0.21 [127.0.0.21]  refused"
fits addr

# Bad usage: exit 2 before anything is tried.
usage() {
	_n=$1
	shift
	"$SMTPX" "$@" >"$T/$_n.out" 2>"$T/$_n.err" </dev/null
	_rc=$?
	[ "$_rc" = 2 ] && grep -q -e "--probe" -e "--ports" "$T/$_n.err" &&
	    t_ok "$_n: usage error" ||
	    t_fail "$_n: usage error" "status $_rc" "$(cat "$T/$_n.err")"
}
usage notarget --probe
usage twotargets --probe a.test b.test
usage badports --probe --ports 25=x a.test
usage badports2 --probe --ports 26=2525 a.test
usage md --probe --format md a.test
"$SMTPX" --probe "bad target" >"$T/badtarget.out" 2>&1 </dev/null
[ $? = 2 ] && grep -q 'is not an address, a domain or a host' "$T/badtarget.out" &&
    t_ok "badtarget: usage error" || t_fail "badtarget: usage error" "$(cat "$T/badtarget.out")"

# The screen: /probe lab with OP25B off, then on; a probe stopped by
# Ctrl-C.
if command -v tmux >/dev/null 2>&1; then
	mkdir -p "$T/home" "$T/state" "$T/config"
	TM new-session -d -s scr -x 200 -y 50 "env -i PATH=/usr/bin:/bin \
	    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$T/home \
	    XDG_STATE_HOME=$T/state XDG_CONFIG_HOME=$T/config $SMTPX \
	    --lab --timeout 2 --no-notes --dns-server $DNS --ports $PORTS \
	    --ca-file $T/ca.crt; echo '[exited]'; sleep 60"
	scr() { TM capture-pane -p -J -S -400 -t scr; }
	see() {
		_i=0
		while ! scr | grep -qF -- "$1"; do
			[ $_i -ge 100 ] && { t_fail "screen: $1" "$(scr | tail -25)"; return 1; }
			sleep 0.1; _i=$((_i + 1))
		done
		t_ok "screen: $1"
	}
	typ() { TM send-keys -t scr -l -- "$1"; TM send-keys -t scr Enter; }
	see "/probe lab checks all three ports at once; /lab op25b on blocks port 25"
	# Completion: /probe's words, and a proxy after --proxy.
	TM send-keys -t scr -l "/probe --pr"
	TM send-keys -t scr Tab
	TM send-keys -t scr Tab
	see "> /probe --proxy socks5://localhost:1080"
	TM send-keys -t scr C-u
	TM send-keys -t scr -l "/probe la"
	TM send-keys -t scr Tab
	see "> /probe lab "
	TM send-keys -t scr C-u
	TM send-keys -t scr -l "/probe sh"
	TM send-keys -t scr Tab
	see "> /probe show "
	TM send-keys -t scr C-u
	typ "/probe lab"
	see "probe of the lab (its ports 25, 587 and 465)"
	see "submission  lab.test [127.0.0.1]  answered"
	see "submissions lab.test [127.0.0.1]  answered"
	see "mx          lab.test [127.0.0.1]  answered"
	see "probe of lab.test finished (exit status 0 in the line mode)"
	scr | grep -qF "op25b-likely" && t_fail "screen: no op25b-likely with OP25B off" ||
	    t_ok "screen: no op25b-likely with OP25B off"
	typ "/lab op25b on"
	see "lab OP25B is on"
	typ "/probe lab"
	see "mx          lab.test [127.0.0.1]  timed out"
	see "warning op25b-likely: port 25 timed out on every mail exchanger while submission (587 or 465) answered"
	see "probe of lab.test finished (exit status 1 in the line mode)"
	see "/probe show N shows the conversation of endpoint N (1 to 3"
	see "evidence: port 25 timed out on lab.test [127.0.0.1]"
	# A finding opened to its connection: endpoint 1 is the lab's 25,
	# 2 its 587, whose conversation went through STARTTLS.
	typ "/probe show 2"
	see "probe endpoint 2, its conversation:"
	see "C: STARTTLS"
	see "S: 221"
	typ "/probe show 9"
	see "usage: /probe show N, N from 1 to 3 (the rows, in order)"
	# --proxy on /probe: its usage and URL checked before anything starts.
	typ "/probe --proxy"
	see "usage: /probe [--proxy URL] TARGET, or /probe show N"
	typ "/probe --proxy http://127.0.0.1:3128 good.test"
	see "the proxy must be socks5://HOST:PORT"
	typ "/probe --proxy socks5://127.0.0.1:1080 lab"
	see "/probe lab is on this machine: no --proxy"
	# A probe of blocked.test stopped while port 25 still waits.
	typ "/probe blocked.test"
	see "587>$P587 submission  smtp.good.test [127.0.0.22]  answered"
	TM send-keys -t scr C-c
	see "probe stopped"
	see "mx.blocked.test [127.0.0.25]  cancelled"
	typ "/quit"
	see "[exited]"

	# At 60 columns the pane wraps the rows and the findings itself:
	# joined again (a row that starts with two spaces continues the one
	# before), nothing of them is lost, and the status line fits.
	TM kill-session -t scr
	TM new-session -d -s scr -x 60 -y 70 "env -i PATH=/usr/bin:/bin \
	    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$T/home \
	    XDG_STATE_HOME=$T/state XDG_CONFIG_HOME=$T/config $SMTPX \
	    --lab --timeout 1 --no-notes; echo '[exited]'; sleep 60"
	see "/probe lab checks all three ports"
	typ "/lab op25b on"
	typ "/probe lab"
	see "probe of lab.test finished"
	TM capture-pane -p -t scr >"$T/narrow.screen"
	awk 'NR > 1 && /^  / { sub(/^ +/, ""); printf " %s", $0; next }
	    NR > 1 { print "" }
	    { printf "%s", $0 }
	    END { print "" }' "$T/narrow.screen" | tr -s ' ' >"$T/narrow.out"
	for want in "mx lab.test [127.0.0.1] timed out" \
	    "submission lab.test [127.0.0.1] answered" \
	    "submissions lab.test [127.0.0.1] answered" \
	    "days left AUTH none / PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256" \
	    "warning op25b-likely: port 25 timed out on every mail exchanger while submission (587 or 465) answered: this network most likely blocks outbound port 25 (OP25B). That is normal on home and mobile connections: providers block it against spam from infected machines. Mail programs send on 587 or 465 with a password; only mail servers need port 25, and they are not behind such a block" \
	    "probe of lab.test finished (exit status 1 in the line mode)" \
	    "notes off | F1 help"; do
		if grep -qF -- "$want" "$T/narrow.out"; then
			t_ok "screen at 60 columns: $want"
		else
			t_fail "screen at 60 columns: $want" "$(cat "$T/narrow.screen")"
		fi
	done
	typ "/quit"
	see "[exited]"
else
	t_fail "tmux is installed (tests/deps.sh test)"
fi

t_done
