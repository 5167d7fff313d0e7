#!/usr/bin/env python3
"""trainsplit.py TRAIN DEV TEST: split the training part into the two
thirds a rule writer may read (DEV) and the third scored by counts only
(TEST), by the SHA-256 of each record's id (0 mod 3: TEST), as the
text reader's round of 2026-12-05 did (tests/notes/eval/README.md).
Prints counts only; score TEST with `notes_eval -q -r test TEST`."""
import hashlib, sys
src, dev, test = sys.argv[1:4]
recs = open(src, encoding='utf-8').read().strip('\n').split('\n\n')
d, t = [], []
for r in recs:
    rid = r.split('\n', 1)[0].split(': ', 1)[1].strip()
    (t if int(hashlib.sha256(rid.encode()).hexdigest(), 16) % 3 == 0 else d).append(r)
open(dev, 'w', encoding='utf-8').write('\n\n'.join(d) + '\n')
open(test, 'w', encoding='utf-8').write('\n\n'.join(t) + '\n')
print(f"dev {len(d)} test {len(t)}")
