# Sourced by run.sh (its helpers lab, expect, expect_no and $tmp): the
# MAIL and RCPT parameters against the lab through the line mode (issue
# 17). SMTPUTF8: "587" offers it and takes a UTF-8 address with it, "25"
# does not and refuses one with 553 5.6.7, and the notes say why before
# the reply. DSN: failure (bounce@), delay (delay@) and success
# (NOTIFY=SUCCESS) reports arrive in /lab inbox as multipart/report, none
# for NOTIFY=NEVER or a null sender. A message file over SIZE, or with
# UTF-8 headers where SMTPUTF8 is missing, is warned about first.

# labn PORT: as lab, with the notes on; $tmp/joined has each note on
# one line (its wrapped continuation rows joined).
labn() {
	timeout 60 "$SMTPX" --lab --batch "$1" >"$tmp/out" 2>&1
	echo $? >"$tmp/rc"
	join_notes
}
join_notes() {
	awk '/^   #   / { sub(/^   #   /, " "); printf "%s", $0; next }
	    NR > 1 { print "" } { printf "%s", $0 } END { print "" }' \
	    "$tmp/out" >"$tmp/joined"
}
# has_note NAME TEXT...: each text is within a note of $tmp/joined.
has_note() {
	_n=$1; shift
	for _s in "$@"; do
		if ! grep '^   # ' "$tmp/joined" | grep -qF -- "$_s"; then
			t_fail "$_n" "no note with: $_s" "$(cat "$tmp/out")"
			return
		fi
	done
	t_ok "$_n"
}
login587() {
	printf '%s\n' 'EHLO client.example' '/starttls' 'EHLO client.example' \
	    '/auth PLAIN student@lab.test secret'
}

# --- SMTPUTF8 -----------------------------------------------------------
printf '%s\n' 'EHLO client.example' 'MAIL FROM:<田中@例え.jp>' \
    'MAIL FROM:<a@example.org> SMTPUTF8' 'MAIL FROM:<a@example.org>' \
    'RCPT TO:<θσ@lab.test>' 'QUIT' | labn 25
expect '25: a UTF-8 sender refused with 553 5.6.7, SMTPUTF8 with 555' \
    'C: MAIL FROM:<田中@例え.jp>' \
    'S: 553 5.6.7 <田中@例え.jp>: non-ASCII address not permitted: this server does not offer SMTPUTF8' \
    'S: 555 5.5.4 Unsupported option: SMTPUTF8' \
    'S: 553 5.6.7 <θσ@lab.test>: non-ASCII address not permitted: this server does not offer SMTPUTF8'
has_note '25: the notes say SMTPUTF8 is not offered, before the reply' \
    '<田中@例え.jp> is not ASCII: it needs SMTPUTF8 (RFC 6531), which this server did not offer' \
    '<θσ@lab.test> is not ASCII: it needs SMTPUTF8' \
    'SMTPUTF8: the server did not offer SMTPUTF8 in its EHLO reply'
expect_no '25: no "angle brackets" hint for a UTF-8 address' 'angle brackets'
if grep -n '' "$tmp/out" | grep -F -A1 'C: MAIL FROM:<田中@例え.jp>' |
    grep -qF 'is not ASCII'; then
	t_ok '25: the SMTPUTF8 note comes with the line, before the 553'
else
	t_fail '25: the SMTPUTF8 note comes with the line, before the 553' \
	    "$(cat "$tmp/out")"
fi

{ login587; printf '%s\n' 'MAIL FROM:<田中@例え.jp>' \
    'MAIL FROM:<田中@例え.jp> SMTPUTF8' 'RCPT TO:<θσ@lab.test>' \
    'RCPT TO:<far@example.net> NOTIFY=SUCCESS' 'DATA' \
    'Subject: テスト' '' '本文' '.' '/lab inbox' 'QUIT'; } | labn 587
expect '587: offers SMTPUTF8; without the parameter 553 5.6.7, with it the UTF-8 message is taken' \
    'S: 250-SMTPUTF8' \
    'S: 553 5.6.7 <田中@例え.jp>: non-ASCII address needs the SMTPUTF8 parameter on MAIL FROM' \
    'S: 250 2.1.0 Ok' 'S: 250 2.1.5 Ok' \
    '*   MAIL FROM:<田中@例え.jp>' '*   RCPT TO:<θσ@lab.test>' \
    '* Subject: テスト' '* 本文'
expect '587: the success report of a relayed recipient, in the global (RFC 6533) forms under SMTPUTF8' \
    '* lab inbox: 2 messages' '*   RCPT TO:<田中@例え.jp>' '* To: <田中@例え.jp>' \
    '* Content-Type: multipart/report; report-type=global-delivery-status;' \
    '* Content-Type: message/global-delivery-status' \
    '* Final-Recipient: rfc822; far@example.net' '* Action: relayed' \
    '* Content-Type: message/global-headers'
