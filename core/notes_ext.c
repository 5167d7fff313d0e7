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
 *
 * The MAIL and RCPT parameters those extensions define are explained
 * from a second table as the line goes out (notes_command): what each
 * asks for, whether the server offered its extension, and what a line
 * needs that the server lacks (SMTPUTF8 for a non-ASCII address, a
 * SIZE under the limit). notes_message does the same for a message file
 * about to be sent: its size against SIZE, its headers against SMTPUTF8.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "caps.h"
#include "notes.h"
#include "notes_tables.h"

/* Marks the human texts for xgettext; the front end translates them. */
#define N_(s)	(s)

#define IANA		NOTES_EXT_IANA
#define OLD		NOTES_EXT_OBSOLETE
#define PRIV		NOTES_EXT_PRIVATE

const struct notes_ext notes_exts[] = {
	/* The IANA registry, in its order. */
	{ "SEND", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    N_("deliver to a user's terminal instead of a mailbox; retired") },
	{ "SOML", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    N_("send to a terminal, or else mail; retired") },
	{ "SAML", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    N_("send to a terminal and mail; retired") },
	{ "EXPN", "RFC 5321", IANA, NOTES_P_NONE,
	    N_("EXPN shows the members of a mailing list; usually switched "
	    "off") },
	{ "HELP", "RFC 5321", IANA, NOTES_P_NONE,
	    N_("HELP returns help text for a human reader") },
	{ "TURN", "RFC 821", IANA | OLD, NOTES_P_NONE,
	    N_("swap the client and server roles; unsafe, retired by RFC "
	    "2821") },
	{ "8BITMIME", "RFC 6152", IANA, NOTES_P_NONE,
	    N_("you may send 8-bit text (BODY=8BITMIME on MAIL FROM)") },
	{ "SIZE", "RFC 1870", IANA, NOTES_P_SIZE,
	    N_("declare the message size (SIZE=n on MAIL FROM)") },
	{ "VERB", "Sendmail", IANA, NOTES_P_NONE,
	    N_("verbose mode, in which the server reports delivery as it goes") },
	{ "ONEX", "Sendmail", IANA, NOTES_P_NONE,
	    N_("one message only in this connection") },
	{ "CHUNKING", "RFC 3030", IANA, NOTES_P_NONE,
	    N_("send the message in sized chunks with BDAT instead of DATA") },
	{ "BINARYMIME", "RFC 3030", IANA, NOTES_P_NONE,
	    N_("send binary MIME content (BODY=BINARYMIME, with BDAT)") },
	{ "CHECKPOINT", "RFC 1845", IANA, NOTES_P_NONE,
	    N_("resume an interrupted transfer (TRANSID= on MAIL FROM)") },
	{ "DELIVERBY", "RFC 2852", IANA, NOTES_P_DELIVERBY,
	    N_("ask for delivery within a time (BY= on MAIL FROM)") },
	{ "PIPELINING", "RFC 2920", IANA, NOTES_P_NONE,
	    N_("you may send several commands without waiting for each "
	    "reply") },
	{ "DSN", "RFC 3461", IANA, NOTES_P_NONE,
	    N_("ask for delivery status notifications (NOTIFY=, RET=, ENVID=)") },
	{ "ETRN", "RFC 1985", IANA, NOTES_P_NONE,
	    N_("ask the server to send you its queued mail for a domain") },
	{ "ENHANCEDSTATUSCODES", "RFC 2034", IANA, NOTES_P_NONE,
	    N_("replies carry x.y.z codes (RFC 3463) that tell more") },
	{ "STARTTLS", "RFC 3207", IANA, NOTES_P_NONE,
	    N_("the server can upgrade this connection to TLS with {@starttls}") },
	{ "NO-SOLICITING", "RFC 3865", IANA, NOTES_P_RAW,
	    N_("the server names kinds of solicitation it refuses") },
	{ "MTRK", "RFC 3885", IANA, NOTES_P_NONE,
	    N_("message tracking, to ask later what became of a message (MTRK=)") },
	{ "SUBMITTER", "RFC 4405", IANA | OLD, NOTES_P_NONE,
	    N_("responsible submitter for Sender ID (SUBMITTER=); historic") },
	{ "ATRN", "RFC 2645", IANA, NOTES_P_NONE,
	    N_("authenticated TURN, to fetch your domain's mail on demand") },
	{ "AUTH", "RFC 4954", IANA, NOTES_P_AUTH,
	    N_("you can log in with SMTP AUTH ({@auth-mech})") },
	{ "BURL", "RFC 4468", IANA, NOTES_P_RAW,
	    N_("submit a message by URL (IMAP) instead of uploading it") },
	{ "FUTURERELEASE", "RFC 4865", IANA, NOTES_P_FUTURE,
	    N_("the server can hold a message and release it later "
	    "(HOLDFOR=)") },
	{ "CONPERM", "RFC 4141", IANA, NOTES_P_NONE,
	    N_("say whether the content may be converted on the way "
	    "(CONPERM=)") },
	{ "CONNEG", "RFC 4141", IANA, NOTES_P_NONE,
	    N_("content negotiation, where content may be converted per "
	    "recipient") },
	{ "UTF8SMTP", "RFC 5336", IANA | OLD, NOTES_P_NONE,
	    N_("experimental forerunner of SMTPUTF8; obsolete") },
	{ "SMTPUTF8", "RFC 6531", IANA, NOTES_P_NONE,
	    N_("UTF-8 addresses and headers allowed (SMTPUTF8 on MAIL FROM)") },
	{ "MT-PRIORITY", "RFC 6710", IANA, NOTES_P_RAW,
	    N_("give the message a priority (MT-PRIORITY=-9..9 on MAIL FROM)") },
	{ "RRVS", "RFC 7293", IANA, NOTES_P_NONE,
	    N_("require the recipient to exist since a date (RRVS= on RCPT TO)") },
	{ "REQUIRETLS", "RFC 8689", IANA, NOTES_P_NONE,
	    N_("demand verified TLS on every hop (REQUIRETLS on MAIL FROM)") },
	{ "LIMITS", "RFC 9422", IANA, NOTES_P_LIMITS,
	    N_("the server announces its limits for this session") },

	/* Not registered, but servers list them. */
	{ "VRFY", "RFC 5321", 0, NOTES_P_NONE,
	    N_("VRFY asks whether an address exists; often answered vaguely") },
	{ "XCLIENT", "Postfix", PRIV, NOTES_P_RAW,
	    N_("a trusted proxy may hand over the real client's details") },
	{ "XFORWARD", "Postfix", PRIV, NOTES_P_RAW,
	    N_("a trusted content filter may pass on the original client") },
	{ "XVERP", "Postfix", PRIV, NOTES_P_NONE,
	    N_("variable envelope return paths for mailing lists (XVERP)") },
	{ "X-EXPS", "Exchange", PRIV, NOTES_P_RAW,
	    N_("login between Exchange servers (GSSAPI, NTLM)") },
	{ "X-LINK2STATE", "Exchange", PRIV, NOTES_P_NONE,
	    N_("routing information between Exchange 2000/2003 servers") },
	{ "XEXCH50", "Exchange", PRIV, NOTES_P_NONE,
	    N_("message properties between Exchange servers (2000 to 2007)") },
	{ "X-ANONYMOUSTLS", "Exchange", PRIV, NOTES_P_NONE,
	    N_("anonymous TLS between Exchange servers") },
	{ "XRDST", "Exchange", PRIV, NOTES_P_NONE,
	    N_("internal redirection between Exchange servers") },
	{ "XSHADOW", "Exchange", PRIV, NOTES_P_NONE,
	    N_("shadow redundancy, a copy kept until the next hop delivers") },
	{ "XSHADOWREQUEST", "Exchange", PRIV, NOTES_P_NONE,
	    N_("shadow redundancy, to ask the other server to keep a copy") },
	{ "XOORG", "Exchange", PRIV, NOTES_P_NONE,
	    N_("pass the originating organisation between Exchange servers") },
	{ "XPROXY", "Exchange", PRIV, NOTES_P_NONE,
	    N_("proxying between Exchange front-end and back-end servers") },
	{ "XPROXYFROM", "Exchange", PRIV, NOTES_P_NONE,
	    N_("proxying between Exchange front-end and back-end servers") },
	{ "XPROXYTO", "Exchange", PRIV, NOTES_P_NONE,
	    N_("proxying between Exchange front-end and back-end servers") },
	{ "XSYSPROBE", "Exchange", PRIV, NOTES_P_NONE,
	    N_("health probes between Exchange servers") },
	{ "PIPECONNECT", "Exim", PRIV, NOTES_P_NONE,
	    "fast connect: EHLO before the greeting saves a round trip" },
	{ "X_PIPE_CONNECT", "Exim", PRIV, NOTES_P_NONE,
	    N_("older name of PIPECONNECT (early pipelining)") },
	{ "PRDR", "Exim", PRIV, NOTES_P_NONE,
	    N_("per-recipient data responses (one reply per RCPT after DATA)") },
	{ "XUSR", "Sendmail", PRIV, NOTES_P_NONE,
	    N_("the client may mark the message as an initial user "
	    "submission") },
};
const size_t notes_nexts = sizeof notes_exts / sizeof notes_exts[0];

