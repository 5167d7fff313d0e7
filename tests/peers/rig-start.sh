#!/bin/sh
# Start the peers rig: a private Postfix and a private Dovecot on loopback.
#   rig-start.sh DIR
# DIR is an empty directory the caller owns; everything the rig makes lives
# under it: certificates, configs, queue, logs, the Maildir that receives the
# mail, and DIR/rig.env, a file of shell assignments for the cases (ports,
# CA, user, password file, Maildir). On any failure it says why on stderr,
# stops what it had started (rig-stop.sh DIR) and exits non-zero. Nothing
# under /etc is read or written, the system daemons are not touched.
#
# Layout of the rig (all on 127.0.0.1, on free high ports picked at start):
#   P25     like port 25: STARTTLS offered, no AUTH, mail to the local domain
#           peers.test accepted, relaying refused (554 5.7.1 Relay access
#           denied).
#   P587    like port 587: STARTTLS offered; before it every command but
#           EHLO/HELO/STARTTLS/NOOP/RSET/QUIT gets "530 5.7.0 Must issue a
#           STARTTLS command first"; after it AUTH; relaying only for
#           authenticated clients.
#   P465    like port 465: implicit TLS (wrapper mode), AUTH, relaying only
#           for authenticated clients.
#   PWRONG  like P587 but presenting a certificate for wrong.peers.test
#           (same CA), so that only the host name check fails.
#   PNO8BIT like P587 but its EHLO does not offer 8BITMIME
#           (smtpd_discard_ehlo_keywords), for the message builder's
#           quoted-printable.
# Certificates: a throwaway CA; the server certificate is for
# mail.peers.test (the rig's host name, also Postfix's myhostname) with the
# SANs DNS:mail.peers.test, DNS:localhost and IP:127.0.0.1, so a client that
# connects to "localhost" or "127.0.0.1" can verify it (there is no DNS here,
# and mail.peers.test resolves nowhere). The wrong certificate names only
# wrong.peers.test, so connecting to "localhost" gets a trusted chain whose
# name does not match: a pure host name failure.
# Delivery: every accepted message, for peers.test or (relayed) for any
# other domain (but dsn-fail@peers.test, which bounces), goes to Postfix's
# virtual(8) agent with a static map, so all
# of it lands in one Maildir, DIR/mail/Maildir/new. Delivered files keep the
# body as received (LF line ends), with Return-Path, Delivered-To and
# Received headers added at the top. Nothing leaves the machine and no DNS is
# ever asked.
# SASL: Dovecot (auth only, no mail protocols) with a passwd-file in the
# {PLAIN} scheme, so PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1 and SCRAM-SHA-256 all
# work; Postfix reaches it with smtpd_sasl_type=dovecot over a unix socket.
#
# Postfix's own command only runs as root, so the rig needs root (the CI
# runs `make check` as root).
set -u
PY=/usr/bin/python3
here=$(cd "$(dirname "$0")" && pwd)

die() {
	echo "rig-start: $*" >&2
	[ -n "${T:-}" ] && sh "$here/rig-stop.sh" "$T" >&2
	exit 1
}

[ $# = 1 ] || { echo "usage: rig-start.sh DIR" >&2; exit 2; }
T=$(cd "$1" 2>/dev/null && pwd) || { echo "rig-start: no directory $1" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "must run as root: the postfix command is reserved for the superuser (make check runs as root in CI)"
for f in /usr/sbin/postfix /usr/sbin/dovecot /usr/bin/openssl $PY; do
	[ -x "$f" ] || die "$f is missing (tests/deps.sh test installs postfix, dovecot-core, openssl, python3)"
done

# The servers' own users read and write below DIR.
PF_USER=postfix
id "$PF_USER" >/dev/null 2>&1 || die "no user $PF_USER (is the postfix package installed?)"
id dovecot >/dev/null 2>&1 || die "no user dovecot (is dovecot-core installed?)"
id dovenull >/dev/null 2>&1 || die "no user dovenull (is dovecot-core installed?)"
PF_UID=$(id -u $PF_USER) PF_GID=$(id -g $PF_USER)
chmod 711 "$T" || die "chmod $T"
# ...which needs every directory above DIR to let them through.
d=$T
while [ "$d" != / ]; do
	d=$(dirname "$d")
	case $(stat -c %A "$d") in
	?????????t|?????????x) ;;
	*) die "$d is not searchable by others: the postfix and dovecot users must reach $T" ;;
	esac
