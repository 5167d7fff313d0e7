/*
 * Notes: the rules that turn a reply, an event or an /explain query into
 * lines of plain words. The knowledge lives in the tables of
 * notes_tables.h; this file decides which entries apply, given the
 * session's context, and in which order. For a reply the order is most
 * specific first: a known message of a real server (its cause, then what
 * to do), hints from the context (port, TLS, login, command answered),
 * where the enhanced code was found when not at the start, a warning when
 * the basic and enhanced codes disagree, the enhanced status code (only
 * its name when its class is not the reply's), for EHLO the summary, what
 * changed since the last EHLO and each keyword, and last the basic code.
 * Every line goes through notes_put, which wraps at NOTES_LINE_MAX bytes
 * on a space, so no caller has to count. Nothing here prints or keeps
 * state; server text quoted in a note is cut short and stripped of
 * control bytes, and the front end sanitises it again on display.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "b64.h"
#include "buf.h"
#include "caps.h"
#include "notes.h"
#include "notes_tables.h"
#include "reply.h"

/* Where notes go, and how many went. */
struct notes_out {
	notes_emit_fn	*emit;
	void		*arg;
	int		 n;
};

static const struct notes_ctx notes_noctx = { 0, 0, 0, 0, "?", NULL, NULL };

/* Emit text, wrapped at a space into lines of at most NOTES_LINE_MAX. */
static void
notes_put(struct notes_out *o, const char *text)
{
	char		 line[NOTES_LINE_MAX + 1];
	size_t		 len, cut, room, indent = 0, i;
	const char	*p = text;

	while (*p == ' ')
		p++;
	while (*p != '\0') {
		room = NOTES_LINE_MAX - indent;
		len = strlen(p);
		if (len <= room)
			cut = len;
		else {
			/* Break at the last space that fits, else mid-word
			   but never inside a UTF-8 sequence. */
			for (cut = room; cut > 0 && p[cut] != ' '; cut--)
				;
			if (cut == 0) {
				cut = room;
				while (cut > 1 &&
				    ((unsigned char)p[cut] & 0xc0) == 0x80)
					cut--;
			}
		}
		memset(line, ' ', indent);
		memcpy(line + indent, p, cut);
		while (cut > 0 && line[indent + cut - 1] == ' ')
			cut--;
		line[indent + cut] = '\0';
		/* Server text may hide control bytes anywhere: never pass
		   them on, whatever the caller quoted. */
		for (i = indent; i < indent + cut; i++)
			if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
				line[i] = '?';
		if (cut > 0) {
			o->emit(o->arg, line);
			o->n++;
		}
		p += cut;
		while (*p == ' ')
			p++;
		indent = 2;	/* continuation lines stand out */
	}
}

