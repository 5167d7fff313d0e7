#!/usr/bin/env python3
"""Turn tests/notes/corpus.txt into notes_eval records, for a second
leave-out check of the text reader (issue 12, round 6).

corpus.txt names, for most replies, the known message that must explain
it ("known:ID"); its topic tag (core/notes_known.c) becomes the record's
tag. The text reader was not written against these replies, so

    python3 tests/notes/corpus_tags.py >/tmp/c.txt
    build/tests/notes_eval -r -v corpus /tmp/c.txt | grep reader

tells how often the reader alone (no known message) states the same
cause, another one, or nothing. The records name no server, so the
whole notes' "wrong" count here is about names, not causes: read only
the reader's lines.
"""
import os
import re
import sys

top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
known = open(os.path.join(top, "core", "notes_known.c"), encoding="utf-8").read()
tags = {k: v for k, v in re.findall(
    r'\n\t\{ "([a-z0-9-]+)", (?:"([a-z-]+)"|NULL)', known) if v}
cmds = {"greeting": "greeting", "ehlo": "EHLO", "mail": "MAIL",
        "rcpt": "RCPT", "data": "DATA", ".": "end of data", "auth": "AUTH",
        "starttls": "STARTTLS", "quit": "QUIT", "vrfy": "VRFY"}
n = 0
for line in open(os.path.join(top, "tests", "notes", "corpus.txt"),
                 encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split(" | ", 3)
    if len(f) < 4 or not f[0].startswith("known:"):
        continue
    kid = f[0][6:].strip()
    if kid not in tags:
        continue
    n += 1
    cmd, port = "unknown", None
    for w in f[1].lower().split():
        if w.isdigit():
            port = w
        elif w in cmds:
            cmd = cmds[w]
    ctx = cmd + (", port " + port if port else "")
    sys.stdout.write("id: C-%04d\nsource: %s\nserver: unknown\ncontext: %s\n"
                     "tag: %s\nlang: en\nreply:\n%s\n\n"
                     % (n, f[2], ctx, tags[kid], f[3].replace("\\n", "\n")))
