"""Messages for the peers cases, and checks on what the rig delivered.

Run with /usr/bin/python3 (standard library only):
  mail.py small FILE RCPT        a message whose body has lines that start
                                 with ".", a line that is only ".", and a mix
                                 of CRLF and bare LF line ends
  mail.py noeol FILE RCPT        a message whose last line has no line end
  mail.py big FILE RCPT MB       a message of at least MB megabytes, same
                                 traps spread through it
  mail.py crlf FILE              make every line end of FILE CRLF (what
                                 BDAT carries as it is, RFC 3030 2)
  mail.py find MAILDIR RCPT SECS print the Maildir file delivered to RCPT
                                 (its Delivered-To header), waiting up to
                                 SECS; exit 1 if none arrived
  mail.py mime DELIVERED SUBJECT HEADER BODY ATTACH...
                                 parse the delivered message with the email
                                 module: its Subject (RFC 2047 or UTF-8)
                                 is SUBJECT, HEADER ("Name: value") is
                                 there, the text part is the file BODY, and
                                 each ATTACH file is a part of that name
                                 whose decoded bytes are the file's
  mail.py compare DELIVERED SENT exit 0 when the delivered message is the
                                 sent one: the body byte for byte once the
                                 sent file's line ends are normalised (the
                                 rig stores LF), every sent header present;
                                 otherwise say where they differ

What SMTP carries is the file with every line end made CRLF, dot-stuffed;
Postfix undoes the stuffing and stores lines with LF, so the delivered body
must equal the sent body with CRLF -> LF, plus a final line end if the
file had none.
"""
import os
import sys
import time

DATE = "Date: Sat, 01 Feb 2025 10:00:00 +0000"


def headers(rcpt, subject, ident):
    return [
        "From: Rig User <user@peers.test>",
        "To: <%s>" % rcpt,
        "Subject: %s" % subject,
        "Message-ID: <%s@peers.test>" % ident,
        DATE,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
    ]


def small(path, rcpt):
    # (text, line end) pairs; bare LF and CRLF mixed on purpose.
    body = [
        ("First line of the body, ends in CRLF.", "\r\n"),
        (".A line that starts with a dot, bare LF.", "\n"),
        ("..Two dots, CRLF.", "\r\n"),
        (".", "\n"),
        ("The line above is a lone dot and must not end DATA.", "\n"),
        ("", "\n"),
        ("Blank line above was a bare LF.", "\r\n"),
        (" . a space then a dot", "\n"),
        (".\t.tab", "\n"),
        ("...", "\r\n"),
        ("Last line, bare LF.", "\n"),
    ]
    with open(path, "wb") as f:
        for h in headers(rcpt, "smtpx peers: dots and bare LF", "small-" + rcpt.split("@")[0]):
            f.write((h + "\r\n").encode())
        f.write(b"\n")
        for text, end in body:
            f.write((text + end).encode())


def noeol(path, rcpt):
    with open(path, "wb") as f:
        for h in headers(rcpt, "smtpx peers: no final line end", "noeol-" + rcpt.split("@")[0]):
            f.write((h + "\n").encode())
        f.write(b"\nbody line one\n.dot line\nthe last line has no line end")


def big(path, rcpt, mb):
    want = int(mb) * 1024 * 1024
    with open(path, "wb") as f:
        for h in headers(rcpt, "smtpx peers: %s MB" % mb, "big-" + rcpt.split("@")[0]):
            f.write((h + "\r\n").encode())
        f.write(b"\r\n")
        n = size = 0
        chunk = []
        while size < want:
            n += 1
            if n % 97 == 0:
                line = "."
            elif n % 13 == 0:
                line = ".%08d starts with a dot" % n
            else:
                line = "%08d %s" % (n, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: 20 + n % 43])
            end = "\n" if n % 3 == 0 else "\r\n"
            b = (line + end).encode()
            chunk.append(b)
            size += len(b)
            if len(chunk) >= 4096:
                f.write(b"".join(chunk))
                chunk = []
        f.write(b"".join(chunk))
        f.write(b"end of the big message\r\n")


def crlf(path):
    with open(path, "rb") as f:
        data = f.read()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(path, "wb") as f:
        f.write(data)


