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
