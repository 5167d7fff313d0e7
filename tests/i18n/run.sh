#!/bin/sh
# The Japanese catalogue and the language switch (issue 16).
#  - po/ja.po joined with po/notes.ja.po passes msgfmt --check with
#    nothing untranslated or fuzzy;
#  - every msgid xgettext finds in the sources is in the catalogue
#    (msgmerge leaves nothing new); until the notes' po/notes.ja.po is in
#    the tree, the notes' msgids are listed and skipped, the interface's
#    are required;
#  - the line mode in Japanese against the lab, golden (lab25.in/.out;
#    without notes, whose words are the notes' catalogue's), /lang;
#  - --lang and LANGUAGE at start, the C locale, a bad --lang;
#  - the screen through tmux at 60 columns: the welcome text, the status
#    line, the help overlay, rows wrapped by display width with no row
#    starting with 。、」) (kinsoku), and /lang en switching back.
# LANGUAGE=ja works with LC_ALL=C.UTF-8: glibc 2.36 ignores LANGUAGE only
# when LC_MESSAGES is "C" or "POSIX", not "C.UTF-8", so no ja_JP locale
# (and no locales package) is needed.
. "$(dirname "$0")/../lib/common.sh"
here=$(cd "$(dirname "$0")" && pwd)
top=$SMTPX_TOP
tmp=$(t_tmpdir)
sock=smtpx-i18n$$
T() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
	T kill-server >/dev/null 2>&1
	rm -rf "$tmp" 2>/dev/null || { sleep 1; rm -rf "$tmp"; }
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
export LC_ALL=C.UTF-8
unset LANGUAGE LANG LC_MESSAGES

for c in msgfmt msgcat msgmerge msgattrib msggrep xgettext; do
	command -v $c >/dev/null || {
		t_fail "gettext tools present (sh tests/deps.sh build)" "no $c"
		t_done
		exit
	}
done

# --- the catalogue -----------------------------------------------------
cat=$tmp/ja.po
notes=$top/po/notes.ja.po
if [ -e "$notes" ]; then
	msgcat --use-first -o "$cat" "$top/po/ja.po" "$notes"
else
	cp "$top/po/ja.po" "$cat"
fi
st=$(msgfmt --check --statistics -o /dev/null "$cat" 2>&1)
if [ $? = 0 ] && ! printf '%s\n' "$st" | grep -q -E 'fuzzy|untranslated'
then
	t_ok "msgfmt --check: $st"
else
	t_fail "msgfmt --check: 0 untranslated, 0 fuzzy" "$st"
fi

# Every msgid of the sources, with the Makefile's keywords.
if make -s --no-print-directory -C "$top" pot POT="$tmp/smtpx.pot" \
    >"$tmp/pot.log" 2>&1; then
	t_ok "xgettext reads the sources (make pot)"
else
	t_fail "xgettext reads the sources (make pot)" "$(tail -5 "$tmp/pot.log")"
fi
# The notes' msgids (J2's catalogue): the files of the notes and findings.
msggrep -N core/notes_msgs.c -N core/findings.c -N core/session_find.c \
    -N tui/render.c -N core/notes_codes.c -N core/notes_ext.c \
    -N core/notes_esc.c -N core/notes_known.c -o "$tmp/notes.pot" "$tmp/smtpx.pot" 2>/dev/null
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$cat" \
    "$tmp/smtpx.pot" 2>/dev/null
msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" 2>/dev/null |
    sed -n 's/^msgid "\(..*\)"$/\1/p' | sort -u >"$tmp/missing"
msgattrib --no-wrap "$tmp/notes.pot" 2>/dev/null |
    sed -n 's/^msgid "\(..*\)"$/\1/p' | sort -u >"$tmp/notes.ids"
comm -23 "$tmp/missing" "$tmp/notes.ids" >"$tmp/missing.ui"
comm -12 "$tmp/missing" "$tmp/notes.ids" >"$tmp/missing.notes"
if [ -s "$tmp/missing.ui" ]; then
	t_fail "every interface msgid is in po/ja.po" \
	    "$(sed 's/^/missing: /' "$tmp/missing.ui" | head -30)"
else
	t_ok "every interface msgid is in po/ja.po (msgmerge adds nothing)"
fi
if [ -e "$notes" ]; then
	if [ -s "$tmp/missing.notes" ]; then
		t_fail "every note msgid is in po/notes.ja.po" \
		    "$(sed 's/^/missing: /' "$tmp/missing.notes" | head -30)"
	else
		t_ok "every note msgid is in po/notes.ja.po"
	fi
