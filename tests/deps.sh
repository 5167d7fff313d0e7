#!/bin/sh
# Make sure the Debian packages smtpx needs are present. (postfix also
# brings smtp-source, the load generator tests/lab runs.)
#   deps.sh build   what building ./smtpx needs
#   deps.sh test    that plus what `make check` needs (cmocka, tmux, the
#                   real peers Postfix and Dovecot, swaks and the Perl TLS
#                   module its STARTTLS needs, dnsmasq-base for the test
#                   DNS server: the binary only, no system service,
#                   dante-server for the SOCKS5 proxy of tests/proxy:
#                   its service is never started, see below) and the
#                   package tools
#   deps.sh package what make deb and tests/package need: debhelper,
#                   dpkg-dev, fakeroot, lintian, man-db, git, zsh
# As root, missing packages are installed with apt-get without prompts and
# without starting the system's own mail daemons. Otherwise the exact
# apt-get line is printed and the script fails.
set -u
build="gcc make pkg-config gettext libncurses-dev libreadline-dev libssl-dev libjansson-dev libc-ares-dev openssl"
package="debhelper dpkg-dev fakeroot lintian man-db git zsh bsdutils libcmocka-dev"
test="libcmocka-dev tmux python3 dnsmasq-base postfix dovecot-core swaks libnet-ssleay-perl dante-server clang libclang-rt-14-dev procps time"
case "${1:-build}" in
build) want=$build ;;
test) want="$build $test $package" ;;
package) want="$build $package" ;;
*) echo "usage: deps.sh build|test|package" >&2; exit 2 ;;
esac

missing=
for p in $want; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
	echo "smtpx: missing packages:$missing" >&2
	echo "install them with:  sudo apt-get install$missing" >&2
	exit 1
fi

echo "smtpx: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# Postfix asks which mail setup to use; "No configuration" leaves /etc alone.
echo "postfix postfix/main_mailer_type select No configuration" |
	debconf-set-selections
# Keep packages from starting system daemons during install; the tests run
# private instances of their own.
made_policy=
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
	made_policy=1
fi
status=0
apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing \
	>/tmp/smtpx-apt.log 2>&1 || status=$?
[ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
if [ $status != 0 ]; then
	tail -20 /tmp/smtpx-apt.log >&2
	echo "smtpx: apt-get install failed (status $status)" >&2
	exit 1
fi
exit 0
