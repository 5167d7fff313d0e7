#!/bin/sh
# The curses screen, driven through tmux (STYLE.md section 4): a private
# tmux server, fixed-size detached sessions, INPUTRC=/dev/null, keys with
# send-keys and the screen read back with capture-pane. Every wait polls
# for the expected text with a deadline; nothing relies on a bare sleep.
# A scripted server (fakesmtp.py, 127.0.0.1 only) plays normal, hostile,
# silent and slow SMTP servers; --lab gives a server whose inbox shows
# what arrived.
. "$(dirname "$0")/../lib/common.sh"
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v tmux >/dev/null 2>&1; then
	t_fail "tmux is installed" "install tmux (tests/deps.sh test)"
	t_done
	exit
fi

tmp=$(t_tmpdir)
sock=smtpx-test$$
srvpids=
T() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
	T kill-server >/dev/null 2>&1
	for p in $srvpids; do kill "$p" 2>/dev/null; done
	# A program killed with the server may still be writing its state
	# files for a moment: try again once it is gone.
	rm -rf "$tmp" 2>/dev/null || { sleep 1; rm -rf "$tmp"; }
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

mkdir -p "$tmp/home" "$tmp/state" "$tmp/config"
hist="$tmp/state/smtpx/history"
USER_NAME=alice@example.test
PASSWORD=Wonder-Secret-42

# A certificate for 127.0.0.1, trusted with --ca-file.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" \
    -out "$tmp/cert.pem" -days 2 -subj /CN=127.0.0.1 \
    -addext "subjectAltName=IP:127.0.0.1" >/dev/null 2>&1

# wait_until SECONDS COMMAND...: poll until the command succeeds.
wait_until() {
	_end=$(($(date +%s) + $1))
	shift
	while ! "$@"; do
		[ "$(date +%s)" -ge "$_end" ] && return 1
		sleep 0.1
	done
	return 0
}

# server MODE NAME [tls]: start fakesmtp.py; its port goes in $port.
server() {
	_pf="$tmp/$2.port"
	rm -f "$_pf"
	if [ "${3:-}" = tls ]; then
		$PY "$here/fakesmtp.py" "$1" "$_pf" "$tmp/cert.pem" \
		    "$tmp/key.pem" &
	else
		$PY "$here/fakesmtp.py" "$1" "$_pf" &
	fi
	srvpids="$srvpids $!"
	wait_until 10 test -s "$_pf" || return 1
	port=$(cat "$_pf")
}

# start NAME [ENV=VALUE...] -- ARGS...: run smtpx in a fresh 100x30
# session; when it ends the shell prints its status and the tty modes.
start() {
	_name=$1
	shift
	_env=
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		_env="$_env $1"
		shift
	done
	[ "${1:-}" = -- ] && shift
	T kill-session -t "$_name" >/dev/null 2>&1
	T new-session -d -s "$_name" -x "${START_COLS:-100}" -y 30 \
	    -c "${START_DIR:-$PWD}" "env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TERM=screen \
	    INPUTRC=/dev/null HOME=$tmp/home XDG_STATE_HOME=$tmp/state \
	    XDG_CONFIG_HOME=$tmp/config $_env $SMTPX $*; \
	    echo \"[exited \$?]\"; stty -a | tr ' ;' '\n\n' | \
	    grep -E '^-?(icanon|echo|isig|ixon)\$' | tr '\n' ' '; \
	    echo '[end]'; sleep 600"
}

screen() { T capture-pane -p -t "$1"; }
# Everything the pane ever showed, scrolled off or not.
everything() { T capture-pane -p -S -2000 -t "$1"; }
has() { screen "$1" | grep -F -q -- "$2"; }
hasnt() { ! screen "$1" | grep -F -q -- "$2"; }
# see NAME TEXT [SECONDS]: wait for TEXT on the screen.
see() { wait_until "${3:-10}" has "$1" "$2"; }
gone() { wait_until "${3:-10}" hasnt "$1" "$2"; }
type_line() { T send-keys -t "$1" -l -- "$2"; T send-keys -t "$1" Enter; }
status_line() { screen "$1" | sed -n 29p; }
status_has() { status_line "$1" | grep -F -q -- "$2"; }
status_see() { wait_until "${3:-10}" status_has "$1" "$2"; }
# Show the screen when a case fails.
dump() { screen "$1" | sed -e 's/[[:space:]]*$//' -e '/^$/d' | tail -15; }
check() {
	_n=$1
	_s=$2
	shift 2
	if "$@"; then t_ok "$_n"; else t_fail "$_n" "$(dump "$_s")"; fi
}

# --- no terminal, no cursor addressing -------------------------------
out=$("$SMTPX" </dev/null 2>&1 >/dev/null)
st=$?
if [ $st = 2 ] && echo "$out" | grep -q -- --batch; then
	t_ok "not a terminal: exit 2 and points to --batch"
else
	t_fail "not a terminal: exit 2 and points to --batch" "status $st: $out"
fi
start dumb TERM=dumb --
check "TERM=dumb: exit 2 and points to --batch" dumb \
    see dumb "[exited 2]"
check "TERM=dumb: message names --batch" dumb has dumb "--batch"

# --- start, welcome, quit restores the terminal ------------------------
start idle --
check "welcome says how to start" idle see idle "/connect HOST 587"
check "status says not connected" idle status_see idle "not connected"
check "prompt is drawn" idle see idle "smtpx>"
T send-keys -t idle F1
check "F1 shows the help overlay" idle see idle "help: q closes"
T send-keys -t idle q
check "q closes the overlay" idle gone idle "help: q closes"
# Wide characters: the cursor lands after them: "smtpx> " 7, "RCPT TO:<"
# 9, 日本 4, "@" 1, 例え 4, ".jp>" 4.
T send-keys -t idle -l 'RCPT TO:<日本@例え.jp>'
cursor_at() {
	[ "$(T display -p -t idle '#{cursor_x},#{cursor_y}')" = "$1" ]
}
check "wide characters: cursor column is counted with wcwidth" idle \
    wait_until 5 cursor_at 29,29
T send-keys -t idle Left Left Left Left Left Left
check "wide characters: Left moves by character" idle \
    wait_until 5 cursor_at 21,29
T send-keys -t idle C-c
check "Ctrl-C clears the line" idle gone idle "日本"
check "Ctrl-C does not end the program" idle hasnt idle "[exited"
T send-keys -t idle C-d
check "Ctrl-D on an empty line quits when not connected" idle \
    see idle "[exited 0]"
