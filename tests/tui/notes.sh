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
