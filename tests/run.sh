#!/bin/sh
# Run every test and add up one "N passed, N failed" line.
#   tests/run.sh BUILD [ASAN_BUILD]
# For BUILD: the cmocka unit binaries (BUILD/tests/test_*), then each
# suite's run.sh (tests/*/run.sh) against BUILD/smtpx. With ASAN_BUILD,
# the same again against the sanitizer build. The fuzz suite builds its
# own instrumented targets and the package suite its own builds, so
# they run once. Each suite prints ok/FAIL per
# case and its own "N passed, N failed" line; this script exits non-zero
# when anything failed.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
export SMTPX_TOP="$top" LC_ALL=C.UTF-8
# The goldens are English: a LANGUAGE of the caller's would translate.
unset LANGUAGE
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

passed=0 failed=0 failures=
start=$(date +%s)

# count NAME STATUS OUTPUT: add a suite's closing line to the totals.
count() {
	_line=$(printf '%s\n' "$3" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -1)
	_n=$(echo "$_line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	_f=$(echo "$_line" | sed -n 's/^[0-9]* passed, \([0-9]*\) failed.*/\1/p')
	_f=${_f:-0}
	[ "$2" != 0 ] && [ "$_f" = 0 ] && _f=1
	passed=$((passed + ${_n:-0}))
	failed=$((failed + _f))
	[ "$_f" != 0 ] && failures="$failures $1"
}

# unit OUTFILE STATUS NAME: a cmocka binary's own summary, turned into
# the same form.
unit() {
	_out=$(cat "$1"); _st=$2
	printf '%s\n' "$_out"
	_n=$(printf '%s\n' "$_out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
	_f=$(printf '%s\n' "$_out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')
	count "$3" "$_st" "${_n:-0} passed, ${_f:-0} failed"
}

pass() {
	build=$1 tag=$2
	export SMTPX="$top/$build/smtpx"
	# The unit binaries are independent (ephemeral ports, their own
	# temporary files): a core each at once, reported in order.
	_u=$(mktemp -d "${TMPDIR:-/tmp}/smtpx-unit.XXXXXX")
	for t in "$build"/tests/test_*; do
		[ -x "$t" ] && printf '%s\n' "$t"
	done | xargs -r -P "$(nproc 2>/dev/null || echo 1)" -I{} sh -c \
	    '"$1" >"$2/${1##*/}.out" 2>&1; echo $? >"$2/${1##*/}.rc"' \
	    sh {} "$_u"
	for t in "$build"/tests/test_*; do
		[ -x "$t" ] || continue
		unit "$_u/${t##*/}.out" "$(cat "$_u/${t##*/}.rc")" "$tag${t##*/}"
	done
	rm -rf "$_u"
	for suite in tests/*/run.sh; do
		name=${suite#tests/}
		name=${name%/run.sh}
		# fuzz and package build their own binaries: once is enough.
		case $name in fuzz|package) [ -n "$tag" ] && continue ;; esac
		echo "== $tag$name"
		_t0=$(date +%s)
		out=$(sh "$suite" 2>&1); st=$?
		printf '%s\n' "$out"
		echo "== $tag$name: $(( $(date +%s) - _t0 )) s"
		count "$tag$name" "$st" "$out"
	done
}

pass "${1:-build}" ""
[ $# -ge 2 ] && pass "$2" "asan:"

echo
echo "all tests: $(( $(date +%s) - start )) s"
[ -n "$failures" ] && echo "failing:$failures"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
