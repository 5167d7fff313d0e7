/*
 * The session engine. One struct session holds one connection and walks
 * it through RFC 5321's states; session_set_state is the only place the
 * state changes, and it logs nothing but tells the front end. Work
 * arrives as queue items (a typed line, STARTTLS, an AUTH exchange, a
 * message file, a generated test message); session_pump sends the head
 * of the queue whenever nothing is awaited, and every reply, connect and
 * handshake has a deadline. The network side is a plain non-blocking
 * socket, wrapped by core/tls.c once TLS is on; all bytes out go through
 * one output buffer so poll interest is simply "writable while it is not
 * empty".
 */
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "b64.h"
#include "buf.h"
#include "caps.h"
#include "dataenc.h"
#include "notes.h"
#include "reply.h"
#include "resolve.h"
#include "sasl.h"
#include "session.h"
#include "tls.h"
#include "transcript.h"

#define SESSION_OUT_MAX		(1024 * 1024)	/* queued bytes to send */
#define SESSION_OUT_LOW		(64 * 1024)	/* refill a stream below this */
#define SESSION_CHUNK		(64 * 1024)
#define SESSION_SCAN_WINDOW	(4 * 1024 * 1024)	/* page-aligned */
#define SESSION_QUEUE_FULL	(256 * 1024)	/* queued bytes that ask the
						   front end to stop reading */
#define SESSION_ERR		512
#define SESSION_UNASKED_MAX	(2 * REPLY_LINES_MAX)
#define SESSION_AUTH_LINE_MAX	512	/* RFC 4954 4, CRLF included */
#define SESSION_CERT_MAX	(256 * 1024)	/* a kept chain, as PEM */

enum qtype {
	Q_LINE,
	Q_STARTTLS,
	Q_AUTH,
	Q_DATA_FILE,
	Q_TEST_MSG,
};

struct qitem {
	enum qtype	 type;
	char		*text;		/* line, path, or the test message */
	unsigned	 flags;		/* SESSION_SUBMIT_* */
	struct sasl	*sasl;		/* Q_AUTH */
	char		*user;		/* Q_AUTH */
	int		 group;		/* /send items share one; 0 = none */
	size_t		 cost;		/* counted in the session's qbytes */
	struct qitem	*next;
};

/* A message being streamed after 354: from a file or from memory. */
struct stream {
	int		 fd;		/* -1 for a test message */
	const char	*mem;
	size_t		 memlen, memoff;
	char		*name;
	struct dataenc	 enc;
	unsigned long long bytes;
};

struct session {
	struct session_config	 cfg;
	char			*ehlo_name;
	char			*ca_file;
	char			*ca_pem;
	char			*servername;
	session_cb_fn		*cb;
	void			*cbarg;
	struct transcript	*tr;
	int			 notes;

	enum session_state	 state;
	const char		*host;		/* the target's name or address,
						   brackets removed */
	int			 port;
	int			 nominal_port;	/* for notes; 0 = port */
	int			 implicit_tls;

	/* Targets, resolving and connecting. */
	struct session_target	*targets;	/* own copies */
	size_t			 ntargets;
	size_t			 target;	/* the one tried now */
	int			 landed;	/* it greeted us */
	int			 target_skip;	/* session_next_target */
	int			 targets_stop;	/* cancelled: no next one */
	struct resolver		*resolver;	/* the caller's, or NULL */
	struct resolver		*own_resolver;	/* getaddrinfo_a, made lazily */
	struct resolve_query	*rq;
	struct resolve_result	 addrs;
	size_t			 addr_next;
	int			 conn_err;	/* errno of the last try */
	char			 addr[INET6_ADDRSTRLEN + 8];
	int			 fd;

	/* TLS. */
	struct tls		*tls;
	int			 tls_on;
	int			 tls_want;	/* POLLIN/POLLOUT the handshake or
						   a TLS read/write asked for */
	struct tls_info		 tlsinfo;
	/* The last certificate the server sent, even if it failed
	   verification, kept until the next connect for /cert. */
	struct tls_info		 certinfo;
	int			 cert_kept;
	struct buf		 certpem;

	struct reply_parser	*rp;
	struct buf		 out;
	int			 out_secret;	/* a secret is in out: wipe it
						   once sent */
	struct qitem		*qhead, *qtail;
	size_t			 qbytes;	/* memory the queue holds */
	int			 awaiting;	/* a reply is owed to us */
	char			 verb[16];	/* the command it answers */
	struct qitem		*current;	/* AUTH or /send item in flight */
	int			 secret_next;	/* next line answers a 334 */
	int			 hand_auth;	/* a typed AUTH is not over yet */
	char			*sasl_initial;	/* initial response held back
						   for the first 334 */
	char			*sasl_initial_show; /* its masked form */
	int			 unasked;	/* lines since we last sent one */
	char			*hand_user;	/* user of a hand-typed AUTH */
	struct sasl		*sasl;
	struct stream		*stream;
	int			 group_rcpts;	/* RCPTs accepted in a /send */

	struct caps		*caps, *prev_caps;
	char			*auth_user;

	struct timespec		 deadline;	/* monotonic; 0 = none */
	char			 waiting[80];	/* what the deadline is for */

	int			 late;		/* replies owed to cancelled
						   waits, still to come */
	int			 quit_ms;	/* session_quit: the wait for
						   the 221, then close */
	int			 worst;
	int			 idle_told;
	enum session_fail	 failure;
	int			 in_cb;
};

static const char *const session_state_names[] = {
	"closed", "resolving", "connecting", "TLS handshake",
	"waiting for the greeting", "greeted, no EHLO yet", "EHLO accepted",
	"in a transaction (MAIL accepted)", "recipients accepted",
	"sending the message", "quitting",
};

static void	session_pump(struct session *);
static int	session_target_failed(struct session *, enum session_fail);
static void	session_target_landed(struct session *);
static void	session_targets_free(struct session_target *, size_t);
static const struct tls_client_config *session_target_tls(
		    const struct session *, struct tls_client_config *);
static void	session_fail(struct session *, enum session_fail,
		    const char *, ...) __attribute__((format(printf, 3, 4)));

const char *
session_state_name(enum session_state st)
{
	return session_state_names[st];
}

static void
session_emit(struct session *s, enum session_ev_type type,
    const struct tr_entry *e, const struct reply *r, enum session_fail f)
{
	struct session_event	 ev;

	ev.type = type;
	ev.entry = e;
	ev.reply = r;
	ev.fail = f;
	if (s->cb != NULL)
		s->cb(&ev, s->cbarg);
}

static void
session_entry(struct session *s, enum tr_kind kind, unsigned flags, int code,
    const char *text, size_t len, const char *raw, size_t rawlen)
{
	const struct tr_entry	*e;

	e = transcript_add(s->tr, kind, flags, code, text, len, raw, rawlen);
	if (e != NULL)
		session_emit(s, SESSION_EV_ENTRY, e, NULL, SESSION_OK);
}

void
session_vlog(struct session *s, enum tr_kind kind, unsigned flags,
    const char *fmt, va_list ap)
{
	char	 line[2048];
	int	 n;

	n = vsnprintf(line, sizeof line, fmt, ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof line)
		n = sizeof line - 1;
	session_entry(s, kind, flags, 0, line, n, NULL, 0);
}

void
session_log(struct session *s, enum tr_kind kind, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	session_vlog(s, kind, 0, fmt, ap);
	va_end(ap);
}

void
session_log_text(struct session *s, enum tr_kind kind, unsigned flags,
    const char *text, size_t len)
{
	session_entry(s, kind, flags, 0, text, len, NULL, 0);
}

static void
session_note_emit(void *arg, const char *text)
{
	struct session	*s = arg;

	if (s->notes)
		session_entry(s, TR_NOTE, 0, 0, text, strlen(text), NULL, 0);
}

/* Decoded AUTH exchanges are shown even with notes off: they are data. */
static void
session_decoded(struct session *s, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	session_vlog(s, TR_NOTE, TR_F_DECODED, fmt, ap);
	va_end(ap);
}

static void
session_notes_ctx(const struct session *s, struct notes_ctx *c)
{
	c->port = s->nominal_port ? s->nominal_port : s->port;
	c->implicit_tls = s->implicit_tls;
	c->tls = s->tls_on;
	c->authenticated = s->auth_user != NULL;
	c->verb = s->verb;
	c->caps = s->caps;
	c->prev_caps = s->prev_caps;
}

static void
session_note_event(struct session *s, enum notes_event ev)
{
	struct notes_ctx	 c;

	session_notes_ctx(s, &c);
	notes_event(&c, ev, session_note_emit, s);
}

/* The only place the state changes. */
static void
session_set_state(struct session *s, enum session_state st)
{
	enum session_state	 old = s->state;

	if (s->state == st)
		return;
	s->state = st;
	session_emit(s, SESSION_EV_STATE, NULL, NULL, SESSION_OK);
	if (old == SESSION_GREETING && st == SESSION_READY)
		session_target_landed(s);
}

