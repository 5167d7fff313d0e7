/*
 * Exports (export.h). The session's events feed a table with one row per
 * transcript entry: the wall-clock time to the millisecond, the command a
 * reply line answers, its enhanced code, and on the last line of a reply
 * the latency from the command's last line sent to the reply's arrival
 * (the engine sends one line at a time, each after the reply before, so
 * the last line sent is the one answered). Writing reads the transcript
 * and that table; text goes through the one sanitiser (transcript_format,
 * render_note_text then sanitize_text). JSON is built with jansson, so
 * escaping is not ours to get wrong. The reproduce commands (the end of
 * this file) are read back from the transcript's sent lines, which hold
 * no secret; the password stays in the file $PASSWORD_FILE names and is
 * read by the shell when a command runs, never put on an argv.
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
	struct export_row	*rows;		/* rows[j]: entry base + j */
	size_t			 base, n, cap;
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
	/* The target that answered. */
	char			 host[256];
	int			 port, implicit;
};

/* The row of entry e, counted from the session's first. */
static size_t
export_abs(const struct export *x, size_t seq)
{
	return seq + transcript_dropped(session_transcript(x->s));
}

/* The row of entry abs (counted from the session's first), or NULL. */
static struct export_row *
export_slot(const struct export *x, size_t abs)
{
	if (abs < x->base || abs - x->base >= x->n)
		return NULL;
	return &x->rows[abs - x->base];
}

/*
 * A row for entry abs, made if need be. Rows of lines the transcript
 * dropped are let go once they are half the table, so the table stays
 * in proportion to what the transcript keeps (moved at most once per
 * its size: linear over the session).
 */
