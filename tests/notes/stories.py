#!/usr/bin/python3
"""The README's stories, run for real (issue 12: the notes in the user
stories must read naturally, and the README must stay true to them).

A story in README.md is an HTML comment holding the line mode's options
and the lines typed, followed by a fenced block with what smtpx prints:

    <!-- story NAME: --lab --batch 25
    EHLO laptop.example
    QUIT
    -->
    ```
    S: 220 lab.test ESMTP smtpx lab (port 25 personality: relay)
    ...
    ```

Each story runs through `smtpx ARGS` with the typed lines on its input
(bounded by a timeout). The block's lines must come out in that order,
each whole; lines next to each other in the block must be next to each
other in the transcript, and a line "..." stands for any number of lines
left out. Prints one "ok - " or "FAIL - " line per story.

    stories.py README SMTPX [MIN]

MIN: how many stories the file must have (default 1).
"""
import re
import shlex
import subprocess
import sys


def stories(text):
    pat = re.compile(r"<!-- story ([\w-]+): ([^\n]*)\n(.*?)-->\s*\n```\n(.*?)```",
                     re.S)
    for m in pat.finditer(text):
        yield m.group(1), shlex.split(m.group(2)), m.group(3), \
            m.group(4).rstrip("\n").split("\n")


def check(want, got):
    """None when want's runs of lines appear in got in order, else why."""
    runs, run = [], []
    for line in want:
        if line.strip() == "...":
            if run:
                runs.append(run)
            run = []
        else:
            run.append(line.rstrip())
    if run:
        runs.append(run)
    got = [g.rstrip() for g in got]
    at = 0
    for run in runs:
        for i in range(at, len(got) - len(run) + 1):
            if got[i:i + len(run)] == run:
                at = i + len(run)
                break
        else:
            return "not found (in this order) from line %d on:\n  %s" % (
                at + 1, "\n  ".join(run))
    return None


def main():
    readme, smtpx = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    n = failed = 0
    for name, args, typed, want in stories(text):
        n += 1
        try:
            p = subprocess.run([smtpx] + args, input=typed.encode(),
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=60)
            out = p.stdout.decode("utf-8", "replace").split("\n")
            why = check(want, out)
        except subprocess.TimeoutExpired:
            why, out = "timed out after 60 s", []
        if why is None:
            print("ok - %s story %s: the transcript shown is what "
                  "smtpx prints" % (readme.rsplit("/", 1)[-1], name))
        else:
            failed += 1
            print("FAIL - %s story %s" % (readme.rsplit("/", 1)[-1], name))
            print("    " + why.replace("\n", "\n    "))
            print("    smtpx printed:\n      " + "\n      ".join(out))
    if n < int(sys.argv[3] if len(sys.argv) > 3 else 1):
        print("FAIL - %s has %d stories, expected at least %s" % (
            readme, n, sys.argv[3]))
        failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
