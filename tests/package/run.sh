#!/bin/sh
# Packaging and release (issue 19): the version, the shell completion, the
# release tarball and the Debian package, each used the way a user does.
#   - --version: VERSION, the git commit, the runtime library versions
#   - bash completion driven through `complete -p` and COMP_WORDS; the zsh
#     one's specs against --help
#   - make install / make uninstall into a scratch DESTDIR, compared with
#     the package's file list
#   - make dist: nothing generated in it, everything git tracks; unpacked
#     and built in a temporary directory, its unit and batch suites run
#   - as root only: make deb, lintian, dpkg --root into a scratch root,
#     the installed smtpx (--version, man -w, a lab session, themes and
#     lessons found from the installed paths), purge, nothing left.
# Not root: the package cases are skipped with a message, not counted.
# Adds about a minute to make check (two builds of smtpx); it runs in the
# normal pass only (tests/run.sh), since it builds its own binaries.
. "$(dirname "$0")/../lib/common.sh"
top=$SMTPX_TOP
version=$(cat "$top/VERSION")
tmp=$(t_tmpdir)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
skip() { echo "skip - $*"; }

# --- --version -------------------------------------------------------
v=$("$SMTPX" --version 2>&1)
first=$(printf '%s\n' "$v" | sed -n 1p)
want="smtpx $version"
if git -C "$top" rev-parse --git-dir >/dev/null 2>&1 &&
    [ -e "$top/.git" ]; then
	want="$want (git $(git -C "$top" rev-parse --short=12 HEAD)"
	case $first in
	"$want)"|"$want-dirty)") t_ok "--version: VERSION and the commit" ;;
	*) t_fail "--version: VERSION and the commit" "want: $want)" \
	    "got:  $first" ;;
	esac
else
	t_check "--version: VERSION (no clone)" [ "$first" = "$want" ]
fi
# The libraries it runs with: what the system has installed now.
ossl=$(openssl version | cut -d' ' -f1-2)
rl=$(dpkg-query -W -f='${Version}' libreadline8 2>/dev/null | cut -d- -f1)
nc=$(dpkg-query -W -f='${Version}' libncursesw6 2>/dev/null | cut -d- -f1)
second=$(printf '%s\n' "$v" | sed -n 2p)
case $second in
"$ossl "*", ncurses $nc."*", readline $rl")
	t_ok "--version: runtime OpenSSL, ncurses and readline" ;;
*)	t_fail "--version: runtime OpenSSL, ncurses and readline" \
	    "want: $ossl ..., ncurses $nc.*, readline $rl" "got:  $second" ;;
esac
clv=$(sed -n '1s/^smtpx (\([^)]*\)).*/\1/p' "$top/debian/changelog")
t_check "debian/changelog has the version of VERSION ($clv)" \
    [ "$clv" = "$version" ]

# --- bash completion -------------------------------------------------
# comp FILE BIN WORD...: COMPREPLY, one a line, for the command line
# "BIN WORD..." with the cursor on the last word, run through the
# function `complete -p smtpx` names.
comp() {
	bash -c '
		. "$1"; bin=$2; shift 2
		f=$(complete -p smtpx | sed -n "s/.*-F \([^ ]*\) smtpx$/\1/p")
		[ -n "$f" ] || { echo "no complete -F for smtpx"; exit 1; }
		COMP_WORDS=("$bin" "$@"); COMP_CWORD=$#
		COMP_LINE="$bin $*"; COMP_POINT=${#COMP_LINE}
		"$f" smtpx "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"' sh "$@" </dev/null
}
# has LIST WORD...: every WORD is a line of LIST.
has() {
	_l=$1; shift
	for _w in "$@"; do
		printf '%s\n' "$_l" | grep -qxF -- "$_w" || return 1
	done
}
# Every option --help shows, from the binary itself.
opts=$("$SMTPX" --help | sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z0-9-]*\).*/\2/p')
bashc=$top/completions/smtpx.bash
r=$(comp "$bashc" "$SMTPX" --th)
t_check "bash: smtpx --th<Tab> is --theme" [ "$r" = "--theme" ]
r=$(comp "$bashc" "$SMTPX" --theme "")
if has "$r" default mono light high-contrast; then
	t_ok "bash: smtpx --theme <Tab> lists the themes"
