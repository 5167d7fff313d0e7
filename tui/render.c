/*
 * Rendering notes (see render.h). A template is a whole sentence; "{N}"
 * is the Nth argument, "{@name}" the words for an action of ours (a
 * slash command or an option). Table texts passed by reference are
 * translated on their own and may hold actions too. Lists (SASL
 * mechanisms, LIMITS) are read out item by item with their own small
 * templates. A reference core marks as given before in the session
 * (NOTE_A_RFC_SEEN) is left out with its " (...)", so an RFC is named
 * once per topic. Nothing here keeps state but the translation function.
 */
#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "findings.h"
#include "notes.h"
#include "render.h"
#include "transcript.h"
#include "width.h"

#define N_(s)	(s)

struct render_msg {
	const char	*id;
	const char	*text;
};

/* Words for the actions core's texts name by placeholder. */
static const struct render_msg render_actions[] = {
	{ "starttls", "/starttls" },
	{ "auth", "/auth" },
	{ "auth-mech", N_("/auth MECH") },
	{ "b64", "/b64" },
	{ "tls", "--tls" },
	{ "insecure", N_("--insecure (or /connect HOST PORT --insecure)") },
	{ "servername",
	    N_("--servername NAME (/connect HOST PORT --servername NAME)") },
	{ "ca-file", N_("--ca-file FILE") },
};

/* Note ids whose whole sentence names our commands, and the hints. */
static const struct render_msg render_msgs[] = {
	{ "cert.commands",
	    N_("/cert shows the chain; /cert save FILE writes it as PEM") },
	{ "hint.wait", N_("wait for the server") },
	{ "hint.connect", N_("/connect HOST PORT") },
	{ "hint.greeting", N_("wait for the greeting") },
	{ "hint.ehlo", N_("EHLO your.name") },
	{ "hint.starttls", "/starttls" },
	{ "hint.auth", N_("/auth MECH USER") },
	{ "hint.mail", N_("MAIL FROM:<address>") },
	{ "hint.rcpt", N_("RCPT TO:<address>") },
	{ "hint.rcpt-data", N_("RCPT TO:<address> or DATA") },
	{ "hint.data", N_("message lines, then . alone (or /data FILE)") },
	{ "hint.again", N_("/connect to start again") },
};

/* Findings (core/findings.h), one whole sentence per id. */
static const struct render_plural {
	const char	*id;
	const char	*text;
	const char	*plural;
} render_findings[] = {
	{ "finding.auth-before-tls",
	    N_("AUTH ({1}) is offered before STARTTLS: a client that "
	    "authenticates now sends its password unencrypted"), NULL },
	{ "finding.no-starttls",
	    N_("no STARTTLS on port {1}: nothing on this connection can be "
	    "encrypted"), NULL },
	{ "finding.clear-password",
	    N_("AUTH {1} offered without TLS: the password would cross the "
	    "network readable by anyone on the way (base64 is no "
	    "encryption)"), NULL },
	{ "finding.cert-expiring",
	    N_("the certificate expires in {1} day"),
	    N_("the certificate expires in {1} days") },
	{ "finding.cert-expired",
	    N_("the certificate expired {1} day ago"),
	    N_("the certificate expired {1} days ago") },
	{ "finding.cert-unverified",
	    N_("the certificate was not verified"), NULL },
	{ "finding.cert-unverified.name",
	    N_("the certificate was not verified: it does not name the host "
	    "connected to"), NULL },
	{ "finding.cert-unverified.address",
	    N_("the certificate was not verified: it does not name the address "
	    "connected to"), NULL },
	{ "finding.cert-unverified.self-signed",
	    N_("the certificate was not verified: it is self-signed"), NULL },
	{ "finding.cert-unverified.issuer",
	    N_("the certificate was not verified: its issuer is not trusted "
	    "(a private CA, or a missing intermediate)"), NULL },
	{ "finding.cert-unverified.expired",
	    N_("the certificate was not verified: it has expired"), NULL },
	{ "finding.cert-unverified.not-yet-valid",
	    N_("the certificate was not verified: it is not valid yet"), NULL },
	{ "finding.cert-unverified.no-certificate",
	    N_("the certificate was not verified: the server sent none"),
	    NULL },
	{ "finding.relay-refused",
	    N_("relaying refused ({1}): this server does not pass mail on to "
	    "other domains for this client"), NULL },
	{ "finding.relay-refused.domain",
	    N_("relaying to {2} refused ({1}): this server does not pass mail "
	    "on to other domains for this client"), NULL },
	{ "finding.auth-refused",
	    N_("AUTH refused ({1})"), NULL },
	{ "finding.auth-refused.mech",
	    N_("AUTH {2} refused ({1})"), NULL },
	{ "finding.auth-required",
	    N_("authentication required ({1}) before the server takes mail"),
	    NULL },
	{ "finding.auth-required.cmd",
	    N_("{2} refused until the client authenticates ({1})"), NULL },
	{ "finding.unasked-reply",
	    N_("the server sent a reply nobody asked for ({1})"), NULL },
	{ "finding.slow-greeting",
	    N_("the greeting came {1} s after the connection was made (more "
	    "than {2} s: a tarpit, or slow DNS checks on the server)"), NULL },
	{ "finding.closed-no-221",
	    N_("the server closed the connection without a 221"), NULL },
	{ "finding.closed-no-221.cmd",
	    N_("the server closed the connection while {1} waited for its "
	    "reply, without a 221"), NULL },
	{ "finding.old-tls",
	    N_("TLS version {1} is older than TLS 1.2 (deprecated by RFC "
	    "8996)"), NULL },
};