static void notes_putf(struct notes_out *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
notes_putf(struct notes_out *o, const char *fmt, ...)
{
	char	 buf[1024];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	notes_put(o, buf);
}

/* Drop a UTF-8 sequence cut short at the end of s[0..*len). */
static void
notes_utf8_trim(const char *s, size_t *len)
{
	size_t		 k = *len, need;
	unsigned char	 lead;

	while (k > 0 && ((unsigned char)s[k - 1] & 0xc0) == 0x80)
		k--;
	if (k == 0 || (lead = (unsigned char)s[k - 1]) < 0xc0)
		return;
	need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
	if (*len - (k - 1) < need)
		*len = k - 1;
}

/* Copy server text for quoting: printable bytes only, cut at max. */
static void
notes_quote(char *dst, size_t size, const char *src, size_t len, size_t max)
{
	size_t		 i, o = 0;
	unsigned char	 c;

	if (max > size - 4)
		max = size - 4;
	for (i = 0; i < len && o < max; i++) {
		c = (unsigned char)src[i];
		dst[o++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
	}
	if (i < len) {
		notes_utf8_trim(dst, &o);
		memcpy(dst + o, "...", 3);
		o += 3;
	}
	dst[o] = '\0';
}

/* Append to a fixed buffer, quietly cutting what does not fit. */
static void notes_cat(char *, size_t, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
notes_cat(char *buf, size_t size, const char *fmt, ...)
{
	size_t	 len = strlen(buf);
	va_list	 ap;

	if (len + 1 >= size)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + len, size - len, fmt, ap);
	va_end(ap);
}

/* "34.2 MiB" for a byte count, without floating point. */
static void
notes_mib(char *buf, size_t size, uint64_t n)
{
	uint64_t	 whole = n >> 20, tenth = ((n & 0xfffff) * 10) >> 20;

	if (n < 1024 * 1024)
		snprintf(buf, size, "%llu KiB", (unsigned long long)(n >> 10));
	else if (tenth == 0)
		snprintf(buf, size, "%llu MiB", (unsigned long long)whole);
	else
		snprintf(buf, size, "%llu.%llu MiB", (unsigned long long)whole,
		    (unsigned long long)tenth);
}

/* Parse a decimal number that fills a token; -1 when it is not one. */
static int
notes_number(const char *s, size_t len, uint64_t *v)
{
	size_t	 i;

	*v = 0;
	if (len == 0 || len > 19)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (uint64_t)(s[i] - '0');
	}
	return 0;
}

/* The next space-separated token of *s, or 0 at the end. */
static size_t
notes_token(const char **s, const char **tok)
{
	size_t	 n = 0;

	while (**s == ' ' || **s == '\t')
		(*s)++;
	*tok = *s;
	while ((*s)[n] != '\0' && (*s)[n] != ' ' && (*s)[n] != '\t')
		n++;
	*s += n;
	return n;
}

static const char *
notes_rating_word(const struct notes_mech *m)
{
	switch (m->rating) {
	case NOTES_MECH_PREFERRED:
		return "preferred";
	case NOTES_MECH_TOKEN:
		return "OAuth token";
	case NOTES_MECH_NEEDS_TLS:
		return "needs TLS";
	case NOTES_MECH_OBSOLETE:
		return "obsolete";
	case NOTES_MECH_OTHER:
		break;
	}
	return m->what;
}

/* One mechanism's rating, for a list: "PLAIN (needs TLS)". */
static void
notes_mech_cat(char *buf, size_t size, const char *name)
{
	const struct notes_mech	*m;
	char			 q[48];

	notes_quote(q, sizeof q, name, strlen(name), 30);
	if ((m = notes_mech_find(name)) != NULL)
		notes_cat(buf, size, "%s (%s)", m->name, notes_rating_word(m));
	else if (strncasecmp(name, "SCRAM-", 6) == 0)
		notes_cat(buf, size, "%s (SCRAM: preferred)", q);
	else
		notes_cat(buf, size, "%s (unknown to smtpx)", q);
}

/* Rate the mechanisms in a space-separated list, on one wrapped line. */
static void
notes_mech_list(struct notes_out *o, const char *list)
{
	char		 line[1024], name[64];
	const char	*p = list, *tok;
	size_t		 n;
	int		 count = 0;

	snprintf(line, sizeof line, "AUTH mechanisms: ");
	while ((n = notes_token(&p, &tok)) > 0) {
		if (n >= sizeof name)
			n = sizeof name - 1;
		memcpy(name, tok, n);
		name[n] = '\0';
		if (count++ > 0)
			notes_cat(line, sizeof line, ", ");
		notes_mech_cat(line, sizeof line, name);
	}
	if (count > 0)
		notes_put(o, line);
	else
		notes_put(o, "AUTH lists no mechanisms: the server offers no "
		    "way to log in");
}

/* A keyword made of X's (XXXXXXXA): masked by a firewall. */
static int
notes_masked(const char *kw)
{
	size_t	 i, len = strlen(kw);

	if (len < 4)
		return 0;
	for (i = 0; i + 1 < len; i++)
		if (kw[i] != 'X' && kw[i] != 'x')
			return 0;
	return 1;
}

/* Read out the parameters of LIMITS (RFC 9422): NAME=value pairs. */
static void
notes_limits(char *buf, size_t size, const char *params)
{
	static const struct {
		const char	*name;
		const char	*what;
	} limits[] = {
		{ "RCPTMAX", "recipients per message" },
		{ "MAILMAX", "messages per session" },
		{ "RCPTDOMAINMAX", "recipient domains per message" },
	};
	const char	*p = params, *tok, *eq;
	size_t		 n, k, i;
	int		 count = 0;

	while ((n = notes_token(&p, &tok)) > 0) {
		/* NAME=value with both parts; anything else is skipped. */
		if ((eq = memchr(tok, '=', n)) == NULL || eq == tok ||
		    eq == tok + n - 1)
			continue;
		k = eq - tok;
		notes_cat(buf, size, count++ ? ", " : "; ");
		for (i = 0; i < sizeof limits / sizeof limits[0]; i++)
			if (strlen(limits[i].name) == k &&
			    strncasecmp(tok, limits[i].name, k) == 0)
				break;
		if (i < sizeof limits / sizeof limits[0])
			notes_cat(buf, size, "at most %.*s %s",
			    (int)(n - k - 1), eq + 1, limits[i].what);
		else
			notes_cat(buf, size, "%.*s", n > 40 ? 40 : (int)n, tok);
	}
}

/*
 * Explain one EHLO keyword and its parameters; listed is 1 when it came
 * in an EHLO reply (rather than from /explain). Returns 0, or -1 when the
 * keyword is neither known nor private.
 */
static int
notes_keyword(struct notes_out *o, const char *kw, const char *params,
    int listed)
{
	const struct notes_ext	*e;
	char			 head[128], qk[72], qp[48], line[1024], num[32];
	char			 safe[256];
	uint64_t		 v;
	const char		*p, *tok;
	size_t			 n;

	if (params == NULL)
		params = "";
	notes_quote(qk, sizeof qk, kw, strlen(kw), 40);
	notes_quote(qp, sizeof qp, params, strlen(params), 40);
	notes_quote(safe, sizeof safe, params, strlen(params), 240);
	params = safe;
	if ((e = notes_ext_find(kw)) != NULL)
		snprintf(qk, sizeof qk, "%s", e->keyword);
	/* AUTH's parameters get a line of their own, rated. */
	snprintf(head, sizeof head, "%s%s%s", qk,
	    *qp && strcasecmp(kw, "AUTH") != 0 ? " " : "",
	    strcasecmp(kw, "AUTH") != 0 ? qp : "");

	if (strncasecmp(kw, "AUTH=", 5) == 0) {
		notes_putf(o, "%s: the old pre-standard form of AUTH, for old "
		    "clients; same logins as AUTH", head);
		snprintf(line, sizeof line, "%s %s", kw + 5, params);
		notes_mech_list(o, line);
		return 0;
	}
	if ((e = notes_ext_find(kw)) == NULL) {
		if (notes_masked(kw)) {
			notes_putf(o, "%s: a keyword masked by a firewall "
			    "(Cisco ESMTP inspection); often it was STARTTLS",
			    head);
			return 0;
		}
		if (kw[0] == 'X' || kw[0] == 'x') {
			notes_putf(o, "%s: a private extension (keywords "
			    "starting with X are unregistered, RFC 5321 "
			    "2.2.2)", head);
			return 0;
		}
		notes_putf(o, "%s: not an extension smtpx knows (not in the "
		    "IANA registry it was built with)", head);
		return -1;
	}

	snprintf(line, sizeof line, "%s: %s", head, e->what);
	switch (e->param) {
	case NOTES_P_SIZE:
		p = params;
		n = notes_token(&p, &tok);
		if (notes_number(tok, n, &v) == 0 && v > 0) {
			notes_mib(num, sizeof num, v);
			snprintf(line, sizeof line, "%s: messages up to %s; "
			    "declare SIZE=n on MAIL FROM", head, num);
		} else
			snprintf(line, sizeof line, "%s: SIZE=n may be "
			    "declared on MAIL FROM; no limit is "
			    "announced", head);
		break;
	case NOTES_P_DELIVERBY:
		p = params;
		n = notes_token(&p, &tok);
		if (notes_number(tok, n, &v) == 0 && v > 0)
			notes_cat(line, sizeof line,
			    "; shortest BY time %llu s", (unsigned long long)v);
		break;
	case NOTES_P_FUTURE:
		p = params;
		n = notes_token(&p, &tok);
		if (notes_number(tok, n, &v) == 0) {
			notes_cat(line, sizeof line, "; hold at most %llu s",
			    (unsigned long long)v);
			if ((n = notes_token(&p, &tok)) > 0)
				notes_cat(line, sizeof line, ", until %.*s",
				    n > 30 ? 30 : (int)n, tok);
		}
		break;
	case NOTES_P_LIMITS:
		notes_limits(line, sizeof line, params);
		break;
	case NOTES_P_NONE:
	case NOTES_P_RAW:
	case NOTES_P_AUTH:
		break;
	}
	if (e->flags & NOTES_EXT_OBSOLETE)
		notes_cat(line, sizeof line, " (%s, obsolete)", e->rfc);
	else if (e->flags & NOTES_EXT_PRIVATE)
		notes_cat(line, sizeof line, " (%s, unregistered)", e->rfc);
	else
		notes_cat(line, sizeof line, " (%s)", e->rfc);
	notes_put(o, line);
	if (e->param == NOTES_P_AUTH && (listed || *params != '\0'))
		notes_mech_list(o, params);
	return 0;
}

/* How much to say about an enhanced code. */
#define NOTES_ESC_FULL		0	/* registry name, meaning */
#define NOTES_ESC_SHORT		1	/* registry name only (successes) */
#define NOTES_ESC_KNOWN		2	/* a known message said it better */
#define NOTES_ESC_OTHER		3	/* of another class than the reply:
					   name and subject, no advice that
					   would contradict the reply */

/*
 * "5.7.1: delivery not authorized... (RFC 3463)" and its meaning. After
 * a known message only the registry's name is given, marked as such:
 * providers use codes loosely (Gmail's 5.7.14 is not about trust), and
 * the known message has already said what it means there.
 */
static void
notes_esc_note(struct notes_out *o, const char *esc, int mode)
{
	const struct notes_esc	*e;
	int			 cls, subject, detail;

	if (notes_esc_parse(esc, &cls, &subject, &detail) == -1)
		return;
	/* One line per code: its name and its meaning together. */
	if ((e = notes_esc_find(subject, detail)) != NULL) {
		if (mode == NOTES_ESC_KNOWN)
			notes_putf(o, "%s in the registry: %s (%s)", esc,
			    e->title, e->rfc);
		else if (mode == NOTES_ESC_FULL)
			notes_putf(o, "%s %s (%s): %s", esc, e->title, e->rfc,
			    e->what);
		else
			notes_putf(o, "%s: %s (%s)", esc, e->title, e->rfc);
		return;
	}
	if (mode == NOTES_ESC_KNOWN) {
		notes_putf(o, "%s: the server's own code, not in the IANA "
		    "registry (x.%d.x: %s)", esc, subject, subject <= 7 ?
		    notes_esc_subject_word[subject] : "undefined subject");
		return;
	}
	if (subject >= 0 && subject <= 7 && mode == NOTES_ESC_OTHER)
		notes_putf(o, "%s: not in the IANA registry; %s", esc,
		    notes_esc_subject_what[subject]);
	else if (subject >= 0 && subject <= 7)
		notes_putf(o, "%s: not in the IANA registry; %s; class %d, %s",
		    esc, notes_esc_subject_what[subject], cls,
		    notes_esc_class_what[cls]);
	else
		notes_putf(o, "%s: not in the IANA registry, and subject %d is "
		    "undefined (RFC 3463 has 0 to 7); class %d, %s", esc,
		    subject, cls, notes_esc_class_what[cls]);
}

/*
 * Where the enhanced code was, when not at the start of the reply where
 * RFC 3463 puts it: a later line (a bilingual reply's other half),
 * qmail's "(#5.7.1)", or after a gateway's tag word.
 */
static void
notes_esc_where(struct notes_out *o, const struct reply *r)
{
	char		 tag[48], on[32] = "";
	const char	*s;
	size_t		 n;

	if (r->esc[0] == '\0' || r->esc_line >= r->nlines)
		return;
	if (r->nlines > 1)
		snprintf(on, sizeof on, " on line %zu", r->esc_line + 1);
	switch (r->esc_from) {
	case REPLY_ESC_START:
		if (r->esc_line > 0)
			notes_putf(o, "%s: the enhanced code, found at the "
			    "start of line %zu, not of the first", r->esc,
			    r->esc_line + 1);
		break;
	case REPLY_ESC_HASH:
		notes_putf(o, "%s: the enhanced code, found in the text%s in "
		    "qmail's form (#%s)", r->esc, on, r->esc);
		break;
	case REPLY_ESC_TAG:
		s = r->lines[r->esc_line];
		n = strcspn(s, " ");
		notes_quote(tag, sizeof tag, s, n, 32);
		notes_putf(o, "%s: the enhanced code, found%s after the tag "
		    "\"%s\"", r->esc, on, tag);
		break;
	}
}

/* "550 permanent failure: ..." with the command's own meaning if any. */
static void
notes_code_note(struct notes_out *o, int code, const char *verb)
{
	const struct notes_code_verb	*cv;
	const struct notes_code		*c;
	int				 cls = code / 100, d2 = code / 10 % 10;

	if (cls < 1 || cls > 5) {
		notes_putf(o, "%d: not an SMTP reply code (the first digit "
		    "is 2 to 5)", code);
		return;
	}
	if (d2 > 5) {
		/* Exchange's "571": RFC 5321 4.2 reads it by its class. */
		notes_putf(o, "%d: not a standard code (second digit above "
		    "5); read by its first digit: %s", code,
		    notes_class_word[cls]);
		return;
	}
	c = notes_code_find(code);
	if ((cv = notes_code_verb_find(code, verb)) != NULL)
		notes_putf(o, "%d %s: %s", code, notes_class_word[cls],
		    cv->what);
	else if (c != NULL)
		notes_putf(o, "%d %s: %s (%s)", code, notes_class_word[cls],
		    c->what, c->rfc);
	else
		notes_putf(o, "%d: no standard meaning; %dxx = %s; second "
		    "digit %s", code, cls, notes_class_what[cls],
		    notes_digit2_what[d2]);
}

static int
notes_verb_is(const struct notes_ctx *ctx, const char *verb)
{
	return ctx->verb != NULL && strcasecmp(ctx->verb, verb) == 0;
}

/* A 334 challenge, decoded when it is text (LOGIN's "Username:"). */
static void
notes_challenge(struct notes_out *o, const struct reply *r)
{
	struct buf	 b;
	const char	*s = r->nlines > 0 ? r->lines[0] : "";
	size_t		 i, len = r->nlines > 0 ? r->lens[0] : 0;
	char		 q[96];
	int		 text = 1;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0) {
		notes_put(o, "334 with no challenge: send your first response, "
		    "e.g. PLAIN's base64 of \\0user\\0password");
		return;
	}
	buf_init(&b, 4096);
	if (b64_decode(s, len, &b) == -1) {
		notes_put(o, "the challenge is not valid base64");
		buf_free(&b);
		return;
	}
	for (i = 0; i < b.len; i++)
		if ((unsigned char)b.data[i] < 0x20 ||
		    (unsigned char)b.data[i] == 0x7f)
			text = 0;
	if (text && b.len > 0) {
		notes_quote(q, sizeof q, b.data, b.len, 72);
		notes_putf(o, "challenge decoded: \"%s\"", q);
	} else
		notes_putf(o, "challenge decoded: %zu bytes of binary data "
		    "(normal for some mechanisms)", b.len);
	buf_free(&b);
}