modes_ok() {
	screen idle | grep -q '\[end\]' &&
	    ! screen idle | grep -E -q -- '-(isig|icanon|echo|ixon) '
}
check "quitting restores the tty modes" idle wait_until 10 modes_ok
noalt() { [ "$(T display -p -t idle '#{alternate_on}')" = 0 ]; }
check "quitting leaves the alternate screen" idle wait_until 5 noalt
nomouse() { [ "$(T display -p -t idle '#{mouse_any_flag}')" = 0 ]; }
check "quitting turns mouse reporting off" idle wait_until 5 nomouse

# --- a session: markers, STARTTLS, completion, AUTH, history ----------
server normal plain tls || t_fail "fake server starts"
start smtp -- --ca-file "$tmp/cert.pem" 127.0.0.1 "$port"
check "greeting shows with S: marker" smtp \
    see smtp "S: 220 mx.example.test ESMTP fakesmtp"
check "connect event shows with * marker" smtp see smtp "* connected"
check "status shows host:port" smtp status_see smtp "127.0.0.1:$port"
check "status says connected" smtp status_see smtp "connected"
type_line smtp "EHLO client.test"
check "typed line shows with C: marker" smtp see smtp "C: EHLO client.test"
check "multi-line reply shows" smtp see smtp "S: 250-STARTTLS"
type_line smtp "/starttls"
check "status says TLS verified after STARTTLS" smtp \
    status_see smtp "TLS verified"
check "status shows the TLS version" smtp status_see smtp "TLSv1."
type_line smtp "EHLO client.test"
check "EHLO after TLS offers AUTH" smtp see smtp "S: 250-AUTH PLAIN LOGIN"
T send-keys -t smtp -l "AUTH "
T send-keys -t smtp Tab Tab
menu_has() { screen smtp | grep -q 'CRAM-MD5 *LOGIN *PLAIN'; }
check "completion offers the advertised AUTH mechanisms" smtp \
    wait_until 5 menu_has
T send-keys -t smtp C-c
check "Ctrl-C clears the line (completion)" smtp gone smtp "smtp> AUTH"
T send-keys -t smtp -l "/auth C"
T send-keys -t smtp Tab
check "/auth completes a mechanism" smtp see smtp "/auth CRAM-MD5"
T send-keys -t smtp C-c
T send-keys -t smtp -l "RC"
T send-keys -t smtp Tab
check "an SMTP command completes from the command table" smtp \
    see smtp "smtp> RCPT TO:<"
T send-keys -t smtp C-c
type_line smtp "/auth PLAIN $USER_NAME"
check "/auth asks for the secret" smtp see smtp "password"
T send-keys -t smtp -l "$PASSWORD"
check "the secret prompt draws a mask" smtp \
    see smtp "****************"
check "the secret is not on the screen while typed" smtp \
    hasnt smtp "$PASSWORD"
T send-keys -t smtp Enter
check "status says authenticated as USER" smtp \
    status_see smtp "authenticated as $USER_NAME"
no_secret() { ! everything smtp | grep -F -q -- "$PASSWORD"; }
check "the secret appears nowhere in the transcript" smtp no_secret
# A line answering a 334 by hand is masked as typed.
type_line smtp "RSET"
type_line smtp "AUTH LOGIN"
check "334 prompt for a hand-made AUTH" smtp see smtp "S: 334 VXNlcm5hbWU6"
check "the challenge is shown decoded" smtp see smtp "# challenge: Username:"
check "the challenge is shown once" smtp hasnt smtp "challenge decoded"
T send-keys -t smtp -l "aGFuZG1hZGU="
check "a line answering a 334 is masked while typed" smtp \
    see smtp "334> ************"
T send-keys -t smtp Enter
see smtp "S: 334 UGFzc3dvcmQ6" >/dev/null
type_line smtp "eA=="
check "a wrong hand-made AUTH is refused" smtp see smtp "S: 535 5.7.8"
check "the answer to a 334 is not shown" smtp \
    sh -c "! tmux -L $sock capture-pane -p -S -2000 -t smtp | \
    grep -q aGFuZG1hZGU="
type_line smtp "NOOP"
see smtp "C: NOOP" >/dev/null
# A non-standard code (Exchange's 571) is a reply, read by its class.
type_line smtp "MAIL FROM:<refuse571@example.test>"
check "a 571 reply shows at once" smtp \
    see smtp "S: 571 Delivery not authorized, message refused" 3
check "a 571 is noted as non-standard, by class" smtp \
    see smtp "571: not a standard code (middle digit above 5), so only its" 3
check "a 571 is not called garbage" smtp hasnt smtp "not a reply line"
# Scrolling: PgUp leaves follow mode, End comes back.
T send-keys -t smtp PageUp
check "PgUp scrolls back" smtp status_see smtp "scrolled back"
T send-keys -t smtp End
check "End follows again" smtp \
    wait_until 5 sh -c "! tmux -L $sock capture-pane -p -t smtp | \
    sed -n 29p | grep -q 'scrolled back'"
# Search: Ctrl-S, a term, Enter.
T send-keys -t smtp C-s
check "Ctrl-S opens the search prompt" smtp see smtp "search:"
type_line smtp "greets"
check "search keeps the match in view" smtp see smtp "greets you"
T send-keys -t smtp C-c
T send-keys -t smtp End
# The mouse wheel (an SGR report, as a terminal sends it) scrolls too.
T send-keys -t smtp -H 1b 5b 3c 36 34 3b 31 30 3b 31 30 4d
check "the mouse wheel scrolls back" smtp status_see smtp "scrolled back"
T send-keys -t smtp End
status_follows() { ! status_has smtp "scrolled back"; }
check "End after the wheel follows again" smtp wait_until 5 status_follows
# F2 hides the notes and shows them again.
notes_shown() { screen smtp | grep -q '^   # '; }
notes_hidden() { ! notes_shown; }
T send-keys -t smtp F2
check "F2 hides the notes" smtp wait_until 5 notes_hidden
check "F2 says notes are off" smtp status_see smtp "notes off"
T send-keys -t smtp F2
check "F2 shows the notes again" smtp wait_until 5 notes_shown
# Resize keeps the transcript.
T resize-window -t smtp -x 60 -y 16
small_ok() { screen smtp | sed -n 15p | grep -q "127.0.0.1"; }
check "resize re-lays out the status line" smtp wait_until 5 small_ok
check "resize keeps the transcript" smtp see smtp "C: NOOP"
T resize-window -t smtp -x 12 -y 4
check "a tiny terminal shows a message" smtp see smtp "too small"
T resize-window -t smtp -x 100 -y 30
check "growing back shows the transcript" smtp see smtp "C: NOOP"
type_line smtp "/quit"
check "/quit asks before closing an open session" smtp see smtp "Quit? (y/N)"
T send-keys -t smtp n
check "answering no keeps the session" smtp \
    wait_until 5 sh -c "! tmux -L $sock capture-pane -p -t smtp | \
    grep -q 'Quit? (y/N)'"
