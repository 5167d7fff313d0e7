# Sourced by run.sh (its helpers, tmux server and $tmp): PIPELINING on the
# screen. The user types /pipeline, three lines and /pipeline end against
# the lab (which offers PIPELINING): the three lines go out together, each
# reply shows with a line naming the command it answers, and the message
# typed after the 354 reaches the lab's inbox.
start pipe -- --lab lab 25
check "pipeline: lab session starts" pipe see pipe "S: 220 lab.test"
type_line pipe "EHLO client.test"
check "pipeline: the lab offers PIPELINING" pipe see pipe "S: 250-PIPELINING"
type_line pipe "/pipeline"
check "pipeline: /pipeline begins a group" pipe \
    see pipe "* pipelined group begun"
type_line pipe "MAIL FROM:<me@client.test>"
type_line pipe "RCPT TO:<you@lab.test>"
type_line pipe "DATA"
check "pipeline: the typed lines are held" pipe \
    see pipe "held as line 3 of the group"
check "... and nothing of them went out yet" pipe hasnt pipe "C: MAIL FROM"
type_line pipe "/pipeline end"
check "pipeline: /pipeline end sends the group; DATA gets 354" pipe \
    see pipe "answers DATA (3 of 3 in the pipelined group)"
# The three C: lines together, then each reply with its command under it.
pipe_order() {
	everything pipe | sed 's/[[:space:]]*$//' | grep -E '^(C:|S:|\*) ' |
	    grep -v '^\* held' | $PY -c '
import sys
t = sys.stdin.read().split("\n")
i = t.index("C: MAIL FROM:<me@client.test>")
want = ["C: MAIL FROM:<me@client.test>", "C: RCPT TO:<you@lab.test>", "C: DATA",
        "S: 250 2.1.0 Ok",
        "* that reply answers MAIL FROM:<me@client.test> (1 of 3 in the pipelined group)",
        "S: 250 2.1.5 Ok",
        "* that reply answers RCPT TO:<you@lab.test> (2 of 3 in the pipelined group)"]
sys.exit(t[i:i + len(want)] != want)'
}
check "pipeline: each reply shows under its command, in order" pipe \
    wait_until 5 pipe_order
type_line pipe "Subject: piped"
T send-keys -t pipe Enter
type_line pipe "Piped-body-line"
type_line pipe "."
check "pipeline: the message after the group is accepted" pipe \
    see pipe "Ok: queued as"
type_line pipe "/lab inbox"
check "pipeline: the lab's inbox holds it" pipe see pipe "* Piped-body-line"
type_line pipe "/quit"
see pipe "(y/N)" 3 >/dev/null && T send-keys -t pipe y
check "pipeline: quits" pipe see pipe "[exited 0]"