static void
session_clock(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

static void
session_arm(struct session *s, const char *fmt, ...)
{
	va_list	 ap;
	int	 ms = s->cfg.timeout_ms;

	/* session_quit's wait for the 221 is its own, shorter one. */
	if (s->quit_ms > 0 && strcmp(s->verb, "QUIT") == 0)
		ms = s->quit_ms;
	session_clock(&s->deadline);
	s->deadline.tv_sec += ms / 1000;
	s->deadline.tv_nsec += (long)(ms % 1000) * 1000000;
	if (s->deadline.tv_nsec >= 1000000000) {
		s->deadline.tv_sec++;
		s->deadline.tv_nsec -= 1000000000;
	}
	va_start(ap, fmt);
	vsnprintf(s->waiting, sizeof s->waiting, fmt, ap);
	va_end(ap);
}

static void
session_disarm(struct session *s)
{
	s->deadline.tv_sec = 0;
	s->deadline.tv_nsec = 0;
	s->waiting[0] = '\0';
}

static void
session_qitem_free(struct qitem *q)
{
	if (q == NULL)
		return;
	if (q->text != NULL) {
		OPENSSL_cleanse(q->text, strlen(q->text));
		free(q->text);
	}
	free(q->user);
	sasl_free(q->sasl);
	free(q);
}

/* Take the head of the queue. */
static struct qitem *
session_qpop(struct session *s)
{
	struct qitem	*q = s->qhead;

	if ((s->qhead = q->next) == NULL)
		s->qtail = NULL;
	q->next = NULL;
	s->qbytes -= q->cost;
	return q;
}

/* Drop queued items (all, or those of one /send group); count them. */
static size_t
session_drop(struct session *s, int group)
{
	struct qitem	**pp = &s->qhead, *q;
	size_t		  n = 0;

	while ((q = *pp) != NULL) {
		if (group == 0 || q->group == group) {
			*pp = q->next;
			s->qbytes -= q->cost;
			session_qitem_free(q);
			n++;
		} else
			pp = &q->next;
	}
	s->qtail = NULL;
	for (q = s->qhead; q != NULL; q = q->next)
		s->qtail = q;
	return n;
}

static void
session_stream_free(struct session *s)
{
	if (s->stream == NULL)
		return;
	if (s->stream->fd != -1)
		close(s->stream->fd);
	free(s->stream->name);
	free(s->stream);
	s->stream = NULL;
}

static void
session_sasl_initial_free(struct session *s)
{
	if (s->sasl_initial != NULL)
		OPENSSL_clear_free(s->sasl_initial, strlen(s->sasl_initial));
	free(s->sasl_initial_show);
	s->sasl_initial = s->sasl_initial_show = NULL;
}

static void
session_reset_conn(struct session *s)
{
	if (s->rq != NULL)
		resolve_cancel(s->resolver, s->rq);
	s->rq = NULL;
	resolve_result_free(&s->addrs);
	s->addr_next = 0;
	tls_free(s->tls);
	s->tls = NULL;
	s->tls_on = 0;
	s->tls_want = 0;
	if (s->fd != -1)
		close(s->fd);
	s->fd = -1;
	buf_reset(&s->out);
	s->out_secret = 0;
	reply_parser_reset(s->rp);
	session_stream_free(s);
	session_qitem_free(s->current);
	s->current = NULL;
	sasl_free(s->sasl);
	s->sasl = NULL;
	s->awaiting = 0;
	s->secret_next = 0;
	s->hand_auth = 0;
	session_sasl_initial_free(s);
	s->unasked = 0;
	s->quit_ms = 0;
	s->late = 0;
	session_disarm(s);
}

/* End the connection; fail is SESSION_OK for an orderly end. */
static void
session_end(struct session *s, enum session_fail fail)
{
	size_t	 n;

	if (s->state == SESSION_CLOSED)
		return;
	if (session_target_failed(s, fail))
		return;		/* went on to the next target */
	session_reset_conn(s);
	if ((n = session_drop(s, 0)) > 0)
		session_log(s, TR_EVENT, "%zu queued line%s not sent", n,
		    n == 1 ? "" : "s");
	if (fail != SESSION_OK && s->failure == SESSION_OK)
		s->failure = fail;
	caps_free(s->caps);
	caps_free(s->prev_caps);
	s->caps = s->prev_caps = NULL;
	free(s->auth_user);
	s->auth_user = NULL;
	session_set_state(s, SESSION_CLOSED);
	session_emit(s, SESSION_EV_CLOSED, NULL, NULL, fail);
}

static void
session_fail(struct session *s, enum session_fail fail, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	session_vlog(s, TR_ERROR, 0, fmt, ap);
	va_end(ap);
	session_end(s, fail);
}

/* A name fit to go on the wire after EHLO/HELO: printable, no spaces. */
static int
session_good_name(const char *n)
{
	if (*n == '\0' || strlen(n) > 255)
		return 0;
	for (; *n; n++)
		if ((unsigned char)*n <= 0x20 || (unsigned char)*n >= 0x7f)
			return 0;
	return 1;
}

struct session *
session_new(const struct session_config *cfg, session_cb_fn *cb, void *arg)
{
	struct session	*s;

	if ((s = calloc(1, sizeof *s)) == NULL)
		return NULL;
	s->cfg = *cfg;
	if (s->cfg.timeout_ms <= 0)
		s->cfg.timeout_ms = 30000;
	/* Own copies, so the caller's strings may go away. */
	s->ehlo_name = strdup(cfg->ehlo_name && session_good_name(cfg->ehlo_name) ?
	    cfg->ehlo_name : "localhost");
	s->ca_file = cfg->tls.ca_file ? strdup(cfg->tls.ca_file) : NULL;
	s->ca_pem = cfg->tls.ca_pem ? strdup(cfg->tls.ca_pem) : NULL;
	s->servername = cfg->tls.servername ? strdup(cfg->tls.servername) :
	    NULL;
	s->cfg.ehlo_name = s->ehlo_name;
	s->cfg.tls.ca_file = s->ca_file;
	s->cfg.tls.ca_pem = s->ca_pem;
	s->cfg.tls.servername = s->servername;
	s->cb = cb;
	s->cbarg = arg;
	s->notes = 1;
	s->fd = -1;
	if ((s->tr = transcript_new()) != NULL)
		transcript_set_max(s->tr, cfg->transcript_max);
	s->rp = reply_parser_new();
	buf_init(&s->out, SESSION_OUT_MAX + 2 * SESSION_CHUNK + 16);
	buf_init(&s->certpem, SESSION_CERT_MAX);
	if (s->ehlo_name == NULL || s->tr == NULL || s->rp == NULL ||
	    (cfg->tls.ca_file && s->ca_file == NULL) ||
	    (cfg->tls.ca_pem && s->ca_pem == NULL) ||
	    (cfg->tls.servername && s->servername == NULL)) {
		session_free(s);
		return NULL;
	}
	/* A server closing on us must not kill the program with SIGPIPE. */
	signal(SIGPIPE, SIG_IGN);
	return s;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	s->cb = NULL;
	session_reset_conn(s);
	session_drop(s, 0);
	caps_free(s->caps);
	caps_free(s->prev_caps);
	free(s->auth_user);
	free(s->hand_user);
	free(s->ehlo_name);
	free(s->ca_file);
	free(s->ca_pem);
	free(s->servername);
	session_targets_free(s->targets, s->ntargets);
	resolver_free(s->own_resolver);
	buf_free(&s->out);
	buf_free(&s->certpem);
	reply_parser_free(s->rp);
	transcript_free(s->tr);
	free(s);
}

int
session_set_trust(struct session *s, const char *pem)
{
	char	*p = NULL;

	if (pem != NULL && (p = strdup(pem)) == NULL)
		return -1;
	free(s->ca_pem);
	s->ca_pem = p;
	s->cfg.tls.ca_pem = p;
	return 0;
}

int
session_set_tls(struct session *s, const struct tls_client_config *tc)
{
	char	*ca = NULL, *sn = NULL;

	if ((tc->ca_file != NULL && (ca = strdup(tc->ca_file)) == NULL) ||
	    (tc->servername != NULL && (sn = strdup(tc->servername)) ==
	    NULL)) {
		free(ca);
		return -1;
	}
	free(s->ca_file);
	free(s->servername);
	s->ca_file = ca;
	s->servername = sn;
	s->cfg.tls.ca_file = ca;
	s->cfg.tls.servername = sn;
	s->cfg.tls.insecure = tc->insecure;
	return 0;
}

void
session_set_nominal_port(struct session *s, int port)
{
	s->nominal_port = port;
}

int
session_nominal_port(const struct session *s)
{
	return s->nominal_port;
}

void
session_set_notes(struct session *s, int on)
{
	s->notes = on;
}

/* Targets and connecting. */

static const char *const session_target_results[] = {
	"answered", "no address", "refused", "timed out", "TLS failed",
	"closed before the greeting", "failed", "skipped",
};

const char *
session_target_result_name(enum session_target_result r)
{
	return session_target_results[r];
}

void
session_set_resolver(struct session *s, struct resolver *r)
{
	s->resolver = r;
}

const struct session_target *
session_target(const struct session *s, size_t *index)
{
	if (s->targets == NULL || s->state == SESSION_CLOSED)
		return NULL;
	if (index != NULL)
		*index = s->target;
	return &s->targets[s->target];
}

static void
session_targets_free(struct session_target *t, size_t n)
{
	size_t	 i;

	for (i = 0; t != NULL && i < n; i++) {
		free((char *)t[i].host);
		free((char *)t[i].addr);
		free((char *)t[i].verify_name);
	}
	free(t);
}

/* The TLS settings for the current target: its verification name, when
   it has one, over the session's servername. */
static const struct tls_client_config *
session_target_tls(const struct session *s, struct tls_client_config *tc)
{
	*tc = s->cfg.tls;
	if (s->targets != NULL && s->targets[s->target].verify_name != NULL)
		tc->servername = s->targets[s->target].verify_name;
	return tc;
}

/* Tell the front end how the current target ended; with a list, say it
   in the transcript too (one target says it in the lines around it). */
static void
session_target_report(struct session *s, enum session_target_result res,
    const char *why)
{
	struct session_target_report	 rep;
	struct session_event		 ev;
	const struct session_target	*t = &s->targets[s->target];

	if (s->ntargets > 1 && res == SESSION_TARGET_ANSWERED)
		session_log(s, TR_EVENT, "target %zu of %zu (%s port %d) "
		    "answered", s->target + 1, s->ntargets, s->host, t->port);
	else if (s->ntargets > 1)
		session_log(s, TR_ERROR, "target %zu of %zu (%s port %d): "
		    "%s%s%s%s", s->target + 1, s->ntargets, s->host, t->port,
		    session_target_result_name(res), *why ? " (" : "", why,
		    *why ? ")" : "");
	/* The hook for a debug trace of targets tried is here. */
	rep.index = s->target;
	rep.count = s->ntargets;
	rep.target = t;
	rep.result = res;
	rep.why = why;
	memset(&ev, 0, sizeof ev);
	ev.type = SESSION_EV_TARGET;
	ev.target = &rep;
	if (s->cb != NULL)
		s->cb(&ev, s->cbarg);
}

static void
session_target_landed(struct session *s)
{
	if (s->targets == NULL || s->landed)
		return;
	s->landed = 1;
	session_target_report(s, SESSION_TARGET_ANSWERED, "");
}

/* Why the current target failed, from where it stopped. */
static enum session_target_result
session_target_why(const struct session *s, enum session_fail fail,
    char *why, size_t whylen)
{
	*why = '\0';
	if (s->target_skip)
		return SESSION_TARGET_SKIPPED;
	if (fail == SESSION_FAIL_TLS || s->state == SESSION_TLS) {
		if (s->cert_kept && s->certinfo.verify_kind != TLS_V_OK)
			snprintf(why, whylen, "%s%s%s", s->certinfo.verify_error,
			    s->certinfo.checked[0] ? " for " : "",
			    s->certinfo.checked);
		return SESSION_TARGET_TLS;
	}
	if (fail == SESSION_FAIL_PROTOCOL) {
		snprintf(why, whylen, "not an SMTP greeting");
		return SESSION_TARGET_ERROR;
	}
	if (s->state == SESSION_GREETING) {
		/* A timeout disarms before ending; a close leaves the
		   deadline for the greeting armed. */
		return s->deadline.tv_sec == 0 ? SESSION_TARGET_TIMEOUT :
		    SESSION_TARGET_CLOSED;
	}
	if (s->conn_err != 0) {
		snprintf(why, whylen, "%s", strerror(s->conn_err));
		return s->conn_err == ECONNREFUSED ? SESSION_TARGET_REFUSED :
		    s->conn_err == ETIMEDOUT ? SESSION_TARGET_TIMEOUT :
		    SESSION_TARGET_ERROR;
	}
	if (s->state == SESSION_RESOLVING)
		return SESSION_TARGET_NO_ADDRESS;
	return SESSION_TARGET_ERROR;
}

static void	session_target_start(struct session *);

/*
 * Called by session_end: a target that failed before greeting us (or
 * that the front end left) is reported, and the next one is tried. 1
 * when the session went on; 0 when it really ends (the last target, a
 * failure after the greeting, a close or a cancel).
 */
static int
session_target_failed(struct session *s, enum session_fail fail)
{
	enum session_target_result	 res;
	char				 why[512];

	if (s->targets == NULL || s->targets_stop || fail == SESSION_OK ||
	    fail == SESSION_FAIL_INTERNAL || (s->landed && !s->target_skip))
		return 0;
	res = session_target_why(s, fail, why, sizeof why);
	s->target_skip = 0;
	session_target_report(s, res, why);
	if (s->target + 1 >= s->ntargets)
		return 0;
	session_reset_conn(s);
	caps_free(s->caps);
	caps_free(s->prev_caps);
	s->caps = s->prev_caps = NULL;
	free(s->auth_user);
	s->auth_user = NULL;
	s->target++;
	session_target_start(s);
	return 1;
}

int
session_next_target(struct session *s, char *err, size_t errlen)
{
	if (s->state == SESSION_CLOSED || s->targets == NULL) {
		snprintf(err, errlen, "not connected");
		return -1;
	}
	if (s->target + 1 >= s->ntargets) {
		snprintf(err, errlen, "no more targets (this is %zu of %zu)",
		    s->target + 1, s->ntargets);
		return -1;
	}
	s->target_skip = 1;
	session_end(s, SESSION_FAIL_CONNECT);
	return 0;
}

static void
session_try_next(struct session *s)
{
	const struct resolve_addr	*a;
	int				 fd;

	while (s->addr_next < s->addrs.naddrs) {
		a = &s->addrs.addrs[s->addr_next++];
		resolve_addr_str(a, s->addr, sizeof s->addr);
		fd = socket(a->sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK |
		    SOCK_CLOEXEC, 0);
		if (fd == -1) {
			s->conn_err = errno;
			session_log(s, TR_ERROR, "connect to %s: %s", s->addr,
			    strerror(errno));
			continue;
		}
		if (connect(fd, (const struct sockaddr *)&a->sa, a->salen) ==
		    -1 && errno != EINPROGRESS) {
			s->conn_err = errno;
			session_log(s, TR_ERROR, "connect to %s: %s", s->addr,
			    strerror(errno));
			close(fd);
			continue;
		}
		s->fd = fd;
		/* What this try ends as if it never completes. */
		s->conn_err = ETIMEDOUT;
		session_set_state(s, SESSION_CONNECTING);
		session_arm(s, "connect to %s", s->addr);
		return;
	}
	session_end(s, SESSION_FAIL_CONNECT);
}

static void
session_resolved(struct session *s, struct resolve_result *res)
{
	s->addrs = *res;
	s->addr_next = 0;
	if (s->addrs.naddrs == 0) {
		session_fail(s, SESSION_FAIL_CONNECT, "cannot resolve %s: no "
		    "address", s->host);
		return;
	}
	session_try_next(s);
}

/* Start on s->targets[s->target]: resolve it (an address needs none)
   and connect. Failures go through session_end, to the next target. */
static void
session_target_start(struct session *s)
{
	const struct session_target	*t = &s->targets[s->target];
	struct resolve_result		 res;
	char				 err[SESSION_ERR];
	int				 r;

	s->host = t->host != NULL ? t->host : t->addr;
	s->port = t->port;
	s->implicit_tls = t->implicit_tls;
	s->verb[0] = '\0';
	s->landed = 0;
	s->conn_err = 0;
	s->cert_kept = 0;
	buf_reset(&s->certpem);
	free(s->hand_user);
	s->hand_user = NULL;
	if (t->addr != NULL && t->host != NULL)
		session_log(s, TR_EVENT, "connecting to %s [%s] port %d%s",
		    t->host, t->addr, t->port, t->implicit_tls ? " with TLS" :
		    "");
	else
		session_log(s, TR_EVENT, "connecting to %s port %d%s",
		    s->host, t->port, t->implicit_tls ? " with TLS" : "");
	session_set_state(s, SESSION_RESOLVING);

	/* Address literals need no resolver; names go to one that never
	   blocks, so a slow DNS server cannot freeze the front end. */
	r = resolve_literal(t->addr != NULL ? t->addr : s->host, t->port,
	    &res, err, sizeof err);
	if (r == 0 && t->addr != NULL) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s is not an address",
		    t->addr);
		return;
	}
	if (r == -1) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		return;
	}
	if (r == 1) {
		session_resolved(s, &res);
		return;
	}
	if (s->resolver == NULL) {
		if (s->own_resolver == NULL &&
		    (s->own_resolver = resolver_gai_new()) == NULL) {
			session_fail(s, SESSION_FAIL_INTERNAL, "out of memory");
			return;
		}
		s->resolver = s->own_resolver;
	}
	if ((s->rq = resolve_start(s->resolver, RESOLVE_ADDR, s->host,
	    t->port, err, sizeof err)) == NULL) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		return;
	}
	session_arm(s, "resolve %s", s->host);
}

