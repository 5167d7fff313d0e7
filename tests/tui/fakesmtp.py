#!/usr/bin/python3
"""A tiny scripted SMTP server for the tmux tests, on 127.0.0.1 only.

usage: fakesmtp.py MODE PORTFILE [CERT KEY]
  normal   ESMTP with STARTTLS (when CERT/KEY are given), AUTH PLAIN LOGIN
           after TLS, accepts any MAIL/RCPT/DATA but a MAIL FROM with
           "refuse571" in it, which gets Exchange's 571
  hostile  greeting and EHLO lines carry terminal control sequences
  silent   accepts the connection and never says anything
  noquit   like normal, but QUIT gets no reply (the connection stays)
  slow     like normal, but the greeting comes after 3 seconds
  slowtls  implicit TLS (needs CERT/KEY) that starts its handshake after
           3 seconds, then like normal inside TLS
  old      refuses EHLO (502) and accepts HELO, appending each HELO line
           it gets to PORTFILE.helo
  count    like normal, but NOOP N is answered "250 2.0.0 noop C in
           order" while each N is C, the count of NOOPs on the connection
           (else "OUT OF ORDER" from then on): a paste of numbered NOOPs
           shows in the last reply whether every line came, in order
  countslow  the same, each NOOP answered after 2 ms
  latenoop like normal, but the first NOOP is answered after 2 seconds
Writes the port it listens on to PORTFILE, serves connections one at a
time until killed.
"""
import base64
import socket
import ssl
import sys
import time

USER = "alice@example.test"
PASSWORD = "Wonder-Secret-42"

mode = sys.argv[1]
portfile = sys.argv[2]
cert = sys.argv[3] if len(sys.argv) > 4 else None
key = sys.argv[4] if len(sys.argv) > 4 else None

ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", 0))
ls.listen(4)
with open(portfile + ".tmp", "w") as f:
    f.write("%d\n" % ls.getsockname()[1])
import os
os.rename(portfile + ".tmp", portfile)


class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def send(self, text):
        self.sock.sendall(text.encode("utf-8", "surrogateescape") + b"\r\n")

    def line(self):
        while b"\n" not in self.buf:
            d = self.sock.recv(4096)
            if not d:
                return None
            self.buf += d
        l, self.buf = self.buf.split(b"\n", 1)
        return l.rstrip(b"\r").decode("utf-8", "replace")


def unb64(line):
    try:
        return base64.b64decode(line or "").decode("utf-8", "replace")
    except ValueError:
        return None


def serve(c):
    if mode == "silent":
        while c.sock.recv(4096):
            pass
        return
    tls = False
    late_done = False
    noops, order = 0, True
    if mode == "slow":
        time.sleep(3)
    if mode == "slowtls":
        time.sleep(3)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        c.sock = ctx.wrap_socket(c.sock, server_side=True)
        tls = True
    if mode == "hostile":
        c.send("220 evil.test ESMTP \x1b[2J\x1b[H\x1b]0;PWNED-TITLE\x07hello")
    else:
        c.send("220 mx.example.test ESMTP fakesmtp")
    while True:
        l = c.line()
        if l is None:
            return
        verb = l.split(" ")[0].upper()
        if mode == "old" and verb == "EHLO":
            c.send("502 5.5.1 Command not implemented")
            continue
        if mode == "old" and verb == "HELO":
            with open(portfile + ".helo", "a") as f:
                f.write(l + "\n")
            c.send("250 old.example.test")
            continue
        if verb in ("EHLO", "HELO"):
            if mode == "hostile":
                c.send("250-evil.test \x1b[31mred\x1b[0m \x1b]2;TITLE2\x07")
                c.send("250 SIZE 1000")
                continue
            c.send("250-mx.example.test greets you")
            c.send("250-PIPELINING")
            c.send("250-SIZE 10240000")
            if not tls and cert:
                c.send("250-STARTTLS")
            if tls or not cert:
                c.send("250-AUTH PLAIN LOGIN CRAM-MD5")
            c.send("250 8BITMIME")
        elif verb == "STARTTLS" and cert and not tls:
            c.send("220 2.0.0 go ahead")
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert, key)
            c.sock = ctx.wrap_socket(c.sock, server_side=True)
            c.buf = b""
            tls = True
        elif verb == "AUTH":
            parts = l.split(" ")
            mech = parts[1].upper() if len(parts) > 1 else ""
            ok = False
            if mech == "PLAIN":
                if len(parts) > 2:
                    resp = parts[2]
                else:
                    c.send("334 ")
                    resp = c.line() or ""
                try:
                    _, u, p = base64.b64decode(resp).decode().split("\0")
                    ok = (u, p) == (USER, PASSWORD)
                except Exception:
                    ok = False
            elif mech == "LOGIN":
                c.send("334 VXNlcm5hbWU6")
                u = unb64(c.line())
                c.send("334 UGFzc3dvcmQ6")
                p = unb64(c.line())
                ok = (u, p) == (USER, PASSWORD)
            if ok:
                c.send("235 2.7.0 Authentication successful")
            else:
                c.send("535 5.7.8 Authentication credentials invalid")
        elif verb == "MAIL" and "refuse571" in l:
            # Exchange's non-standard code (second digit past 5).
            c.send("571 Delivery not authorized, message refused")
        elif verb == "NOOP" and mode in ("count", "countslow"):
            noops += 1
            order = order and l == "NOOP %d" % noops
            if mode == "countslow":
                time.sleep(0.002)
            c.send("250 2.0.0 noop %d %s" %
                   (noops, "in order" if order else "OUT OF ORDER"))
        elif verb == "NOOP" and mode == "latenoop" and not late_done:
            late_done = True
            time.sleep(2)
            c.send("250 2.0.0 late noop")
        elif verb == "MAIL" or verb == "RCPT" or verb == "RSET" or verb == "NOOP":
            c.send("250 2.1.0 Ok")
        elif verb == "DATA":
            c.send("354 End data with <CR><LF>.<CR><LF>")
            while True:
                d = c.line()
                if d is None or d == ".":
                    break
            c.send("250 2.0.0 Ok: queued as 12345")
        elif verb == "QUIT" and mode == "noquit":
            continue
        elif verb == "QUIT":
            c.send("221 2.0.0 Bye")
            return
        else:
            c.send("502 5.5.2 Error: command not recognized")


while True:
    s, _ = ls.accept()
    try:
        serve(Conn(s))
    except (OSError, ssl.SSLError, ValueError):
        pass
    finally:
        try:
            s.close()
        except OSError:
            pass