type_line smtp "/quit"
see smtp "Quit? (y/N)" >/dev/null
T send-keys -t smtp y
check "answering yes quits with status 0" smtp see smtp "[exited 0]"
check "the history file exists" smtp test -f "$hist"
mode=$(stat -c %a "$hist" 2>/dev/null)
check "the history file is mode 0600" smtp test "$mode" = 600
check "history keeps the typed commands" smtp grep -q "^EHLO client.test" "$hist"
check "history keeps /auth without the secret" smtp \
    grep -q "^/auth PLAIN $USER_NAME\$" "$hist"
check "history never holds the secret" smtp \
    sh -c "! grep -q -- '$PASSWORD' '$hist'"
check "history never holds the answer to a 334" smtp \
    sh -c "! grep -q aGFuZG1hZGU= '$hist'"

# --- a certificate that does not verify, with --insecure --------------
start insec -- --insecure 127.0.0.1 "$port"
see insec "S: 220 mx.example.test" >/dev/null
type_line insec "EHLO client.test"
see insec "S: 250-STARTTLS" >/dev/null
type_line insec "/starttls"
check "status says TLS NOT verified" insec status_see insec "TLS NOT verified"
type_line insec "QUIT"
see insec "S: 221" >/dev/null
T send-keys -t insec C-d
see insec "(y/N)" 3 >/dev/null && T send-keys -t insec y
check "quits after the server closed" insec see insec "[exited 0]"

# --- --ports: a port forward stands for the submission port -----------
start fwd -- --insecure --ports "587=$port" 127.0.0.1 587
check "--ports: the screen says where port 587 goes" fwd \
    see fwd "port 587 is 127.0.0.1:$port here (--ports)"
check "--ports: the notes take it for the submission port" fwd \
    see fwd "port 587: message submission (RFC 6409)"
see fwd "S: 220 mx.example.test" >/dev/null
type_line fwd "QUIT"
see fwd "S: 221" >/dev/null
T send-keys -t fwd C-d
see fwd "(y/N)" 3 >/dev/null && T send-keys -t fwd y
check "--ports: quits after the server closed" fwd see fwd "[exited 0]"

# --- a certificate that fails verification: the facts, then /cert -----
# (The server's certificate is self-signed; without --ca-file it fails.)
fp=$(openssl x509 -in "$tmp/cert.pem" -noout -fingerprint -sha256 | \
    sed 's/.*=//' | cut -c1-47)
start badcert -- 127.0.0.1 "$port"
see badcert "S: 220 mx.example.test" >/dev/null
type_line badcert "EHLO client.test"
see badcert "S: 250-STARTTLS" >/dev/null
type_line badcert "/starttls"
check "failed verification: the reason on the screen" badcert \
    see badcert "! certificate verification failed: self-signed certificate"
check "failed verification: the certificate's subject" badcert \
    see badcert "* certificate: CN=127.0.0.1"
check "failed verification: advice names --ca-file" badcert \
    see badcert "trust it with --ca-file FILE"
type_line badcert "/cert"
check "/cert after a failed verification shows the certificate" badcert \
    see badcert "* certificate 0: CN=127.0.0.1"
check "/cert shows the names" badcert see badcert "*   names: IP:127.0.0.1"
# (The pane wraps the long line before the fingerprint.)
check "/cert shows the SHA-256 fingerprint" badcert see badcert "$fp"
check "/cert shows the key type and size" badcert \
    see badcert "*   key: RSA 2048 bits"
# No restart needed: /connect with --ca-file for this connection.
type_line badcert "/connect 127.0.0.1 $port --ca-file $tmp/cert.pem"
see badcert "S: 220 mx.example.test" >/dev/null
type_line badcert "EHLO client.test"
type_line badcert "/starttls"
check "/connect --ca-file: the next handshake verifies" badcert \
    see badcert "* certificate verified for 127.0.0.1"
type_line badcert "QUIT"
see badcert "S: 221" >/dev/null
T send-keys -t badcert C-d
see badcert "(y/N)" 3 >/dev/null && T send-keys -t badcert y
check "quits after the verified session" badcert see badcert "[exited"

# --- hostile text ------------------------------------------------------
server hostile evil || t_fail "hostile server starts"
start evil -- 127.0.0.1 "$port"
check "hostile greeting is shown with escapes visible" evil \
    see evil 'S: 220 evil.test ESMTP \x1b[2J'
check "the lines before it were not cleared" evil see evil "* connected"
type_line evil "EHLO client.test"
check "hostile EHLO shows escapes" evil see evil '\x1b]2;TITLE2\x07'
title_ok() { ! T display -p -t evil '#{pane_title}' | grep -q TITLE; }
check "server text did not set the title" evil title_ok
check "server text did not clear the screen" evil \
    see evil "S: 220 evil.test"
T send-keys -t evil C-c
type_line evil "/quit"
see evil "(y/N)" >/dev/null
T send-keys -t evil y
see evil "[exited" >/dev/null

# --- a silent server ---------------------------------------------------
server silent mute || t_fail "silent server starts"
start mute -- --timeout 60 127.0.0.1 "$port"
check "waiting for a silent server shows in the status line" mute \
    status_see mute "waiting"
wait_once() { [ "$(status_line mute | grep -o -i 'wait' | wc -l)" = 1 ]; }
check "the status line says waiting once (no 'next: wait' beside it)" mute \
    wait_until 5 wait_once
T send-keys -t mute C-c
check "Ctrl-C stops the wait" mute \
    wait_until 5 sh -c "! tmux -L $sock capture-pane -p -t mute | \
    sed -n 29p | grep -q waiting"
T send-keys -t mute -l "still here"
check "Ctrl-C returns control to the command line" mute \
    see mute "> still here"
check "Ctrl-C did not end the program" mute hasnt mute "[exited"
T send-keys -t mute C-c
T send-keys -t mute C-d
see mute "(y/N)" 3 >/dev/null && T send-keys -t mute y
check "Ctrl-D quits" mute see mute "[exited 0]"

# --- typed lines: blank lines in DATA, message lines out of history ----
# A message typed by hand keeps the blank line between headers and body,
# and so does a pasted one (its lines come before the 354); the lab's
# inbox shows the bytes that arrived.
start blank -- --lab lab 25
check "lab session starts" blank see blank "S: 220 lab.test"
type_line blank "EHLO client.test"
type_line blank "MAIL FROM:<me@client.test>"
type_line blank "RCPT TO:<you@lab.test>"
type_line blank "DATA"
check "DATA gets 354 and the data> prompt" blank see blank "data>"
type_line blank "Subject: typed-blank"
T send-keys -t blank Enter
type_line blank "Typed-body-line"
type_line blank "."
check "the typed message is accepted" blank see blank "Ok: queued as"
# Up at the prompt: the line before is DATA, not a line of the message.
T send-keys -t blank Up
check "Up after a message brings back DATA, not message text" blank \
    see blank "smtp> DATA"
