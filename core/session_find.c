/*
 * The session's findings (findings.h): session_find is called at a few
 * moments (a connection up, TLS done, a reply before its handler, a
 * reply nobody asked for, the server closing) and runs the checks that
 * fit. Each new finding is stamped with its connection, time and
 * transcript entry, kept for the whole session (a ticket wants every
 * connection's), told to the subscribers (SESSION_EV_FINDING) and to the
 * debug trace. A finding the same as one already kept for this
 * connection is dropped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "session_int.h"

static long
session_find_ms_since(const struct timespec *t)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - t->tv_sec) * 1000 +
	    (now.tv_nsec - t->tv_nsec) / 1000000;
}

/* The number of the last entry since the session began. */
static size_t
session_find_entry(const struct session *s)
{
	size_t	 n = transcript_count(s->tr), d = transcript_dropped(s->tr);

	if (n == 0)
		return 0;
	return n - 1 + d - (d > 0);
}

/* One line of the trace: the id and what is not personal (a relay's
   domain is the user's argument, so it stays out). */
static void
session_find_trace(struct session *s, const struct finding *f)
{
	char	 line[256];
	int	 n;

	if (s->cfg.debug == NULL)
		return;
	n = snprintf(line, sizeof line, "finding: %s", findings_id(f->kind));
	if (f->code != 0)
		n += snprintf(line + n, sizeof line - n, " %d%s%s", f->code,
		    f->esc[0] ? " " : "", f->esc);
	if (f->num != 0 && n < (int)sizeof line)
		n += snprintf(line + n, sizeof line - n, " %ld", f->num);
	if (f->cmd != SMTPCMD_NONE && n < (int)sizeof line)
		n += snprintf(line + n, sizeof line - n, " %s",
		    smtpcmd_name(f->cmd));
	if (f->word[0] && f->kind != FINDING_RELAY_REFUSED &&
	    n < (int)sizeof line)
		snprintf(line + n, sizeof line - n, " %s", f->word);
	s->cfg.debug(s->cfg.debug_arg, line);
}

/* findings_fn: keep f unless this connection has it already. */
static void
session_find_keep(void *arg, struct finding *f)
{
	struct session		*s = arg;
	struct session_findings	*fs = &s->found;
	struct session_event	 ev;
	struct finding		*v;
	size_t			 i;

	for (i = 0; i < fs->n; i++)
		if (fs->v[i].conn == fs->conn && findings_same(&fs->v[i], f))
			return;
	if (fs->n == FINDINGS_MAX)
		return;
	if ((v = realloc(fs->v, (fs->n + 1) * sizeof *v)) == NULL)
		return;
	fs->v = v;
	f->conn = fs->conn;
	snprintf(f->host, sizeof f->host, "%s", s->host ? s->host : "");
	f->port = s->port;
	f->when = time(NULL);
	f->entry = session_find_entry(s);
	v[fs->n++] = *f;
	session_find_trace(s, f);
	memset(&ev, 0, sizeof ev);
	ev.type = SESSION_EV_FINDING;
	ev.cmd = SMTPCMD_NONE;
	ev.from = ev.to = s->state;
	ev.finding = &v[fs->n - 1];
	session_deliver(s, &ev);
}

/* The mechanism of an "AUTH MECH ..." line, kept for the replies to
   the lines that follow it (masked, they do not say). */
static void
session_find_mech(struct session *s)
{
	const char	*p = s->cmdline;
	size_t		 n;

	if (strncasecmp(p, "AUTH", 4) != 0 || (p[4] != ' ' && p[4] != '\t'))
		return;
	p += 4 + strspn(p + 4, " \t");
	n = strcspn(p, " \t");
	if (n == 0 || n >= sizeof s->found.mech)
		return;
	memcpy(s->found.mech, p, n);
	s->found.mech[n] = '\0';
}

static void
session_find_reply(struct session *s, const struct reply *r)
{
	struct finding	 f;
	long		 ms;

	if (s->cmd == SMTPCMD_GREETING) {
		ms = session_find_ms_since(&s->found.connected_at);
		if (ms > FINDINGS_GREETING_MS) {
			findings_init(&f, FINDING_SLOW_GREETING);
			f.num = ms;
			session_find_keep(s, &f);
		}
		return;
	}
	if (s->cmd == SMTPCMD_EHLO && reply_class(r) == 2) {
		findings_ehlo(s->caps, s->tls_on, s->nominal_port ?
		    s->nominal_port : s->port, session_find_keep, s);
		return;
	}
	if (s->cmd == SMTPCMD_AUTH)
		session_find_mech(s);
	findings_reply(s->cmd, s->cmdline, s->cmd == SMTPCMD_AUTH &&
	    s->found.mech[0] ? s->found.mech : NULL, r, session_find_keep, s);
}

void
session_find(struct session *s, enum session_find_at at,
    const struct reply *r)
{
	struct finding	 f;

	switch (at) {
	case SESSION_FIND_CONNECTED:
		s->found.conn++;
		s->found.mech[0] = '\0';
		clock_gettime(CLOCK_MONOTONIC, &s->found.connected_at);
		break;
	case SESSION_FIND_TLS:
		if (s->cert_kept || s->tls_on)
			findings_tls(s->tls_on ? &s->tlsinfo : &s->certinfo,
			    (long long)time(NULL), session_find_keep, s);
		break;
	case SESSION_FIND_REPLY:
		session_find_reply(s, r);
		break;
	case SESSION_FIND_UNASKED:
		if (r->code == 421)	/* RFC 5321 3.8 allows it */
			break;
		findings_init(&f, FINDING_UNASKED_REPLY);
		f.code = r->code;
		snprintf(f.esc, sizeof f.esc, "%s", r->esc);
		session_find_keep(s, &f);
		break;
	case SESSION_FIND_CLOSED:
		if (s->state == SESSION_QUIT)	/* the 221 came */
			break;
		findings_init(&f, FINDING_CLOSED_NO_221);
		f.cmd = s->awaiting ? s->cmd : SMTPCMD_NONE;
		session_find_keep(s, &f);
		break;
	}
}

void
session_findings_free(struct session *s)
{
	free(s->found.v);
	memset(&s->found, 0, sizeof s->found);
}

const struct finding *
session_findings(const struct session *s, size_t *n)
{
	*n = s->found.n;
	return s->found.v;
}
