/*
 * The words of the notes: one template per note id, a whole sentence
 * with positional placeholders ("{1}", a translation may reorder them)
 * and action placeholders ("{@starttls}") that the front end fills with
 * its own words for that action, so core names no command of the screen.
 * A template with a plural form is chosen by count (ngettext). Texts are
 * marked N_() for xgettext; they are translated where they are rendered,
 * never here. This file also keeps the serialised form of a note (see
 * notes.h) and the references to table texts ("esc.what:7.1"), so a
 * transcript can be rendered again from its ids.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "notes.h"
#include "notes_tables.h"
#include "smtpcmd.h"

#define N_(s)	(s)

struct notes_msg {
	const char	*id;
	const char	*text;		/* singular, or the only form */
	const char	*plural;	/* or NULL */
};

static const struct notes_msg notes_msgs[] = {
	/* SASL mechanisms */
	{ "auth.mechs", N_("AUTH mechanisms: {1}"), NULL },
	{ "auth.mechs.none",
	    N_("AUTH lists no mechanisms: the server offers no way to log in"),
	    NULL },
	{ "explain.auth", N_("AUTH mechanisms: SCRAM-SHA-256 preferred, "
	    "XOAUTH2/OAUTHBEARER tokens, PLAIN/LOGIN need TLS, CRAM-MD5 "
	    "obsolete"), NULL },
	{ "explain.mech", N_("{1}: a SASL mechanism for AUTH; {2}"), NULL },

	/* EHLO keywords */
	{ "ext", N_("{1}: {2} ({3})"), NULL },
	{ "ext.auth-old", N_("{1}: the old pre-standard form of AUTH, for old "
	    "clients; same logins as AUTH"), NULL },
	{ "ext.masked", N_("{1}: a keyword masked by a firewall (Cisco ESMTP "
	    "inspection); often it was STARTTLS"), NULL },
	{ "ext.private", N_("{1}: a private extension (keywords starting with "
	    "X are unregistered, RFC 5321 2.2.2)"), NULL },
	{ "ext.unknown", N_("{1}: not an extension smtpx knows (not in the "
	    "IANA registry it was built with)"), NULL },
	{ "ext.size", N_("{1}: messages up to {2}; declare SIZE=n on MAIL "
	    "FROM ({3})"), NULL },
	{ "ext.size.none", N_("{1}: SIZE=n may be declared on MAIL FROM; no "
	    "limit is announced ({2})"), NULL },
	{ "ext.deliverby", N_("{1}: {2}; shortest BY time {3} s ({4})"),
	    NULL },
	{ "ext.future", N_("{1}: {2}; hold at most {3} s ({4})"), NULL },
	{ "ext.future.until",
	    N_("{1}: {2}; hold at most {3} s, until {4} ({5})"), NULL },
	{ "ext.limits", N_("{1}: {2}{3} ({4})"), NULL },

	/* enhanced status codes */
	{ "esc.known", N_("{1} in general: {2} ({3})"), NULL },
	{ "esc.full", N_("{1} {2} ({3}): {4}"), NULL },
	{ "esc.name", N_("its name in the registry: \"{1}\""), NULL },
	{ "esc.short", N_("{1}: {2} ({3})"), NULL },
	{ "esc.other", N_("{1}: {2} ({3})"), NULL },
	/* x.y.0, the registry's "other or undefined": said plainly. */
	{ "esc.short.none", N_("{1}: success, with no more detail ({2})"),
	    NULL },
	{ "esc.short.subject",
	    N_("{1}: success, about {2}, with no more detail ({3})"), NULL },
	{ "esc.known.none", N_("{1}: no more detail than success or failure "
	"({2})"), NULL },
	{ "esc.known.subject", N_("{1}: about {2}, with no more detail "
	    "({3})"), NULL },
	{ "esc.same", N_("{1}: the enhanced code says the same ({2})"),
	    NULL },
	/* Beside the known message written for this very code (N4). */
	{ "esc.cause", N_("{1}: the enhanced code for the cause said below "
	    "({2})"), NULL },
	{ "esc.own", N_("{1}: the server's own code, not in the IANA registry "
	"(x.{2}.x, {3})"), NULL },
	{ "esc.unreg.other", N_("{1}: not in the IANA registry; {2}"), NULL },
	{ "esc.unreg",
	    N_("{1}: not in the IANA registry; {2}; class {3}, {4}"), NULL },
	{ "esc.unreg.subject", N_("{1}: not in the IANA registry, and subject "
	    "{2} is undefined (RFC 3463 has 0 to 7); class {3}, {4}"), NULL },
	{ "esc.where.start", N_("{1}: the enhanced code, found at the start "
	    "of line {2}, not of the first"), NULL },
	{ "esc.where.hash", N_("{1}: the enhanced code, found in the text in "
	    "qmail's form (#{1})"), NULL },
	{ "esc.where.hash.line", N_("{1}: the enhanced code, found in the "
	    "text on line {2} in qmail's form (#{1})"), NULL },
	{ "esc.where.tag",
	    N_("{1}: the enhanced code, found after the tag \"{2}\""), NULL },
	{ "esc.where.tag.line", N_("{1}: the enhanced code, found on line {3} "
	    "after the tag \"{2}\""), NULL },
	{ "esc.class", N_("{1}.x.x: {2}"), NULL },
	{ "mixed", N_("mixed signals: {1} means {2}, but {3} means {4}; "
	    "clients go by the 3-digit code"), NULL },
	{ "mixed.explain", N_("mixed signals: {1} and {2} are of different "
	    "classes; clients go by the 3-digit code"), NULL },

	/* basic codes */
	{ "code.bad", N_("{1}: not an SMTP reply code (the first digit is 2 "
	    "to 5)"), NULL },
	{ "code.nonstd", N_("{1}: not a standard code (middle digit above 5), "
	"so only its first digit counts ({2})"), NULL },
	{ "code.cmd", N_("{1} {2}: {3}"), NULL },
	/* The code and its class only: the cause said below says what it
	   means here (N6). */
	{ "code.class", N_("{1} {2}"), NULL },
	{ "code", N_("{1} {2}: {3} ({4})"), NULL },
	{ "code.loose", N_("{1} {2}: the standard's words are \"{3}\" "
	    "({4}); servers send it for other causes too"), NULL },
	{ "code.digits", N_("{1}: no standard meaning; by its digits, a {3} "
	    "({2}xx), {4}"), NULL },
	{ "code.text-disagrees", N_("{1}: a code of success, yet the text "
	    "reports a problem; the words below say which"), NULL },
	{ "class", N_("{1}xx: {2}"), NULL },
	{ "known.cause", N_("{1}: {2}"), NULL },
	{ "known.todo", N_("what to do: {1}"), NULL },
	{ "known.anon", N_("this wording usually means: {1}"), NULL },
	{ "known.lab", N_("smtpx lab: {1}"), NULL },
	{ "explain.phrase", N_("recognised by the words \"{1}\" in the "
	    "text"), NULL },
	{ "explain.who", N_("{1} is named because the text contains "
	    "\"{2}\""), NULL },
	{ "explain.who.none", N_("the wording is one {1} uses, but nothing in "
	    "the text shows who sent it, so no one is named"), NULL },
	{ "rule.probe-quoted", N_("this server asked the address's own mail "
	    "server and quotes its answer: the code inside is that server's; "
	    "{1} is this server's, and the one that counts"), NULL },
	{ "rule.quoted-hop", N_("this refused the mail server that passed "
	    "your message on, not you: a login or STARTTLS of yours changes "
	    "nothing; that server's admin must act"), NULL },
	{ "explain.quoted", N_("the pasted text quotes a server's reply, "
	    "explained below: \"{1}\""), NULL },
	{ "explain.quoted.cmd", N_("the pasted text quotes a server's reply "
	    "to {2}, explained below: \"{1}\""), NULL },
	{ "explain.quoted.dot", N_("the pasted text quotes a server's reply "
	    "to the message's end (the final \".\"), explained below: "
	    "\"{1}\""), NULL },
	{ "explain.esc-text", N_("no 3-digit reply code was given: the words are "
	    "read as a {1} reply, the enhanced code's class"), NULL },
	{ "lab.greeting", N_("smtpx lab: smtpx's own practice server, not a "
	    "real provider; its personality (in brackets) sets its rules"),
	    NULL },
	{ "esc.loose", N_("{1} {2} ({3}): servers use this code for more than "
	"one cause, so the code alone does not say which"), NULL },

	/* AUTH challenges */
	{ "auth.chal.empty", N_("334 with no challenge: send your first "
	    "response, e.g. PLAIN's base64 of \\0user\\0password"), NULL },
	{ "auth.chal.bad", N_("the challenge is not valid base64"), NULL },
	{ "auth.chal.text", N_("challenge decoded: \"{1}\""), NULL },
	{ "auth.chal.binary", N_("challenge decoded: {1} byte of binary data "
	    "(normal for some mechanisms)"), N_("challenge decoded: {1} bytes "
	    "of binary data (normal for some mechanisms)") },

	/* EHLO replies */
	{ "ehlo.none", N_("the server lists no extensions: plain SMTP only"),
	    NULL },
	{ "ehlo.offers", N_("the server offers {1} extension: {2}"),
	    N_("the server offers {1} extensions: {2}") },
	{ "ehlo.auth-appeared", N_("since the last EHLO, AUTH appeared: {1}"),
	    NULL },
	{ "ehlo.auth-appeared.tls", N_("after STARTTLS, AUTH appeared: {1}"),
	    NULL },
	{ "ehlo.new", N_("since the last EHLO, new: {1}"), NULL },
	{ "ehlo.new.tls", N_("after STARTTLS, new: {1}"), NULL },
	{ "ehlo.gone", N_("since the last EHLO, gone: {1}"), NULL },
	{ "ehlo.gone.tls", N_("after STARTTLS, gone: {1} (TLS is on now)"),
	    NULL },
	{ "ehlo.mechs-changed", N_("since the last EHLO, AUTH mechanisms "
	    "changed: new {1}; gone {2}"), NULL },
	{ "ehlo.mechs-changed.tls", N_("after STARTTLS, AUTH mechanisms "
	    "changed: new {1}; gone {2}"), NULL },
	{ "ehlo.size-changed",
	    N_("since the last EHLO, SIZE limit changed: {1} -> {2}"), NULL },
	{ "ehlo.size-changed.tls",
	    N_("after STARTTLS, SIZE limit changed: {1} -> {2}"), NULL },
	{ "ehlo.same", N_("since the last EHLO, nothing changed in the offer"),
	    NULL },
	{ "ehlo.same.tls", N_("after STARTTLS, nothing changed in the offer"),
	    NULL },
	{ "ehlo.no-auth-25", N_("no AUTH: normal on port 25 (relay between "
	    "servers); mail clients log in on 587 or 465"), NULL },
	{ "ehlo.no-auth-yet", N_("no AUTH yet: many servers offer AUTH only "
	    "after STARTTLS; {@starttls}, then EHLO again"), NULL },
	{ "ehlo.no-auth", N_("no AUTH offered: you cannot log in here; check "
	    "the host and port for submission"), NULL },
	{ "ehlo.auth-clear", N_("AUTH offered in clear: PLAIN or LOGIN here "
	    "would send the password readable; {@starttls} first"), NULL },
	{ "ehlo.no-starttls-25", N_("no STARTTLS: mail on this hop would "
	    "cross the network unencrypted"), NULL },
	{ "ehlo.no-starttls", N_("no STARTTLS: this connection cannot be "
	    "encrypted; send no password over it"), NULL },

	/* hints from the context */
	{ "rule.relay-25", N_("port 25 is for mail between servers: to send "
	    "as a user, use port 587 with {@starttls} and {@auth}"), NULL },
	{ "rule.relay-login", N_("you are not logged in; {@auth} first (on 587 "
	"after {@starttls}), then MAIL FROM again"), NULL },
	{ "rule.relay-login-tls", N_("you are not logged in; {@auth} first "
	    "(TLS is on now: no {@starttls} needed), then MAIL FROM again"), NULL },
	{ "rule.auth-tls", N_("log in with {@auth} (TLS is on now: no "
	    "{@starttls} needed), then give MAIL FROM again"), NULL },
	{ "rule.relay-logged-in", N_("you are logged in, yet relaying is "
	    "refused: this account may not send from that address or to that "
	    "domain"), NULL },
	{ "rule.relay-any", N_("a client that did not log in must {@auth} "
	    "first (on 587 after {@starttls}); one that did may not send from "
	    "that address or to that domain"), NULL },
	{ "rule.tls-again", N_("TLS is on already, yet the server asks for "
	    "it: send EHLO again after the handshake"), NULL },
	{ "rule.tls-again-ehlo", N_("TLS is on and EHLO was said over it, yet "
	    "the server asks for TLS; ask its admin what it expects"), NULL },
	{ "rule.starttls", N_("type {@starttls}, then EHLO again: the server "
	    "wants TLS first"), NULL },
	{ "rule.auth-reset", N_("you logged in, yet the server asks for it: a "
	    "STARTTLS or EHLO after AUTH may have reset the login"), NULL },
	{ "rule.auth-25", N_("port 25 seldom offers logins: to send as a "
	    "user, use port 587 (or 465) with {@auth}"), NULL },
	{ "rule.auth-no-tls", N_("no TLS yet: most servers offer AUTH only "
	    "after {@starttls}"), NULL },
	{ "rule.auth-any", N_("log in with {@auth} before MAIL FROM (on 587 "
	    "after {@starttls}; on 465 TLS is on from the start)"), NULL },
	{ "rule.noauth-25", N_("AUTH is not expected on port 25 (relay): mail "
	    "clients log in on 587 or 465"), NULL },
	{ "rule.noauth-starttls", N_("AUTH often appears only after STARTTLS: "
	    "{@starttls}, EHLO again, then {@auth}"), NULL },
	{ "rule.login-clear", N_("this login ran without TLS: with PLAIN or "
	    "LOGIN the password crossed the network readable"), NULL },
	{ "rule.starttls-4xx", N_("TLS cannot start now: send no password over "
	    "this connection; retry later"), NULL },
	{ "rule.access-login", N_("you did not log in, and this server "
	    "offers AUTH: {@auth} first, then try again"), NULL },
	{ "rule.access-submission", N_("on a submission port this is the "
	    "usual refusal of a client that has not logged in: {@auth} first"),
	    NULL },
	{ "rule.access-rcpt", N_("a rule of this server refuses this "
	    "recipient from you (its access table or restrictions); no login "
	    "lifts it here: ask the recipient or its postmaster"), NULL },
	{ "rule.access-25", N_("on port 25 this server refuses your IP "
	    "address or host itself; a login does not lift it: ask the "
	    "receiver's admin, or send through your provider's server"),
	    NULL },
	{ "rule.tls-reset", N_("STARTTLS ended the transaction begun before "
	    "it (RFC 3207); give MAIL FROM and RCPT TO again, then DATA"), NULL },
	{ "rule.tls-on-go", N_("go on with MAIL FROM (EHLO over TLS is done "
	    "already)"), NULL },
	{ "rule.tls-on-tx", N_("go on with RCPT TO and DATA (the "
	    "transaction is still open)"), NULL },
	{ "rule.tls-on-login", N_("log in with {@auth}, then MAIL FROM (EHLO "
	    "over TLS is done already)"), NULL },
	{ "text.mentions", N_("servers give this code for many reasons; "
	    "this one's text mentions: {1}"), NULL },
	{ "text.link", N_("the server's text links to {1}"), NULL },
	{ "rule.greeting-421", N_("the server turns you away at once: too "
	    "many connections, or your address is blocked"), NULL },

	/* events */
	{ "port.other", N_("port {1}: not a standard mail port; SMTP uses 25, "
	    "587 and 465"), NULL },
	{ "port.465-plain", N_("port 465 expects TLS from the first byte: if "
	    "no greeting comes, reconnect with {@tls}"), NULL },
	{ "port.tls-unusual", N_("TLS from the start is unusual on port {1}: "
	    "the norm here is plaintext, then {@starttls}"), NULL },
	{ "connect.timeout-25", N_("no answer on port 25: many ISPs and "
	    "clouds block outgoing port 25 (OP25B) against spam"), NULL },
	{ "connect.timeout-25.todo", N_("to send as a user, submit on 587 (or "
	    "465) with AUTH; to test a server, use a network that allows 25"),
	    NULL },
	{ "connect.timeout", N_("no answer on port {1}: a firewall drops the "
	    "packets, or the host is down"), NULL },
	{ "connect.refused", N_("port {1} refused: nothing listens there (or a "
	    "firewall rejects); check the host and port"), NULL },
	{ "connect.refused-465", N_("this server may not offer implicit TLS: "
	    "try 587 and {@starttls}"), NULL },
	{ "connect.refused-587",
	    N_("try 465 with {@tls}, the other submission port"), NULL },
	{ "connect.refused-25", N_("a host that receives mail listens on 25; "
	    "is this the domain's MX host?"), NULL },
	{ "greeting.tls", N_("TLS is up but no greeting came: a slow server, "
	    "or not SMTP on this port"), NULL },
	{ "greeting.465", N_("connected, but no greeting: port 465 wants TLS "
	    "from the first byte; reconnect with {@tls}"), NULL },
	{ "greeting.none", N_("connected, but no greeting: maybe the port "
	    "wants implicit TLS; try {@tls} or port 465"), NULL },
	{ "greeting.25", N_("some servers on port 25 delay the greeting on "
	    "purpose against spam: waiting may help"), NULL },
	/* A slow reply (NOTES_SLOW_MS); {1} is seconds, such as "6.2". */
	{ "slow.greeting", N_("the greeting took {1} s: servers hold it back "
	    "on purpose, to catch clients that talk first (spam software "
	    "does) or to slow suspected spammers down (tarpitting), or they "
	    "look up your address in DNS and block lists first"), NULL },
	{ "slow.mail", N_("this reply took {1} s: the server may be checking "
	    "the sender's domain in DNS (SPF, its MX), or slowing a suspected "
	    "spammer down on purpose (tarpitting)"), NULL },
	{ "slow.rcpt", N_("this reply took {1} s: the server may be asking "
	    "the next server whether the recipient exists (a callout), "
	    "greylisting, or slowing a suspected spammer down on purpose "
	    "(tarpitting)"), NULL },
	{ "slow.dot", N_("this reply took {1} s: servers scan the message "
	    "(spam and virus filters) before they answer; a client should "
	    "wait up to 10 minutes here (RFC 5321 4.5.3.2)"), NULL },
	{ "slow.other", N_("this reply took {1} s: a busy server, DNS lookups "
	    "on its side (your reverse DNS, block lists), or slowing on "
	    "purpose (tarpitting)"), NULL },
	{ "tls.plaintext", N_("the server answered in plaintext, not TLS: this "
	    "port speaks plaintext"), NULL },
	{ "tls.plaintext.todo", N_("try STARTTLS: connect without {@tls} and "
	    "type {@starttls} after EHLO, or use port 587"), NULL },
	{ "tls.plaintext.todo-587", N_("try STARTTLS: connect without {@tls} "
	    "and type {@starttls} after EHLO"), NULL },
	{ "tls.old", N_("the server speaks only TLS 1.1 or older, which RFC "
	    "8996 retired: smtpx offers TLS 1.2 and 1.3, so no TLS was "
	    "agreed"), NULL },
	{ "tls.old.todo", N_("the server's TLS needs updating; until it is, "
	    "nothing sent to it can be protected by current TLS"), NULL },
	{ "auth.clear", N_("AUTH in clear: PLAIN and LOGIN send the password "
	    "readable on the path (base64 is no encryption)"), NULL },
	{ "auth.clear.todo",
	    N_("use {@starttls} first, or port 465 with {@tls}"), NULL },
	{ "event.none", N_("no note for this event"), NULL },

	/* /explain */
	{ "explain.empty", N_("nothing to explain: give a code (550), an "
	    "enhanced code (5.7.1) or a keyword (PIPELINING)"), NULL },
	{ "explain.unknown", N_("cannot explain \"{1}\": try 550, 5.7.1, "
	    "\"550 5.7.1\" or a keyword like PIPELINING"), NULL },

	/* decoded AUTH exchanges (shown even with notes off) */
	{ "decoded.sent", N_("sent: {1}"), NULL },
	{ "decoded.challenge", N_("challenge: {1}"), NULL },
	{ "decoded.challenge.empty", N_("challenge: (empty)"), NULL },
	{ "decoded.challenge.bad", N_("challenge is not valid base64"), NULL },
	{ "decoded.initial-long", N_("the initial response is too long for "
	    "the AUTH line; it follows the server's 334"), NULL },

	/* certificate advice (tls_advice) */
	{ "cert.name", N_("the certificate holds {1}; you asked for {2}, "
	    "which is not among them"), NULL },
	{ "cert.ip", N_("the certificate holds {1}; you asked for the address "
	    "{2}, which is not among them"), NULL },
	{ "cert.name.todo", N_("connect by one of those names, or give one "
	    "with {@servername}; to look anyway: {@insecure}"), NULL },
	{ "cert.self-signed", N_("the certificate is self-signed (issuer {1}): "
	    "nothing this computer trusts vouches for it"), NULL },
	{ "cert.self-signed.todo", N_("if it is yours or your private CA's, "
	    "trust it with {@ca-file}; to look anyway: {@insecure}"), NULL },
	{ "cert.issuer", N_("the issuer {1} is not a CA this computer trusts, "
	    "or the server did not send the intermediate certificate"), NULL },
	{ "cert.issuer.todo", N_("for a private CA give its certificate with "
	    "{@ca-file}; a public server must send its intermediates; to look "
	    "anyway: {@insecure}"), NULL },
	{ "cert.expired", N_("the certificate expired on {1}"), NULL },
	{ "cert.expired.todo", N_("the server's certificate must be renewed "
	    "(check this computer's clock too); to look anyway: {@insecure}"),
	    NULL },
	{ "cert.not-yet", N_("the certificate is not valid before {1}"),
	    NULL },
	{ "cert.not-yet.todo", N_("check this computer's clock and the "
	    "server's; to look anyway: {@insecure}"), NULL },
	{ "cert.none", N_("the server sent no certificate, so nothing proves "
	    "who it is"), NULL },
	{ "cert.none.todo", N_("to look anyway: {@insecure}"), NULL },
	{ "cert.other", N_("verification failed: {1}"), NULL },
	{ "cert.other.todo", N_("for a private CA give its certificate with "
	    "{@ca-file}; to look anyway: {@insecure}"), NULL },

	/* A message file looked at before it is sent (core/msglint.c) */
	{ "lint.nul", N_("a NUL byte at offset {1} (line {2}): SMTP does not "
	    "allow NUL in a message (RFC 5321 4.1.1.4), so smtpx will not "
	    "send this file"), NULL },
	{ "lint.no-blank", N_("line {1} is neither a header nor the blank "
	    "line that ends the headers: the header block ends there without "
	    "its blank line (RFC 5322 2.1), so that line starts the body, or "
	    "a server takes it for a broken header"), NULL },
	{ "lint.missing", N_("the message has no {1} header, which RFC 5322 "
	    "3.6 requires of every message; many servers refuse it or add "
	    "one of their own"), NULL },
	{ "lint.no-msgid", N_("the message has no Message-ID header: RFC 5322 "
	    "3.6.4 says every message should have one; servers may add their "
	    "own, and spam filters count it missing"), NULL },
	{ "lint.bare-lf", N_("{1} line ends in a bare LF (line {2}): SMTP "
	    "wants CRLF (RFC 5321 2.3.8); DATA makes it CRLF, BDAT sends it as "
	    "it is, and some servers refuse bare LF"),
	    N_("{1} lines end in a bare LF (the first is line {2}): SMTP "
	    "wants CRLF (RFC 5321 2.3.8); DATA makes them CRLF, BDAT sends "
	    "them as they are, and some servers refuse bare LF") },
	{ "lint.bare-cr", N_("{1} bare CR not followed by LF (line {2}): SMTP "
	    "allows CR only before LF (RFC 5321 2.3.8); DATA makes it a line "
	    "end, BDAT sends it as it is"),
	    N_("{1} bare CRs not followed by LF (the first on line {2}): SMTP "
	    "allows CR only before LF (RFC 5321 2.3.8); DATA makes them line "
	    "ends, BDAT sends them as they are") },
	{ "lint.long", N_("{1} line is longer than 998 octets (line {2}, {3} "
	    "octets): RFC 5322 2.1.1 and RFC 5321 4.5.3.1.6 allow 998 plus "
	    "CRLF; a server may refuse the message or break the line"),
	    N_("{1} lines are longer than 998 octets (the first is line {2}, "
	    "the longest {3} octets): RFC 5322 2.1.1 and RFC 5321 4.5.3.1.6 "
	    "allow 998 plus CRLF; a server may refuse the message or break "
	    "the lines") },
	{ "lint.header-8bit", N_("a header holds raw non-ASCII bytes (line "
	    "{1}): encode it as RFC 2047 encoded-words, or send it only where "
	    "the server offers SMTPUTF8 and MAIL FROM uses it (RFC 6532)"),
	    NULL },
	{ "lint.8bit", N_("{1} byte has the high bit set (line {2}), but the "
	    "server offered neither 8BITMIME nor SMTPUTF8: to it a message "
	    "must be 7-bit ASCII (RFC 6152); encode the part as base64 or "
	    "quoted-printable"),
	    N_("{1} bytes have the high bit set (the first on line {2}), but "
	    "the server offered neither 8BITMIME nor SMTPUTF8: to it a "
	    "message must be 7-bit ASCII (RFC 6152); encode the parts as "
	    "base64 or quoted-printable") },
	{ "lint.8bit.unknown", N_("{1} byte has the high bit set (line {2}): "
	    "send it only to a server that offers 8BITMIME (with "
	    "BODY=8BITMIME on MAIL FROM, RFC 6152) or SMTPUTF8 (RFC 6531)"),
	    N_("{1} bytes have the high bit set (the first on line {2}): send "
	    "them only to a server that offers 8BITMIME (with BODY=8BITMIME "
	    "on MAIL FROM, RFC 6152) or SMTPUTF8 (RFC 6531)") },
	/* Pipelining (RFC 2920) */
	{ "pipe.not-offered", N_("the server did not offer PIPELINING (RFC "
	    "2920); the group goes in one write anyway, and a server that "
	    "reads one command at a time may lose the rest or fall out of "
	    "step"), NULL },
	{ "pipe.misfit", N_("{1} cannot answer {2}: replies come in order, "
	    "one per command, so the server is out of step (it answered one "
	    "command twice, or skipped one) and the replies after this may "
	    "belong to other commands"), NULL },
	{ "pipe.early", N_("this reply came when no command was waiting for "
	    "one: the server spoke out of turn (before it was asked, or twice "
	    "to one command), so replies can no longer be paired with "
	    "commands. Its mirror image, a client that talks before the "
	    "greeting or before its replies, is what Postfix logs as "
	    "\"improper command pipelining\""), NULL },
};