T send-keys -t blank C-c
# A paste: every line arrives at once, the blank one before the 354.
T send-keys -t blank -l "$(printf 'MAIL FROM:<me@client.test>\nRCPT TO:<you@lab.test>\nDATA\nSubject: pasted-blank\n\nPasted-body-line\n.')"
T send-keys -t blank Enter
two_queued() { [ "$(everything blank | grep -c 'Ok: queued as')" = 2 ]; }
check "the pasted message is accepted" blank wait_until 10 two_queued
type_line blank "/lab inbox"
check "/lab inbox lists both messages" blank see blank "lab inbox: 2 messages"
# The text between the inbox markers, as it arrived: 22 + 2 + 17 bytes
# with CRLF, and 23 + 2 + 18 for the pasted one.
inbox_text() {
	everything blank | sed -e 's/[[:space:]]*$//' | awk -v n="$1" '
	    $0 == "* --- end of message " n " ---" { on = 0 }
	    on { print }
	    index($0, "* --- message text,") == 1 && seen++ == n - 1 { print; on = 1 }'
}
want1=$(printf '%s\n' '* --- message text, 41 bytes ---' \
    '* Subject: typed-blank' '*' '* Typed-body-line')
want2=$(printf '%s\n' '* --- message text, 43 bytes ---' \
    '* Subject: pasted-blank' '*' '* Pasted-body-line')
check "a typed blank line reaches the lab: header, blank line, body" blank \
    test "$(inbox_text 1)" = "$want1"
check "a pasted blank line reaches the lab too" blank \
    test "$(inbox_text 2)" = "$want2"
# A pasted message whose DATA is refused (relaying is refused on 25):
# its lines, typed ahead of the refusal, never go out as commands.
T send-keys -t blank -l "$(printf 'MAIL FROM:<me@client.test>\nRCPT TO:<you@elsewhere.example>\nDATA\nSubject: refused-paste\n\nRSET\n.\nNOOP')"
T send-keys -t blank Enter
check "a refused DATA drops the message pasted after it" blank \
    see blank "DATA was not accepted (no 354): 4 message lines typed ahead"
check "... and the line after the message still goes" blank \
    see blank "C: NOOP"
none_sent() { ! everything blank | grep -q -e '^C: Subject: refused' -e '^C: RSET'; }
check "... no line of that message went out" blank none_sent
type_line blank "/quit"
see blank "(y/N)" >/dev/null && T send-keys -t blank y
see blank "[exited" >/dev/null
check "history keeps DATA" blank grep -q "^DATA\$" "$hist"
check "history keeps no typed message line" blank \
    sh -c "! grep -E -q 'typed-blank|Typed-body-line' '$hist'"
check "history keeps no pasted message line" blank \
    sh -c "! grep -E -q 'pasted-blank|Pasted-body-line' '$hist'"
check "history keeps no lone dot" blank sh -c "! grep -q '^\.\$' '$hist'"

# --- Ctrl-C on a wait, then the late reply ---------------------------------
# Replies come in order: the reply to a command whose wait was cancelled
# is shown as late when it comes, and the session stays in step (before,
# it was taken as a reply nobody asked for and the session was closed).
server latenoop late
start late -- --timeout 20 127.0.0.1 "$port"
see late "S: 220" >/dev/null
type_line late "NOOP"
see late "C: NOOP" >/dev/null
T send-keys -t late C-c
check "Ctrl-C stops the wait for a slow reply" late \
    see late "stopped waiting for the reply to NOOP" 3
check "the late reply is shown as late" late \
    see late "that was the late reply to a command" 6
check "... and the session stays open" late status_see late "| connected" 3
type_line late "EHLO client.test"
check "the next command gets its own reply" late see late "S: 250 8BITMIME" 5
T kill-session -t late

# --- /close waits for the 221 without freezing the screen ---------------
# The wait is the engine's: keys are read and drawn meanwhile, Ctrl-C
# ends it at once, and without a reply the connection closes after 3 s.
server noquit nq
start nq -- --timeout 20 127.0.0.1 "$port"
see nq "S: 220" >/dev/null
type_line nq "EHLO client.test"
see nq "S: 250 8BITMIME" >/dev/null
type_line nq "/close"
see nq "C: QUIT" >/dev/null
T send-keys -t nq -l "typed meanwhile"
check "the screen stays live while /close waits for the 221" nq \
    see nq "> typed meanwhile" 1
T send-keys -t nq C-c
check "Ctrl-C stops the wait for the 221 and closes" nq \
    see nq "stopped waiting for the reply to QUIT" 2
check "... and the connection is closed" nq status_see nq "not connected" 2
T send-keys -t nq C-c	# the typed text goes
type_line nq "/connect 127.0.0.1 $port"
greeted_twice() { [ "$(everything nq | grep -c 'S: 220')" -ge 2 ]; }
wait_until 10 greeted_twice
type_line nq "/close"
check "without a 221 /close closes after 3 s" nq \
    see nq "no reply to QUIT within 3 s" 6
check "... and smtpx keeps running" nq status_see nq "not connected" 2
T kill-session -t nq

# --- /connect on an open session, /close -------------------------------
start reconn -- --lab lab 25
check "reconnect: lab session starts" reconn \
    see reconn "S: 220 lab.test ESMTP smtpx lab (port 25"
type_line reconn "/connect lab 587"
check "/connect on an open session asks to close it" reconn \
    see reconn "Close it (QUIT) and connect to lab? (y/N)"
T send-keys -t reconn n
check "answering no keeps the session" reconn \
    see reconn "still connected to 127.0.0.1"
check "answering no sends no QUIT" reconn \
    sh -c "! tmux -L $sock capture-pane -p -S -2000 -t reconn | \
    grep -q 'C: QUIT'"
check "answering no leaves the status on lab 25" reconn \
    status_has reconn "lab 25"
type_line reconn "/connect lab 587"
see reconn "(y/N)" >/dev/null
T send-keys -t reconn y
check "answering yes sends QUIT" reconn see reconn "C: QUIT"
check "answering yes shows the 221" reconn see reconn "S: 221 2.0.0"
check "answering yes connects to the new port" reconn \
    see reconn "S: 220 lab.test ESMTP smtpx lab (port 587"