/*
 * Some servers end the EHLO reply with a word that is no keyword, like
 * Amazon SES's "250 Ok"; it is not listed as an extension.
 */
static int
notes_filler(const char *kw)
{
	return strcasecmp(kw, "OK") == 0;
}

/* The keyword list of an EHLO reply on one wrapped line. */
static void
notes_ehlo_summary(struct notes_out *o, const struct caps *c)
{
	char		 line[1024], num[32];
	size_t		 i, j, n = 0;

	for (i = 0; i < c->n; i++)
		if (!notes_filler(c->v[i].keyword))
			n++;
	if (n == 0) {
		notes_put(o, "the server lists no extensions: plain SMTP only");
		return;
	}
	snprintf(line, sizeof line, "the server offers %zu extension%s: ",
	    n, n == 1 ? "" : "s");
	for (i = 0, n = 0; i < c->n; i++) {
		if (notes_filler(c->v[i].keyword))
			continue;
		if (n++ > 0)
			notes_cat(line, sizeof line, ", ");
		notes_cat(line, sizeof line, "%.40s", c->v[i].keyword);
		if (strcmp(c->v[i].keyword, "AUTH") == 0 && c->nmechs > 0) {
			notes_cat(line, sizeof line, " (");
			for (j = 0; j < c->nmechs; j++)
				notes_cat(line, sizeof line, "%s%.30s",
				    j ? " " : "", c->mechs[j]);
			notes_cat(line, sizeof line, ")");
		} else if (strcmp(c->v[i].keyword, "SIZE") == 0 &&
		    c->size_given) {
			notes_mib(num, sizeof num, c->size);
			notes_cat(line, sizeof line, " %s", num);
		}
	}
	notes_put(o, line);
}

