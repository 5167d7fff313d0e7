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

/* Marks the human texts for xgettext; the front end translates them. */
#define N_(s)	(s)

const char *const notes_esc_class_what[10] = {
	NULL, NULL,
	N_("success"),
	NULL,
	N_("temporary failure; may work if tried again later"),
	N_("permanent failure; will not work if sent again unchanged"),
	NULL, NULL, NULL, NULL,
};

const char *const notes_esc_subject_what[8] = {
	N_("x.0.x gives no more detail"),
	N_("x.1.x is about the sender's or recipient's address"),
	N_("x.2.x is about the recipient's mailbox (full, disabled, ...)"),
	N_("x.3.x is about the receiving system itself (storage, size)"),
	N_("x.4.x is about the network and routing (DNS, connections, delays)"),
	N_("x.5.x is about the SMTP commands and their syntax"),
	N_("x.6.x is about the message's content and its encoding"),
	N_("x.7.x is about security or policy (TLS, login, filtering, reputation)"),
};

const char *const notes_esc_subject_word[8] = {
	N_("other"), N_("an address"), N_("the mailbox"),
	N_("the mail system"), N_("the network or routing"),
	N_("the protocol"), N_("the content"), N_("security or policy"),
};

const struct notes_esc notes_escs[] = {
	{ 0, 0, "RFC 3463", N_("other undefined status"),
	    N_("no detail beyond its first digit (success, or failure for now "
	    "or for good)"), NULL },

	{ 1, 0, "RFC 3463", N_("other address status"),
	    N_("about an address (accepted with 2.x.x, wrong with 4.x.x or "
	    "5.x.x)"), NULL },
	{ 1, 1, "RFC 3463", N_("no such recipient mailbox"),
	    N_("the name before the @ is unknown on that server"),
	    "unknown-user" },
	{ 1, 2, "RFC 3463", N_("no such recipient domain"),
	    N_("the domain after the @ does not exist or takes no mail"),
	    "unknown-user" },
	{ 1, 3, "RFC 3463", N_("recipient address badly formed"),
	    N_("the recipient address is not valid here (its form, or non-ASCII "
	    "where the server lacks SMTPUTF8)"),
	    "syntax" },
	{ 1, 4, "RFC 3463", N_("recipient address ambiguous"),
	    N_("the address matches more than one mailbox there"), NULL },
	{ 1, 5, "RFC 3463", N_("recipient address valid"),
	    N_("the recipient address is fine"), NULL },
	{ 1, 6, "RFC 3463", N_("recipient mailbox moved, with no forwarding"),
	    N_("the mailbox existed once but takes no mail now"),
	    "unknown-user" },
	{ 1, 7, "RFC 3463", N_("sender address badly formed"),
	    N_("the MAIL FROM address is not valid here (its form, or non-ASCII "
	    "where the server lacks SMTPUTF8)"),
	    "syntax" },
	{ 1, 8, "RFC 3463", N_("sender's domain unusable"),
	    N_("the MAIL FROM domain does not exist or cannot take replies"),
	    "sender-rejected" },
	{ 1, 9, "RFC 3886", N_("message relayed to non-compliant mailer"),
	    N_("accepted, but passed on to a system that reports no more "
	    "status"),
	    NULL },
	{ 1, 10, "RFC 7505", N_("recipient domain accepts no mail"),
	    N_("the domain's DNS says so (a \"null MX\" record)"),
	    "unknown-user" },

	{ 2, 0, "RFC 3463", N_("other or undefined mailbox status"),
	    N_("about the mailbox, with no more detail; servers use it "
	    "loosely"), NULL },
	{ 2, 1, "RFC 3463", N_("mailbox not accepting mail"),
	    N_("the mailbox takes no mail now (closed, suspended, or too much "
	    "mail coming in)"), NULL },
	{ 2, 2, "RFC 3463", N_("mailbox full"),
	    N_("the recipient's mailbox is over its quota; they must make room"),
	    "mailbox-full" },
	{ 2, 3, "RFC 3463", N_("message over a size limit set here"),
	    N_("the message is bigger than this server or mailbox accepts"),
	    "size-limit" },
	{ 2, 4, "RFC 3463", N_("mailing list expansion problem"),
	    N_("the address is a mailing list that could not be "
	    "expanded"), NULL },

	{ 3, 0, "RFC 3463", N_("other or undefined mail system status"),
	    /* No cause named: MIMEDefang's tempfail ("451 4.3.0 Try
	       again later") and Yandex's "454 4.3.0 Try again later" are
	       a filter's or a limit's (audit A25). */
	    N_("about the receiving mail system, with no more detail; "
	    "servers use it for many reasons"), NULL },
	{ 3, 1, "RFC 3463", N_("server's storage full"),
	    N_("the server's disk or queue is full; it is not your fault"),
	    "service-unavailable" },
	{ 3, 2, "RFC 3463", N_("server not taking mail"),
	    N_("the server takes no mail now (shutdown, overload, "
	    "maintenance)"),
	    "service-unavailable" },
	{ 3, 3, "RFC 3463", N_("server lacks a feature the message needs"),
	    N_("the server cannot do a feature this message asked for"), NULL },
	{ 3, 4, "RFC 3463", N_("message too big for the server"),
	    N_("the message exceeds the server's size limit (see SIZE in "
	    "EHLO)"),
	    "size-limit" },
	{ 3, 5, "RFC 3463", N_("server set up wrongly"),
	    N_("the server is set up wrongly for this message; tell its admin"),
	    NULL },
	{ 3, 6, "RFC 6710", N_("requested priority was changed"),
	    N_("accepted, with another priority than the MT-PRIORITY asked "
	    "for"),
	    NULL },

	{ 4, 0, "RFC 3463", N_("other or undefined network or routing status"),
	    N_("a network or routing problem, with no more detail"), NULL },
	{ 4, 1, "RFC 3463", N_("no answer from the next server"),
	    N_("a server on the way could not reach the next one"), NULL },
	{ 4, 2, "RFC 3463", N_("connection lost"),
	    N_("the connection broke or timed out during the "
	    "transaction"), NULL },
	{ 4, 3, "RFC 3463", N_("DNS or directory lookup failed"),
	    N_("a lookup service (DNS, or a user directory) did not answer"), NULL },
	{ 4, 4, "RFC 3463", N_("unable to route"),
	    N_("no route to the domain, as DNS gives no usable MX or address"), NULL },
	{ 4, 5, "RFC 3463", N_("mail system overloaded"),
	    N_("too much mail or too many connections for it"), NULL },
	{ 4, 6, "RFC 3463", N_("mail loop detected"),
	    N_("the message went round in circles (forwarding or MX "
	    "loop)"), NULL },
	{ 4, 7, "RFC 3463", N_("delivery time expired"),
	    /* Class-neutral: Exchange's delay notice says "400 4.4.7
	       Message delayed" while it still tries (audit A25). */
	    N_("the message waited in a queue too long (under 5.x.x: given "
	    "up)"), NULL },

	{ 5, 0, "RFC 3463", N_("other or undefined protocol status"),
	    N_("with no more detail; servers use it for many reasons"),
	    NULL },
	{ 5, 1, "RFC 3463", N_("invalid command"),
	    N_("the command is unknown here or came out of order"), NULL },
	{ 5, 2, "RFC 3463", N_("syntax error"),
	    N_("the command could not be parsed; check its spelling and form"),
	    "syntax" },
	{ 5, 3, "RFC 3463", N_("too many recipients"),
	    N_("too many RCPT TO for one message; send the rest separately"),
	    NULL },
	{ 5, 4, "RFC 3463", N_("wrong parameter to a command"),
	    N_("the command is known but a parameter is wrong or unsupported"),
	    "syntax" },
	{ 5, 5, "RFC 3463", N_("wrong protocol version"),
	    N_("client and server disagree on the protocol version"), NULL },
	{ 5, 6, "RFC 4954", N_("authentication exchange line is too long"),
	    N_("an AUTH line was longer than the server's buffer"), NULL },

	{ 6, 0, "RFC 3463", N_("content problem of no named kind"),
	    N_("something in the message content stops delivery"), NULL },
	{ 6, 1, "RFC 3463", N_("media not supported"),
	    N_("the content type cannot be delivered on this path"), NULL },
	{ 6, 2, "RFC 3463", N_("conversion required and prohibited"),
	    N_("the content must be converted, but conversion is not allowed"),
	    NULL },
	{ 6, 3, "RFC 3463", N_("conversion required but not supported"),
	    N_("the content must be converted (8-bit to 7-bit...) but cannot "
	    "be"),
	    NULL },
	{ 6, 4, "RFC 3463", N_("conversion with loss performed"),
	    N_("delivered, but converting the content lost some of it"), NULL },
	{ 6, 5, "RFC 3463", N_("conversion failed"),
	    N_("a needed conversion of the content failed"), NULL },
	{ 6, 6, "RFC 4468", N_("message content not available"),
	    N_("the server could not fetch the message from the URL given with "
	    "BURL"), NULL },
	{ 6, 7, "RFC 6531", N_("non-ASCII addresses not permitted"),
	    N_("an address has non-ASCII characters, but SMTPUTF8 is missing"),
	    NULL },
	{ 6, 8, "RFC 6531", N_("UTF-8 string reply is required, not permitted"),
	    N_("the server needs a UTF-8 reply, which this client did not "
	    "allow"),
	    NULL },
	{ 6, 9, "RFC 6531", N_("UTF-8 header message cannot be transferred"),
	    N_("the message has UTF-8 headers a next hop cannot take"), NULL },
	{ 6, 10, "RFC 6531", N_("duplicate of X.6.8, deprecated"),
	    N_("a UTF-8 reply is needed but not allowed (the same as X.6.8)"),
	    NULL },

	{ 7, 0, "RFC 3463", N_("other or undefined security status"),
	    N_("about security or policy, with no more detail; servers use it "
	    "for many reasons"),
	    NULL },
	{ 7, 1, "RFC 3463", N_("refused by a policy"),
	    /* Your IP too: "554 5.7.1 Service unavailable; Client host
	       [...] blocked using zen.spamhaus.org" (Postfix's RBL reply,
	       audit A25). */
	    N_("the reason may be your IP, the sender, a recipient, "
	    "relaying or the content"),
	    NULL },
	{ 7, 2, "RFC 3463", N_("sending to this list not allowed"),
	    N_("you may not send to this mailing list"), NULL },
	{ 7, 3, "RFC 3463", N_("a needed security conversion is not possible"),
	    N_("the message needs a security conversion that cannot be done"),
	    NULL },
	{ 7, 4, "RFC 3463", N_("a security feature is missing"),
	    N_("a requested security feature (an AUTH mechanism...) is "
	    "missing"),
	    NULL },
	{ 7, 5, "RFC 3463", N_("cryptographic failure"),
	    N_("a signature or decryption check failed (keys missing or wrong)"),
	    NULL },
	{ 7, 6, "RFC 3463", N_("cryptographic algorithm not supported"),
	    N_("the signature or encryption algorithm is not "
	    "supported"), NULL },
	{ 7, 7, "RFC 3463", N_("message altered on the way"),
	    N_("a check shows the content was changed or damaged"), NULL },
	{ 7, 8, "RFC 4954", N_("authentication credentials invalid"),
	    N_("the user name, password or token is wrong"),
	    "bad-credentials" },
	{ 7, 9, "RFC 4954", N_("authentication mechanism is too weak"),
	    N_("the server wants a stronger AUTH mechanism than the one used"),
	    NULL },
	{ 7, 10, "RFC 5248", N_("encryption needed"),
	    /* The protocol's name, not smtpx's command: the meaning is
	       read on port 465 and in pasted replies too (audit A25). */
	    N_("for a login, TLS first (STARTTLS) or a stronger "
	    "mechanism"),
	    NULL },
	{ 7, 11, "RFC 4954", N_("encryption required for requested mechanism"),
	    N_("this AUTH mechanism works only inside TLS (STARTTLS, or "
	    "port 465)"),
	    NULL },
	{ 7, 12, "RFC 4954", N_("a password transition is needed"),
	    N_("the password must be changed or "
	    "upgraded before this login works"), NULL },
	{ 7, 13, "RFC 5248", N_("user account disabled"),
	    N_("the login was right but the account is disabled; ask the admin"),
	    NULL },
	{ 7, 14, "RFC 5248", N_("only trusted senders may do this"),
	    N_("the server must be set up to trust you first (as a relay...)"),
	    NULL },
	{ 7, 15, "RFC 6710", N_("priority level is too low"),
	    N_("the MT-PRIORITY given is below what this server "
	    "accepts"), NULL },
	{ 7, 16, "RFC 6710",
	    N_("message is too big for the specified priority"),
	    N_("at this priority the message is too large; lower one of them"),
	    NULL },
	{ 7, 17, "RFC 7293", N_("mailbox owner has changed"),
	    N_("the mailbox changed owner since the time you gave with RRVS"), NULL },
	{ 7, 18, "RFC 7293", N_("domain owner has changed"),
	    N_("the domain changed owner since the time you gave with RRVS"), NULL },
	{ 7, 19, "RFC 7293", N_("RRVS test cannot be completed"),
	    N_("the server cannot check the RRVS time you gave"), NULL },
	{ 7, 20, "RFC 7372", N_("no valid DKIM signature"),
	    N_("the message lacks a valid signature of its domain (DKIM)"),
	    "spf-dkim-dmarc" },
	{ 7, 21, "RFC 7372", N_("no acceptable DKIM signature found"),
	    N_("DKIM signatures pass, but none is acceptable to local policy"),
	    "spf-dkim-dmarc" },
	{ 7, 22, "RFC 7372", N_("no valid author-matched DKIM signature found"),
	    N_("no valid DKIM signature from the domain in the From: header"),
	    "spf-dkim-dmarc" },
	{ 7, 23, "RFC 7372", N_("SPF check failed"),
	    N_("the sender domain's SPF record does not allow your IP address"),
	    NULL },
	{ 7, 24, "RFC 7372", N_("SPF check could not be done"),
	    N_("SPF could not be evaluated (DNS error or a broken record)"),
	    "spf-dkim-dmarc" },
	{ 7, 25, "RFC 7372", N_("reverse DNS check of your IP failed"),
	    N_("your IP address has no matching reverse DNS (PTR) name"),
	    "ip-reputation" },
	{ 7, 26, "RFC 7372", N_("several sender checks failed"),
	    N_("several checks failed (SPF, DKIM, DMARC); fix the domain's setup"),
	    "spf-dkim-dmarc" },
	{ 7, 27, "RFC 7505", N_("sender's domain accepts no mail"),
	    N_("the sender domain publishes a null MX, so no reply could "
	    "arrive"),
	    NULL },
	{ 7, 28, N_("IANA registry"), N_("mail flood detected"),
	    N_("the message looks like part of a flood of similar abusive "
	    "mail"),
	    NULL },
	{ 7, 29, "RFC 8617", N_("ARC check failed"),
	    N_("the ARC chain (signatures of forwarding hops) did not "
	    "validate"),
	    NULL },
	{ 7, 30, "RFC 8689", N_("REQUIRETLS support required"),
	    N_("REQUIRETLS was asked for, but a hop cannot guarantee "
	    "TLS"), NULL },
};
const size_t notes_nescs = sizeof notes_escs / sizeof notes_escs[0];

