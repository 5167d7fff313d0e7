/*
 * Enhanced status codes, class.subject.detail (RFC 3463, ENHANCEDSTATUSCODES
 * of RFC 2034). The table holds every detail code of the IANA "SMTP
 * Enhanced Status Codes" registry (RFC 3463 and the RFCs that added codes
 * since: 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617,
 * 8689), keyed by subject and detail because the meaning does not depend
 * on the class. A code outside the registry is still explained by its
 * class and subject, which are fixed by RFC 3463.
 */
#include <stddef.h>

#include "notes_tables.h"

const char *const notes_esc_class_what[10] = {
	NULL, NULL,
	"success",
	NULL,
	"persistent transient failure: may work if tried again later",
	"permanent failure: will not work if sent again unchanged",
	NULL, NULL, NULL, NULL,
};

const char *const notes_esc_subject_what[8] = {
	"x.0.x other or undefined: no more detail is given",
	"x.1.x addressing: something about the sender or recipient address",
	"x.2.x mailbox: the recipient's mailbox (full, disabled, ...)",
	"x.3.x mail system: the receiving system itself (storage, size)",
	"x.4.x network and routing: DNS, connections, delays",
	"x.5.x mail delivery protocol: SMTP commands and their syntax",
	"x.6.x message content or media: encoding and conversion",
	"x.7.x security or policy: TLS, login, filtering, reputation",
};

const char *const notes_esc_subject_word[8] = {
	"other", "addressing", "mailbox", "mail system",
	"network and routing", "protocol", "content", "security or policy",
};

