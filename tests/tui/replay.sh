# Sourced by run.sh (its helpers, tmux server and $tmp): --replay FILE on
# the screen. A lab 587 session exported as JSON through the line mode is
# stepped through with Space, Enter and Backspace; F3 shows times and
# latencies; q quits and gives the terminal back; a bad file is refused
# with its name and line before the screen starts.

printf 'secret\n' >"$tmp/replay-pw"
chmod 600 "$tmp/replay-pw"
printf 'EHLO me.example\n/starttls\nEHLO me.example\n/auth PLAIN\nQUIT\n' |
    timeout -k 2 30 "$SMTPX" --lab --batch --timeout 5 --format json \
    --user student@lab.test --password-file "$tmp/replay-pw" 587 \
    >"$tmp/replay.json" 2>"$tmp/replay.err"
start rp -- --replay "$tmp/replay.json"
# The replay's status line is the last row.
rp_status() { screen rp | sed -n 30p | grep -F -q -- "$1"; }
rp_status_see() { wait_until 10 rp_status "$1"; }
check "replay: starts at the greeting, step 1 of 6" rp \
    rp_status_see "step 1 of 6 |"
check "replay: the greeting and its note are shown" rp \
    see rp "S: 220 lab.test ESMTP smtpx lab (port 587 personality: submission)"
check "replay: notes rendered from their ids" rp \
    see rp "   # 220 success: the server greets you and is ready; start with EHLO"
check "replay: nothing after the greeting yet" rp hasnt rp "C: EHLO me.example"
T send-keys -t rp Space
check "replay: Space shows EHLO and its reply" rp see rp "S: 250 8BITMIME"
check "replay: step 2 of 6" rp rp_status_see "step 2 of 6 |"
T send-keys -t rp Enter
check "replay: Enter shows STARTTLS and the handshake" rp \
    see rp "* TLS established: TLSv1."
T send-keys -t rp BSpace
check "replay: Backspace steps back" rp gone rp "* TLS established: TLSv1."
check "replay: back at step 2 of 6" rp rp_status_see "step 2 of 6 |"
T send-keys -t rp Space Space Space
check "replay: the masked AUTH line" rp see rp "C: AUTH PLAIN ********"
check "replay: step 5 of 6" rp rp_status_see "step 5 of 6 |"
T send-keys -t rp F3
# 235's line ends with its latency; every line starts with the clock.
rp_times() {
	screen rp | grep -Eq '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} S: 235 2\.7\.0 Authentication successful   \([0-9]+ ms\)$' &&
	    screen rp | grep -Eq '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} C: AUTH PLAIN \*{8}$'
}
check "replay: F3 shows times and the reply's latency" rp \
    wait_until 10 rp_times
check "replay: F3 is said on the status line" rp rp_status_see "| times |"
T send-keys -t rp F3
check "replay: F3 again hides them" rp see rp "S: 235 2.7.0 Authentication successful"
check "replay: no latency without F3" rp hasnt rp " ms)"
check "replay: the password is nowhere" rp hasnt rp "secret"
T send-keys -t rp q
check "replay: q quits with status 0" rp see rp "[exited 0]"
rp_modes() {
	screen rp | grep -q '\[end\]' &&
	    ! screen rp | grep -E -q -- '-(isig|icanon|echo|ixon) '
}
check "replay: quitting restores the tty modes" rp wait_until 10 rp_modes

printf '{"dir":"C","text":"EHLO x"}\n[1]\n' >"$tmp/replay-bad.json"
start rpbad -- --replay "$tmp/replay-bad.json"
check "replay: a bad file exits 2 before the screen" rpbad \
    see rpbad "[exited 2]"
check "replay: the message names file and line" rpbad \
    see rpbad "replay-bad.json:2: not a JSON object"

# /compare on the screen: the two sessions side by side in an overlay the
# pane wide, made again for the width after a resize; q closes it and
# the transcript keeps one line saying how many differences there were.
printf 'EHLO me.example\nQUIT\n' | timeout -k 2 30 "$SMTPX" --lab --batch \
    --timeout 5 --format json 25 >"$tmp/replay25.json" 2>>"$tmp/replay.err"
start rpcmp -- --lab
see rpcmp "smtpx>" >/dev/null
type_line rpcmp "/compare $tmp/replay25.json $tmp/replay.json"
check "/compare on the screen: the overlay opens" rpcmp \
    see rpcmp "compare: q closes"
# cmp_row RE: a row of the overlay matches RE (box sides stripped).
cmp_row() { screen rpcmp | sed 's/^│ //; s/ *│$//' | grep -Eq -- "$1"; }
check "/compare on the screen: EHLO next to EHLO" rpcmp \
    wait_until 10 cmp_row '^C: EHLO me\.example +C: EHLO me\.example$'
check "/compare on the screen: STARTTLS only on the right, marked >" rpcmp \
    cmp_row '^ +> C: STARTTLS$'
T send-keys -t rpcmp End
check "/compare on the screen: TLS differs, marked |" rpcmp \
    wait_until 10 cmp_row '^TLS: none +\| TLS: TLSv1\.'
check "/compare on the screen: AUTH only in the second's capabilities" rpcmp \
    cmp_row '^ +> AUTH PLAIN LOGIN'
check "/compare on the screen: the password is nowhere" rpcmp \
    hasnt rpcmp "secret"
T resize-window -t rpcmp -x 72
# End again until the narrower overlay shows its end: a key read before
# the resize is handled scrolls the old, wider text.
cmp_narrow_end() {
	T send-keys -t rpcmp End
	cmp_row '^TLS: none {20,}\| TLS: TLSv1\.3, certificate$'
}
check "/compare on the screen: made again for a narrower screen" rpcmp \
    wait_until 10 cmp_narrow_end
T resize-window -t rpcmp -x 100
T send-keys -t rpcmp q
cmp_said() {
	screen rpcmp | tr -s '\n ' '  ' |
	    grep -Eq 'replay\.json compared: [0-9]+ differences, shown side by side'
}
check "/compare on the screen: q closes, the transcript says it" rpcmp \
    wait_until 10 cmp_said
check "/compare on the screen: the overlay is gone" rpcmp \
    gone rpcmp "compare: q closes"

# F3 on a live session: times, and each reply's latency on its last line.
start lat -- --lab
see lat "smtpx>" >/dev/null
type_line lat "/connect lab 25"
see lat "S: 220 lab.test" >/dev/null
type_line lat "EHLO me.example"
see lat "S: 250 8BITMIME" >/dev/null
check "F3 off: no latency" lat hasnt lat " ms)"
T send-keys -t lat F3
lat_shown() {
	screen lat | grep -Eq '^[0-9]{2}:[0-9]{2}:[0-9]{2} S: 250 8BITMIME   \([0-9]+ ms\) *$' &&
	    ! screen lat | grep -Eq 'S: 250-PIPELINING .*ms\)'
}
check "F3: the reply's last line ends with its latency" lat \
    wait_until 10 lat_shown
T send-keys -t lat F3
check "F3 again: the latency is gone" lat gone lat " ms)"
