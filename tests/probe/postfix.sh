# The probe against the real Postfix and Dovecot of tests/peers: sourced
# by tests/peers/run.sh (which starts the rig) for its case probe_postfix.
# dnsmasq serves a small zone on a free loopback port: peers.test's MX is
# mail.peers.test (the rig's name and certificate), and its SRV records
# put submission on 587 and submissions on 465; --ports maps 25, 587 and
# 465 onto the rig's listeners. The probe logs in with the rig's user
# (Dovecot SASL behind Postfix), so the checks are what Postfix itself
# says: its EHLO keywords before and after STARTTLS (asked again here by
# python's smtplib), AUTH only inside TLS, login-ok, and nothing queued
# or delivered (postqueue -p, the Maildir, the cleanup lines of the
# maillog). About 1 s. No wrong password here: Dovecot's penalty for a
# failed login from 127.0.0.1 (seconds, doubling) would slow this case
# and the others; tests/probe checks login-failed.

# probe_pf NAME WANT-STATUS ARGS...: one smtpx --probe; $out and $rc.
# --timeout 20 as the suite's sessions: the wrong passwords of earlier
# cases leave Dovecot delaying every login from 127.0.0.1 a while.
probe_pf() {
	_n=$1 _want=$2
	shift 2
	out=$T/probe-$_n.out
	timeout -k 5 90 "$SMTPX" --probe --timeout 20 --ca-file "$RIG_CA" \
	    --dns-server "127.0.0.1:$probe_dns_port" \
	    --ports "25=$RIG_P25,587=$RIG_P587,465=$RIG_P465" "$@" \
	    </dev/null >"$out" 2>&1
	rc=$?
	expect_rc "$_want"
}

# probe_unwrap: $out with the table's wrapped rows joined again (a row
# that starts with four spaces or more continues the one before, unless
# it is a finding's evidence), into $out.flat, which becomes $out.
probe_unwrap() {
	awk 'NR > 1 && /^    / && $1 != "evidence:" {
		sub(/^ +/, ""); printf " %s", $0; next }
	    NR > 1 { print "" }
	    { printf "%s", $0 }
	    END { print "" }' "$out" >"$out.flat"
	out=$out.flat
}