/* Copy one target, host brackets removed; -1 with err. */
static int
session_target_copy(struct session_target *d, const struct session_target *t,
    char *err, size_t errlen)
{
	size_t	 len;

	memset(d, 0, sizeof *d);
	if (t->port < 1 || t->port > 65535) {
		snprintf(err, errlen, "bad port %d (1-65535)", t->port);
		return -1;
	}
	if (t->host == NULL && t->addr == NULL) {
		snprintf(err, errlen, "bad host name");
		return -1;
	}
	if (t->host != NULL) {
		len = strlen(t->host);
		if (len == 0 || len > 253) {
			snprintf(err, errlen, "bad host name");
			return -1;
		}
		d->host = t->host[0] == '[' && t->host[len - 1] == ']' ?
		    strndup(t->host + 1, len - 2) : strdup(t->host);
		if (d->host == NULL)
			goto nomem;
	}
	if ((t->addr != NULL && (d->addr = strdup(t->addr)) == NULL) ||
	    (t->verify_name != NULL &&
	    (d->verify_name = strdup(t->verify_name)) == NULL))
		goto nomem;
	d->port = t->port;
	d->implicit_tls = t->implicit_tls;
	return 0;
nomem:
	snprintf(err, errlen, "out of memory");
	return -1;
}

int
session_connect_targets(struct session *s, const struct session_target *t,
    size_t n, char *err, size_t errlen)
{
	struct session_target	*c;
	size_t			 i;

	if (s->state != SESSION_CLOSED) {
		snprintf(err, errlen, "already connected to %s; /quit or "
		    "close first", s->host);
		return -1;
	}
	if (n == 0 || (c = calloc(n, sizeof *c)) == NULL) {
		snprintf(err, errlen, n == 0 ? "no target" : "out of memory");
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (session_target_copy(&c[i], &t[i], err, errlen) == -1) {
			session_targets_free(c, i + 1);
			return -1;
		}
	}
	/* s->host pointed into the old list. */
	session_targets_free(s->targets, s->ntargets);
	s->targets = c;
	s->ntargets = n;
	s->target = 0;
	s->target_skip = 0;
	s->targets_stop = 0;
	s->failure = SESSION_OK;
	s->idle_told = 0;
	session_target_start(s);
	return 0;
}

int
session_connect(struct session *s, const char *host, int port,
    int implicit_tls, char *err, size_t errlen)
{
	struct session_target	 t;

	memset(&t, 0, sizeof t);
	t.host = host;
	t.port = port;
	t.implicit_tls = implicit_tls;
	return session_connect_targets(s, &t, 1, err, errlen);
}

static void
session_check_resolve(struct session *s)
{
	struct resolve_result	 res;
	char			 err[SESSION_ERR];
	int			 r;

	if ((r = resolve_collect(s->resolver, s->rq, &res, err,
	    sizeof err)) == 1)
		return;
	s->rq = NULL;
	if (r == -1) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		return;
	}
	session_resolved(s, &res);
}

static void
session_start_tls(struct session *s)
{
	struct tls_client_config tc;
	char	 err[SESSION_ERR];

	if (s->tls != NULL) {
		session_fail(s, SESSION_FAIL_PROTOCOL, "the server offered "
		    "a second TLS handshake inside TLS; closing");
		return;
	}
	s->tls = tls_client_new(s->fd, s->host, session_target_tls(s, &tc),
	    err, sizeof err);
	if (s->tls == NULL) {
		session_fail(s, SESSION_FAIL_TLS, "%s", err);
		return;
	}
	session_set_state(s, SESSION_TLS);
	s->tls_want = POLLOUT;
	session_arm(s, "TLS handshake with %s", s->addr);
}

static void
session_connected(struct session *s)
{
	int		 e = 0;
	socklen_t	 len = sizeof e;

	if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &e, &len) == -1)
		e = errno;
	if (e != 0) {
		session_log(s, TR_ERROR, "connect to %s: %s", s->addr,
		    strerror(e));
		s->conn_err = e;
		if (e == ECONNREFUSED && s->addr_next >= s->addrs.naddrs)
			session_note_event(s, NOTES_EV_CONNECT_REFUSED);
		close(s->fd);
		s->fd = -1;
		session_try_next(s);
		return;
	}
	resolve_result_free(&s->addrs);
	s->addr_next = 0;
	session_log(s, TR_EVENT, "connected to %s [%s]", s->host, s->addr);
	session_note_event(s, NOTES_EV_CONNECTED);
	if (s->implicit_tls) {
		session_start_tls(s);
		return;
	}
	session_set_state(s, SESSION_GREETING);
	s->awaiting = 1;
	s->verb[0] = '\0';
	session_arm(s, "the greeting from %s", s->addr);
}

/* Keep the certificate the server sent (the facts and the chain as
   PEM) for /cert, after the handshake or after it failed. */
