/*
 * Exports (export.h). The session's events feed a table with one row per
 * transcript entry: the wall-clock time to the millisecond, the command a
 * reply line answers, its enhanced code, and on the last line of a reply
 * the latency from the command's last line sent to the reply's arrival
 * (the engine sends one line at a time, each after the reply before, so
 * the last line sent is the one answered). Writing reads the transcript
 * and that table; text goes through the one sanitiser (transcript_format,
 * render_note_text then sanitize_text). JSON is built with jansson, so
 * escaping is not ours to get wrong.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "export.h"
#include "findings.h"
#include "notes.h"
#include "render.h"
#include "sanitize.h"
#include "session.h"
#include "smtpcmd.h"
#include "transcript.h"

struct export_row {
	struct timespec	 when;		/* CLOCK_REALTIME */
	int		 answers;	/* enum smtpcmd + 1; 0: none */
	long		 latency_ms;	/* -1: none */
	char		 esc[16];
};

struct export {
	struct session		*s;
	struct export_row	*rows;
	size_t			 n, cap;
	struct timespec		 sent;		/* CLOCK_MONOTONIC */
	struct timespec		 recv;		/* the last line received */
	int			 have_sent;
	size_t			 reply_first;	/* first row of this reply */
	int			 in_reply;
	/* The connection as last seen. */
	int			 tls_seen, verified;
	char			 tls_version[16];
	char			 verify_error[160];
	char			 user[256];
};

/* The row of entry e, counted from the session's first. */
static size_t
export_abs(const struct export *x, size_t seq)
{
	return seq + transcript_dropped(session_transcript(x->s));
}

static struct export_row *
export_row(struct export *x, size_t i)
{
	struct export_row	*r;
	size_t			 cap;

	if (i >= x->cap) {
		cap = x->cap ? x->cap : 256;
		while (cap <= i)
			cap *= 2;
		if ((r = realloc(x->rows, cap * sizeof *r)) == NULL)
			return NULL;
		memset(r + x->cap, 0, (cap - x->cap) * sizeof *r);
		x->rows = r;
		x->cap = cap;
	}
	if (i >= x->n)
		x->n = i + 1;
	return &x->rows[i];
}

static long
export_ms(const struct timespec *t0, const struct timespec *t1)
{
	return (long)((t1->tv_sec - t0->tv_sec) * 1000 +
	    (t1->tv_nsec - t0->tv_nsec) / 1000000);
}

static void
export_entry(struct export *x, const struct tr_entry *e)
{
	struct export_row	*r;
	size_t			 i = export_abs(x, e->seq);

	if ((r = export_row(x, i)) == NULL)
		return;
	clock_gettime(CLOCK_REALTIME, &r->when);
	r->latency_ms = -1;
	if (e->kind == TR_SENT) {
		clock_gettime(CLOCK_MONOTONIC, &x->sent);
		x->have_sent = 1;
		x->in_reply = 0;
	} else if (e->kind == TR_RECV) {
		/* A reply's handler may run a TLS handshake before the
		   reply event: its time is when its last line came. */
		clock_gettime(CLOCK_MONOTONIC, &x->recv);
		if (!x->in_reply) {
			x->reply_first = i;
			x->in_reply = 1;
		}
	}
}

static void
export_reply(struct export *x, const struct session_event *ev)
{
	const struct transcript	*tr = session_transcript(x->s);
	const struct tr_entry	*e;
	size_t			 i, last = (size_t)-1, drop;

	if (!x->in_reply)
		return;
	drop = transcript_dropped(tr);
	for (i = x->reply_first; i < x->n; i++) {
		if (i < drop || (e = transcript_get(tr, i - drop)) == NULL ||
		    e->kind != TR_RECV)
			continue;
		x->rows[i].answers = (int)ev->cmd + 1;
		snprintf(x->rows[i].esc, sizeof x->rows[i].esc, "%s",
		    ev->reply->esc);
		last = i;
	}
	if (last != (size_t)-1 && x->have_sent && ev->cmd != SMTPCMD_NONE &&
	    ev->cmd != SMTPCMD_GREETING) {
		x->rows[last].latency_ms = export_ms(&x->sent, &x->recv);
		x->have_sent = 0;
	}
	x->in_reply = 0;
}

