# Sourced by run.sh (its helpers, tmux server and $tmp): pastes far larger
# than the screen's key queue, through tmux load-buffer and paste-buffer
# as a user's terminal would send them. Nothing may be lost: the server
# at the other end says what arrived (sink.c hashes the message; the
# "count" fakesmtp numbers the NOOPs).

# --- a 10 MB paste in DATA arrives byte-exact ----------------------------
if cc -O2 -D_GNU_SOURCE -o "$tmp/sink" "$SMTPX_TOP/tests/bench/sink.c" \
    -lssl -lcrypto 2>"$tmp/sink.err"; then
	"$tmp/sink" >"$tmp/sink.port" &
	srvpids="$srvpids $!"
	wait_until 10 test -s "$tmp/sink.port"
	# The message: 10 MB of lines, blank ones and ones starting with a
	# dot among them, then ".". want holds what must arrive: the lines
	# dot-stuffed with CRLF, as "SIZE bytes sha256 HEX".
	want=$($PY - "$tmp/msg" <<'EOF'
import hashlib, sys
lines, size, i = [], 0, 0
while size < 10 * 1000 * 1000:
    if i % 50 == 0:
        l = ""
    elif i % 37 == 0:
        l = ".dot line %d" % i
    else:
        l = "Line %07d The quick brown fox jumps over the lazy dog 0123456789" % i
    lines.append(l)
    size += len(l) + 1
    i += 1
with open(sys.argv[1], "w") as f:
    f.write("\n".join(lines) + "\n.\n")
wire = b"".join((("." + l) if l.startswith(".") else l).encode() + b"\r\n"
               for l in lines)
print("%d bytes sha256 %s" % (len(wire), hashlib.sha256(wire).hexdigest()))
EOF
)
	start big -- 127.0.0.1 "$(cat "$tmp/sink.port")"
	see big "S: 220 sink" >/dev/null
	for l in "EHLO client.test" "MAIL FROM:<me@client.test>" \
	    "RCPT TO:<you@sink.test>" "DATA"; do
		type_line big "$l"
	done
	see big "data>" >/dev/null
	T load-buffer -b big "$tmp/msg"
	T paste-buffer -d -b big -t big
	# About 2 s here; the deadline leaves room for a sanitizer build.
	check "a 10 MB paste in DATA arrives byte-exact ($want)" big \
	    see big "S: 250 2.0.0 $want" 180
	check "... and the session is out of DATA" big \
	    status_see big "next: MAIL FROM"
	type_line big "NOOP"
	check "... and the command line takes commands again" big \
	    see big "C: NOOP"
	# The longest line RFC 5321 allows (998 characters) goes whole, in
	# a pasted message; one character more is refused, with the reason.
	want=$($PY - "$tmp/msg" <<'EOF2'
import hashlib, sys
lines = ["Subject: long", "", "x" * 998, "." + "y" * 997, "end"]
with open(sys.argv[1], "w") as f:
    f.write("MAIL FROM:<me@client.test>\nRCPT TO:<you@sink.test>\nDATA\n" +
            "\n".join(lines) + "\n.\n")
wire = b"".join((("." + l) if l.startswith(".") else l).encode() + b"\r\n"
               for l in lines)
print("%d bytes sha256 %s" % (len(wire), hashlib.sha256(wire).hexdigest()))
EOF2
)
	T load-buffer -b long "$tmp/msg"
	T paste-buffer -d -b long -t big
	check "a pasted line of 998 characters goes whole ($want)" big \
	    see big "S: 250 2.0.0 $want" 30
	$PY -c 'print("NOOP " + "z" * 994)' >"$tmp/msg"
	T load-buffer -b long "$tmp/msg"
	T paste-buffer -d -b long -t big
	check "a pasted line of 999 characters is refused, with the reason" \
	    big see big "line longer than 998 characters (RFC 5321"
	rm -f "$tmp/msg"
	T kill-session -t big
else
	t_fail "the C sink builds (tests/bench/sink.c)" "$(cat "$tmp/sink.err")"
fi

# --- 20,000 NOOP lines: all sent, in order; typing during the drain ------
# numbered FIRST LAST: the lines "NOOP FIRST" to "NOOP LAST".
numbered() { seq "$1" "$2" | sed 's/^/NOOP /'; }
server count noops
start noops -- 127.0.0.1 "$port"
see noops "S: 220 mx.example.test" >/dev/null
numbered 1 20000 >"$tmp/noops"
T load-buffer -b noops "$tmp/noops"
T paste-buffer -d -b noops -t noops
# Typed while the paste drains: it comes after the paste, on the command
# line, and the pane keeps showing replies as they come.
T send-keys -t noops -l "typed-during-drain"
midway() { screen noops | grep -q 'S: 250 2.0.0 noop [0-9]* in order'; }
check "the pane shows replies while a 20,000-line paste drains" noops \
    wait_until 60 midway
