# Sourced by run.sh (its helpers, tmux server and $tmp): /status lists
# the session's findings in words. A server offering AUTH PLAIN LOGIN
# without STARTTLS, a login it refuses, then /status.

server normal clear || t_fail "fake server (clear) starts"
start find -- 127.0.0.1 "$port"
see find "S: 220 mx.example.test" >/dev/null
type_line find "/status"
check "/status before EHLO: no findings yet" find \
    see find "* findings: none"
type_line find "EHLO client.test"
see find "S: 250 8BITMIME" >/dev/null
# "\0alice@example.test\0wrong" in base64: the server refuses it.
type_line find "AUTH PLAIN AGFsaWNlQGV4YW1wbGUudGVzdAB3cm9uZw=="
check "the server refused the login" find \
    see find "S: 535 5.7.8 Authentication credentials invalid"
type_line find "/status"
check "/status lists findings" find see find "* findings:"
check "/status: PLAIN and LOGIN offered in clear, in words" find \
    see find "*   AUTH PLAIN LOGIN offered without TLS: the password would"
check "/status: the refused login, with its codes" find \
    see find "*   AUTH PLAIN refused (535 5.7.8)"
finding_rows() { [ "$(screen find | grep -c '^\*   ')" = 2 ]; }
check "/status: one line per finding" find wait_until 5 finding_rows
type_line find "/close"
see find "connection closed" >/dev/null
type_line find "/status"
# The findings outlive the connection (a ticket wants them all).
kept_after_close() {
	[ "$(screen find | grep -c '^\*   AUTH PLAIN refused')" -ge 2 ]
}
check "/status after /close still lists the findings" find \
    wait_until 10 kept_after_close
# A second connection: each finding says which connection it came from.
type_line find "/connect 127.0.0.1 $port"
see find "S: 220 mx.example.test" >/dev/null
type_line find "EHLO client.test"
see find "S: 250 8BITMIME" >/dev/null
type_line find "/status"
check "/status names the connection of each finding" find \
    see find "*   127.0.0.1 port $port (connection 2): AUTH PLAIN LOGIN offered"
check "... the first connection's kept too" find \
    see find "*   127.0.0.1 port $port (connection 1): AUTH PLAIN refused"
T kill-session -t find >/dev/null 2>&1