static struct export_row *
export_row(struct export *x, size_t abs)
{
	struct export_row	*r;
	size_t			 cap, i, d;

	d = transcript_dropped(session_transcript(x->s));
	if (d > x->base && (d - x->base) * 2 >= x->n && x->n > 0) {
		d -= x->base;
		if (d > x->n)
			d = x->n;
		memmove(x->rows, x->rows + d, (x->n - d) * sizeof *x->rows);
		memset(x->rows + x->n - d, 0, d * sizeof *x->rows);
		x->n -= d;
		x->base += d;
	}
	if (abs < x->base)
		return NULL;
	i = abs - x->base;
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
	struct export_row	*r;
	size_t			 i, last = (size_t)-1, drop;

	if (!x->in_reply)
		return;
	drop = transcript_dropped(tr);
	for (i = x->reply_first; i < x->base + x->n; i++) {
		if (i < drop || (r = export_slot(x, i)) == NULL ||
		    (e = transcript_get(tr, i - drop)) == NULL ||
		    e->kind != TR_RECV)
			continue;
		r->answers = (int)ev->cmd + 1;
		snprintf(r->esc, sizeof r->esc, "%s", ev->reply->esc);
		last = i;
	}
	if (last != (size_t)-1 && x->have_sent && ev->cmd != SMTPCMD_NONE &&
	    ev->cmd != SMTPCMD_GREETING) {
		export_slot(x, last)->latency_ms = export_ms(&x->sent,
		    &x->recv);
		/* A pipelined group went out in one write: each of its
		   replies is timed from it. */
		if (!session_in_group(x->s))
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
	case SESSION_EV_TARGET:
		if (ev->target->result == SESSION_TARGET_ANSWERED) {
			const struct session_target *t = ev->target->target;

			snprintf(x->host, sizeof x->host, "%s", t->host != NULL ?
			    t->host : t->addr != NULL ? t->addr : "");
			x->port = t->port;
			x->implicit = t->implicit_tls;
		}
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

long
export_latency(const struct export *x)
{
	struct timespec	 now;

	if (x == NULL || !x->have_sent)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return export_ms(&x->sent, &now);
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
	const struct export_row	*r;

	r = export_slot(x, i + transcript_dropped(session_transcript(x->s)));
	return r != NULL && r->when.tv_sec != 0 ? r : NULL;
}

long
export_entry_latency(const struct export *x, const struct tr_entry *e)
{
	const struct export_row	*r;

	if (x == NULL || e == NULL || e->kind != TR_RECV ||
	    (r = export_row_of(x, e->seq)) == NULL)
		return -1;
	return r->latency_ms;
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
	char		 types[NOTE_ARGS_MAX + 1];
	size_t		 nt = 0;

	q = memchr(p, NOTES_SER_SEP, end - p);
	if (q == NULL)
		q = end;
	json_object_set_new(o, "id", export_jsan(p, q - p));
	while (q < end && args != NULL) {
		p = q + 2;	/* past the separator and the type letter */
		if (p > end)
			break;
		/* Kept so --replay can render the note again. */
		if (nt < NOTE_ARGS_MAX)
			types[nt++] = q[1];
		q = memchr(p, NOTES_SER_SEP, end - p);
		if (q == NULL)
			q = end;
		json_array_append_new(args, export_jsan(p, q - p));
	}
	json_object_set_new(o, "args", args);
	types[nt] = '\0';
	json_object_set_new(o, "types", json_string(types));
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

/* The address the session last connected to, as its "connected to HOST
   [ADDRESS]" event says (core keeps it to itself). */
static void
export_md_addr(const struct session *s, struct buf *out)
{
	const struct transcript	*tr = session_transcript(s);
	const struct tr_entry	*e;
	const char		*a, *b;
	size_t			 i = transcript_count(tr);

	while (i-- > 0) {
		if ((e = transcript_get(tr, i)) == NULL ||
		    e->kind != TR_EVENT ||
		    strncmp(e->text, "connected to ", 13) != 0)
			continue;
		if ((a = strrchr(e->text, '[')) != NULL &&
		    (b = strchr(a, ']')) != NULL && b[1] == '\0') {
			buf_addstr(out, ", address ");
			(void)sanitize_text(a + 1, b - a - 1, out);
		}
		return;
	}
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
		buf_printf(out, " port %d", session_port(s));
		export_md_addr(s, out);
		buf_addch(out, '\n');
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

/* One tool's command in a fence its text cannot end. */
static void
export_md_tool(const struct export *x, const struct session *s,
    const char *tool, const struct export_tls *tls, struct buf *out)
{
	struct buf	 cmd;
	size_t		 fence, i;

	buf_init(&cmd, 0);
	(void)export_reproduce(x, s, tool, tls, &cmd);
	fence = export_ticks(cmd.data != NULL ? cmd.data : "", cmd.len);
	fence = fence < 3 ? 3 : fence + 1;
	buf_printf(out, "\n### %s\n\n", tool);
	for (i = 0; i < fence; i++)
		buf_addch(out, '`');
	buf_addstr(out, "sh\n");
	buf_add(out, cmd.data != NULL ? cmd.data : "", cmd.len);
	for (i = 0; i < fence; i++)
		buf_addch(out, '`');
	buf_addch(out, '\n');
	buf_free(&cmd);
}

int
export_write(const struct export *x, const struct session *s,
    enum export_format fmt, int notes, int exit,
    const struct export_tls *tls, struct buf *out)
{
	size_t	 i;

	switch (fmt) {
	case EXPORT_JSON:
		return export_json(x, s, notes, exit, out);
	case EXPORT_MD:
		if (export_md(x, s, notes, exit, out) == -1)
			return -1;
		buf_addstr(out, "\n## Reproduce\n\nThe password is read "
		    "from the file $PASSWORD_FILE names (its first line).\n");
		for (i = 0; export_tools[i] != NULL; i++)
			export_md_tool(x, s, export_tools[i], tls, out);
		return 0;
	default:
		return -1;
	}
}

/*
 * Reproduce: what a rerun needs, read back from the transcript (the
 * lines as sent, secrets already masked) and from what the export saw
 * of the connection. The last transaction is the one rerun.
 */
struct export_run {
	char		 ehlo[256];
	char		 mech[32];
	char		 from[512];
	struct buf	 rcpts;		/* addresses, each ending in '\n' */
	struct buf	 msg;		/* message lines, unstuffed, '\n' */
	int		 have_msg;
	int		 starttls;
};

const char *const export_tools[] = { "swaks", "curl", "openssl", NULL };

/* The word after a command ("EHLO name", "AUTH PLAIN ..."). */
static void
export_arg(const char *text, size_t skip, char *out, size_t outlen)
{
	const char	*p = text + skip;
	size_t		 n;

	p += strspn(p, " ");
	n = strcspn(p, " ");
	snprintf(out, outlen, "%.*s", (int)n, p);
}

/* The address between < and > after skip, or "". */
static void
export_addr(const char *text, char *out, size_t outlen)
{
	const char	*a = strchr(text, '<'), *b;

	if (a == NULL || (b = strchr(a, '>')) == NULL) {
		out[0] = '\0';
		return;
	}
	snprintf(out, outlen, "%.*s", (int)(b - a - 1), a + 1);
}

static void
export_sent(struct export_run *r, const struct tr_entry *e, int *in_msg)
{
	const char	*t = e->text;
	char		 a[512];

	if (*in_msg) {
		if (strcmp(t, ".") == 0) {
			*in_msg = 0;
			r->have_msg = 1;
		} else {
			/* As typed: the engine dot-stuffs on the wire. */
			buf_addstr(&r->msg, t);
			buf_addch(&r->msg, '\n');
		}
		return;
	}
	if (strncasecmp(t, "EHLO ", 5) == 0 || strncasecmp(t, "HELO ", 5) == 0)
		export_arg(t, 5, r->ehlo, sizeof r->ehlo);
	else if (strcasecmp(t, "STARTTLS") == 0)
		r->starttls = 1;
	else if (strncasecmp(t, "AUTH ", 5) == 0)
		export_arg(t, 5, r->mech, sizeof r->mech);
	else if (strncasecmp(t, "MAIL FROM:", 10) == 0) {
		export_addr(t, r->from, sizeof r->from);
		buf_reset(&r->rcpts);
		buf_reset(&r->msg);
		r->have_msg = 0;
	} else if (strncasecmp(t, "RCPT TO:", 8) == 0) {
		export_addr(t, a, sizeof a);
		if (a[0] != '\0') {
			buf_addstr(&r->rcpts, a);
			buf_addch(&r->rcpts, '\n');
		}
	}
}

static void
export_scan(const struct session *s, struct export_run *r)
{
	const struct transcript	*tr = session_transcript(s);
	const struct tr_entry	*e;
	size_t			 i, n = transcript_count(tr);
	int			 in_msg = 0;

	for (i = 0; i < n; i++) {
		if ((e = transcript_get(tr, i)) == NULL)
			continue;
		if (e->kind == TR_SENT)
			export_sent(r, e, &in_msg);
		else if (e->kind == TR_RECV && e->code == 354 &&
		    (e->flags & TR_F_LAST)) {
			in_msg = 1;
			buf_reset(&r->msg);
		}
	}
}

/* s in single quotes for sh. */
static void
export_q(struct buf *out, const char *s)
{
	buf_addch(out, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_addstr(out, "'\\''");
		else
			buf_addch(out, *s);
	}
	buf_addch(out, '\'');
}

/* s inside an unquoted here-document: \, $ and ` escaped. */
static void
export_hd(struct buf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\' || *s == '$' || *s == '`')
			buf_addch(out, '\\');
		buf_addch(out, *s);
	}
}

/* A here-document delimiter that is no line of the message. */
static void
export_delim(const struct export_run *r, char *out, size_t outlen)
{
	const char	*m = r->msg.data != NULL ? r->msg.data : "";
	char		 want[80];

	snprintf(out, outlen, "SMTPX_MESSAGE");
	for (;;) {
		snprintf(want, sizeof want, "\n%s\n", out);
		if (strncmp(m, want + 1, strlen(want + 1)) != 0 &&
		    strstr(m, want) == NULL)
			return;
		if (strlen(out) + 2 > outlen)
			return;
		strcat(out, "X");
	}
}

/* The message of the last transaction, or a short one in its place. */
static void
export_body(const struct export_run *r, struct buf *out)
{
	if (r->have_msg) {
		buf_add(out, r->msg.data != NULL ? r->msg.data : "",
		    r->msg.len);
		return;
	}
	buf_printf(out, "From: <%s>\nSubject: smtpx: a session rerun\n\n"
	    "The session's message was not typed (/send or /data), so "
	    "this one stands in.\n", r->from);
}

/* The mechanism a tool can run: the session's, or PLAIN in its place. */
static const char *
export_mech(const struct export_run *r, const char *tool, struct buf *out)
{
	static const char *const ok[][5] = {
		{ "PLAIN", "LOGIN", "CRAM-MD5", NULL },	/* swaks */
		{ "PLAIN", "LOGIN", "CRAM-MD5", NULL },	/* curl */
		{ "PLAIN", "LOGIN", NULL },		/* openssl */
	};
	int	 t = strcmp(tool, "swaks") == 0 ? 0 :
		    strcmp(tool, "curl") == 0 ? 1 : 2;
	size_t	 i;

	for (i = 0; ok[t][i] != NULL; i++)
		if (strcasecmp(r->mech, ok[t][i]) == 0)
			return ok[t][i];
	buf_printf(out, "# %s cannot run AUTH %s here; PLAIN stands in\n",
	    tool, r->mech);
	return "PLAIN";
}

/* The recipients, separated by sep, quoted as one word. */
static void
export_rcpts(const struct export_run *r, char sep, struct buf *out)
{
	struct buf	 list;
	size_t		 i;

	buf_init(&list, 0);
	for (i = 0; i < r->rcpts.len; i++)
		if (r->rcpts.data[i] != '\n')
			buf_addch(&list, r->rcpts.data[i]);
		else if (i + 1 < r->rcpts.len)
			buf_addch(&list, sep);
	buf_addch(&list, '\0');
	export_q(out, list.data);
	buf_free(&list);
}

#define EXPORT_PW	"\"$(head -n 1 \"${PASSWORD_FILE:?name the file " \
			"that holds the password}\")\""

static void
export_swaks(const struct export *x, const struct export_run *r,
    const struct export_tls *tls, int tlsmode, struct buf *out)
{
	const char	*mech = NULL;
	char		 delim[64];

	if (r->mech[0] != '\0')
		mech = export_mech(r, "swaks", out);
	if (mech != NULL)
		buf_addstr(out, "SWAKS_OPT_auth_password=" EXPORT_PW " \\\n");
	buf_addstr(out, "swaks --server ");
	export_q(out, x->host);
	buf_printf(out, " --port %d", x->port);
	if (tlsmode == 2)
		buf_addstr(out, " --tls-on-connect");
	else if (tlsmode == 1)
		buf_addstr(out, " --tls");
	if (tlsmode && !tls->insecure)
		buf_addstr(out, " --tls-verify");
	if (tlsmode && tls->ca_file != NULL) {
		buf_addstr(out, " --tls-ca-path ");
		export_q(out, tls->ca_file);
	}
	if (tlsmode && tls->servername != NULL) {
		buf_addstr(out, " --tls-sni ");
		export_q(out, tls->servername);
	}
	buf_addstr(out, " \\\n    ");
	if (r->ehlo[0] != '\0') {
		buf_addstr(out, "--ehlo ");
		export_q(out, r->ehlo);
		buf_addch(out, ' ');
	}
	if (mech != NULL) {
		buf_printf(out, "--auth %s --auth-user ", mech);
		export_q(out, x->user[0] ? x->user : "USER");
		buf_addch(out, ' ');
	}
	if (r->rcpts.len == 0) {
		buf_printf(out, "--quit-after %s\n", mech != NULL ? "AUTH" :
		    "EHLO");
		return;
	}
	buf_addstr(out, "\\\n    --from ");
	export_q(out, r->from);
	buf_addstr(out, " --to ");
	export_rcpts(r, ',', out);
	/* swaks ends the message with CRLF.CRLF after what it was given:
	   $(...) drops the last line end, which would add a blank line. */
	export_delim(r, delim, sizeof delim);
	buf_printf(out, " --data \"$(cat <<'%s'\n", delim);
	export_body(r, out);
	buf_printf(out, "%s\n)\"\n", delim);
}

/* The i-th recipient into a; 0, or -1 past the last. */
static int
export_rcpt(const struct export_run *r, size_t i, char *a, size_t alen)
{
	const char	*p = r->rcpts.data, *end = p + r->rcpts.len, *nl;

	for (; p != NULL && p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			break;
		if (i-- == 0) {
			snprintf(a, alen, "%.*s", (int)(nl - p), p);
			return 0;
		}
	}
	return -1;
}

/* 1 when h is an address literal, not a name. */
static int
export_is_ip(const char *h)
{
	return strchr(h, ':') != NULL || h[strspn(h, "0123456789.")] == '\0';
}

static void
export_curl(const struct export *x, const struct export_run *r,
    const struct export_tls *tls, int tlsmode, struct buf *out)
{
	const char	*mech = NULL;
	const char	*name = tls->servername != NULL ? tls->servername :
			    x->host;
	char		 delim[64], a[512], url[600];
	size_t		 i;

	if (r->mech[0] != '\0')
		mech = export_mech(r, "curl", out);
	snprintf(url, sizeof url, strchr(name, ':') ? "%s://[%s]:%d/%s" :
	    "%s://%s:%d/%s", tlsmode == 2 ? "smtps" : "smtp", name, x->port,
	    r->ehlo);
	buf_addstr(out, "curl --url ");
	export_q(out, url);
	if (tls->servername != NULL) {
		snprintf(a, sizeof a, "%s:%d:%s", tls->servername, x->port,
		    x->host);
		buf_addstr(out, " --resolve ");
		export_q(out, a);
	}
	if (tlsmode == 1)
		buf_addstr(out, " --ssl-reqd");
	if (tlsmode && tls->insecure)
		buf_addstr(out, " --insecure");
	if (tlsmode && tls->ca_file != NULL) {
		buf_addstr(out, " --cacert ");
		export_q(out, tls->ca_file);
	}
	if (mech != NULL)
		buf_printf(out, " \\\n    --login-options AUTH=%s "
		    "--netrc-file /dev/fd/3", mech);
	if (r->rcpts.len == 0)
		buf_addstr(out, " --request NOOP");
	else {
		buf_addstr(out, " \\\n    --mail-from ");
		export_q(out, r->from);
		for (i = 0; export_rcpt(r, i, a, sizeof a) == 0; i++) {
			buf_addstr(out, " --mail-rcpt ");
			export_q(out, a);
		}
		buf_addstr(out, " --crlf --upload-file -");
	}
	if (mech != NULL)
		buf_addstr(out, " 3<<SMTPX_NETRC");
	export_delim(r, delim, sizeof delim);
	if (r->rcpts.len != 0)
		buf_printf(out, " <<'%s'", delim);
	buf_addch(out, '\n');
	if (mech != NULL) {
		/* netrc quotes with "; the password's " and \ escaped. */
		buf_addstr(out, "machine ");
		export_hd(out, name);
		buf_addstr(out, " login ");
		export_hd(out, x->user[0] ? x->user : "USER");
		buf_addstr(out, " password \"$(head -n 1 \"${PASSWORD_FILE:?"
		    "name the file that holds the password}\" | "
		    "sed 's/[\\\\\"]/\\\\&/g')\"\nSMTPX_NETRC\n");
	}
	if (r->rcpts.len != 0) {
		export_body(r, out);
		buf_printf(out, "%s\n", delim);
	}
}

/* One SMTP line for openssl's pipe, then a pause for the reply. */
static void
export_ossl_line(struct buf *out, const char *line)
{
	buf_addstr(out, "  printf '%s\\n' ");
	export_q(out, line);
	buf_addstr(out, "; sleep 1\n");
}

static void
export_openssl(const struct export *x, const struct export_run *r,
    const struct export_tls *tls, int tlsmode, struct buf *out)
{
	const char	*mech = NULL;
	const char	*name = tls->servername != NULL ? tls->servername :
			    x->host;
	const char	*user = x->user[0] ? x->user : "USER";
	char		 delim[64], a[600];
	size_t		 i;

	if (tlsmode == 0) {
		buf_addstr(out, "# openssl s_client speaks TLS, and this "
		    "session had none: see swaks or curl\n");
		return;
	}
	if (r->mech[0] != '\0')
		mech = export_mech(r, "openssl", out);
	buf_addstr(out, "{ sleep 2\n");
	if (r->ehlo[0] != '\0') {
		snprintf(a, sizeof a, "EHLO %s", r->ehlo);
		export_ossl_line(out, a);
	}
	if (mech != NULL && strcmp(mech, "LOGIN") == 0) {
		buf_addstr(out, "  printf 'AUTH LOGIN\\n'; sleep 1\n"
		    "  printf '%s' ");
		export_q(out, user);
		buf_addstr(out, " | base64 -w 0; printf '\\n'; sleep 1\n"
		    "  printf '%s' " EXPORT_PW " | base64 -w 0; "
		    "printf '\\n'; sleep 1\n");
	} else if (mech != NULL) {
		buf_addstr(out, "  printf 'AUTH PLAIN %s\\n' \"$(printf "
		    "'\\000%s\\000%s' ");
		export_q(out, user);
		buf_addstr(out, " " EXPORT_PW " | base64 -w 0)\"; sleep 1\n");
	}
	if (r->rcpts.len != 0) {
		snprintf(a, sizeof a, "MAIL FROM:<%s>", r->from);
		export_ossl_line(out, a);
		for (i = 0; export_rcpt(r, i, a + 9, sizeof a - 9) == 0; i++) {
			memcpy(a, "RCPT TO:<", 9);
			strcat(a, ">");
			export_ossl_line(out, a);
		}
		export_ossl_line(out, "DATA");
		export_delim(r, delim, sizeof delim);
		buf_printf(out, "  sed 's/^\\./../' <<'%s'\n", delim);
		export_body(r, out);
		buf_printf(out, "%s\n", delim);
		export_ossl_line(out, ".");
	}
	export_ossl_line(out, "QUIT");
	buf_addstr(out, "} | openssl s_client -connect ");
	snprintf(a, sizeof a, strchr(x->host, ':') ? "[%s]:%d" : "%s:%d",
	    x->host, x->port);
	export_q(out, a);
	if (tlsmode == 1) {
		buf_addstr(out, " -starttls smtp");
		if (r->ehlo[0] != '\0') {
			buf_addstr(out, " -name ");
			export_q(out, r->ehlo);
		}
	}
	buf_addstr(out, " -crlf -quiet \\\n    -servername ");
	export_q(out, name);
	if (!tls->insecure) {
		buf_addstr(out, " -verify_return_error");
		buf_addstr(out, export_is_ip(name) ? " -verify_ip " :
		    " -verify_hostname ");
		export_q(out, name);
	}
	if (tls->ca_file != NULL) {
		buf_addstr(out, " -CAfile ");
		export_q(out, tls->ca_file);
	}
	buf_addch(out, '\n');
}

int
export_reproduce(const struct export *x, const struct session *s,
    const char *tool, const struct export_tls *tls, struct buf *out)
{
	struct export_run	 r;
	int			 tlsmode;

	if (strcmp(tool, "swaks") != 0 && strcmp(tool, "curl") != 0 &&
	    strcmp(tool, "openssl") != 0)
		return -1;
	if (x->host[0] == '\0') {
		buf_addstr(out, "# no server answered in this session: "
		    "nothing to rerun\n");
		return 0;
	}
	memset(&r, 0, sizeof r);
	buf_init(&r.rcpts, 0);
	buf_init(&r.msg, 0);
	export_scan(s, &r);
	tlsmode = x->implicit ? 2 : r.starttls && x->tls_seen ? 1 : 0;
	if (strcmp(tool, "swaks") == 0)
		export_swaks(x, &r, tls, tlsmode, out);
	else if (strcmp(tool, "curl") == 0)
		export_curl(x, &r, tls, tlsmode, out);
	else
		export_openssl(x, &r, tls, tlsmode, out);
	buf_free(&r.rcpts);
	buf_free(&r.msg);
	return 0;
}
