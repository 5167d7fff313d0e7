# Sourced by run.sh (its helpers, tmux server and $tmp): the MAIL and
# RCPT parameters in the screen (issue 17). On the lab's 587, Tab after
# "MAIL FROM:<a@b> " lists the parameters of what EHLO offered (SMTPUTF8,
# SIZE=, BODY=..., the DSN ones), once each; on RCPT the DSN ones with
# the typed address as ORCPT. A UTF-8 address is drawn as typed, and on
# "25", which does not offer SMTPUTF8, a note says so before the 553.

start params -- --lab lab 587
see params "S: 220 lab.test" >/dev/null
type_line params "EHLO client.test"
see params "S: 250 8BITMIME" >/dev/null
T send-keys -t params -l "MAIL FROM:<a@b> "
T send-keys -t params Tab Tab
pmenu_ok() {
	_s=$(screen params)
	for _w in SMTPUTF8 SIZE= BODY=8BITMIME BODY=BINARYMIME RET=HDRS \
	    RET=FULL ENVID=; do
		printf '%s\n' "$_s" | grep -qF -- "$_w" || return 1
	done
	# Not offered by the lab: not listed.
	! printf '%s\n' "$_s" | grep -qE 'REQUIRETLS|MT-PRIORITY|HOLDFOR'
}
check "Tab after MAIL FROM lists SMTPUTF8, SIZE=, BODY=... (lab 587)" params \
    wait_until 5 pmenu_ok
T send-keys -t params C-c
gone params "MAIL FROM:<a@b>" >/dev/null
T send-keys -t params -l "MAIL FROM:<a@b> SIZE=1 S"
T send-keys -t params Tab
# SIZE= is given already: "S" can only be SMTPUTF8.
check "a parameter given already is not offered again" params \
    see params "FROM:<a@b> SIZE=1 SMTPUTF8" 5
T send-keys -t params C-c
gone params "SIZE=1 S" >/dev/null
T send-keys -t params -l "RCPT TO:<bob@lab.test> "
T send-keys -t params Tab Tab
rmenu_ok() {
	_s=$(screen params)
	printf '%s\n' "$_s" | grep -qF 'NOTIFY=SUCCESS,FAILURE' &&
	    printf '%s\n' "$_s" | grep -qF 'NOTIFY=NEVER' &&
	    printf '%s\n' "$_s" | grep -qF 'ORCPT=rfc822;bob@lab.test'
}
check "Tab after RCPT TO lists NOTIFY= and ORCPT= with the address" params \
    wait_until 5 rmenu_ok
T send-keys -t params C-c
gone params "RCPT TO:<bob@lab.test> " >/dev/null

# A typed parameter is explained when it goes out.
type_line params "MAIL FROM:<a@b> RET=HDRS"
check "a typed parameter gets its note" params \
    see params "RET=HDRS: a failure report (DSN)"

T kill-session -t params >/dev/null 2>&1

# "25": a UTF-8 address shown whole, and the note instead of a wrong hint.
start params25 -- --lab lab 25
see params25 "S: 220 lab.test ESMTP smtpx lab (port 25" >/dev/null
type_line params25 "EHLO client.test"
see params25 "S: 250 8BITMIME" >/dev/null
type_line params25 "MAIL FROM:<田中@例え.jp>"
check "a UTF-8 address is drawn as typed" params25 \
    see params25 "C: MAIL FROM:<田中@例え.jp>"
check "25 refuses it with 553 5.6.7" params25 \
    see params25 "S: 553 5.6.7 <田中@例え.jp>"
check "the note says SMTPUTF8 is not offered" params25 \
    see params25 "it needs SMTPUTF8"
check "no 'angle brackets' hint for it" params25 \
    hasnt params25 "angle brackets"
T kill-session -t params25 >/dev/null 2>&1