const struct notes_mech notes_mechs[] = {
	{ "SCRAM-SHA-256-PLUS", NOTES_MECH_PREFERRED,
	    N_("SCRAM bound to this TLS session, the best") },
	{ "SCRAM-SHA-256", NOTES_MECH_PREFERRED,
	    N_("preferred, as the password never crosses the wire") },
	{ "SCRAM-SHA-1-PLUS", NOTES_MECH_PREFERRED,
	    N_("SCRAM bound to this TLS session") },
	{ "SCRAM-SHA-1", NOTES_MECH_PREFERRED,
	    N_("good, as the password never crosses the wire") },
	{ "SCRAM-SHA-512", NOTES_MECH_PREFERRED,
	    N_("SCRAM with SHA-512, so the password never crosses the wire") },
	{ "SCRAM-SHA-512-PLUS", NOTES_MECH_PREFERRED,
	    N_("SCRAM with SHA-512 bound to this TLS session") },
	{ "XOAUTH2", NOTES_MECH_TOKEN,
	    N_("OAuth 2.0 token (Google, Microsoft), no password") },
	{ "OAUTHBEARER", NOTES_MECH_TOKEN,
	    N_("standard OAuth 2.0 token (RFC 7628), no password") },
	{ "PLAIN", NOTES_MECH_NEEDS_TLS,
	    N_("password readable in base64, so only inside TLS") },
	{ "LOGIN", NOTES_MECH_NEEDS_TLS,
	    N_("like PLAIN but non-standard, so only inside TLS") },
	{ "CRAM-MD5", NOTES_MECH_OBSOLETE,
	    N_("obsolete (MD5, weak against a stolen server file)") },
	{ "DIGEST-MD5", NOTES_MECH_OBSOLETE,
	    N_("obsolete (historic since RFC 6331)") },
	{ "NTLM", NOTES_MECH_OBSOLETE,
	    N_("legacy Windows login; avoid it over the Internet") },
	{ "XOAUTH", NOTES_MECH_OBSOLETE,
	    N_("Google's retired OAuth 1.0 form") },
	{ "KERBEROS_V4", NOTES_MECH_OBSOLETE,
	    N_("retired Kerberos 4") },
	{ "PLAIN-CLIENTTOKEN", NOTES_MECH_TOKEN,
	    N_("Google's token form for its own clients") },
	{ "GSSAPI", NOTES_MECH_OTHER,
	    N_("Kerberos single sign-on, inside an organisation") },
	{ "GS2-KRB5", NOTES_MECH_OTHER,
	    N_("Kerberos through GS2 (RFC 5801)") },
	{ "EXTERNAL", NOTES_MECH_OTHER,
	    N_("identity from outside SASL, e.g. a TLS client certificate") },
	{ "ANONYMOUS", NOTES_MECH_OTHER,
	    N_("no identity at all") },
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

/*
 * MAIL and RCPT parameters. ext is the EHLO keyword that allows the
 * parameter (a server that did not offer it answers 555, RFC 5321
 * 4.1.1.11); id is the note that explains it.
 */
#define NOTES_ON_MAIL	0x01
#define NOTES_ON_RCPT	0x02

static const struct notes_param_def {
	const char	*name;		/* upper case, without "=" */
	int		 value;		/* takes "=value" */
	unsigned	 on;		/* NOTES_ON_* */
	const char	*ext;
	const char	*rfc;
} notes_params[] = {
	{ "SIZE", 1, NOTES_ON_MAIL, "SIZE", "RFC 1870" },
	{ "BODY", 1, NOTES_ON_MAIL, NULL, "RFC 6152" },	/* by value */
	{ "SMTPUTF8", 0, NOTES_ON_MAIL, "SMTPUTF8", "RFC 6531" },
	{ "RET", 1, NOTES_ON_MAIL, "DSN", "RFC 3461" },
	{ "ENVID", 1, NOTES_ON_MAIL, "DSN", "RFC 3461" },
	{ "NOTIFY", 1, NOTES_ON_RCPT, "DSN", "RFC 3461" },
	{ "ORCPT", 1, NOTES_ON_RCPT, "DSN", "RFC 3461" },
	{ "REQUIRETLS", 0, NOTES_ON_MAIL, "REQUIRETLS", "RFC 8689" },
	{ "MT-PRIORITY", 1, NOTES_ON_MAIL, "MT-PRIORITY", "RFC 6710" },
	{ "HOLDFOR", 1, NOTES_ON_MAIL, "FUTURERELEASE", "RFC 4865" },
	{ "HOLDUNTIL", 1, NOTES_ON_MAIL, "FUTURERELEASE", "RFC 4865" },
	{ "BY", 1, NOTES_ON_MAIL, "DELIVERBY", "RFC 2852" },
	{ "AUTH", 1, NOTES_ON_MAIL, "AUTH", "RFC 4954" },
};

/* Arguments are user text: bounded, and cut only between characters. */
#define NOTES_PARAM_SHOWN	120

static void
notes_param_copy(char *dst, size_t size, const char *s, size_t len)
{
	if (len >= size)
		len = size - 1;
	/* Back off to the start of a UTF-8 character. */
	while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80 &&
	    s[len] != '\0')
		len--;
	memcpy(dst, s, len);
	dst[len] = '\0';
}