else
	t_fail "bash: smtpx --theme <Tab> lists the themes" "$r"
fi
r=$(comp "$bashc" "$SMTPX" --theme = h)
t_check "bash: smtpx --theme=h<Tab> is high-contrast" [ "$r" = high-contrast ]
r=$(comp "$bashc" "$SMTPX" --)
# shellcheck disable=SC2086
if has "$r" $opts && [ -n "$opts" ]; then
	t_ok "bash: every option of --help is completed"
else
	t_fail "bash: every option of --help is completed" "want: $opts" "got: $r"
fi
r=$(comp "$bashc" "$SMTPX" --batch -p "")
t_check "bash: -p <Tab> offers the ports" has "$r" 25 587 465
r=$(comp "$bashc" "$SMTPX" --batch l)
t_check "bash: a host after an option without value" has "$r" localhost
# The probe's options (--mx, --dns-server, --proxy, --ports and the
# proxy's password file) complete their values.
r=$(comp "$bashc" "$SMTPX" --probe --proxy "")
t_check "bash: --proxy <Tab> offers an ssh -D proxy" has "$r" \
    socks5://localhost:1080 socks5h://localhost:1080
r=$(comp "$bashc" "$SMTPX" --probe --ports "")
t_check "bash: --ports <Tab> offers an example" [ "$r" = 25=2525,587=2587,465=2465 ]
r=$(comp "$bashc" "$SMTPX" --probe --dns-server 127.0.0.)
t_check "bash: --dns-server <Tab> offers loopback" has "$r" 127.0.0.1
r=$(comp "$bashc" "$SMTPX" --mx l)
t_check "bash: --mx <Tab> completes a host" has "$r" localhost
: >"$tmp/proxy-pw.txt"
r=$(comp "$bashc" "$SMTPX" --proxy-password-file "$tmp/proxy-p")
t_check "bash: --proxy-password-file <Tab> completes a file" \
    [ "$r" = "$tmp/proxy-pw.txt" ]
# The options other parts add (--lesson, --format): a stand-in smtpx
# whose --help has them, installed under a prefix with one lesson.
mkdir -p "$tmp/alt/bin" "$tmp/alt/share/smtpx/lessons"
printf '#!/bin/sh\ncat <<"E"\n%s\n%s\nE\n' \
    '      --lesson NAME        follow a guided lesson' \
    '      --format FMT         text, md or json' >"$tmp/alt/bin/smtpx"
chmod 755 "$tmp/alt/bin/smtpx"
: >"$tmp/alt/share/smtpx/lessons/9-practice.lesson"
r=$(HOME=$tmp comp "$bashc" "$tmp/alt/bin/smtpx" --lesson "")
t_check "bash: --lesson <Tab> lists the lessons of the prefix" \
    has "$r" 9-practice
r=$(comp "$bashc" "$tmp/alt/bin/smtpx" --format "")
t_check "bash: --format <Tab> offers text md json" \
    [ "$(echo $r)" = "text md json" ]