done

RIG_NAME=mail.peers.test
RIG_DOMAIN=peers.test
RIG_USER=user@peers.test
RIG_PASSWORD='Rig-p4ss word!'
CERTS=$T/certs PF=$T/postfix DC=$T/dovecot MAIL=$T/mail
mkdir -p "$CERTS" "$PF/etc" "$PF/spool" "$PF/data" "$DC/run" "$DC/state" "$MAIL" ||
	die "mkdir under $T"
chmod 755 "$CERTS" "$PF" "$PF/etc" "$PF/spool" "$DC" "$DC/state"
chown "$PF_UID:$PF_GID" "$PF/data" "$MAIL" || die "chown under $T"

# ---- certificates -----------------------------------------------------------
cert_log=$CERTS/openssl.log
ossl() { openssl "$@" >>"$cert_log" 2>&1 || die "openssl $1 failed: $(tail -3 "$cert_log")"; }
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
	-keyout "$CERTS/ca.key" -out "$CERTS/ca.crt" -days 3 \
	-subj "/O=smtpx tests/CN=smtpx peers test CA" \
	-addext "basicConstraints=critical,CA:TRUE" \
	-addext "keyUsage=critical,keyCertSign,cRLSign"
# leaf NAME SANS: a server certificate signed by the test CA.
leaf() {
	ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
		-keyout "$CERTS/$1.key" -out "$CERTS/$1.csr" -subj "/O=smtpx tests/CN=$1"
	printf '%s\n' "basicConstraints=critical,CA:FALSE" \
		"keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" \
		"subjectAltName=$2" >"$CERTS/$1.ext"
	ossl x509 -req -in "$CERTS/$1.csr" -CA "$CERTS/ca.crt" -CAkey "$CERTS/ca.key" \
		-CAcreateserial -days 2 -extfile "$CERTS/$1.ext" -out "$CERTS/$1.crt"
}
leaf $RIG_NAME "DNS:$RIG_NAME,DNS:localhost,IP:127.0.0.1"
leaf wrong.peers.test "DNS:wrong.peers.test"
chmod 644 "$CERTS"/*.crt
chmod 600 "$CERTS"/*.key

# ---- ports ------------------------------------------------------------------
# Five distinct free ports, held open together while the kernel picks them.
ports=$($PY -c '
import socket
ss = []
for _ in range(5):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    ss.append(s)
print(" ".join(str(s.getsockname()[1]) for s in ss))
') || die "could not pick free ports"
set -- $ports
P25=$1 P587=$2 P465=$3 PWRONG=$4 PNO8BIT=$5

# ---- Dovecot: SASL only ------------------------------------------------------
AUTH_SOCK=$T/sasl-auth
printf '%s:{PLAIN}%s::::::\n' "$RIG_USER" "$RIG_PASSWORD" >"$DC/users"
chown root:dovecot "$DC/users"; chmod 640 "$DC/users"
cat >"$DC/dovecot.conf" <<EOF
# Private Dovecot for the smtpx peers rig: authentication only.
base_dir = $DC/run
state_dir = $DC/state
log_path = $DC/dovecot.log
instance_name = smtpx-peers-$$
protocols =
listen = 127.0.0.1
ssl = no
# Postfix decides when AUTH may happen (smtpd_tls_auth_only); Dovecot only
# checks the secret.
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256
auth_failure_delay = 0
auth_verbose = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DC/users
}
userdb {
  driver = static
  args = uid=$PF_UID gid=$PF_GID home=$MAIL
}
# Dovecot delays every login from an IP after a failed one (2 s, then
# 4, 8, 15): the wrong-password cases would slow the cases after them.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener $AUTH_SOCK {
    mode = 0660
    user = $PF_USER
    group = $PF_USER
  }
}
EOF
dovecot -c "$DC/dovecot.conf" </dev/null >"$DC/start.log" 2>&1 ||
	die "dovecot did not start: $(cat "$DC/start.log"; tail -5 "$DC/dovecot.log" 2>/dev/null)"

# ---- Postfix ------------------------------------------------------------------
cat >"$PF/etc/main.cf" <<EOF
# Private Postfix for the smtpx peers rig. See tests/peers/rig-start.sh.
compatibility_level = 3.6
config_directory = $PF/etc
queue_directory = $PF/spool
data_directory = $PF/data
mail_owner = $PF_USER
maillog_file = $PF/maillog
maillog_file_prefixes = $PF
myhostname = $RIG_NAME
mydomain = $RIG_DOMAIN
myorigin = $RIG_DOMAIN
mydestination =
relay_domains =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# Nothing is trusted by address: relaying needs SASL. Loopback clients get
# no header rewriting either (messages arrive as sent).
mynetworks =
local_header_rewrite_clients =
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
# No DNS on these machines: never look anything up.
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
smtp_host_lookup = native
biff = no
alias_maps =
alias_database =
append_dot_mydomain = no
# Every accepted message, local or relayed, goes to one Maildir through
# virtual(8): peers.test is a virtual mailbox domain, and the default
# transport (for relayed domains) is the virtual agent as well.
virtual_mailbox_domains = $RIG_DOMAIN
virtual_mailbox_base = $MAIL
virtual_mailbox_maps = static:Maildir/
virtual_uid_maps = static:$PF_UID
virtual_gid_maps = static:$PF_GID
virtual_minimum_uid = 1
default_transport = virtual
relay_transport = virtual
# SMTPUTF8 (RFC 6531) offered and UTF-8 local parts delivered; one
# recipient is taken and then fails at delivery (the dsnfail transport
# exits EX_NOUSER), so Postfix writes a DSN to the sender
# (tests/peers/run.sh: smtputf8_587, dsn_25).
smtputf8_enable = yes
transport_maps = inline:{ dsn-fail@$RIG_DOMAIN=dsnfail: }
# Large messages (the 20 MB case) must fit.
message_size_limit = 104857600
virtual_mailbox_limit = 0
mailbox_size_limit = 0
# Fast failures for the wrong-password cases.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 200
# TLS: the rig's certificate unless a listener overrides it.
smtpd_tls_chain_files = $CERTS/$RIG_NAME.key, $CERTS/$RIG_NAME.crt
wrong_tls_chain_files = $CERTS/wrong.peers.test.key, $CERTS/wrong.peers.test.crt
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
# SASL from the private Dovecot; each listener says whether it offers AUTH.
smtpd_sasl_type = dovecot
smtpd_sasl_path = $AUTH_SOCK
smtpd_sasl_auth_enable = no
EOF

cat >"$PF/etc/master.cf" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command + args
127.0.0.1:$P25 inet n - n - - smtpd
  -o syslog_name=postfix/like25
127.0.0.1:$P587 inet n - n - - smtpd
  -o syslog_name=postfix/like587
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
127.0.0.1:$P465 inet n - n - - smtpd
  -o syslog_name=postfix/like465
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
127.0.0.1:$PWRONG inet n - n - - smtpd
  -o syslog_name=postfix/wrongname
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_chain_files=\$wrong_tls_chain_files
127.0.0.1:$PNO8BIT inet n - n - - smtpd
  -o syslog_name=postfix/no8bitmime
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_discard_ehlo_keywords=8bitmime
dsnfail   unix  -       n       n       -       -       pipe
  user=nobody argv=/bin/sh -c { exit 67 }
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF

# With maillog_file set, postfix writes its complaints there (stderr gets
# only some of them): both go into the reason.
postfix -c "$PF/etc" check </dev/null >"$PF/check.log" 2>&1 ||
	die "postfix check failed: $(cat "$PF/check.log"; tail -5 "$PF/maillog" 2>/dev/null)"
postfix -c "$PF/etc" start </dev/null >"$PF/start.log" 2>&1 ||
	die "postfix did not start: $(cat "$PF/start.log"; tail -5 "$PF/maillog" 2>/dev/null)"

# ---- the env file ---------------------------------------------------------------
printf '%s\n' "$RIG_PASSWORD" >"$T/password"
echo 'Wrong-pass 1234' >"$T/wrong-password"
cat >"$T/rig.env" <<EOF
RIG_DIR='$T'
RIG_NAME='$RIG_NAME'
RIG_DOMAIN='$RIG_DOMAIN'
RIG_HOST=localhost
RIG_IP=127.0.0.1
RIG_P25=$P25
RIG_P587=$P587
RIG_P465=$P465
RIG_PWRONG=$PWRONG
RIG_PNO8BIT=$PNO8BIT
RIG_CA='$CERTS/ca.crt'
RIG_USER='$RIG_USER'
RIG_PASSWORD_FILE='$T/password'
RIG_WRONG_PASSWORD_FILE='$T/wrong-password'
RIG_MAILDIR='$MAIL/Maildir'
RIG_MAILLOG='$PF/maillog'
RIG_DOVECOT_LOG='$DC/dovecot.log'
EOF

# ---- wait until every port answers (bounded) --------------------------------------
# Plain ports must greet with 220; the implicit-TLS port must complete a
# verified handshake, greet, and offer AUTH after EHLO (which proves that
# Postfix reaches Dovecot).
$PY - "$CERTS/ca.crt" "$P25" "$P587" "$P465" "$PWRONG" "$PNO8BIT" <<'EOF' >"$T/wait.log" 2>&1 ||
import socket, ssl, sys, time
ca, p25, p587, p465, pwrong, pno8bit = sys.argv[1], *map(int, sys.argv[2:])
deadline = time.monotonic() + 20

def reply(f):
    lines = []
    while True:
        line = f.readline()
        if not line:
            raise OSError("connection closed")
        lines.append(line.decode(errors="replace").rstrip())
        if line[3:4] != b"-":
            return lines

def probe(port, tls):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    if tls:
        ctx = ssl.create_default_context(cafile=ca)
        s = ctx.wrap_socket(s, server_hostname="localhost")
    f = s.makefile("rb")
    r = reply(f)
    if not r[0].startswith("220"):
        raise OSError("greeting %r" % r)
    if tls:
        s.sendall(b"EHLO rig.check\r\n")
        r = reply(f)
        if not any(l[4:].upper().startswith("AUTH ") for l in r):
            raise OSError("no AUTH after EHLO: %r" % r)
    s.sendall(b"QUIT\r\n")
    s.close()

for port, tls in ((p25, False), (p587, False), (pwrong, False),
                  (pno8bit, False), (p465, True)):
    while True:
        try:
            probe(port, tls)
            break
        except Exception as e:
            if time.monotonic() > deadline:
                sys.exit("port %d not ready after 20 s: %s" % (port, e))
            time.sleep(0.2)
EOF
	die "rig not ready: $(cat "$T/wait.log"); maillog: $(tail -5 "$PF/maillog" 2>/dev/null); dovecot: $(tail -5 "$DC/dovecot.log" 2>/dev/null)"
echo "rig-start: up in $T (25-like $P25, 587-like $P587, 465-like $P465, wrong-name $PWRONG, no-8BITMIME $PNO8BIT)"
exit 0
