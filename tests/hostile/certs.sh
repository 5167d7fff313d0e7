#!/bin/sh
# Make the hostile suite's certificates in DIR with the openssl command
# line (nothing is kept in the repository):
#   ca.crt            the test CA (what smtpx gets with --ca-file)
#   good.*            localhost / 127.0.0.1, issued by the CA
#   wrongname.*       wrong.example only, issued by the CA
#   self.*            localhost / 127.0.0.1, self-signed (untrusted)
#   expired.*         localhost / 127.0.0.1 by the CA, valid only in 2020
#   esc.*             self-signed; subject and SAN hold terminal escapes
#   badip.*           self-signed; an iPAddress SAN of 1 byte (malformed)
# Usage: certs.sh DIR
set -eu
d=$1
mkdir -p "$d"
cd "$d"
q() { "$@" >/dev/null 2>&1 || { echo "certs.sh: failed: $*" >&2; exit 1; }; }
key() { q openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key"; }

key ca
q openssl req -x509 -new -key ca.key -sha256 -days 30 -subj "/CN=smtpx hostile test CA" \
	-addext "basicConstraints=critical,CA:TRUE" \
	-addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.crt

# leaf NAME SAN [CA|self]
leaf() {
	key "$1"
	printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\n' "$2" >"$1.ext"
	if [ "$3" = self ]; then
		q openssl req -x509 -new -key "$1.key" -sha256 -days 30 \
			-subj "/CN=$1" -addext "subjectAltName=$2" -out "$1.crt"
	else
		q openssl req -new -key "$1.key" -subj "/CN=$1" -out "$1.csr"
		q openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key \
			-CAcreateserial -days 30 -sha256 -extfile "$1.ext" -out "$1.crt"
	fi
}
leaf good "DNS:localhost,IP:127.0.0.1" ca
leaf wrongname "DNS:wrong.example" ca
leaf self "DNS:localhost,IP:127.0.0.1" self

# Expired: openssl ca takes explicit start and end dates in the past.
key expired
q openssl req -new -key expired.key -subj "/CN=expired" -out expired.csr
mkdir -p ca.db
: >ca.db/index.txt
echo 1000 >ca.db/serial
cat >ca.cnf <<CNF
[ ca ]
default_ca = test
[ test ]
dir = ./ca.db
database = ./ca.db/index.txt
serial = ./ca.db/serial
new_certs_dir = ./ca.db
certificate = ./ca.crt
private_key = ./ca.key
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
x509_extensions = leafext
[ any ]
commonName = supplied
[ leafext ]
basicConstraints = CA:FALSE
subjectAltName = DNS:localhost,IP:127.0.0.1
CNF
q openssl ca -batch -config ca.cnf -notext -startdate 20200101000000Z \
	-enddate 20200201000000Z -in expired.csr -out expired.crt

# Hostile strings in the subject and a DNS SAN: ESC [2J, OSC 0 title,
# OSC 52 clipboard, a UTF-8 C1 CSI, CR LF and a forged client line.
key esc
esc=$(printf '\033[2J\033]0;pwned\007\302\233\033]52;c;cHduZWQ=\007\r\nC: AUTH PLAIN x')
q openssl req -x509 -new -key esc.key -sha256 -days 30 -utf8 \
	-subj "/CN=evil $esc end/O=o" \
	-addext "subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:x$(printf '\033')[31mred.example" \
	-out esc.crt

# A SAN iPAddress must be 4 or 16 bytes; this one has 1 (DER by hand:
# SEQUENCE { [2] "example.org", [7] ff }).
key badip
q openssl req -x509 -new -key badip.key -sha256 -days 30 -subj "/CN=badip" \
	-addext "subjectAltName=DER:3010820B6578616D706C652E6F72678701FF" \
	-out badip.crt
echo ok
