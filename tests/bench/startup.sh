#!/bin/sh
# How long smtpx takes to start and stop, beside `openssl version`, which
# loads the same OpenSSL libraries and does nothing else: measured in the
# same run, one invocation at a time, median of N runs each. Prints
# milliseconds and the ratio to openssl; read the ratio, not the time.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
SMTPX=${SMTPX:-$top/smtpx}
n=${N:-31}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# once FILE CMD...: run CMD once, add its microseconds to FILE.
once() {
	_f=$1
	shift
	_t0=$(date +%s%N)
	"$@" </dev/null >/dev/null 2>&1
	_t1=$(date +%s%N)
	echo $(( (_t1 - _t0) / 1000 )) >>"$_f"
}
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { echo "$(($1 / 1000)).$(printf %03d $(($1 % 1000)))"; }
ratio() { echo "$(($1 / $2)).$(printf %02d $(($1 * 100 / $2 % 100)))"; }
# Interleaved, so a busy moment hits all three alike.
: >"$tmp/o"; : >"$tmp/v"; : >"$tmp/b"
k=0
while [ $k -lt "$n" ]; do
	once "$tmp/o" openssl version
	once "$tmp/v" "$SMTPX" --version
	once "$tmp/b" "$SMTPX" --batch
	k=$((k + 1))
done
o=$(median "$tmp/o"); [ "$o" -gt 0 ] || o=1; v=$(median "$tmp/v"); b=$(median "$tmp/b")
echo "startup: openssl version (peer)   $(ms "$o") ms"
echo "startup: smtpx --version          $(ms "$v") ms  ($(ratio "$v" "$o")x openssl)"
echo "startup: smtpx --batch (empty)    $(ms "$b") ms  ($(ratio "$b" "$o")x openssl)"
echo "startup: medians of $n runs each, interleaved"