check "the status shows the new port" reconn status_see reconn "lab 587"
type_line reconn "EHLO client.test"
check "the new session works" reconn see reconn "250-lab.test greets"
type_line reconn "/close"
# The QUIT after the second session's EHLO (the screen keeps no
# scrollback: count on what it shows).
quit_after_ehlo() {
	everything reconn | sed -n '/greets client.test/,$p' | grep -q '^C: QUIT'
}
check "/close sends QUIT" reconn wait_until 10 quit_after_ehlo
check "/close closes the connection" reconn status_see reconn "not connected"
check "/close keeps smtpx running" reconn see reconn "smtpx>"
check "/close does not end the program" reconn hasnt reconn "[exited"
T send-keys -t reconn -l "/clo"
T send-keys -t reconn Tab
check "/close completes" reconn see reconn "smtpx> /close"
T send-keys -t reconn C-c
T send-keys -t reconn C-d
check "quits after /close without asking" reconn see reconn "[exited 0]"

# --- the prompt follows the server; queued lines say so ----------------
# slowtls holds its TLS handshake for 3 s: an AUTH typed meanwhile is
# queued, and the prompt stays smtp> until a 334 really comes.
prompt_line() { screen "$1" | sed -n 30p; }
prompt_has() { prompt_line "$1" | grep -F -q -- "$2"; }
server slowtls slowtls tls || t_fail "slow TLS server starts"
start slowtls -- --ca-file "$tmp/cert.pem" --tls 127.0.0.1 "$port"
status_see slowtls "TLS" >/dev/null
plain=$(printf '\0%s\0%s' "$USER_NAME" "$PASSWORD" | base64 | tr -d '\n')
type_line slowtls "AUTH PLAIN $plain"
# The line is taken (the command line is empty again) well inside the 3 s.
prompt_is() { [ "$(prompt_line "$1" | sed 's/[[:space:]]*$//')" = "$2" ]; }
line_taken() { prompt_is slowtls "smtp>" || prompt_is slowtls "334>"; }
wait_until 5 line_taken
handshaking_smtp() { hasnt slowtls "S: 220" && prompt_is slowtls "smtp>"; }
check "during the handshake the prompt stays smtp> (no 334 came)" slowtls \
    handshaking_smtp
check "a line typed during the TLS handshake is reported queued" slowtls \
    see slowtls "line queued: it is sent when the TLS handshake is done"
check "no greeting yet when the queued note shows" slowtls \
    hasnt slowtls "S: 220"
check "the queued AUTH goes out after the greeting" slowtls \
    see slowtls "S: 235 2.7.0"
check "the prompt is smtp> after the 235" slowtls prompt_has slowtls "smtp>"
type_line slowtls "AUTH LOGIN"
see slowtls "S: 334 VXNlcm5hbWU6" >/dev/null
check "a real 334 turns the prompt to 334>" slowtls \
    wait_until 5 prompt_has slowtls "334>"
T send-keys -t slowtls C-c
type_line slowtls "*"
T send-keys -t slowtls C-d
see slowtls "(y/N)" 5 >/dev/null && T send-keys -t slowtls y
see slowtls "[exited" >/dev/null

# slow greets after 3 s: a line typed before it says at once that it waits.
server slow slowgreet || t_fail "slow server starts"
start slowgreet -- 127.0.0.1 "$port"
see slowgreet "* connected" >/dev/null
type_line slowgreet "EHLO client.test"
check "a line typed before the greeting is reported queued" slowgreet \
    see slowgreet "line queued: it is sent after the greeting"
check "the queued note comes before the greeting" slowgreet \
    hasnt slowgreet "S: 220"
check "the queued line goes out after the greeting" slowgreet \
    see slowgreet "C: EHLO client.test"
greet_first() {
	everything slowgreet | grep -E '^(S: 220|C: EHLO)' | head -1 |
	    grep -q '^S: 220'
}
check "the greeting came before the queued EHLO" slowgreet greet_first
T send-keys -t slowgreet C-d
see slowgreet "(y/N)" 5 >/dev/null && T send-keys -t slowgreet y
see slowgreet "[exited" >/dev/null

# --- one session configuration: HELO after a refused EHLO -------------
# Both front ends build the session from the same options, so both fall
# back to HELO with this host's name (the manual's default for --ehlo).
server old helo || t_fail "old server starts"
helo_log=$tmp/helo.port.helo
printf 'EHLO client.test\nQUIT\n' | "$SMTPX" --batch --timeout 10 \
    127.0.0.1 "$port" >"$tmp/helo-batch.out" 2>&1
me=$(uname -n)
t_check "line mode: HELO after a refused EHLO names this host" \
    test "$(sed -n 1p "$helo_log" 2>/dev/null)" = "HELO $me"
start helo -- 127.0.0.1 "$port"
see helo "S: 220 mx.example.test" >/dev/null
type_line helo "EHLO client.test"
check "screen: HELO is sent after a refused EHLO" helo \
    see helo "S: 250 old.example.test"
check "screen: the HELO names this host, as in line mode" helo \
    test "$(sed -n 2p "$helo_log" 2>/dev/null)" = "HELO $me"
type_line helo "QUIT"
see helo "S: 221" >/dev/null
T send-keys -t helo C-d
see helo "(y/N)" 3 >/dev/null && T send-keys -t helo y
see helo "[exited" >/dev/null

# --- /save on the screen: ~ is $HOME, overwriting asks -----------------
echo precious >"$tmp/home/s.txt"
start save -- 
see save "not connected" >/dev/null
type_line save "/save ~/s.txt"
check "/save over an existing file asks y/N" save \
    see save "s.txt exists. Overwrite it? (y/N)"
T send-keys -t save n
check "answering no keeps the file" save see save "not saved"
check "answering no leaves the file as it was" save \
    test "$(cat "$tmp/home/s.txt")" = precious
T send-keys -t save F3
type_line save "/save ~/s.txt"
see save "Overwrite it? (y/N)" >/dev/null
T send-keys -t save y
check "answering yes saves (~ is \$HOME)" save \
    see save "transcript saved to $tmp/home/s.txt"
check "the replaced file starts with the header" save \
    grep -q '^# smtpx .* transcript, saved ' "$tmp/home/s.txt"
check "the replaced file is mode 0600" save \
    test "$(stat -c %a "$tmp/home/s.txt")" = 600
check "F3 time stamps are saved with the date and zone" save \
    grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} [+-][0-9]{4} \* ' \
    "$tmp/home/s.txt"
T send-keys -t save C-d
see save "[exited 0]" >/dev/null

# --- /export on the screen: Markdown and JSON Lines, asks to overwrite --
start exp -- --lab
see exp "not connected" >/dev/null
type_line exp "/connect lab 587"
see exp "S: 220" >/dev/null
type_line exp "EHLO me.test"
see exp "S: 250 8BITMIME" >/dev/null
type_line exp "/export ~/e.md"
check "/export FILE.md writes Markdown from the screen" exp \
    see exp "session exported to $tmp/home/e.md (Markdown)"
check "the screen's Markdown has the EHLO reply with its latency" exp \
    grep -Eq '^S: 250 8BITMIME   \([0-9]+ ms\)$' "$tmp/home/e.md"