/* Keywords of a that b lacks, as a list; returns how many. */
static int
notes_caps_minus(char *buf, size_t size, const struct caps *a,
    const struct caps *b, const char *skip)
{
	size_t	 i;
	int	 n = 0;

	buf[0] = '\0';
	for (i = 0; i < a->n; i++) {
		if (caps_has(b, a->v[i].keyword) ||
		    (skip != NULL && strcmp(a->v[i].keyword, skip) == 0))
			continue;
		notes_cat(buf, size, "%s%.40s", n++ ? ", " : "",
		    a->v[i].keyword);
	}
	return n;
}

/* Mechanisms of a that b lacks, space-separated; returns how many. */
static int
notes_mechs_minus(char *buf, size_t size, const struct caps *a,
    const struct caps *b)
{
	size_t	 i;
	int	 n = 0;

	buf[0] = '\0';
	for (i = 0; i < a->nmechs; i++) {
		if (caps_has_mech(b, a->mechs[i]))
			continue;
		notes_cat(buf, size, "%s%.30s", n++ ? " " : "", a->mechs[i]);
	}
	return n;
}

/* 1 when two offers differ in keywords or AUTH mechanisms. */
static int
notes_caps_differ(const struct caps *a, const struct caps *b)
{
	size_t	 i;

	if (a->n != b->n || a->nmechs != b->nmechs)
		return 1;
	for (i = 0; i < a->n; i++)
		if (!caps_has(b, a->v[i].keyword))
			return 1;
	for (i = 0; i < a->nmechs; i++)
		if (!caps_has_mech(b, a->mechs[i]))
			return 1;
	return 0;
}

