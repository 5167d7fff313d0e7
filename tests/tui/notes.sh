# Sourced by run.sh (its helpers, tmux server and $tmp): notes are kept
# as ids and rendered when drawn, so a narrower pane wraps a note afresh
# at its own width, with the continuation rows indented under the text
# as in the line mode ("   #   "), not the 100-column lines of before.

# note_rows NAME: the rows of the 5.7.1 note, from its first row to the
# row before the next note.
note_rows() {
	screen "$1" | sed -n '/# 5\.7\.1 refused/,/# its name in the registry/p' |
	    sed '$d'
}
# rows_ok NAME COLS MIN: at least MIN rows, none wider than COLS, every
# row after the first indented by exactly 7 columns, and the words
# joined again are the whole sentence.
rows_ok() {
	_r=$(note_rows "$1")
	[ "$(printf '%s\n' "$_r" | wc -l)" -ge "$3" ] || return 1
	printf '%s\n' "$_r" | awk -v c="$2" 'length($0) > c { exit 1 }' ||
	    return 1
	printf '%s\n' "$_r" | sed 1d | grep -qv '^       [^ ]' && return 1
	_all=$(printf '%s\n' "$_r" | sed 's/^ *#* *//' | tr '\n' ' ' |
	    sed 's/  */ /g; s/ $//')
	[ "$_all" = "5.7.1 refused by a policy (RFC 3463): the reason may be your IP, the sender, a recipient, relaying or the content" ]
}

start wrap --
see wrap "smtpx" >/dev/null
type_line wrap "/explain 5.7.1"
check "/explain shows the note at 100 columns" wrap \
    wait_until 10 rows_ok wrap 100 2
T resize-window -t wrap -x 60 -y 30
check "the note re-wraps when the pane gets narrower" wrap \
    wait_until 10 rows_ok wrap 60 3
T resize-window -t wrap -x 44 -y 30
check "... and again at 44 columns" wrap wait_until 10 rows_ok wrap 44 4
T kill-session -t wrap >/dev/null 2>&1

# A wrong password typed on the screen, at the lab on 465: the refusal is
# said once (the code's line gives its class only, the cause line says
# the login failed), then what to do.
start n6auth -- --lab lab 465
see n6auth "S: 220 " >/dev/null
type_line n6auth "EHLO me"
see n6auth "S: 250 8BITMIME" >/dev/null
type_line n6auth "AUTH PLAIN AHN0dWRlbnRAbGFiLnRlc3QAd3Jvbmc="
code_bare() { screen n6auth | grep -Eq '# 535 permanent failure *$'; }
check "a wrong password: the code's line gives the class only" n6auth \
    wait_until 10 code_bare
login_once() {
	[ "$(screen n6auth | grep -c 'Login failed: the server refused')" = 1 ] &&
	    ! screen n6auth | grep -q 'says the same'
}
check "a wrong password: the failure is said once, then what to do" n6auth \
    eval 'login_once && has n6auth "# what to do: check both"'
check "a wrong password: the typed secret is masked" n6auth \
    hasnt n6auth "AHN0dWRlbnRAbGFiLnRlc3QAd3Jvbmc="
T kill-session -t n6auth >/dev/null 2>&1