type_line exp "/export ~/e.json"
see exp "session exported to $tmp/home/e.json" >/dev/null
check "the screen's JSON ends with a closing object, exit null" exp \
    test "$(tail -1 "$tmp/home/e.json" | jq -c '[.end, .exit]')" = '[true,null]'
type_line exp "/export ~/e.md"
check "/export over an existing file asks y/N" exp \
    see exp "e.md exists. Overwrite it? (y/N)"
T send-keys -t exp y
see exp "session exported to $tmp/home/e.md" >/dev/null
T send-keys -t exp C-d
see exp "(y/N)" 3 >/dev/null && T send-keys -t exp y
see exp "[exited" >/dev/null

# --- status line priorities and the help box, by width ----------------
# At 80 columns after /auth against the lab, the user shows (the hint
# gives way first); at 120 everything, the hint too.
START_COLS=80
start stat -- --lab
START_COLS=
see stat "not connected" >/dev/null
type_line stat "/connect lab 587"
see stat "S: 220" >/dev/null
type_line stat "EHLO me.test"
see stat "S: 250" >/dev/null
type_line stat "/starttls"
status_see stat "TLS verified" >/dev/null
type_line stat "EHLO me.test"
see stat "AUTH" >/dev/null
type_line stat "/auth PLAIN student@lab.test"
see stat "password" >/dev/null
T send-keys -t stat -l "secret"
T send-keys -t stat Enter
check "80 columns: the status line keeps 'authenticated as USER'" stat \
    status_see stat "authenticated as student@lab.test"
check "80 columns: and TLS verified" stat status_has stat "TLS verified"
T resize-window -t stat -x 120 -y 30
check "120 columns: the status line keeps the hint" stat \
    status_see stat "next: MAIL FROM"
check "120 columns: and the user" stat \
    status_has stat "authenticated as student@lab.test"
# /help CMD: a box the size of its text, not the whole screen.
type_line stat "/help connect"
see stat "'lab' is the built-in lab" >/dev/null
box_small() {
	has stat "'lab' is the built-in lab" &&
	    [ "$(screen stat | grep -c '│')" -ge 3 ] &&
	    [ "$(screen stat | grep -c '│')" -le 6 ]
}
check "/help connect opens a small box" stat wait_until 5 box_small
T send-keys -t stat q
gone stat "help: q closes" >/dev/null
# At 60 columns the help box wraps; continuation rows are indented.
T resize-window -t stat -x 60 -y 30
T send-keys -t stat F1
see stat "help: q closes" >/dev/null
cont_indented() {
	screen stat | awk '/\/starttls/ { getline; print; exit }' |
	    sed 's/^[^│]*│ //' | grep -q '^   *[^ │]'
}
check "60 columns: wrapped help lines are indented" stat \
    wait_until 5 cont_indented
T send-keys -t stat q
type_line stat "/quit"
see stat "(y/N)" >/dev/null
T send-keys -t stat y
see stat "[exited" >/dev/null

# --- themes ------------------------------------------------------------
mkdir -p "$tmp/config/smtpx/themes"
cat >"$tmp/config/smtpx/themes/broken.theme" <<EOF
# a theme with one bad line
status = white,blue,bold
client = not-a-colour
prompt = yellow
EOF
start theme -- --theme broken
check "a bad theme line is reported with file and line" theme \
    see theme "broken.theme:3: bad foreground colour"
status_attr() { T capture-pane -p -e -t theme | sed -n 29p | grep -q "$1"; }
check "the rest of a bad theme still loads (status white on blue)" theme \
    wait_until 5 status_attr '44m'
type_line theme "/theme nosuch"
check "an unknown theme is an error naming it" theme \
    see theme 'no theme "nosuch"'
check "an unknown theme lists the themes that exist" theme \
    see theme 'the themes are: broken, default, high-contrast, light, mono'
check "an unknown theme does not list search paths" theme \
    hasnt theme 'looked for'
type_line theme "/theme high-contrast"
check "/theme switches (high-contrast: black on yellow status)" theme \
    wait_until 5 status_attr '43m'
check "/theme says which theme is now active" theme \
    see theme "* theme high-contrast is now active"
T send-keys -t theme C-d
see theme "[exited 0]" >/dev/null
# Themes are found from the binary, not from the working directory:
# the build run from elsewhere, an installed layout (what make install
# DESTDIR=... PREFIX=/usr puts down) and a copy beside a themes/ folder.
mkdir -p "$tmp/elsewhere" "$tmp/inst/usr/bin" \
    "$tmp/inst/usr/share/smtpx/themes" "$tmp/copy/themes"