static int
notes_has_8bit(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* A whole decimal number within [lo, hi]; 0, or -1. */
static int
notes_param_num(const char *v, long long lo, long long hi, long long *out)
{
	char		*end;
	long long	 n;

	if (*v == '\0' || !(isdigit((unsigned char)*v) || ((*v == '-' ||
	    *v == '+') && isdigit((unsigned char)v[1]))))
		return -1;
	errno = 0;
	n = strtoll(v, &end, 10);
	if (*end != '\0' || errno != 0 || n < lo || n > hi)
		return -1;
	*out = n;
	return 0;
}

/* NOTIFY=NEVER, or a list of SUCCESS, FAILURE and DELAY (RFC 3461 4.1). */
static int
notes_notify_ok(const char *v)
{
	const char	*p = v, *e;
	size_t		 n;

	if (strcasecmp(v, "NEVER") == 0)
		return 1;
	for (;;) {
		e = strchr(p, ',');
		n = e != NULL ? (size_t)(e - p) : strlen(p);
		if (!((n == 7 && strncasecmp(p, "SUCCESS", 7) == 0) ||
		    (n == 7 && strncasecmp(p, "FAILURE", 7) == 0) ||
		    (n == 5 && strncasecmp(p, "DELAY", 5) == 0)))
			return 0;
		if (e == NULL)
			return 1;
		p = e + 1;
	}
}

/* BY=time;R|N[T] (RFC 2852 4). */
static int
notes_by_ok(const char *v)
{
	const char	*semi = strchr(v, ';');
	char		 num[24];
	long long	 n;

	if (semi == NULL || (size_t)(semi - v) >= sizeof num)
		return 0;
	memcpy(num, v, semi - v);
	num[semi - v] = '\0';
	if (notes_param_num(num, -999999999LL, 999999999LL, &n) == -1)
		return 0;
	semi++;
	if (toupper((unsigned char)*semi) != 'R' &&
	    toupper((unsigned char)*semi) != 'N')
		return 0;
	/* RFC 2852 4: with R, the time must be positive. */
	if (toupper((unsigned char)*semi) == 'R' && n <= 0)
		return 0;
	semi++;
	return *semi == '\0' || ((*semi == 'T' || *semi == 't') &&
	    semi[1] == '\0');
}

/*
 * The note id for parameter d with value v: its explanation, or the
 * ".bad" form when the value is malformed (*bad set). BODY's value
 * decides its extension and RFC (*ext, *rfc). "" for REQUIRETLS, whose
 * notes the caller gives.
 */
static const char *
notes_param_id(const struct notes_param_def *d, const char *v,
    const char **ext, const char **rfc, int *bad)
{
	long long	 n;

	*bad = 0;
	if (strcmp(d->name, "SIZE") == 0) {
		*bad = notes_param_num(v, 0, INT64_MAX, &n) == -1 ||
		    *v == '-' || *v == '+';
		return *bad ? "param.size.bad" : "param.size";
	}
	if (strcmp(d->name, "BODY") == 0) {
		if (strcasecmp(v, "7BIT") == 0)
			return "param.body.7bit";
		if (strcasecmp(v, "8BITMIME") == 0) {
			*ext = "8BITMIME";
			return "param.body.8bit";
		}
		if (strcasecmp(v, "BINARYMIME") == 0) {
			*ext = "BINARYMIME";
			*rfc = "RFC 3030";
			return "param.body.binary";
		}
		*bad = 1;
		return "param.body.bad";
	}
	if (strcmp(d->name, "SMTPUTF8") == 0)
		return "param.smtputf8";
	if (strcmp(d->name, "RET") == 0) {
		if (strcasecmp(v, "FULL") == 0)
			return "param.ret.full";
		if (strcasecmp(v, "HDRS") == 0)
			return "param.ret.hdrs";
		*bad = 1;
		return "param.ret.bad";
	}
	if (strcmp(d->name, "ENVID") == 0) {
		/* xtext, at most 100 characters (RFC 3461 4.4). */
		*bad = *v == '\0' || strlen(v) > 100;
		return *bad ? "param.envid.bad" : "param.envid";
	}
	if (strcmp(d->name, "NOTIFY") == 0) {
		*bad = !notes_notify_ok(v);
		return *bad ? "param.notify.bad" : strcasecmp(v, "NEVER") ==
		    0 ? "param.notify.never" : "param.notify";
	}
	if (strcmp(d->name, "ORCPT") == 0) {
		*bad = strchr(v, ';') == NULL || *v == ';' ||
		    strchr(v, ';')[1] == '\0';
		return *bad ? "param.orcpt.bad" : "param.orcpt";
	}
	if (strcmp(d->name, "REQUIRETLS") == 0)
		return "";
	if (strcmp(d->name, "MT-PRIORITY") == 0) {
		*bad = notes_param_num(v, -9, 9, &n) == -1;
		return *bad ? "param.mt-priority.bad" : "param.mt-priority";
	}
	if (strcmp(d->name, "HOLDFOR") == 0) {
		*bad = notes_param_num(v, 0, 999999999LL, &n) == -1 ||
		    *v == '-' || *v == '+';
		return *bad ? "param.holdfor.bad" : "param.holdfor";
	}
	if (strcmp(d->name, "HOLDUNTIL") == 0) {
		/* An RFC 3339 date-time: 2026-12-24T18:00:00Z. */
		*bad = strlen(v) < 20 || v[4] != '-' || v[10] != 'T';
		return *bad ? "param.holduntil.bad" : "param.holduntil";
	}
	if (strcmp(d->name, "BY") == 0) {
		*bad = !notes_by_ok(v);
		return *bad ? "param.by.bad" : "param.by";
	}
	return "param.auth";
}

/* One parameter of a MAIL or RCPT line. */
static void
notes_param_note(const struct notes_ctx *ctx, unsigned on, const char *tok,
    notes_emit_fn *emit, void *arg)
{
	const struct notes_param_def	*d = NULL;
	const char			*eq, *v = "", *id, *ext, *rfc;
	char				 name[32], shown[NOTES_PARAM_SHOWN];
	char				 num[32];
	size_t				 i, nlen;
	int				 bad;

	eq = strchr(tok, '=');
	nlen = eq != NULL ? (size_t)(eq - tok) : strlen(tok);
	if (eq != NULL)
		v = eq + 1;
	notes_param_copy(shown, sizeof shown, tok, strlen(tok));
	if (nlen < sizeof name) {
		memcpy(name, tok, nlen);
		name[nlen] = '\0';
		for (i = 0; i < sizeof notes_params / sizeof notes_params[0];
		    i++)
			if (strcasecmp(notes_params[i].name, name) == 0)
				d = &notes_params[i];
	}
	if (d == NULL) {
		notes_emitf(emit, arg, "param.unknown", "q", shown);
		return;
	}
	if (!(d->on & on)) {
		notes_emitf(emit, arg, "param.wrong-cmd", "ww", d->name,
		    d->on == NOTES_ON_MAIL ? "MAIL FROM" : "RCPT TO");
		return;
	}
	if (d->value != (eq != NULL)) {
		notes_emitf(emit, arg, d->value ? "param.needs-value" :
		    "param.no-value", "w", d->name);
		return;
	}
	ext = d->ext;
	rfc = d->rfc;
	id = notes_param_id(d, v, &ext, &rfc, &bad);
	if (bad)
		notes_emitf(emit, arg, id, "q", shown);
	else if (strcmp(id, "param.size") == 0 && ctx->caps != NULL &&
	    ctx->caps->size_given && strtoull(v, NULL, 10) >
	    ctx->caps->size) {
		snprintf(num, sizeof num, "%llu",
		    (unsigned long long)ctx->caps->size);
		notes_emitf(emit, arg, "param.size.over", "qn", v, num);
	} else if (*id == '\0') {
		notes_emitf(emit, arg, "param.requiretls", "r", rfc);
		if (!ctx->tls)
			notes_emitf(emit, arg, "param.requiretls.clear", "");
	} else
		notes_emitf(emit, arg, id, "qr", *v ? v : shown, rfc);
	if (ctx->caps != NULL && ext != NULL && !caps_has(ctx->caps, ext))
		notes_emitf(emit, arg, "param.unoffered", "ww", d->name, ext);
}

/* The address of "FROM:<...>" or "TO:<...>" at p: where it starts and
   its length (without the brackets); -1 when there is none. The rest
   (the parameters) starts at *rest. */
static int
notes_path(const char *p, const char **addr, size_t *len, const char **rest)
{
	const char	*e;
	int		 inq = 0;

	while (*p == ' ')
		p++;
	if (*p != '<') {
		/* Without brackets: the word up to a space. */
		*addr = p;
		*len = strcspn(p, " ");
		*rest = p + *len;
		return *len > 0 ? 0 : -1;
	}
	for (e = p + 1; *e != '\0'; e++) {
		if (inq && *e == '\\' && e[1] != '\0')
			e++;
		else if (*e == '"')
			inq = !inq;
		else if (!inq && *e == '>')
			break;
	}
	if (*e != '>')
		return -1;
	*addr = p + 1;
	*len = (size_t)(e - p - 1);
	*rest = e + 1;
	return 0;
}

void
notes_command(const struct notes_ctx *ctx, const char *line,
    notes_emit_fn *emit, void *arg)
{
	const char	*p, *addr, *rest, *tok;
	char		 shown[NOTES_PARAM_SHOWN], param[NOTES_PARAM_SHOWN];
	size_t		 alen, n;
	unsigned	 on;
	int		 utf8 = 0;

	if (ctx == NULL || line == NULL || emit == NULL)
		return;
	p = line + strspn(line, " ");
	if (strncasecmp(p, "MAIL", 4) == 0 && p[4] == ' ') {
		on = NOTES_ON_MAIL;
		p += 5 + strspn(p + 5, " ");
		if (strncasecmp(p, "FROM:", 5) != 0)
			return;
		p += 5;
	} else if (strncasecmp(p, "RCPT", 4) == 0 && p[4] == ' ') {
		on = NOTES_ON_RCPT;
		p += 5 + strspn(p + 5, " ");
		if (strncasecmp(p, "TO:", 3) != 0)
			return;
		p += 3;
	} else
		return;
	if (notes_path(p, &addr, &alen, &rest) == -1)
		return;

	/* The parameters, in the order typed; SMTPUTF8 remembered. */
	for (p = rest; *p != '\0'; p += n) {
		p += strspn(p, " ");
		if ((n = strcspn(p, " ")) == 0)
			break;
		tok = p;
		notes_param_copy(param, sizeof param, tok, n);
		if (strcasecmp(param, "SMTPUTF8") == 0)
			utf8 = 1;
		notes_param_note(ctx, on, param, emit, arg);
	}

	/* RFC 6531 3.4: a non-ASCII address needs SMTPUTF8, offered by the
	   server and given on MAIL FROM. */
	if (!notes_has_8bit(addr, alen))
		return;
	notes_param_copy(shown, sizeof shown, addr, alen);
	if (ctx->caps != NULL && !caps_has(ctx->caps, "SMTPUTF8"))
		notes_emitf(emit, arg, "param.utf8.unoffered", "qr", shown,
		    "RFC 6531");
	else if (ctx->caps != NULL && on == NOTES_ON_MAIL && !utf8)
		notes_emitf(emit, arg, "param.utf8.add", "q", shown);
}

int
notes_param_explain(const char *param, notes_emit_fn *emit, void *arg)
{
	static const struct notes_ctx	 none = { .cmd = SMTPCMD_NONE };
	const char			*eq;
	size_t				 i, n;

	if (param == NULL || emit == NULL ||
	    (eq = strchr(param, '=')) == NULL)
		return -1;
	n = (size_t)(eq - param);
	for (i = 0; i < sizeof notes_params / sizeof notes_params[0]; i++)
		if (strlen(notes_params[i].name) == n &&
		    strncasecmp(notes_params[i].name, param, n) == 0 &&
		    notes_params[i].value) {
			notes_param_note(&none, notes_params[i].on, param,
			    emit, arg);
			return 0;
		}
	return -1;
}

int
notes_needs_utf8(const char *line)
{
	const char	*p, *addr, *rest;
	size_t		 alen;

	if (line == NULL || (p = strchr(line, ':')) == NULL ||
	    notes_path(p + 1, &addr, &alen, &rest) == -1)
		return 0;
	return notes_has_8bit(addr, alen);
}

void
notes_message(const struct notes_ctx *ctx, const char *head, size_t len,
    unsigned long long size, notes_emit_fn *emit, void *arg)
{
	char	 a[32], b[32];
	size_t	 i, end = len;

	if (ctx == NULL || emit == NULL)
		return;
	if (ctx->caps != NULL && ctx->caps->size_given &&
	    size > ctx->caps->size) {
		snprintf(a, sizeof a, "%llu", size);
		snprintf(b, sizeof b, "%llu",
		    (unsigned long long)ctx->caps->size);
		notes_emitf(emit, arg, "param.size.file", "nn", a, b);
	}
	/* The header section ends at the first empty line (a message may
	   start with it: no headers). */
	if (len > 0 && (head[0] == '\n' || (len > 1 && head[0] == '\r' &&
	    head[1] == '\n')))
		end = 0;
	for (i = 0; end > 0 && i + 1 < len; i++)
		if (head[i] == '\n' && (head[i + 1] == '\n' ||
		    (head[i + 1] == '\r' && i + 2 < len &&
		    head[i + 2] == '\n'))) {
			end = i + 1;
			break;
		}
	if (head != NULL && notes_has_8bit(head, end) && ctx->caps != NULL &&
	    !caps_has(ctx->caps, "SMTPUTF8"))
		notes_emitf(emit, arg, "param.utf8.header", "r", "RFC 6531");
}
