/*
 * EHLO keywords and SASL mechanisms. The keyword table holds every entry
 * of the IANA "SMTP Service Extensions" registry, retired ones included
 * because old servers still list them, and the private keywords seen in
 * practice (Postfix XCLIENT/XFORWARD, Microsoft Exchange's X-EXPS family,
 * Exim's PIPECONNECT and PRDR, Sendmail's XUSR). RFC 5321 section 2.2.2
 * reserves keywords starting with "X" for private use, which is how an
 * unknown one is explained. Each entry says what the keyword lets a
 * client do and how to read its parameters. The mechanism table rates
 * each SASL mechanism for use over SMTP.
 */
#include <stddef.h>
#include <strings.h>

#include "notes_tables.h"

#define IANA		NOTES_EXT_IANA
#define OLD		NOTES_EXT_OBSOLETE
#define PRIV		NOTES_EXT_PRIVATE

const struct notes_ext notes_exts[] = {
	/* The IANA registry, in its order. */
	{ "SEND", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    "deliver to a user's terminal instead of a mailbox; retired" },
	{ "SOML", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    "send to a terminal, or else mail; retired" },
	{ "SAML", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    "send to a terminal and mail; retired" },
	{ "EXPN", "RFC 5321", IANA, NOTES_P_NONE,
	    "EXPN shows the members of a mailing list; usually switched off" },
	{ "HELP", "RFC 5321", IANA, NOTES_P_NONE,
	    "HELP returns help text for a human reader" },
	{ "TURN", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    "swap the client and server roles; unsafe, retired by RFC 2821" },
	{ "8BITMIME", "RFC 6152", IANA, NOTES_P_NONE,
	    "you may send 8-bit text: BODY=8BITMIME on MAIL FROM" },
	{ "SIZE", "RFC 1870", IANA, NOTES_P_SIZE,
	    "declare the message size: SIZE=n on MAIL FROM" },
	{ "VERB", "Sendmail", IANA, NOTES_P_NONE,
	    "verbose mode: the server reports delivery as it goes" },
	{ "ONEX", "Sendmail", IANA, NOTES_P_NONE,
	    "one message only in this connection" },
	{ "CHUNKING", "RFC 3030", IANA, NOTES_P_NONE,
	    "send the message in sized chunks with BDAT instead of DATA" },
	{ "BINARYMIME", "RFC 3030", IANA, NOTES_P_NONE,
	    "send binary MIME content: BODY=BINARYMIME, with BDAT" },
	{ "CHECKPOINT", "RFC 1845", IANA, NOTES_P_NONE,
	    "resume an interrupted transfer: TRANSID= on MAIL FROM" },
	{ "DELIVERBY", "RFC 2852", IANA, NOTES_P_DELIVERBY,
	    "ask for delivery within a time: BY= on MAIL FROM" },
	{ "PIPELINING", "RFC 2920", IANA, NOTES_P_NONE,
	    "you may send several commands without waiting for each reply" },
	{ "DSN", "RFC 3461", IANA, NOTES_P_NONE,
	    "ask for delivery status notifications: NOTIFY=, RET=, ENVID=" },
	{ "ETRN", "RFC 1985", IANA, NOTES_P_NONE,
	    "ask the server to send you its queued mail for a domain" },
	{ "ENHANCEDSTATUSCODES", "RFC 2034", IANA, NOTES_P_NONE,
	    "replies carry x.y.z codes (RFC 3463) that tell more" },
	{ "STARTTLS", "RFC 3207", IANA, NOTES_P_NONE,
	    "the server can upgrade this connection to TLS: {@starttls}" },
	{ "NO-SOLICITING", "RFC 3865", IANA, NOTES_P_RAW,
	    "the server names kinds of solicitation it refuses" },
	{ "MTRK", "RFC 3885", IANA, NOTES_P_NONE,
	    "message tracking: ask later what became of a message (MTRK=)" },
	{ "SUBMITTER", "RFC 4405", IANA | OLD, NOTES_P_NONE,
	    "responsible submitter for Sender ID (SUBMITTER=); historic" },
	{ "ATRN", "RFC 2645", IANA, NOTES_P_NONE,
	    "authenticated TURN: fetch your domain's mail on demand" },
	{ "AUTH", "RFC 4954", IANA, NOTES_P_AUTH,
	    "you can log in with SMTP AUTH: {@auth-mech}" },
	{ "BURL", "RFC 4468", IANA, NOTES_P_RAW,
	    "submit a message by URL (IMAP) instead of uploading it" },
	{ "FUTURERELEASE", "RFC 4865", IANA, NOTES_P_FUTURE,
	    "the server can hold a message and release it later (HOLDFOR=)" },
	{ "CONPERM", "RFC 4141", IANA, NOTES_P_NONE,
	    "say whether the content may be converted on the way (CONPERM=)" },
	{ "CONNEG", "RFC 4141", IANA, NOTES_P_NONE,
	    "content negotiation: content may be converted per recipient" },
	{ "UTF8SMTP", "RFC 5336", IANA | OLD, NOTES_P_NONE,
	    "experimental forerunner of SMTPUTF8; obsolete" },
	{ "SMTPUTF8", "RFC 6531", IANA, NOTES_P_NONE,
	    "UTF-8 addresses and headers allowed: SMTPUTF8 on MAIL FROM" },
	{ "MT-PRIORITY", "RFC 6710", IANA, NOTES_P_RAW,
	    "give the message a priority: MT-PRIORITY=-9..9 on MAIL FROM" },
	{ "RRVS", "RFC 7293", IANA, NOTES_P_NONE,
	    "require the recipient to exist since a date: RRVS= on RCPT TO" },
	{ "REQUIRETLS", "RFC 8689", IANA, NOTES_P_NONE,
	    "demand verified TLS on every hop: REQUIRETLS on MAIL FROM" },
	{ "LIMITS", "RFC 9422", IANA, NOTES_P_LIMITS,
	    "the server announces its limits for this session" },

	/* Not registered, but servers list them. */
	{ "VRFY", "RFC 5321", 0, NOTES_P_NONE,
	    "VRFY asks whether an address exists; often answered vaguely" },
	{ "XCLIENT", "Postfix", PRIV, NOTES_P_RAW,
	    "a trusted proxy may hand over the real client's details" },
	{ "XFORWARD", "Postfix", PRIV, NOTES_P_RAW,
	    "a trusted content filter may pass on the original client" },
	{ "XVERP", "Postfix", PRIV, NOTES_P_NONE,
	    "variable envelope return paths for mailing lists (XVERP)" },
	{ "X-EXPS", "Exchange", PRIV, NOTES_P_RAW,
	    "login between Exchange servers (GSSAPI, NTLM)" },
	{ "X-LINK2STATE", "Exchange", PRIV, NOTES_P_NONE,
	    "routing information between Exchange 2000/2003 servers" },
	{ "XEXCH50", "Exchange", PRIV, NOTES_P_NONE,
	    "message properties between Exchange servers (2000 to 2007)" },
	{ "X-ANONYMOUSTLS", "Exchange", PRIV, NOTES_P_NONE,
	    "anonymous TLS between Exchange servers" },
	{ "XRDST", "Exchange", PRIV, NOTES_P_NONE,
	    "internal redirection between Exchange servers" },
	{ "XSHADOW", "Exchange", PRIV, NOTES_P_NONE,
	    "shadow redundancy: a copy is kept until the next hop delivers" },
	{ "XSHADOWREQUEST", "Exchange", PRIV, NOTES_P_NONE,
	    "shadow redundancy: ask the other server to keep a copy" },
	{ "XOORG", "Exchange", PRIV, NOTES_P_NONE,
	    "pass the originating organisation between Exchange servers" },
	{ "XPROXY", "Exchange", PRIV, NOTES_P_NONE,
	    "proxying between Exchange front-end and back-end servers" },
	{ "XPROXYFROM", "Exchange", PRIV, NOTES_P_NONE,
	    "proxying between Exchange front-end and back-end servers" },
	{ "XPROXYTO", "Exchange", PRIV, NOTES_P_NONE,
	    "proxying between Exchange front-end and back-end servers" },
	{ "XSYSPROBE", "Exchange", PRIV, NOTES_P_NONE,
	    "health probes between Exchange servers" },
	{ "PIPECONNECT", "Exim", PRIV, NOTES_P_NONE,
	    "fast connect: EHLO before the greeting saves a round trip" },
	{ "X_PIPE_CONNECT", "Exim", PRIV, NOTES_P_NONE,
	    "older name of PIPECONNECT (early pipelining)" },
	{ "PRDR", "Exim", PRIV, NOTES_P_NONE,
	    "per-recipient data responses: one reply per RCPT after DATA" },
	{ "XUSR", "Sendmail", PRIV, NOTES_P_NONE,
	    "the client may mark the message as an initial user submission" },
};
const size_t notes_nexts = sizeof notes_exts / sizeof notes_exts[0];

