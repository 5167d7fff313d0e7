/*
 * Basic reply codes. RFC 5321 section 4.2 gives the codes and the logic
 * of the digits: the first says how it went (2 done, 3 go on, 4 failed
 * for now, 5 failed for good), the second what it is about. The table
 * holds every code of RFC 5321 and of the extensions that added codes
 * (AUTH, STARTTLS, ETRN, ATRN, RFC 5248, RFC 7504); any other code is
 * explained from its digits. A second table gives the meaning of a code
 * as the answer to a given command, which is what a learner needs ("250"
 * to RCPT means the recipient was accepted). The ports table says what
 * each submission or relay port is for.
 */
#include <stddef.h>
#include <strings.h>

#include "notes_tables.h"

/* Marks the human texts for xgettext; the front end translates them. */
#define N_(s)	(s)

const struct notes_code notes_codes[] = {
	{ 211, "RFC 5321", N_("system status, or a reply to HELP") },
	{ 214, "RFC 5321", N_("help text for a human reader") },
	{ 220, "RFC 5321", N_("service ready") },
	{ 221, "RFC 5321", N_("service closing the connection") },
	{ 235, "RFC 4954", N_("authentication succeeded") },
	{ 250, "RFC 5321", N_("requested action done") },
	{ 251, "RFC 5321",
	    N_("user not local; the server will forward the mail") },
	{ 252, "RFC 5321",
	    N_("cannot verify the user, but will accept mail and try to "
	    "deliver") },
	{ 253, "RFC 1985",
	    N_("the messages waiting for that domain are being sent (ETRN/ATRN)") },
	{ 334, "RFC 4954",
	    N_("AUTH goes on; the server sends a base64 challenge, you answer") },
	{ 354, "RFC 5321",
	    N_("start the message; end it with a line holding only \".\"") },
	{ 421, "RFC 5321",
	    N_("service not available; the server is closing the connection") },
	{ 432, "RFC 4954",
	    N_("a password transition is needed before this login works") },
	{ 450, "RFC 5321",
	    /* RFC 5321's "busy or blocked for policy reasons", no greylisting
	   named: Postfix's 450 defaults (unknown_client_reject_code: "450
	   4.7.1 Client host rejected: cannot find your hostname") are no
	   greylist (audit A25); the guess of greylisting is 450 to RCPT's
	   own line, said only where the text names no other cause. */
	    N_("mailbox unavailable for now (busy, or blocked by a policy)") },
	{ 451, "RFC 5321",
	    N_("action aborted by a local error in processing") },
	{ 452, "RFC 5321",
	    N_("insufficient system storage, or too many recipients for now") },
	{ 453, "RFC 2645", N_("no mail waiting for you (ATRN)") },
	{ 454, "RFC 4954",
	    N_("trouble with AUTH or TLS (servers use it for more)") },
	{ 455, "RFC 5321", N_("the server cannot take these MAIL FROM/RCPT TO parameters now") },
	{ 458, "RFC 1985", N_("cannot start sending the queue for that domain (ETRN)") },
	{ 459, "RFC 1985", N_("that domain may not ask for its queue (ETRN)") },
	{ 500, "RFC 5321",
	    N_("syntax error (command unrecognised or too long)") },
	{ 501, "RFC 5321", N_("syntax error in the parameters or arguments") },
	{ 502, "RFC 5321", N_("command not implemented") },
	{ 503, "RFC 5321", N_("bad sequence of commands") },
	{ 504, "RFC 5321", N_("command parameter not implemented") },
	{ 521, "RFC 7504", N_("this host does not accept mail at all") },
	/* RFC 4954 gives it to AUTH; chatmail's filter answers a message
	   that is not OpenPGP-encrypted with it after the data (field
	   test F25): the general words, the login's under AUTH. */
	{ 523, "RFC 5248",
	    N_("encryption needed (to AUTH: this login method wants TLS "
	    "first)") },
	{ 525, "RFC 5248", N_("user account disabled") },
	{ 530, "RFC 4954",
	    N_("log in first (some servers also want STARTTLS first)") },
	{ 534, "RFC 4954", N_("authentication mechanism is too weak") },
	{ 535, "RFC 4954", N_("authentication credentials invalid") },
	{ 538, "RFC 4954",
	    N_("encryption required for the requested AUTH mechanism") },
	{ 550, "RFC 5321",
	    N_("not done (mailbox unavailable, or refused by policy)") },
	{ 551, "RFC 5321", N_("user not local; try the forward path given") },
	{ 552, "RFC 5321",
	    N_("aborted, storage exceeded (too large, or mailbox full)") },
	{ 553, "RFC 5321",
	    N_("not done (the mailbox name is not allowed, e.g. its syntax)") },
	{ 554, "RFC 5321",
	    N_("transaction failed (or, as a greeting: no SMTP service "
	    "here)") },
	{ 555, "RFC 5321",
	    N_("MAIL FROM/RCPT TO parameters not recognised or not "
	    "implemented") },
	{ 556, "RFC 7504", N_("the recipient's domain does not accept mail") },
};
const size_t notes_ncodes = sizeof notes_codes / sizeof notes_codes[0];