expect_no '587: no report for the recipient that asked for none' \
    'Final-Recipient: utf-8; θσ@lab.test'
has_note '587: the notes say to add SMTPUTF8, and explain it' \
    '<田中@例え.jp> is not ASCII: add SMTPUTF8 to MAIL FROM (the server offers it)' \
    'SMTPUTF8: this message may have UTF-8 (non-ASCII) addresses and headers'

# --- DSN ------------------------------------------------------------------
printf '%s\n' 'EHLO client.example' \
    'MAIL FROM:<alice@example.org> RET=HDRS ENVID=QQ314159' \
    'RCPT TO:<bounce@lab.test> ORCPT=rfc822;bounce@lab.test' \
    'RCPT TO:<delay@lab.test> NOTIFY=DELAY' \
    'RCPT TO:<bob@lab.test> NOTIFY=SUCCESS,FAILURE' \
    'RCPT TO:<carol@lab.test>' 'DATA' 'Subject: dsn test' '' 'body line' \
    '.' '/lab inbox' 'QUIT' | labn 25
expect_no 'DSN: the parameters are taken' 'S: 5' 'S: 4'
grep -q '^S: 250 2\.0\.0 Ok: queued as ' "$tmp/out" &&
    grep -qx '\* lab inbox: 4 messages' "$tmp/out" &&
    t_ok 'DSN: the message and three reports in /lab inbox' ||
    t_fail 'DSN: the message and three reports in /lab inbox' "$(cat "$tmp/out")"
expect 'DSN: failure, delay and success reports, to the sender from <>' \
    '*   made by:  the lab, a delivery status notification (DSN, RFC 3464)' \
    '*   MAIL FROM:<>' '*   RCPT TO:<alice@example.org>' \
    '* Subject: Delivery Status Notification (Failure)' \
    '* Subject: Delivery Status Notification (Delay)' \
    '* Subject: Delivery Status Notification (Success)' \
    '* Content-Type: multipart/report; report-type=delivery-status;' \
    '* Content-Type: message/delivery-status' \
    '* Reporting-MTA: dns; lab.test' '* Original-Envelope-Id: QQ314159' \
    '* Original-Recipient: rfc822;bounce@lab.test' \
    '* Final-Recipient: rfc822; bounce@lab.test' '* Action: failed' \
    '* Status: 5.1.1' '* Final-Recipient: rfc822; delay@lab.test' \
    '* Action: delayed' '* Status: 4.4.1' \
    '* Final-Recipient: rfc822; bob@lab.test' '* Action: delivered' \
    '* Status: 2.0.0' '* Content-Type: text/rfc822-headers'
expect_no 'DSN: no report for a recipient that asked for none' \
    'rfc822; carol@lab.test' 'Content-Type: message/rfc822'
has_note 'DSN: the parameters are explained as they go' \
    'RET=HDRS: a failure report (DSN) about this message returns only its headers' \
    'ENVID=QQ314159: your own id for this message' \
    'ORCPT=rfc822;bounce@lab.test: the original recipient' \
    'NOTIFY=SUCCESS,FAILURE: ask for a delivery status notification'

# RET unset: the failure returns the whole message; NEVER and a null
# sender get none; BDAT ends a message as DATA does.
printf 'Subject: chunked\r\n\r\nbody\r\n' >"$tmp/dsn.eml"
printf '%s\n' 'EHLO client.example' 'MAIL FROM:<alice@example.org>' \
    'RCPT TO:<bounce@lab.test>' 'DATA' 'Subject: whole' '' 'the body' '.' \
    'MAIL FROM:<alice@example.org>' 'RCPT TO:<bounce@lab.test> NOTIFY=NEVER' \
    'DATA' 'Subject: never' '.' \
    'MAIL FROM:<>' 'RCPT TO:<bounce@lab.test>' 'DATA' 'Subject: null' '.' \
    'MAIL FROM:<alice@example.org>' 'RCPT TO:<delay@lab.test>' \
    "/bdat $tmp/dsn.eml 8" '/lab inbox' 'QUIT' | labn 25
expect 'DSN: without RET a failure returns the whole message; BDAT too' \
    '* lab inbox: 6 messages' '* Content-Type: message/rfc822' \
    '* the body' '* Subject: Delivery Status Notification (Delay)' \
    '* Subject: chunked'
[ "$(grep -c '^\* Subject: Delivery Status Notification' "$tmp/out")" = 2 ] &&
    t_ok 'DSN: none for NOTIFY=NEVER or for a null sender' ||
    t_fail 'DSN: none for NOTIFY=NEVER or for a null sender' "$(cat "$tmp/out")"

printf '%s\n' 'EHLO client.example' 'MAIL FROM:<a@example.org>' \
    'RCPT TO:<b@lab.test> NOTIFY=SOMETIMES' 'RCPT TO:<b@lab.test> ORCPT=b' \
    'RSET' 'MAIL FROM:<a@example.org> RET=ALL' \
    'MAIL FROM:<a@example.org> ENVID=a=b' 'QUIT' | labn 25
