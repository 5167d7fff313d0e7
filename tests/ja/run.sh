#!/bin/sh
# The Japanese texts of issue 16 that are files of their own: the
# catalogue of note templates (po/notes.ja.po), the lessons in
# lessons/ja/, the man page docs/smtpx.ja.1 and README.ja.md. The
# catalogue is whole (msgfmt: nothing untranslated or fuzzy; every msgid
# xgettext finds in the note sources is in it) and keeps each template's
# placeholders (po_check.py, tried first on samples it must flag). Each
# Japanese lesson has the English one's steps with the same send: and
# expect: lines. The man page renders without a warning, has the English
# page's sections and options, and make install puts it where man -L ja
# finds it. The lessons chosen on the screen are tested in tests/tui.
set -u
: "${SMTPX_TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$SMTPX_TOP/tests/lib/common.sh"
T=$(t_tmpdir)
trap 'rm -rf "$T"' EXIT
cd "$SMTPX_TOP" || exit 1
po=po/notes.ja.po
notesrc="core/notes_msgs.c core/findings.c core/session_find.c tui/render.c
    core/notes_codes.c core/notes_ext.c core/notes_esc.c core/notes_known.c"

for c in msgfmt xgettext msgcmp groff man; do
	if ! command -v "$c" >/dev/null 2>&1; then
		t_fail "$c is installed" "install gettext, groff-base and man-db"
		t_done
		exit
	fi
done

# --- the catalogue ------------------------------------------------------
if msgfmt --check --statistics -o "$T/notes.mo" "$po" >"$T/stat" 2>&1 &&
    grep -q '^[0-9]* translated messages\.$' "$T/stat"; then
	t_ok "msgfmt --check: $(cat "$T/stat")"
else
	t_fail "msgfmt --check: every entry translated, none fuzzy" "$(cat "$T/stat")"
fi
t_check "the catalogue is for Japanese, one plural form" \
    grep -q '^"Plural-Forms: nplurals=1; plural=0;\\n"$' "$po"

xgettext --from-code=UTF-8 --language=C --keyword=N_ --keyword=_ \
    --keyword=dgettext:2 --keyword=dngettext:2,3 -o "$T/notes.pot" \
    $notesrc 2>"$T/xg"
n=$(msgcat --no-wrap "$T/notes.pot" | grep -c '^msgid "..*"')
if msgcmp "$po" "$T/notes.pot" >"$T/cmp" 2>&1 && [ "$n" -gt 100 ]; then
	t_ok "every msgid of the note sources ($n) is in $po"
else
	t_fail "every msgid of the note sources ($n) is in $po" "$(head -20 "$T/cmp")"
fi
# The tables' human texts are marked N_() (else xgettext does not see
# them and a changed text would go untranslated unnoticed).
for f in core/notes_codes.c core/notes_ext.c core/notes_esc.c \
    core/notes_known.c; do
	xgettext --from-code=UTF-8 --language=C --keyword=N_ -o "$T/t.pot" "$f"
	n=$(msgcat --no-wrap "$T/t.pot" 2>/dev/null | grep -c '^msgid "..*"')
	t_check "$f: its table texts are marked N_() ($n msgids)" [ "$n" -gt 40 ]
done
# msgcmp must notice a missing one: the catalogue without its first entry.
awk 'BEGIN { RS = ""; ORS = "\n\n" } NR != 2' "$po" >"$T/short.po"
t_check "the msgid check notices a missing msgid" \
    eval '! msgcmp "$T/short.po" "$T/notes.pot" >/dev/null 2>&1'

# po_check.py on samples: what it must flag, and what it must pass.
cat >"$T/bad.po" <<'PO'
msgid "{1}: messages up to {2}; declare SIZE=n on MAIL FROM ({3})"
msgstr "{1}: {2} までのメッセージを受け付けます（{3}）"

msgid "port {1}: not a standard mail port"
msgstr "標準のメール用ポートではありません"

msgid "type {@starttls}, then EHLO again"
msgstr "{@tls} を実行してから EHLO を送り直してください。"
PO
python3 tests/ja/po_check.py "$T/bad.po" >"$T/bad.out" 2>&1
st=$?
if [ "$st" = 1 ] && grep -q 'bad.po:1: " ({3})" is not kept' "$T/bad.out" &&
    grep -q 'bad.po:4: placeholders \[\]' "$T/bad.out" &&
    grep -q "bad.po:7: placeholders \['{@tls}'\]" "$T/bad.out"; then
	t_ok "po_check flags a lost placeholder, a changed action, a changed \" ({N})\""