else
	echo "ok - note msgids # SKIP po/notes.ja.po is not in this tree:" \
	    "$(wc -l <"$tmp/missing.notes") msgids wait for it, e.g."
	sed 's/^/    missing: /' "$tmp/missing.notes" | head -5
fi
# The test above must be able to fail: a msgid nobody translated.
printf '#include <libintl.h>\nconst char *x(void) { return _("a msgid '\
'no catalogue has"); }\n' >"$tmp/new.c"
xgettext --keyword=_ -o "$tmp/new.pot" "$tmp/new.c" 2>/dev/null
msgmerge --quiet -o "$tmp/m2.po" "$cat" "$tmp/new.pot" 2>/dev/null
if msgattrib --untranslated "$tmp/m2.po" 2>/dev/null |
    grep -q 'a msgid no catalogue has'; then
	t_ok "a new msgid shows as missing"
else
	t_fail "a new msgid shows as missing"
fi

# --- the line mode in Japanese -----------------------------------------
# Ports (the lab may move off a taken one) and queue ids vary.
norm() {
	sed -e 's/127\.0\.0\.1:[0-9]*/127.0.0.1:PORT/g' \
	    -e 's/ポート [0-9][0-9]* に/ポート PORT に/' \
	    -e 's/queued as [0-9A-F]*/queued as ID/'
}
LANGUAGE=ja timeout 60 "$SMTPX" --no-notes --lab --batch 25 \
    <"$here/lab25.in" >"$tmp/lab25.raw" 2>&1
st=$?
norm <"$tmp/lab25.raw" >"$tmp/lab25.out"
if [ $st = 1 ] && cmp -s "$here/lab25.out" "$tmp/lab25.out"; then
	t_ok "line mode in Japanese (LANGUAGE=ja): golden transcript"
else
	t_fail "line mode in Japanese (LANGUAGE=ja): golden transcript" \
	    "status $st (want 1)" "$(diff "$here/lab25.out" "$tmp/lab25.out")"
fi
# The same with --lang ja and no LANGUAGE: the same words.
timeout 60 "$SMTPX" --lang ja --no-notes --lab --batch 25 \
    <"$here/lab25.in" 2>&1 | norm | sed 's/^\* 言語: ja$/* 言語: ロケールに従う/' \
    >"$tmp/lang.out"
t_check "line mode with --lang ja: the same transcript" \
    cmp -s "$here/lab25.out" "$tmp/lang.out"
# Protocol text never changes: the C: and S: lines are the English run's.
timeout 60 "$SMTPX" --no-notes --lab --batch 25 <"$here/lab25.in" 2>&1 |
    norm >"$tmp/en.out"
t_check "C: and S: lines are the same in both languages" \
    cmp -s "$(grep -E '^(C|S): ' "$tmp/en.out" >"$tmp/en.cs";
    echo "$tmp/en.cs")" "$(grep -E '^(C|S): ' "$tmp/lab25.out" \
    >"$tmp/ja.cs"; echo "$tmp/ja.cs")"
t_check "English by default: no Japanese in the English run" \
    [ -z "$(grep -E '^[*!]' "$tmp/en.out" | LC_ALL=C grep -P '[\x80-\xff]')" ]
# Port 465 in Japanese: the connecting line with TLS as one sentence, and
# a /starttls typed on TLS refused in Japanese.
printf 'EHLO me\n/starttls\nQUIT\n' | timeout 60 "$SMTPX" --lang ja \
    --no-notes --lab --batch 465 >"$tmp/ja465.out" 2>&1
t_check "line mode in Japanese on 465: connecting with TLS in one sentence" \
    grep -q '^\* 127\.0\.0\.1 のポート [0-9]* に TLS で接続しています$' \
    "$tmp/ja465.out"
t_check "line mode in Japanese: /starttls on TLS refused in Japanese" \
    grep -q '^! TLS はすでに有効です$' "$tmp/ja465.out"