/* What changed between two EHLO replies. */
static void
notes_ehlo_changes(struct notes_out *o, const struct notes_ctx *ctx,
    const struct caps *prev, const struct caps *cur)
{
	char		 list[512], list2[512], a[32], b[32];
	const char	*when = "since the last EHLO";
	int		 changed = 0;

	if (ctx->tls && caps_has(prev, "STARTTLS") &&
	    !caps_has(cur, "STARTTLS"))
		when = "after STARTTLS";
	if (caps_has(cur, "AUTH") && !caps_has(prev, "AUTH") &&
	    cur->nmechs > 0) {
		notes_mechs_minus(list, sizeof list, cur, prev);
		notes_putf(o, "%s, AUTH appeared: %s", when, list);
		changed = 1;
	}
	if (notes_caps_minus(list, sizeof list, cur, prev, "AUTH") > 0) {
		notes_putf(o, "%s, new: %s", when, list);
		changed = 1;
	}
	if (notes_caps_minus(list, sizeof list, prev, cur, NULL) > 0) {
		notes_putf(o, "%s, gone: %s%s", when, list,
		    ctx->tls && caps_has(prev, "STARTTLS") &&
		    !caps_has(cur, "STARTTLS") ? " (TLS is on now)" : "");
		changed = 1;
	}
	if (caps_has(cur, "AUTH") && caps_has(prev, "AUTH")) {
		if (notes_mechs_minus(list, sizeof list, cur, prev) +
		    notes_mechs_minus(list2, sizeof list2, prev, cur) > 0) {
			notes_putf(o, "%s, AUTH mechanisms changed: new %s; "
			    "gone %s", when, *list ? list : "none",
			    *list2 ? list2 : "none");
			changed = 1;
		}
	}
	if (cur->size_given != prev->size_given || cur->size != prev->size) {
		if (prev->size_given)
			notes_mib(a, sizeof a, prev->size);
		else
			snprintf(a, sizeof a, "none");
		if (cur->size_given)
			notes_mib(b, sizeof b, cur->size);
		else
			snprintf(b, sizeof b, "none");
		notes_putf(o, "%s, SIZE limit changed: %s -> %s", when, a, b);
		changed = 1;
	}
	if (!changed)
		notes_putf(o, "%s, nothing changed in the offer", when);
}

/* Hints about TLS and AUTH after an EHLO, from port and TLS state. */
static void
notes_ehlo_hints(struct notes_out *o, const struct notes_ctx *ctx,
    const struct caps *c)
{
	int	 auth = caps_has(c, "AUTH") || c->nmechs > 0;
	int	 clear = caps_has_mech(c, "PLAIN") || caps_has_mech(c, "LOGIN");

	if (!auth && !ctx->tls && ctx->port == 25)
		notes_put(o, "no AUTH: normal on port 25 (relay between "
		    "servers); mail clients log in on 587 or 465");
	else if (!auth && !ctx->tls && caps_has(c, "STARTTLS"))
		notes_put(o, "no AUTH yet: many servers offer AUTH only after "
		    "STARTTLS; /starttls, then EHLO again");
	else if (!auth && ctx->port != 25 && !ctx->authenticated)
		notes_put(o, "no AUTH offered: you cannot log in here; check "
		    "the host and port for submission");
	if (auth && clear && !ctx->tls)
		notes_put(o, "AUTH offered in clear: PLAIN or LOGIN here would "
		    "send the password readable; /starttls first");
	if (!ctx->tls && !caps_has(c, "STARTTLS"))
		notes_put(o, ctx->port == 25 ?
		    "no STARTTLS: mail on this hop would cross the network "
		    "unencrypted" :
		    "no STARTTLS: this connection cannot be encrypted; send no "
		    "password over it");
}

/* Everything about an EHLO reply: summary, changes, hints, keywords. */
static void
notes_ehlo(struct notes_out *o, const struct notes_ctx *ctx,
    const struct reply *r)
{
	struct caps		*cur;
	const struct caps	*prev;
	size_t			 i;

	if ((cur = caps_parse(r)) == NULL)
		return;
	/*
	 * The reply itself is the truth about this EHLO. The one before is
	 * prev_caps; if that is unset, caps may still hold the older offer
	 * when the session has not yet replaced it.
	 */
	prev = ctx->prev_caps;
	if (prev == NULL && ctx->caps != NULL &&
	    notes_caps_differ(ctx->caps, cur))
		prev = ctx->caps;
	notes_ehlo_summary(o, cur);
	if (prev != NULL)
		notes_ehlo_changes(o, ctx, prev, cur);
	notes_ehlo_hints(o, ctx, cur);
	for (i = 0; i < cur->n; i++)
		if (!notes_filler(cur->v[i].keyword))
			notes_keyword(o, cur->v[i].keyword, cur->v[i].params,
			    1);
	caps_free(cur);
}

