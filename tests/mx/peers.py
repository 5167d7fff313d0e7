#!/usr/bin/python3
"""The mail exchangers of tests/lib/dns-zone.conf's three.test, for
tests/mx/run.sh:

    peers.py DIR

mx1.three.test (127.0.0.2) has nothing listening: refused. mx2 (127.0.0.3)
accepts and never says a word. mx3 (127.0.0.4) is an SMTP server with
STARTTLS and DIR/mx3.crt/.key, a certificate for its own name. All on
one port, written to DIR/port; a UDP socket on 127.0.0.1 that reads
nothing (a DNS server that never answers) has its port in DIR/deadport.
Every line mx3 reads, and the SNI it is sent, go to DIR/mx3.log. The
script ends after 60 s at most.
"""
import os
import select
import socket
import ssl
import sys
import time

d = sys.argv[1]
end = time.time() + 60


def log(s):
    with open(os.path.join(d, "mx3.log"), "a") as f:
        f.write(s + "\n")


# mx2 and mx3 share one port on two addresses: the kernel picks mx3's,
# and that port may be taken on 127.0.0.3 (another test's socket), so
# pick again, a bounded number of times.
for attempt in range(50):
    mx3 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    mx3.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    mx3.bind(("127.0.0.4", 0))
    port = mx3.getsockname()[1]
    mx2 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    mx2.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        mx2.bind(("127.0.0.3", port))
        break
    except OSError:
        mx2.close()
        mx3.close()
else:
    sys.exit("no port free on both 127.0.0.3 and 127.0.0.4")
mx2.listen(8)
mx3.listen(8)
dead = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
dead.bind(("127.0.0.1", 0))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(os.path.join(d, "mx3.crt"), os.path.join(d, "mx3.key"))
ctx.sni_callback = lambda obj, name, c: log("sni %s" % name)

for name, val in (("deadport", dead.getsockname()[1]), ("port", port)):
    with open(os.path.join(d, name + ".tmp"), "w") as f:
        f.write("%d\n" % val)
    os.rename(os.path.join(d, name + ".tmp"), os.path.join(d, name))


def readline(c):
    b = b""
    while not b.endswith(b"\n"):
        c.settimeout(max(0.1, end - time.time()))
        x = c.recv(1)
        if not x:
            raise EOFError
        b += x
    return b.decode("utf-8", "replace").rstrip("\r\n")


def serve(c):
    c.sendall(b"220 mx3.three.test ESMTP\r\n")
    tls = False
    while True:
        line = readline(c)
        log(line)
        verb = line.split(" ")[0].upper()
        if verb == "EHLO":
            c.sendall(b"250 mx3.three.test\r\n" if tls else
                      b"250-mx3.three.test\r\n250 STARTTLS\r\n")
        elif verb == "STARTTLS" and not tls:
            c.sendall(b"220 go ahead\r\n")
            c = ctx.wrap_socket(c, server_side=True)
            tls = True
            log("tls %s" % c.version())
        elif verb == "QUIT":
            c.sendall(b"221 bye\r\n")
            c.close()
            return
        else:
            c.sendall(b"250 ok\r\n")


held = []
while time.time() < end:
    r, _, _ = select.select([mx2, mx3], [], [], 1)
    if mx2 in r:
        held.append(mx2.accept()[0])    # and never a word
    if mx3 in r:
        c, _ = mx3.accept()
        try:
            serve(c)
        except (EOFError, OSError, ssl.SSLError) as e:
            log("end %s" % type(e).__name__)
