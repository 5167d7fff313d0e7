#!/usr/bin/python3
"""The hostile suite's scripted server and its wire checks.

    hostile.py serve DIR SCRIPT     play SCRIPT against one client
    hostile.py check WHAT ARGS...   assertions on recorded bytes and output

The server binds 127.0.0.1 on a free port, writes the port to DIR/port,
accepts one connection and follows the script, one command a line:

    send EXPR            write the bytes in one write
    drip DELAY EXPR      write them one byte at a time, DELAY s apart
    expect [PREFIX]      read one client line (PREFIX is only logged)
    lines N              read N client lines
    group N              read N client lines that must come in one read
                         (a pipelined group sent in one write); else say
                         so on stderr
    data                 read message lines up to a line "." alone
    bdat                 read one "BDAT n [LAST]" line and its n octets
    wait SECONDS         do nothing (and read nothing); ends early when
                         the client hangs up, since silence is moot then
    close | reset        close (reset: SO_LINGER 0, an RST)
    starttls CERT [tls10]  TLS server handshake with DIR's CERT.crt/.key
    drain [SECONDS]      read until the client closes
    endless EXPR [SECS]  write EXPR again and again until the client goes
    auth-loop N EXPR     answer each client line with EXPR, N times
    scram MD PASS MODE   the server side of a SCRAM exchange (see below)
    touch NAME | waitfile NAME [SECONDS]   sync with the shell via DIR/NAME

EXPR is a Python expression giving bytes (b"220 x\\r\\n", b"x" * 1000,
b64(b"text")). Everything the client sends is recorded: DIR/raw.bin (the
bytes on the wire, TLS records included), DIR/app.bin (the SMTP stream:
plain before TLS, decrypted after) and DIR/events.log (handshakes, lines,
EOF, the offset where TLS began, "sni NAME" for the name the client sent
in SNI or "sni (none)"). After the script the server keeps reading
until the client closes (at most 10 s), so the recording holds
everything the client ever sent. Only the standard library is used.
"""
import base64
import hashlib
import hmac
import os
import re
import select
import socket
import ssl
import struct
import sys
import time
import warnings

warnings.simplefilter("ignore")    # TLS 1.0 is deprecated: that is the point

