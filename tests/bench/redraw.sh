#!/bin/sh
# Redraw cost: how many bytes the screen writes to the terminal for each
# new exchange, against the lab, in an 80x24 terminal made by script(1).
# A full repaint of that terminal is about 2,000 bytes; drawing only what
# changed should cost a fraction of it. Prints bytes per exchange.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
SMTPX=${SMTPX:-$top/smtpx}
n=${N:-40}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# feed LINES...: type each line into the screen, pausing for the reply.
feed() {
	for l; do printf '%s\r' "$l"; sleep 0.15; done
	sleep 0.5
}
run() {
	(
		sleep 0.5
		feed '/connect lab 587' 'EHLO bench'
		i=0
		while [ $i -lt "$1" ]; do feed NOOP; i=$((i + 1)); done
		printf '\004'; sleep 0.3; printf 'y'; sleep 0.5
	) | env TERM=xterm-256color COLUMNS=80 LINES=24 INPUTRC=/dev/null \
	    HOME="$tmp" XDG_STATE_HOME="$tmp" \
	    script -qfec "stty cols 80 rows 24; $SMTPX --lab --no-notes" \
	    "$tmp/typescript" >/dev/null 2>&1
	wc -c <"$tmp/typescript"
}
base=$(run 0)
more=$(run "$n")
echo "redraw: $(( (more - base) / n )) bytes written per NOOP exchange" \
    "(80x24; a full repaint is about 2000)"