/* The registry's names (IANA, "SMTP Enhanced Status Codes"), not
   translated: they are what the RFCs and other tools call the codes. */
const struct notes_esc_name notes_esc_names[] = {
	{ 0, 0, "Other undefined status" },
	{ 1, 0, "Other address status" },
	{ 1, 1, "Bad destination mailbox address" },
	{ 1, 2, "Bad destination system address" },
	{ 1, 3, "Bad destination mailbox address syntax" },
	{ 1, 4, "Destination mailbox address ambiguous" },
	{ 1, 5, "Destination address valid" },
	{ 1, 6, "Destination mailbox has moved, no forwarding" },
	{ 1, 7, "Bad sender's mailbox address syntax" },
	{ 1, 8, "Bad sender's system address" },
	{ 1, 9, "Message relayed to non-compliant mailer" },
	{ 1, 10, "Recipient address has null MX" },
	{ 2, 0, "Other or undefined mailbox status" },
	{ 2, 1, "Mailbox disabled, not accepting messages" },
	{ 2, 2, "Mailbox full" },
	{ 2, 3, "Message length exceeds administrative limit" },
	{ 2, 4, "Mailing list expansion problem" },
	{ 3, 0, "Other or undefined mail system status" },
	{ 3, 1, "Mail system full" },
	{ 3, 2, "System not accepting network messages" },
	{ 3, 3, "System not capable of selected features" },
	{ 3, 4, "Message too big for system" },
	{ 3, 5, "System incorrectly configured" },
	{ 3, 6, "Requested priority was changed" },
	{ 4, 0, "Other or undefined network or routing status" },
	{ 4, 1, "No answer from host" },
	{ 4, 2, "Bad connection" },
	{ 4, 3, "Directory server failure" },
	{ 4, 4, "Unable to route" },
	{ 4, 5, "Mail system congestion" },
	{ 4, 6, "Routing loop detected" },
	{ 4, 7, "Delivery time expired" },
	{ 5, 0, "Other or undefined protocol status" },
	{ 5, 1, "Invalid command" },
	{ 5, 2, "Syntax error" },
	{ 5, 3, "Too many recipients" },
	{ 5, 4, "Invalid command arguments" },
	{ 5, 5, "Wrong protocol version" },
	{ 5, 6, "Authentication exchange line is too long" },
	{ 6, 0, "Other or undefined media error" },
	{ 6, 1, "Media not supported" },
	{ 6, 2, "Conversion required and prohibited" },
	{ 6, 3, "Conversion required but not supported" },
	{ 6, 4, "Conversion with loss performed" },
	{ 6, 5, "Conversion failed" },
	{ 6, 6, "Message content not available" },
	{ 6, 7, "Non-ASCII addresses not permitted" },
	{ 6, 8, "UTF-8 string reply is required, not permitted" },
	{ 6, 9, "UTF-8 header message cannot be transferred" },
	{ 6, 10, "Duplicate of X.6.8, deprecated" },
	{ 7, 0, "Other or undefined security status" },
	{ 7, 1, "Delivery not authorized, message refused" },
	{ 7, 2, "Mailing list expansion prohibited" },
	{ 7, 3, "Security conversion required but not possible" },
	{ 7, 4, "Security features not supported" },
	{ 7, 5, "Cryptographic failure" },
	{ 7, 6, "Cryptographic algorithm not supported" },
	{ 7, 7, "Message integrity failure" },
	{ 7, 8, "Authentication credentials invalid" },
	{ 7, 9, "Authentication mechanism is too weak" },
	{ 7, 10, "Encryption needed" },
	{ 7, 11, "Encryption required for requested mechanism" },
	{ 7, 12, "A password transition is needed" },
	{ 7, 13, "User account disabled" },
	{ 7, 14, "Trust relationship required" },
	{ 7, 15, "Priority level is too low" },
	{ 7, 16, "Message is too big for the specified priority" },
	{ 7, 17, "Mailbox owner has changed" },
	{ 7, 18, "Domain owner has changed" },
	{ 7, 19, "RRVS test cannot be completed" },
	{ 7, 20, "No passing DKIM signature found" },
	{ 7, 21, "No acceptable DKIM signature found" },
	{ 7, 22, "No valid author-matched DKIM signature found" },
	{ 7, 23, "SPF validation failed" },
	{ 7, 24, "SPF validation error" },
	{ 7, 25, "Reverse DNS validation failed" },
	{ 7, 26, "Multiple authentication checks failed" },
	{ 7, 27, "Sender address has null MX" },
	{ 7, 28, "Mail flood detection" },
	{ 7, 29, "ARC validation failure" },
	{ 7, 30, "REQUIRETLS support required" },
};
const size_t notes_nesc_names =
    sizeof notes_esc_names / sizeof notes_esc_names[0];

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

/* The registry's name of a detail code, or NULL. */
const char *
notes_esc_name(int subject, int detail)
{
	size_t	 i;

	for (i = 0; i < notes_nesc_names; i++)
		if (notes_esc_names[i].subject == subject &&
		    notes_esc_names[i].detail == detail)
			return notes_esc_names[i].name;
	return NULL;
}