check "20,000 pasted NOOP lines all go out, in order" noops \
    see noops "S: 250 2.0.0 noop 20000 in order" 180
check "keys typed during the drain echo on the command line" noops \
    see noops "smtp> typed-during-drain"
check "... and were not sent in the middle of the paste" noops \
    hasnt noops "OUT OF ORDER"
T send-keys -t noops C-u
T send-keys -t noops C-d
see noops "(y/N)" 5 >/dev/null && T send-keys -t noops y
see noops "[exited" >/dev/null

# --- a paste held for good: bounded memory, and a resize still works ----
# A silent server never greets, so nothing queued goes out: the session's
# queue fills, then the screen's, and the rest of an 11 MB paste waits in
# the terminal (tmux), not in smtpx's memory.
server silent held
start held -- 127.0.0.1 "$port"
see held "connected to 127.0.0.1" >/dev/null
# peak_kb: smtpx's peak resident memory (the pane's shell runs it).
peak_kb() {
	_p=$(pgrep -P "$(T display -p -t held '#{pane_pid}')" | head -1)
	awk '$1 == "VmHWM:" { print $2 }' "/proc/$_p/status"
}
before=$(peak_kb)
numbered 1 900000 >"$tmp/noops"
T load-buffer -b held "$tmp/noops"
T paste-buffer -d -b held -t held
see held "line queued" >/dev/null
sleep 1		# not for the result: lets the queues fill first
after=$(peak_kb)
check "a held 11 MB paste costs smtpx under 8 MB ($before -> $after kB)" \
    held test -n "$before" -a -n "$after" -a \
    "$((${after:-0} - ${before:-0}))" -lt 8192
T resize-window -t held -x 90 -y 20
status_moved() { screen held | sed -n 19p | grep -q "F1 help"; }
check "a resize while a paste is held moves the status line" held \
    wait_until 10 status_moved
T kill-session -t held

# --- Ctrl-C while a short paste drains drops the lines not sent ----------
# 2,000 lines fit in the session's queue; the server answers each NOOP
# after 2 ms. Ctrl-C drops the queued lines but still takes the reply to
# the one in flight, so the session stays in step and connected.
server countslow short
start short -- 127.0.0.1 "$port"
see short "S: 220 mx.example.test" >/dev/null
numbered 1 2000 >"$tmp/noops"
T load-buffer -b short "$tmp/noops"
T paste-buffer -d -b short -t short
see short "S: 250 2.0.0 noop" >/dev/null
T send-keys -t short C-c
check "Ctrl-C during a short paste's drain drops the lines not sent" short \
    see short "cancelled the lines not sent yet"
type_line short "NOOP after"
short_count() {
	_k=$(screen short | sed -n 's/.*noop \([0-9]*\) OUT OF ORDER.*/\1/p' |
	    tail -1)
	[ -n "$_k" ] && [ "$_k" -lt 2001 ]
}
check "... the reply in flight is taken, and the session goes on" short \
    wait_until 30 short_count
check "... still connected" short hasnt short "not connected"
T send-keys -t short C-d
see short "(y/N)" 5 >/dev/null && T send-keys -t short y
see short "[exited" >/dev/null
numbered 1 12000 >"$tmp/noops"

# --- Ctrl-C while a paste drains stops the rest of it ---------------------
# A server slow to answer (2 ms a NOOP) holds most of a 12,000-line paste
# back. Ctrl-C, typed after the paste, drops what is left of it once it
# is read; the NOOP typed after that counts what went out before it.
server countslow slow
start stop -- 127.0.0.1 "$port"
see stop "S: 220 mx.example.test" >/dev/null
T load-buffer -b stop "$tmp/noops"
T paste-buffer -d -b stop -t stop
see stop "S: 250 2.0.0 noop" >/dev/null
T send-keys -t stop C-c
check "Ctrl-C during a paste's drain cancels the rest of it" stop \
    see stop "cancelled the rest of the paste" 60
type_line stop "NOOP after"
after_count() {
	_k=$(screen stop | sed -n 's/.*noop \([0-9]*\) OUT OF ORDER.*/\1/p' |
	    tail -1)
	[ -n "$_k" ] && [ "$_k" -lt 12001 ]
}
check "... and the lines after it were not sent" stop \
    wait_until 30 after_count
check "... and the session is still connected" stop \
    hasnt stop "not connected"
T send-keys -t stop C-d
see stop "(y/N)" 5 >/dev/null && T send-keys -t stop y
see stop "[exited" >/dev/null
rm -f "$tmp/noops"