/* Words that table texts and notes refer to as "word:NAME". */
static const struct notes_msg notes_words[] = {
	{ "none", N_("none"), NULL },
	{ "success", N_("success"), NULL },
	{ "temporary", N_("temporary failure"), NULL },
	{ "permanent", N_("permanent failure"), NULL },
	{ "no class", N_("no class"), NULL },
	{ "undefined subject", N_("undefined subject"), NULL },
};

static const char *notes_param_template(const char *);
static const char *notes_read_template(const char *);

const char *
notes_template(const char *id, const char **plural)
{
	size_t	 i;

	if (plural != NULL)
		*plural = NULL;
	if (id == NULL)
		return NULL;
	if (strchr(id, ':') != NULL)
		return notes_text(id);
	if (strncmp(id, "param.", 6) == 0)
		return notes_param_template(id);
	if (strncmp(id, "read.", 5) == 0)
		return notes_read_template(id);
	for (i = 0; i < sizeof notes_msgs / sizeof notes_msgs[0]; i++)
		if (strcmp(notes_msgs[i].id, id) == 0) {
			if (plural != NULL)
				*plural = notes_msgs[i].plural;
			return notes_msgs[i].text;
		}
	return NULL;
}

/* A digit 0-9 from the whole string s, or -1. */
static int
notes_digit(const char *s)
{
	return s[0] >= '0' && s[0] <= '9' && s[1] == '\0' ? s[0] - '0' : -1;
}

