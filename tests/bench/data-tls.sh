#!/bin/sh
# DATA through STARTTLS, smtpx beside its peers in one run (issue 18):
#   smtpx        /data of a message file, after /starttls
#   s_client     openssl s_client -starttls smtp sending the same message
#                already dot-stuffed (the least any client must do)
#   curl         curl smtp:// --ssl-reqd --crlf uploading the message file
#                (when curl is installed)
#   ceiling      s_client sending the stuffed bytes as plain TLS to the
#                sink: the TLS ceiling here
# A C sink (sink.c) counts and hashes what arrives, so every smtpx and
# s_client run is checked byte for byte. Each figure is the median of
# RUNS runs (default 3); the ratios are what to read, not the seconds.
#   MB=100 RUNS=3 sh tests/bench/data-tls.sh
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
SMTPX=${SMTPX:-$top/smtpx}
mb=${MB:-100}
runs=${RUNS:-3}
tmp=$(mktemp -d)
sink=
trap '[ -n "$sink" ] && kill $sink 2>/dev/null; rm -rf "$tmp"' EXIT

mkdir -p "$top/build"
cc -O2 -D_GNU_SOURCE -o "$top/build/bench-sink" "$top/tests/bench/sink.c" \
	-lssl -lcrypto || exit 1
sh "$top/tests/hostile/certs.sh" "$tmp/certs" >/dev/null || exit 1
"$top/build/bench-sink" "$tmp/certs/good.crt" "$tmp/certs/good.key" \
	>"$tmp/port" &
sink=$!
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$tmp/port")

# The message: text lines, some starting with a dot. msg is what smtpx
# reads; wire is the same dot-stuffed with CRLF, what must arrive.
/usr/bin/python3 - "$tmp" "$mb" <<'EOF'
import hashlib, sys
d, mb = sys.argv[1], int(sys.argv[2])
line = b"The quick brown fox jumps over the lazy dog 0123456789 abcdefghij"
size = mb * 1024 * 1024
h = hashlib.sha256()
n = 0
with open(d + "/msg", "wb") as m, open(d + "/stuffed", "wb") as w:
    chunk_m, chunk_w = [], []
    i = 0
    while n < size:
        text = (b"." if i % 100 == 0 else b"") + line
        chunk_m.append(text + b"\n")
        chunk_w.append((b"." if text.startswith(b".") else b"") + text + b"\r\n")
        n += len(text) + 1
        i += 1
        if len(chunk_m) == 4096:
            m.write(b"".join(chunk_m)); w.write(b"".join(chunk_w))
            h.update(b"".join(chunk_w)); chunk_m, chunk_w = [], []
    m.write(b"".join(chunk_m)); w.write(b"".join(chunk_w))
    h.update(b"".join(chunk_w))
    total = w.tell()
with open(d + "/expect", "w") as f:
    f.write("%d bytes sha256 %s\n" % (total, h.hexdigest()))
EOF
[ -s "$tmp/expect" ] || exit 1
expect=$(cat "$tmp/expect")

printf 'EHLO bench\n/starttls\nEHLO bench\nMAIL FROM:<a@b.test>\nRCPT TO:<c@d.test>\nDATA\n/data %s\nQUIT\n' \
	"$tmp/msg" >"$tmp/script"
{
	printf 'MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n'
	cat "$tmp/stuffed"
	printf '.\r\nQUIT\r\n'
} >"$tmp/s_client.in"

# run NAME COMMAND...: wall, user+sys CPU and peak RSS of one run into
# $tmp/NAME.times (one line per run); output in $tmp/NAME.out.
run() {
	_n=$1; shift
	_t0=$(date +%s%N)
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$@" >"$tmp/$_n.out" 2>&1
	_t1=$(date +%s%N)
	# Wall from the nanosecond clock (time's %e has 10 ms steps).
	awk -v ns=$((_t1 - _t0)) '{ $1 = sprintf("%.4f", ns / 1e9); print }' \
		"$tmp/t" >>"$tmp/$_n.times"
}
check() {
	grep -q "250 2.0.0 $expect" "$tmp/$1.out" ||
		{ echo "data-tls: $1 did not deliver the exact bytes" >&2;
		  tail -5 "$tmp/$1.out" >&2; exit 1; }
}