/* A code whose general words above name the greeting, said without
   them in answer to a command: RFC 5321's "No SMTP service here" is
   554's meaning as a greeting only, and "transaction failed" its
   meaning after MAIL, RCPT or DATA (issue 12: no greeting's words
   after DATA). */
const struct notes_code notes_codes_cmd[] = {
	{ 554, "RFC 5321",
	    N_("transaction failed (the server refuses this)") },
};
const size_t notes_ncodes_cmd =
    sizeof notes_codes_cmd / sizeof notes_codes_cmd[0];

/* A code's general words when TLS is on (port 465, or after STARTTLS):
   530's "some servers also want STARTTLS" cannot help there (Gmail's
   "530-5.7.0 Authentication Required" on smtp.gmail.com:465, audit
   A25). */
const struct notes_code notes_codes_tls[] = {
	{ 530, "RFC 4954", N_("log in first") },
};
const size_t notes_ncodes_tls =
    sizeof notes_codes_tls / sizeof notes_codes_tls[0];

/* A code's words where the reply names TLS: 530 is also RFC 3207's
   "530 5.7.0 Must issue a STARTTLS command first", which Amazon SES,
   Zoho and hMailServer send to AUTH itself: no "log in first" there
   (audit A25). */
const struct notes_code notes_codes_tlsreq[] = {
	{ 530, "RFC 3207", N_("STARTTLS needed first") },
};
const size_t notes_ncodes_tlsreq =
    sizeof notes_codes_tlsreq / sizeof notes_codes_tlsreq[0];

