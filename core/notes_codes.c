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

const struct notes_code notes_codes[] = {
	{ 211, "RFC 5321", "system status, or a reply to HELP" },
	{ 214, "RFC 5321", "help text for a human reader" },
	{ 220, "RFC 5321", "service ready" },
	{ 221, "RFC 5321", "service closing the connection" },
	{ 235, "RFC 4954", "authentication succeeded" },
	{ 250, "RFC 5321", "requested action done" },
	{ 251, "RFC 5321", "user not local; the server will forward the mail" },
	{ 252, "RFC 5321",
	    "cannot verify the user, but will accept mail and try to deliver" },
	{ 253, "RFC 1985",
	    "ETRN/ATRN: pending messages for the node are being sent" },
	{ 334, "RFC 4954",
	    "AUTH goes on: the server sends a base64 challenge, you answer" },
	{ 354, "RFC 5321",
	    "start the message; end it with a line holding only \".\"" },
	{ 421, "RFC 5321",
	    "service not available; the server is closing the connection" },
	{ 432, "RFC 4954",
	    "a password transition is needed before this login works" },
	{ 450, "RFC 5321",
	    "mailbox unavailable for now (busy, "
	    "greylisted or blocked for now)" },
	{ 451, "RFC 5321", "action aborted by a local error in processing" },
	{ 452, "RFC 5321",
	    "insufficient system storage, or too many recipients for now" },
	{ 453, "RFC 2645", "ATRN: no mail waiting for you" },
	{ 454, "RFC 4954",
	    "AUTH or TLS trouble in the RFCs; servers use it for anything" },
	{ 455, "RFC 5321", "server unable to accommodate the parameters" },
	{ 458, "RFC 1985", "ETRN: unable to queue messages for that node" },
	{ 459, "RFC 1985", "ETRN: node not allowed" },
	{ 500, "RFC 5321", "syntax error (command unrecognised or too long)" },
	{ 501, "RFC 5321", "syntax error in the parameters or arguments" },
	{ 502, "RFC 5321", "command not implemented" },
	{ 503, "RFC 5321", "bad sequence of commands" },
	{ 504, "RFC 5321", "command parameter not implemented" },
	{ 521, "RFC 7504", "this host does not accept mail at all" },
	{ 523, "RFC 5248",
	    "encryption needed: this login method wants TLS first" },
	{ 525, "RFC 5248", "user account disabled" },
	{ 530, "RFC 4954",
	    "authentication (or STARTTLS, RFC 3207) required first" },
	{ 534, "RFC 4954", "authentication mechanism is too weak" },
	{ 535, "RFC 4954", "authentication credentials invalid" },
	{ 538, "RFC 4954",
	    "encryption required for the requested AUTH mechanism" },
	{ 550, "RFC 5321",
	    "not done (mailbox unavailable, or refused by policy)" },
	{ 551, "RFC 5321", "user not local; try the forward path given" },
	{ 552, "RFC 5321",
	    "aborted: exceeded storage allocation "
	    "(too large, or mailbox full)" },
	{ 553, "RFC 5321",
	    "not done (the mailbox name is not allowed, e.g. its syntax)" },
	{ 554, "RFC 5321",
	    "transaction failed (or, as a greeting: no SMTP service here)" },
	{ 555, "RFC 5321",
	    "MAIL FROM/RCPT TO parameters not recognised or not implemented" },
	{ 556, "RFC 7504", "the recipient's domain does not accept mail" },
};
const size_t notes_ncodes = sizeof notes_codes / sizeof notes_codes[0];

