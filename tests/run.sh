#!/bin/sh
# Run every test: the cmocka unit binaries, then each suite's run.sh
# (tests/*/run.sh). Each suite prints "ok"/"FAIL" per case and its own
# "N passed, N failed" line; this script adds them up and exits non-zero
# when anything failed. Usage: tests/run.sh BUILD_DIR
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
export SMTPX="${SMTPX:-$top/smtpx}"
case $SMTPX in /*) ;; *) SMTPX="$top/$SMTPX" ;; esac
export SMTPX_TOP="$top" LC_ALL=C.UTF-8

passed=0 failed=0 failures=
for t in "$build"/tests/test_*; do
	[ -x "$t" ] || continue
	name=${t##*/}
	out=$("$t" 2>&1); status=$?
	printf '%s\n' "$out"
	n=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')
	passed=$((passed + ${n:-0}))
	if [ $status != 0 ]; then
		failed=$((failed + ${f:-1}))
		failures="$failures $name"
	fi
done

for suite in tests/*/run.sh; do
	[ -f "$suite" ] || continue
	dir=${suite%/run.sh}
	echo "== ${dir#tests/}"
	out=$(sh "$suite" 2>&1); status=$?
	printf '%s\n' "$out"
	line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -1)
	n=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$line" | sed -n 's/^[0-9]* passed, \([0-9]*\) failed.*/\1/p')
	passed=$((passed + ${n:-0}))
	f=${f:-0}
	[ $status != 0 ] && [ "$f" = 0 ] && f=1
	failed=$((failed + f))
	[ "$f" != 0 ] && failures="$failures ${dir#tests/}"
done

echo
[ -n "$failures" ] && echo "failing:$failures"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