static const char *
render_dgettext(const char *msgid, const char *plural, unsigned long n)
{
	if (plural != NULL)
		return dngettext(RENDER_DOMAIN, msgid, plural, n);
	return dgettext(RENDER_DOMAIN, msgid);
}

static render_tr_fn	*render_tr = render_dgettext;

void
render_set_translate(render_tr_fn *fn)
{
	render_tr = fn != NULL ? fn : render_dgettext;
}

static const char *
render_find(const struct render_msg *t, size_t n, const char *id, size_t len)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strlen(t[i].id) == len && strncmp(t[i].id, id, len) == 0)
			return t[i].text;
	return NULL;
}

static int	render_fill(const char *, const struct note *, struct buf *);

/* A table text, translated, its actions filled in. */
static int
render_table_text(const char *ref, struct buf *out)
{
	const char	*t;

	if ((t = notes_text(ref)) == NULL)
		return buf_addstr(out, ref);
	return render_fill(render_tr(t, NULL, 1), NULL, out);
}

/* "PLAIN (needs TLS), SCRAM-SHA-256 (preferred)". */
static int
render_mechs(const char *list, struct buf *out)
{
	char		 item[128], ref[160];
	const char	*p = list, *end, *word;
	char		*colon;
	size_t		 n;
	int		 count = 0, r = 0;

	while (*p != '\0' && r == 0) {
		end = strchr(p, ' ');
		n = end != NULL ? (size_t)(end - p) : strlen(p);
		if (n >= sizeof item)
			n = sizeof item - 1;
		memcpy(item, p, n);
		item[n] = '\0';
		p += n;
		while (*p == ' ')
			p++;
		if (n == 0 || (colon = strrchr(item, ':')) == NULL)
			continue;
		*colon = '\0';
		switch (colon[1]) {
		case NOTES_R_PREFERRED:
			word = N_("preferred");
			break;
		case NOTES_R_TOKEN:
			word = N_("OAuth token");
			break;
		case NOTES_R_NEEDS_TLS:
			word = N_("needs TLS");
			break;
		case NOTES_R_OBSOLETE:
			word = N_("obsolete");
			break;
		case NOTES_R_SCRAM:
			word = N_("SCRAM: preferred");
			break;
		case NOTES_R_OTHER:
			snprintf(ref, sizeof ref, "mech:%s", item);
			word = notes_text(ref);
			break;
		default:
			word = N_("unknown to smtpx");
			break;
		}
		if (word == NULL)
			word = N_("unknown to smtpx");
		if (count++ > 0)
			r |= buf_addstr(out, render_tr(N_(", "), NULL, 1));
		r |= buf_printf(out, "%s (%s)", item, render_tr(word, NULL, 1));
	}
	return r ? -1 : 0;
}

/* LIMITS read out: "; at most 50 recipients per message, ...". */
static int
render_limits(const char *params, struct buf *out)
{
	static const struct render_msg limits[] = {
		{ "RCPTMAX", N_("at most {1} recipients per message") },
		{ "MAILMAX", N_("at most {1} messages per session") },
		{ "RCPTDOMAINMAX",
		    N_("at most {1} recipient domains per message") },
	};
	struct note	 nt;
	char		 tok[128], *eq;
	const char	*p = params, *t;
	size_t		 n, k, i;
	int		 count = 0, r = 0;

	while (*p != '\0' && r == 0) {
		while (*p == ' ')
			p++;
		n = strcspn(p, " ");
		if (n == 0)
			break;
		snprintf(tok, sizeof tok, "%.*s", (int)(n < sizeof tok ? n :
		    sizeof tok - 1), p);
		p += n;
		/* NAME=value with both parts; anything else is skipped. */
		if ((eq = strchr(tok, '=')) == NULL || eq == tok ||
		    eq[1] == '\0')
			continue;
		k = (size_t)(eq - tok);
		r |= buf_addstr(out, render_tr(count++ ? N_(", ") : N_("; "),
		    NULL, 1));
		*eq = '\0';
		for (i = 0; i < sizeof limits / sizeof limits[0]; i++)
			if (strlen(limits[i].id) == k &&
			    strcasecmp(tok, limits[i].id) == 0)
				break;
		if (i < sizeof limits / sizeof limits[0]) {
			memset(&nt, 0, sizeof nt);
			nt.nargs = 1;
			nt.a[0].type = NOTE_A_WORD;
			nt.a[0].s = eq + 1;
			t = render_tr(limits[i].text, NULL, 1);
			r |= render_fill(t, &nt, out);
		} else {
			*eq = '=';
			r |= buf_printf(out, "%.40s", tok);
		}
	}
	return r ? -1 : 0;
}