if command -v zsh >/dev/null; then
	specs=$(zsh -fc 'function _arguments { print -l -- "$@" }
		function _call_program { shift; eval "$@" }
		words=("$1"); source "$2"' zsh "$SMTPX" "$top/completions/_smtpx" 2>&1)
	missing=
	for o in $opts; do
		printf '%s\n' "$specs" | grep -q -- "^$o\[" || missing="$missing $o"
	done
	t_check "zsh: a spec for every option of --help" [ -z "$missing" ]
	alt=$(zsh -fc 'function _arguments { print -l -- "$@" }
		function _call_program { shift; eval "$@" }
		words=("$1"); source "$2"' zsh "$tmp/alt/bin/smtpx" \
	    "$top/completions/_smtpx" 2>&1)
	t_check "zsh: --lesson and --format complete their values" \
	    has "$alt" '--lesson[follow a guided lesson]:lesson:_smtpx_lessons' \
	    '--format[text, md or json]:format:(text md json)'
	t_check "zsh: --proxy, --dns-server, --ports and --mx complete values" \
	    has "$(printf '%s\n' "$specs" | sed -n 's/^--\(proxy\|dns-server\|ports\|mx\)\[[^]]*\]//p')" \
	    ':url:_smtpx_proxies' ':address:_smtpx_nameservers' \
	    ':list:(25=2525,587=2587,465=2465)' ':host:_hosts'
	r=$(zsh -fc 'function _wanted { shift 4; print -rl -- "$@" }
		function _arguments { : }
		words=("$1"); source "$2"; _smtpx_proxies' zsh "$SMTPX" \
	    "$top/completions/_smtpx" 2>&1)
	t_check "zsh: --proxy <Tab> offers an ssh -D proxy" \
	    has "$r" socks5://localhost:1080 socks5h://localhost:1080
	t_check "zsh: --theme completes the themes" \
	    has "$(printf '%s\n' "$specs" | sed -n 's/^--theme\[.*\]//p')" \
	    ':theme:_smtpx_themes'
else
	skip "zsh completion (no zsh)"
fi

# --- make install / uninstall ----------------------------------------
# files DIR: the files under DIR, relative, sorted.
files() { (cd "$1" && find . ! -type d | sed 's|^\./||' | sort); }
di=$tmp/destdir
if make -s -C "$top" install DESTDIR="$di" PREFIX=/usr >"$tmp/mi.log" 2>&1
then
	files "$di" >"$tmp/mi.files"
	t_check "make install: binary, man page, themes, docs, completion" \
	    has "$(cat "$tmp/mi.files")" usr/bin/smtpx \
	    usr/share/man/man1/smtpx.1 usr/share/smtpx/themes/light.theme \
	    usr/share/doc/smtpx/README.md usr/share/doc/smtpx/NEWS.md \
	    usr/share/bash-completion/completions/smtpx \
	    usr/share/zsh/vendor-completions/_smtpx
	t_check "make install: the Japanese catalogue" \
	    has "$(cat "$tmp/mi.files")" usr/share/locale/ja/LC_MESSAGES/smtpx.mo
	make -s -C "$top" uninstall DESTDIR="$di" PREFIX=/usr >>"$tmp/mi.log" 2>&1
	t_check "make uninstall removes every file make install put" \
	    [ -z "$(files "$di")" ]
else
	t_fail "make install DESTDIR" "$(tail -5 "$tmp/mi.log")"
fi

# --- make dist -------------------------------------------------------
tarball=$top/build/smtpx-$version.tar.gz
if make -s -C "$top" dist >"$tmp/dist.log" 2>&1 && [ -s "$tarball" ]; then
	tar -tzf "$tarball" | sed "s|^smtpx-$version/||" | grep -v '/$' |
	    grep -v '^$' | sort >"$tmp/dist.files"
	git -C "$top" ls-tree -r --name-only HEAD | sort >"$tmp/git.files"
	t_check "make dist: exactly what git has at HEAD" \
	    cmp -s "$tmp/dist.files" "$tmp/git.files"
	t_check "make dist: nothing generated in it" \
	    [ -z "$(grep -E '^(build|build-asan|build-fuzz)/|^smtpx$|\.[od]$' \
	    "$tmp/dist.files")" ]
	mkdir "$tmp/dist"
	tar -xzf "$tarball" -C "$tmp/dist"
	d=$tmp/dist/smtpx-$version
	if make -s -C "$d" -j2 smtpx unit >"$tmp/dist-build.log" 2>&1; then
		t_ok "make dist: the tarball builds"
		# A core each at once; a failing binary leaves its name.
		n=$(ls "$d"/build/tests/test_* | wc -l)
		bad=$(ls "$d"/build/tests/test_* | xargs -P "$(nproc)" -I{} \
		    sh -c '"$1" >/dev/null 2>&1 || echo " ${1##*/}"' sh {})
		t_check "make dist: its $n unit binaries pass" \
		    [ "$n" -gt 0 ] && [ -z "$bad" ]
		out=$(SMTPX=$d/smtpx SMTPX_TOP=$d sh "$d/tests/batch/run.sh" 2>&1)
		if [ $? = 0 ]; then
			t_ok "make dist: its batch suite passes ($(printf \
			    '%s\n' "$out" | tail -1))"
		else
			t_fail "make dist: its batch suite passes" \
			    "$(printf '%s\n' "$out" | grep -v '^ok' | tail -20)"
		fi
		t_check "make dist: --version without a clone is VERSION" \
		    [ "$("$d/smtpx" --version | sed -n 1p)" = "smtpx $version" ]
	else
		t_fail "make dist: the tarball builds" \
		    "$(tail -10 "$tmp/dist-build.log")"
	fi
else
	t_fail "make dist" "$(tail -5 "$tmp/dist.log")"
fi

# --- the Debian package (root) ---------------------------------------
if [ "$(id -u)" != 0 ]; then
	skip "the Debian package: building, installing into a scratch root" \
	    "and removing it need root (run make check-package as root)"
	t_done
	exit
fi
missing=
for c in dpkg-buildpackage dh lintian fakeroot man script; do
	command -v "$c" >/dev/null || missing="$missing $c"
done
if [ -n "$missing" ]; then
	t_fail "package tools present (sh tests/deps.sh package)" "missing:$missing"
	t_done
	exit
fi
rm -f "$top"/build/smtpx_"$version"_*.deb
# nocheck: the package's own build runs the unit binaries, which the
# dist case above ran on the same sources (and make check under ASan);
# here the packaging is under test.
if ! DEB_BUILD_OPTIONS="nocheck${DEB_BUILD_OPTIONS:+ $DEB_BUILD_OPTIONS}" \
    make -s -C "$top" deb >"$tmp/deb.log" 2>&1; then
	t_fail "make deb" "$(tail -20 "$tmp/deb.log")"
	t_done
	exit
fi
deb=$(ls "$top"/build/smtpx_"$version"_*.deb)
t_ok "make deb: ${deb##*/}"
# Lintian at its default level: any E: or W: (not overridden) fails.
lintian "$deb" >"$tmp/lintian" 2>/dev/null
if grep -qE '^[EW]: ' "$tmp/lintian"; then
	t_fail "lintian: no errors or warnings" "$(cat "$tmp/lintian")"
else
	t_ok "lintian: no errors or warnings"
fi

# The package puts files where make install does (man pages and docs
# compressed by Debian policy; changelog and copyright are Debian's own).
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./||' |
    sed 's/\.gz$//' | grep -v -E '^usr/share/doc/smtpx/(changelog|copyright)$' |
    sort >"$tmp/deb.files"
if [ -s "$tmp/mi.files" ] && cmp -s "$tmp/deb.files" "$tmp/mi.files"; then
	t_ok "the package and make install put the same files"
else
	t_fail "the package and make install put the same files" \
	    "$(diff "$tmp/mi.files" "$tmp/deb.files")"
fi

# A scratch root with an empty dpkg database; the libraries smtpx needs
# are the host's, so dependencies are not checked there.
R=$tmp/root
mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" \
    "$R/var/lib/dpkg/triggers"
: >"$R/var/lib/dpkg/status"
: >"$R/var/lib/dpkg/available"
if dpkg --root="$R" --force-depends --path-include='*' -i "$deb" \
    >"$tmp/dpkg.log" 2>&1; then
	t_ok "dpkg --root: installs"
else
	t_fail "dpkg --root: installs" "$(tail -10 "$tmp/dpkg.log")"
fi
S=$R/usr/bin/smtpx
t_check "installed smtpx --version is $version" \
    [ "$("$S" --version | sed -n 's/^smtpx \([^ ]*\).*/\1/p')" = "$version" ]
# The installed binary finds the installed catalogue (../share/locale).
out=$(LC_ALL=C.UTF-8 "$S" --lang ja --bogus 2>&1)
t_check "installed smtpx --lang ja speaks Japanese" has "$out" \
    "詳しくは 'smtpx --help' を見てください。"
mp=$(man -M "$R/usr/share/man" -w smtpx 2>&1)
t_check "man -w smtpx finds the installed page ($mp)" \
    [ "$mp" = "$R/usr/share/man/man1/smtpx.1.gz" ]
# A line-mode session against the lab; the message must arrive.
printf '%s\n' 'EHLO me' 'MAIL FROM:<a@example.org>' 'RCPT TO:<b@lab.test>' \
    'DATA' 'Subject: from the package' '' 'installed and working' '.' \
    '/lab inbox' 'QUIT' |
    timeout 60 "$S" --no-notes --lab --batch 25 >"$tmp/lab" 2>&1
rc=$?
if [ $rc = 0 ] && grep -qxF '* lab inbox: 1 message' "$tmp/lab" &&
    grep -qxF '* installed and working' "$tmp/lab"; then
	t_ok "installed smtpx: a line-mode session delivers to the lab"
else
	t_fail "installed smtpx: a line-mode session delivers to the lab" \
	    "status $rc" "$(tail -15 "$tmp/lab")"
fi
# Themes from the installed paths: with no user themes and the binary
# outside the source tree, the screen's list of themes can only have
# light and high-contrast from $R/usr/share/smtpx/themes.
mkdir "$tmp/home"
(sleep 2; printf '/quit\r'; sleep 2) |
    env -u XDG_CONFIG_HOME HOME="$tmp/home" TERM=xterm timeout 20 \
    script -qec "$S --theme nosuch --lab" /dev/null >"$tmp/screen" 2>&1
themes=$(grep -ao 'the themes are: [a-z, -]*' "$tmp/screen" | head -1)
t_check "installed smtpx finds its themes ($themes)" \
    [ "$themes" = "the themes are: default, high-contrast, light, mono" ]
r=$(comp "$R/usr/share/bash-completion/completions/smtpx" "$S" --theme "")
t_check "installed bash completion lists the installed themes" \
    has "$r" light high-contrast
if ls "$R"/usr/share/smtpx/lessons/*.lesson >/dev/null 2>&1; then
	l=$(ls "$R"/usr/share/smtpx/lessons/*.lesson | head -1)
	l=${l##*/}
	l=${l%.lesson}
	if printf '%s\n' "$opts" | grep -qx -- --lessons; then
		out=$(env -u XDG_CONFIG_HOME HOME="$tmp/home" "$S" --lessons 2>&1)
		t_check "installed smtpx finds its lessons ($l)" \
		    eval 'printf "%s\n" "$out" | grep -q -- "$l"'
	else
		skip "installed smtpx lists its lessons (no --lessons here)"
	fi
	if printf '%s\n' "$opts" | grep -qx -- --lesson; then
		r=$(comp "$R/usr/share/bash-completion/completions/smtpx" "$S" \
		    --lesson "")
		t_check "installed bash completion lists the lessons" \
		    has "$r" "$l"
	else
		skip "bash completion of --lesson (no --lesson here)"
	fi
else
	skip "lessons: this tree has none to install"
fi
if dpkg --root="$R" --purge smtpx >"$tmp/dpkg.log" 2>&1; then
	t_ok "dpkg --root: purges"
else
	t_fail "dpkg --root: purges" "$(tail -10 "$tmp/dpkg.log")"
fi
left=$(cd "$R" && find . -path ./var/lib/dpkg -prune -o ! -type d -print \
    -o -type d -path './usr*' -print)
if [ -z "$left" ]; then
	t_ok "nothing of the package is left"
else
	t_fail "nothing of the package is left" "$left"
fi
t_done