/* "7.1" into subject and detail; 0 or -1. */
static int
notes_sd(const char *s, int *subject, int *detail)
{
	char	*end;
	long	 a, b;

	a = strtol(s, &end, 10);
	if (end == s || *end != '.' || a < 0 || a > 999)
		return -1;
	s = end + 1;
	b = strtol(s, &end, 10);
	if (end == s || *end != '\0' || b < 0 || b > 999)
		return -1;
	*subject = (int)a;
	*detail = (int)b;
	return 0;
}

static const char *
notes_text_code(const char *key)
{
	const struct notes_code_verb	*cv;
	const struct notes_code		*c;
	const char			*colon;
	char				*end;
	long				 code;
	size_t				 i;

	code = strtol(key, &end, 10);
	if (end == key)
		return NULL;
	if (*end == '\0')
		return (c = notes_code_find((int)code)) ? c->what : NULL;
	if (*end != ':')
		return NULL;
	colon = end + 1;
	for (i = 0; i < notes_ncode_verbs; i++) {
		cv = &notes_code_verbs[i];
		if (cv->code == code &&
		    strcmp(smtpcmd_name(cv->cmd), colon) == 0)
			return cv->what;
	}
	return NULL;
}

static const char *
notes_text_known(const char *part, const char *id)
{
	size_t	 i;

	for (i = 0; i < notes_nknowns; i++) {
		if (strcmp(notes_knowns[i].id, id) != 0)
			continue;
		if (strcmp(part, "who") == 0)
			return notes_knowns[i].who;
		if (strcmp(part, "cause") == 0)
			return notes_knowns[i].cause;
		return notes_knowns[i].todo;
	}
	return NULL;
}

