#!/usr/bin/python3
"""What a screen looks like, cell by cell, from `tmux capture-pane -p -e`.

Reads the capture on stdin and prints one line per row: each visible cell
as its character and the attributes that show. Two captures of the same
picture print the same, however the terminal was brought there: tmux keeps
cells erased by EL apart from spaces written in the default colours, and
writes SGR changes where its cells change, so the raw -e text of one
picture differs with the order it was drawn in. Invisible differences
(the foreground or boldness of a blank, trailing default blanks) go.
"""
import re
import sys

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def sgr(state, params):
    p = [int(x) if x else 0 for x in params.split(";")] if params else [0]
    i = 0
    while i < len(p):
        c = p[i]
        if c == 0:
            state.clear()
        elif c in (1, 2, 3, 4, 5, 7, 8, 9):
            state[c] = True
        elif c in (22,):
            state.pop(1, None)
            state.pop(2, None)
        elif 23 <= c <= 29:
            state.pop(c - 20, None)
        elif 30 <= c <= 37 or 90 <= c <= 97:
            state["fg"] = str(c)
        elif c == 39:
            state.pop("fg", None)
        elif 40 <= c <= 47 or 100 <= c <= 107:
            state["bg"] = str(c)
        elif c == 49:
            state.pop("bg", None)
        elif c in (38, 48) and i + 1 < len(p):
            key = "fg" if c == 38 else "bg"
            if p[i + 1] == 5 and i + 2 < len(p):
                state[key] = "5;%d" % p[i + 2]
                i += 2
            elif p[i + 1] == 2 and i + 4 < len(p):
                state[key] = "2;%d;%d;%d" % tuple(p[i + 2:i + 5])
                i += 4
        i += 1


def cell(ch, state):
    if ch == " ":
        # A blank shows its background, or its foreground when reversed,
        # and an underline.
        seen = {k: state[k] for k in ("bg", 4, 7) if k in state}
        if 7 in state:
            seen["fg"] = state.get("fg")
        return (" ", tuple(sorted(seen.items(), key=str)))
    return (ch, tuple(sorted(state.items(), key=str)))


def main():
    state = {}
    for line in sys.stdin.read().split("\n"):
        cells = []
        pos = 0
        for m in SGR.finditer(line):
            cells += [cell(ch, state) for ch in line[pos:m.start()]]
            sgr(state, m.group(1))
            pos = m.end()
        cells += [cell(ch, state) for ch in line[pos:]]
        while cells and cells[-1] == (" ", ()):
            cells.pop()
        print(repr(cells))


main()
