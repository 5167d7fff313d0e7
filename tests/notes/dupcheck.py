#!/usr/bin/env python3
"""dupcheck.py FILE: for each record of FILE (corpus format, records
split by blank lines, a 'reply:' line then the reply's lines), print
'ID new' or 'ID dup' -- dup when the reply's words (codes, case, spaces
and punctuation left out) overlap a reply already in any corpus file
(train, held-out, docs, field; not FILE itself). Prints nothing of the
corpus itself, so a gatherer may run it without reading held-out."""
import glob, os, re, sys
def norm(s):
    s = re.sub(r'\b[2-5]\d\d[- ]', ' ', s)
    s = re.sub(r'\b[245]\.\d{1,3}\.\d{1,3}\b', ' ', s)
    s = re.sub(r'[^a-z0-9\u0080-\uffff]+', ' ', s.lower())
    return ' '.join(s.split())
def replies(path):
    out = []
    for rec in open(path, encoding='utf-8').read().split('\n\n'):
        lines = rec.strip('\n').split('\n')
        rid = ''
        for i, l in enumerate(lines):
            if l.startswith('id:'):
                rid = l[3:].strip()
            if l.startswith('reply:'):
                out.append((rid, norm(' '.join(lines[i + 1:]))))
                break
    return out
top = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'eval') + os.sep
known = []
for f in glob.glob(top + '*.txt'):
    if os.path.realpath(f) != os.path.realpath(sys.argv[1]):
        known += [r for _, r in replies(f)]
for rid, r in replies(sys.argv[1]):
    key = r[:80]
    dup = any(key and (key in k or (len(k) >= 30 and k[:80] in r)) for k in known)
    print(rid, 'dup' if dup else 'new')