/* Hints that depend on the session, for a reply. */
static void
notes_rules(struct notes_out *o, const struct notes_ctx *ctx,
    const struct reply *r, const struct notes_known *k, const char *text)
{
	unsigned	 f = k != NULL ? k->flags : 0;
	int		 cls = r->code / 100, said25;

	said25 = (f & NOTES_K_RELAY) && !ctx->authenticated && ctx->port == 25;
	if ((f & NOTES_K_RELAY) && !ctx->authenticated) {
		if (ctx->port == 25)
			notes_put(o, "port 25 is for mail between servers: to "
			    "send as a user, use port 587 with /starttls and "
			    "/auth");
		else
			notes_put(o, "you are not logged in: /auth first "
			    "(after /starttls), then MAIL FROM again");
	} else if (f & NOTES_K_RELAY)
		notes_put(o, "you are logged in, yet relaying is refused: this "
		    "account may not send from that address or to that domain");

	/* 530 "Must issue a STARTTLS command first", in any wording. */
	if (!(f & NOTES_K_NEEDTLS) && r->code == 530 &&
	    strstr(text, "starttls") != NULL)
		f |= NOTES_K_NEEDTLS;
	if ((f & NOTES_K_NEEDTLS) && ctx->tls)
		notes_put(o, "TLS is on already, yet the server asks for it: "
		    "send EHLO again after the handshake");
	else if ((f & NOTES_K_NEEDTLS) && (k == NULL ||
	    !(k->flags & NOTES_K_NEEDTLS)))
		notes_put(o, "type /starttls, then EHLO again: the server "
		    "wants TLS first");

	/* On port 25 the relay hint above has said it already. */
	if ((f & NOTES_K_NEEDAUTH) && !said25) {
		if (ctx->authenticated)
			notes_put(o, "you logged in, yet the server asks for "
			    "it: a STARTTLS or EHLO after AUTH may have reset "
			    "the login");
		else if (ctx->port == 25)
			notes_put(o, "port 25 seldom offers logins: to send as "
			    "a user, use port 587 (or 465) with /auth");
		else if (!ctx->tls && ctx->port != 465)
			notes_put(o, "no TLS yet: most servers offer AUTH only "
			    "after /starttls");
	}

	if ((f & NOTES_K_NOAUTH) || (notes_verb_is(ctx, "AUTH") &&
	    (r->code == 500 || r->code == 502 || r->code == 503) &&
	    ctx->caps != NULL && !caps_has(ctx->caps, "AUTH"))) {
		if (ctx->port == 25)
			notes_put(o, "AUTH is not expected on port 25 (relay): "
			    "mail clients log in on 587 or 465");
		else if (!ctx->tls && (ctx->caps == NULL ||
		    caps_has(ctx->caps, "STARTTLS")))
			notes_put(o, "AUTH often appears only after STARTTLS: "
			    "/starttls, EHLO again, then /auth");
	}
	if ((f & NOTES_K_AUTHFAIL) && !ctx->tls && !ctx->implicit_tls)
		notes_put(o, "this login ran without TLS: with PLAIN or LOGIN "
		    "the password crossed the network readable");

	/* In an AUTH exchange the session shows each challenge decoded
	   (even with notes off); saying it again here would be twice. */
	if (r->code == 334 && !notes_verb_is(ctx, "AUTH"))
		notes_challenge(o, r);
	if (notes_verb_is(ctx, "STARTTLS") && cls == 4)
		notes_put(o, "TLS cannot start now: send no password over this "
		    "connection; retry later");
	if (ctx->verb != NULL && ctx->verb[0] == '\0' && r->code == 421)
		notes_put(o, "the server turns you away at once: too many "
		    "connections, or your address is blocked");
}

void
notes_reply(const struct notes_ctx *ctx, const struct reply *r,
    notes_emit_fn *emit, void *arg)
{
	struct notes_out		 o = { emit, arg, 0 };
	const struct notes_known	*k;
	char				 text[NOTES_TEXT_MAX], esc[16];
	int				 ecls, subject, detail, cls;

	if (r == NULL || emit == NULL)
		return;
	if (ctx == NULL)
		ctx = &notes_noctx;
	cls = r->code / 100;

	esc[0] = '\0';
	if (r->esc[0] != '\0')
		snprintf(esc, sizeof esc, "%s", r->esc);
	else if (r->nlines > 0)
		reply_esc(r->lines[0], r->lens[0], esc);
	notes_known_text(r, text, sizeof text);

	if ((k = notes_known_find(r->code, esc, text)) != NULL) {
		notes_putf(&o, "%s: %s", k->who, k->cause);
		if (k->todo != NULL)
			notes_putf(&o, "what to do: %s", k->todo);
	}
	notes_rules(&o, ctx, r, k, text);
	if (esc[0] != '\0' && strcmp(esc, r->esc) == 0)
		notes_esc_where(&o, r);
	if (esc[0] != '\0' &&
	    notes_esc_parse(esc, &ecls, &subject, &detail) == 0 &&
	    ecls != cls)
		notes_putf(&o, "mixed signals: %d means %s, but %s means %s; "
		    "clients go by the 3-digit code", r->code,
		    notes_class_word[cls] != NULL ? notes_class_word[cls] :
		    "no class", esc, ecls == 2 ? "success" : ecls == 4 ?
		    "temporary failure" : "permanent failure");
	if (esc[0] != '\0')
		notes_esc_note(&o, esc, k != NULL ? NOTES_ESC_KNOWN :
		    esc[0] - '0' != cls ? NOTES_ESC_OTHER :
		    cls == 2 ? NOTES_ESC_SHORT : NOTES_ESC_FULL);
	/* An EHLO reply; when the command is unknown, a 250 in lines. */
	if (cls == 2 && (notes_verb_is(ctx, "EHLO") || (r->code == 250 &&
	    r->nlines > 1 && (ctx->verb == NULL || notes_verb_is(ctx, "?")))))
		notes_ehlo(&o, ctx, r);
	notes_code_note(&o, r->code, ctx->verb);
}

