#!/bin/sh
# Core's house rules. It has no user-interface text: no string literal in
# core/*.c or core/*.h names a slash command of the screen, a long option
# or a key (uitext.py); the front end says those words (tui/render.c). And
# no function in core is longer than 80 lines (funclen.py). No file holds
# a merge's conflict markers. Each checker is first tried on samples, so
# a checker that finds nothing fails too.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
T=$(t_tmpdir)
trap 'rm -rf "$T"' EXIT
cd "$SMTPX_TOP" || exit 1
lint="python3 tests/lint/uitext.py tui/cmd.c"

# hit NAME TEXT: the checker must flag a literal holding TEXT.
hit() {
	printf 'static const char *x = "a " "%s" " b";\n' "$2" >"$T/bad.c"
	if $lint "$T/bad.c" >"$T/out" 2>&1; then
		t_fail "lint flags $1" "not flagged: $2"
	else
		t_ok "lint flags $1"
	fi
}
hit "a slash command" "then /starttls"
hit "a slash command at the start" "/auth MECH"
hit "a long option" "try --tls"
hit "a key" "press Ctrl-C"
hit "a function key" "F2 toggles"
hit "a page key" "PgUp"

# Words that look alike but are no UI text pass.
cat >"$T/good.c" <<'EOT'
/* a comment may say /starttls and --tls and Ctrl-C */
static const char *u = "https://support.google.com/mail/?p=x";
static const char *p = "send helo/ehlo first, then {@starttls}";
static const char *q = "x-y--z and 5.7.1 -- a dash";
static const char c = '/';
EOT
if $lint "$T/good.c" >"$T/out" 2>&1; then
	t_ok "lint passes look-alikes"
else
	t_fail "lint passes look-alikes" "$(cat "$T/out")"
fi

if $lint core/*.c core/*.h >"$T/out" 2>&1; then
	t_ok "core has no UI text"
else
	t_fail "core has no UI text" "$(head -20 "$T/out")"
fi

# No function in core longer than a reader takes in at one sitting
# (issue 11: about 80 lines); the checker must see a long one first.
{ printf 'static int\nlong_one(void)\n{\n'
  i=0; while [ $i -lt 81 ]; do printf '\tx();\n'; i=$((i + 1)); done
  printf '}\n'; } >"$T/long.c"
if python3 tests/lint/funclen.py 80 "$T/long.c" >/dev/null; then
	t_fail "the length check flags an 81-line function"
else
	t_ok "the length check flags an 81-line function"
fi
if python3 tests/lint/funclen.py 80 core/*.c >"$T/out" 2>&1; then
	t_ok "no function in core is longer than 80 lines"
else
	t_fail "no function in core is longer than 80 lines" "$(cat "$T/out")"
fi

# A merge committed with its conflict markers (it has happened, in
# tests/notes/eval/LABELS.md): no line of a source, test, corpus or doc
# file starts with one. The pattern must find one in a sample first.
conflict='^(<<<<<<< |>>>>>>> )'
printf 'a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n' >"$T/conflict.txt"
if grep -Eq "$conflict" "$T/conflict.txt"; then
	t_ok "the conflict check finds markers"
else
	t_fail "the conflict check finds markers"
fi
if grep -rEn "$conflict" core tui tests lab docs po themes lessons \
    Makefile README.md README.ja.md NEWS.md >"$T/out" 2>/dev/null; then
	t_fail "no file holds conflict markers" "$(head -5 "$T/out")"
else
	t_ok "no file holds conflict markers"
fi
t_done