def b64(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.b64encode(b)


class Eof(Exception):
    pass


class Conn:
    def __init__(self, sock, d):
        self.sock = sock
        self.d = d
        self.rbuf = b""
        self.tls = None
        self.raw = open(os.path.join(d, "raw.bin"), "wb")
        self.app = open(os.path.join(d, "app.bin"), "wb")
        self.log = open(os.path.join(d, "events.log"), "w")
        self.rawlen = 0
        self.applen = 0
        self.eof = False

    def event(self, msg):
        self.log.write("%.3f %s\n" % (time.monotonic(), msg))
        self.log.flush()

    def _recv_raw(self, timeout):
        """Bytes from the socket; b'' at EOF; None after timeout."""
        r, _, _ = select.select([self.sock], [], [], timeout)
        if not r:
            return None
        try:
            data = self.sock.recv(65536)
        except (ConnectionResetError, OSError) as e:
            self.event("recv error: %s" % e)
            data = b""
        self.raw.write(data)
        self.raw.flush()
        self.rawlen += len(data)
        return data

    def _app(self, data):
        self.app.write(data)
        self.app.flush()
        self.applen += len(data)
        self.rbuf += data

    def _flush_tls(self):
        if self.tls is not None:
            out = self.tls[2].read()
            if out:
                self.sock.sendall(out)

    def fill(self, timeout):
        """More application bytes into rbuf; False on timeout; Eof."""
        if self.eof:
            raise Eof()
        if self.tls is None:
            data = self._recv_raw(timeout)
            if data is None:
                return False
            if data == b"":
                self.eof = True
                raise Eof()
            self._app(data)
            return True
        obj, inb, _ = self.tls
        deadline = time.monotonic() + timeout
        while True:
            try:
                data = obj.read(65536)
                self._flush_tls()
                if data == b"":
                    self.eof = True
                    raise Eof()
                self._app(data)
                return True
            except ssl.SSLWantReadError:
                self._flush_tls()
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                raw = self._recv_raw(left)
                if raw is None:
                    return False
                if raw == b"":
                    self.eof = True
                    raise Eof()
                inb.write(raw)
            except ssl.SSLZeroReturnError:
                self.eof = True
                raise Eof()
            except ssl.SSLError as e:
                self.event("tls read error: %s" % e)
                self.eof = True
                raise Eof()

    def readline(self, timeout=10):
        deadline = time.monotonic() + timeout
        while b"\n" not in self.rbuf:
            left = deadline - time.monotonic()
            if left <= 0 or not self.fill(left):
                self.event("timeout reading a line")
                raise Eof()
        i = self.rbuf.index(b"\n") + 1
        line, self.rbuf = self.rbuf[:i], self.rbuf[i:]
        self.event("line %r" % line)
        return line

    def octets(self, n, timeout=10):
        """Exactly n bytes (a BDAT chunk), logged by count only."""
        deadline = time.monotonic() + timeout
        while len(self.rbuf) < n:
            left = deadline - time.monotonic()
            if left <= 0 or not self.fill(left):
                self.event("timeout reading %d octets" % n)
                raise Eof()
        data, self.rbuf = self.rbuf[:n], self.rbuf[n:]
        self.event("octets %d" % n)
        return data

    def send(self, data):
        try:
            if self.tls is not None:
                self.tls[0].write(data)
                self._flush_tls()
            else:
                self.sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError, OSError) as e:
            self.event("send error: %s" % e)
            raise Eof()

    def starttls(self, certdir, name, tls10=False):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        if tls10:
            ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
            ctx.minimum_version = ssl.TLSVersion.TLSv1
            ctx.maximum_version = ssl.TLSVersion.TLSv1
        ctx.load_cert_chain(os.path.join(certdir, name + ".crt"),
                            os.path.join(certdir, name + ".key"))
        # Record the name the client asked for (SNI), or that it sent none.
        ctx.sni_callback = lambda sslobj, sni, c: self.event(
            "sni %s" % (sni if sni is not None else "(none)"))
        inb, outb = ssl.MemoryBIO(), ssl.MemoryBIO()
        obj = ctx.wrap_bio(inb, outb, server_side=True)
        early = self.rbuf
        self.rbuf = b""
        self.event("tls-start raw=%d app=%d early=%d" %
                   (self.rawlen - len(early), self.applen - len(early),
                    len(early)))
        if early:
            inb.write(early)
        self.tls = (obj, inb, outb)
        deadline = time.monotonic() + 10
        while True:
            try:
                obj.do_handshake()
                self._flush_tls()
                self.event("handshake-ok %s %s" % (obj.version(),
                                                   obj.cipher()[0]))
                return True
            except ssl.SSLWantReadError:
                self._flush_tls()
                raw = self._recv_raw(max(0.0, deadline - time.monotonic()))
                if not raw:
                    self.event("handshake-failed: %s" %
                               ("eof" if raw == b"" else "timeout"))
                    self.eof = raw == b""
                    return False
                inb.write(raw)
            except ssl.SSLError as e:
                try:
                    self._flush_tls()
                except OSError:
                    pass
                self.event("handshake-failed: %s" % e)
                self.tls = None
                return False

    def pause(self, secs):
        """Sleep up to secs without reading; True if the client hung up.
        POLLRDHUP sees the peer's FIN even with unread bytes queued, so a
        silent server step costs what the client waited, not its script's
        worst case."""
        p = select.poll()
        p.register(self.sock, select.POLLRDHUP)
        deadline = time.monotonic() + secs
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if p.poll(left * 1000):
                self.event("client hung up during a wait")
                return True

    def drain(self, timeout):
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.fill(deadline - time.monotonic())
        except Eof:
            pass
        self.event("eof" if self.eof else "drain timeout")


