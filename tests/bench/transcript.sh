#!/bin/sh
# Build and run the transcript memory benchmark against the core library:
# heap per line at 1,000,000 lines against the text, and the bound.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
make -s build/libcore.a
cc -O2 -Icore -o build/bench-transcript tests/bench/transcript.c \
    build/libcore.a -lcrypto
./build/bench-transcript
