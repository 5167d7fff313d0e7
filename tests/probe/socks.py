#!/usr/bin/python3
"""A forwarding SOCKS5 proxy for tests/probe (RFC 1928, no login): it
resolves names from tests/probe/zone.conf (host-record= and address=
lines), connects, replies and relays both ways, so /probe --proxy sees
the test zone's servers as through a real proxy, OP25B listener
included. Listens on 127.0.0.1, writes its port to DIR/socks-port.

    socks.py ZONE DIR
"""
import select
import socket
import struct
import sys
import threading


def zone(path):
    names = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("host-record="):
            name, addr = line[len("host-record="):].split(",")[:2]
            names[name] = addr
        elif line.startswith("address=/"):
            _, name, addr = line.split("/")
            names[name] = addr
    return names


def recv_exact(s, n):
    b = b""
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c:
            raise ConnectionError("short")
        b += c
    return b


def relay(a, b):
    socks = [a, b]
    while True:
        r, _, _ = select.select(socks, [], [], 30)
        if not r:
            return
        for s in r:
            d = s.recv(65536)
            if not d:
                return
            (b if s is a else a).sendall(d)


def serve(c, names):
    try:
        c.settimeout(10)
        ver, n = recv_exact(c, 2)
        recv_exact(c, n)
        c.sendall(b"\x05\x00")
        ver, cmd, _, atyp = recv_exact(c, 4)
        if atyp == 3:
            host = recv_exact(c, recv_exact(c, 1)[0]).decode()
            addr = names.get(host)
        elif atyp == 1:
            addr = socket.inet_ntoa(recv_exact(c, 4))
        else:
            c.sendall(b"\x05\x08\x00\x01" + bytes(6))
            return
        port = struct.unpack("!H", recv_exact(c, 2))[0]
        if addr is None:
            c.sendall(b"\x05\x04\x00\x01" + bytes(6))
            return
        try:
            u = socket.create_connection((addr, port), timeout=10)
        except OSError:
            c.sendall(b"\x05\x05\x00\x01" + bytes(6))
            return
        c.sendall(b"\x05\x00\x00\x01" + socket.inet_aton(addr) +
                  struct.pack("!H", port))
        c.settimeout(None)
        u.settimeout(None)
        relay(c, u)
        u.close()
    except (OSError, ConnectionError, ValueError):
        pass
    finally:
        c.close()


def main():
    names = zone(sys.argv[1])
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(16)
    with open(sys.argv[2] + "/socks-port", "w") as f:
        f.write("%d\n" % ls.getsockname()[1])
    for _ in range(200):
        c, _ = ls.accept()
        threading.Thread(target=serve, args=(c, names), daemon=True).start()


if __name__ == "__main__":
    main()