static void
session_keep_cert(struct session *s)
{
	buf_reset(&s->certpem);
	tls_get_info(s->tls, &s->certinfo);
	if (tls_chain_pem(s->tls, &s->certpem) == -1)
		buf_reset(&s->certpem);	/* too big: the facts only */
	s->cert_kept = s->certinfo.have_cert;
}

/* A certificate that failed verification: what it is, why it failed in
   words, and what to do. The facts are events; the advice is notes. */
static void
session_cert_failed(struct session *s, const struct tls_info *ti)
{
	char	 valid[128], why[1024], todo[512];

	session_log(s, TR_EVENT, "certificate: %s", ti->subject);
	session_log(s, TR_EVENT, "certificate names: %s", ti->names);
	session_log(s, TR_EVENT, "issued by: %s", ti->issuer);
	tls_validity(ti, (long long)time(NULL), valid, sizeof valid);
	session_log(s, TR_EVENT, "valid: %s", valid);
	session_log(s, TR_EVENT, "SHA-256: %s", ti->fingerprint);
	tls_advice(ti, why, sizeof why, todo, sizeof todo);
	session_log(s, TR_NOTE, "%s", why);
	session_log(s, TR_NOTE, "%s", todo);
	session_log(s, TR_NOTE, "/cert shows the chain; /cert save FILE "
	    "writes it as PEM");
}

/* TLS established: report it, then go where the protocol goes next. */
static void
session_tls_done(struct session *s)
{
	tls_get_info(s->tls, &s->tlsinfo);
	session_keep_cert(s);
	s->tls_on = 1;
	s->tls_want = 0;
	session_disarm(s);
	session_log(s, TR_EVENT, "TLS established: %s, %s",
	    s->tlsinfo.version, s->tlsinfo.cipher);
	session_log(s, TR_EVENT, "certificate: %s", s->tlsinfo.subject);
	if (s->tlsinfo.sans[0])
		session_log(s, TR_EVENT, "certificate names: %s",
		    s->tlsinfo.sans);
	session_log(s, TR_EVENT, "issued by: %s; valid until %s",
	    s->tlsinfo.issuer, s->tlsinfo.not_after);
	if (s->tlsinfo.verified)
		session_log(s, TR_EVENT, "certificate verified for %s",
		    s->tlsinfo.checked);
	else if (s->cfg.tls.insecure)
		session_log(s, TR_ERROR, "certificate NOT verified (%s); going "
		    "on because of --insecure: this session is unverified",
		    s->tlsinfo.verify_error);
	else {
		/* tls.c fails the handshake first; this is a second lock. */
		session_fail(s, SESSION_FAIL_TLS, "certificate NOT verified: %s",
		    s->tlsinfo.verify_error);
		return;
	}
	/* RFC 3207: forget what was learnt in clear, and start over. */
	caps_free(s->prev_caps);
	s->prev_caps = s->caps;
	s->caps = NULL;
	if (s->implicit_tls && s->verb[0] == '\0') {
		session_set_state(s, SESSION_GREETING);
		s->awaiting = 1;
		session_arm(s, "the greeting from %s", s->addr);
	} else
		session_set_state(s, SESSION_READY);
}

static void
session_handshake(struct session *s)
{
	char		 err[SESSION_ERR];
	enum tls_io	 r;

	switch ((r = tls_handshake(s->tls, err, sizeof err))) {
	case TLS_OK:
		session_tls_done(s);
		return;
	case TLS_WANT_READ:
		s->tls_want = POLLIN;
		return;
	case TLS_WANT_WRITE:
		s->tls_want = POLLOUT;
		return;
	default:
		break;
	}
	if (r == TLS_CLOSED)
		snprintf(err, sizeof err, "connection closed during the TLS "
		    "handshake");
	session_log(s, TR_ERROR, "%s", err);
	session_keep_cert(s);
	if (s->cert_kept && s->certinfo.verify_kind != TLS_V_OK)
		session_cert_failed(s, &s->certinfo);
	/* A plaintext greeting read as a TLS record: wrong port or mode. */
	if (s->implicit_tls && (strstr(err, "wrong version number") ||
	    strstr(err, "packet length too long") ||
	    strstr(err, "record layer failure") ||
	    strstr(err, "unexpected eof")))
		session_note_event(s, NOTES_EV_TLS_NOT_TLS);
	session_end(s, SESSION_FAIL_TLS);
}

/* Replies. */

static void
session_verb_of(const char *line, char verb[16])
{
	size_t	 i;

	line += strspn(line, " \t");
	for (i = 0; i < 15 && line[i] && line[i] != ' ' && line[i] != '\t'; i++)
		verb[i] = toupper((unsigned char)line[i]);
	verb[i] = '\0';
}

/* Pull the user name out of a hand-typed PLAIN initial response. */
static char *
session_plain_user(const char *b64)
{
	struct buf	 d;
	char		*user = NULL, *p;

	buf_init(&d, 4096);
	if (b64_decode(b64, strlen(b64), &d) == 0 && d.len > 0 &&
	    (p = memchr(d.data, '\0', d.len)) != NULL &&
	    (size_t)(p - d.data) < d.len)
		user = strndup(p + 1, strnlen(p + 1, d.len - (p + 1 - d.data)));
	buf_free(&d);
	return user;
}

static void
session_auth_ok(struct session *s, const char *user)
{
	free(s->auth_user);
	s->auth_user = strdup(user ? user : "(by hand)");
	session_log(s, TR_EVENT, "authenticated as %s", s->auth_user);
	session_emit(s, SESSION_EV_STATE, NULL, NULL, SESSION_OK);
}

static int session_write_line(struct session *, const char *, size_t,
    const char *, unsigned);

/*
 * A SASL exchange that fails on our side (a malformed challenge, a SCRAM
 * server that cannot prove it knows the password, a round too many) ends
 * the connection, like a failed STARTTLS: the server has shown it is not
 * the one we meant to talk to, so nothing more goes to it.
 */
static void
session_sasl_fail(struct session *s, const char *why)
{
	session_fail(s, SESSION_FAIL_AUTH, "%s failed: %s; closing the "
	    "connection without sending anything more", sasl_name(s->sasl),
	    why);
}

/* A 334 during a SASL exchange we run: decode, answer, show masked. */
static void
session_sasl_challenge(struct session *s, const struct reply *r)
{
	struct buf	 chal, out, enc, show;
	char		 err[SESSION_ERR];
	const char	*t = r->lines[0];

	buf_init(&chal, 16384);
	buf_init(&out, 16384);
	buf_init(&enc, 32768);
	buf_init(&show, 4096);
	if (s->sasl_initial != NULL) {
		/* RFC 4954 4: the initial response that did not fit on the
		   AUTH line answers the empty 334. */
		session_write_line(s, s->sasl_initial, strlen(s->sasl_initial),
		    SASL_MASK, TR_F_SECRET);
		if (s->sasl_initial_show[0] != '\0')
			session_decoded(s, "sent: %s", s->sasl_initial_show);
		session_sasl_initial_free(s);
		goto sent;
	}
	if (b64_decode(t, r->lens[0], &chal) == -1) {
		session_sasl_fail(s, "the server's challenge is not valid "
		    "base64");
		goto done;
	}
	session_decoded(s, "challenge: %s", chal.len ? chal.data : "(empty)");
	if (sasl_step(s->sasl, (unsigned char *)chal.data, chal.len, &out,
	    &show, err, sizeof err) == SASL_FAIL) {
		session_sasl_fail(s, err);
		goto done;
	}
	if (b64_encode(out.data, out.len, &enc) == -1) {
		session_sasl_fail(s, "the response is too large");
		goto done;
	}
	session_write_line(s, enc.data, enc.len, SASL_MASK, TR_F_SECRET);
	session_decoded(s, "sent: %s", show.data ? show.data : "");
sent:
	s->awaiting = 1;
	session_arm(s, "the reply to AUTH");
done:
	buf_free(&chal);
	buf_free(&out);
	buf_free(&enc);
	buf_free(&show);
}

static void
session_reply_auth(struct session *s, const struct reply *r)
{
	char	 err[SESSION_ERR];
	struct buf d;

	if (s->sasl != NULL) {
		if (r->code == 334) {
			session_sasl_challenge(s, r);
			return;
		}
		if (r->code == 235) {
			if (sasl_finish(s->sasl, err, sizeof err) == -1) {
				session_sasl_fail(s, err);
				return;
			}
			session_auth_ok(s, s->current ? s->current->user : NULL);
		}
		session_sasl_initial_free(s);
		sasl_free(s->sasl);
		s->sasl = NULL;
		return;
	}
	/* AUTH typed by hand: show challenges; mask the next line. */
	if (r->code == 334) {
		buf_init(&d, 16384);
		if (r->lens[0] == 0)
			session_decoded(s, "challenge: (empty)");
		else if (b64_decode(r->lines[0], r->lens[0], &d) == 0)
			session_decoded(s, "challenge: %s", d.data ? d.data : "");
		else
			session_decoded(s, "challenge is not valid base64");
		buf_free(&d);
		s->secret_next = 1;
		return;
	}
	if (r->code == 235)
		session_auth_ok(s, s->hand_user);
	s->hand_auth = 0;
	free(s->hand_user);
	s->hand_user = NULL;
}

/*
 * DATA was refused: a message typed or pasted ahead of the reply (typed
 * lines up to a lone ".") must not go out as commands. Without a "."
 * queued there is no message yet, and the lines stay.
 */
static void
session_drop_message(struct session *s)
{
	struct qitem	*q, *end = NULL;
	size_t		 n = 0;
	int		 last;

	for (q = s->qhead; q != NULL && q->type == Q_LINE; q = q->next)
		if (strcmp(q->text, ".") == 0) {
			end = q;
			break;
		}
	if (end == NULL)
		return;
	do {
		q = session_qpop(s);
		last = q == end;
		session_qitem_free(q);
		n++;
	} while (!last);
	session_log(s, TR_EVENT, "DATA was not accepted (no 354): %zu message "
	    "line%s typed ahead not sent", n, n == 1 ? "" : "s");
}

/* 421 (RFC 5321 3.8): the server is closing. Nothing queued may go out
   after it, even when it came in one read with the reply before it. */
static void
session_closing(struct session *s)
{
	session_log(s, TR_EVENT, "the server is closing the connection (421)");
	session_end(s, SESSION_OK);
}