i=0
while [ $i -lt "$runs" ]; do
	run smtpx "$SMTPX" --batch --no-notes --ca-file "$tmp/certs/ca.crt" \
		--script "$tmp/script" localhost "$port"
	check smtpx
	run s_client sh -c "exec openssl s_client -quiet -nocommands -starttls smtp \
		-connect 127.0.0.1:$port -CAfile $tmp/certs/ca.crt \
		-verify_return_error <$tmp/s_client.in"
	check s_client
	if command -v curl >/dev/null 2>&1; then
		run curl curl -sS -v --ssl-reqd --crlf --cacert "$tmp/certs/ca.crt" \
			--mail-from a@b.test --mail-rcpt c@d.test \
			--upload-file "$tmp/msg" "smtp://localhost:$port"
		check curl
	fi
	i=$((i + 1))
done

# The TLS ceiling: s_client sending the stuffed file as raw TLS to the
# sink in raw mode (openssl s_server cannot count what it receives).
"$top/build/bench-sink" "$tmp/certs/good.crt" "$tmp/certs/good.key" raw \
	>"$tmp/rport" &
rsink=$!
i=0
while [ ! -s "$tmp/rport" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
rport=$(cat "$tmp/rport")
i=0
while [ $i -lt "$runs" ]; do
	run ceiling sh -c "exec openssl s_client -nocommands \
		-connect 127.0.0.1:$rport <$tmp/stuffed"
	i=$((i + 1))
done
kill $rsink 2>/dev/null

# median FILE COLUMN: the middle value of one column.
median() {
	awk -v c="$2" '{ print ($c) }' "$1" | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
cpu() { awk '{ print $2 + $3 }' "$1" >"$1.cpu"; median "$1.cpu" 1; }
w_smtpx=$(median "$tmp/smtpx.times" 1) c_smtpx=$(cpu "$tmp/smtpx.times")
w_scl=$(median "$tmp/s_client.times" 1) c_scl=$(cpu "$tmp/s_client.times")
w_ceil=$(median "$tmp/ceiling.times" 1)
rss=$(median "$tmp/smtpx.times" 4)
w_curl=0 c_curl=0
if [ -s "$tmp/curl.times" ]; then
	w_curl=$(median "$tmp/curl.times" 1) c_curl=$(cpu "$tmp/curl.times")
fi
awk -v mb="$mb" -v ws="$w_smtpx" -v cs="$c_smtpx" -v wc="$w_scl" \
    -v wu="$w_curl" -v cu="$c_curl" \
    -v cc="$c_scl" -v wt="$w_ceil" -v rss="$rss" -v runs="$runs" 'BEGIN {
	printf "data-tls: %d MiB through STARTTLS, median of %d runs, bytes checked\n", mb, runs
	printf "data-tls:   smtpx     wall %6.3f s  cpu %6.2f s  %7.1f MiB/s  peak RSS %d KiB\n", ws, cs, mb / (ws > 0 ? ws : 0.01), rss
	printf "data-tls:   s_client  wall %6.3f s  cpu %6.2f s  %7.1f MiB/s\n", wc, cc, mb / (wc > 0 ? wc : 0.01)
	if (wu > 0)
		printf "data-tls:   curl      wall %6.3f s  cpu %6.2f s  %7.1f MiB/s\n", wu, cu, mb / wu
	printf "data-tls:   TLS ceiling (s_client, raw) wall %6.3f s  %7.1f MiB/s\n", wt, mb / (wt > 0 ? wt : 0.01)
	printf "data-tls:   smtpx/s_client: wall %.2fx, cpu %.2fx; smtpx at %.0f%% of the ceiling\n", ws / (wc > 0 ? wc : 0.01), cs / (cc > 0 ? cc : 0.01), 100 * (wt > 0 ? wt : 0.01) / (ws > 0 ? ws : 0.01)
	if (wu > 0)
		printf "data-tls:   smtpx/curl: wall %.2fx, cpu %.2fx\n", ws / wu, cs / (cu > 0 ? cu : 0.01)
}'