def scram(c, md, password, mode):
    """Server side of SCRAM. MODE: good, iter1, iter4095, iterhuge, iter0,
    badnonce, badsalt, badsig, error (server-final e=), no-final (235
    straight after the client-final message)."""
    h = {"SHA-1": hashlib.sha1, "SHA-256": hashlib.sha256}[md]
    line = c.readline()                       # AUTH SCRAM-... initial
    parts = line.split()
    if len(parts) < 3:
        c.event("scram: no initial response")
        return
    first = base64.b64decode(parts[2]).decode()
    gs2, bare = first[:first.index(",", first.index(",") + 1) + 1], \
        first[first.index(",", first.index(",") + 1) + 1:]
    cnonce = re.search(r"r=([^,]*)", bare).group(1)
    nonce = cnonce + "hostileServerNonce"
    if mode == "badnonce":
        nonce = "AAAA" + cnonce[4:] + "hostile"
    salt = b"hostile-salt-16b"
    it = {"iter1": 1, "iter0": 0, "iter4095": 4095,
          "iterhuge": 2000000}.get(mode, 4096)
    salt64 = "not*base64!" if mode == "badsalt" else b64(salt).decode()
    sfirst = "r=%s,s=%s,i=%d" % (nonce, salt64, it)
    c.send(b"334 " + b64(sfirst) + b"\r\n")
    line = c.readline().strip()
    if line == b"*":
        c.send(b"501 5.7.0 exchange cancelled\r\n")
        return
    final = base64.b64decode(line).decode()
    without = final[:final.index(",p=")]
    proof = base64.b64decode(final[final.index(",p=") + 3:])
    authmsg = (bare + "," + sfirst + "," + without).encode()
    sp = hashlib.pbkdf2_hmac(md.replace("-", "").lower(), password.encode(),
                             salt, max(it, 1))
    ckey = hmac.new(sp, b"Client Key", h).digest()
    csig = hmac.new(h(ckey).digest(), authmsg, h).digest()
    ok = bytes(a ^ b for a, b in zip(ckey, csig)) == proof
    c.event("scram proof %s" % ("ok" if ok else "BAD"))
    if mode == "no-final":
        c.send(b"235 2.7.0 ok (no server signature)\r\n")
        return
    if mode == "error":
        c.send(b"334 " + b64(b"e=invalid-proof") + b"\r\n")
        c.readline()
        c.send(b"235 2.7.0 ok anyway\r\n")
        return
    ssig = hmac.new(hmac.new(sp, b"Server Key", h).digest(), authmsg,
                    h).digest()
    if mode == "badsig":
        ssig = bytes(b ^ 0x55 for b in ssig)
    c.send(b"334 " + b64(b"v=" + b64(ssig)) + b"\r\n")
    line = c.readline().strip()
    if mode == "badsig":
        # Hostile: claim success whatever the client said.
        c.send(b"235 2.7.0 Authentication successful\r\n")
    elif line == b"*":
        c.send(b"501 5.7.0 exchange cancelled\r\n")
    else:
        c.send(b"235 2.7.0 Authentication successful\r\n" if ok else
               b"535 5.7.8 bad proof\r\n")


