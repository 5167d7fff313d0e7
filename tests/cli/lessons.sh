# Sourced by run.sh (its run helper and $T): lesson files (issue 15).
# --check-lesson on every built-in lesson, and on broken files, one per
# kind of error, each naming the file and the line; --lessons.

for f in "$SMTPX_TOP"/lessons/*.lesson; do
	run 0 "^$f: ok, lesson '.+', [0-9]+ steps$" --check-lesson "$f"
done

# bad NAME LINE PATTERN: $T/NAME.lesson (written by the caller) fails
# with status 2 and "FILE:LINE: " before PATTERN (LINE "" for the file).
bad() {
	_f="$T/$1.lesson"
	if [ -n "$2" ]; then _at="$_f:$2: "; else _at="$_f: "; fi
	run 2 "^$_at$3" --check-lesson "$_f"
}
# good_head: a title and a step to append to.
good_head() {
	printf 'lesson: T\nsummary: S\nstep: One\ntext: words\n'
}

{ good_head; printf 'this line has no colon\n'; } >"$T/nocolon.lesson"
bad nocolon 5 "expected 'KEY: value'"
{ good_head; printf 'sned: EHLO me\n'; } >"$T/key.lesson"
bad key 5 "unknown key 'sned'"
printf 'lesson: T\ntext: early\nstep: One\ntext: x\n' >"$T/early.lesson"
bad early 2 "'text' before the first 'step'"
{ good_head; printf 'summary: late\n'; } >"$T/late.lesson"
bad late 5 "'summary' belongs before the first 'step'"
printf 'lesson: T\nlesson: U\nstep: One\ntext: x\n' >"$T/twice.lesson"
bad twice 2 "a second 'lesson'"
{ good_head; printf 'step:\n'; } >"$T/empty.lesson"
bad empty 5 "'step' needs a value"
{ good_head; printf 'send: A\nsend: B\n'; } >"$T/send2.lesson"
bad send2 6 "a second 'send' in this step"
{ good_head; for i in 1 2 3 4 5 6 7; do printf 'expect: tls on\n'; done; } \
    >"$T/many.lesson"
bad many 11 "too many expectations in this step \\(6 at most\\)"
{ good_head; printf 'expect: smell\n'; } >"$T/kind.lesson"
bad kind 5 "unknown expectation 'smell'"
{ good_head; printf 'expect: reply FOO 2xx\n'; } >"$T/cmd.lesson"
bad cmd 5 "unknown command 'FOO'"
{ good_head; printf 'expect: reply RCPT 6xx\n'; } >"$T/code.lesson"
bad code 5 "bad reply code '6xx'"
{ good_head; printf 'expect: reply RCPT 550 4.1.1\n'; } >"$T/esc.lesson"
bad esc 5 "bad enhanced code '4.1.1'"
{ good_head; printf 'expect: reply RCPT\n'; } >"$T/short.lesson"
bad short 5 "usage: expect: reply COMMAND CODE"
{ good_head; printf 'expect: state flying\n'; } >"$T/state.lesson"
bad state 5 "usage: expect: state closed"
{ good_head; printf 'expect: tls maybe\n'; } >"$T/tls.lesson"
bad tls 5 "usage: expect: tls on\\|off"
{ good_head; printf 'expect: auth\n'; } >"$T/auth.lesson"
bad auth 5 "usage: expect: auth on\\|off"
{ good_head; printf 'expect: capability AUTH gone\n'; } >"$T/cap.lesson"
bad cap 5 "usage: expect: capability KEYWORD"
{ good_head; printf 'expect: connect later\n'; } >"$T/conn.lesson"
bad conn 5 "usage: expect: connect ok"
{ good_head; printf 'expect: finding a/b\n'; } >"$T/finding.lesson"
bad finding 5 "usage: expect: finding KIND"
printf 'summary: S\nstep: One\ntext: x\n' >"$T/notitle.lesson"
bad notitle "" "no 'lesson:' line"
printf 'lesson: T\n' >"$T/nosteps.lesson"
bad nosteps "" "no steps"
printf 'lesson: T\nstep: One\nsend: NOOP\n' >"$T/notext.lesson"
bad notext 2 "the step has no 'text:'"
{ good_head; printf 'text: %01001d\n' 0; } >"$T/long.lesson"
bad long 5 "line too long"
{ good_head; printf 'text: bell \007 here\n'; } >"$T/ctrl.lesson"
bad ctrl 5 "the line holds a control character"
{ good_head; printf 'text: caf\351\n'; } >"$T/utf8.lesson"
bad utf8 5 "the line holds bytes that are not UTF-8"
{ good_head; printf 'text: a\000b\n'; } >"$T/nul.lesson"
bad nul 5 "the line holds a NUL byte"
{ printf 'lesson: T\n'; for i in $(seq 65); do printf 'step: S\ntext: x\n'; done; } \
    >"$T/steps.lesson"
bad steps 130 "too many steps \\(64 at most\\)"
bad missing "" "cannot read it: No such file or directory"
{ good_head; i=0; while [ $i -lt 3000 ]; do printf 'text: %090d\n' $i; i=$((i + 1)); done; } \
    >"$T/big.lesson"
bad big "" "the file is too big \\(256 KiB at most\\)"
mkdir -p "$T/dir.lesson"
bad dir "" "cannot read it: not a regular file"
# Every error is reported, each with its own line.
{ good_head; printf 'bogus: 1\nexpect: tls maybe\n'; } >"$T/two.lesson"
timeout 10 "$SMTPX" --check-lesson "$T/two.lesson" 2>"$T/err" >/dev/null
if [ "$(grep -c "^$T/two.lesson:[56]: " "$T/err")" = 2 ]; then
	t_ok "--check-lesson reports every error, each with its line"
else
	t_fail "--check-lesson reports every error, each with its line" \
	    "$(cat "$T/err")"
fi
# A good file of one's own, with every kind of expectation.
{ good_head; printf 'send: EHLO me\nexpect: reply EHLO 2xx\nexpect: reply RCPT 550 5.1.1\nexpect: state hello\nexpect: tls off\nexpect: auth off\nexpect: capability STARTTLS\nhint: h\nstep: Two\ntext: t\nexpect: capability AUTH absent\nexpect: connect timeout\nexpect: finding relay-refused\nexpect: reply greeting 220\nexpect: reply . 25x\n'; } \
    >"$T/good.lesson"
run 0 "good.lesson: ok, lesson 'T', 2 steps" --check-lesson "$T/good.lesson"

# --lessons: one line each, the six built-in ones, progress from the
# XDG state directory.
mkdir -p "$T/state/smtpx/lessons"
printf 'step 3\n' >"$T/state/smtpx/lessons/4-auth"
XDG_STATE_HOME=$T/state timeout 10 "$SMTPX" --lessons >"$T/list" 2>&1
rc=$?
if [ $rc = 0 ] && [ "$(wc -l <"$T/list")" = 6 ] &&
    grep -q '^1-ports  *Port 25 and port 587: relay and submission (14 steps)$' "$T/list" &&
    grep -q '^4-auth  *AUTH by hand: .* (15 steps, at step 3)$' "$T/list" &&
    grep -q '^6-refusals  *Reading refusals (9 steps)$' "$T/list"; then
	t_ok "--lessons lists the six lessons with progress, one line each"
else
	t_fail "--lessons lists the six lessons with progress, one line each" \
	    "status $rc" "$(cat "$T/list")"
fi
run 2 "no lesson 'nosuch'; smtpx --lessons lists them" --lesson nosuch
printf '/lesson 1\n' >"$T/script"
run 2 "/lesson works on the screen, not in the line mode" --batch --script "$T/script"
run 2 "takes no HOST" --lesson 1 host
run 2 "takes no HOST" --lesson 1 --batch

# /connect --timeout SECONDS (the OP25B lesson's short wait) holds for
# that connection only: a silent server times out after 1 s, and the
# next /connect without it waits the command line's --timeout (2 s).
$PY -c '
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(5)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
conns = [s.accept() for _ in range(2)]
time.sleep(10)
' "$T/silent.port" &
silent=$!
for _w in 1 2 3 4 5 6 7 8 9 10; do [ -s "$T/silent.port" ] && break; sleep 0.2; done
sp=$(cat "$T/silent.port")
printf '/connect 127.0.0.1 %s --timeout 1\n' "$sp" |
    timeout 10 "$SMTPX" --batch --timeout 5 >"$T/out" 2>&1
printf 'QUIT\n/connect lab 25 --timeout 1\nQUIT\n/connect 127.0.0.1 %s\n' "$sp" |
    timeout 10 "$SMTPX" --lab --batch --timeout 2 25 >>"$T/out" 2>&1
if grep -q "timed out after 1 s waiting for the greeting" "$T/out" &&
    grep -q "timed out after 2 s waiting for the greeting" "$T/out"; then
	t_ok "/connect --timeout holds for that connection only"
else
	t_fail "/connect --timeout holds for that connection only" "$(cat "$T/out")"
fi
printf '/connect 127.0.0.1 25 --timeout 0\n' >"$T/script"
run 2 "--timeout needs seconds, 1 to 3600" --batch --script "$T/script"
kill "$silent" 2>/dev/null