# probe_json PYTHON-EXPR: the JSON in $out, loaded as d, makes it true.
probe_json() {
	_e=$("$PY" -c 'import json,sys
d = json.load(open(sys.argv[1]))
ids = [f["id"] for f in d["findings"]]
ep = {e["port"]: e for e in d["endpoints"]}
sys.exit(0 if eval(sys.argv[2]) else 1)' "$out" "$1" 2>&1) ||
	    because "JSON of $out: not $1 $_e"
}

# probe_ehlo_block PORT LABEL: the keywords of the probe's "LABEL" line
# (EHLO, or EHLO in TLS) under endpoint PORT in $out.
probe_ehlo_block() {
	awk -v head="mail.peers.test [127.0.0.1] port $1" -v lab="$2" '
	    $0 == head { on = 1; next }
	    /^[^ ]/ { on = 0 }
	    on && substr($0, 1, 14) == sprintf("  %-12s", lab) {
		print substr($0, 15); exit }' "$out"
}

probe_postfix() {
	case_begin
	out=$T/probe-setup.out
	: >"$out"
	probe_dns_pid=
	if [ -n "$rig_error" ]; then
		case_end "probe of user@peers.test against Postfix and Dovecot"
		return
	fi
	printf '%s\n' "local=/test/" \
	    "mx-host=peers.test,mail.peers.test,10" \
	    "address=/mail.peers.test/127.0.0.1" \
	    "srv-host=_submission._tcp.peers.test,mail.peers.test,587,0,1" \
	    "srv-host=_submissions._tcp.peers.test,mail.peers.test,465,0,1" \
	    >"$T/probe-zone.conf"
	t_dnsmasq "$T/probe-zone.conf" "$out"
	probe_dns_pid=$t_dns_pid probe_dns_port=$t_dns_port
	if [ -z "$probe_dns_pid" ]; then
		because "dnsmasq did not start (tests/deps.sh test installs dnsmasq-base)"
		case_end "probe of user@peers.test against Postfix and Dovecot"
		return
	fi

	# What Postfix says to EHLO before and after STARTTLS, asked here.
	"$PY" - "$RIG_CA" "$RIG_P25" "$RIG_P587" >"$T/probe-ehlo" 2>&1 <<'EOF' ||
import smtplib, ssl, sys
ctx = ssl.create_default_context(cafile=sys.argv[1])
for port in sys.argv[2:]:
    s = smtplib.SMTP("localhost", int(port), timeout=10)
    s.ehlo("check.peers.test")
    kw = lambda: " ".join(l.split()[0].decode().upper()
        for l in s.ehlo_resp.splitlines()[1:])
    print(port, "clear", kw())
    s.starttls(context=ctx)
    s.ehlo("check.peers.test")
    print(port, "tls", kw())
    s.quit()
EOF
	because "asking Postfix's EHLO: $(cat "$T/probe-ehlo")"
	# What is there before: the Maildir, the queue, the cleanup lines.
	find "$RIG_MAILDIR" -type f 2>/dev/null | sort >"$T/probe-maildir.before"
	_cleanups=$(grep -c 'postfix/cleanup' "$RIG_MAILLOG")
	_c465=$(grep -c 'like465/smtpd.*connect from' "$RIG_MAILLOG")

	probe_pf text 0 --user "$RIG_USER" --password-file "$RIG_PASSWORD_FILE" \
	    user@peers.test
	probe_unwrap
	expect "^  MX   10     mail\.peers\.test  127\.0\.0\.1$"
	expect "^  submission  mail\.peers\.test port 587 \(SRV record\)$"
	expect "^  submission  mail\.peers\.test port 465 \(SRV record\)$"
	expect "^  25>$RIG_P25 +mx +mail\.peers\.test \[127\.0\.0\.1\]  answered .* verified, .*AUTH none / none$"
	expect "^  587>$RIG_P587 submission  mail\.peers\.test \[127\.0\.0\.1\]  answered .* verified, .*AUTH none / PLAIN LOGIN.*, login ok$"
	expect "^  465>$RIG_P465 submissions mail\.peers\.test \[127\.0\.0\.1\]  answered .* verified, .*AUTH - / PLAIN LOGIN.*, login ok$"
	expect "^  greeting    mail\.peers\.test ESMTP Postfix"
	for _p in 25 587; do
		_rp=$(eval echo "\$RIG_P$_p")
		_want=$(sed -n "s/^$_rp clear //p" "$T/probe-ehlo")
		_got=$(probe_ehlo_block $_p EHLO)
		[ -n "$_want" ] && [ "$_got" = "$_want" ] ||
		    because "port $_p, EHLO in clear: probe \"$_got\", Postfix \"$_want\""
		_want=$(sed -n "s/^$_rp tls //p" "$T/probe-ehlo")
		_got=$(probe_ehlo_block $_p "EHLO in TLS")
		[ -n "$_want" ] && [ "$_got" = "$_want" ] ||
		    because "port $_p, EHLO in TLS: probe \"$_got\", Postfix \"$_want\""
	done
	case $(sed -n 's/^[0-9]* clear //p' "$T/probe-ehlo") in
	*AUTH*) because "Postfix offers AUTH in clear: the rig is not what this case checks" ;;
	esac
	expect_count "^  login       ok \(PLAIN\)$" 2
	expect "^  info    login-ok: $RIG_USER logged in on mail\.peers\.test over TLS$"
	expect_not "auth-before-tls|plain-before-tls|no-starttls|login-failed|cert-untrusted|cert-name-mismatch|port-closed|op25b"
	expect_not "^  error "
	! grep -Fq "$password" "$out" || because "the password is in $out"

	probe_pf json 0 --format json --user "$RIG_USER" \
	    --password-file "$RIG_PASSWORD_FILE" user@peers.test
	probe_json 'd["dns"]["mx"][0]["host"] == "mail.peers.test" and d["dns"]["mx"][0]["addrs"] == ["127.0.0.1"]'
	probe_json 'sorted((s["port"], s["source"]) for s in d["dns"]["submission"]) == [(465, "srv"), (587, "srv")]'
	probe_json 'sorted(ep) == [25, 465, 587] and all(e["result"] == "answered" and e["tls"]["verified"] for e in ep.values())'
	probe_json 'ep[25]["connect_port"] == '"$RIG_P25"' and ep[587]["connect_port"] == '"$RIG_P587"
	probe_json 'ep[25]["auth_before_tls"] == [] and ep[25]["auth_after_tls"] == [] and ep[25]["login"] is None'
	probe_json 'ep[587]["auth_before_tls"] == [] and {"PLAIN", "LOGIN"} <= set(ep[587]["auth_after_tls"]) and ep[587]["login"] == "ok"'
	probe_json 'ep[465]["auth_before_tls"] is None and {"PLAIN", "LOGIN"} <= set(ep[465]["auth_after_tls"]) and ep[465]["login"] == "ok"'
	probe_json 'ids.count("login-ok") == 2 and d["status"] == 0'

	# Postfix saw the probes (465 connected to twice), and nothing
	# was queued or delivered.
	[ "$(grep -c 'like465/smtpd.*connect from' "$RIG_MAILLOG")" -ge $((_c465 + 2)) ] ||
	    because "Postfix's 465 saw no probe: $(tail -5 "$RIG_MAILLOG")"
	[ "$(grep -c 'postfix/cleanup' "$RIG_MAILLOG")" = "$_cleanups" ] ||
	    because "a message went through cleanup: $(grep 'postfix/cleanup' "$RIG_MAILLOG" | tail -3)"
	_q=$(postqueue -c "$RIG_DIR/postfix/etc" -p 2>&1)
	[ "$_q" = "Mail queue is empty" ] || because "postqueue -p: $_q"
	find "$RIG_MAILDIR" -type f 2>/dev/null | sort >"$T/probe-maildir.after"
	cmp -s "$T/probe-maildir.before" "$T/probe-maildir.after" ||
	    because "the Maildir changed: $(diff "$T/probe-maildir.before" "$T/probe-maildir.after")"
	kill "$probe_dns_pid" 2>/dev/null
	wait "$probe_dns_pid" 2>/dev/null
	probe_dns_pid=
	case_end "probe of user@peers.test against Postfix and Dovecot: EHLO before and after STARTTLS as Postfix says it, AUTH only in TLS, login-ok through Dovecot, nothing queued"
}