const struct notes_code_verb notes_code_verbs[] = {
	{ 220, SMTPCMD_GREETING,
	    N_("the server greets you and is ready; start with EHLO") },
	{ 220, SMTPCMD_STARTTLS,
	    N_("go ahead, the TLS handshake starts now; say EHLO again "
	    "after it") },
	{ 221, SMTPCMD_QUIT, N_("goodbye, the server closes the connection") },
	{ 523, SMTPCMD_AUTH,
	    N_("encryption needed; this login method wants TLS first") },
	{ 235, SMTPCMD_AUTH,
	    N_("logged in; you may now send mail through this server") },
	/* "Any": a plain server's one-line "250 mx.example.com Hello"
	   to EHLO lists none (RFC 5321 4.1.1.1 allows it; audit A25). */
	{ 250, SMTPCMD_EHLO,
	    N_("hello accepted; the lines after the first, if any, list "
	    "the extensions") },
	{ 250, SMTPCMD_HELO,
	    N_("hello accepted (plain SMTP: use EHLO to see the extensions)") },
	{ 250, SMTPCMD_MAIL,
	    N_("sender accepted; now name recipients with RCPT TO") },
	{ 250, SMTPCMD_RCPT,
	    N_("recipient accepted; add more RCPT TO, or send DATA") },
	{ 250, SMTPCMD_DOT,
	    N_("message accepted; the server is now responsible for delivery") },
	{ 250, SMTPCMD_BDAT,
	    N_("chunk accepted (the LAST chunk ends the message)") },
	{ 250, SMTPCMD_RSET,
	    N_("transaction cleared; start again with MAIL FROM") },
	{ 250, SMTPCMD_NOOP, N_("nothing done; the connection is alive") },
	{ 250, SMTPCMD_ETRN,
	    N_("the server starts sending its queue for that domain") },
	/* RFC 1985's own 251 and 252 to ETRN (Microsoft's SMTP service:
	   "251 OK, no messages waiting for node example.com"), not RCPT's
	   forward or VRFY's "cannot verify" (audit A18). */
	{ 251, SMTPCMD_ETRN,
	    N_("nothing is waiting for that domain, so no queue run starts") },
	{ 252, SMTPCMD_ETRN,
	    N_("the server starts sending the messages waiting for that "
	    "domain") },
	{ 251, SMTPCMD_RCPT,
	    N_("recipient accepted; the server will forward it") },
	{ 252, SMTPCMD_VRFY,
	    N_("the server will not confirm the address but would try "
	    "delivery") },
	{ 334, SMTPCMD_AUTH,
	    N_("the server waits for your next AUTH step, in base64") },
	{ 354, SMTPCMD_DATA,
	    N_("type the message: headers, blank line, body, then a line "
	    "\".\"") },
	{ 450, SMTPCMD_RCPT,
	    N_("recipient refused for now (greylisting or a check); retry "
	    "later") },
	{ 451, SMTPCMD_RCPT, N_("recipient refused for now; retry later") },
	{ 452, SMTPCMD_RCPT,
	    N_("no more recipients now; send this message, then the rest") },
	/* Or a firewall: Cisco PIX's SMTP fixup and the ASA's SMTP
	   inspection mask a command they object to with X's, and the
	   server behind answers "500 5.5.1 Command unrecognized:
	   "XXXXXXXX"" (audit A25). */
	{ 500, SMTPCMD_EHLO,
	    N_("EHLO was not taken (an old server, or a firewall in "
	    "between); try HELO instead") },
	{ 502, SMTPCMD_EHLO,
	    N_("EHLO was not taken (an old server, or a firewall in "
	    "between); try HELO instead") },
	{ 502, SMTPCMD_STARTTLS, N_("this server does not offer STARTTLS") },
	{ 502, SMTPCMD_AUTH, N_("this server (or port) does not offer AUTH") },
	{ 502, SMTPCMD_VRFY,
	    N_("VRFY is switched off here (against address harvesting)") },
	{ 502, SMTPCMD_EXPN,
	    N_("EXPN is switched off here (against address harvesting)") },
	{ 503, SMTPCMD_MAIL,
	    N_("MAIL FROM needs EHLO first and no open transaction (RSET)") },
	{ 503, SMTPCMD_RCPT, N_("RCPT TO needs an accepted MAIL FROM first") },
	{ 503, SMTPCMD_DATA,
	    N_("DATA needs at least one accepted RCPT TO first") },
	{ 503, SMTPCMD_BDAT,
	    N_("BDAT needs an accepted RCPT TO first (its chunk was read and "
	    "dropped)") },
	{ 501, SMTPCMD_BDAT,
	    N_("BDAT takes the chunk's size in bytes, and LAST on the final "
	    "one") },
	{ 552, SMTPCMD_BDAT,
	    N_("the message is too large, and the server drops it (RSET, "
	    "then send less)") },
	{ 554, SMTPCMD_BDAT,
	    N_("the message is refused, and no chunk of it is kept (RSET "
	    "starts again)") },
	{ 503, SMTPCMD_AUTH,
	    N_("AUTH not possible now (logged in already, in a "
	    "transaction, or off)") },
	{ 503, SMTPCMD_STARTTLS,
	    N_("STARTTLS not possible now (already on TLS?)") },
	{ 550, SMTPCMD_MAIL,
	    N_("MAIL FROM refused (this sender, or mail from you now)") },
	{ 550, SMTPCMD_EHLO,
	    N_("the server refuses your EHLO (the name or your address)") },
	{ 550, SMTPCMD_RCPT,
	    N_("this recipient is refused (unknown user, no relaying, or "
	    "policy)") },
	{ 550, SMTPCMD_DOT,
	    N_("the message is refused after DATA (its content, or a policy)") },
	{ 552, SMTPCMD_MAIL,
	    N_("the declared SIZE is larger than the server takes") },
	{ 552, SMTPCMD_DOT,
	    N_("storage exceeded (message too large, or mailbox full)") },
	{ 550, SMTPCMD_GREETING,
	    N_("refused at connect; the server will not talk to you") },
	{ 553, SMTPCMD_GREETING,
	    N_("refused at connect; the server will not talk to you") },
	{ 454, SMTPCMD_MAIL, N_("sender refused for now; retry later") },
	{ 454, SMTPCMD_RCPT,
	    N_("recipient refused for now; retry later, or log in") },
	{ 554, SMTPCMD_GREETING,
	    N_("the server refuses to talk to you, often because of a "
	    "blocked IP address") },
	{ 554, SMTPCMD_DOT,
	    N_("the message is refused after DATA (its content, or a policy)") },
	{ 554, SMTPCMD_RCPT, N_("this recipient is refused") },
};
const size_t notes_ncode_verbs =
    sizeof notes_code_verbs / sizeof notes_code_verbs[0];