const char *
notes_text(const char *ref)
{
	const struct notes_code	*c;
	const struct notes_esc	*e;
	const struct notes_ext	*x;
	const struct notes_mech	*m;
	const struct notes_port	*p;
	const char		*key;
	char			 kind[24];
	size_t			 n, i;
	int			 d, s, dt;

	if (ref == NULL || (key = strchr(ref, ':')) == NULL ||
	    (n = (size_t)(key - ref)) >= sizeof kind)
		return NULL;
	memcpy(kind, ref, n);
	kind[n] = '\0';
	key++;
	d = notes_digit(key);

	if (strcmp(kind, "code") == 0)
		return notes_text_code(key);
	if (strcmp(kind, "code.cmd") == 0)
		return notes_text_code(key);
	if (strcmp(kind, "code.after") == 0)
		return (c = notes_code_cmd_find(atoi(key))) ? c->what : NULL;
	if (strcmp(kind, "code.tls") == 0)
		return (c = notes_code_tls_find(atoi(key))) ? c->what : NULL;
	if (strcmp(kind, "code.tlsreq") == 0)
		return (c = notes_code_tlsreq_find(atoi(key))) ? c->what : NULL;
	if (strcmp(kind, "class.word") == 0 && d >= 0)
		return notes_class_word[d] ? notes_class_word[d] :
		    notes_text("word:no class");
	if (strcmp(kind, "class.what") == 0 && d >= 0)
		return notes_class_what[d];
	if (strcmp(kind, "digit2") == 0 && d >= 0)
		return notes_digit2_what[d];
	if (strcmp(kind, "esc.class.what") == 0 && d >= 0)
		return notes_esc_class_what[d];
	if (strcmp(kind, "esc.subject.what") == 0)
		return d >= 0 && d <= 7 ? notes_esc_subject_what[d] : NULL;
	if (strcmp(kind, "esc.subject.word") == 0)
		return d >= 0 && d <= 7 ? notes_esc_subject_word[d] :
		    notes_text("word:undefined subject");
	if ((strcmp(kind, "esc.title") == 0 || strcmp(kind, "esc.what") == 0)
	    && notes_sd(key, &s, &dt) == 0 &&
	    (e = notes_esc_find(s, dt)) != NULL)
		return kind[4] == 't' ? e->title : e->what;
	if (strcmp(kind, "ext") == 0)
		return (x = notes_ext_find(key)) ? x->what : NULL;
	if (strcmp(kind, "mech") == 0)
		return (m = notes_mech_find(key)) ? m->what : NULL;
	if (strncmp(kind, "port.", 5) == 0 &&
	    (p = notes_port_find(atoi(key))) != NULL)
		return strcmp(kind, "port.what") == 0 ? p->what :
		    strcmp(kind, "port.more") == 0 ? p->more : NULL;
	if (strncmp(kind, "known.", 6) == 0)
		return notes_text_known(kind + 6, key);
	if (strcmp(kind, "read") == 0)
		return notes_read_template(key);
	if (strcmp(kind, "word") == 0) {
		for (i = 0; i < sizeof notes_words / sizeof notes_words[0];
		    i++)
			if (strcmp(notes_words[i].id, key) == 0)
				return notes_words[i].text;
		return NULL;
	}
	return NULL;
}

