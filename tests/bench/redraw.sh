#!/bin/sh
# Redraw cost: what the screen writes to the terminal for each exchange
# typed against the lab, in an 80x24 terminal made by script(1), counted
# by tests/lib/wcount.c (LD_PRELOAD: bytes and write(2) calls per frame,
# a frame being one doupdate). Two kinds of exchange, side by side in
# one run: NOOP, whose lines are all identical (the hard case: nothing
# on the pane is unique, so ncurses alone cannot see that it scrolled),
# and "NOOP <n>", whose lines differ (the baseline ncurses handles by
# itself). Figures are per exchange over N exchanges, the difference
# from a run with 15 (enough to fill the pane with them), median of RUNS
# runs. A full repaint of the
# terminal is about 2,000 bytes. Goal: identical lines cost what
# distinct ones do, at most 300 bytes, and one write per frame.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
SMTPX=${SMTPX:-$top/smtpx}
n=${N:-30}
n0=15			# exchanges first, to fill the pane with them
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! ${CC:-cc} -shared -fPIC -o "$tmp/wcount.so" "$top/tests/lib/wcount.c" \
    -ldl 2>"$tmp/cc.err"; then
	echo "redraw: cannot build tests/lib/wcount.c:" >&2
	cat "$tmp/cc.err" >&2
	exit 1
fi
# feed LINES...: type each line into the screen, pausing for the reply.
feed() {
	for l; do printf '%s\r' "$l"; sleep 0.15; done
	sleep 0.5
}
# run N KIND: N exchanges of KIND (same or distinct); prints the
# counter's line: frames F writes W bytes B max M multi X other O.
run() {
	rm -f "$tmp/wc"
	(
		sleep 0.5
		feed '/connect lab 587' 'EHLO bench'
		i=0
		while [ $i -lt "$1" ]; do
			if [ "$2" = same ]; then feed NOOP; else feed "NOOP $i"; fi
			i=$((i + 1))
		done
		printf '\004'; sleep 0.3; printf 'y'; sleep 0.5
	) | env TERM=xterm-256color INPUTRC=/dev/null \
	    HOME="$tmp" XDG_STATE_HOME="$tmp" \
	    script -qfec "stty cols 80 rows 24; LD_PRELOAD=$tmp/wcount.so \
	    WCOUNT_FILE=$tmp/wc $SMTPX --lab --no-notes" \
	    "$tmp/typescript" >/dev/null 2>&1
	cat "$tmp/wc"
}
field() { echo "$1" | awk -v f="$2" '{ for (i = 1; i < NF; i++) if ($i == f) print $(i + 1) }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# per KIND: bytes and writes per exchange, frames per exchange, the most
# writes one frame made; medians of the runs.
per() {
	base=$(run $n0 "$1")
	bb=$(field "$base" bytes); bw=$(field "$base" writes)
	bf=$(field "$base" frames)
	: >"$tmp/b"; : >"$tmp/w"; : >"$tmp/f"; : >"$tmp/m"
	r=0
	while [ $r -lt "$runs" ]; do
		more=$(run $((n0 + n)) "$1")
		echo $(( ($(field "$more" bytes) - bb) / n )) >>"$tmp/b"
		echo $(( ($(field "$more" writes) - bw) * 100 / n )) >>"$tmp/w"
		echo $(( ($(field "$more" frames) - bf) * 100 / n )) >>"$tmp/f"
		field "$more" max >>"$tmp/m"
		r=$((r + 1))
	done
	w=$(median <"$tmp/w"); f=$(median <"$tmp/f")
	printf 'redraw: %-22s %4d bytes, %d.%02d writes, %d.%02d frames per exchange; at most %d write(s) in a frame\n' \
	    "$2" "$(median <"$tmp/b")" $((w / 100)) $((w % 100)) \
	    $((f / 100)) $((f % 100)) "$(sort -n "$tmp/m" | tail -1)"
}
per same "identical lines (NOOP)"
per distinct "distinct lines (peer)"
echo "redraw: 80x24, N=$n exchanges, median of $runs runs; a full repaint is about 2000 bytes"
