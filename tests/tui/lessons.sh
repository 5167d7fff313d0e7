# Sourced by run.sh (its helpers, tmux server and $tmp): the lessons
# (issue 15) as a learner takes them. Each built-in lesson runs start to
# end by pressing Enter on every suggested line; the lesson must say
# each step is done and that it is complete, and the lab must have seen
# what the lesson made (the message of lesson 5 in /lab inbox). Lessons
# 2 and 6 need the lab's OP25B switch and scripted refusals.

lessons_dir="$SMTPX_TOP/lessons"

# The suggested line of each step of a lesson file, one a line ("-" for
# a step without one).
lesson_sends() {
	awk '/^step:/ { if (n++) print s; s = "-" }
	    /^send:/ { sub(/^send:[ \t]*/, ""); s = $0 }
	    END { if (n) print s }' "$1"
}
prompt_text() { screen "$1" | sed -n 30p | sed 's/^[^>]*> //'; }
# prompt_starts NAME TEXT: the command line holds TEXT (its first 12
# characters: the rest of a secret is masked).
prompt_starts() {
	lz_want=$(printf '%s' "$2" | cut -c1-12)
	case "$(prompt_text "$1")" in "$lz_want"*) return 0 ;; esac
	return 1
}
# prompt_ready NAME TEXT: the command line holds TEXT, or TEXT drawn
# with its secret masked (one star a character: an AUTH's arguments, an
# answer to a 334).
prompt_ready() {
	prompt_starts "$1" "$2" && return 0
	lz_p=$(prompt_text "$1" | sed 's/ *$//')
	lz_pre=${lz_p%%\**}
	[ "$lz_pre" != "$lz_p" ] || return 1
	case "$lz_p" in "$lz_pre"*[!*]*) return 1 ;; esac
	case "$2" in "$lz_pre"*) return 0 ;; esac
	return 1
}

# run_lesson SESSION FILE: Enter on every step's suggested line. Sets
# lesson_ok to 1 when every step said it was done, in order.
run_lesson() {
	lz_s=$1
	lz_f=$2
	lz_name=$(basename "$lz_f" .lesson)
	lz_n=$(grep -c '^step:' "$lz_f")
	lesson_sends "$lz_f" >"$tmp/$lz_s.sends"
	lz_i=0
	lesson_ok=1
	lesson_done=0
	while [ $lz_i -lt "$lz_n" ] && [ $lz_i -lt 64 ]; do
		lz_i=$((lz_i + 1))
		lz_line=$(sed -n "${lz_i}p" "$tmp/$lz_s.sends")
		if ! see "$lz_s" "step $lz_i of $lz_n" 15; then
			lesson_ok=0
			return
		fi
		if [ "$lz_line" != - ]; then
			wait_until 10 prompt_ready "$lz_s" "$lz_line" || {
				lesson_ok=0
				return
			}
		fi
		# The lab's greylisting wants a retry two seconds later.
		case "$lz_line" in
		*greylist*) [ -f "$tmp/$lz_s.grey" ] && sleep 2.2
			touch "$tmp/$lz_s.grey" ;;
		esac
		T send-keys -t "$lz_s" Enter
		if ! wait_until 15 everything_has "$lz_s" \
		    "lesson: step $lz_i of $lz_n done"; then
			lesson_ok=0
			return
		fi
		lesson_done=$((lesson_done + 1))
	done
}
everything_has() { everything "$1" | grep -F -q -- "$2"; }
# saved NAME: the whole transcript, through /save (the pane scrolls
# inside the screen, below the panel, so tmux keeps no history of it).
# /save writes the header first: the file is whole only once smtpx says
# it is saved (a slow ASan run once counted a half-written file).
saved() {
	rm -f "$tmp/$1.saved"
	type_line "$1" "/save $tmp/$1.saved"
	see "$1" "* transcript saved to " 10 >/dev/null
}
saved_has() { grep -F -q -- "$2" "$tmp/$1.saved"; }
saved_count() { grep -c -- "$2" "$tmp/$1.saved"; }

