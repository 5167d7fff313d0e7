#!/bin/sh
# notes_eval (make notes-eval) scores as tests/notes/eval/README.md says:
# on a fixture whose records name their verdict (selftest.txt) it must
# count 4 correct, 1 generic and 2 wrong, list the wrong ones with their
# reply on a part it may show and by id alone on a held-out part, and
# fail as a gate (-g). It also runs on the training part, which must
# parse whole. The held-out part is not read here.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
T=$(t_tmpdir)
trap 'rm -rf "$T"' EXIT
here=$SMTPX_TOP/tests/notes

# The binary beside the smtpx under test (build/ or build-asan/).
ev=$(dirname "${SMTPX:-$SMTPX_TOP/build/smtpx}")/tests/notes_eval
[ -x "$ev" ] || ev=$SMTPX_TOP/build/tests/notes_eval
if [ ! -x "$ev" ]; then
	t_fail "notes_eval built" "no $ev: run make unit"
	t_done
	exit
fi

"$ev" self "$here/selftest.txt" >"$T/out" 2>&1
st=$?
if [ "$st" = 0 ] && grep -q '^self: 7 replies: 4 specific and correct (57.1%), 1 generic (14.3%), 2 wrong (28.6%)$' "$T/out"; then
	t_ok "notes_eval counts"
else
	t_fail "notes_eval counts" "status $st: $(cat "$T/out")"
fi
if grep -q '^  T-3 (unknown-user, Example Mail; RCPT)$' "$T/out" &&
    grep -q 'wrong: known.cause known.who:gmail-no-such-user names Gmail$' "$T/out" &&
    grep -q 'wrong: .* says mailbox-full$' "$T/out" &&
    grep -q '^    552 5.2.2 Mailbox full$' "$T/out" &&
    ! grep -q 'T-[12567]' "$T/out"; then
	t_ok "notes_eval lists the wrong ones, with reply"
else
	t_fail "notes_eval lists the wrong ones, with reply" "$(cat "$T/out")"
fi

"$ev" -q -g held "$here/selftest.txt" >"$T/q" 2>&1
st=$?
if [ "$st" = 1 ] && grep -q '^held wrong: T-3 T-4$' "$T/q" &&
    ! grep -q 'Mailbox full\|gsmtp\|says\|names' "$T/q"; then
	t_ok "notes_eval -q: ids only; -g fails below the gate"
else
	t_fail "notes_eval -q: ids only; -g fails below the gate" \
	    "status $st: $(cat "$T/q")"
fi

"$ev" train "$SMTPX_TOP/tests/notes/eval/train.txt" >"$T/train" 2>&1
st=$?
if [ "$st" = 0 ] && grep -q '^train: 1323 replies: ' "$T/train" &&
    ! grep -q 'skipped' "$T/train"; then
	t_ok "notes_eval reads the training part whole"
else
	t_fail "notes_eval reads the training part whole" \
	    "status $st: $(head -3 "$T/train")"
fi
# The parts the rules were written from hold the issue's gate (no wrong
# note, at least 90% specific and correct), so a rule that breaks one
# fails here. The held-out part is not gated: it is not there yet
# (make notes-eval prints it).
for f in "$SMTPX_TOP"/tests/notes/eval/train.txt \
    "$SMTPX_TOP"/tests/notes/eval/docs-*.txt; do
	n=$(basename "$f" .txt)
	if "$ev" -g "$n" "$f" >"$T/gate" 2>&1; then
		t_ok "$n: $(head -1 "$T/gate" | sed 's/^[^:]*: //')"
	else
		t_fail "$n: no wrong note and at least 90% specific" \
		    "$(cat "$T/gate")"
	fi
done

# The field tests' fresh replies (field-*.txt): rules were written from
# them after their first score, so they hold no wrong note; below 90%
# specific is no failure (they were gathered to find what is generic).
for f in "$SMTPX_TOP"/tests/notes/eval/field-*.txt; do
	n=$(basename "$f" .txt)
	"$ev" "$n" "$f" >"$T/field" 2>&1
	if head -1 "$T/field" | grep -q ', 0 wrong (0.0%)$' &&
	    ! grep -q 'skipped' "$T/field"; then
		t_ok "$n: $(head -1 "$T/field" | sed 's/^[^:]*: //')"
	else
		t_fail "$n: no wrong note, read whole" "$(cat "$T/field")"
	fi
done

# Through the line mode: the lab's greeting is named as the lab's, and
# a provider is named only on evidence (the Microsoft greeting).
printf '%s\n' 'QUIT' | timeout 60 "$SMTPX" --lab --batch 25 >"$T/lab" 2>&1
if grep -q "^   # smtpx lab: smtpx's own practice server" "$T/lab"; then
	t_ok "the lab's greeting is named as the lab's"
else
	t_fail "the lab's greeting is named as the lab's" "$(cat "$T/lab")"
fi

# /explain on a pasted reply shows the evidence it was read by.
printf '%s\n' '/explain 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.' |
    timeout 20 "$SMTPX" --batch >"$T/explain" 2>&1
if grep -q '^   # recognised by the words "basic authentication is disabled" in the text$' "$T/explain" &&
    grep -q '^   # the wording is one Microsoft 365 uses, but nothing in the text shows who sent it' "$T/explain" &&
    ! grep -q '# Microsoft 365:' "$T/explain"; then
	t_ok "/explain shows the evidence, names no provider without it"
else
	t_fail "/explain shows the evidence, names no provider without it" \
	    "$(cat "$T/explain")"
fi
# The README's three stories and README.ja.md's, run for real: what they
# show is what smtpx prints (tests/notes/stories.py).
{ $PY "$here/stories.py" "$SMTPX_TOP/README.md" "$SMTPX" 3
  $PY "$here/stories.py" "$SMTPX_TOP/README.ja.md" "$SMTPX" 1; } \
    >"$T/stories" 2>&1
while IFS= read -r line; do
	case $line in
	"ok - "*) t_ok "${line#ok - }" ;;
	"FAIL - "*) t_fail "${line#FAIL - }" "$(sed -n '/^    /p' "$T/stories")" ;;
	esac
done <"$T/stories"
t_done