# With notes: a note in Japanese when the notes' catalogue is there.
if [ -e "$notes" ]; then
	printf 'EHLO me\nQUIT\n' | LANGUAGE=ja timeout 60 "$SMTPX" --lab \
	    --batch 25 >"$tmp/notes.out" 2>&1
	# /save writes in --lang's language whatever /lang chose since;
	# without --lang it follows /lang.
	jp='^   # .*[\x{3040}-\x{30ff}\x{4e00}-\x{9fff}]'
	printf 'EHLO me\n/lang en\n/save %s\nQUIT\n' "$tmp/s1.txt" |
	    timeout 60 "$SMTPX" --lang ja --lab --batch 25 >/dev/null 2>&1
	t_check "/save after /lang en under --lang ja: notes in Japanese" \
	    grep -qP "$jp" "$tmp/s1.txt"
	# Its header lines too, in the same language as its notes.
	t_check "/save under --lang ja: the header lines in Japanese" \
	    eval 'head -3 "$tmp/s1.txt" | grep -q "^# smtpx .* の記録、保存日時 " &&
	    sed -n 2p "$tmp/s1.txt" | grep -q "^# サーバー: 127.0.0.1 ポート " &&
	    sed -n 3p "$tmp/s1.txt" | grep -q "^# TLS: なし$"'
	printf 'EHLO me\n/lang en\n/save %s\nQUIT\n' "$tmp/s2.txt" |
	    LANGUAGE=ja timeout 60 "$SMTPX" --lab --batch 25 >/dev/null 2>&1
	t_check "/save after /lang en without --lang: notes in English" \
	    eval '[ -s "$tmp/s2.txt" ] && ! grep -qP "$jp" "$tmp/s2.txt"'
	t_check "/save after /lang en: the header lines in English" \
	    eval 'head -1 "$tmp/s2.txt" | grep -q "^# smtpx .* transcript, saved " &&
	    sed -n 3p "$tmp/s2.txt" | grep -q "^# TLS: none$"'
	t_check "notes in Japanese with the notes' catalogue" \
	    grep -qP '^   # .*[\x{3040}-\x{30ff}\x{4e00}-\x{9fff}]' "$tmp/notes.out"
fi

# --- at start ----------------------------------------------------------
out=$(LC_ALL=C "$SMTPX" --lang ja --help 2>&1 | head -1)
t_check "--lang ja in the C locale: --help in Japanese" \
    [ "${out%%:*}" = "使い方" ]
out=$(LANGUAGE=ja "$SMTPX" --help 2>&1 | head -1)
t_check "LANGUAGE=ja with C.UTF-8: --help in Japanese" \
    [ "${out%%:*}" = "使い方" ]
out=$(LANGUAGE=ja "$SMTPX" --lang en --help 2>&1 | head -1)
t_check "--lang en overrides LANGUAGE=ja" [ "${out%%:*}" = "usage" ]
# LANG=ja_JP.UTF-8 is Japanese whether that locale is installed or not
# (when it is not, glibc falls back to C, and smtpx to C.UTF-8 with ja).
out=$(env -u LC_ALL LANG=ja_JP.UTF-8 "$SMTPX" --help 2>&1 | head -1)
t_check "LANG=ja_JP.UTF-8: --help in Japanese" [ "${out%%:*}" = "使い方" ]
out=$(env -u LC_ALL LANG=ja_JP.UTF-8 LANGUAGE=ja "$SMTPX" --help 2>&1 |
    head -1)
t_check "LANG=ja_JP.UTF-8 LANGUAGE=ja: --help in Japanese" \
    [ "${out%%:*}" = "使い方" ]
out=$(LC_ALL=C LANGUAGE=ja "$SMTPX" --help 2>&1 | head -1)
t_check "the C locale without --lang stays English" \
    [ "${out%%:*}" = "usage" ]
out=$("$SMTPX" --lang xx 2>&1); st=$?
t_check "--lang xx: exit 2, says what to use" \
    [ $st = 2 ] && printf '%s\n' "$out" | grep -q 'use ja or en'
# /connect's errors are whole sentences, so each is translated.
out=$(printf '/connect --mx\n/connect --proxy\n' |
    LANGUAGE=ja timeout 10 "$SMTPX" --batch 2>&1)
t_check "/connect --mx and --proxy without their argument: in Japanese" \
    eval 'printf "%s\n" "$out" | grep -q "^! --mx にはドメインが必要です。" &&
    printf "%s\n" "$out" | grep -q "^! --proxy には socks5://HOST:PORT が必要です。"'
