#!/bin/sh
# DATA streaming: send messages of growing size through /data to a sink
# on loopback and print smtpx's peak RSS and throughput for each. The
# target is a flat line: peak memory must not grow with the message.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
SMTPX=${SMTPX:-$top/smtpx}
tmp=$(mktemp -d)
trap 'kill $sink 2>/dev/null; rm -rf "$tmp"' EXIT
/usr/bin/python3 "$top/tests/bench/sink.py" 120 >"$tmp/port" &
sink=$!
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$tmp/port")
for mb in 1 16 64; do
	/usr/bin/python3 -c "
import sys
line = b'x' * 76 + b'\n'
with open(sys.argv[1], 'wb') as f:
    for _ in range(int(sys.argv[2]) * 1024 * 1024 // len(line)):
        f.write(line)
" "$tmp/msg" "$mb"
	printf 'EHLO bench\nMAIL FROM:<a@b.test>\nRCPT TO:<c@d.test>\nDATA\n/data %s\nQUIT\n' \
		"$tmp/msg" >"$tmp/script"
	t0=$(date +%s%N)
	/usr/bin/time -f %M -o "$tmp/rss" "$SMTPX" --batch --no-notes \
		--script "$tmp/script" 127.0.0.1 "$port" >"$tmp/out" 2>&1
	t1=$(date +%s%N)
	ms=$(( (t1 - t0) / 1000000 ))
	[ $ms -gt 0 ] || ms=1
	echo "data-stream: ${mb} MiB message: peak RSS $(cat "$tmp/rss") KiB," \
		"$(( mb * 1000 / ms )) MiB/s"
done