const struct notes_esc notes_escs[] = {
	{ 0, 0, "RFC 3463", "other undefined status",
	    "no detail given: only the class digit says anything", NULL },

	{ 1, 0, "RFC 3463", "other address status",
	    "about an address: accepted with 2.x.x, wrong with 4.x.x or "
	    "5.x.x", NULL },
	{ 1, 1, "RFC 3463", "bad destination mailbox address",
	    "no such user: the part before the @ does not exist there",
	    "unknown-user" },
	{ 1, 2, "RFC 3463", "bad destination system address",
	    "the domain after the @ does not exist or takes no mail",
	    "unknown-user" },
	{ 1, 3, "RFC 3463", "bad destination mailbox address syntax",
	    "the recipient address is not valid here: its form, or "
	    "non-ASCII where the server lacks SMTPUTF8",
	    "syntax" },
	{ 1, 4, "RFC 3463", "destination mailbox address ambiguous",
	    "the address matches more than one mailbox there", NULL },
	{ 1, 5, "RFC 3463", "destination address valid",
	    "the recipient address is fine", NULL },
	{ 1, 6, "RFC 3463", "destination mailbox has moved, no forwarding",
	    "the mailbox existed once but takes no mail now",
	    "unknown-user" },
	{ 1, 7, "RFC 3463", "bad sender's mailbox address syntax",
	    "the MAIL FROM address is not valid here: its form, or "
	    "non-ASCII where the server lacks SMTPUTF8",
	    "syntax" },
	{ 1, 8, "RFC 3463", "bad sender's system address",
	    "the MAIL FROM domain does not exist or cannot take replies",
	    "sender-rejected" },
	{ 1, 9, "RFC 3886", "message relayed to non-compliant mailer",
	    "accepted, but passed on to a system that reports no more status",
	    NULL },
	{ 1, 10, "RFC 7505", "recipient address has null MX",
	    "the recipient domain publishes a null MX: it takes no mail",
	    "unknown-user" },

	{ 2, 0, "RFC 3463", "other or undefined mailbox status",
	    "about the mailbox, no detail; servers use it loosely", NULL },
	{ 2, 1, "RFC 3463", "mailbox disabled, not accepting messages",
	    "the mailbox takes no mail now (closed, suspended, or too much "
	    "mail coming in)", NULL },
	{ 2, 2, "RFC 3463", "mailbox full",
	    "the recipient's mailbox is over its quota: they must make room",
	    "mailbox-full" },
	{ 2, 3, "RFC 3463", "message length exceeds administrative limit",
	    "the message is bigger than this mailbox accepts",
	    "size-limit" },
	{ 2, 4, "RFC 3463", "mailing list expansion problem",
	    "the address is a mailing list that could not be expanded", NULL },

	{ 3, 0, "RFC 3463", "other or undefined mail system status",
	    "the receiving system has a problem of its own", NULL },
	{ 3, 1, "RFC 3463", "mail system full",
	    "the server's disk or queue is full: not your fault",
	    "service-unavailable" },
	{ 3, 2, "RFC 3463", "system not accepting network messages",
	    "the server takes no mail now (shutdown, overload, maintenance)",
	    "service-unavailable" },
	{ 3, 3, "RFC 3463", "system not capable of selected features",
	    "the server cannot do a feature this message asked for", NULL },
	{ 3, 4, "RFC 3463", "message too big for system",
	    "the message exceeds the server's size limit (see SIZE in EHLO)",
	    "size-limit" },
	{ 3, 5, "RFC 3463", "system incorrectly configured",
	    "the server is set up wrongly for this message: tell its admin",
	    NULL },
	{ 3, 6, "RFC 6710", "requested priority was changed",
	    "accepted, with another priority than the MT-PRIORITY asked for",
	    NULL },

	{ 4, 0, "RFC 3463", "other or undefined network or routing status",
	    "a network or routing problem, with no more detail", NULL },
	{ 4, 1, "RFC 3463", "no answer from host",
	    "the next server did not answer", NULL },
	{ 4, 2, "RFC 3463", "bad connection",
	    "the connection broke or timed out during the transaction", NULL },
	{ 4, 3, "RFC 3463", "directory server failure",
	    "a lookup service, usually DNS, failed", NULL },
	{ 4, 4, "RFC 3463", "unable to route",
	    "no route to the domain: DNS gives no usable MX or address", NULL },
	{ 4, 5, "RFC 3463", "mail system congestion",
	    "the mail system is overloaded", NULL },
	{ 4, 6, "RFC 3463", "routing loop detected",
	    "the message went round in circles (forwarding or MX loop)", NULL },
	{ 4, 7, "RFC 3463", "delivery time expired",
	    "the message waited in a queue too long and was given up", NULL },

	{ 5, 0, "RFC 3463", "other or undefined protocol status",
	    "no detail; servers use it for many reasons", NULL },
	{ 5, 1, "RFC 3463", "invalid command",
	    "the command is unknown here or came out of order", NULL },
	{ 5, 2, "RFC 3463", "syntax error",
	    "the command could not be parsed: check its spelling and form",
	    "syntax" },
	{ 5, 3, "RFC 3463", "too many recipients",
	    "too many RCPT TO for one message: send the rest separately",
	    NULL },
	{ 5, 4, "RFC 3463", "invalid command arguments",
	    "the command is known but a parameter is wrong or unsupported",
	    "syntax" },
	{ 5, 5, "RFC 3463", "wrong protocol version",
	    "client and server disagree on the protocol version", NULL },
	{ 5, 6, "RFC 4954", "authentication exchange line is too long",
	    "an AUTH line was longer than the server's buffer", NULL },

	{ 6, 0, "RFC 3463", "other or undefined media error",
	    "something in the message content stops delivery", NULL },
	{ 6, 1, "RFC 3463", "media not supported",
	    "the content type cannot be delivered on this path", NULL },
	{ 6, 2, "RFC 3463", "conversion required and prohibited",
	    "the content must be converted, but conversion is not allowed",
	    NULL },
	{ 6, 3, "RFC 3463", "conversion required but not supported",
	    "the content must be converted (8-bit to 7-bit...) but cannot be",
	    NULL },
	{ 6, 4, "RFC 3463", "conversion with loss performed",
	    "delivered, but converting the content lost some of it", NULL },
	{ 6, 5, "RFC 3463", "conversion failed",
	    "a needed conversion of the content failed", NULL },
	{ 6, 6, "RFC 4468", "message content not available",
	    "BURL: the server could not fetch the message from the URL", NULL },
	{ 6, 7, "RFC 6531", "non-ASCII addresses not permitted",
	    "an address has non-ASCII characters, but SMTPUTF8 is missing",
	    NULL },
	{ 6, 8, "RFC 6531", "UTF-8 string reply is required, not permitted",
	    "the server needs a UTF-8 reply, which this client did not allow",
	    NULL },
	{ 6, 9, "RFC 6531", "UTF-8 header message cannot be transferred",
	    "the message has UTF-8 headers a next hop cannot take", NULL },
	{ 6, 10, "RFC 6531", "duplicate of X.6.8, deprecated",
	    "same meaning as X.6.8: a UTF-8 reply is needed but not allowed",
	    NULL },

	{ 7, 0, "RFC 3463", "other or undefined security status",
	    "security or policy, no detail; servers use it for many reasons",
	    NULL },
	{ 7, 1, "RFC 3463", "delivery not authorized, message refused",
	    "policy refused this sender, recipient, relaying or content",
	    NULL },
	{ 7, 2, "RFC 3463", "mailing list expansion prohibited",
	    "you may not send to this mailing list", NULL },
	{ 7, 3, "RFC 3463", "security conversion required but not possible",
	    "the message needs a security conversion that cannot be done",
	    NULL },
	{ 7, 4, "RFC 3463", "security features not supported",
	    "a requested security feature (an AUTH mechanism...) is missing",
	    NULL },
	{ 7, 5, "RFC 3463", "cryptographic failure",
	    "a signature or decryption check failed: keys missing or wrong",
	    NULL },
	{ 7, 6, "RFC 3463", "cryptographic algorithm not supported",
	    "the signature or encryption algorithm is not supported", NULL },
	{ 7, 7, "RFC 3463", "message integrity failure",
	    "the message was altered or damaged on the way", NULL },
	{ 7, 8, "RFC 4954", "authentication credentials invalid",
	    "login failed: wrong user name, password or token",
	    "bad-credentials" },
	{ 7, 9, "RFC 4954", "authentication mechanism is too weak",
	    "the server wants a stronger AUTH mechanism than the one used",
	    NULL },
	{ 7, 10, "RFC 5248", "encryption needed",
	    "use TLS first ({@starttls}), or a stronger mechanism, to log in",
	    NULL },
	{ 7, 11, "RFC 4954", "encryption required for requested mechanism",
	    "this AUTH mechanism works only inside TLS: {@starttls} first",
	    NULL },
	{ 7, 12, "RFC 4954", "a password transition is needed",
	    "the password must be changed or "
	    "upgraded before this login works", NULL },
	{ 7, 13, "RFC 5248", "user account disabled",
	    "the login was right but the account is disabled: ask the admin",
	    NULL },
	{ 7, 14, "RFC 5248", "trust relationship required",
	    "the server needs a set-up trust first (a configured relay...)",
	    NULL },
	{ 7, 15, "RFC 6710", "priority level is too low",
	    "the MT-PRIORITY given is below what this server accepts", NULL },
	{ 7, 16, "RFC 6710", "message is too big for the specified priority",
	    "at this priority the message is too large: lower one of them",
	    NULL },
	{ 7, 17, "RFC 7293", "mailbox owner has changed",
	    "RRVS: the mailbox changed owner since the time you gave", NULL },
	{ 7, 18, "RFC 7293", "domain owner has changed",
	    "RRVS: the domain changed owner since the time you gave", NULL },
	{ 7, 19, "RFC 7293", "RRVS test cannot be completed",
	    "the server cannot check the RRVS time you gave", NULL },
	{ 7, 20, "RFC 7372", "no passing DKIM signature found",
	    "the message carries no valid DKIM signature",
	    "spf-dkim-dmarc" },
	{ 7, 21, "RFC 7372", "no acceptable DKIM signature found",
	    "DKIM signatures pass, but none is acceptable to local policy",
	    "spf-dkim-dmarc" },
	{ 7, 22, "RFC 7372", "no valid author-matched DKIM signature found",
	    "no valid DKIM signature from the domain in the From: header",
	    "spf-dkim-dmarc" },
	{ 7, 23, "RFC 7372", "SPF validation failed",
	    "the sender domain's SPF record does not allow your IP address",
	    NULL },
	{ 7, 24, "RFC 7372", "SPF validation error",
	    "SPF could not be evaluated (DNS error or a broken record)",
	    "spf-dkim-dmarc" },
	{ 7, 25, "RFC 7372", "reverse DNS validation failed",
	    "your IP address has no matching reverse DNS (PTR) name",
	    "ip-reputation" },
	{ 7, 26, "RFC 7372", "multiple authentication checks failed",
	    "several checks failed (SPF, DKIM, "
	    "DMARC): fix the domain's setup",
	    "spf-dkim-dmarc" },
	{ 7, 27, "RFC 7505", "sender address has null MX",
	    "the sender domain publishes a null MX, so no reply could arrive",
	    NULL },
	{ 7, 28, "IANA registry", "mail flood detected",
	    "the message looks like part of a flood of similar abusive mail",
	    NULL },
	{ 7, 29, "RFC 8617", "ARC validation failure",
	    "the ARC chain (signatures of forwarding hops) did not validate",
	    NULL },
	{ 7, 30, "RFC 8689", "REQUIRETLS support required",
	    "REQUIRETLS was asked for, but a hop cannot guarantee TLS", NULL },
};
const size_t notes_nescs = sizeof notes_escs / sizeof notes_escs[0];

/* Read 1-3 digits at *s; returns the number or -1. */
static int
notes_esc_num(const char **s)
{
	int	 n = 0, digits = 0;

	while (**s >= '0' && **s <= '9' && digits < 4) {
		n = n * 10 + (**s - '0');
		(*s)++;
		digits++;
	}
	return digits >= 1 && digits <= 3 ? n : -1;
}

int
notes_esc_parse(const char *s, int *cls, int *subject, int *detail)
{
	/* RFC 3463: class 2, 4 or 5; subject and detail 1-3 digits. */
	if (s == NULL || (s[0] != '2' && s[0] != '4' && s[0] != '5') ||
	    s[1] != '.')
		return -1;
	*cls = s[0] - '0';
	s += 2;
	if ((*subject = notes_esc_num(&s)) == -1 || *s++ != '.')
		return -1;
	if ((*detail = notes_esc_num(&s)) == -1 || *s != '\0')
		return -1;
	return 0;
}

const struct notes_esc *
notes_esc_find(int subject, int detail)
{
	size_t	 i;

	for (i = 0; i < notes_nescs; i++)
		if (notes_escs[i].subject == subject &&
		    notes_escs[i].detail == detail)
			return &notes_escs[i];
	return NULL;
}
