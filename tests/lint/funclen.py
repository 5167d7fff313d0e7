#!/usr/bin/env python3
"""Functions longer than a reader takes in at one sitting.

In the house style a function body opens with "{" alone at the start of a
line and closes with "}" alone at the start of a line, so a body is the
lines between them. Prints "file:line: name: N lines" for each body longer
than the limit and exits 1 if there was one.
Usage: funclen.py LIMIT FILE...
"""
import re
import sys


def bodies(path):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i] == "{":
            j = i - 1
            while j > 0 and "(" not in lines[j]:
                j -= 1
            m = re.match(r"\s*\**([A-Za-z_][A-Za-z0-9_]*)\s*\(", lines[j])
            name = m.group(1) if m else lines[j].strip()
            k = i + 1
            while k < len(lines) and lines[k] != "}":
                k += 1
            yield j + 1, name, k - i - 1
            i = k
        i += 1


def main():
    limit = int(sys.argv[1])
    bad = 0
    for path in sys.argv[2:]:
        for line, name, n in bodies(path):
            if n > limit:
                print("%s:%d: %s: %d lines" % (path, line, name, n))
                bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
