#!/bin/sh
# Run the libFuzzer targets built by tests/fuzz/fuzz.mk, each for SECONDS,
# starting from its seed corpus in tests/fuzz/corpus/<target>/ (read
# only) and adding what it finds to build-fuzz/corpus/<target>/, so later
# runs go on from there. A failure leaves the input in
# build-fuzz/artifacts/<target>-crash-... and the log in
# build-fuzz/fuzz_<target>.log. Prints ok/FAIL per target and the
# "N passed, N failed" line; exits 1 on any failure.
#   usage: run-all.sh SECONDS [TARGET...]
# SMTPX_FUZZ_JOBS targets run at once (default: the number of cores).
# SMTPX_FUZZ_SKIP_KNOWN=1 skips the checks for bugs already reported
# (see fuzz_util.h), to look past them in a long run.
set -u
secs=${1:-60}
[ $# -gt 0 ] && shift
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
dir=${FUZZ_DIR:-build-fuzz}
targets=${*:-reply caps sasl b64 dataenc sanitize transcript theme cmd}
jobs=${SMTPX_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
mkdir -p "$dir/artifacts" "$dir/corpus"
# run_one TARGET: fuzz it; its ok/FAIL line goes to $dir/fuzz_TARGET.result.
run_one() {
	t=$1
	bin=$dir/fuzz_$t
	res=$dir/fuzz_$t.result
	if [ ! -x "$bin" ]; then
		echo "FAIL - fuzz_$t: not built (make fuzz)" >"$res"
		return
	fi
	mkdir -p "$dir/corpus/$t"
	dict=
	[ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
	log=$dir/fuzz_$t.log
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
	timeout -k 10 $((secs + 120)) "$bin" -max_total_time="$secs" \
		-timeout=30 -rss_limit_mb=2560 -print_final_stats=1 \
		-artifact_prefix="$dir/artifacts/$t-" $dict \
		"$dir/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	cov=$(grep -a 'DONE\|cov:' "$log" | tail -1 | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	if [ $status = 0 ]; then
		echo "ok - fuzz_$t: ${runs:-?} runs in ${secs}s (${rate:-?}/s, coverage ${cov:-?}), no failure" >"$res"
		return
	fi
	{
		echo "FAIL - fuzz_$t: status $status after ${runs:-?} runs"
		grep -a -m1 -E 'property failed|ERROR: [A-Za-z]+Sanitizer|runtime error|ERROR: libFuzzer' \
			"$log" | cut -c1-300 | sed 's/^/    /'
		ls -t "$dir/artifacts/$t-"* 2>/dev/null | head -1 | sed 's/^/    input: /'
	} >"$res"
}

# As many targets at once as there are cores (each fuzzer uses one):
# every target runs the same SECONDS, so they go in batches.
n=0
for t in $targets; do
	rm -f "$dir/fuzz_$t.result"
	run_one "$t" &
	n=$((n + 1))
	[ $((n % jobs)) = 0 ] && wait
done
wait
passed=0 failed=0
for t in $targets; do
	cat "$dir/fuzz_$t.result"
	case $(head -c 2 "$dir/fuzz_$t.result") in
	ok) passed=$((passed + 1)) ;;
	*) failed=$((failed + 1)) ;;
	esac
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
