#!/bin/sh
# The fuzzers as a test suite: build every libFuzzer target (clang with
# ASan and UBSan, tests/fuzz/fuzz.mk) and run each for a short time from
# its seed corpus. Longer runs: make fuzz, then tests/fuzz/run-all.sh N.
#   SMTPX_FUZZ_TIME  seconds per target (default 10)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
mkdir -p build-fuzz
if ! make -s -j"$(nproc 2>/dev/null || echo 1)" -f tests/fuzz/fuzz.mk \
    >build-fuzz/build.log 2>&1; then
	echo "FAIL - building the fuzzers"
	tail -20 build-fuzz/build.log | sed 's/^/    /'
	echo "0 passed, 1 failed"
	exit 1
fi
exec sh tests/fuzz/run-all.sh "${SMTPX_FUZZ_TIME:-10}"