const struct notes_code_verb notes_code_verbs[] = {
	{ 220, SMTPCMD_GREETING,
	    "the server greets you and is ready: start with EHLO" },
	{ 220, SMTPCMD_STARTTLS,
	    "go ahead: the TLS handshake starts now; say EHLO again after it" },
	{ 221, SMTPCMD_QUIT, "goodbye: the server closes the connection" },
	{ 235, SMTPCMD_AUTH,
	    "logged in: you may now send mail through this server" },
	{ 250, SMTPCMD_EHLO,
	    "hello accepted; the lines after the first list the extensions" },
	{ 250, SMTPCMD_HELO,
	    "hello accepted (plain SMTP: use EHLO to see the extensions)" },
	{ 250, SMTPCMD_MAIL,
	    "sender accepted: now name recipients with RCPT TO" },
	{ 250, SMTPCMD_RCPT,
	    "recipient accepted: add more RCPT TO, or send DATA" },
	{ 250, SMTPCMD_DOT,
	    "message accepted: the server is now responsible for delivery" },
	{ 250, SMTPCMD_BDAT,
	    "chunk accepted (the LAST chunk ends the message)" },
	{ 250, SMTPCMD_RSET,
	    "transaction cleared: start again with MAIL FROM" },
	{ 250, SMTPCMD_NOOP, "nothing done: the connection is alive" },
	{ 250, SMTPCMD_ETRN,
	    "the server starts sending its queue for that domain" },
	{ 251, SMTPCMD_RCPT, "recipient accepted; the server will forward it" },
	{ 252, SMTPCMD_VRFY,
	    "the server will not confirm the address but would try delivery" },
	{ 334, SMTPCMD_AUTH,
	    "the server waits for your next AUTH step, in base64" },
	{ 354, SMTPCMD_DATA,
	    "type the message: headers, blank line, body, then a line \".\"" },
	{ 450, SMTPCMD_RCPT,
	    "recipient refused for now (greylisting or a check): retry later" },
	{ 451, SMTPCMD_RCPT, "recipient refused for now: retry later" },
	{ 452, SMTPCMD_RCPT,
	    "no more recipients now: send this message, then the rest" },
	{ 500, SMTPCMD_EHLO,
	    "the server does not know EHLO: an old server; try HELO instead" },
	{ 502, SMTPCMD_EHLO,
	    "the server does not know EHLO: an old server; try HELO instead" },
	{ 502, SMTPCMD_STARTTLS, "this server does not offer STARTTLS" },
	{ 502, SMTPCMD_AUTH, "this server (or port) does not offer AUTH" },
	{ 502, SMTPCMD_VRFY,
	    "VRFY is switched off here (against address harvesting)" },
	{ 502, SMTPCMD_EXPN,
	    "EXPN is switched off here (against address harvesting)" },
	{ 503, SMTPCMD_MAIL,
	    "MAIL FROM needs EHLO first and no open transaction (RSET)" },
	{ 503, SMTPCMD_RCPT, "RCPT TO needs an accepted MAIL FROM first" },
	{ 503, SMTPCMD_DATA, "DATA needs at least one accepted RCPT TO first" },
	{ 503, SMTPCMD_BDAT,
	    "BDAT needs an accepted RCPT TO first (its chunk was read and "
	    "dropped)" },
	{ 501, SMTPCMD_BDAT,
	    "BDAT takes the chunk's size in bytes, and LAST on the final one" },
	{ 552, SMTPCMD_BDAT,
	    "the message is too large: the server drops it (RSET, then send "
	    "less)" },
	{ 554, SMTPCMD_BDAT,
	    "the message is refused: no chunk of it is kept (RSET starts "
	    "again)" },
	{ 503, SMTPCMD_AUTH,
	    "AUTH not possible now: logged in "
	    "already, in a transaction, or off" },
	{ 503, SMTPCMD_STARTTLS,
	    "STARTTLS not possible now (already on TLS?)" },
	{ 550, SMTPCMD_MAIL,
	    "MAIL FROM refused: this sender, or mail from you now" },
	{ 550, SMTPCMD_EHLO,
	    "the server refuses your EHLO (the name or your address)" },
	{ 550, SMTPCMD_RCPT,
	    "this recipient is refused: unknown user, no relaying, or policy" },
	{ 550, SMTPCMD_DOT,
	    "the message is refused after DATA: content or policy" },
	{ 552, SMTPCMD_MAIL,
	    "the declared SIZE is larger than the server takes" },
	{ 552, SMTPCMD_DOT,
	    "storage exceeded: message too large, or mailbox full" },
	{ 553, SMTPCMD_GREETING,
	    "refused at connect: the server will not talk to you" },
	{ 454, SMTPCMD_MAIL, "sender refused for now: retry later" },
	{ 454, SMTPCMD_RCPT,
	    "recipient refused for now: retry later, or log in" },
	{ 554, SMTPCMD_GREETING,
	    "the server refuses to talk to you: often a blocked IP address" },
	{ 554, SMTPCMD_DOT,
	    "the message is refused after DATA: content or policy" },
	{ 554, SMTPCMD_RCPT, "this recipient is refused" },
};
const size_t notes_ncode_verbs =
    sizeof notes_code_verbs / sizeof notes_code_verbs[0];

/* RFC 5321 section 4.2.1; 1yz is defined but SMTP has no use for it. */
const char *const notes_class_what[10] = {
	NULL,
	"positive preliminary reply (SMTP does not use it)",
	"success: the command was done",
	"go on: the server waits for more input",
	"temporary failure: the same command may work later",
	"permanent failure: do not repeat the command unchanged",
	NULL, NULL, NULL, NULL,
};

/* Short form used in front of every code note: "550 permanent failure". */
const char *const notes_class_word[10] = {
	NULL, "preliminary", "success", "go on", "temporary failure",
	"permanent failure", NULL, NULL, NULL, NULL,
};

/* A code no standard defines, read by its second digit (RFC 5321
   4.2.1); follows "a temporary failure (4xx), ". */
const char *const notes_digit2_what[10] = {
	"about syntax",
	"giving information",
	"about the connection",
	"about logging in (RFC 5321 leaves the second digit 3 unassigned; "
	    "servers use it so)",
	"of no assigned kind (RFC 5321 leaves the second digit 4 unassigned)",
	"about the mail system",
	NULL, NULL, NULL, NULL,
};

const struct notes_port notes_ports[] = {
	{ 25,
	    "port 25: relay between mail servers (RFC 5321); no login expected",
	    "many ISPs block outgoing port 25 (OP25B); mail clients use 587" },
	{ 465,
	    "port 465: submission over implicit TLS (RFC 8314): TLS first",
	    "after the TLS handshake: EHLO, then {@auth}; no STARTTLS needed" },
	{ 587,
	    "port 587: message submission (RFC 6409) for mail clients",
	    "the usual order: EHLO, {@starttls}, EHLO again, then {@auth}" },
	{ 2525,
	    "port 2525: unofficial alternative submission port, like 587",
	    "offered by SES, SendGrid, Mailgun "
	    "and others where 587 is blocked" },
};
const size_t notes_nports = sizeof notes_ports / sizeof notes_ports[0];

const struct notes_code *
notes_code_find(int code)
{
	size_t	 i;

	for (i = 0; i < notes_ncodes; i++)
		if (notes_codes[i].code == code)
			return &notes_codes[i];
	return NULL;
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