expect 'DSN: bad NOTIFY, ORCPT, RET and ENVID are 501 5.5.4' \
    'S: 501 5.5.4 Bad NOTIFY parameter (NEVER, or SUCCESS,FAILURE,DELAY)' \
    'S: 501 5.5.4 Bad ORCPT parameter (type;address, rfc822;user@example.com)' \
    'S: 501 5.5.4 Bad RET parameter (FULL or HDRS)' \
    'S: 501 5.5.4 Bad ENVID parameter'
has_note 'DSN: the notes say what the bad values should be' \
    'NOTIFY is NEVER alone, or a list of SUCCESS, FAILURE and DELAY' \
    'ORCPT is type;address' 'RET is FULL or HDRS'

# --- a message file against SIZE and SMTPUTF8 -------------------------------
# One byte over the lab's SIZE (10485760): warned before it goes, with
# the notes off too; refused at its end. Ten megabytes through the lab in
# the same process: on a loaded machine the 552 can come later than the
# default 30 s reply deadline, so these two wait longer.
labbig() {
	timeout 150 "$SMTPX" --no-notes --timeout 120 --lab --batch "$1" \
	    >"$tmp/out" 2>&1
	echo $? >"$tmp/rc"
}
awk 'BEGIN { printf "Subject: big\r\n\r\n"; l = sprintf("%0998d", 0);
    for (i = 0; i < 10500; i++) printf "%s\r\n", l }' >"$tmp/big.eml"
printf '%s\n' 'EHLO client.example' 'MAIL FROM:<a@example.org>' \
    'RCPT TO:<bob@lab.test>' 'DATA' "/data $tmp/big.eml" 'QUIT' | labbig 25
join_notes
size=$(wc -c <"$tmp/big.eml" | tr -d ' ')
has_note '/data FILE over SIZE: warned (with the notes off too)' \
    "the message is $size bytes, over the server's SIZE limit of 10485760: expect it to be refused (552) at its end"
if sed -n '/^\* sending .*big\.eml/,/^C: \.$/p' "$tmp/joined" |
    grep -q 'over the server.s SIZE limit' &&
    grep -qx 'S: 552 5.3.4 Message size exceeds fixed maximum message size' \
    "$tmp/out"; then
	t_ok '/data FILE over SIZE: the warning comes before the end, then 552'
else
	t_fail '/data FILE over SIZE: the warning comes before the end, then 552' \
	    "$(cat "$tmp/out")"
fi
printf '%s\n' 'EHLO client.example' 'MAIL FROM:<a@example.org>' \
    'RCPT TO:<bob@lab.test>' "/bdat $tmp/big.eml 4000000" 'QUIT' | labbig 25
join_notes
has_note '/bdat FILE over SIZE: warned too' \
    "the message is $size bytes, over the server's SIZE limit of 10485760"
# Each chunk answered, the LAST one with the 552. The lab once read the
# end of a chunk on the last pass of a run and slept on it, so the
# client waited out its deadline (one run in six).
if grep -qx 'S: 250 2.0.0 Ok: chunk 2, 4000000 octets received' "$tmp/out" &&
    grep -qx 'S: 552 5.3.4 Message size exceeds fixed maximum message size' \
    "$tmp/out"; then
	t_ok '/bdat FILE over SIZE: every chunk answered, the last with 552'
else
	t_fail '/bdat FILE over SIZE: every chunk answered, the last with 552' \
	    "$(cat "$tmp/out")"
fi

printf 'Subject: 日本語の件名\r\nFrom: a@example.org\r\n\r\nbody\r\n' \
    >"$tmp/u8.eml"
printf '%s\n' 'EHLO client.example' 'MAIL FROM:<a@example.org>' \
    'RCPT TO:<bob@lab.test>' 'DATA' "/data $tmp/u8.eml" 'QUIT' | lab 25
join_notes
has_note '/data FILE with UTF-8 headers on 25: SMTPUTF8 is missing, said first' \
    "the message's headers are not ASCII: that needs SMTPUTF8 (RFC 6531), which this server did not offer"
expect_no '/data FILE under SIZE: no SIZE warning' 'over the server'
{ login587; printf '%s\n' 'MAIL FROM:<a@example.org> SMTPUTF8' \
    'RCPT TO:<bob@lab.test>' 'DATA' "/data $tmp/u8.eml" 'QUIT'; } | lab 587
grep -q '^S: 250 2\.0\.0 Ok: queued as ' "$tmp/out" &&
    t_ok '/data FILE with UTF-8 headers on 587: taken' ||
    t_fail '/data FILE with UTF-8 headers on 587: taken' "$(cat "$tmp/out")"
expect_no '/data FILE with UTF-8 headers on 587: no warning' \
    'headers are not ASCII'
