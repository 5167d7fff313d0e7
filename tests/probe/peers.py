#!/usr/bin/python3
"""The mail servers of tests/probe/zone.conf, for tests/probe/run.sh:

    peers.py DIR

Three ports are shared by every address: P25, P587 and P465 (written to
DIR/ports as "P25 P587 P465"; --ports maps 25, 587 and 465 onto them).

  127.0.0.21  mx.good.test    P25: STARTTLS, certificate for its name
  127.0.0.22  smtp.good.test  P587: STARTTLS, then AUTH PLAIN LOGIN;
                              P465: the same inside implicit TLS
  127.0.0.23  mx.bad.test     P25: greets as wrong.bad.test, AUTH PLAIN
                              LOGIN in clear, no STARTTLS
  127.0.0.24  smtp.bad.test   P587: STARTTLS with a certificate for
                              other.test; P465: nothing (refused)
  127.0.0.25  mx.blocked.test P25: a listener whose backlog is full and
                              never accepted: the kernel drops every SYN,
                              as behind an outbound port 25 block
  127.0.0.26  dead.bad.test   nothing listens: refused
  127.0.0.27  implicit.test   P25: as mx.good.test
  127.0.0.28  mx.noptr.test   P25: as mx.good.test, with eight words of
                              Japanese after ESMTP in its greeting (the
                              text table wraps by display width)
  127.0.0.29  smtp.old.test   P587: greets after 10.5 s (a tarpit), then
                              STARTTLS with a certificate that expired
  127.0.0.30  smtp.ancient.test  P465: implicit TLS 1.0 and 1.1 only
                              (security level 0), as an old server;
                              P587: STARTTLS to the same

Certificates are DIR/NAME.crt and .key (made by run.sh). The account is
alice@good.test, password "secret". Every line read goes to DIR/log as
"ADDR:PORT line" (AUTH arguments as "AUTH <masked>"), so the tests can
see that nothing but EHLO, STARTTLS, AUTH and QUIT was sent. The script
ends after 120 s at most.
"""
import base64
import os
import warnings
import socket
import ssl
import sys
import threading
import time

d = sys.argv[1]
end = time.time() + 120
lock = threading.Lock()


def log(where, s):
    with lock:
        with open(os.path.join(d, "log"), "a") as f:
            f.write("%s %s\n" % (where, s))


def ctx(name):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    c.load_cert_chain(os.path.join(d, name + ".crt"),
                      os.path.join(d, name + ".key"))
    return c


def ancient_ctx():
    c = ctx("smtp.good.test")
    c.set_ciphers("DEFAULT:@SECLEVEL=0")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        c.minimum_version = ssl.TLSVersion.TLSv1
        c.maximum_version = ssl.TLSVersion.TLSv1_1
    return c


def readline(c):
    b = b""
    while not b.endswith(b"\n"):
        c.settimeout(max(0.1, end - time.time()))
        x = c.recv(1)
        if not x:
            raise EOFError
        b += x
    return b.decode("utf-8", "replace").rstrip("\r\n")