static void
export_state(struct export *x, const struct session_event *ev)
{
	const struct tls_info	*ti;

	if ((ev->changed & SESSION_CH_TLS) && ev->tls_to &&
	    (ti = session_tls_info(x->s)) != NULL) {
		x->tls_seen = 1;
		x->verified = ti->verified;
		snprintf(x->tls_version, sizeof x->tls_version, "%s",
		    ti->version);
		snprintf(x->verify_error, sizeof x->verify_error, "%s",
		    ti->verify_error);
	}
	if ((ev->changed & SESSION_CH_AUTH) && ev->auth_to != NULL)
		snprintf(x->user, sizeof x->user, "%s", ev->auth_to);
}

static void
export_event(const struct session_event *ev, void *arg)
{
	struct export	*x = arg;

	switch (ev->type) {
	case SESSION_EV_ENTRY:
		export_entry(x, ev->entry);
		break;
	case SESSION_EV_REPLY:
		export_reply(x, ev);
		break;
	case SESSION_EV_STATE:
		export_state(x, ev);
		break;
	default:
		break;
	}
}

struct export *
export_new(struct session *s)
{
	struct export	*x;

	if ((x = calloc(1, sizeof *x)) == NULL)
		return NULL;
	x->s = s;
	if (session_subscribe(s, export_event, x) == -1) {
		free(x);
		return NULL;
	}
	return x;
}

void
export_free(struct export *x, struct session *s)
{
	if (x == NULL)
		return;
	if (s != NULL)
		session_unsubscribe(s, export_event, x);
	free(x->rows);
	free(x);
}

int
export_format_parse(const char *name, enum export_format *f)
{
	if (strcmp(name, "text") == 0)
		*f = EXPORT_TEXT;
	else if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
		*f = EXPORT_MD;
	else if (strcmp(name, "json") == 0)
		*f = EXPORT_JSON;
	else
		return -1;
	return 0;
}

int
export_format_of_file(const char *path, enum export_format *f)
{
	const char	*dot = strrchr(path, '.');

	if (dot == NULL || strchr(dot, '/') != NULL)
		return -1;
	if (strcasecmp(dot, ".txt") == 0)
		*f = EXPORT_TEXT;
	else if (strcasecmp(dot, ".md") == 0)
		*f = EXPORT_MD;
	else if (strcasecmp(dot, ".json") == 0 ||
	    strcasecmp(dot, ".jsonl") == 0)
		*f = EXPORT_JSON;
	else
		return -1;
	return 0;
}

/* The row of transcript index i, or NULL for an entry from before the
   export subscribed. */
static const struct export_row *
export_row_of(const struct export *x, size_t i)
{
	i += transcript_dropped(session_transcript(x->s));
	return i < x->n && x->rows[i].when.tv_sec != 0 ? &x->rows[i] : NULL;
}

/* A sanitised string for JSON: the sanitiser's output, with any byte
   that is not valid UTF-8 (it should not happen) made '?'. */