# A MAIL and a RCPT parameter, explained in Japanese as they go out.
if [ -e "$notes" ]; then
	printf 'EHLO me\nMAIL FROM:<student@lab.test> SIZE=100\nRCPT TO:<friend@lab.test> NOTIFY=SUCCESS\nQUIT\n' |
	    LANGUAGE=ja timeout 60 "$SMTPX" --lab --batch 25 >"$tmp/param.out" 2>&1
	t_check "MAIL and RCPT parameters explained in Japanese" \
	    eval 'grep -q "^   # SIZE=100: メッセージの大きさをおよそ 100 バイトと申告します" "$tmp/param.out" &&
	    grep -q "^   # NOTIFY=SUCCESS: 挙げた出来事ごとに配送状態通知 (DSN) を求めます" "$tmp/param.out"'
fi
# --help in Japanese keeps its columns: no line wider than 80, and the
# option descriptions start in column 28 (display width).
LANGUAGE=ja "$SMTPX" --help >"$tmp/help.ja"
t_check "--help in Japanese: lines at most 80 columns, aligned" \
    /usr/bin/python3 - "$tmp/help.ja" <<'PYEOF'
import sys, unicodedata, re
def w(s): return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1
                     for c in s)
bad = 0
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if w(line) > 80:
        print('too wide:', line); bad = 1
    # An option's words start in column 27, or 2 after a long option;
    # a continuation row starts in column 27 too.
    m = re.match(r'^((?:  -[a-z], |      )--[a-z-]+(?: [A-Z.|@]+)?)( +)\S',
                 line)
    if m and not (len(m.group(1) + m.group(2)) == 27 or
                  (len(m.group(1)) >= 25 and len(m.group(2)) == 2)):
        print('misaligned:', line); bad = 1
    m = re.match(r'^( +)[^ -]', line)
    if m and len(m.group(1)) > 8 and len(m.group(1)) != 27:
        print('misaligned:', line); bad = 1
sys.exit(bad)
PYEOF

# --- the screen, through tmux ------------------------------------------
if ! command -v tmux >/dev/null 2>&1; then
	t_fail "tmux is installed" "install tmux (tests/deps.sh test)"
	t_done
	exit
fi
mkdir -p "$tmp/home" "$tmp/state" "$tmp/config"
wait_until() {
	_end=$(($(date +%s) + $1))
	shift
	while ! "$@"; do
		[ "$(date +%s)" -ge "$_end" ] && return 1
		sleep 0.1
	done
	return 0
}
start() {
	_name=$1
	shift
	T kill-session -t "$_name" >/dev/null 2>&1
	T new-session -d -s "$_name" -x 60 -y 30 "env -i PATH=/usr/bin:/bin \
	    ${START_ENV:-LC_ALL=C.UTF-8} TERM=screen INPUTRC=/dev/null HOME=$tmp/home \
	    XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config $SMTPX $*; \
	    echo \"[exited \$?]\"; sleep 600"
}
screen() { T capture-pane -p -t "$1"; }
has() { screen "$1" | grep -F -q -- "$2"; }
hasnt() { ! screen "$1" | grep -F -q -- "$2"; }
see() { wait_until "${3:-10}" has "$1" "$2"; }
gone() { wait_until "${3:-10}" hasnt "$1" "$2"; }
type_line() { T send-keys -t "$1" -l -- "$2"; T send-keys -t "$1" Enter; }
status_has() { screen "$1" | sed -n 29p | grep -F -q -- "$2"; }
status_see() { wait_until "${3:-10}" status_has "$1" "$2"; }
dump() { screen "$1" | sed -e 's/[[:space:]]*$//' -e '/^$/d' | tail -15; }
check() {
	_n=$1 _s=$2
	shift 2
	if "$@"; then t_ok "$_n"; else t_fail "$_n" "$(dump "$_s")"; fi
}
# Rows at most 60 columns, none starting with what kinsoku forbids.
rows_ok() {
	screen "$1" >"$tmp/rows"
	/usr/bin/python3 - "$tmp/rows" <<'PYEOF'
import sys, unicodedata
def w(s): return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1
                     for c in s)
bad = 0
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n').rstrip(' ')
    if w(line) > 60:
        print('too wide:', line); bad = 1
    if line.lstrip(' ')[:1] in ('。', '、', '」', '）', ')'):
        print('kinsoku:', line); bad = 1
sys.exit(bad)
PYEOF
}

start ja --lang ja --lab
check "screen in Japanese: the welcome text" ja see ja "練習用アカウント"
check "screen in Japanese: the status line" ja status_see ja "未接続"
check "screen in Japanese: F1 in the status line" ja status_see ja "F1 ヘルプ"
check "screen in Japanese: rows wrapped at 60 columns, kinsoku kept" ja \
    wait_until 5 rows_ok ja