int
notes_serialise(const struct note *nt, struct buf *out)
{
	const char	*p;
	int		 i;

	if (buf_addch(out, NOTES_SER_MARK) == -1 ||
	    buf_addstr(out, nt->id) == -1)
		return -1;
	for (i = 0; i < nt->nargs && i < NOTE_ARGS_MAX; i++) {
		if (buf_addch(out, NOTES_SER_SEP) == -1 ||
		    buf_addch(out, nt->a[i].type) == -1)
			return -1;
		/* No control byte in a value (data: no separator), so the
		   separators stay unique. */
		for (p = nt->a[i].s; *p != '\0'; p++)
			if (buf_addch(out, nt->a[i].type == NOTE_A_DATA ?
			    *p == NOTES_SER_MARK || *p == NOTES_SER_SEP ? '?' :
			    *p : (unsigned char)*p < 0x20 || *p == 0x7f ? '?' :
			    *p) == -1)
				return -1;
	}
	return 0;
}

int
notes_parse(const char *text, size_t len, struct note *nt, char *store,
    size_t size)
{
	size_t	 i;
	char	*p;

	memset(nt, 0, sizeof *nt);
	if (len == 0 || text[0] != NOTES_SER_MARK || len > size - 1)
		return -1;
	memcpy(store, text + 1, len - 1);
	store[len - 1] = '\0';
	nt->id = store;
	for (i = 0, p = store; i < len - 1; i++, p++) {
		if (*p != NOTES_SER_SEP)
			continue;
		*p = '\0';
		if (nt->nargs == NOTE_ARGS_MAX || i + 1 >= len - 1)
			return -1;
		nt->a[nt->nargs].type = p[1];
		nt->a[nt->nargs].s = p + 2;
		nt->nargs++;
		i++;
		p++;
	}
	return nt->id[0] != '\0' ? 0 : -1;
}

/*
 * MAIL and RCPT parameters (notes_command, notes_message in
 * notes_ext.c): what each asks of the server, and what a line or a
 * message needs that the server did not offer. {1} is what was typed.
 */
