#!/usr/bin/python3
"""Placeholders of a catalogue of note templates (tests/ja/run.sh).

    po_check.py FILE.po

Every entry's msgstr must hold the same placeholders as its msgid, as
many times: "{1}".."{9}" (arguments, which a translation may reorder)
and "{@name}" (smtpx's words for an action). And each " ({N})" of the
msgid must be in the msgstr as it is, ASCII space and brackets, because
tui/render.c leaves out exactly that form when the reference was given
before in the session. Prints each problem as FILE:LINE: message and
exits 1 when there is one.
"""
import re
import sys
from collections import Counter

PH = re.compile(r'\{(?:[1-9]|@[a-z-]+)\}')
REF = re.compile(r' \(\{[1-9]\}\)')


def unquote(s):
    s = s.strip()
    if not (s.startswith('"') and s.endswith('"')):
        raise ValueError('not a quoted string: ' + s)
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(
        m.group(1), m.group(1)), s[1:-1])


def entries(path):
    """(line, msgid, [msgstr...]) for each entry but the header."""
    out, cur, key, line = [], None, None, 0
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        raw = raw.rstrip('\n')
        if raw.startswith('#') or not raw.strip():
            if cur is not None and key is not None and not raw.strip():
                out.append(cur)
                cur, key = None, None
            continue
        m = re.match(r'(msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)', raw)
        if m:
            if m.group(1) == 'msgid' and cur is not None:
                out.append(cur)
                cur = None
            if cur is None:
                cur = {'line': n, 'msgid': '', 'plural': None, 'str': []}
            key = m.group(1)
            val = unquote(m.group(2))
            if key == 'msgid':
                cur['msgid'] = val
            elif key == 'msgid_plural':
                cur['plural'] = val
            else:
                cur['str'].append(val)
        elif raw.startswith('"') and cur is not None:
            val = unquote(raw)
            if key == 'msgid':
                cur['msgid'] += val
            elif key == 'msgid_plural':
                cur['plural'] += val
            else:
                cur['str'][-1] += val
    if cur is not None:
        out.append(cur)
    return [e for e in out if e['msgid'] != '']


def main():
    path = sys.argv[1]
    bad = 0
    for e in entries(path):
        want = Counter(PH.findall(e['msgid']))
        refs = REF.findall(e['msgid'])
        for s in e['str']:
            if s == '':
                continue      # untranslated: msgfmt --statistics counts it
            got = Counter(PH.findall(s))
            if got != want:
                print('%s:%d: placeholders %s, msgid has %s: %s' % (
                    path, e['line'], sorted(got.elements()),
                    sorted(want.elements()), e['msgid']))
                bad += 1
            for r in refs:
                if r not in s:
                    print('%s:%d: "%s" is not kept as it is: %s' % (
                        path, e['line'], r, e['msgid']))
                    bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