cp "$SMTPX" "$tmp/inst/usr/bin/smtpx"
cp "$SMTPX_TOP"/themes/*.theme "$tmp/inst/usr/share/smtpx/themes/"
cp "$SMTPX" "$tmp/copy/smtpx"
cp "$SMTPX_TOP"/themes/light.theme "$tmp/copy/themes/"
light_attr() { T capture-pane -p -e -t "$1" | sed -n 29p | grep -q '47m'; }
for where in "build:$SMTPX" "installed:$tmp/inst/usr/bin/smtpx" \
    "copy:$tmp/copy/smtpx"; do
	bin=${where#*:}
	what=${where%%:*}
	keep=$SMTPX
	SMTPX=$bin
	START_DIR=$tmp/elsewhere
	start "th$what" -- --theme light
	SMTPX=$keep
	START_DIR=
	see "th$what" "not connected" >/dev/null
	check "--theme light from another directory ($what): no error" \
	    "th$what" hasnt "th$what" "no theme"
	check "--theme light from another directory ($what): light status" \
	    "th$what" wait_until 5 light_attr "th$what"
	T send-keys -t "th$what" C-d
	see "th$what" "[exited 0]" >/dev/null
done

start mono NO_COLOR=1 --
see mono "not connected" >/dev/null
mono_ok() {
	T capture-pane -p -e -t mono | sed -n 29p | grep -q '7m' &&
	    ! T capture-pane -p -e -t mono | grep -q '\[3[0-7]m'
}
check "NO_COLOR gives the mono theme (reverse status, no colour)" mono \
    wait_until 5 mono_ok
T send-keys -t mono C-d
see mono "[exited 0]" >/dev/null

# --- a search over a long transcript runs in slices ---------------------
# SMTPX_TEST_FILL=N starts the screen with N lines in the transcript (a
# test hook, no option). A search for a term nowhere leaves the screen
# live: keys typed while it runs echo at once, and Ctrl-C stops it.
# (Before, the search ran to the end in one go and the screen froze.)
start big SMTPX_TEST_FILL=2000000 --
check "a long transcript: the screen starts" big see big "smtpx>" 60
T send-keys -t big C-s
check "a long transcript: Ctrl-S opens the search" big see big "search:"
type_line big "no-such-term"
check "a long search runs in slices and says so" big \
    status_see big "searching older lines" 20
T send-keys -t big -l "abc"
check "keys echo while the search runs" big see big "smtpx> abc" 10
# (A key clears the status message until the next slice sets it again,
# so look for a moment rather than at the one instant.)
check "the search was still running as they echoed" big \
    status_see big "searching older lines" 5
T send-keys -t big C-c
check "Ctrl-C stops the search" big status_see big "search stopped" 10
check "Ctrl-C kept the line typed" big has big "smtpx> abc"
# A term only one of the oldest lines holds: found after many slices.
T send-keys -t big C-u C-s C-u
type_line big "filler line 3:"
check "a match in the oldest lines is found" big \
    see big "filler line 3: 250 2.1.0 Ok" 60
check "the view stays on it" big status_see big "scrolled back"
T kill-session -t big

# --- --max-transcript on the screen --------------------------------------
# Past the bound the oldest lines are gone; the first line says so and the
# search finds that line, not the dropped ones.
start bounded SMTPX_TEST_FILL=300000 -- --max-transcript 1M
check "bounded: the screen starts" bounded see bounded "smtpx>" 30
T send-keys -t bounded C-s C-u
type_line bounded "within its size limit"
check "bounded: the marker says how many lines were dropped" bounded \
    see bounded "earlier lines dropped to keep the transcript within its size limit" 30
T send-keys -t bounded C-s C-u
type_line bounded "filler line 3:"
check "bounded: a dropped line is not found" bounded \
    status_see bounded "not found (searching older lines): filler line 3:" 30
T send-keys -t bounded End C-s C-u
type_line bounded "filler line 299999:"
check "bounded: the newest line is found" bounded \
    see bounded "filler line 299999: 250 2.1.0 Ok" 30
T kill-session -t bounded

# --- drawing: one write per frame, scrolling, exact screens ------------
# tests/lib/wcount.c (LD_PRELOAD) counts the write(2) calls each frame
# (each doupdate) makes; the figures are counts, the same on any machine.
# What is drawn bit by bit must equal the same screen repainted whole
# (Ctrl-L), colours included, after a flood of identical lines, the help
# overlay, a resize and Ctrl-Z/fg.
wc_so=$tmp/wcount.so
wc_err=$tmp/wcount.err
# cap NAME: the screen as cells and the attributes that show (cells.py).
cap() { T capture-pane -p -e -t "$1" | $PY "$here/cells.py"; }
# wc_get FILE FIELD: a figure from the counter's file.
wc_get() {
	awk -v f="$2" '{ for (i = 1; i < NF; i++) if ($i == f) print $(i + 1) }' \
	    "$1" 2>/dev/null
}
# same_as NAME FILE: the screen, colours too, is the one saved in FILE.
same_as() { [ "$(cap "$1")" = "$(cat "$2")" ]; }
# frames_past FILE N: more than N frames drawn.
frames_past() { [ "$(wc_get "$1" frames)" -gt "$2" ] 2>/dev/null; }
# repainted NAME FILE: Ctrl-L repaints everything; the screen must not
# change. FILE is the counter's file, to know the repaint happened.
repainted() {
	cap "$1" >"$tmp/$1.before"
	_f=$(wc_get "$2" frames)
	T send-keys -t "$1" C-l
	wait_until 5 frames_past "$2" "$_f" && sleep 0.2 &&
	    same_as "$1" "$tmp/$1.before"
}
# flood NAME PATTERN: one NOOP (N) or RSET (R) per letter, pasted at
# once, then "NOOP end"; waits for its reply on the pane's last row. The
# lab answers both with the same line, so no line on the pane is unique
# (ncurses cannot see the scroll by itself), and the pattern does not
# repeat, so however the lines fall into frames each frame differs from
# the one before.
flood() {
	_p=$(printf '%s\n' "$2" | sed -e 's/./&\n/g' |
	    sed -e '/^$/d' -e 's/^N$/NOOP/' -e 's/^R$/RSET/')
	T send-keys -t "$1" -l "$_p
NOOP end
"
	wait_until 20 flood_done "$1"
}
flood_done() {
	[ "$(screen "$1" | sed -n 27p | sed 's/ *$//')" = "C: NOOP end" ] &&
	    [ "$(screen "$1" | sed -n 28p | sed 's/ *$//')" = "S: 250 2.0.0 Ok" ]
}
# pane_expect SEQ: the pane after the exchanges in SEQ (N, R, E for
# "NOOP end"): the last 14 of them.
pane_expect() {
	printf '%s\n' "$1" | sed -e 's/./&\n/g' | sed -e '/^$/d' | tail -14 |
	    sed -e 's/^N$/C: NOOP/' -e 's/^R$/C: RSET/' -e 's/^E$/C: NOOP end/' \
	    -e 'a\
S: 250 2.0.0 Ok'
}
pane_is() {
	[ "$(screen "$1" | sed -n 1,28p | sed 's/ *$//')" = \
	    "$(pane_expect "$2")" ]
}
flood_exact() { pane_is "$1" "${2}E"; }
# typed NAME DONE MORE: type MORE's commands one by one, each after the
# reply to the one before, as a user does; DONE is what the pane has.
typed() {
	_seq=$2
	_rest=$3
	while [ -n "$_rest" ]; do
		_c=${_rest%"${_rest#?}"}
		_rest=${_rest#?}
		_seq=$_seq$_c
		case $_c in
		N)	type_line "$1" NOOP ;;
		R)	type_line "$1" RSET ;;
		esac
		wait_until 10 pane_is "$1" "$_seq" || return 1
	done
}
pat1=NRNNRRNRNNNRRRNRNRRNNNNRNRRNRRRNNRNNRRNR
pat2=RRNRNNNRNRRRNNRNRNNRRRRNRNNR
# one_write FILE FRAMES WRITES MULTI: since the figures given, no frame
# made more than one write.
one_write() {
	[ "$(wc_get "$1" multi)" = "$4" ] &&
	    [ $(($(wc_get "$1" writes) - $3)) -le $(($(wc_get "$1" frames) - $2)) ]
}
if ! ${CC:-cc} -shared -fPIC -o "$wc_so" "$SMTPX_TOP/tests/lib/wcount.c" \
    -ldl 2>"$wc_err"; then
	t_fail "the write counter (tests/lib/wcount.c) builds" "$(cat "$wc_err")"
else
	wcf=$tmp/draw.wc
	start draw LD_PRELOAD=$wc_so WCOUNT_FILE=$wcf \
	    ASAN_OPTIONS=verify_asan_link_order=0 -- --lab --no-notes
	see draw "not connected" >/dev/null
	type_line draw "/connect lab 587"
	see draw "S: 220" >/dev/null
	sleep 0.3
	f0=$(wc_get "$wcf" frames); w0=$(wc_get "$wcf" writes)
	m0=$(wc_get "$wcf" multi); b0=$(wc_get "$wcf" bytes)
	check "draw: a flood of 40 exchanges with identical replies arrives" \
	    draw flood draw $pat1
	check "draw: after the flood the pane is exactly the lines sent" draw \
	    flood_exact draw $pat1
	f1=$(wc_get "$wcf" frames); w1=$(wc_get "$wcf" writes)
	b1=$(wc_get "$wcf" bytes)
	check "draw: one write per frame through the flood" draw \
	    one_write "$wcf" "$f0" "$w0" "$m0"
	# Typed one by one, each line scrolls the pane by one row. Repainting
	# 28 rows of 100 columns costs about 1,500 bytes an exchange;
	# scrolling them, a few hundred (the status line changes twice).
	check "draw: 20 exchanges typed one by one, each shown" draw \
	    typed draw "${pat1}E" NRRNRNNNRRNRNNRRRNRN
	b2=$(wc_get "$wcf" bytes)
	bpe=$(((b2 - b1) / 20))
	if [ "$bpe" -le 500 ]; then
		t_ok "draw: identical lines scroll ($bpe bytes per exchange)"
	else
		t_fail "draw: identical lines scroll" \
		    "$bpe bytes per exchange, over 500: repainted"
	fi
	# The lab answers well within the 300 ms after which "waiting"
	# shows, so the status line stays as it was: no 60-90 bytes twice
	# an exchange for the word coming and going.
	if [ "$bpe" -le 200 ]; then
		t_ok "draw: quick replies leave the status line alone ($bpe bytes)"
	else
		t_fail "draw: quick replies leave the status line alone" \
		    "$bpe bytes per exchange, over 200"
	fi
	check "draw: one write per frame, typed exchanges" draw \
	    one_write "$wcf" "$f0" "$w0" "$m0"
	check "draw: after the flood the screen equals a full repaint" draw \
	    repainted draw "$wcf"
	# Distinct lines among identical ones, then identical again.
	type_line draw "NOOP one"
	type_line draw "NOOP two"
	see draw "C: NOOP two" >/dev/null
	check "draw: a second flood arrives" draw flood draw $pat2
	check "draw: after it the pane is exactly the lines sent" draw \
	    flood_exact draw $pat2
	check "draw: mixed lines, then a flood: equals a full repaint" draw \
	    repainted draw "$wcf"
	# The help overlay opens over the pane and leaves it as it was.
	cap draw >"$tmp/draw.pre"
	T send-keys -t draw F1
	see draw "help: q closes" >/dev/null
	T send-keys -t draw q
	check "draw: closing the help overlay restores the screen exactly" \
	    draw wait_until 5 same_as draw "$tmp/draw.pre"
	# A resize and back: the same screen as before it.
	T resize-window -t draw -x 60 -y 16
	small_draw() { status_line draw | grep -q . && ! has draw "NOOP end" ||
	    screen draw | sed -n 14p | grep -q .; }
	wait_until 5 small_draw >/dev/null
	sleep 0.3
	T resize-window -t draw -x 100 -y 30
	check "draw: after a resize and back the screen is as before" draw \
	    wait_until 5 same_as draw "$tmp/draw.pre"
	check "draw: after a resize the screen equals a full repaint" draw \
	    repainted draw "$wcf"
	# The secret prompt draws its mask through the same frames.
	type_line draw "EHLO me.test"
	type_line draw "/starttls"
	status_see draw "TLS verified" >/dev/null
	type_line draw "EHLO me.test"
	see draw "250-AUTH" >/dev/null
	type_line draw "/auth PLAIN student@lab.test"
	see draw "password" >/dev/null
	T send-keys -t draw -l "secret"
	see draw "******" >/dev/null
	T send-keys -t draw Enter
	check "draw: the secret prompt still works" draw \
	    status_see draw "authenticated as student@lab.test"
	check "draw: one write per frame through overlay, resize, secret" \
	    draw one_write "$wcf" "$f0" "$w0" "$m0"
	type_line draw "/quit"
	see draw "(y/N)" >/dev/null
	T send-keys -t draw y
	check "draw: quits cleanly" draw see draw "[exited 0]"

	# Ctrl-Z and fg need a shell with job control around smtpx.
	wcs=$tmp/susp.wc
	T kill-session -t susp >/dev/null 2>&1
	T new-session -d -s susp -x 100 -y 30 "env -i PATH=/usr/bin:/bin \
	    LC_ALL=C.UTF-8 TERM=screen INPUTRC=/dev/null HOME=$tmp/home \
	    XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config PS1='sh\$ ' \
	    bash --norc --noprofile -i"
	see susp 'sh$' >/dev/null
	T send-keys -t susp -l "LD_PRELOAD=$wc_so WCOUNT_FILE=$wcs ASAN_OPTIONS=verify_asan_link_order=0 $SMTPX --lab --no-notes"
	T send-keys -t susp Enter
	see susp "not connected" >/dev/null
	type_line susp "/connect lab 587"
	see susp "S: 220" >/dev/null
	flood susp $pat2 >/dev/null
	sleep 0.3
	cap susp >"$tmp/susp.pre"
	f0=$(wc_get "$wcs" frames); w0=$(wc_get "$wcs" writes)
	m0=$(wc_get "$wcs" multi)
	T send-keys -t susp C-z
	check "Ctrl-Z stops smtpx and gives the shell back" susp \
	    see susp "Stopped"
	type_line susp "fg"
	check "fg brings the screen back exactly as it was" susp \
	    wait_until 10 same_as susp "$tmp/susp.pre"
	check "after fg the screen equals a full repaint" susp \
	    repainted susp "$wcs"
	type_line susp "NOOP after"
	check "after fg the session goes on" susp see susp "C: NOOP after"
	check "one write per frame through Ctrl-Z and fg" susp \
	    one_write "$wcs" "$f0" "$w0" "$m0"
	type_line susp "/quit"
	see susp "(y/N)" >/dev/null
	T send-keys -t susp y
	check "after fg, quitting gives the shell back" susp \
	    wait_until 10 has susp 'sh$'
	T send-keys -t susp -l "stty -a | tr ' ;' '\n\n' | grep -cxE 'icanon|echo|isig'"
	T send-keys -t susp Enter
	tty_ok() { screen susp | grep -qx 3; }
	check "after Ctrl-Z, fg and quit the tty modes are restored" susp \
	    wait_until 5 tty_ok
fi

. "$here/notes.sh"
. "$here/paste.sh"
. "$here/findings.sh"
. "$here/lessons.sh"
. "$here/replay.sh"
. "$here/params.sh"
. "$here/message.sh"
. "$here/pipeline.sh"

t_done