static void
session_reply(struct session *s, struct reply *r)
{
	struct notes_ctx	 c;
	struct qitem		*cur = s->current;
	int			 cls = reply_class(r);
	char			 err[SESSION_ERR];
	size_t			 n;

	if (s->late > 0) {
		/* Replies come in order: the next one answers the command
		   whose wait was cancelled, not the one awaited now. */
		s->late--;
		s->worst = cls > s->worst ? cls : s->worst;
		session_log(s, TR_EVENT, "that was the late reply to a command "
		    "whose wait was cancelled");
		session_notes_ctx(s, &c);
		c.verb = "?";
		notes_reply(&c, r, session_note_emit, s);
		session_emit(s, SESSION_EV_REPLY, NULL, r, SESSION_OK);
		if (r->code == 421)
			session_closing(s);
		return;
	}
	if (!s->awaiting) {
		s->worst = cls > s->worst ? cls : s->worst;
		session_notes_ctx(s, &c);
		c.verb = "?";
		notes_reply(&c, r, session_note_emit, s);
		/* RFC 5321 3.8: a 421 may come at any time; anything else
		   unasked means replies no longer pair with commands, so
		   nothing more we send could be read right. */
		if (r->code == 421) {
			session_emit(s, SESSION_EV_REPLY, NULL, r, SESSION_OK);
			session_closing(s);
		} else
			session_fail(s, SESSION_FAIL_PROTOCOL, "a reply nobody "
			    "asked for (%d): the server is out of step with "
			    "the commands; closing", r->code);
		return;
	}
	s->awaiting = 0;
	session_disarm(s);
	if (cls > s->worst)
		s->worst = cls;

	if (strcmp(s->verb, "EHLO") == 0 && cls == 2) {
		/* Keep the offer before, for "what changed"; after STARTTLS
		   caps is already empty and prev_caps holds the clear one. */
		if (s->caps != NULL) {
			caps_free(s->prev_caps);
			s->prev_caps = s->caps;
		}
		s->caps = caps_parse(r);
	}
	session_notes_ctx(s, &c);
	notes_reply(&c, r, session_note_emit, s);
	if (r->code == 421) {
		session_emit(s, SESSION_EV_REPLY, NULL, r, SESSION_OK);
		session_closing(s);
		return;
	}

	if (s->verb[0] == '\0') {			/* greeting */
		session_set_state(s, SESSION_READY);
	} else if (strcmp(s->verb, "EHLO") == 0 || strcmp(s->verb, "HELO") == 0) {
		if (cls == 2) {
			if (strcmp(s->verb, "HELO") == 0) {
				caps_free(s->caps);
				s->caps = caps_parse(NULL);
			}
			session_set_state(s, SESSION_HELLO);
		} else if (strcmp(s->verb, "EHLO") == 0 &&
		    (r->code == 500 || r->code == 502)) {
			/* RFC 5321 4.1.4: an old server; fall back to HELO. */
			session_log(s, TR_EVENT, "EHLO not understood; trying "
			    "HELO instead");
			snprintf(err, sizeof err, "HELO %s", s->ehlo_name);
			session_write_line(s, err, strlen(err), err, 0);
			s->awaiting = 1;
			snprintf(s->verb, sizeof s->verb, "HELO");
			session_arm(s, "the reply to HELO");
		}
	} else if (strcmp(s->verb, "MAIL") == 0 && cls == 2) {
		session_set_state(s, SESSION_MAIL);
	} else if (strcmp(s->verb, "RCPT") == 0 && cls == 2) {
		s->group_rcpts++;
		session_set_state(s, SESSION_RCPT);
	} else if (strcmp(s->verb, "DATA") == 0 && r->code == 354) {
		session_set_state(s, SESSION_DATA);
	} else if (strcmp(s->verb, "DATA") == 0) {
		session_drop_message(s);
	} else if (strcmp(s->verb, ".") == 0) {
		session_set_state(s, SESSION_HELLO);
	} else if (strcmp(s->verb, "RSET") == 0 && cls == 2 &&
	    s->state > SESSION_HELLO) {
		session_set_state(s, SESSION_HELLO);
	} else if (strcmp(s->verb, "QUIT") == 0) {
		session_set_state(s, SESSION_QUIT);
		if (s->quit_ms > 0) {
			/* session_quit: the reply is all it waited for. */
			session_emit(s, SESSION_EV_REPLY, NULL, r, SESSION_OK);
			session_close(s);
			return;
		}
	} else if (strcmp(s->verb, "AUTH") == 0) {
		session_reply_auth(s, r);
	} else if (strcmp(s->verb, "STARTTLS") == 0) {
		if (r->code == 220 && s->tls_on) {
			session_fail(s, SESSION_FAIL_PROTOCOL, "220 to STARTTLS "
			    "inside TLS: a second handshake is not possible; "
			    "closing");
			return;
		}
		if (r->code == 220) {
			/* Anything already here came before the handshake and
			   could be an injection (CVE-2011-0411): refuse it. */
			if ((n = reply_parser_pending(s->rp)) > 0) {
				session_fail(s, SESSION_FAIL_TLS, "%zu bytes "
				    "arrived after the STARTTLS reply and before "
				    "the TLS handshake (response injection?); "
				    "aborting", n);
				return;
			}
			session_start_tls(s);
		} else {
			if ((n = session_drop(s, 0)) > 0)
				session_log(s, TR_ERROR, "STARTTLS refused; "
				    "%zu queued line%s not sent in clear", n,
				    n == 1 ? "" : "s");
			else
				session_log(s, TR_ERROR, "STARTTLS refused");
			if (s->failure == SESSION_OK)
				s->failure = SESSION_FAIL_TLS;
		}
	}

	if (s->state == SESSION_CLOSED)
		return;		/* a handler above gave up on the server */
	/* A /send stops at the first step that makes the rest pointless. */
	if (cur != NULL && cur->group != 0 && cls >= 4 &&
	    (strcmp(s->verb, "MAIL") == 0 || strcmp(s->verb, "DATA") == 0 ||
	    strcmp(s->verb, ".") == 0)) {
		if (session_drop(s, cur->group) > 0)
			session_log(s, TR_EVENT, "/send stopped after the "
			    "refusal");
	}
	if (cur != NULL && (s->sasl == NULL || cur->type != Q_AUTH)) {
		session_qitem_free(cur);
		s->current = NULL;
	}
	session_emit(s, SESSION_EV_REPLY, NULL, r, SESSION_OK);
}

/* Output. */

/* Queue wire bytes for line and log it as shown (masked if secret). */
static int
session_write_line(struct session *s, const char *line, size_t len,
    const char *shown, unsigned trflags)
{
	size_t	 at = s->out.len;

	if (buf_add(&s->out, line, len) == -1 ||
	    buf_add(&s->out, "\r\n", 2) == -1) {
		s->out.len = at;
		session_log(s, TR_ERROR, "output buffer full; line not sent");
		return -1;
	}
	session_entry(s, TR_SENT, trflags, 0, shown, strlen(shown),
	    s->out.data + at, len + 2);
	if (trflags & TR_F_SECRET)
		s->out_secret = 1;
	s->unasked = 0;
	return 0;
}

/* Mask everything after "AUTH MECH" in a hand-typed AUTH line, however
   it is spaced. */
static void
session_mask_auth(const char *line, char *shown, size_t n)
{
	const char	*p = line;

	p += strspn(p, " \t");
	p += strcspn(p, " \t");		/* AUTH */
	p += strspn(p, " \t");
	p += strcspn(p, " \t");		/* the mechanism */
	if (p[strspn(p, " \t")] == '\0')
		snprintf(shown, n, "%s", line);
	else
		snprintf(shown, n, "%.*s %s", (int)(p - line), line, SASL_MASK);
}

static void
session_send_typed(struct session *s, struct qitem *q)
{
	char	 shown[1100];
	unsigned fl = 0;
	const char *p;

	session_verb_of(q->text, s->verb);
	if (q->flags & SESSION_SUBMIT_SECRET || s->secret_next) {
		snprintf(shown, sizeof shown, "%s", SASL_MASK);
		fl = TR_F_SECRET;
		s->secret_next = 0;
		snprintf(s->verb, sizeof s->verb, "AUTH");
	} else if (strcmp(s->verb, "AUTH") == 0) {
		if (!s->tls_on)
			session_note_event(s, NOTES_EV_AUTH_NO_TLS);
		session_mask_auth(q->text, shown, sizeof shown);
		if (strcmp(shown, q->text) != 0)
			fl = TR_F_SECRET;
		free(s->hand_user);
		s->hand_user = NULL;
		p = q->text + strspn(q->text, " \t") + 4;
		p += strspn(p, " \t");
		if (strncasecmp(p, "PLAIN", 5) == 0 && (p[5] == ' ' ||
		    p[5] == '\t')) {
			p += 5 + strspn(p + 5, " \t");
			s->hand_user = session_plain_user(p);
		}
	} else
		snprintf(shown, sizeof shown, "%s", q->text);
	if (session_write_line(s, q->text, strlen(q->text), shown, fl) == -1)
		return;
	s->awaiting = 1;
	session_arm(s, "the reply to %s", s->verb[0] ? s->verb : "an empty line");
}

static void
session_start_auth(struct session *s, struct qitem *q)
{
	struct buf	 out, enc, show, line;
	char		 err[SESSION_ERR], shown[128];

	s->sasl = q->sasl;
	q->sasl = NULL;
	snprintf(s->verb, sizeof s->verb, "AUTH");
	if (!s->tls_on)
		session_note_event(s, NOTES_EV_AUTH_NO_TLS);
	buf_init(&out, 16384);
	buf_init(&enc, 32768);
	buf_init(&show, 4096);
	buf_init(&line, 40000);
	buf_printf(&line, "AUTH %s", sasl_name(s->sasl));
	snprintf(shown, sizeof shown, "AUTH %s", sasl_name(s->sasl));
	snprintf(err, sizeof err, "response too large");
	if (sasl_has_initial(s->sasl)) {
		if (sasl_step(s->sasl, NULL, 0, &out, &show, err,
		    sizeof err) == SASL_FAIL ||
		    b64_encode(out.data, out.len, &enc) == -1) {
			session_log(s, TR_ERROR, "AUTH %s: %s",
			    sasl_name(s->sasl), err);
			sasl_free(s->sasl);
			s->sasl = NULL;
			goto done;
		}
		if (line.len + 1 + enc.len + 2 > SESSION_AUTH_LINE_MAX) {
			/* RFC 4954 4: a command line is at most 512 octets;
			   a longer initial response waits for an empty 334. */
			if ((s->sasl_initial = OPENSSL_strdup(enc.data)) ==
			    NULL || (s->sasl_initial_show = strdup(show.len ?
			    show.data : "")) == NULL) {
				session_log(s, TR_ERROR, "out of memory");
				session_sasl_initial_free(s);
				sasl_free(s->sasl);
				s->sasl = NULL;
				goto done;
			}
			session_decoded(s, "the initial response is too long "
			    "for the AUTH line; it follows the server's 334");
			buf_reset(&show);
		} else {
			/* RFC 4954: an empty initial response is "=". */
			buf_printf(&line, " %s", enc.len ? enc.data : "=");
			snprintf(shown, sizeof shown, "AUTH %s %s",
			    sasl_name(s->sasl), SASL_MASK);
		}
	}
	if (session_write_line(s, line.data, line.len, shown,
	    s->sasl_initial == NULL && sasl_has_initial(s->sasl) ?
	    TR_F_SECRET : 0) == 0) {
		if (show.len)
			session_decoded(s, "sent: %s", show.data);
		s->awaiting = 1;
		session_arm(s, "the reply to AUTH");
	} else {
		sasl_free(s->sasl);
		s->sasl = NULL;
	}
done:
	buf_free(&out);
	buf_free(&enc);
	buf_free(&show);
	buf_free(&line);
}

