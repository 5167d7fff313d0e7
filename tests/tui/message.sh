# Sourced by run.sh (its helpers, tmux server and $tmp): the message
# builder and /lint on the screen. A user types /send with --subject and
# --attach against the lab, sees the preview (headers, MIME outline)
# before MAIL goes out, and the lab's inbox shows the attachment arrived;
# /lint on a file with a bare LF shows its note.

printf 'attached text, one line\n' >"$tmp/msg-att.txt"
printf 'Date: Sat, 01 Feb 2025 10:00:00 +0000\r\nFrom: <a@b.example>\r\nMessage-ID: <1@b.example>\r\n\r\nfirst\nsecond\r\n' >"$tmp/msg-barelf.eml"
start msg -- --lab lab 25
check "builder: lab session starts" msg see msg "S: 220 lab.test"
type_line msg "EHLO client.test"
check "builder: EHLO answered" msg see msg "S: 250 8BITMIME"
type_line msg "/send me@client.test you@lab.test --subject \"Bericht für Jürgen\" --attach $tmp/msg-att.txt"
check "builder: the message is accepted" msg see msg "Ok: queued as"
# The lab answers at once, so the preview has scrolled up: the user
# searches back (Ctrl-S) for the MAIL FROM, which the search keeps at the
# bottom of the view, with the preview above it.
T send-keys -t msg C-s
check "builder: the search prompt opens" msg see msg "search:"
type_line msg "MAIL FROM:<me@client.test>"
check "builder: /send showed the message before sending it" msg \
    see msg "* the message to send:"
# The lab's 25 does not offer SMTPUTF8: the subject is RFC 2047 (Q).
check "builder: the preview has the subject, RFC 2047 encoded" msg \
    see msg "* Subject: =?UTF-8?Q?Bericht_f=C3=BCr_J=C3=BCrgen?="
check "builder: the preview outlines the MIME parts" msg \
    see msg "* [multipart/mixed: 2 parts]"
check "builder: the preview names the attachment" msg \
    see msg "* [2] text/plain, $tmp/msg-att.txt, 24 bytes as base64"
# The preview comes before MAIL FROM.
preview_first() {
	screen msg | awk '/the message to send:/ { p = NR }
	    /C: MAIL FROM:<me@client.test>/ { m = NR }
	    END { exit !(p && m && p < m) }'
}
check "builder: the preview is shown before MAIL FROM" msg preview_first
T send-keys -t msg C-c
T send-keys -t msg End
type_line msg "/lab inbox"
check "builder: the lab got the attachment as base64" msg \
    see msg "YXR0YWNoZWQgdGV4dCwgb25lIGxpbmUK"
T send-keys -t msg C-s
type_line msg "Subject: =?UTF-8?Q?Bericht"
# The newest match is the inbox's, a few lines under its header.
check "builder: the lab got the encoded subject" msg \
    see msg "* Subject: =?UTF-8?Q?Bericht_f=C3=BCr_J=C3=BCrgen?="
check "builder: ... in the inbox's copy of the message" msg \
    see msg "* --- message text,"
T send-keys -t msg C-c
T send-keys -t msg End
type_line msg "/lint $tmp/msg-barelf.eml"
check "lint: a bare LF is noted" msg \
    see msg "1 line ends in a bare LF (line 5)"
check "lint: the summary counts the note" msg \
    see msg "6 lines, 103 bytes, 1 note"
type_line msg "/quit"
see msg "(y/N)" >/dev/null && T send-keys -t msg y
check "builder: quits" msg see msg "[exited"