static int
render_arg(const struct note_arg *a, struct buf *out)
{
	struct note	 one;
	const char	*p;

	memset(&one, 0, sizeof one);
	one.nargs = 1;
	one.a[0].type = NOTE_A_WORD;
	one.a[0].s = a->s;
	switch (a->type) {
	case NOTE_A_TEXT:
		return render_table_text(a->s, out);
	case NOTE_A_MECHS:
		return render_mechs(a->s, out);
	case NOTE_A_LIMITS:
		return render_limits(a->s, out);
	case NOTE_A_RFC_OLD:
		return render_fill(render_tr(N_("{1}, obsolete"), NULL, 1),
		    &one, out);
	case NOTE_A_RFC_PRIV:
		return render_fill(render_tr(N_("{1}, unregistered"), NULL, 1),
		    &one, out);
	case NOTE_A_DATA:
		/* Shown as it is: the display sanitiser escapes it. */
		return buf_addstr(out, a->s);
	default:
		break;
	}
	/* Server text may hide control bytes anywhere: never pass them
	   on, whatever core quoted (a stored note has none already). */
	for (p = a->s; *p != '\0'; p++)
		if (buf_addch(out, (unsigned char)*p < 0x20 || *p == 0x7f ?
		    '?' : *p) == -1)
			return -1;
	return 0;
}

/* Fill a translated template's placeholders from nt (may be NULL). */
static int
render_fill(const char *t, const struct note *nt, struct buf *out)
{
	const char	*p, *end, *w;
	int		 k, r = 0;

	for (p = t; *p != '\0' && r == 0; p++) {
		/* " ({N})" of a reference given before is left out. */
		if (p[0] == ' ' && p[1] == '(' && p[2] == '{' && p[3] >= '1' &&
		    p[3] <= '9' && p[4] == '}' && p[5] == ')' && nt != NULL &&
		    p[3] - '1' < nt->nargs &&
		    nt->a[p[3] - '1'].type == NOTE_A_RFC_SEEN) {
			p += 5;
			continue;
		}
		if (*p != '{' || (end = strchr(p, '}')) == NULL) {
			r = buf_addch(out, *p);
			continue;
		}
		if (p[1] == '@' && (w = render_find(render_actions,
		    sizeof render_actions / sizeof render_actions[0], p + 2,
		    (size_t)(end - p - 2))) != NULL) {
			r = buf_addstr(out, render_tr(w, NULL, 1));
			p = end;
		} else if (p[1] >= '1' && p[1] <= '9' && end == p + 2) {
			k = p[1] - '1';
			if (nt != NULL && k < nt->nargs)
				r = render_arg(&nt->a[k], out);
			p = end;
		} else
			r = buf_addch(out, *p);
	}
	return r;
}

int
render_table(const char *text, struct buf *out)
{
	return render_fill(render_tr(text, NULL, 1), NULL, out);
}

int
render_note(const struct note *nt, struct buf *out)
{
	const char	*t, *plural = NULL;
	unsigned long	 n = 1;
	int		 i;

	t = render_find(render_msgs, sizeof render_msgs /
	    sizeof render_msgs[0], nt->id, strlen(nt->id));
	for (i = 0; t == NULL && i < (int)(sizeof render_findings /
	    sizeof render_findings[0]); i++)
		if (strcmp(render_findings[i].id, nt->id) == 0) {
			t = render_findings[i].text;
			plural = render_findings[i].plural;
		}
	if (t == NULL)
		t = notes_template(nt->id, &plural);
	if (t == NULL) {
		/* A note of a newer smtpx: its id and arguments. */
		if (buf_addstr(out, nt->id) == -1)
			return -1;
		for (i = 0; i < nt->nargs; i++)
			if (buf_printf(out, " %s", nt->a[i].s) == -1)
				return -1;
		return 0;
	}
	for (i = 0; i < nt->nargs; i++)
		if (nt->a[i].type == NOTE_A_NUM) {
			n = strtoul(nt->a[i].s, NULL, 10);
			break;
		}
	return render_fill(render_tr(t, plural, n), nt, out);
}