def find(maildir, rcpt, secs):
    want = ("Delivered-To: %s\n" % rcpt).encode()
    new = os.path.join(maildir, "new")
    deadline = time.monotonic() + float(secs)
    while True:
        try:
            names = sorted(os.listdir(new))
        except FileNotFoundError:
            names = []
        for name in names:
            p = os.path.join(new, name)
            with open(p, "rb") as f:
                head = f.read(8192)
            head = head.split(b"\n\n", 1)[0] + b"\n"
            if want in head:
                print(p)
                return 0
        if time.monotonic() > deadline:
            print("nothing delivered to %s in %s after %s s" % (rcpt, new, secs), file=sys.stderr)
            return 1
        time.sleep(0.1)


def split(data):
    head, sep, body = data.partition(b"\n\n")
    if not sep:
        return data, b""
    return head, body


def compare(delivered, sent):
    with open(delivered, "rb") as f:
        got = f.read()
    with open(sent, "rb") as f:
        exp = f.read()
    exp = exp.replace(b"\r\n", b"\n")
    if not exp.endswith(b"\n"):
        exp += b"\n"
    ghead, gbody = split(got)
    ehead, ebody = split(exp)
    bad = []
    glines = set(ghead.split(b"\n"))
    for h in ehead.split(b"\n"):
        if h not in glines:
            bad.append("header missing or changed: %r" % h)
    if gbody != ebody:
        gl = gbody.split(b"\n")
        el = ebody.split(b"\n")
        for i, (a, b) in enumerate(zip(gl, el)):
            if a != b:
                bad.append("body line %d differs: delivered %r, sent %r" % (i + 1, a[:120], b[:120]))
                break
        else:
            bad.append("body length differs: delivered %d lines (%d bytes), sent %d lines (%d bytes)"
                       % (len(gl), len(gbody), len(el), len(ebody)))
    if bad:
        print("\n".join(bad))
        return 1
    return 0


def mime(delivered, subject, header, body, attach):
    import email
    import email.policy
    with open(delivered, "rb") as f:
        data = f.read()
    # Headers may be raw UTF-8 (SMTPUTF8): read them from the text; the
    # parts (8-bit text, base64) from the bytes.
    head = email.message_from_string(data.decode("utf-8"),
                                     policy=email.policy.default)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    bad = []
    if str(head["Subject"]) != subject:
        bad.append("Subject %r, sent %r" % (str(head["Subject"]), subject))
    name, _, value = header.partition(":")
    if str(msg[name]) != value.strip():
        bad.append("%s %r, sent %r" % (name, msg[name], value.strip()))
    if not msg.is_multipart() or msg.get_content_type() != "multipart/mixed":
        bad.append("not multipart/mixed: %s" % msg.get_content_type())
    parts = list(msg.iter_parts()) if msg.is_multipart() else []
    with open(body, "rb") as f:
        want = f.read().decode("utf-8").replace("\r\n", "\n")
    if not parts or parts[0].get_content().replace("\r\n", "\n") != want:
        bad.append("text part differs from %s" % body)
    names = {}
    for p in parts[1:]:
        names[p.get_filename()] = p.get_payload(decode=True)
    for a in attach:
        with open(a, "rb") as f:
            data = f.read()
        got = names.get(os.path.basename(a))
        if got is None:
            bad.append("no part named %s (parts: %s)" % (os.path.basename(a), list(names)))
        elif got != data:
            bad.append("%s: %d bytes delivered, %d sent, differ" % (a, len(got), len(data)))
    if len(parts) != 1 + len(attach):
        bad.append("%d parts, sent %d" % (len(parts), 1 + len(attach)))
    for b in bad:
        print(b)
    return 1 if bad else 0


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "small" and len(argv) == 4:
        return small(argv[2], argv[3]) or 0
    if cmd == "noeol" and len(argv) == 4:
        return noeol(argv[2], argv[3]) or 0
    if cmd == "big" and len(argv) == 5:
        return big(argv[2], argv[3], argv[4]) or 0
    if cmd == "crlf" and len(argv) == 3:
        return crlf(argv[2]) or 0
    if cmd == "find" and len(argv) == 5:
        return find(argv[2], argv[3], argv[4])
    if cmd == "mime" and len(argv) >= 6:
        return mime(argv[2], argv[3], argv[4], argv[5], argv[6:])
    if cmd == "compare" and len(argv) == 4:
        return compare(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
