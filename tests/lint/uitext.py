#!/usr/bin/env python3
"""Find user-interface words in the string literals of C files.

Core says what happened; the front end says how to act on it, in its own
words. This reads each file's string literals (comments, character
literals and the rest of the code are skipped; adjacent literals are
joined, as the compiler joins them) and reports every literal that names
a slash command of the screen, a long option, or a key. The commands are
read from tui/cmd.c's cmd_names[], so a new command is checked at once.

    uitext.py CMD_C FILE...    prints FILE:LINE: WHAT: "literal" per hit
"""
import re
import sys

KEYS = re.compile(r'Ctrl[-+]|\b(?:Alt|Meta|Shift)-|\bF(?:[1-9]|1[0-2])\b|'
                  r'\bPg(?:Up|Dn)\b|\bPage ?(?:Up|Down)\b|\bEnter\b|'
                  r'\bEsc(?:ape)?\b|\bBackspace\b')
OPTION = re.compile(r'(?<![A-Za-z0-9-])--[a-z][a-z0-9]+(?:-[a-z0-9]+)*')


def literals(src):
    """(line, text) of each run of adjacent string literals."""
    out, i, n, line = [], 0, len(src), 1
    cur, cur_line = None, 0
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            line += src.count('\n', i, j)
            i = j
        elif src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
        elif c == "'":
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == '\\' else 1
            i = j + 1
        elif c == '"':
            j, text = i + 1, []
            while j < n and src[j] != '"':
                if src[j] == '\\' and j + 1 < n:
                    text.append(src[j:j + 2])
                    j += 2
                else:
                    text.append(src[j])
                    j += 1
            if cur is None:
                cur, cur_line = '', line
            cur += ''.join(text)
            i = j + 1
        elif c in ' \t\r':
            i += 1
        else:
            if cur is not None:
                out.append((cur_line, cur))
                cur = None
            i += 1
    if cur is not None:
        out.append((cur_line, cur))
    return out


def main():
    cmdsrc = open(sys.argv[1], encoding='utf-8', errors='replace').read()
    m = re.search(r'cmd_names\[\]\s*=\s*\{(.*?)\}', cmdsrc, re.S)
    names = re.findall(r'"/([a-z0-9]+)"', m.group(1)) if m else []
    if not names:
        print('%s: no cmd_names[] found' % sys.argv[1])
        return 2
    slash = re.compile(r'(?<![A-Za-z0-9./:_-])/(?:%s)\b' % '|'.join(names))
    hits = 0
    for path in sys.argv[2:]:
        src = open(path, encoding='utf-8', errors='replace').read()
        for line, text in literals(src):
            for what, rx in (('slash command', slash),
                             ('long option', OPTION), ('key name', KEYS)):
                if rx.search(text):
                    print('%s:%d: %s: "%s"' % (path, line, what, text))
                    hits += 1
    return 1 if hits else 0


if __name__ == '__main__':
    sys.exit(main())
