"""A scripted SOCKS5 proxy for tests/proxy: the ways a proxy can go wrong
that Dante never shows, and a login (RFC 1929) without system users.

Run with /usr/bin/python3 (standard library only):
  fakeproxy.py DIR MODE
It listens on a free 127.0.0.1 port, writes the port to DIR/MODE.port and
what it saw to DIR/MODE.log (one line per connection), and serves until
killed. MODE:
  short     answers the method, then sends 3 bytes of its reply and closes
  version   answers the offer as a SOCKS4 proxy would (04 5a)
  silent    accepts and reads, never answers (the connect deadline)
  greet     a good reply and, in the same write, a target's SMTP greeting;
            then answers QUIT with 221 (nothing of the greeting may be lost)
  login     wants RFC 1929 user "alice" with the password in DIR/password,
            then connects to 127.0.0.1 and the port asked (any name) and
            relays both ways
Every wait has a bound: a connection is dropped after 30 s.
"""
import os
import socket
import sys
import threading


def read_exact(c, n):
    b = b""
    while len(b) < n:
        part = c.recv(n - len(b))
        if not part:
            raise EOFError("closed after %d of %d bytes" % (len(b), n))
        b += part
    return b


def read_request(c):
    """VER CMD RSV ATYP DST.ADDR DST.PORT: (name, port)."""
    head = read_exact(c, 4)
    if head[3] == 3:
        n = read_exact(c, 1)[0]
        name = read_exact(c, n).decode("ascii", "replace")
    elif head[3] == 1:
        name = socket.inet_ntop(socket.AF_INET, read_exact(c, 4))
    else:
        name = socket.inet_ntop(socket.AF_INET6, read_exact(c, 16))
    port = int.from_bytes(read_exact(c, 2), "big")
    return head, name, port


def relay(a, b):
    try:
        while True:
            d = a.recv(65536)
            if not d:
                break
            b.sendall(d)
    except OSError:
        pass
    for s in (a, b):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def serve(c, mode, d, log):
    c.settimeout(30)
    offer = read_exact(c, 2)
    methods = read_exact(c, offer[1])
    if mode == "version":
        c.sendall(b"\x04\x5a")
        log("offer %s" % methods.hex())
        return
    if mode == "silent":
        log("offer %s; silent" % methods.hex())
        try:
            c.recv(100)
        except OSError:
            pass
        return
    if mode == "login":
        if 2 not in methods:
            c.sendall(b"\x05\xff")
            log("no login offered")
            return
        c.sendall(b"\x05\x02")
        ver, ulen = read_exact(c, 2)
        user = read_exact(c, ulen).decode()
        plen = read_exact(c, 1)[0]
        pw = read_exact(c, plen).decode()
        with open(os.path.join(d, "password")) as f:
            want = f.readline().rstrip("\r\n")
        if ver != 1 or user != "alice" or pw != want:
            c.sendall(b"\x01\x01")
            log("login refused for %s" % user)
            return
        c.sendall(b"\x01\x00")
        log("login ok for %s" % user)
    else:
        c.sendall(b"\x05\x00")
    head, name, port = read_request(c)
    log("connect %s %d atyp %d" % (name, port, head[3]))
    if mode == "short":
        c.sendall(b"\x05\x00\x00")
        return
    if mode == "greet":
        c.sendall(b"\x05\x00\x00\x01\x7f\x00\x00\x01\x04\xd2"
                  b"220 fake.test ESMTP after the proxy's reply\r\n")
        buf = b""
        while b"\n" not in buf:
            part = c.recv(1024)
            if not part:
                return
            buf += part
        c.sendall(b"221 2.0.0 bye\r\n")
        return
    t = socket.create_connection(("127.0.0.1", port), timeout=10)
    t.settimeout(30)
    c.sendall(b"\x05\x00\x00\x01\x7f\x00\x00\x01" +
              t.getsockname()[1].to_bytes(2, "big"))
    threading.Thread(target=relay, args=(t, c), daemon=True).start()
    relay(c, t)


def main():
    d, mode = sys.argv[1], sys.argv[2]
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(8)
    logf = open(os.path.join(d, mode + ".log"), "a", buffering=1)
    lock = threading.Lock()

    def log(s):
        with lock:
            logf.write(s + "\n")

    with open(os.path.join(d, mode + ".port.tmp"), "w") as f:
        f.write("%d\n" % ls.getsockname()[1])
    os.rename(os.path.join(d, mode + ".port.tmp"),
              os.path.join(d, mode + ".port"))

    def one(c):
        try:
            serve(c, mode, d, log)
        except (OSError, EOFError) as e:
            log("error %s" % e)
        finally:
            c.close()

    while True:
        c, _ = ls.accept()
        threading.Thread(target=one, args=(c,), daemon=True).start()


if __name__ == "__main__":
    main()