void
notes_event(const struct notes_ctx *ctx, enum notes_event ev,
    notes_emit_fn *emit, void *arg)
{
	struct notes_out	 o = { emit, arg, 0 };
	const struct notes_port	*p;

	if (emit == NULL)
		return;
	if (ctx == NULL)
		ctx = &notes_noctx;
	p = notes_port_find(ctx->port);

	switch (ev) {
	case NOTES_EV_CONNECTED:
		if (p != NULL) {
			notes_put(&o, p->what);
			if (p->more != NULL)
				notes_put(&o, p->more);
		} else if (ctx->port > 0)
			notes_putf(&o, "port %d: not a standard mail port; "
			    "SMTP uses 25, 587 and 465", ctx->port);
		if (ctx->port == 465 && !ctx->implicit_tls)
			notes_put(&o, "port 465 expects TLS from the first "
			    "byte: if no greeting comes, reconnect with --tls");
		else if (ctx->implicit_tls && ctx->port != 465 &&
		    ctx->port != 0)
			notes_putf(&o, "TLS from the start is unusual on port "
			    "%d: the norm here is plaintext, then /starttls",
			    ctx->port);
		break;
	case NOTES_EV_CONNECT_TIMEOUT:
		if (ctx->port == 25) {
			notes_put(&o, "no answer on port 25: many ISPs and "
			    "clouds block outgoing port 25 (OP25B) against "
			    "spam");
			notes_put(&o, "to send as a user, submit on 587 (or "
			    "465) with AUTH; to test a server, use a network "
			    "that allows 25");
		} else
			notes_putf(&o, "no answer on port %d: a firewall drops "
			    "the packets, or the host is down", ctx->port);
		break;
	case NOTES_EV_CONNECT_REFUSED:
		notes_putf(&o, "port %d refused: nothing listens there (or a "
		    "firewall rejects); check the host and port", ctx->port);
		if (ctx->port == 465)
			notes_put(&o, "this server may not offer implicit TLS: "
			    "try 587 and /starttls");
		else if (ctx->port == 587)
			notes_put(&o, "try 465 with --tls, the other "
			    "submission port");
		else if (ctx->port == 25)
			notes_put(&o, "a host that receives mail listens on "
			    "25; is this the domain's MX host?");
		break;
	case NOTES_EV_GREETING_TIMEOUT:
		if (ctx->implicit_tls)
			notes_put(&o, "TLS is up but no greeting came: a slow "
			    "server, or not SMTP on this port");
		else if (ctx->port == 465)
			notes_put(&o, "connected, but no greeting: port 465 "
			    "wants TLS from the first byte; reconnect with "
			    "--tls");
		else {
			notes_put(&o, "connected, but no greeting: maybe the "
			    "port wants implicit TLS; try --tls or port 465");
			if (ctx->port == 25)
				notes_put(&o, "some servers on port 25 delay "
				    "the greeting on purpose against spam: "
				    "waiting may help");
		}
		break;
	case NOTES_EV_TLS_NOT_TLS:
		notes_put(&o, "the server answered in plaintext, not TLS: this "
		    "port speaks plaintext");
		notes_putf(&o, "try STARTTLS: connect without --tls and type "
		    "/starttls after EHLO%s", ctx->port == 587 ? "" :
		    ", or use port 587");
		break;
	case NOTES_EV_AUTH_NO_TLS:
		notes_put(&o, "AUTH in clear: PLAIN and LOGIN send the "
		    "password readable on the path (base64 is no encryption)");
		notes_put(&o, "use /starttls first, or port 465 with --tls");
		break;
	}
	if (o.n == 0)
		notes_put(&o, "no note for this event");
}