const struct notes_mech notes_mechs[] = {
	{ "SCRAM-SHA-256-PLUS", NOTES_MECH_PREFERRED,
	    "SCRAM bound to this TLS session: best" },
	{ "SCRAM-SHA-256", NOTES_MECH_PREFERRED,
	    "preferred: the password never crosses the wire" },
	{ "SCRAM-SHA-1-PLUS", NOTES_MECH_PREFERRED,
	    "SCRAM bound to this TLS session" },
	{ "SCRAM-SHA-1", NOTES_MECH_PREFERRED,
	    "good: the password never crosses the wire" },
	{ "SCRAM-SHA-512", NOTES_MECH_PREFERRED,
	    "SCRAM with SHA-512: the password never crosses the wire" },
	{ "SCRAM-SHA-512-PLUS", NOTES_MECH_PREFERRED,
	    "SCRAM with SHA-512 bound to this TLS session" },
	{ "XOAUTH2", NOTES_MECH_TOKEN,
	    "OAuth 2.0 token (Google, Microsoft): no password" },
	{ "OAUTHBEARER", NOTES_MECH_TOKEN,
	    "standard OAuth 2.0 token (RFC 7628): no password" },
	{ "PLAIN", NOTES_MECH_NEEDS_TLS,
	    "password readable in base64: only inside TLS" },
	{ "LOGIN", NOTES_MECH_NEEDS_TLS,
	    "like PLAIN, non-standard: only inside TLS" },
	{ "CRAM-MD5", NOTES_MECH_OBSOLETE,
	    "obsolete: MD5, weak against a stolen server file" },
	{ "DIGEST-MD5", NOTES_MECH_OBSOLETE,
	    "obsolete: historic since RFC 6331" },
	{ "NTLM", NOTES_MECH_OBSOLETE,
	    "legacy Windows login: avoid over the Internet" },
	{ "XOAUTH", NOTES_MECH_OBSOLETE,
	    "Google's retired OAuth 1.0 form" },
	{ "KERBEROS_V4", NOTES_MECH_OBSOLETE,
	    "retired Kerberos 4" },
	{ "PLAIN-CLIENTTOKEN", NOTES_MECH_TOKEN,
	    "Google's token form for its own clients" },
	{ "GSSAPI", NOTES_MECH_OTHER,
	    "Kerberos single sign-on, inside an organisation" },
	{ "GS2-KRB5", NOTES_MECH_OTHER,
	    "Kerberos through GS2 (RFC 5801)" },
	{ "EXTERNAL", NOTES_MECH_OTHER,
	    "identity from outside SASL, e.g. a TLS client certificate" },
	{ "ANONYMOUS", NOTES_MECH_OTHER,
	    "no identity at all" },
};
const size_t notes_nmechs = sizeof notes_mechs / sizeof notes_mechs[0];

const struct notes_ext *
notes_ext_find(const char *keyword)
{
	size_t	 i;

	if (keyword == NULL)
		return NULL;
	for (i = 0; i < notes_nexts; i++)
		if (strcasecmp(notes_exts[i].keyword, keyword) == 0)
			return &notes_exts[i];
	return NULL;
}

const struct notes_mech *
notes_mech_find(const char *name)
{
	size_t	 i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < notes_nmechs; i++)
		if (strcasecmp(notes_mechs[i].name, name) == 0)
			return &notes_mechs[i];
	return NULL;
}