def serve(d, script):
    certdir = os.environ.get("HOSTILE_CERTS", d)
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    with open(os.path.join(d, "port.tmp"), "w") as f:
        f.write("%d\n" % ls.getsockname()[1])
    os.rename(os.path.join(d, "port.tmp"), os.path.join(d, "port"))
    ls.settimeout(20)
    try:
        sock, _ = ls.accept()
    except socket.timeout:
        open(os.path.join(d, "events.log"), "w").write("no client\n")
        return
    ls.close()
    c = Conn(sock, d)
    env = {"__builtins__": {}, "b64": b64, "bytes": bytes, "range": range,
           "len": len}
    closed = False
    try:
        for raw in script.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            cmd, _, arg = line.partition(" ")
            arg = arg.strip()
            if cmd == "send":
                c.send(eval(arg, env))
            elif cmd == "drip":
                delay, _, expr = arg.partition(" ")
                for i in eval(expr, env):
                    c.send(bytes([i]))
                    if c.pause(float(delay)):
                        break
            elif cmd == "expect":
                got = c.readline()
                if arg and not got.upper().startswith(arg.upper().encode()):
                    c.event("mismatch: expected %r" % arg)
            elif cmd == "lines":
                for _ in range(int(arg)):
                    c.readline()
            elif cmd == "group":
                # One write by the client arrives in one read here (a
                # few hundred bytes on loopback); lines sent one by one,
                # each after a reply, cannot.
                n = int(arg)
                if c.rbuf:
                    sys.stderr.write("group: %d bytes came before it\n" %
                                     len(c.rbuf))
                if not c.fill(10):
                    sys.stderr.write("group: nothing came\n")
                got = c.rbuf.count(b"\n")
                if got != n or not c.rbuf.endswith(b"\n"):
                    sys.stderr.write("group: %d lines in one read, "
                                     "expected %d: %r\n" % (got, n, c.rbuf))
                c.event("group of %d lines in one read" % got)
                for _ in range(got):
                    c.readline()
            elif cmd == "data":
                while c.readline() not in (b".\r\n",):
                    pass
            elif cmd == "bdat":
                got = c.readline()
                w = got.split()
                n = int(w[1]) if len(w) > 1 and w[1].isdigit() else 0
                c.octets(n)
            elif cmd == "wait":
                c.pause(float(arg))
            elif cmd in ("close", "reset"):
                if cmd == "reset":
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                    struct.pack("ii", 1, 0))
                c.event(cmd)
                sock.close()
                closed = True
                break
            elif cmd == "starttls":
                a = arg.split()
                if not c.starttls(certdir, a[0], "tls10" in a[1:]):
                    break
            elif cmd == "drain":
                c.drain(float(arg or 10))
            elif cmd == "endless":
                expr, _, secs = arg.rpartition(" ")
                try:
                    float(secs)
                except ValueError:
                    expr, secs = arg, "10"
                data = eval(expr, env)
                end = time.monotonic() + float(secs)
                sock.setblocking(True)
                n = 0
                while time.monotonic() < end:
                    c.send(data)
                    n += 1
                c.event("endless sent %d" % n)
            elif cmd == "auth-loop":
                n, _, expr = arg.partition(" ")
                data = eval(expr, env)
                for i in range(int(n)):
                    c.readline()
                    c.send(data)
                c.event("auth-loop done")
            elif cmd == "scram":
                md, pw, mode = arg.split()
                scram(c, md, pw, mode)
            elif cmd == "touch":
                open(os.path.join(d, arg), "w").close()
            elif cmd == "waitfile":
                name, _, secs = arg.partition(" ")
                end = time.monotonic() + float(secs or 15)
                while (not os.path.exists(os.path.join(d, name)) and
                       time.monotonic() < end):
                    time.sleep(0.02)
            else:
                raise SystemExit("hostile.py: unknown command %r" % cmd)
    except Eof:
        c.event("eof during script")
    if not closed:
        c.drain(10)
        try:
            sock.close()
        except OSError:
            pass
    c.event("done")


# Checks. Each prints what is wrong and exits 1, or exits 0.