/* A basic code "550" or a class "5xx": 0 and *c set (class: c = 5). */
static int
notes_parse_code(const char *s, size_t n, int *c)
{
	if (n != 3 || s[0] < '2' || s[0] > '5')
		return -1;
	if ((s[1] == 'x' || s[1] == 'X') && (s[2] == 'x' || s[2] == 'X')) {
		*c = s[0] - '0';
		return 0;
	}
	/* A second digit past 5 is no standard code, but servers send them
	   (Exchange's 571): explained by class. */
	if (s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9')
		return -1;
	*c = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	return 0;
}

/* /explain for a code (c > 0), an enhanced code (esc != NULL) or both. */
static void
notes_explain_codes(struct notes_out *o, int c, const char *esc)
{
	const struct notes_known	*k;
	int				 ecls, subject, detail;

	if (esc != NULL &&
	    notes_esc_parse(esc, &ecls, &subject, &detail) == 0) {
		/* A provider's own code says more than the registry. */
		if ((k = notes_known_find_esc(esc)) != NULL) {
			notes_putf(o, "%s: %s", k->who, k->cause);
			if (k->todo != NULL)
				notes_putf(o, "what to do: %s", k->todo);
		}
		notes_esc_note(o, esc, NOTES_ESC_FULL);
		/* An unregistered code got its subject and class already. */
		if (notes_esc_find(subject, detail) != NULL) {
			notes_putf(o, "%s", notes_esc_subject_what[subject]);
			notes_putf(o, "%d.x.x: %s", ecls,
			    notes_esc_class_what[ecls]);
		}
		if (c >= 100 && ecls != c / 100)
			notes_putf(o, "mixed signals: %d and %s are of "
			    "different classes; clients go by the 3-digit "
			    "code", c, esc);
	}
	if (c > 0 && c < 10)
		notes_putf(o, "%dxx: %s", c, notes_class_what[c]);
	else if (c > 0) {
		notes_code_note(o, c, NULL);
		if (notes_code_find(c) != NULL)
			notes_putf(o, "%dxx: %s", c / 100,
			    notes_class_what[c / 100]);
	}
}

/* /explain for a whole reply line: notes as for a reply, no context. */
static void
notes_explain_text(struct notes_out *o, int code, const char *text)
{
	struct reply	 r;
	char		 buf[1024], *line = buf;
	size_t		 len;

	snprintf(buf, sizeof buf, "%s", text);
	len = strlen(buf);
	memset(&r, 0, sizeof r);
	r.code = code;
	r.nlines = 1;
	r.lines = &line;
	r.lens = &len;
	reply_find_esc(&r);
	notes_reply(NULL, &r, o->emit, o->arg);
}

/* 1 when explain knows something to say about keyword kw. */
static int
notes_keyword_known(const char *kw)
{
	return notes_ext_find(kw) != NULL || notes_masked(kw) ||
	    strncasecmp(kw, "AUTH=", 5) == 0 ||
	    ((kw[0] == 'X' || kw[0] == 'x') && kw[1] != '\0');
}

int
notes_explain(const char *query, notes_emit_fn *emit, void *arg)
{
	struct notes_out		 o = { emit, arg, 0 };
	const struct notes_mech		*m;
	const struct notes_port		*p;
	const char			*s, *t1, *t2, *t3;
	char				 a[72], b[72], q[64];
	size_t				 n1, n2, n3;
	uint64_t			 v;
	int				 c, ecls, subject, detail;

	if (emit == NULL)
		return -1;
	if (query == NULL)
		query = "";
	s = query;
	n1 = notes_token(&s, &t1);
	n2 = notes_token(&s, &t2);
	n3 = notes_token(&s, &t3);
	if (n1 == 0) {
		notes_put(&o, "nothing to explain: give a code (550), an "
		    "enhanced code (5.7.1) or a keyword (PIPELINING)");
		return -1;
	}
	notes_quote(a, sizeof a, t1, n1, 60);
	notes_quote(b, sizeof b, t2, n2, 60);

	/* A port: 25, 465, 587, 2525. */
	if (n2 == 0 && notes_number(t1, n1, &v) == 0 &&
	    (p = notes_port_find((int)v)) != NULL) {
		notes_put(&o, p->what);
		if (p->more != NULL)
			notes_put(&o, p->more);
		return 0;
	}
	/*
	 * A reply pasted from a bounce: "535 5.7.139 Authentication ...".
	 * A code followed by words is explained as if the server had said it.
	 */
	if (notes_parse_code(t1, n1, &c) == 0 && c >= 100 && n2 > 0 &&
	    (n3 > 0 || !(t2[0] >= '0' && t2[0] <= '9'))) {
		notes_explain_text(&o, c, t2);
		return 0;
	}
	/* A code and an enhanced code, in either order, or one alone. */
	if (n3 == 0 && notes_parse_code(t1, n1, &c) == 0 &&
	    (n2 == 0 || (c >= 100 && notes_esc_parse(b, &ecls, &subject,
	    &detail) == 0))) {
		notes_explain_codes(&o, c, n2 ? b : NULL);
		return 0;
	}
	if (n3 == 0 && notes_esc_parse(a, &ecls, &subject, &detail) == 0 &&
	    (n2 == 0 || (notes_parse_code(t2, n2, &c) == 0 && c >= 100))) {
		notes_explain_codes(&o, n2 ? c : 0, a);
		return 0;
	}
	/* A SASL mechanism. */
	if (n2 == 0 && (m = notes_mech_find(a)) != NULL) {
		notes_putf(&o, "%s: a SASL mechanism for AUTH; %s", m->name,
		    m->what);
		return 0;
	}
	/* An EHLO keyword, the rest of the query being its parameters. */
	if (n1 < sizeof a - 4 && notes_keyword_known(a)) {
		/* t2 runs to the end of the query: all the parameters. */
		notes_keyword(&o, a, n2 ? t2 : "", 0);
		if (strcasecmp(a, "AUTH") == 0 && n2 == 0)
			notes_put(&o, "AUTH mechanisms: SCRAM-SHA-256 "
			    "preferred, XOAUTH2/OAUTHBEARER tokens, "
			    "PLAIN/LOGIN need TLS, CRAM-MD5 obsolete");
		return 0;
	}
	/* Not understood: one sentence saying why. */
	notes_quote(q, sizeof q, query, strlen(query), 20);
	notes_putf(&o, "cannot explain \"%s\": try 550, 5.7.1, \"550 5.7.1\" "
	    "or a keyword like PIPELINING", q);
	return -1;
}