static const struct notes_msg notes_param_msgs[] = {
	{ "param.unknown", N_("{1}: not a parameter smtpx knows; a server "
	    "that did not offer it answers 555"), NULL },
	{ "param.wrong-cmd", N_("{1}= belongs on {2}, not on this command; "
	    "expect 555"), NULL },
	{ "param.needs-value", N_("{1} takes a value: {1}=..."), NULL },
	{ "param.no-value", N_("{1} takes no value: just the word {1}"),
	    NULL },
	{ "param.unoffered", N_("{1}: the server did not offer {2} in its "
	    "EHLO reply, so it may refuse this parameter (555)"), NULL },
	{ "param.size", N_("SIZE={1}: you declare the message at about {1} "
	    "bytes, so a server can refuse a message too large before it is "
	    "sent ({2})"), NULL },
	{ "param.size.over", N_("SIZE={1} is over the server's limit of {2} "
	    "bytes: expect 552 5.3.4"), NULL },
	{ "param.size.bad", N_("{1}: SIZE takes a whole number of bytes, "
	    "e.g. SIZE=12345"), NULL },
	{ "param.size.file", N_("the message is {1} bytes, over the server's "
	    "SIZE limit of {2}: expect it to be refused (552) at its end"),
	    NULL },
	{ "param.body.7bit", N_("BODY=7BIT: the message is plain 7-bit "
	    "ASCII (what is assumed without BODY)"), NULL },
	{ "param.body.8bit", N_("BODY=8BITMIME: the message text may hold "
	    "8-bit bytes, such as raw UTF-8 in its body ({2})"), NULL },
	{ "param.body.binary", N_("BODY=BINARYMIME: the message may hold any "
	    "bytes; it must go in BDAT chunks, not DATA ({2})"), NULL },
	{ "param.body.bad", N_("{1}: BODY is 7BIT, 8BITMIME or BINARYMIME"),
	    NULL },
	{ "param.smtputf8", N_("SMTPUTF8: this message may have UTF-8 "
	    "(non-ASCII) addresses and headers ({2})"), NULL },
	{ "param.utf8.unoffered", N_("<{1}> is not ASCII: it needs SMTPUTF8 "
	    "({2}), which this server did not offer, so it will refuse the "
	    "address (553 or 550)"), NULL },
	{ "param.utf8.add", N_("<{1}> is not ASCII: add SMTPUTF8 to MAIL "
	    "FROM (the server offers it), or the address may be refused"),
	    NULL },
	{ "param.utf8.refused", N_("the address is not ASCII and the server "
	    "did not offer SMTPUTF8: it cannot take such an address; use an "
	    "ASCII one here, or a server that offers SMTPUTF8"), NULL },
	{ "param.utf8.header", N_("the message's headers are not ASCII: that "
	    "needs SMTPUTF8 ({1}), which this server did not offer; encode "
	    "them (RFC 2047) or expect trouble on the way"), NULL },
	{ "param.ret.full", N_("RET=FULL: a failure report (DSN) about this "
	    "message returns the whole message ({2})"), NULL },
	{ "param.ret.hdrs", N_("RET=HDRS: a failure report (DSN) about this "
	    "message returns only its headers ({2})"), NULL },
	{ "param.ret.bad", N_("{1}: RET is FULL or HDRS"), NULL },
	{ "param.envid", N_("ENVID={1}: your own id for this message, "
	    "quoted back in every DSN about it ({2})"), NULL },
	{ "param.envid.bad", N_("{1}: ENVID is 1 to 100 characters "
	    "(xtext)"), NULL },
	{ "param.notify", N_("NOTIFY={1}: ask for a delivery status "
	    "notification (DSN) on each event named: SUCCESS delivered, "
	    "FAILURE not deliverable, DELAY held up ({2})"), NULL },
	{ "param.notify.never", N_("NOTIFY=NEVER: no delivery status "
	    "notification at all, not even when delivery fails ({2})"), NULL },
	{ "param.notify.bad", N_("{1}: NOTIFY is NEVER alone, or a list of "
	    "SUCCESS, FAILURE and DELAY (NOTIFY=SUCCESS,FAILURE)"), NULL },
	{ "param.orcpt", N_("ORCPT={1}: the original recipient, as a DSN "
	    "should name it (type;address) ({2})"), NULL },
	{ "param.orcpt.bad", N_("{1}: ORCPT is type;address, e.g. "
	    "ORCPT=rfc822;user@example.com"), NULL },
	{ "param.requiretls", N_("REQUIRETLS: every hop must pass the message "
	    "on over TLS with a verified certificate, or it comes back "
	    "undelivered ({1})"), NULL },
	{ "param.requiretls.clear", N_("REQUIRETLS is only taken over TLS: "
	    "{@starttls} first"), NULL },
	{ "param.mt-priority", N_("MT-PRIORITY={1}: the message's priority, "
	    "from -9 (lowest) to 9 (highest), 0 is normal ({2})"), NULL },
	{ "param.mt-priority.bad", N_("{1}: MT-PRIORITY is a whole number "
	    "from -9 to 9"), NULL },
	{ "param.holdfor", N_("HOLDFOR={1}: the server holds the message {1} "
	    "seconds before it delivers it ({2})"), NULL },
	{ "param.holdfor.bad", N_("{1}: HOLDFOR is a number of seconds"),
	    NULL },
	{ "param.holduntil", N_("HOLDUNTIL={1}: the server holds the message "
	    "until then before it delivers it ({2})"), NULL },
	{ "param.holduntil.bad", N_("{1}: HOLDUNTIL is a date and time, e.g. "
	    "HOLDUNTIL=2026-12-24T18:00:00Z"), NULL },
	{ "param.by", N_("BY={1}: deliver within that many seconds; R: "
	    "return the message if late, N: only notify; T: trace ({2})"),
	    NULL },
	{ "param.by.bad", N_("{1}: BY is seconds;R or seconds;N, perhaps "
	    "with T (BY=3600;R)"), NULL },
	{ "param.auth", N_("AUTH={1}: who first submitted the message, for "
	    "a server that trusts you; <> for no one ({2})"), NULL },
};

static const char *
notes_param_template(const char *id)
{
	size_t	 i;

	for (i = 0; i < sizeof notes_param_msgs / sizeof notes_param_msgs[0];
	    i++)
		if (strcmp(notes_param_msgs[i].id, id) == 0)
			return notes_param_msgs[i].text;
	return NULL;
}

/*
 * The text reader's notes (core/notes.c, notes_reads): what a reply's
 * text itself names as its cause, said as the text's claim, not as a
 * diagnosis; then one line of what to do (several are the known
 * messages' own words, so they share a translation).
 */