int
render_template(const char *t, const char *plural, const struct note *nt,
    struct buf *out)
{
	unsigned long	 n = 1;
	int		 i;

	for (i = 0; i < nt->nargs; i++)
		if (nt->a[i].type == NOTE_A_NUM) {
			n = strtoul(nt->a[i].s, NULL, 10);
			break;
		}
	return render_fill(render_tr(t, plural, n), nt, out);
}

int
render_finding(const struct finding *f, struct buf *out)
{
	struct note	 nt;
	char		 store[512];

	if (findings_note(f, &nt, store, sizeof store) == -1)
		return buf_addstr(out, findings_id(f->kind));
	return render_note(&nt, out);
}

int
render_note_text(const char *text, size_t len, struct buf *out)
{
	struct note	 nt;
	char		*store;
	int		 r;

	if (len == 0 || text[0] != NOTES_SER_MARK)
		return buf_add(out, text, len);
	if ((store = malloc(len + 1)) == NULL)
		return -1;
	if (notes_parse(text, len, &nt, store, len + 1) == -1)
		r = buf_add(out, text + 1, len - 1);
	else
		r = render_note(&nt, out);
	free(store);
	return r;
}

void
render_wrap(const char *text, size_t len, int cols, int indent,
    render_line_fn *fn, void *arg)
{
	char		*line;
	size_t		 off = 0, cut, end;
	int		 room, in = 0;

	if ((line = malloc(len + (size_t)indent + 1)) == NULL)
		return;
	while (off < len && text[off] == ' ')
		off++;
	while (off < len) {
		room = cols - in;
		if (room < 1)
			room = 1;
		/* The screen's rule (width.c): whole characters, a break
		   at a space or where Japanese allows one. */
		cut = width_row_end(text, len, off, room);
		memset(line, ' ', (size_t)in);
		end = cut;
		while (end > off && text[end - 1] == ' ')
			end--;
		memcpy(line + in, text + off, end - off);
		if (end > off)
			fn(arg, line, (size_t)in + (end - off));
		off = cut;
		while (off < len && text[off] == ' ')
			off++;
		in = indent;
	}
	free(line);
}

struct render_out {
	const struct tr_entry	*e;
	int			 with_time;
	struct buf		*out;
	int			 r;
};

static void
render_entry_line(void *arg, const char *line, size_t len)
{
	struct render_out	*ro = arg;
	struct tr_entry		 e = *ro->e;
	char			*copy;

	if ((copy = malloc(len + 1)) == NULL) {
		ro->r = -1;
		return;
	}
	memcpy(copy, line, len);
	copy[len] = '\0';
	e.text = copy;
	e.len = len;
	if (transcript_format(&e, 1, ro->with_time, ro->out) == -1 ||
	    buf_addch(ro->out, '\n') == -1)
		ro->r = -1;
	free(copy);
}

static int
render_entry_decoded(const struct tr_entry *e, int with_time,
    struct buf *out)
{
	struct render_out	 ro = { e, with_time, out, 0 };
	struct buf		 text;

	buf_init(&text, 0);
	if (render_note_text(e->text, e->len, &text) == 0)
		render_entry_line(&ro, text.data != NULL ? text.data : "",
		    text.len);
	else
		ro.r = -1;
	buf_free(&text);
	return ro.r;
}

int
render_entry(const struct tr_entry *e, int with_time, struct buf *out)
{
	struct render_out	 ro = { e, with_time, out, 0 };
	struct buf		 text;

	/* Decoded AUTH data is shown whole, on one line, as it came. */
	if (e->kind == TR_NOTE && e->len > 0 && e->text[0] == NOTES_SER_MARK &&
	    (e->flags & TR_F_DECODED))
		return render_entry_decoded(e, with_time, out);
	if (e->kind != TR_NOTE || e->len == 0 ||
	    e->text[0] != NOTES_SER_MARK) {
		if (transcript_format(e, 1, with_time, out) == -1 ||
		    buf_addch(out, '\n') == -1)
			return -1;
		return 0;
	}
	buf_init(&text, 0);
	if (render_note_text(e->text, e->len, &text) == 0)
		render_wrap(text.data != NULL ? text.data : "", text.len,
		    RENDER_COLS, RENDER_INDENT, render_entry_line, &ro);
	else
		ro.r = -1;
	buf_free(&text);
	return ro.r;
}

int
render_entry_cb(void *arg, const struct tr_entry *e, int with_time,
    struct buf *out)
{
	(void)arg;
	return render_entry(e, with_time, out);
}

const char *
render_hint(const char *id)
{
	const char	*t;

	if (id == NULL || *id == '\0')
		return "";
	t = render_find(render_msgs, sizeof render_msgs /
	    sizeof render_msgs[0], id, strlen(id));
	return t != NULL ? render_tr(t, NULL, 1) : id;
}