static void
session_start_stream(struct session *s, struct qitem *q)
{
	struct stream	*st;
	struct stat	 sb;
	int		 fd = -1;

	if (s->state != SESSION_DATA) {
		session_log(s, TR_ERROR, "not sending %s: the server has not "
		    "said 354 (send DATA first)", q->type == Q_DATA_FILE ?
		    q->text : "the test message");
		return;
	}
	if (q->type == Q_DATA_FILE) {
		if ((fd = open(q->text, O_RDONLY | O_CLOEXEC)) == -1 ||
		    fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
			session_log(s, TR_ERROR, "%s: %s", q->text, fd == -1 ?
			    strerror(errno) : "not a regular file");
			if (fd != -1)
				close(fd);
			return;
		}
		session_log(s, TR_EVENT, "sending %s (%lld bytes) as the "
		    "message", q->text, (long long)sb.st_size);
	}
	if ((st = calloc(1, sizeof *st)) == NULL) {
		if (fd != -1)
			close(fd);
		return;
	}
	st->fd = fd;
	if (fd == -1) {
		/* The test message text is owned by the queue item. */
		st->mem = q->text;
		st->memlen = strlen(q->text);
		s->current = q;
	}
	st->name = strdup(q->type == Q_DATA_FILE ? q->text : "the test message");
	dataenc_init(&st->enc);
	s->stream = st;
	session_arm(s, "the server to take %s", st->name);
}

/* Move more of a streamed message into the output buffer. */
static void
session_stream_more(struct session *s)
{
	struct stream	*st = s->stream;
	char		 chunk[SESSION_CHUNK];
	ssize_t		 n;

	while (s->out.len < SESSION_OUT_LOW) {
		if (st->fd != -1) {
			n = read(st->fd, chunk, sizeof chunk);
			if (n == -1 && errno == EINTR)
				continue;
			if (n == -1) {
				session_fail(s, SESSION_FAIL_INTERNAL,
				    "reading %s: %s", st->name, strerror(errno));
				return;
			}
			if (memchr(chunk, '\0', n) != NULL) {
				/* Changed since it was checked: without the
				   final dot the server discards the message. */
				session_fail(s, SESSION_FAIL_USAGE, "%s now holds "
				    "a NUL byte; closing without ending the "
				    "message, so the server discards it",
				    st->name);
				return;
			}
			if (n > 0 && dataenc_feed(&st->enc, chunk, n,
			    &s->out) == -1)
				goto full;
		} else {
			n = st->memlen - st->memoff;
			if (n > SESSION_CHUNK)
				n = SESSION_CHUNK;
			if (n > 0 && dataenc_feed(&st->enc, st->mem + st->memoff,
			    n, &s->out) == -1)
				goto full;
			st->memoff += n;
		}
		st->bytes += n;
		if (n == 0)
			break;
	}
	if (s->out.len < SESSION_OUT_LOW) {
		if (dataenc_finish(&st->enc, &s->out) == -1)
			goto full;
		session_log(s, TR_EVENT, "sent %s: %llu bytes in %zu lines "
		    "(%zu dot-stuffed)", st->name, st->bytes, st->enc.lines,
		    st->enc.stuffed);
		session_entry(s, TR_SENT, 0, 0, ".", 1, ".\r\n", 3);
		session_stream_free(s);
		snprintf(s->verb, sizeof s->verb, ".");
		s->awaiting = 1;
		session_arm(s, "the reply to the end of the message");
	}
	return;
full:
	session_fail(s, SESSION_FAIL_INTERNAL, "output buffer full");
}

static void
session_data_line(struct session *s, struct qitem *q)
{
	struct dataenc	 enc;
	size_t		 at = s->out.len;

	if (strcmp(q->text, ".") == 0) {
		snprintf(s->verb, sizeof s->verb, ".");
		session_write_line(s, ".", 1, ".", 0);
		s->awaiting = 1;
		session_arm(s, "the reply to the end of the message");
		return;
	}
	/* One line through the encoder: CRLF and dot-stuffing as always. */
	dataenc_init(&enc);
	if (dataenc_feed(&enc, q->text, strlen(q->text), &s->out) == -1 ||
	    buf_add(&s->out, "\r\n", 2) == -1) {
		s->out.len = at;
		session_log(s, TR_ERROR, "output buffer full; line not sent");
		return;
	}
	session_entry(s, TR_SENT, 0, 0, q->text, strlen(q->text),
	    s->out.data + at, s->out.len - at);
}

static int
session_can_send(const struct session *s)
{
	return !s->awaiting && s->stream == NULL && s->tls_want == 0 &&
	    s->out.len < SESSION_OUT_LOW &&
	    s->state >= SESSION_READY && s->state != SESSION_QUIT;
}

/* Send from the head of the queue while nothing is awaited. */
static void
session_pump(struct session *s)
{
	struct qitem	*q;

	while (s->state != SESSION_CLOSED && session_can_send(s) &&
	    s->qhead != NULL) {
		q = session_qpop(s);
		if (q->group != 0 && q->type == Q_LINE &&
		    strncasecmp(q->text, "MAIL", 4) == 0)
			s->group_rcpts = 0;
		if (q->group != 0 && q->type == Q_LINE &&
		    strcasecmp(q->text, "DATA") == 0 && s->group_rcpts == 0) {
			session_log(s, TR_EVENT, "no recipient was accepted; "
			    "/send stops before DATA");
			session_drop(s, q->group);
			session_qitem_free(q);
			continue;
		}
		switch (q->type) {
		case Q_LINE:
			if (s->state == SESSION_DATA)
				session_data_line(s, q);
			else
				session_send_typed(s, q);
			break;
		case Q_STARTTLS:
			snprintf(s->verb, sizeof s->verb, "STARTTLS");
			if (session_write_line(s, "STARTTLS", 8, "STARTTLS",
			    0) == 0) {
				s->awaiting = 1;
				session_arm(s, "the reply to STARTTLS");
			}
			break;
		case Q_AUTH:
			session_start_auth(s, q);
			break;
		case Q_DATA_FILE:
		case Q_TEST_MSG:
			session_start_stream(s, q);
			break;
		}
		/* Keep the item until its reply if something still needs it:
		   a /send step (a refusal drops the rest of its group), AUTH
		   (the user name at 235), the test message (the stream reads
		   its text and makes it current). */
		if (s->current == NULL && (q->group != 0 || q->type == Q_AUTH))
			s->current = q;
		else if (s->current != q)
			session_qitem_free(q);
	}
	if (s->stream != NULL && s->fd != -1)
		session_stream_more(s);
	if (s->state != SESSION_CLOSED && !session_busy(s)) {
		if (!s->idle_told) {
			s->idle_told = 1;
			session_emit(s, SESSION_EV_IDLE, NULL, NULL, SESSION_OK);
		}
	} else
		s->idle_told = 0;
}

/* Append an item; the caller pumps (after filling in the item). */
static struct qitem *
session_enqueue(struct session *s, enum qtype type, const char *text,
    unsigned flags, int group, char *err, size_t errlen)
{
	struct qitem	*q;

	if (s->state == SESSION_CLOSED) {
		snprintf(err, errlen, "not connected (use /connect HOST PORT)");
		return NULL;
	}
	if ((q = calloc(1, sizeof *q)) == NULL ||
	    (text != NULL && (q->text = strdup(text)) == NULL)) {
		free(q);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	q->type = type;
	q->flags = flags;
	q->group = group;
	q->cost = sizeof *q + (text != NULL ? strlen(text) + 1 : 0);
	s->qbytes += q->cost;
	if (s->qtail != NULL)
		s->qtail->next = q;
	else
		s->qhead = q;
	s->qtail = q;
	s->idle_told = 0;
	return q;
}

/* Send what can be sent now, unless session_progress will do it. */
static int
session_kick(struct session *s)
{
	if (!s->in_cb)
		session_pump(s);
	return 0;
}

int
session_submit(struct session *s, const char *line, unsigned flags,
    char *err, size_t errlen)
{
	char	 verb[16];

	if (strpbrk(line, "\r\n") != NULL) {
		snprintf(err, errlen, "a line may not contain CR or LF");
		return -1;
	}
	if (strlen(line) > 1000 - 2) {
		snprintf(err, errlen, "line longer than 998 characters "
		    "(RFC 5321 4.5.3.1.6)");
		return -1;
	}
	if (session_enqueue(s, Q_LINE, line, flags, 0, err, errlen) == NULL)
		return -1;
	/* From a typed AUTH until its final reply, lines may answer a 334
	   (even typed ahead of it): front ends treat them as secrets. */
	session_verb_of(line, verb);
	if (s->state != SESSION_DATA && strcmp(verb, "AUTH") == 0)
		s->hand_auth = 1;
	return session_kick(s);
}

int
session_has_queued(const struct session *s)
{
	return s->qhead != NULL;
}

int
session_queue_full(const struct session *s)
{
	return s->qbytes >= SESSION_QUEUE_FULL;
}

int
session_expects_secret(const struct session *s)
{
	return s->hand_auth || s->secret_next;
}

int
session_asked_secret(const struct session *s)
{
	return s->secret_next;
}

int
session_in_message(const struct session *s)
{
	const struct qitem	*q;
	char			 verb[16];
	int			 in;

	/* Where the session will be when the queue has gone out: a DATA
	   typed ahead of its 354 (or pasted with the message) counts. */
	in = (s->state == SESSION_DATA && !(s->awaiting &&
	    strcmp(s->verb, ".") == 0)) ||
	    (s->awaiting && strcmp(s->verb, "DATA") == 0);
	for (q = s->qhead; q != NULL; q = q->next) {
		if (q->type != Q_LINE)
			in = 0;		/* a stream ends the message */
		else if (in)
			in = strcmp(q->text, ".") != 0;
		else {
			session_verb_of(q->text, verb);
			in = strcmp(verb, "DATA") == 0;
		}
	}
	return in;
}

int
session_starttls(struct session *s, char *err, size_t errlen)
{
	if (s->tls_on) {
		snprintf(err, errlen, "TLS is already on");
		return -1;
	}
	if (session_enqueue(s, Q_STARTTLS, NULL, 0, 0, err, errlen) == NULL)
		return -1;
	return session_kick(s);
}

int
session_auth(struct session *s, const char *mech, const char *user,
    const char *secret, char *err, size_t errlen)
{
	struct sasl	*sa;
	struct qitem	*q;

	if (s->state == SESSION_CLOSED) {
		snprintf(err, errlen, "not connected (use /connect HOST PORT)");
		return -1;
	}
	if ((sa = sasl_new(mech, user, secret, NULL, err, errlen)) == NULL)
		return -1;
	if ((q = session_enqueue(s, Q_AUTH, NULL, 0, 0, err, errlen)) == NULL) {
		sasl_free(sa);
		return -1;
	}
	q->sasl = sa;
	q->user = strdup(user);
	return session_kick(s);
}

/*
 * The offset of the first NUL in the first size bytes of fd, -1 for
 * none, -2 on an error (errno set). The file is mapped a window at a
 * time: no copy, and the memory it holds stays small whatever its size.
 */
static off_t
session_find_nul(int fd, off_t size)
{
	const char	*map, *z;
	off_t		 at;
	size_t		 n;

	for (at = 0; at < size; at += (off_t)n) {
		n = size - at < SESSION_SCAN_WINDOW ? (size_t)(size - at) :
		    SESSION_SCAN_WINDOW;
		if ((map = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, at)) ==
		    MAP_FAILED)
			return -2;
		z = memchr(map, '\0', n);
		munmap((void *)map, n);
		if (z != NULL)
			return at + (z - map);
	}
	return -1;
}