# The welcome's long lines wrap: the row ends after the full stop, and
# the sentence after it goes on, indented, on the next row.
wrapped() {
	screen ja | sed -e 's/[[:space:]]*$//' |
	    grep -A1 '比べてみましょう。$' | tail -1 |
	    grep -q '^  /help でコマンド、F1 でキー操作を表示します$'
}
check "screen in Japanese: a wrapped row continues the sentence" ja \
    wait_until 5 wrapped
T send-keys -t ja F1
check "help overlay in Japanese: its title" ja see ja "ヘルプ: q で閉じる"
check "help overlay in Japanese: command help" ja see ja "/ で始まる行は"
check "help overlay in Japanese: rows at most 60 columns" ja \
    wait_until 5 rows_ok ja
T send-keys -t ja q
check "help overlay closes" ja gone ja "ヘルプ: q で閉じる"
type_line ja "/explain 550 5.7.1"
check "a note under /explain" ja see ja "# "
check "notes wrapped at 60 columns, kinsoku kept" ja wait_until 5 rows_ok ja
if [ -e "$notes" ]; then
	note_ja() { screen ja | grep -qP '^   # .*[\x{3040}-\x{30ff}\x{4e00}-\x{9fff}]'; }
	check "the note is in Japanese" ja wait_until 5 note_ja
fi
type_line ja "/lang en"
check "/lang en: the status line in English" ja status_see ja "not connected"
check "/lang en: said in English" ja see ja "language: en"
check "/lang en: the events already shown keep their words" ja \
    has ja "練習用アカウント"
if [ -e "$notes" ]; then
	note_en() { ! screen ja | grep -qP '^   # .*[\x{3040}-\x{30ff}\x{4e00}-\x{9fff}]'; }
	check "/lang en: the note is drawn again in English" ja \
	    wait_until 5 note_en
fi
type_line ja "/lang ja"
check "/lang ja: back to Japanese" ja status_see ja "未接続"
type_line ja "/quit"
check "quits" ja see ja "[exited 0]"

# The locale alone: LANG=ja_JP.UTF-8 (installed or not), no --lang.
START_ENV=LANG=ja_JP.UTF-8 start env --lab
check "LANG=ja_JP.UTF-8: the screen in Japanese" env status_see env "未接続"
check "LANG=ja_JP.UTF-8: the welcome text" env see env "練習用アカウント"
type_line env "/quit"
check "quits" env see env "[exited 0]"

# The lab's class log (--lab-serve) in the teacher's language: a client
# connects, says EHLO and QUIT; the log's own words are Japanese, the
# protocol's (EHLO, the codes) stay. Client text stays free of control
# bytes either way.
base=$("$PY" -c '
import random, socket
for _ in range(200):
    n = random.randrange(20000, 60000); ok = True
    for off in (25, 587, 465):
        s = socket.socket()
        try: s.bind(("127.0.0.1", n + off))
        except OSError: ok = False
        s.close()
    if ok: print(n); break')
env LC_ALL=C.UTF-8 LANGUAGE=ja "$SMTPX" --lab-serve --port-base "$base" \
    --lab-ca "$tmp/serve-ca.pem" >"$tmp/serve" 2>&1 &
serve_pid=$!
i=0
while [ $i -lt 50 ] && ! grep -q '465' "$tmp/serve"; do sleep 0.1; i=$((i + 1)); done
printf 'EHLO client.example\nQUIT\n' | timeout 10 "$SMTPX" --batch --no-notes \
    127.0.0.1 $((base + 25)) >"$tmp/serve-client" 2>&1
i=0
while [ $i -lt 50 ] && ! grep -q '切断しました' "$tmp/serve"; do sleep 0.1; i=$((i + 1)); done
kill "$serve_pid" 2>/dev/null
wait "$serve_pid" 2>/dev/null
if grep -q ': 接続済み$' "$tmp/serve" && grep -q ': EHLO client.example -> 250$' "$tmp/serve" &&
    grep -q ': 切断しました$' "$tmp/serve"; then
	t_ok "the lab's class log in Japanese (LANGUAGE=ja)"
else
	t_fail "the lab's class log in Japanese (LANGUAGE=ja)" "$(cat "$tmp/serve" "$tmp/serve-client")"
fi

t_done
