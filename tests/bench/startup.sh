#!/bin/sh
# How long smtpx takes to start and stop: --version, and a line-mode run
# with nothing to do. Prints milliseconds per run (mean of N runs).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
SMTPX=${SMTPX:-$top/smtpx}
n=${N:-50}
ms() {
	_t0=$(date +%s%N)
	_i=0
	while [ $_i -lt $n ]; do
		"$@" </dev/null >/dev/null 2>&1
		_i=$((_i + 1))
	done
	_t1=$(date +%s%N)
	echo $(( (_t1 - _t0) / n / 1000 ))
}
us=$(ms "$SMTPX" --version)
echo "startup: smtpx --version        $((us / 1000)).$(printf %03d $((us % 1000))) ms per run ($n runs)"
us=$(ms "$SMTPX" --batch)
echo "startup: smtpx --batch (empty)  $((us / 1000)).$(printf %03d $((us % 1000))) ms per run ($n runs)"
