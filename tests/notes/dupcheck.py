#!/usr/bin/env python3
"""dupcheck.py FILE: for each record of FILE (corpus format, records
split by blank lines, a 'reply:' line then the reply's lines), print
'ID new' or 'ID dup' -- dup when the reply's words (codes, case, spaces
and punctuation left out) overlap a reply already in any corpus file
(train, held-out, docs, field; not FILE itself); 'ID dup-masked' when
they overlap only once addresses, IP addresses (masked ones such as
"2***.***.***.***" too) and numbers are left out: the same bounce that
another page masked otherwise (field test F20 found one, a Daum bounce
whose IP one page masked with stars and the other with 192.0.2.x), or a
provider's standard message with other numbers; read the source before
keeping it. Prints nothing of the corpus itself, so a gatherer may run
it without reading held-out."""
import glob, os, re, sys
def norm(s):
    s = re.sub(r'\b[2-5]\d\d[- ]', ' ', s)
    s = re.sub(r'\b[245]\.\d{1,3}\.\d{1,3}\b', ' ', s)
    s = re.sub(r'[^a-z0-9\u0080-\uffff]+', ' ', s.lower())
    return ' '.join(s.split())
def masked(s):
    s = re.sub(r'\S+@\S+', ' ', s.lower())
    s = re.sub(r'[0-9a-f*x]*:[0-9a-f*x:]*:[0-9a-f*x:]+', ' ', s)
    s = re.sub(r'[0-9*x]+(\.[0-9*x]+){3}', ' ', s)
    s = re.sub(r'\d+', ' ', s)
    return norm(s)
def replies(path, how=norm):
    out = []
    for rec in open(path, encoding='utf-8').read().split('\n\n'):
        lines = rec.strip('\n').split('\n')
        rid = ''
        for i, l in enumerate(lines):
            if l.startswith('id:'):
                rid = l[3:].strip()
            if l.startswith('reply:'):
                out.append((rid, how(' '.join(lines[i + 1:]))))
                break
    return out
top = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'eval') + os.sep
def overlaps(r, known):
    key = r[:80]
    return any(key and (key in k or (len(k) >= 30 and k[:80] in r))
               for k in known)
known, kmasked = [], []
for f in glob.glob(top + '*.txt'):
    if os.path.realpath(f) != os.path.realpath(sys.argv[1]):
        known += [r for _, r in replies(f)]
        kmasked += [r for _, r in replies(f, masked)]
for (rid, r), (_, m) in zip(replies(sys.argv[1]),
                            replies(sys.argv[1], masked)):
    if overlaps(r, known):
        print(rid, 'dup')
    else:
        print(rid, 'dup-masked' if overlaps(m, kmasked) else 'new')