# Lessons 2 and 6 need the lab's OP25B switch and scripted refusals
# (their branch); they run once the lab has them.
lesson_all="${LESSONS_ONLY:-1-ports 3-starttls 4-auth 5-message}"
if grep -q 'greylist@' "$SMTPX_TOP"/lab/*.c 2>/dev/null &&
    grep -q 'op25b' "$SMTPX_TOP"/tui/cmd.c 2>/dev/null; then
	lesson_all="$lesson_all 2-op25b 6-refusals"
else
	echo "skip - lessons 2-op25b and 6-refusals: the lab has no /lab op25b or scripted refusals yet"
fi
for lz_l in $lesson_all; do
	lz_f="$lessons_dir/$lz_l.lesson"
	lz_n=$(grep -c '^step:' "$lz_f")
	start "les$lz_l" -- --lesson "$lz_l"
	run_lesson "les$lz_l" "$lz_f"
	check "lesson $lz_l: Enter on every suggested line meets every step" \
	    "les$lz_l" [ "$lesson_ok" = 1 ]
	check "lesson $lz_l: says it is complete" "les$lz_l" \
	    see "les$lz_l" "lesson $lz_l complete: all $lz_n steps done" 5
	saved "les$lz_l"
	check "lesson $lz_l: each of its $lz_n steps said done, once" \
	    "les$lz_l" [ "$(saved_count "les$lz_l" \
	    "^\* lesson: step [0-9]* of $lz_n done")" = "$lz_n" ]
	check "lesson $lz_l: no step missed its outcome" "les$lz_l" \
	    [ "$(saved_count "les$lz_l" "^! lesson:")" = 0 ]
done
inbox_has_lesson() { saved_has les5-message "My first message by hand"; }
check "lesson 5: the message arrived in /lab inbox" les5-message \
    wait_until 5 inbox_has_lesson
# Unstuffed by the lab: sent as "..this", kept as ".this"; a line sent
# with one dot would have lost it.
check "lesson 5: the line starting with a dot arrived with its dot" \
    les5-message saved_has les5-message "* .this line starts with a dot"
check "lesson 1: progress remembered: --lessons says done" les1-ports \
    eval 'env XDG_STATE_HOME=$tmp/state HOME=$tmp/home $SMTPX --lessons | grep -q "^1-ports .*14 steps, done)"'

# --- a wrong line: the lesson says what happened, and hints ---------
start lwrong -- --lesson 1-ports
see lwrong "step 1 of 14" >/dev/null
wait_until 10 prompt_starts lwrong "/connect lab 25" && T send-keys -t lwrong Enter
see lwrong "step 2 of 14" >/dev/null
wait_until 10 prompt_starts lwrong "EHLO me"
T send-keys -t lwrong C-u
type_line lwrong "NOOP"
check "wrong line: the panel says what was expected and what happened" \
    lwrong see lwrong "Not yet: this step expected a reply 2xx to EHLO; what happened: 250 2.0.0 to NOOP"
check "wrong line: the step's hint is shown" lwrong \
    see lwrong "Hint: Type EHLO and a name for your machine"
check "wrong line: the line went to the server all the same" lwrong \
    everything_has lwrong "C: NOOP"
check "wrong line: the suggested line is back on the command line" lwrong \
    wait_until 5 prompt_starts lwrong "EHLO me"
T send-keys -t lwrong Enter
check "wrong line: the suggested line then completes the step" lwrong \
    see lwrong "step 3 of 14"
check "wrong line: the hint goes with the next step" lwrong \
    gone lwrong "Not yet:"

# --- panel: F4, PgUp, /lesson next|back|restart|stop, progress --------
T send-keys -t lwrong F4
check "F4 folds the panel to one row" lwrong \
    see lwrong "lesson 1-ports, step 3 of 14: Name a sender (F4 opens)"
check "folded: the step's text is not shown" lwrong \
    gone lwrong "MAIL FROM starts a message"
T send-keys -t lwrong F4
check "F4 again opens the panel" lwrong see lwrong "MAIL FROM starts a message"
# Lines for the transcript that make no session event, so the step's
# line does not come back between them.
T send-keys -t lwrong C-u
for lz_k in 1 2 3 4 5 6; do type_line lwrong "/status"; done
T send-keys -t lwrong C-u PPage
check "PgUp scrolls the transcript with the panel open" lwrong \
    status_see lwrong "scrolled back"
check "PgUp leaves the panel in place" lwrong has lwrong "step 3 of 14"
T send-keys -t lwrong End
type_line lwrong "/lesson next"
check "/lesson next goes to the next step" lwrong see lwrong "step 4 of 14"
check "/lesson next puts that step's line on the command line" lwrong \
    wait_until 5 prompt_starts lwrong "RCPT TO:<friend@example.org>"
T send-keys -t lwrong C-u
type_line lwrong "/lesson back"
check "/lesson back goes back a step" lwrong see lwrong "step 3 of 14"
T send-keys -t lwrong C-u
type_line lwrong "/lesson stop"
check "/lesson stop closes the panel" lwrong gone lwrong "step 3 of 14"
check "/lesson stop says how to go on" lwrong \
    see lwrong "lesson 1-ports stopped at step 3; /lesson 1-ports goes on"
type_line lwrong "/lesson"
check "/lesson lists the lessons, one line each" lwrong \
    see lwrong "3-starttls   STARTTLS: encryption in the middle of a session (7 steps"
type_line lwrong "/lesson 1"
check "/lesson 1 resumes where the learner left" lwrong \
    see lwrong "resuming at step 3; /lesson restart starts over"
T send-keys -t lwrong C-u
type_line lwrong "/lesson restart"
check "/lesson restart starts over" lwrong see lwrong "step 1 of 14"
T send-keys -t lwrong C-u
type_line lwrong "/lesson nosuch"
check "/lesson with an unknown name says so" lwrong \
    see lwrong "no lesson 'nosuch'; /lesson lists them"

# --- a narrow terminal folds the panel on its own ---------------------
START_COLS=36 start lnarrow XDG_STATE_HOME=$tmp/state2 -- --lesson 3
check "narrow terminal: the panel is one row" lnarrow \
    see lnarrow "lesson 3-starttls, step 1 of 7"
check "narrow terminal: the suggested line is still ready" lnarrow \
    wait_until 5 prompt_starts lnarrow "/connect lab 587"

# --- make run offers lesson 1 ------------------------------------------
start lwelcome -- --lab
check "the lab's welcome text offers lesson 1" lwelcome \
    see lwelcome "/lesson 1"

# --- a lesson in Japanese (issue 16): lessons/ja wins when the messages
# are Japanese (LANGUAGE=ja here; --lang sets it too), with the same
# steps and suggested lines. Only the lesson's own texts are checked,
# so the test holds whether the interface around them is translated.
start lja LANGUAGE=ja XDG_STATE_HOME=$tmp/state-ja -- --lesson 1-ports
check "Japanese: lesson 1's first step is shown in Japanese" lja \
    see lja "ポート 25 は、サーバー同士がメールを受け渡すための"
check "Japanese: the step's title is the Japanese one" lja \
    has lja "中継用のポートに接続する"
check "Japanese: the suggested line is the same as in English" lja \
    wait_until 10 prompt_starts lja "/connect lab 25"
T send-keys -t lja Enter
check "Japanese: the line completes the step; the next one is Japanese" \
    lja see lja "EHLO はクライアントの名乗りで" 15
check "Japanese: the English text is not shown" lja \
    hasnt lja "EHLO introduces the client"
T send-keys -t lja C-u
type_line lja "/lesson"
check "Japanese: /lesson lists the Japanese titles" lja \
    see lja "OP25B: プロバイダーがポート 25 を遮断しているとき"
start len LANGUAGE=en XDG_STATE_HOME=$tmp/state-en -- --lesson 1-ports
check "LANGUAGE=en: the lesson stays English" len \
    see len "Port 25 is where servers hand mail to each other"
# /lang while a lesson runs: the lesson is read again in the new
# language, at the same step, and the suggested line still works.
wait_until 10 prompt_starts len "/connect lab 25"
T send-keys -t len Enter
see len "EHLO introduces the client" 15 >/dev/null
wait_until 10 prompt_starts len "EHLO me"
T send-keys -t len C-u
type_line len "/lang ja"
check "/lang ja during a lesson: the step is shown in Japanese" len \
    see len "EHLO はクライアントの名乗りで"
check "/lang ja during a lesson: the English text is gone" len \
    gone len "EHLO introduces the client"
type_line len "EHLO me"
check "/lang ja during a lesson: the step completes; the next is Japanese" \
    len see len "MAIL FROM はメッセージの始まりで" 15
T send-keys -t len C-u
type_line len "/lang en"
check "/lang en: back in English at the same step" len \
    see len "MAIL FROM starts a message"