def serve(c, where, kind):
    name = {"mx_good": "mx.good.test", "sub_good": "smtp.good.test",
            "subs_good": "smtp.good.test", "mx_bad": "wrong.bad.test",
            "sub_bad": "smtp.bad.test", "sub_old": "smtp.old.test",
            "mx_wide": "mx.good.test", "subs_ancient": "smtp.ancient.test",
            "sub_ancient": "smtp.ancient.test"}[kind]
    tls = False
    if kind == "sub_old":
        time.sleep(10.5)
    if kind == "subs_good":
        c = ctx("smtp.good.test").wrap_socket(c, server_side=True)
        tls = True
    if kind == "subs_ancient":
        c = ancient_ctx().wrap_socket(c, server_side=True)
        log(where, "tls %s" % c.version())
        tls = True
    words = " " + " ".join(["日本語の試験"] * 8) if kind == "mx_wide" else ""
    c.sendall(("220 %s ESMTP%s\r\n" % (name, words)).encode())
    if kind == "mx_wide":
        kind = "mx_good"
    while True:
        line = readline(c)
        verb = line.split(" ")[0].upper()
        log(where, "AUTH <masked>" if verb == "AUTH" else line)
        if verb == "EHLO":
            ext = ["PIPELINING", "8BITMIME"]
            if kind == "mx_bad":
                ext.append("AUTH PLAIN LOGIN")
            elif not tls:
                ext.append("STARTTLS")
            elif kind != "mx_good":
                ext.append("AUTH PLAIN LOGIN")
            lines = [name] + ext
            out = "".join("250-%s\r\n" % x for x in lines[:-1])
            c.sendall((out + "250 %s\r\n" % lines[-1]).encode())
        elif verb == "STARTTLS" and not tls and kind != "mx_bad":
            c.sendall(b"220 go ahead\r\n")
            if kind == "sub_ancient":
                c = ancient_ctx().wrap_socket(c, server_side=True)
            else:
                cert = {"mx_good": "mx.good.test",
                        "sub_good": "smtp.good.test", "sub_bad": "other.test",
                        "sub_old": "smtp.old.test"}[kind]
                c = ctx(cert).wrap_socket(c, server_side=True)
            tls = True
            log(where, "tls %s" % c.version())
        elif verb == "AUTH" and tls and kind != "mx_good":
            parts = line.split(" ")
            ok = False
            if len(parts) == 3 and parts[1].upper() == "PLAIN":
                try:
                    ok = base64.b64decode(parts[2]) == \
                        b"\0alice@good.test\0secret"
                except ValueError:
                    ok = False
            c.sendall(b"235 2.7.0 ok\r\n" if ok else
                      b"535 5.7.8 bad credentials\r\n")
            log(where, "auth %s" % ("ok" if ok else "failed"))
        elif verb == "QUIT":
            c.sendall(b"221 bye\r\n")
            c.close()
            return
        else:
            c.sendall(b"502 5.5.1 not here\r\n")


def handle(c, where, kind):
    try:
        serve(c, where, kind)
    except (EOFError, OSError, ssl.SSLError) as e:
        log(where, "end %s" % type(e).__name__)


def listener(addr, port, backlog=8):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    s.listen(backlog)
    return s


def ports():
    for _ in range(20):
        socks = []
        try:
            first = listener("127.0.0.21", 0)
            p25 = first.getsockname()[1]
            socks.append(("127.0.0.21", p25, first, "mx_good"))
            socks.append(("127.0.0.23", p25,
                          listener("127.0.0.23", p25), "mx_bad"))
            socks.append(("127.0.0.27", p25, listener("127.0.0.27", p25),
                          "mx_good"))
            socks.append(("127.0.0.28", p25, listener("127.0.0.28", p25),
                          "mx_wide"))
            plug = listener("127.0.0.25", p25, 0)
            s587 = listener("127.0.0.22", 0)
            p587 = s587.getsockname()[1]
            socks.append(("127.0.0.22", p587, s587, "sub_good"))
            socks.append(("127.0.0.24", p587,
                          listener("127.0.0.24", p587), "sub_bad"))
            socks.append(("127.0.0.29", p587,
                          listener("127.0.0.29", p587), "sub_old"))
            socks.append(("127.0.0.30", p587,
                          listener("127.0.0.30", p587), "sub_ancient"))
            s465 = listener("127.0.0.22", 0)
            p465 = s465.getsockname()[1]
            socks.append(("127.0.0.22", p465, s465, "subs_good"))
            socks.append(("127.0.0.30", p465,
                          listener("127.0.0.30", p465), "subs_ancient"))
            return p25, p587, p465, socks, plug
        except OSError:
            for s in socks:
                s[2].close()
    sys.exit("no free ports")


p25, p587, p465, socks, plug = ports()
# Fill the plug's backlog with connections of our own, never accepted.
fill = []
for _ in range(3):
    f = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    f.setblocking(False)
    try:
        f.connect(("127.0.0.25", p25))
    except BlockingIOError:
        pass
    fill.append(f)
time.sleep(0.2)
with open(os.path.join(d, "ports.tmp"), "w") as f:
    f.write("%d %d %d\n" % (p25, p587, p465))
os.rename(os.path.join(d, "ports.tmp"), os.path.join(d, "ports"))


def accept_loop(addr, port, s, kind):
    s.settimeout(1)
    while time.time() < end:
        try:
            c, _ = s.accept()
        except socket.timeout:
            continue
        except OSError:
            return
        threading.Thread(target=handle, args=(c, "%s:%d" % (addr, port),
                         kind), daemon=True).start()


for addr, port, s, kind in socks:
    threading.Thread(target=accept_loop, args=(addr, port, s, kind),
                     daemon=True).start()
while time.time() < end:
    time.sleep(1)