int
session_data_file(struct session *s, const char *path, char *err,
    size_t errlen)
{
	struct stat	 sb;
	off_t		 at;
	int		 fd;

	/* RFC 5321 4.1.1.4: a message holds no NUL. Look before sending,
	   so that a refused file sends nothing of itself. */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1 ||
	    fstat(fd, &sb) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		close(fd);
		return -1;
	}
	at = session_find_nul(fd, sb.st_size);
	close(fd);
	if (at == -2) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (at >= 0) {
		snprintf(err, errlen, "%s: a NUL byte at offset %lld; SMTP "
		    "does not allow NUL in a message (RFC 5321 4.1.1.4), so "
		    "nothing of it was sent", path, (long long)at);
		return -1;
	}
	if (session_enqueue(s, Q_DATA_FILE, path, 0, 0, err, errlen) == NULL)
		return -1;
	return session_kick(s);
}

int
session_send_test(struct session *s, const char *from,
    const char *const *to, size_t nto, char *err, size_t errlen)
{
	static int	 groups;
	struct buf	 msg, line;
	char		 date[64], id[33];
	unsigned char	 rnd[16];
	struct tm	 tm;
	time_t		 now = time(NULL);
	size_t		 i;
	int		 g = ++groups, r = -1;

	if (nto == 0) {
		snprintf(err, errlen, "usage: /send FROM TO [TO...]");
		return -1;
	}
	for (i = 0; i <= nto; i++) {
		const char *a = i == 0 ? from : to[i - 1];
		for (; *a; a++)
			if ((unsigned char)*a < 0x20 || *a == 0x7f) {
				snprintf(err, errlen, "an address may not hold "
				    "control characters");
				return -1;
			}
	}
	buf_init(&msg, 65536);
	buf_init(&line, 2048);
	localtime_r(&now, &tm);
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S %z", &tm);
	RAND_bytes(rnd, sizeof rnd);
	for (i = 0; i < sizeof rnd; i++)
		snprintf(id + 2 * i, 3, "%02x", rnd[i]);
	buf_printf(&msg, "Date: %s\nMessage-ID: <%s@%s>\nFrom: <%s>\nTo: ",
	    date, id, s->ehlo_name, from);
	for (i = 0; i < nto; i++)
		buf_printf(&msg, "%s<%s>", i ? ", " : "", to[i]);
	buf_printf(&msg, "\nSubject: smtpx test message\n\n"
	    "This is a test message sent by smtpx to check that mail from\n"
	    "<%s> is accepted by %s.\n", from, s->host ? s->host : "?");

	/* Queue the whole macro before pumping, so it goes out in order. */
	buf_printf(&line, "MAIL FROM:<%s>", from);
	if (session_enqueue(s, Q_LINE, line.data, 0, g, err, errlen) == NULL)
		goto done;
	for (i = 0; i < nto; i++) {
		buf_reset(&line);
		buf_printf(&line, "RCPT TO:<%s>", to[i]);
		if (session_enqueue(s, Q_LINE, line.data, 0, g, err,
		    errlen) == NULL)
			goto done;
	}
	if (session_enqueue(s, Q_LINE, "DATA", 0, g, err, errlen) == NULL ||
	    session_enqueue(s, Q_TEST_MSG, msg.data, 0, g, err, errlen) == NULL)
		goto done;
	r = 0;
done:
	if (r == -1)
		session_drop(s, g);
	buf_free(&msg);
	buf_free(&line);
	session_kick(s);
	return r;
}

size_t
session_cancel_queued(struct session *s)
{
	size_t	 n;

	if ((n = session_drop(s, 0)) > 0)
		session_log(s, TR_EVENT, "cancelled %zu queued line%s", n,
		    n == 1 ? "" : "s");
	return n;
}

int
session_cancel(struct session *s)
{
	int	 did = 0;

	if (s->quit_ms > 0) {
		session_log(s, TR_EVENT, "stopped waiting for the reply to "
		    "QUIT");
		session_close(s);
		return 1;
	}
	if (session_cancel_queued(s) > 0)
		did = 1;
	switch (s->state) {
	case SESSION_RESOLVING:
	case SESSION_CONNECTING:
	case SESSION_TLS:
		session_log(s, TR_EVENT, "cancelled: %s", s->waiting);
		s->targets_stop = 1;	/* stop means stop, not the next */
		session_end(s, SESSION_FAIL_CONNECT);
		return 1;
	default:
		break;
	}
	if (s->awaiting) {
		session_log(s, TR_EVENT, "stopped waiting for %s; if its "
		    "reply still comes, it is shown as late", s->waiting);
		s->awaiting = 0;
		s->late++;
		s->hand_auth = s->secret_next = 0;
		sasl_free(s->sasl);
		s->sasl = NULL;
		session_disarm(s);
		did = 1;
	}
	if (s->stream != NULL) {
		/* The message is unfinished: ending it is the only way to
		   get back to command mode without a smuggled end. */
		session_log(s, TR_EVENT, "message cut short; ending it now");
		s->stream->fd != -1 ? close(s->stream->fd) : 0;
		s->stream->fd = -1;
		s->stream->memlen = s->stream->memoff;
		did = 1;
	}
	if (did)
		session_pump(s);
	return did;
}

int
session_quit(struct session *s, int wait_ms)
{
	char	 err[SESSION_ERR];
	size_t	 n;

	if (s->state == SESSION_CLOSED)
		return 0;
	/* Not greeted yet, QUIT already sent, or inside a message (where
	   QUIT would be a line of it): nothing to say goodbye with. */
	if (s->state < SESSION_READY || s->state == SESSION_QUIT ||
	    s->quit_ms > 0 || session_in_message(s)) {
		session_close(s);
		return 0;
	}
	if ((n = session_drop(s, 0)) > 0)
		session_log(s, TR_EVENT, "%zu queued line%s not sent", n,
		    n == 1 ? "" : "s");
	s->quit_ms = wait_ms > 0 ? wait_ms : 1;
	if (session_enqueue(s, Q_LINE, "QUIT", 0, 0, err, sizeof err) == NULL) {
		session_close(s);
		return 0;
	}
	session_kick(s);
	return s->state != SESSION_CLOSED;
}

void
session_close(struct session *s)
{
	if (s->state == SESSION_CLOSED)
		return;
	session_log(s, TR_EVENT, "connection closed");
	session_end(s, SESSION_OK);
}

/* The poll side. */

void
session_pollfd(const struct session *s, int *fd, short *events,
    int *timeout_ms)
{
	struct timespec	 now;
	long long	 ms;

	*fd = s->fd;
	*events = 0;
	*timeout_ms = -1;
	if (s->state == SESSION_RESOLVING && s->rq != NULL)
		resolve_pollfd(s->resolver, s->rq, fd, events, timeout_ms);
	if (s->fd != -1) {
		if (s->state == SESSION_CONNECTING)
			*events = POLLOUT;
		else if (s->tls_want)
			*events = s->tls_want;
		else {
			*events = POLLIN;
			if (s->out.len > 0)
				*events |= POLLOUT;
		}
	}
	if (s->tls != NULL && s->tls_on && tls_pending(s->tls) > 0)
		*timeout_ms = 0;
	if (s->deadline.tv_sec != 0) {
		session_clock(&now);
		ms = (long long)(s->deadline.tv_sec - now.tv_sec) * 1000 +
		    (s->deadline.tv_nsec - now.tv_nsec) / 1000000;
		if (ms < 0)
			ms = 0;
		if (*timeout_ms == -1 || ms < *timeout_ms)
			*timeout_ms = (int)ms + 1;
	}
}

static void
session_timeout(struct session *s)
{
	enum session_state	 st = s->state;
	char			 what[sizeof s->waiting];

	snprintf(what, sizeof what, "%s", s->waiting);
	session_disarm(s);
	if (st == SESSION_CONNECTING) {
		session_log(s, TR_ERROR, "%s timed out after %d s", what,
		    s->cfg.timeout_ms / 1000);
		close(s->fd);
		s->fd = -1;
		if (s->addr_next >= s->addrs.naddrs)
			session_note_event(s, NOTES_EV_CONNECT_TIMEOUT);
		session_try_next(s);
		return;
	}
	if (s->quit_ms > 0) {
		session_log(s, TR_EVENT, "no reply to QUIT within %d s",
		    (s->quit_ms + 999) / 1000);
		session_close(s);
		return;
	}
	session_log(s, TR_ERROR, "timed out after %d s waiting for %s",
	    s->cfg.timeout_ms / 1000, what);
	if (st == SESSION_GREETING)
		session_note_event(s, NOTES_EV_GREETING_TIMEOUT);
	session_end(s, st == SESSION_TLS ? SESSION_FAIL_TLS :
	    SESSION_FAIL_CONNECT);
}