/* RFC 5321 section 4.2.1; 1yz is defined but SMTP has no use for it. */
const char *const notes_class_what[10] = {
	NULL,
	N_("positive preliminary reply (SMTP does not use it)"),
	N_("success; the command was done"),
	N_("go on; the server waits for more input"),
	N_("temporary failure; the same command may work later"),
	N_("permanent failure; do not repeat the command unchanged"),
	NULL, NULL, NULL, NULL,
};

/* Short form used in front of every code note: "550 permanent failure". */
const char *const notes_class_word[10] = {
	NULL, N_("preliminary"), N_("success"), N_("go on"), N_("temporary "
	    "failure"),
	N_("permanent failure"), NULL, NULL, NULL, NULL,
};

/* A code no standard defines, read by its middle digit (RFC 5321
   4.2.1); follows "a temporary failure (4xx), ". */
const char *const notes_digit2_what[10] = {
	N_("about syntax"),
	N_("giving information"),
	N_("about the connection"),
	/* Not "about logging in" for every x3z: Courier's "431 Too many
	   recipients." and "431 Mail system full." are not (audit A25). */
	N_("of no assigned kind (RFC 5321 leaves the middle digit 3 "
	    "unassigned; RFC 4954's login codes use it)"),
	N_("of no assigned kind (RFC 5321 leaves the middle digit 4 "
	    "unassigned)"),
	N_("about the mail system"),
	NULL, NULL, NULL, NULL,
};

const struct notes_port notes_ports[] = {
	{ 25,
	    N_("port 25: relay between mail servers (RFC 5321); no login "
	    "expected"),
	    N_("many ISPs block outgoing port 25 (OP25B); mail clients "
	    "submit on 587 with SMTP AUTH") },
	{ 465,
	    N_("port 465: submission over implicit TLS (RFC 8314): TLS first"),
	    N_("after the TLS handshake: EHLO, then {@auth}; no STARTTLS "
	    "needed") },
	{ 587,
	    N_("port 587: message submission (RFC 6409) for mail clients"),
	    N_("the usual order: EHLO, {@starttls}, EHLO again, then "
	    "{@auth}") },
	{ 2525,
	    N_("port 2525: unofficial alternative submission port, like 587"),
	    N_("offered by SES, SendGrid, Mailgun "
	    "and others where 587 is blocked") },
};
const size_t notes_nports = sizeof notes_ports / sizeof notes_ports[0];

static const struct notes_code *
notes_code_in(const struct notes_code *t, size_t n, int code)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (t[i].code == code)
			return &t[i];
	return NULL;
}

const struct notes_code *
notes_code_find(int code)
{
	return notes_code_in(notes_codes, notes_ncodes, code);
}

const struct notes_code *
notes_code_cmd_find(int code)
{
	return notes_code_in(notes_codes_cmd, notes_ncodes_cmd, code);
}

const struct notes_code *
notes_code_tls_find(int code)
{
	return notes_code_in(notes_codes_tls, notes_ncodes_tls, code);
}

const struct notes_code *
notes_code_tlsreq_find(int code)
{
	return notes_code_in(notes_codes_tlsreq, notes_ncodes_tlsreq, code);
}

const struct notes_code_verb *
notes_code_verb_find(int code, enum smtpcmd cmd)
{
	size_t	 i;

	for (i = 0; i < notes_ncode_verbs; i++)
		if (notes_code_verbs[i].code == code &&
		    notes_code_verbs[i].cmd == cmd)
			return &notes_code_verbs[i];
	return NULL;
}

const struct notes_port *
notes_port_find(int port)
{
	size_t	 i;

	for (i = 0; i < notes_nports; i++)
		if (notes_ports[i].port == port)
			return &notes_ports[i];
	return NULL;
}
