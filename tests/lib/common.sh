# Shared helpers for the shell test suites. Source it, call t_ok/t_fail
# per case, and end with t_done, which prints the "N passed, N failed"
# line tests/run.sh adds up and returns non-zero on any failure.
#   SMTPX       the binary under test (set by tests/run.sh)
#   SMTPX_TOP   the repository root
#   PY          the Debian python3 (never a pyenv one: Debian modules)
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${SMTPX:=$SMTPX_TOP/smtpx}"
PY=/usr/bin/python3
t_passed=0
t_failed=0

t_ok() { t_passed=$((t_passed + 1)); echo "ok - $1"; }
t_fail() {
	t_failed=$((t_failed + 1))
	echo "FAIL - $1"
	shift
	[ $# -gt 0 ] && printf '%s\n' "$@" | sed 's/^/    /'
	return 0
}
# t_check NAME COMMAND...: ok when the command succeeds.
t_check() {
	_n=$1; shift
	if "$@"; then t_ok "$_n"; else t_fail "$_n"; fi
}
t_done() {
	echo "$t_passed passed, $t_failed failed"
	[ "$t_failed" = 0 ]
}
# A private temporary directory removed at exit.
t_tmpdir() {
	_d=$(mktemp -d "${TMPDIR:-/tmp}/smtpx-test.XXXXXX") || exit 1
	echo "$_d"
}
# t_dnsmasq CONF OUT: dnsmasq in the foreground on a free loopback port,
# serving CONF (dnsmasq-base has no system service), its output in OUT.
# A few ports are tried, bounded. Sets t_dns_pid and t_dns_port; returns
# 1 (both empty) when it would not start.
t_dnsmasq() {
	t_dns_pid= t_dns_port=
	for _try in 1 2 3 4 5; do
		_p=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
		/usr/sbin/dnsmasq --keep-in-foreground --no-resolv --no-hosts \
		    --no-poll --pid-file= --listen-address=127.0.0.1 \
		    --bind-interfaces --user=root --port="$_p" \
		    --conf-file="$1" >"$2" 2>&1 &
		t_dns_pid=$!
		sleep 0.3
		if kill -0 "$t_dns_pid" 2>/dev/null; then
			t_dns_port=$_p
			return 0
		fi
		t_dns_pid=
	done
	return 1
}