static const struct notes_msg notes_read_msgs[] = {
	{ "read.unknown-user", N_("the server's text says the recipient "
	    "address does not exist there"), NULL },
	{ "read.unknown-user.todo", N_("check the address for typos"), NULL },
	{ "read.unknown-user.todo-gone", N_("reach the person another way; the "
	    "address was closed, so take it off your lists"), NULL },
	{ "read.mailbox-full", N_("the server's text says the recipient's "
	    "mailbox is full"), NULL },
	{ "read.mailbox-full.todo", N_("the recipient must make room first; "
	    "then send again"), NULL },
	{ "read.mailbox-disabled", N_("the server's text says the recipient's "
	    "mailbox is disabled or suspended"), NULL },
	{ "read.mailbox-disabled.todo", N_("reach the person another way"),
	    NULL },
	{ "read.size-limit", N_("the server's text says the message is larger "
	    "than it accepts"), NULL },
	{ "read.size-limit.todo", N_("send a smaller message; the SIZE line "
	    "of EHLO gives the limit"), NULL },
	{ "read.parts-limit", N_("the server's text says the message has "
	    "more attachments, or a larger header, than it accepts"), NULL },
	{ "read.parts-limit.todo", N_("send fewer attachments (or zip them), "
	    "or fewer addresses in To and Cc"), NULL },
	{ "read.relay-denied", N_("the server's text says it will not relay "
	    "this: it takes mail from you only for its own domains"), NULL },
	{ "read.relay-denied.todo", N_("to send elsewhere, log in ({@auth}) "
	    "on the submission port 587"), NULL },
	{ "read.auth-required", N_("the server's text says you must log in "
	    "first"), NULL },
	{ "read.auth-required.todo", N_("{@auth-mech} (on 587 after "
	"{@starttls}); the user is often the full address"), NULL },
	{ "read.bad-credentials", N_("the server's text says the login "
	    "failed: the user name or password (or token) was not accepted"),
	    NULL },
	{ "read.bad-credentials.todo", N_("check both; providers with 2-step "
	    "login need an app password"), NULL },
	{ "read.app-password", N_("the server's text says this account needs "
	    "an app password (or a code), not its usual password"), NULL },
	{ "read.app-password.todo", N_("create an app password, or log in "
	    "with OAuth (XOAUTH2)"), NULL },
	{ "read.auth-disabled", N_("the server's text says logging in (SMTP "
	    "AUTH) is switched off here"), NULL },
	{ "read.auth-disabled.todo", N_("ask the provider or admin to switch "
	    "SMTP login on, or log in with OAuth (XOAUTH2) if offered"),
	    NULL },
	{ "read.auth-mech", N_("the server's text says it does not offer "
	    "this login mechanism"), NULL },
	{ "read.auth-mech.todo", N_("use a mechanism from the AUTH line of "
	    "EHLO; after STARTTLS the list may be longer"), NULL },
	{ "read.listed", N_("the server's text says your IP address is on a "
	    "blocklist"), NULL },
	{ "read.listed.todo", N_("follow the delisting steps of the list the "
	    "text names; if none, ask the postmaster"), NULL },
	{ "read.ip-blocked", N_("the server's text says your IP address or "
	    "server is blocked there, or has a poor reputation"), NULL },
	{ "read.ip-blocked.todo", N_("send through a server with a good "
	    "reputation; a link in the text may say how to ask for removal"),
	    NULL },
	{ "read.spf", N_("the server's text says a check of the sender's "
	    "domain failed (SPF, DKIM or DMARC)"), NULL },
	{ "read.spf.todo", N_("make SPF or DKIM pass and align with the From "
	    "domain"), NULL },
	{ "read.spf-temp", N_("the server's text says its check of the "
	    "sender's domain (SPF, DKIM or DMARC) could not finish for now"),
	    NULL },
	{ "read.spf-temp.todo", N_("retry later; if it lasts, check that the "
	    "domain's DNS records answer"), NULL },
	{ "read.ptr-temp", N_("the server's text says its reverse DNS (PTR) "
	    "lookup of your IP address could not finish for now"), NULL },
	{ "read.ptr-temp.todo", N_("retry later; if it lasts, check that your "
	    "IP address's PTR name answers quickly"), NULL },
	{ "read.greylisting", N_("the server's text says this is greylisting: "
	    "a first try is put off on purpose"), NULL },
	{ "read.greylisting.todo", N_("retry in a few minutes; a real mail "
	    "server does this by itself"), NULL },
	{ "read.rate-limit", N_("the server's text says you sent too much or "
	    "too fast (a rate or connection limit)"), NULL },
	{ "read.rate-limit.todo", N_("slow down and retry later"), NULL },
	{ "read.tls-required", N_("the server's text says it wants an "
	    "encrypted connection (STARTTLS) first"), NULL },
	{ "read.tls-required.todo", N_("type {@starttls}, then EHLO again, "
	    "then go on"), NULL },
	{ "read.tls-failure", N_("the server's text says it cannot start TLS "
	    "(encryption) now: none set up, or broken"), NULL },
	{ "read.tls-failure.todo", N_("send no password without TLS; retry "
	    "later, or try port 465"), NULL },
	{ "read.tls-failure.todo-5", N_("send no password without TLS; try "
	    "port 465, or tell the server's admin"), NULL },
	{ "read.ptr", N_("the server's text says your IP address lacks a "
	    "proper reverse DNS (PTR) name"), NULL },
	{ "read.ptr.todo", N_("send through a server with reverse DNS that "
	    "resolves back"), NULL },
	{ "read.sender", N_("the server's text says it refuses your sender "
	    "(MAIL FROM) address"), NULL },
	{ "read.sender.todo", N_("send from an address the server accepts "
	"(often your own)"), NULL },
	{ "read.unavailable", N_("the server's text says it has a passing "
	    "problem of its own"), NULL },
	{ "read.unavailable.todo", N_("retry later; a real mail server does "
	    "this by itself"), NULL },
	{ "read.unavailable.todo-5", N_("send it again yourself later (no "
	    "mail server retries a permanent failure); if it fails again, "
	    "tell the receiver's postmaster"), NULL },
	{ "read.resolver", N_("the server's text says its blocklist lookup "
	    "was refused (it asks the list through a public resolver): the "
	    "fault is the receiving server's, not your IP address's"), NULL },
	{ "read.resolver.todo", N_("tell the receiver's postmaster; a 4xx is "
	    "retried, a 5xx is final until they fix it"), NULL },
	{ "read.dnsbl-down", N_("the server's text says its blocklist lookup "
	    "failed for now: no verdict on your IP address, the fault is the "
	    "receiving server's"), NULL },
	{ "read.dnsbl-down.todo", N_("retry later; a real mail server does "
	    "this by itself"), NULL },
	{ "read.expired", N_("the message expired in the queue because the "
	    "receiving server did not take it in time"), NULL },
	{ "read.expired.todo", N_("check the recipient's domain and its mail "
	    "server; send again later"), NULL },
	{ "read.server-fault", N_("the server's text says a part of its own "
	    "mail system failed (its configuration, its disk or a delivery "
	    "program): the fault is the receiving server's, not your "
	    "message's"), NULL },
	{ "read.server-fault.todo", N_("tell the receiver's postmaster; a 4xx "
	    "is retried, a 5xx is final until they fix it"), NULL },
	{ "read.spam", N_("the server's text says a filter judged the "
	    "message's content as spam or harmful"), NULL },
	{ "read.spam.todo", N_("check the content, links and sending domain's "
	    "reputation"), NULL },
	{ "read.quota", N_("the server's text says your account reached its "
	    "sending quota for the period"), NULL },
	{ "read.quota.todo", N_("wait until the quota resets (often 24 hours), "
	    "or raise it"), NULL },
	{ "read.sequence", N_("the server's text says the command came out of "
	    "order"), NULL },
	{ "read.sequence.todo", N_("send the commands in order (EHLO, MAIL, "
	"RCPT, DATA)"), NULL },
	{ "read.sequence.todo-greeting", N_("wait for the server's 220 "
	    "greeting before the first command; the program that sent this "
	    "spoke too early"), NULL },
	{ "read.sequence.todo-starttls", N_("STARTTLS goes right after EHLO, "
	    "outside a transaction (RSET ends one); if refused there too, "
	    "send no password here"), NULL },
	{ "read.unsupported", N_("the server's text says it does not know "
	    "or does not support this command or parameter"), NULL },
	{ "read.unsupported.todo", N_("check the spelling; use only the "
	    "extensions EHLO lists"), NULL },
	{ "read.bare-lf", N_("the server's text says a line of the message "
	    "ended in a lone LF (or CR), not CR LF"), NULL },
	{ "read.bare-lf.todo", N_("end every line with CR LF; the client or "
	    "script that sent the message must fix its line ends"), NULL },
	{ "read.syntax", N_("the server's text says the command or address is "
	    "not in valid form"), NULL },
	{ "read.syntax.todo", N_("check the command's form (an address goes "
	    "in <>) or the headers"), NULL },
	{ "read.syntax.msg", N_("the server's text says the message is not in "
	    "valid form (its headers, MIME parts or encoding)"), NULL },
	{ "read.syntax.msg.todo", N_("check the message's headers (From, "
	    "Date, MIME) and its encoding; the program that wrote it must fix "
	    "it"), NULL },
	{ "read.loop", N_("the server's text says the message has passed "
	    "through too many servers (a mail loop): usually two servers "
	    "forward it to each other"), NULL },
	{ "read.loop.todo", N_("check the forwarding rules and MX records "
	    "of the servers it passed; the message itself needs no change"),
	    NULL },
	{ "read.policy", N_("the server's text says it refused by a rule of "
	    "its own, and names no reason"), NULL },
	{ "read.policy.todo", N_("only the receiver's postmaster can say "
	    "which rule; ask them, with the full reply"), NULL },
	{ "read.recipient-settings", N_("the server's text says the "
	    "recipient's own settings (filters, preferences, who may write "
	    "to them) refuse this mail"), NULL },
	{ "read.recipient-settings.todo", N_("reach the person another way, "
	    "or ask them to accept mail from your address"), NULL },
	{ "read.own-account", N_("the server's text says your own sending "
	    "account is paused, suspended or not yet activated"), NULL },
	{ "read.own-account.todo", N_("check the sending service's account "
	    "page or ask its support why, before sending more"), NULL },
	{ "read.terms", N_("the server's text says the message breaks the "
	    "provider's terms of use"), NULL },
	{ "read.terms.todo", N_("read the provider's policy the reply names; "
	    "only its postmaster can say what to change"), NULL },
	{ "read.helo", N_("the server's text says it refuses the name the "
	    "client gave in HELO/EHLO: not found in DNS, claiming another "
	    "host, or blocked by the receiver's rule"), NULL },
	{ "read.helo.todo", N_("make your server or client say HELO/EHLO "
	    "with its own fully qualified host name, one that resolves in "
	    "DNS"), NULL },
	{ "read.errors", N_("the server's text says this session made too "
	    "many errors (commands it refused), so it stops by its own "
	    "limit"), NULL },
	{ "read.errors.todo", N_("read the earlier replies of this session, "
	    "fix what they refused, then connect again"), NULL },
	{ "read.tls-broken", N_("the server's text says TLS failed: a "
	    "certificate (expired, not matching the host, not confirmed by "
	    "DANE or DNSSEC), the handshake, or a TLS version or cipher it "
	    "refuses"), NULL },
	{ "read.tls-broken.todo", N_("if it names the receiving server's "
	    "certificate or DNS, only its postmaster can fix that; if it "
	    "names your TLS version or ciphers, update your TLS settings"),
	    NULL },
	{ "read.suppressed", N_("the server's text says the recipient is on "
	    "a suppression list (it bounced or complained before), so the "
	    "message was not sent"), NULL },
	{ "read.suppressed.todo", N_("stop sending to the address, or take "
	    "it off the sending service's suppression list only if you know "
	    "it works again"), NULL },
	{ "read.ipv6", N_("the server's text says it does not take mail over "
	    "IPv6"), NULL },
	{ "read.ipv6.todo", N_("send over IPv4 (set your server to use IPv4 "
	    "towards this domain)"), NULL },
	{ "read.commands", N_("the server's text says this session sent too "
	    "many commands that send no mail, or that came before a login, "
	    "so it stops by its own limit"), NULL },
	{ "read.commands.todo", N_("send the mail with fewer commands (no "
	    "repeated EHLO, RSET, NOOP or VRFY), logging in first where the "
	    "server wants it"), NULL },
	{ "read.restricted", N_("the server's text says the recipient (a "
	    "group, list or mailbox) takes mail only from senders it "
	    "allows, and you are not one of them"), NULL },
	{ "read.restricted.todo", N_("ask the group's or list's owner to "
	    "allow your address (or join the list), or send from an address "
	    "it allows"), NULL },
	{ "read.allowlist", N_("the server's text says it takes mail only from "
	    "the IP addresses on its allow list, and yours is not on it"),
	    NULL },
	{ "read.allowlist.todo", N_("ask the receiver's postmaster to add "
	    "your IP, or send through a server it allows"), NULL },
	{ "read.scanner-down", N_("the server's text says its own filter (a "
	    "virus or spam scanner, a DKIM signer) failed; this is no verdict "
	    "on your message"), NULL },
	{ "read.scanner-down.todo", N_("retry later; a real mail server does "
	    "this by itself"), NULL },
	{ "read.helo-dns", N_("the server's text says the name you gave in "
	    "HELO/EHLO does not resolve in DNS, and it refuses such names"),
	    NULL },
	{ "read.helo-dns.todo", N_("give in EHLO your server's real host "
	    "name, one with an A or AAAA record"), NULL },
	{ "read.helo-denied", N_("the server's text says it refuses the "
	    "name you gave in HELO/EHLO by its own rule (a list of names, or "
	    "a name that claims another's identity)"), NULL },
	{ "read.helo-denied.todo", N_("give in EHLO your server's own real "
	    "host name, not the receiver's or a big provider's"), NULL },
	{ "read.vrfy-off", N_("the server's text says it has switched this "
	    "command (VRFY or EXPN) off, by its own rule"), NULL },
	{ "read.vrfy-off.todo", N_("nothing to fix; test an address with "
	    "MAIL and RCPT instead (then RSET)"), NULL },
};

static const char *
notes_read_template(const char *id)
{
	size_t	 i;

	for (i = 0; i < sizeof notes_read_msgs / sizeof notes_read_msgs[0];
	    i++)
		if (strcmp(notes_read_msgs[i].id, id) == 0)
			return notes_read_msgs[i].text;
	return NULL;
}
