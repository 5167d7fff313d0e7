#!/bin/sh
# Build and run the reply parser benchmark against the core library.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
make -s build/libcore.a
cc -O2 -Icore -o build/bench-parser tests/bench/parser.c build/libcore.a -lcrypto
./build/bench-parser