/* After QUIT a close is the end asked for, 221 or not. */
static int
session_quitting(const struct session *s)
{
	return s->state == SESSION_QUIT ||
	    (s->awaiting && strcmp(s->verb, "QUIT") == 0);
}

/* Read what is there; 0 on EOF or error (the session is then closed). */
static int
session_read(struct session *s)
{
	char		 chunk[4096], err[SESSION_ERR];
	size_t		 n = 0;
	ssize_t		 r;
	enum tls_io	 t;
	struct reply_line line;
	struct reply	*reply;
	enum reply_result res;
	int		 quitting;

	if (s->tls_on) {
		t = tls_read(s->tls, chunk, sizeof chunk, &n, err, sizeof err);
		if (t == TLS_WANT_READ)
			return 1;
		if (t == TLS_WANT_WRITE) {
			s->tls_want = POLLOUT;
			return 1;
		}
		s->tls_want = 0;
		if (t == TLS_CLOSED || t == TLS_ERROR) {
			if (t == TLS_ERROR)
				session_log(s, TR_ERROR, "%s", err);
			n = 0;
		}
	} else {
		r = read(s->fd, chunk, sizeof chunk);
		if (r == -1 && (errno == EAGAIN || errno == EINTR))
			return 1;
		if (r == -1 && errno == ECONNRESET && session_quitting(s))
			r = 0;
		if (r == -1 && errno == ECONNRESET) {
			session_fail(s, SESSION_FAIL_CONNECT, "connection closed "
			    "by server (reset)%s", s->awaiting ?
			    " while waiting for a reply" : "");
			return 0;
		}
		if (r == -1) {
			session_fail(s, SESSION_FAIL_CONNECT, "read from %s: %s",
			    s->addr, strerror(errno));
			return 0;
		}
		n = r;
	}
	if (n == 0) {
		quitting = session_quitting(s);
		if (quitting)
			session_log(s, TR_EVENT, "connection closed by server%s",
			    s->awaiting ? " (no 221 to QUIT)" : "");
		else
			session_log(s, TR_ERROR, "connection closed by server%s",
			    s->awaiting ? " while waiting for a reply" : "");
		session_end(s, quitting ? SESSION_OK : SESSION_FAIL_CONNECT);
		return 0;
	}

	/* Feed in pieces no larger than what the parser can always take. */
	if (reply_parser_feed(s->rp, chunk, n) == -1) {
		session_fail(s, SESSION_FAIL_PROTOCOL, "server input buffer "
		    "overflow");
		return 0;
	}
	for (;;) {
		res = reply_parser_next(s->rp, &line, &reply, err, sizeof err);
		if (res == REPLY_MORE)
			break;
		/* A server that will not stop talking (an endless reply,
		   a flood of bad or unasked lines) cannot grow the
		   transcript without bound. */
		if (++s->unasked > SESSION_UNASKED_MAX) {
			session_fail(s, SESSION_FAIL_PROTOCOL, "the server sent "
			    "more than %d lines without being asked; closing",
			    SESSION_UNASKED_MAX);
			return 0;
		}
		/* A line with no end past the cap: nothing sane can follow. */
		if (res == REPLY_BAD && reply_parser_overlong(s->rp)) {
			session_fail(s, SESSION_FAIL_PROTOCOL, "the server sent "
			    "a line longer than %d bytes without a line end; "
			    "closing", REPLY_LINE_MAX);
			return 0;
		}
		if (res == REPLY_BAD) {
			session_log(s, TR_ERROR, "%s", err);
			if (s->worst < 5)
				s->worst = 5;
			continue;
		}
		/* Shown as received: code, separator and text, no line end. */
		session_entry(s, TR_RECV, res == REPLY_DONE ? TR_F_LAST : 0,
		    line.code, line.raw, line.text + line.textlen - line.raw,
		    line.raw, line.rawlen);
		if (res == REPLY_DONE && reply->flags & REPLY_F_BARE_LF)
			session_log(s, TR_ERROR, "the server ended a line with "
			    "LF alone; SMTP requires CRLF");
		if (res == REPLY_DONE && reply->flags & REPLY_F_MIXED_CODES) {
			/* Two replies run together: which one answers the
			   command cannot be known, so nothing after it can. */
			if (reply_class(reply) > s->worst)
				s->worst = reply_class(reply);
			reply_free(reply);
			session_fail(s, SESSION_FAIL_PROTOCOL, "the lines of "
			    "this reply carry different codes, as if two "
			    "replies ran together; closing");
			return 0;
		}
		if (res == REPLY_DONE) {
			session_reply(s, reply);
			reply_free(reply);
			/* STARTTLS may have switched to TLS, or failed. */
			if (s->state == SESSION_CLOSED || s->state == SESSION_TLS)
				return 0;
		}
	}
	return 1;
}

static void
session_write(struct session *s)
{
	char		 err[SESSION_ERR];
	size_t		 n = 0;
	ssize_t		 r;
	enum tls_io	 t;

	while (s->out.len > 0) {
		if (s->tls_on) {
			t = tls_write(s->tls, s->out.data, s->out.len, &n, err,
			    sizeof err);
			if (t == TLS_WANT_WRITE)
				return;
			if (t == TLS_WANT_READ) {
				s->tls_want = POLLIN;
				return;
			}
			s->tls_want = 0;
			if (t != TLS_OK) {
				session_fail(s, SESSION_FAIL_CONNECT, "%s",
				    t == TLS_CLOSED ? "connection closed by "
				    "server" : err);
				return;
			}
		} else {
			r = write(s->fd, s->out.data, s->out.len);
			if (r == -1 && (errno == EAGAIN || errno == EINTR))
				return;
			if (r == -1) {
				session_fail(s, SESSION_FAIL_CONNECT, "write to "
				    "%s: %s", s->addr, strerror(errno));
				return;
			}
			n = r;
		}
		/* Message bytes are no secret: drop them unwiped (fast);
		   a secret line is wiped once the queue has drained. */
		buf_drop(&s->out, n);
		if (s->out.len == 0 && s->out_secret) {
			buf_reset(&s->out);
			s->out_secret = 0;
		}
		if (s->stream != NULL) {
			/* Progress: the server is still reading. */
			session_arm(s, "the server to take more of %s",
			    s->stream->name);
			session_stream_more(s);
		}
		if (s->state == SESSION_CLOSED)
			return;
	}
}

void
session_progress(struct session *s, short revents)
{
	struct timespec	 now;

	s->in_cb = 1;
	if (s->state == SESSION_RESOLVING && s->rq != NULL)
		session_check_resolve(s);
	else if (s->state == SESSION_CONNECTING && (revents & (POLLOUT |
	    POLLERR | POLLHUP)))
		session_connected(s);
	else if (s->state == SESSION_TLS && s->tls != NULL && !s->tls_on &&
	    revents)
		session_handshake(s);
	else if (s->fd != -1 && s->state != SESSION_TLS) {
		if (revents & (POLLIN | POLLHUP | POLLERR) ||
		    (s->tls_on && tls_pending(s->tls) > 0) ||
		    (s->tls_want == POLLIN && revents & POLLIN)) {
			if (s->tls_want == POLLIN && s->out.len > 0) {
				s->tls_want = 0;
				session_write(s);
			} else
				session_read(s);
		}
		if (s->fd != -1 && s->state != SESSION_TLS &&
		    revents & POLLOUT)
			session_write(s);
	}
	if (s->deadline.tv_sec != 0) {
		session_clock(&now);
		if (now.tv_sec > s->deadline.tv_sec ||
		    (now.tv_sec == s->deadline.tv_sec &&
		    now.tv_nsec >= s->deadline.tv_nsec))
			session_timeout(s);
	}
	session_pump(s);
	s->in_cb = 0;
}

/* Accessors. */

enum session_state
session_state(const struct session *s)
{
	return s->state;
}

int
session_busy(const struct session *s)
{
	/* The greeting counts through awaiting, so a cancel ends it. */
	return s->qhead != NULL || s->awaiting || s->stream != NULL ||
	    s->state == SESSION_RESOLVING || s->state == SESSION_CONNECTING ||
	    s->state == SESSION_TLS;
}

const char *
session_host(const struct session *s)
{
	return s->host;
}

int
session_port(const struct session *s)
{
	return s->port;
}

int
session_tls_active(const struct session *s)
{
	return s->tls_on;
}

const struct tls_info *
session_tls_info(const struct session *s)
{
	return s->tls_on ? &s->tlsinfo : NULL;
}

const struct tls_info *
session_cert_info(const struct session *s)
{
	return s->cert_kept ? &s->certinfo : NULL;
}

int
session_tls_chain(const struct session *s, struct buf *out)
{
	if (!s->cert_kept)
		return -1;
	return tls_describe_pem(s->certpem.data, s->certpem.len,
	    (long long)time(NULL), out);
}

const char *
session_cert_pem(const struct session *s, size_t *len)
{
	*len = s->cert_kept ? s->certpem.len : 0;
	return *len ? s->certpem.data : NULL;
}

const char *
session_auth_user(const struct session *s)
{
	return s->auth_user;
}

const struct caps *
session_caps(const struct session *s)
{
	return s->caps;
}

const struct transcript *
session_transcript(const struct session *s)
{
	return s->tr;
}

int
session_worst_class(const struct session *s)
{
	return s->worst;
}

enum session_fail
session_failure(const struct session *s)
{
	return s->failure;
}

const char *
session_hint(const struct session *s)
{
	if (s->awaiting || s->state == SESSION_RESOLVING ||
	    s->state == SESSION_CONNECTING || s->state == SESSION_TLS)
		return "wait for the server";	/* the UI names its cancel key */
	switch (s->state) {
	case SESSION_CLOSED:
		return "/connect HOST PORT";
	case SESSION_GREETING:
		return "wait for the greeting";
	case SESSION_READY:
		return "EHLO your.name";
	case SESSION_HELLO:
		if (!s->tls_on && caps_has(s->caps, "STARTTLS"))
			return "/starttls";
		if (s->auth_user == NULL && s->caps != NULL && s->caps->nmechs)
			return "/auth MECH USER";
		return "MAIL FROM:<address>";
	case SESSION_MAIL:
		return "RCPT TO:<address>";
	case SESSION_RCPT:
		return "RCPT TO:<address> or DATA";
	case SESSION_DATA:
		return "message lines, then . alone (or /data FILE)";
	case SESSION_QUIT:
		return "/connect to start again";
	default:
		return "";
	}
}
