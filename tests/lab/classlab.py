#!/usr/bin/python3
# The lab as a class service (issue 20), from clients not written in C:
#   classlab.py PID BASE
# against `smtpx --lab-serve --port-base BASE --limit-conns 5
# --limit-rate 20 --limit-msgs 3 --limit-memory 64K` (process PID).
# Each simulated client has its own loopback address (127.0.0.x), as the
# students of a class have theirs. One "ok"/"FAIL" line per check.
import os, socket, ssl, sys, threading, time

pid, base = int(sys.argv[1]), int(sys.argv[2])
P25, P587, P465 = base + 25, base + 587, base + 465


def check(name, cond, detail=""):
    print(("ok - " if cond else "FAIL - ") + name +
          ("" if cond else ": " + repr(detail)[:600]), flush=True)


def conn(port, src="127.0.0.1", wait=5):
    s = socket.socket()
    s.settimeout(wait)
    s.bind((src, 0))
    s.connect(("127.0.0.1", port))
    return s


def line(s):
    out = b""
    while not out.endswith(b"\n"):
        d = s.recv(1)
        if not d:
            break
        out += d
    return out.decode("latin1").rstrip("\r\n")


def reply(s):
    lines = []
    while True:
        l = line(s)
        lines.append(l)
        if len(l) < 4 or l[3] == " ":
            return "\n".join(lines)


def cmd(s, text):
    s.sendall(text.encode() + b"\r\n")
    return reply(s)


def fds():
    return len(os.listdir("/proc/%d/fd" % pid))


def rss_kb():
    for l in open("/proc/%d/status" % pid):
        if l.startswith("VmRSS:"):
            return int(l.split()[1])
    return -1


fd0 = fds()

# One client opening many idle connections: only 5 at once are served,
# the others get 421 4.7.0 at once; another client still gets a 220 at
# once, and so does a class of 30 others completing a transaction.
abuse, greets = [], []
for i in range(30):
    try:
        s = conn(P25, "127.0.0.3")
        greets.append(line(s))
        abuse.append(s)
    except OSError as e:
        greets.append(str(e))
served = sum(g.startswith("220 ") for g in greets)
limited = [g for g in greets if g.startswith("421 4.7.0")]
check("one address, 30 idle connections: 5 served, the rest 421 4.7.0",
      served == 5 and len(limited) == 25, greets)
check("the refusal says why",
      any("too many connections from 127.0.0.3" in g for g in limited),
      limited[:2])
t = time.time()
s = conn(P25, "127.0.0.1")
g = line(s)
s.close()
check("another client gets its 220 at once (%.2fs)" % (time.time() - t),
      g.startswith("220 ") and time.time() - t < 1, g)

res = []


def student(i):
    try:
        s = conn(P25, "127.0.0.%d" % (10 + i), 20)
        r = [line(s)]
        for c in ("EHLO student%d.example" % i, "MAIL FROM:<s%d@example.org>" % i,
                  "RCPT TO:<bob@lab.test>", "DATA"):
            r.append(cmd(s, c))
        r.append(cmd(s, "Subject: %d\r\n\r\nhi\r\n." % i))
        r.append(cmd(s, "QUIT"))
        s.close()
        res.append("\n".join(r))
    except OSError as e:
        res.append(str(e))


th = [threading.Thread(target=student, args=(i,)) for i in range(30)]
for x in th:
    x.start()
for x in th:
    x.join()
n = sum("250 2.0.0 Ok: queued as" in r for r in res)
check("a class of 30 served while the abusive client holds its 5", n == 30,
      [r for r in res if "queued" not in r][:2])
for s in abuse:
    s.close()

# New connections a minute: the 21st within the minute is refused.
got = []
for i in range(21):
    s = conn(P587, "127.0.0.5")
    got.append(line(s))
    s.close()
check("21 connections in a minute from one address: the 21st gets 421 4.7.0",
      all(g.startswith("220 ") for g in got[:20]) and
      got[20].startswith("421 4.7.0") and "20 a minute" in got[20], got[-2:])

# Messages a minute: the fourth MAIL of the minute is refused, and the
# connection closed as a real server does.
s = conn(P25, "127.0.0.4")
line(s)
cmd(s, "EHLO many.example")
ok = []
for i in range(3):
    ok.append(cmd(s, "MAIL FROM:<a@example.org>"))
    cmd(s, "RCPT TO:<bob@lab.test>")
    cmd(s, "DATA")
    ok.append(cmd(s, "x\r\n."))
r = cmd(s, "MAIL FROM:<a@example.org>")
gone = s.recv(10) == b""
s.close()
check("3 messages a minute taken, the fourth MAIL is 421 4.7.0, then closed",
      all(x.startswith("250") for x in ok) and r.startswith("421 4.7.0") and
      "too many messages" in r and gone, (ok, r, gone))

# Memory in flight: a message over --limit-memory (64K) is refused with
# 452 4.3.1 at its end; the session goes on.
s = conn(P25, "127.0.0.6")
line(s)
cmd(s, "EHLO big.example")
cmd(s, "MAIL FROM:<a@example.org>")
cmd(s, "RCPT TO:<bob@lab.test>")
cmd(s, "DATA")
s.sendall((("y" * 998 + "\r\n") * 100).encode())
r = cmd(s, ".")
r2 = cmd(s, "NOOP")
s.close()
check("a 100 KB message over the 64K in flight: 452 4.3.1, session goes on",
      r.startswith("452 4.3.1") and r2.startswith("250"), (r, r2))

# Slow clients (a byte at a time in DATA), one that never reads its
# replies, and resets in the middle of TLS: the lab answers others at
# once meanwhile, and the descriptors go back when they have left.
stop = False


def slow():
    s = conn(P25, "127.0.0.7", 10)
    line(s)
    cmd(s, "EHLO slow.example")
    cmd(s, "MAIL FROM:<a@example.org>")
    cmd(s, "RCPT TO:<bob@lab.test>")
    cmd(s, "DATA")
    for ch in b"Subject: slow\r\n\r\nslowly\r\n":
        if stop:
            break
        s.sendall(bytes([ch]))
        time.sleep(0.05)
    s.close()


sl = threading.Thread(target=slow)
sl.start()
deaf = conn(P25, "127.0.0.8")
deaf.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
try:
    deaf.settimeout(0.5)
    deaf.sendall(b"NOOP\r\n" * 50000)
except OSError:
    pass
resets = 0
for i in range(4):
    s = conn(P465, "127.0.0.9")
    s.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 20)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    s.close()
    resets += 1
t = time.time()
s = conn(P587, "127.0.0.1")
g = line(s)
s.close()
check("with slow, deaf and reset clients about, a 220 at once (%.2fs)" %
      (time.time() - t), g.startswith("220 ") and time.time() - t < 1, g)
stop = True
sl.join()
deaf.close()
end = time.time() + 8
while time.time() < end and fds() != fd0:
    time.sleep(0.1)
check("descriptors back to their start (%d) once the clients left" % fd0,
      fds() == fd0, fds())
print("rss %d kB" % rss_kb())