else
	t_fail "po_check flags a lost placeholder, a changed action, a changed \" ({N})\"" \
	    "status $st" "$(cat "$T/bad.out")"
fi
cat >"$T/good.po" <<'PO'
msgid "mixed signals: {1} means {2}, but {3} means {4}"
msgstr "食い違い: {3} は「{4}」、{1} は「{2}」を表します。"
PO
t_check "po_check passes reordered placeholders" \
    python3 tests/ja/po_check.py "$T/good.po"
if python3 tests/ja/po_check.py "$po" >"$T/po.out" 2>&1; then
	t_ok "$po keeps every placeholder and \" ({N})\""
else
	t_fail "$po keeps every placeholder and \" ({N})\"" "$(head -20 "$T/po.out")"
fi
# Spot checks of the terms the issue asks for, in the entries that name them.
t_check "terms: OP25B, サブミッションポート, SMTP認証, 拡張ステータスコード" \
    eval 'grep -q "OP25B" "$po" && grep -q "サブミッションポート" "$po" &&
    grep -q "SMTP認証" "$po" && grep -q "拡張ステータスコード" "$po"'

# --- lessons/ja -----------------------------------------------------------
# steps FILE: one line per step: the send: and expect: lines, in order.
steps() {
	awk '/^step:/ { if (n++) print s; s = "" }
	    /^(send|expect):/ { s = s "|" $0 }
	    END { if (n) print s }' "$1"
}
for en in lessons/*.lesson; do
	name=${en##*/}
	ja=lessons/ja/$name
	if [ ! -f "$ja" ]; then
		t_fail "lessons/ja/$name exists"
		continue
	fi
	steps "$en" >"$T/en.steps"
	steps "$ja" >"$T/ja.steps"
	if [ -s "$T/en.steps" ] && cmp -s "$T/en.steps" "$T/ja.steps"; then
		t_ok "lessons/ja/$name: $(wc -l <"$T/en.steps") steps, the same send: and expect: lines"
	else
		t_fail "lessons/ja/$name: the same steps, send: and expect: lines" \
		    "$(diff "$T/en.steps" "$T/ja.steps" | head -10)"
	fi
	if "$SMTPX" --check-lesson "$ja" >"$T/chk" 2>&1 &&
	    grep -q ": ok, lesson '" "$T/chk" &&
	    ! grep -q "lesson '[ -~]*'" "$T/chk"; then
		t_ok "lessons/ja/$name: --check-lesson ok, a Japanese title"
	else
		t_fail "lessons/ja/$name: --check-lesson ok, a Japanese title" "$(cat "$T/chk")"
	fi
done
# The same check must see a changed line.
sed 's/^send: EHLO me$/send: EHLO you/' lessons/ja/1-ports.lesson >"$T/x.lesson"
steps lessons/1-ports.lesson >"$T/en.steps"
steps "$T/x.lesson" >"$T/ja.steps"
t_check "the lesson check notices a changed send: line" \
    eval '! cmp -s "$T/en.steps" "$T/ja.steps"'

# --- the man page ---------------------------------------------------------
man1=docs/smtpx.1
manja=docs/smtpx.ja.1
# groff 1.22 reads UTF-8 only through preconv (-k), as man does.
LC_ALL=C.UTF-8 timeout 60 groff -k -man -Tutf8 -ww -z "$manja" >"$T/groff" 2>&1
st=$?
if [ "$st" = 0 ] && [ ! -s "$T/groff" ]; then
	t_ok "groff -k -man -Tutf8 -ww: $manja renders without a warning"
else
	t_fail "groff -k -man -Tutf8 -ww: $manja renders without a warning" \
	    "status $st" "$(head -10 "$T/groff")"
fi
for w in 60 80 120; do
	LC_ALL=C.UTF-8 MANWIDTH=$w timeout 60 man --warnings -l "$manja" >"$T/man.$w" 2>"$T/man.err"
	st=$?
	if [ "$st" = 0 ] && [ ! -s "$T/man.err" ] &&
	    grep -q 'サブミッションポート' "$T/man.$w"; then
		t_ok "man -l at $w columns: no warning, the Japanese text shown"
	else
		t_fail "man -l at $w columns: no warning, the Japanese text shown" \
		    "status $st" "$(head -10 "$T/man.err")"
	fi