static json_t *
export_jstr(const char *s, size_t len)
{
	json_t	*j;
	char	*c;
	size_t	 i;

	if ((j = json_stringn(s, len)) != NULL)
		return j;
	if ((c = malloc(len + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i++)
		c[i] = (unsigned char)s[i] < 0x80 ? s[i] : '?';
	j = json_stringn(c, len);
	free(c);
	return j;
}

static json_t *
export_jsan(const char *s, size_t len)
{
	struct buf	 b;
	json_t		*j;

	buf_init(&b, 0);
	(void)sanitize_text(s, len, &b);
	j = export_jstr(b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	return j;
}

/* "2026-12-04T23:50:01.123Z" */
static void
export_iso(const struct timespec *t, char *out, size_t outlen)
{
	struct tm	 tm;
	char		 s[32];

	gmtime_r(&t->tv_sec, &tm);
	strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, outlen, "%s.%03ldZ", s, t->tv_nsec / 1000000);
}

/* A serialised note's id and arguments into o. */
static void
export_jnote(json_t *o, const char *text, size_t len)
{
	const char	*p = text + 1, *end = text + len, *q;
	json_t		*args = json_array();

	q = memchr(p, NOTES_SER_SEP, end - p);
	if (q == NULL)
		q = end;
	json_object_set_new(o, "id", export_jsan(p, q - p));
	while (q < end && args != NULL) {
		p = q + 2;	/* past the separator and the type letter */
		if (p > end)
			break;
		q = memchr(p, NOTES_SER_SEP, end - p);
		if (q == NULL)
			q = end;
		json_array_append_new(args, export_jsan(p, q - p));
	}
	json_object_set_new(o, "args", args);
}

static const char *
export_dir(enum tr_kind k)
{
	switch (k) {
	case TR_SENT:
		return "C";
	case TR_RECV:
		return "S";
	case TR_EVENT:
		return "event";
	case TR_ERROR:
		return "error";
	case TR_NOTE:
		return "note";
	}
	return "event";
}

static int
export_jdump(json_t *o, struct buf *out)
{
	char	*s;
	int	 r = -1;

	if (o != NULL && (s = json_dumps(o, JSON_COMPACT |
	    JSON_PRESERVE_ORDER)) != NULL) {
		r = buf_addstr(out, s) == 0 && buf_addch(out, '\n') == 0 ?
		    0 : -1;
		free(s);
	}
	json_decref(o);
	return r;
}

/* The command a reply answers, by name; "greeting" and "." for the
   two that are no command word, "?" when not known. */
static const char *
export_answers(int cmd)
{
	if (cmd == SMTPCMD_GREETING)
		return "greeting";
	if (cmd == SMTPCMD_DOT)
		return ".";
	return smtpcmd_name((enum smtpcmd)cmd);
}

static json_t *
export_jentry(const struct export *x, const struct tr_entry *e, size_t i)
{
	const struct export_row	*r = export_row_of(x, i);
	struct timespec		 t = e->when;
	struct buf		 b;
	json_t			*o = json_object();
	char			 when[48];

	if (o == NULL)
		return NULL;
	if (r != NULL)
		t = r->when;
	export_iso(&t, when, sizeof when);
	json_object_set_new(o, "t", json_string(when));
	json_object_set_new(o, "dir", json_string(export_dir(e->kind)));
	buf_init(&b, 0);
	if (e->kind == TR_NOTE && e->len > 0 && e->text[0] == NOTES_SER_MARK) {
		(void)render_note_text(e->text, e->len, &b);
		json_object_set_new(o, "text", export_jsan(b.data != NULL ?
		    b.data : "", b.len));
		export_jnote(o, e->text, e->len);
	} else {
		(void)transcript_format(e, 0, TR_TIME_NONE, &b);
		json_object_set_new(o, "text", export_jstr(b.data != NULL ?
		    b.data : "", b.len));
	}
	buf_free(&b);
	if (e->kind == TR_RECV) {
		json_object_set_new(o, "code", json_integer(e->code));
		if (r != NULL && r->esc[0] != '\0')
			json_object_set_new(o, "enhanced",
			    export_jsan(r->esc, strlen(r->esc)));
		if (r != NULL && r->answers > 0)
			json_object_set_new(o, "answers", json_string(
			    export_answers(r->answers - 1)));
		if (r != NULL && r->latency_ms >= 0)
			json_object_set_new(o, "latency_ms",
			    json_integer(r->latency_ms));
	}
	if (e->flags & TR_F_SECRET)
		json_object_set_new(o, "secret", json_true());
	return o;
}

static json_t *
export_jfindings(const struct session *s)
{
	const struct finding	*f;
	struct buf		 b;
	json_t			*a = json_array(), *o;
	size_t			 n, i;

	f = session_findings(s, &n);
	for (i = 0; a != NULL && i < n; i++) {
		if ((o = json_object()) == NULL)
			break;
		buf_init(&b, 0);
		(void)render_finding(&f[i], &b);
		json_object_set_new(o, "id",
		    json_string(findings_id(f[i].kind)));
		json_object_set_new(o, "text", export_jsan(b.data != NULL ?
		    b.data : "", b.len));
		buf_free(&b);
		if (f[i].code != 0)
			json_object_set_new(o, "code",
			    json_integer(f[i].code));
		if (f[i].esc[0] != '\0')
			json_object_set_new(o, "enhanced",
			    export_jsan(f[i].esc, strlen(f[i].esc)));
		json_object_set_new(o, "host",
		    export_jsan(f[i].host, strlen(f[i].host)));
		json_object_set_new(o, "port", json_integer(f[i].port));
		json_array_append_new(a, o);
	}
	return a;
}

static int
export_json(const struct export *x, const struct session *s, int notes,
    int exit, struct buf *out)
{
	const struct transcript	*tr = session_transcript(s);
	const struct tr_entry	*e;
	const char		*host = session_host(s);
	json_t			*o;
	size_t			 i, n = transcript_count(tr);

	for (i = 0; i < n; i++) {
		if ((e = transcript_get(tr, i)) == NULL ||
		    (e->flags & TR_F_NOSAVE) || (e->kind == TR_NOTE && !notes))
			continue;
		if (export_jdump(export_jentry(x, e, i), out) == -1)
			return -1;
	}
	if ((o = json_object()) == NULL)
		return -1;
	json_object_set_new(o, "end", json_true());
	json_object_set_new(o, "version", json_integer(EXPORT_VERSION));
	json_object_set_new(o, "smtpx", json_string(SMTPX_VERSION));
	json_object_set_new(o, "host", host != NULL ?
	    export_jsan(host, strlen(host)) : json_null());
	json_object_set_new(o, "port", host != NULL ?
	    json_integer(session_port(s)) : json_null());
	json_object_set_new(o, "tls", x->tls_seen ?
	    json_string(x->tls_version) : json_null());
	if (x->tls_seen)
		json_object_set_new(o, "verified", json_boolean(x->verified));
	json_object_set_new(o, "user", x->user[0] != '\0' ?
	    export_jsan(x->user, strlen(x->user)) : json_null());
	json_object_set_new(o, "dropped",
	    json_integer((json_int_t)transcript_dropped(tr)));
	json_object_set_new(o, "findings", export_jfindings(s));
	json_object_set_new(o, "exit", exit >= 0 ? json_integer(exit) :
	    json_null());
	return export_jdump(o, out);
}

/* The Markdown header's facts, as a list. */
static void
export_md_head(const struct export *x, const struct session *s, int exit,
    struct buf *out)
{
	const char	*host = session_host(s);
	char		 when[64], me[256];
	struct tm	 tm;
	time_t		 now = time(NULL);

	localtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S %z", &tm);
	if (gethostname(me, sizeof me) == -1)
		snprintf(me, sizeof me, "unknown");
	me[sizeof me - 1] = '\0';
	buf_addstr(out, "# smtpx session");
	if (host != NULL) {
		buf_addstr(out, ": ");
		(void)sanitize_text(host, strlen(host), out);
		buf_printf(out, " port %d", session_port(s));
	}
	buf_printf(out, "\n\n- smtpx: %s (export version %d)\n",
	    SMTPX_VERSION, EXPORT_VERSION);
	buf_printf(out, "- date: %s\n- ran on: ", when);
	(void)sanitize_text(me, strlen(me), out);
	buf_addstr(out, "\n- target: ");
	if (host != NULL) {
		(void)sanitize_text(host, strlen(host), out);
		buf_printf(out, " port %d\n", session_port(s));
	} else
		buf_addstr(out, "none (never connected)\n");
	buf_addstr(out, "- TLS: ");
	if (!x->tls_seen)
		buf_addstr(out, "none\n");
	else {
		buf_printf(out, "%s, certificate ", x->tls_version);
		if (x->verified)
			buf_addstr(out, "verified\n");
		else {
			buf_addstr(out, "NOT verified: ");
			(void)sanitize_text(x->verify_error,
			    strlen(x->verify_error), out);
			buf_addch(out, '\n');
		}
	}
	buf_addstr(out, "- authenticated as: ");
	if (x->user[0] != '\0')
		(void)sanitize_text(x->user, strlen(x->user), out);
	else
		buf_addstr(out, "(not authenticated)");
	buf_addch(out, '\n');
	if (exit >= 0)
		buf_printf(out, "- exit status: %d\n", exit);
}

static void
export_md_findings(const struct session *s, struct buf *out)
{
	const struct finding	*f;
	struct buf		 b;
	size_t			 n, i;

	f = session_findings(s, &n);
	buf_addstr(out, "\n## Findings\n\n");
	if (n == 0)
		buf_addstr(out, "- none\n");
	for (i = 0; i < n; i++) {
		buf_init(&b, 0);
		(void)render_finding(&f[i], &b);
		buf_addstr(out, "- ");
		(void)sanitize_text(b.data != NULL ? b.data : "", b.len, out);
		buf_printf(out, " (`%s`)\n", findings_id(f[i].kind));
		buf_free(&b);
	}
}

/* The longest run of backticks in s: the fence must be longer. */
static size_t
export_ticks(const char *s, size_t len)
{
	size_t	 i, run = 0, max = 0;

	for (i = 0; i < len; i++) {
		run = s[i] == '`' ? run + 1 : 0;
		if (run > max)
			max = run;
	}
	return max;
}

static int
export_md(const struct export *x, const struct session *s, int notes,
    int exit, struct buf *out)
{
	const struct transcript	*tr = session_transcript(s);
	const struct tr_entry	*e;
	const struct export_row	*r;
	struct buf		 body;
	size_t			 i, n = transcript_count(tr), fence;

	export_md_head(x, s, exit, out);
	export_md_findings(s, out);
	buf_init(&body, 0);
	for (i = 0; i < n; i++) {
		if ((e = transcript_get(tr, i)) == NULL ||
		    (e->flags & TR_F_NOSAVE) || (e->kind == TR_NOTE && !notes))
			continue;
		if (render_entry(e, 0, &body) == -1)
			break;
		r = export_row_of(x, i);
		if (e->kind == TR_RECV && r != NULL && r->latency_ms >= 0 &&
		    body.len > 0) {
			/* The reply's time, on its last line. */
			body.len--;
			buf_printf(&body, "   (%ld ms)\n", r->latency_ms);
		}
	}
	fence = export_ticks(body.data != NULL ? body.data : "", body.len);
	fence = fence < 3 ? 3 : fence + 1;
	buf_addstr(out, "\n## Transcript\n\n");
	for (i = 0; i < fence; i++)
		buf_addch(out, '`');
	buf_addstr(out, "text\n");
	buf_add(out, body.data != NULL ? body.data : "", body.len);
	for (i = 0; i < fence; i++)
		buf_addch(out, '`');
	buf_addch(out, '\n');
	buf_free(&body);
	return 0;
}

int
export_write(const struct export *x, const struct session *s,
    enum export_format fmt, int notes, int exit, struct buf *out)
{
	switch (fmt) {
	case EXPORT_JSON:
		return export_json(x, s, notes, exit, out);
	case EXPORT_MD:
		return export_md(x, s, notes, exit, out);
	default:
		return -1;
	}
}