def rd(p):
    """A recorded file; none (smtpx never connected) reads as empty."""
    try:
        with open(p, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def bdat_split(data):
    """The SMTP stream without BDAT chunks' octets (which are the
    message's bytes as they are), and the chunks as (line, octets)."""
    out, chunks, i, in_data = b"", [], 0, False
    while i < len(data):
        j = data.find(b"\n", i)
        j = len(data) if j < 0 else j + 1
        line = data[i:j]
        out += line
        i = j
        if in_data:
            in_data = line != b".\r\n"
            continue
        w = line.split()
        if w[:1] == [b"DATA"]:
            in_data = True
        elif len(w) >= 2 and w[0].upper() == b"BDAT" and w[1].isdigit():
            n = int(w[1])
            chunks.append((line.rstrip(b"\r\n"), data[i:i + n]))
            i += n
    return out, chunks


def bare_crlf(data):
    """Offsets of bare CR or bare LF."""
    bad = []
    for m in re.finditer(rb"\r(?!\n)|(?<!\r)\n", data):
        bad.append(m.start())
    return bad


def tls_records(data):
    """None if data is a run of whole TLS records, else the reason."""
    i = 0
    while i < len(data):
        if len(data) - i < 5:
            return "truncated record header at %d" % i
        ct, major, minor, ln = data[i], data[i + 1], data[i + 2], \
            struct.unpack(">H", data[i + 3:i + 5])[0]
        if ct not in (20, 21, 22, 23) or major != 3 or minor > 4:
            return "not a TLS record at %d: %r" % (i, data[i:i + 16])
        i += 5 + ln
    return None


def unstuff(msg):
    lines = msg.split(b"\r\n")
    return b"\r\n".join(l[1:] if l.startswith(b".") else l for l in lines)


def normalise(body):
    """What a message file must become on the wire, before stuffing."""
    body = re.sub(rb"\r\n|\r|\n", b"\r\n", body)
    if body and not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body


def term_safe(data, what):
    """Output a terminal may see: UTF-8, no controls but LF, no C1, no
    bidi overrides."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return "%s is not valid UTF-8: %s" % (what, e)
    for i, ch in enumerate(text):
        o = ord(ch)
        if (o < 0x20 and ch != "\n") or o == 0x7f or 0x80 <= o <= 0x9f or \
                0x202a <= o <= 0x202e or 0x2066 <= o <= 0x2069:
            return "%s has U+%04X at %d: %r" % (what, o, i,
                                              text[max(0, i - 20):i + 20])
    return None


def check(args):
    what = args[0]
    if what == "bare":                     # FILE: no bare CR or LF
        data = rd(args[1])
        bad = bare_crlf(data)
        if bad:
            print("bare CR/LF at %s: %r" % (bad[:5], data[max(0, bad[0] - 30):
                                                         bad[0] + 30]))
            return 1
        return 0
    if what == "wire":                     # DIR: the universal wire rules
        d = args[1]
        raw = rd(os.path.join(d, "raw.bin"))
        app = rd(os.path.join(d, "app.bin"))
        ev = rd(os.path.join(d, "events.log")).decode("utf-8", "replace")
        m = re.search(r"tls-start raw=(\d+)", ev)
        if m:
            # The server did TLS: app.bin is plain then decrypted text;
            # the wire after the switch must be TLS records only.
            plain, tail = app, raw[int(m.group(1)):]
        elif raw.startswith(b"\x16\x03"):
            plain, tail = b"", raw           # implicit TLS, never answered
        else:
            i = raw.find(b"STARTTLS\r\n")
            plain, tail = (raw, b"") if i < 0 else (raw[:i + 10],
                                                     raw[i + 10:])
        r = 0
        bad = bare_crlf(bdat_split(plain)[0])
        if bad:
            print("bare CR/LF in the SMTP stream at %s: %r" %
                  (bad[:5], plain[max(0, bad[0] - 30):bad[0] + 30]))
            r = 1
        why = tls_records(tail)
        if why:
            print("after the switch to TLS, not TLS: %s" % why)
            r = 1
        return r
    if what == "bdat":                     # APP FILE [SKIP]: the chunks
        _, chunks = bdat_split(rd(args[1]))  # after SKIP of them are FILE
        chunks = chunks[int(args[3]) if len(args) > 3 else 0:]
        want = rd(args[2])
        got = b"".join(c for _, c in chunks)
        print("chunks: %s" % " ".join(str(len(c)) for _, c in chunks))
        if got != want:
            print("the chunks (%d bytes) are not the file (%d bytes)" %
                  (len(got), len(want)))
            return 1
        if not chunks or not chunks[-1][0].upper().endswith(b" LAST"):
            print("the last BDAT is not LAST: %r" %
                  (chunks[-1][0] if chunks else None))
            return 1
        if any(l.upper().endswith(b" LAST") for l, _ in chunks[:-1]):
            print("a LAST before the last chunk")
            return 1
        return 0
    if what == "tlsonly":                  # DIR: after STARTTLS, only TLS
        d = args[1]
        raw = rd(os.path.join(d, "raw.bin"))
        i = raw.find(b"STARTTLS\r\n")
        if i < 0:
            print("no STARTTLS was sent")
            return 1
        why = tls_records(raw[i + 10:])
        if why:
            print("after STARTTLS: %s" % why)
            return 1
        return 0
    if what == "after":                    # FILE MARK: print what follows
        data = rd(args[1])
        mark = args[2].encode().decode("unicode_escape").encode("latin-1")
        i = data.find(mark)
        sys.stdout.write(repr(data[i + len(mark):]) if i >= 0 else "NOMARK")
        return 0
    if what == "count":                    # FILE PYBYTES: occurrences
        data = rd(args[1])
        print(data.count(eval(args[2])))
        return 0
    if what == "has":                      # FILE PYBYTES...: all present
        data = rd(args[1])
        r = 0
        for a in args[2:]:
            if eval(a, {"b64": b64}) not in data:
                print("missing %s" % a)
                r = 1
        return r
    if what == "hasnt":                    # FILE PYBYTES...: none present
        data = rd(args[1])
        r = 0
        for a in args[2:]:
            s = eval(a, {"b64": b64})
            if s in data:
                i = data.index(s)
                print("found %s: %r" % (a, data[max(0, i - 40):i + 40]))
                r = 1
        return r
    if what == "msg":                      # APP N EXPECTED_FILE
        data = rd(args[1])
        n = int(args[2])
        want = normalise(rd(args[3]))
        pos = -1
        for _ in range(n):
            pos = data.find(b"DATA\r\n", pos + 1)
            if pos < 0:
                print("no DATA command number %d" % n)
                return 1
        start = pos + 6
        end = data.find(b"\r\n.\r\n", start - 2)
        if end < 0:
            print("message %d has no CRLF.CRLF end" % n)
            return 1
        body = data[start:end + 2] if end >= start else b""
        got = unstuff(body) if body else b""
        if got != want:
            print("message %d differs:\n got  %r\n want %r" %
                  (n, got[:300], want[:300]))
            return 1
        return 0
    if what == "term":                     # FILE...: terminal-safe output
        r = 0
        for p in args[1:]:
            why = term_safe(rd(p), p)
            if why:
                print(why)
                r = 1
        return r
    if what == "forged":                   # SAVED APP: no C: line unsent
        saved = rd(args[1]).decode("utf-8", "replace").split("\n")
        sent = rd(args[2])
        r = 0
        for l in saved:
            if l.startswith("C: "):
                text = l[3:].encode()
                if b"********" in text:
                    ok = text.split(b" ********")[0] in sent
                else:
                    ok = text + b"\r\n" in sent
                if not ok:
                    print("saved transcript has a client line that was "
                          "never sent: %r" % l)
                    r = 1
        return r
    if what == "scanmem":                  # PID PYBYTES...: secrets in RAM
        pid = int(args[1])
        needles = [eval(a, {"b64": b64}) for a in args[2:]]
        found = []
        with open("/proc/%d/maps" % pid) as f:
            maps = f.readlines()
        with open("/proc/%d/mem" % pid, "rb", 0) as mem:
            for m in maps:
                f = m.split()
                a, b = (int(x, 16) for x in f[0].split("-"))
                # Writable mappings only; skip the sanitizers' huge
                # reserved (shadow) regions.
                if not f[1].startswith("rw") or b - a > (1 << 30):
                    continue
                name = f[5] if len(f) > 5 else "[anon]"
                step = 8 << 20
                for at in range(a, b, step):
                    try:
                        mem.seek(at)
                        chunk = mem.read(min(step + 256, b - at))
                    except (OSError, ValueError, OverflowError):
                        continue
                    for n in needles:
                        i = chunk.find(n)
                        while 0 <= i < step:
                            found.append("%r at %#x in %s: %r" % (
                                n, at + i, name,
                                chunk[max(0, i - 24):i + len(n) + 8]))
                            i = chunk.find(n, i + 1)
        for f_ in found[:12]:
            print(f_)
        return 1 if found else 0
    raise SystemExit("hostile.py: unknown check %r" % what)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "serve":
        with open(sys.argv[3]) as f:
            serve(sys.argv[2], f.read())
        return 0
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        return check(sys.argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