done
t_check "lexgrog reads its NAME section" \
    eval 'lexgrog "$manja" | grep -q "smtpx - SMTP"'
n1=$(grep -c '^\.SH' "$man1")
nj=$(grep -c '^\.SH' "$manja")
t_check "the same number of sections as $man1 ($n1)" [ "$n1" = "$nj" ]
opts() { grep -o '\\-\\-[a-z][a-z0-9]*\(\\-[a-z0-9]*\)*' "$1" | sort -u; }
opts "$man1" >"$T/o1"
opts "$manja" >"$T/oj"
missing=$(comm -23 "$T/o1" "$T/oj" | tr '\n' ' ')
t_check "every option of $man1 ($(wc -l <"$T/o1")) is in $manja${missing:+ (missing: $missing)}" \
    [ -z "$missing" ]
cmds() { grep -o '^\.B[IR]* /[a-z0-9]*' "$1" | sed 's/^[^/]*//' | sort -u; }
missing=$(cmds "$man1" | comm -23 - "$(cmds "$manja" >"$T/cj"; echo "$T/cj")" | tr '\n' ' ')
t_check "every /command of $man1 is in $manja${missing:+ (missing: $missing)}" \
    [ -z "$missing" ]

# --- make install ---------------------------------------------------------
di=$T/destdir
if make -s install DESTDIR="$di" PREFIX=/usr >"$T/mi.log" 2>&1; then
	t_check "make install: the Japanese man page in share/man/ja/man1" \
	    cmp -s "$manja" "$di/usr/share/man/ja/man1/smtpx.1"
	t_check "make install: the Japanese lessons in share/smtpx/lessons/ja" \
	    cmp -s lessons/ja/1-ports.lesson "$di/usr/share/smtpx/lessons/ja/1-ports.lesson"
	# MANPATH, not -M: man -M looks in no language subfolder.
	mp=$(LC_ALL=C.UTF-8 MANPATH="$di/usr/share/man" man -L ja -w smtpx 2>&1)
	t_check "man -L ja finds the installed Japanese page ($mp)" \
	    [ "$mp" = "$di/usr/share/man/ja/man1/smtpx.1" ]
	mp=$(LC_ALL=C.UTF-8 MANPATH="$di/usr/share/man" man -L en -w smtpx 2>&1)
	t_check "man -L en still finds the English page" \
	    [ "$mp" = "$di/usr/share/man/man1/smtpx.1" ]
	# man -L ja reads the page its own way (a ja directory, so EUC-JP
	# first): a run of ASCII words joined by 、 once sent troff into an
	# endless loop there, though man -l was fine. Hence the deadline.
	for w in 60 80 120; do
		LC_ALL=C.UTF-8 MANWIDTH=$w MANPATH="$di/usr/share/man" \
		    timeout 60 man --warnings -L ja smtpx >"$T/manja" \
		    2>"$T/manja.err"
		st=$?
		t_check "man -L ja smtpx at $w columns: the Japanese page, in time, without a warning" \
		    eval '[ $st = 0 ] && grep -q "^名前" "$T/manja" && [ ! -s "$T/manja.err" ]'
	done
	make -s uninstall DESTDIR="$di" PREFIX=/usr >>"$T/mi.log" 2>&1
	t_check "make uninstall removes them" \
	    eval '[ ! -e "$di/usr/share/man/ja/man1/smtpx.1" ] &&
	    [ ! -e "$di/usr/share/smtpx/lessons/ja" ]'
else
	t_fail "make install DESTDIR" "$(tail -5 "$T/mi.log")"
fi

# --- README -----------------------------------------------------------------
t_check "README.md links README.ja.md at the top" \
    eval 'head -5 README.md | grep -q "(README.ja.md)"'
t_check "README.ja.md: the two set-up commands, the first lesson, the ports" \
    eval 'grep -q "^make run " README.ja.md && grep -q "^make check " README.ja.md &&
    grep -q "smtpx --lesson 1" README.ja.md && grep -q "OP25B" README.ja.md &&
    grep -q "ポート 587" README.ja.md && grep -q "ポート 465" README.ja.md'

t_done
