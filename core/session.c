/*
 * The session engine. One struct session holds one connection and walks
 * it through RFC 5321's states; session_set_state is the only place the
 * state changes, and it tells the subscribers and the debug trace. A
 * reply goes to the handler of the command it answers (one per command,
 * in session_handlers). Work arrives as queue items (a typed line,
 * STARTTLS, an AUTH exchange, a message file, a generated test message);
 * session_pump sends the head of the queue whenever nothing is awaited,
 * and every reply, connect and handshake has a deadline. The other jobs
 * have their own files: targets, connecting, TLS and the wire in
 * session_conn.c, AUTH in session_auth.c, messages and /send in
 * session_data.c; the shared struct is in session_int.h. All bytes out
 * go through one output buffer, so poll interest is simply "writable
 * while it is not empty".
 */
#include <ctype.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "session_int.h"

static const char *const session_state_names[] = {
	"closed", "resolving", "connecting", "TLS handshake",
	"waiting for the greeting", "greeted, no EHLO yet", "EHLO accepted",
	"in a transaction (MAIL accepted)", "recipients accepted",
	"sending the message", "quitting",
};


const char *
session_state_name(enum session_state st)
{
	return session_state_names[st];
}

/* Deliver one event to every subscriber, in the order they joined. */
void
session_deliver(struct session *s, const struct session_event *ev)
{
	size_t	 i;

	for (i = 0; i < SESSION_SUBS_MAX; i++)
		if (s->subs[i].fn != NULL)
			s->subs[i].fn(ev, s->subs[i].arg);
}

static void
session_emit(struct session *s, enum session_ev_type type,
    const struct tr_entry *e, const struct reply *r, enum session_fail f)
{
	struct session_event	 ev;

	memset(&ev, 0, sizeof ev);
	ev.type = type;
	ev.entry = e;
	ev.reply = r;
	ev.fail = f;
	ev.cmd = SMTPCMD_NONE;
	ev.from = ev.to = s->state;
	session_deliver(s, &ev);
}

int
session_subscribe(struct session *s, session_cb_fn *fn, void *arg)
{
	size_t	 i;

	for (i = 0; i < SESSION_SUBS_MAX; i++)
		if (s->subs[i].fn == NULL) {
			s->subs[i].fn = fn;
			s->subs[i].arg = arg;
			return 0;
		}
	return -1;
}

void
session_unsubscribe(struct session *s, session_cb_fn *fn, void *arg)
{
	size_t	 i;

	for (i = 0; i < SESSION_SUBS_MAX; i++)
		if (s->subs[i].fn == fn && s->subs[i].arg == arg)
			s->subs[i].fn = NULL;
}

static long
session_ms_since(const struct timespec *t)
{
	struct timespec	 now;

	if (t->tv_sec == 0 && t->tv_nsec == 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - t->tv_sec) * 1000 +
	    (now.tv_nsec - t->tv_nsec) / 1000000;
}

/* One line of the debug trace; core never prints, the sink does. */
void
session_debug(struct session *s, const char *fmt, ...)
{
	char	 line[512], *p;
	va_list	 ap;

	if (s->cfg.debug == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	for (p = line; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	s->cfg.debug(s->cfg.debug_arg, line);
}

void
session_entry(struct session *s, enum tr_kind kind, unsigned flags, int code,
    const char *text, size_t len, const char *raw, size_t rawlen)
{
	const struct tr_entry	*e;

	/* Events and errors (connects, TLS steps, failures) go to the
	   trace too, as /save would keep them: not what is kept off the
	   saved transcript (a front end's /unb64 output), nor lines sent
	   or received, nor notes. */
	if ((kind == TR_EVENT || kind == TR_ERROR) && (flags & (TR_F_SECRET |
	    TR_F_NOSAVE | TR_F_DECODED)) == 0)
		session_debug(s, "%s: %.*s", kind == TR_EVENT ? "event" :
		    "error", (int)(len > 400 ? 400 : len), text);
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

	n = vsnprintf(line, sizeof line, CORE_TR(fmt), ap);
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

/* A note is kept as its id and arguments (notes.h); the front end
   renders it where it shows it. */
static void
session_note_store(struct session *s, const struct note *nt, unsigned flags)
{
	struct buf	 b;

	buf_init(&b, 0);
	if (notes_serialise(nt, &b) == 0)
		session_entry(s, TR_NOTE, flags, 0, b.data, b.len, NULL, 0);
	buf_free(&b);
}

static void
session_note_emit(void *arg, const struct note *nt)
{
	struct session	*s = arg;

	if (s->notes)
		session_note_store(s, nt, 0);
}

/* A note without arguments. */
static void
session_note_id(struct session *s, const char *id)
{
	struct note	 nt;

	memset(&nt, 0, sizeof nt);
	nt.id = id;
	session_note_emit(s, &nt);
}

/* Notes shown whatever the notes switch says: the certificate advice. */
void
session_note_always(void *arg, const struct note *nt)
{
	session_note_store(arg, nt, 0);
}

/* Decoded AUTH exchanges are shown even with notes off: they are data.
   id is a "decoded.*" note; data, if not NULL, its one argument. */
void
session_decoded(struct session *s, const char *id, const char *data)
{
	struct note	 nt;

	memset(&nt, 0, sizeof nt);
	nt.id = id;
	if (data != NULL) {
		nt.nargs = 1;
		nt.a[0].type = NOTE_A_DATA;
		nt.a[0].s = data;
	}
	session_note_store(s, &nt, TR_F_DECODED);
}

static void
session_notes_ctx(struct session *s, struct notes_ctx *c)
{
	/* Every field, those added later too (quoted was left unset). */
	memset(c, 0, sizeof *c);
	c->port = s->nominal_port ? s->nominal_port : s->port;
	c->implicit_tls = s->implicit_tls;
	c->tls = s->tls_on;
	c->tx_reset = s->tx_reset;
	c->in_tx = s->state == SESSION_MAIL || s->state == SESSION_RCPT;
	c->authenticated = s->auth_user != NULL;
	c->cmd = s->cmd;
	c->caps = s->caps;
	c->prev_caps = s->prev_caps;
	c->greeting = s->greeting[0] != '\0' ? s->greeting : NULL;
	c->refs = &s->refs;
	c->cmdline = s->cmdline;
}

void
session_note_event(struct session *s, enum notes_event ev)
{
	struct notes_ctx	 c;

	session_notes_ctx(s, &c);
	notes_event(&c, ev, session_note_emit, s);
}

/* Tell subscribers what changed since they were last told: the state
   (from), TLS, the user authenticated as. Nothing changed: no event. */
void
session_changed(struct session *s, enum session_state from)
{
	struct session_event	 ev;
	char			*was = s->seen_auth;
	int			 tls = s->tls_on && s->state != SESSION_CLOSED;

	memset(&ev, 0, sizeof ev);
	ev.type = SESSION_EV_STATE;
	ev.cmd = SMTPCMD_NONE;
	ev.from = from;
	ev.to = s->state;
	if (from != s->state)
		ev.changed |= SESSION_CH_STATE;
	if (tls != s->seen_tls)
		ev.changed |= SESSION_CH_TLS;
	if ((was == NULL) != (s->auth_user == NULL) || (was != NULL &&
	    strcmp(was, s->auth_user) != 0))
		ev.changed |= SESSION_CH_AUTH;
	if (ev.changed == 0)
		return;
	ev.tls_from = s->seen_tls;
	ev.tls_to = s->seen_tls = tls;
	if (ev.changed & SESSION_CH_TLS)
		session_debug(s, "TLS %s", tls ? "on" : "off");
	if (ev.changed & SESSION_CH_AUTH) {
		s->seen_auth = s->auth_user ? strdup(s->auth_user) : NULL;
		session_debug(s, "authenticated: %s", s->auth_user ? "yes" :
		    "no");
	}
	ev.auth_from = was;
	ev.auth_to = s->seen_auth;
	session_deliver(s, &ev);
	if (was != s->seen_auth)
		free(was);
}

/* The only place the state changes; the trace says from what to what
   and how long the state before lasted (connect and TLS timings). */
void
session_set_state(struct session *s, enum session_state st)
{
	enum session_state	 from = s->state;

	if (from == st) {
		session_changed(s, from);
		return;
	}
	session_debug(s, "state: %s -> %s (after %ld ms)",
	    session_state_names[from], session_state_names[st],
	    session_ms_since(&s->state_at));
	clock_gettime(CLOCK_MONOTONIC, &s->state_at);
	s->state = st;
	session_changed(s, from);
	if (from == SESSION_GREETING && st == SESSION_READY)
		session_target_landed(s);
}

/* The command a reply will answer, and its line as shown (masked): for
   events, the trace (by name only) and the notes' word. */
static void
session_cmd_fields(struct session *s, enum smtpcmd cmd, const char *shown)
{
	size_t	 i;
	const char *p;

	s->cmd = cmd;
	snprintf(s->cmdline, sizeof s->cmdline, "%s", shown ? shown : "");
	if (cmd == SMTPCMD_OTHER) {
		/* Waits name the word as typed, upper-cased. */
		p = s->cmdline + strspn(s->cmdline, " \t");
		for (i = 0; i < sizeof s->cmdword - 1 && p[i] &&
		    p[i] != ' ' && p[i] != '\t'; i++)
			s->cmdword[i] = toupper((unsigned char)p[i]);
		s->cmdword[i] = '\0';
	} else
		snprintf(s->cmdword, sizeof s->cmdword, "%s",
		    smtpcmd_name(cmd));
}

void
session_set_cmd(struct session *s, enum smtpcmd cmd, const char *shown)
{
	session_cmd_fields(s, cmd, shown);
	clock_gettime(CLOCK_MONOTONIC, &s->sent_at);
	if (cmd != SMTPCMD_GREETING)
		session_debug(s, "sent %s", cmd == SMTPCMD_OTHER ?
		    "(a command smtpx does not know)" : cmd == SMTPCMD_EMPTY ?
		    "(an empty line)" : smtpcmd_name(cmd));
}

static void
session_clock(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

void
session_arm(struct session *s, const char *fmt, ...)
{
	va_list	 ap;
	int	 ms = s->cfg.timeout_ms;

	/* session_quit's wait for the 221 is its own, shorter one. */
	if (s->quit_ms > 0 && s->cmd == SMTPCMD_QUIT)
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

void
session_disarm(struct session *s)
{
	s->deadline.tv_sec = 0;
	s->deadline.tv_nsec = 0;
	s->waiting[0] = '\0';
}

void
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
	msgbuild_free(q->mb);
	free(q);
}

/* Take the head of the queue. */
struct qitem *
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
size_t
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

void
session_reset_conn(struct session *s)
{
	if (s->rq != NULL)
		resolve_cancel(s->resolver, s->rq);
	s->rq = NULL;
	s->mx_query = 0;
	resolve_result_free(&s->addrs);
	s->addr_next = 0;
	if (s->io_on)
		io_free(&s->io);	/* and the TLS object */
	s->io_on = 0;
	s->tls = NULL;
	s->tls_on = 0;
	s->tx_reset = 0;
	if (s->fd != -1)
		close(s->fd);
	s->fd = -1;
	if (s->socks_on)
		socks_wipe(&s->socks);
	s->socks_on = 0;
	buf_reset(&s->out);
	s->out_secret = 0;
	reply_parser_reset(s->rp);
	session_stream_free(s);
	session_qitem_free(s->current);
	s->current = NULL;
	sasl_free(s->sasl);
	s->sasl = NULL;
	s->awaiting = 0;
	session_pipe_free(s);
	s->secret_next = 0;
	s->hand_auth = 0;
	session_sasl_initial_free(s);
	s->unasked = 0;
	s->quit_ms = 0;
	s->late = 0;
	session_disarm(s);
}

/* End the connection; fail is SESSION_OK for an orderly end. */
void
session_end(struct session *s, enum session_fail fail)
{
	size_t	 n;

	if (s->state == SESSION_CLOSED)
		return;
	if (session_target_failed(s, fail))
		return;		/* went on to the next target */
	session_reset_conn(s);
	if ((n = session_drop(s, 0)) > 0)
		session_log(s, TR_EVENT, CORE_PL("%zu queued line not sent",
		    "%zu queued lines not sent", n), n);
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

void
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
	s->timeout_cfg_ms = s->cfg.timeout_ms;
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
	if (cfg->proxy != NULL) {
		s->proxy_cfg = *cfg->proxy;
		s->proxy = *cfg->proxy;
		s->proxy_cfg_on = s->proxy_on = 1;
	}
	s->cfg.proxy = NULL;	/* the copy above is the session's */
	s->subs[0].fn = cb;
	s->subs[0].arg = arg;
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
	return s;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	memset(s->subs, 0, sizeof s->subs);
	session_reset_conn(s);
	session_drop(s, 0);
	caps_free(s->caps);
	caps_free(s->prev_caps);
	free(s->auth_user);
	free(s->seen_auth);
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
	session_findings_free(s);
	socks_config_wipe(&s->proxy_cfg);
	socks_config_wipe(&s->proxy);
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
session_set_timeout(struct session *s, int ms)
{
	s->cfg.timeout_ms = ms > 0 ? ms : s->timeout_cfg_ms;
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

/*
 * Pipelining (RFC 2920). A group is one queue item whose lines all go
 * into the output buffer at once, so they leave in one write; then its
 * replies are awaited in order, and each goes to the handler of its
 * command as if that command had been sent alone. SMTP replies come in
 * order, so a code that cannot answer its command means the server is
 * out of step (two replies to one command, or one missing).
 */

void
session_pipe_free(struct session *s)
{
	size_t	 i;

	for (i = 0; s->pipe != NULL && i < s->pipe_n; i++)
		free(s->pipe[i].shown);
	free(s->pipe);
	s->pipe = NULL;
	s->pipe_n = s->pipe_at = 0;
}

/* Await the reply to the group's next command; 0 when none is left. */
static int
session_pipe_next(struct session *s)
{
	const struct session_pipe *p;

	if (s->pipe == NULL || s->pipe_at == s->pipe_n) {
		session_pipe_free(s);
		return 0;
	}
	p = &s->pipe[s->pipe_at++];
	session_cmd_fields(s, p->cmd, p->shown);
	s->awaiting = 1;
	session_arm(s, "the reply to %s (%zu of %zu in the group)",
	    s->cmdword[0] ? s->cmdword : "an empty line", s->pipe_at,
	    s->pipe_n);
	return 1;
}

/* 0 when code cannot be the reply to cmd (RFC 5321 4.3.2 and the
   extensions' RFCs): only DATA is answered 354, only AUTH 334 or 235,
   only STARTTLS 220, only QUIT 221; DATA is never answered 2xx. */
static int
session_reply_fits(enum smtpcmd cmd, int code)
{
	switch (code) {
	case 354:
		return cmd == SMTPCMD_DATA;
	case 334:
	case 235:
		return cmd == SMTPCMD_AUTH;
	case 220:
		return cmd == SMTPCMD_STARTTLS || cmd == SMTPCMD_GREETING;
	case 221:
		return cmd == SMTPCMD_QUIT;
	default:
		return !(cmd == SMTPCMD_DATA && code / 100 == 2);
	}
}

/* Before a reply in a group is handled: say which command it answers,
   and note a code that does not fit it. */
static void
session_pipe_pair(struct session *s, const struct reply *r)
{
	struct note	 nt;
	char		 code[8];

	session_log(s, TR_EVENT, "that reply answers %s (%zu of %zu in the "
	    "pipelined group)", s->cmdline[0] ? s->cmdline : "an empty line",
	    s->pipe_at, s->pipe_n);
	if (session_reply_fits(s->cmd, r->code))
		return;
	snprintf(code, sizeof code, "%d", r->code);
	memset(&nt, 0, sizeof nt);
	nt.id = "pipe.misfit";
	nt.nargs = 2;
	nt.a[0].type = NOTE_A_CODE;
	nt.a[0].s = code;
	nt.a[1].type = NOTE_A_WORD;
	nt.a[1].s = s->cmdword;
	session_note_emit(s, &nt);
}

/* Replies. */

/* 421 (RFC 5321 3.8): the server is closing. Nothing queued may go out
   after it, even when it came in one read with the reply before it. */
static void
session_closing(struct session *s)
{
	session_log(s, TR_EVENT, "the server is closing the connection (421)");
	session_end(s, SESSION_OK);
}

/*
 * Reply handlers, one per command (the shape of curl's smtp_state
 * handlers): each moves the state for its command's reply and returns 0,
 * or -1 when it has closed the connection or already reported the reply
 * itself. Commands without a handler (NOOP, VRFY, a word smtpx does not
 * know) change nothing.
 */
typedef int session_handler_fn(struct session *, const struct reply *);

static int
session_on_greeting(struct session *s, const struct reply *r)
{
	size_t	 n = r->nlines > 0 ? r->lens[0] : 0;

	if (n >= sizeof s->greeting)
		n = sizeof s->greeting - 1;
	if (n > 0)
		memcpy(s->greeting, r->lines[0], n);
	s->greeting[n] = '\0';
	session_set_state(s, SESSION_READY);
	return 0;
}

static int
session_on_ehlo(struct session *s, const struct reply *r)
{
	char	 line[SESSION_ERR];

	if (reply_class(r) == 2) {
		session_set_state(s, SESSION_HELLO);
		return 0;
	}
	if (r->code != 500 && r->code != 502)
		return 0;
	/* RFC 5321 4.1.4: an old server; fall back to HELO. */
	session_log(s, TR_EVENT, "EHLO not understood; trying HELO instead");
	snprintf(line, sizeof line, "HELO %s", s->ehlo_name);
	session_write_line(s, line, strlen(line), line, 0);
	s->awaiting = 1;
	session_set_cmd(s, SMTPCMD_HELO, line);
	session_arm(s, "the reply to HELO");
	return 0;
}

static int
session_on_helo(struct session *s, const struct reply *r)
{
	if (reply_class(r) != 2)
		return 0;
	caps_free(s->caps);
	s->caps = caps_parse(NULL);
	session_set_state(s, SESSION_HELLO);
	return 0;
}

static int
session_on_mail(struct session *s, const struct reply *r)
{
	if (reply_class(r) == 2) {
		s->tx_reset = 0;
		session_set_state(s, SESSION_MAIL);
	}
	return 0;
}

static int
session_on_rcpt(struct session *s, const struct reply *r)
{
	if (reply_class(r) == 2) {
		s->group_rcpts++;
		session_set_state(s, SESSION_RCPT);
	}
	return 0;
}

static int
session_on_data(struct session *s, const struct reply *r)
{
	if (r->code == 354)
		session_set_state(s, SESSION_DATA);
	else
		session_drop_message(s);
	return 0;
}

static int
session_on_dot(struct session *s, const struct reply *r)
{
	(void)r;
	session_set_state(s, SESSION_HELLO);
	return 0;
}

static int
session_on_rset(struct session *s, const struct reply *r)
{
	if (reply_class(r) != 2)
		return 0;
	s->tx_reset = 0;
	if (s->state > SESSION_HELLO)
		session_set_state(s, SESSION_HELLO);
	return 0;
}

static int
session_on_quit(struct session *s, const struct reply *r)
{
	(void)r;
	session_set_state(s, SESSION_QUIT);
	if (s->quit_ms > 0) {
		/* session_quit: the reply is all it waited for. The caller
		   reports it before the close. */
		return 1;
	}
	return 0;
}

static int
session_on_auth(struct session *s, const struct reply *r)
{
	session_reply_auth(s, r);
	return 0;
}

static int
session_on_starttls(struct session *s, const struct reply *r)
{
	size_t	 n;

	if (r->code == 220 && s->tls_on) {
		session_fail(s, SESSION_FAIL_PROTOCOL, "220 to STARTTLS inside "
		    "TLS: a second handshake is not possible; closing");
		return -1;
	}
	if (r->code == 220) {
		/* Anything already here came before the handshake and could
		   be an injection (CVE-2011-0411): refuse it. */
		if ((n = reply_parser_pending(s->rp)) > 0) {
			session_fail(s, SESSION_FAIL_TLS, "%zu bytes arrived "
			    "after the STARTTLS reply and before the TLS "
			    "handshake (response injection?); aborting", n);
			return -1;
		}
		session_start_tls(s);
		return 0;
	}
	if ((n = session_drop(s, 0)) > 0)
		session_log(s, TR_ERROR, CORE_PL("STARTTLS refused; %zu queued "
		    "line not sent in clear", "STARTTLS refused; %zu queued "
		    "lines not sent in clear", n), n);
	else
		session_log(s, TR_ERROR, "STARTTLS refused");
	if (s->failure == SESSION_OK)
		s->failure = SESSION_FAIL_TLS;
	return 0;
}

/* BDAT: the chunks of /bdat go on (or stop) in session_data.c. */
static int
session_on_bdat(struct session *s, const struct reply *r)
{
	session_reply_bdat(s, r);
	return s->state == SESSION_CLOSED ? -1 : 0;
}

static session_handler_fn *const session_handlers[SMTPCMD_COUNT] = {
	[SMTPCMD_GREETING] = session_on_greeting,
	[SMTPCMD_EHLO] = session_on_ehlo,
	[SMTPCMD_HELO] = session_on_helo,
	[SMTPCMD_MAIL] = session_on_mail,
	[SMTPCMD_RCPT] = session_on_rcpt,
	[SMTPCMD_DATA] = session_on_data,
	[SMTPCMD_DOT] = session_on_dot,
	[SMTPCMD_RSET] = session_on_rset,
	[SMTPCMD_QUIT] = session_on_quit,
	[SMTPCMD_AUTH] = session_on_auth,
	[SMTPCMD_STARTTLS] = session_on_starttls,
	[SMTPCMD_BDAT] = session_on_bdat,
};

/* SESSION_EV_REPLY: the reply, the command it answers and the states. */
static void
session_emit_reply(struct session *s, const struct reply *r,
    enum smtpcmd cmd, const char *line, enum session_state from)
{
	struct session_event	 ev;

	memset(&ev, 0, sizeof ev);
	ev.type = SESSION_EV_REPLY;
	ev.reply = r;
	ev.cmd = cmd;
	ev.cmdline = line;
	ev.from = from;
	ev.to = s->state;
	session_deliver(s, &ev);
}

/* Notes for a reply that answers no known command. */
static void
session_notes_unpaired(struct session *s, const struct reply *r)
{
	struct notes_ctx	 c;
	int			 cls = reply_class(r);

	s->worst = cls > s->worst ? cls : s->worst;
	session_notes_ctx(s, &c);
	c.cmd = SMTPCMD_NONE;
	notes_reply(&c, r, session_note_emit, s);
}

/* Replies come in order: the next one answers the command whose wait
   was cancelled, not the one awaited now. */
static void
session_reply_late(struct session *s, const struct reply *r)
{
	s->late--;
	session_debug(s, "reply %d (late)", r->code);
	session_log(s, TR_EVENT, "that was the late reply to a command "
	    "whose wait was cancelled");
	session_notes_unpaired(s, r);
	session_emit_reply(s, r, SMTPCMD_NONE, NULL, s->state);
	if (r->code == 421)
		session_closing(s);
}

/* RFC 5321 3.8: a 421 may come at any time; anything else unasked means
   replies no longer pair with commands, so nothing more we send could
   be read right. */
static void
session_reply_unasked(struct session *s, const struct reply *r)
{
	session_debug(s, "reply %d (nobody asked)", r->code);
	session_find(s, SESSION_FIND_UNASKED, r);
	session_notes_unpaired(s, r);
	if (r->code != 421)
		session_note_id(s, "pipe.early");
	if (r->code == 421) {
		session_emit_reply(s, r, SMTPCMD_NONE, NULL, s->state);
		session_closing(s);
	} else
		session_fail(s, SESSION_FAIL_PROTOCOL, "a reply nobody asked "
		    "for (%d): the server is out of step with the commands; "
		    "closing", r->code);
}

/* Keep the offer before, for "what changed"; after STARTTLS caps is
   already empty and prev_caps holds the clear one. */
static void
session_keep_caps(struct session *s, const struct reply *r)
{
	if (s->caps != NULL) {
		caps_free(s->prev_caps);
		s->prev_caps = s->caps;
	}
	s->caps = caps_parse(r);
}

/* After the handler: a /send stops at the first step that makes the
   rest pointless; the item in flight is done unless SASL goes on. */
static void
session_reply_done(struct session *s, struct qitem *cur, enum smtpcmd cmd,
    int cls)
{
	if (cur != NULL && cur->group != 0 && cls >= 4 &&
	    (cmd == SMTPCMD_MAIL || cmd == SMTPCMD_DATA || cmd == SMTPCMD_DOT))
		if (session_drop(s, cur->group) > 0)
			session_log(s, TR_EVENT, "the test message stopped "
			    "after the refusal");
	if (cur != NULL && (s->sasl == NULL || cur->type != Q_AUTH)) {
		session_qitem_free(cur);
		s->current = NULL;
	}
}

void
session_reply(struct session *s, struct reply *r)
{
	struct notes_ctx	 c;
	struct qitem		*cur = s->current;
	enum session_state	 from = s->state;
	enum smtpcmd		 cmd = s->cmd;
	char			 line[sizeof s->cmdline];
	int			 cls = reply_class(r), h = 0;

	if (s->late > 0) {
		session_reply_late(s, r);
		return;
	}
	if (!s->awaiting) {
		session_reply_unasked(s, r);
		return;
	}
	s->awaiting = 0;
	session_disarm(s);
	if (s->pipe != NULL)
		session_pipe_pair(s, r);
	s->worst = cls > s->worst ? cls : s->worst;
	/* The handler may send another command (HELO after EHLO). */
	memcpy(line, s->cmdline, sizeof line);
	session_debug(s, "reply %d to %s in %ld ms", r->code,
	    cmd == SMTPCMD_GREETING ? "the greeting" : smtpcmd_name(cmd),
	    session_ms_since(&s->sent_at));
	if (cmd == SMTPCMD_EHLO && cls == 2)
		session_keep_caps(s, r);
	session_notes_ctx(s, &c);
	c.latency_ms = session_ms_since(&s->sent_at);
	notes_reply(&c, r, session_note_emit, s);
	session_find(s, SESSION_FIND_REPLY, r);
	if (r->code == 421) {
		session_emit_reply(s, r, cmd, line, from);
		session_closing(s);
		return;
	}
	if (session_handlers[cmd] != NULL && (h = session_handlers[cmd](s,
	    r)) == -1)
		return;
	if (h == 1) {
		session_emit_reply(s, r, cmd, line, from);
		session_close(s);
		return;
	}
	if (s->state == SESSION_CLOSED)
		return;		/* a handler gave up on the server */
	session_reply_done(s, cur, cmd, cls);
	session_emit_reply(s, r, cmd, line, from);
	if (s->pipe != NULL && s->state != SESSION_CLOSED)
		session_pipe_next(s);
}

/* Output. */

/* Queue wire bytes for line and log it as shown (masked if secret). */
int
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

static void
session_send_typed(struct session *s, struct qitem *q)
{
	char	 shown[1100];
	unsigned fl = 0;
	enum smtpcmd cmd;

	cmd = q->cmd == SMTPCMD_DOT ? SMTPCMD_OTHER : q->cmd;
	if (q->flags & SESSION_SUBMIT_SECRET || s->secret_next) {
		snprintf(shown, sizeof shown, "%s", SASL_MASK);
		fl = TR_F_SECRET;
		s->secret_next = 0;
		cmd = SMTPCMD_AUTH;
	} else if (cmd == SMTPCMD_AUTH) {
		if (session_typed_auth(s, q->text, shown, sizeof shown))
			fl = TR_F_SECRET;
	} else
		snprintf(shown, sizeof shown, "%s", q->text);
	if (session_write_line(s, q->text, strlen(q->text), shown, fl) == -1)
		return;
	session_set_cmd(s, cmd, shown);
	s->awaiting = 1;
	session_arm(s, "the reply to %s", s->cmdword[0] ? s->cmdword :
	    "an empty line");
	/* MAIL and RCPT parameters explained as they go (notes_ext.c). */
	if ((cmd == SMTPCMD_MAIL || cmd == SMTPCMD_RCPT) && s->notes) {
		struct notes_ctx	 c;

		session_notes_ctx(s, &c);
		notes_command(&c, q->text, session_note_emit, s);
	}
}

/* Send a group's lines into the output buffer together and await the
   reply to the first. Each line goes as a typed one would (a final AUTH
   masked). */
static void
session_send_pipe(struct session *s, struct qitem *q)
{
	struct qitem	 one;
	char		*line, *nl, text[1001];
	size_t		 n = 1, i, len;

	for (line = q->text; (nl = strchr(line, '\n')) != NULL; line = nl + 1)
		n++;
	if ((s->pipe = calloc(n, sizeof *s->pipe)) == NULL) {
		session_log(s, TR_ERROR, "out of memory; the group was not sent");
		return;
	}
	if (!caps_has(s->caps, "PIPELINING"))
		session_note_id(s, "pipe.not-offered");
	session_log(s, TR_EVENT, "pipelining: %zu command%s in one write; the "
	    "replies come in the same order", n, n == 1 ? "" : "s");
	for (i = 0, line = q->text; i < n; i++, line = nl ? nl + 1 : line) {
		/* A copy: the item's text stays whole, to be wiped whole. */
		nl = strchr(line, '\n');
		len = nl != NULL ? (size_t)(nl - line) : strlen(line);
		len = len < sizeof text ? len : sizeof text - 1;
		memcpy(text, line, len);
		text[len] = '\0';
		memset(&one, 0, sizeof one);
		one.type = Q_LINE;
		one.text = text;
		one.cmd = strcmp(text, ".") == 0 ? SMTPCMD_DOT :
		    smtpcmd_of(text, len);
		session_send_typed(s, &one);
		OPENSSL_cleanse(text, len);
		if (!s->awaiting || (s->pipe[i].shown = strdup(s->cmdline)) ==
		    NULL)
			break;		/* the output buffer is full */
		s->pipe[i].cmd = s->cmd;
		s->awaiting = 0;
		s->pipe_n++;
	}
	s->awaiting = 0;
	session_pipe_next(s);
}

/* Queue a group (lines already checked) as one item. */
struct qitem *
session_pipe_enqueue(struct session *s, const char *const *lines, size_t n,
    int group, char *err, size_t errlen)
{
	struct qitem	*q;
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 0);
	for (i = 0; i < n; i++)
		if (buf_printf(&b, "%s%s", i ? "\n" : "", lines[i]) == -1) {
			buf_free(&b);
			snprintf(err, errlen, "out of memory");
			return NULL;
		}
	q = session_enqueue(s, Q_PIPE, b.data, 0, group, err, errlen);
	if (q != NULL)
		q->cmd = smtpcmd_of(lines[n - 1], strlen(lines[n - 1]));
	OPENSSL_cleanse(b.data, b.len);
	buf_free(&b);
	return q;
}

int
session_pipeline(struct session *s, const char *const *lines, size_t n,
    char *err, size_t errlen)
{
	struct qitem	*q;
	enum smtpcmd	 cmd;
	size_t		 i;

	if (n == 0 || n > SESSION_PIPE_MAX) {
		snprintf(err, errlen, n == 0 ? "an empty group: nothing to "
		    "send" : "more than %d lines in one group", SESSION_PIPE_MAX);
		return -1;
	}
	if (session_in_message(s)) {
		snprintf(err, errlen, "inside a message, where the group's "
		    "lines would be lines of the message; nothing sent");
		return -1;
	}
	if (session_expects_secret(s)) {
		snprintf(err, errlen, "an AUTH exchange is not over: its next "
		    "line is an answer, not a group; nothing sent");
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (strpbrk(lines[i], "\r\n") != NULL ||
		    strlen(lines[i]) > 1000 - 2) {
			snprintf(err, errlen, "line %zu of the group: %s", i + 1,
			    strpbrk(lines[i], "\r\n") ? "a CR or LF inside" :
			    "longer than 998 characters");
			return -1;
		}
		cmd = strcmp(lines[i], ".") == 0 ? SMTPCMD_DOT :
		    smtpcmd_of(lines[i], strlen(lines[i]));
		if (i + 1 < n && cmd != SMTPCMD_MAIL && cmd != SMTPCMD_RCPT &&
		    cmd != SMTPCMD_RSET) {
			/* Named by its first word: an AUTH line's next
			   word may be a secret. */
			snprintf(err, errlen, "line %zu of the group (%.*s) "
			    "may only be its last line: RFC 2920 3.1 lets only "
			    "MAIL FROM, RCPT TO and RSET come before the end, "
			    "since the reply to anything else changes what may "
			    "follow; nothing sent", i + 1,
			    (int)strcspn(lines[i], " \t") > 20 ? 20 :
			    (int)strcspn(lines[i], " \t"), lines[i]);
			return -1;
		}
	}
	if ((q = session_pipe_enqueue(s, lines, n, 0, err, errlen)) == NULL)
		return -1;
	if (q->cmd == SMTPCMD_AUTH && s->state != SESSION_DATA)
		s->hand_auth = 1;
	return session_kick(s);
}

static int
session_can_send(const struct session *s)
{
	return !s->awaiting && s->stream == NULL &&
	    s->out.len < SESSION_OUT_LOW &&
	    s->state >= SESSION_READY && s->state != SESSION_QUIT;
}

/* Send from the head of the queue while nothing is awaited. */
void
session_pump(struct session *s)
{
	struct qitem	*q;

	while (s->state != SESSION_CLOSED && session_can_send(s) &&
	    s->qhead != NULL) {
		q = session_qpop(s);
		if (q->group != 0 && (q->type == Q_PIPE || q->cmd ==
		    SMTPCMD_MAIL))
			s->group_rcpts = 0;
		if (q->group != 0 && q->type == Q_LINE &&
		    q->cmd == SMTPCMD_DATA && s->group_rcpts == 0) {
			session_log(s, TR_EVENT, "no recipient was accepted; "
			    "the test message stops before DATA");
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
			if (session_write_line(s, "STARTTLS", 8, "STARTTLS",
			    0) == 0) {
				session_set_cmd(s, SMTPCMD_STARTTLS,
				    "STARTTLS");
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
		case Q_BDAT_FILE:
			session_start_bdat(s, q);
			break;
		case Q_PIPE:
			session_send_pipe(s, q);
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
struct qitem *
session_enqueue(struct session *s, enum qtype type, const char *text,
    unsigned flags, int group, char *err, size_t errlen)
{
	struct qitem	*q;

	if (s->state == SESSION_CLOSED) {
		snprintf(err, errlen, "not connected");
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
	/* Classified once: a lone "." ends a message wherever it is. */
	if (type == Q_LINE)
		q->cmd = strcmp(text, ".") == 0 ? SMTPCMD_DOT :
		    smtpcmd_of(text, strlen(text));
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
int
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
	struct qitem	*q;

	if (strpbrk(line, "\r\n") != NULL) {
		snprintf(err, errlen, "a line may not contain CR or LF");
		return -1;
	}
	if (strlen(line) > 1000 - 2) {
		snprintf(err, errlen, "line longer than 998 characters "
		    "(RFC 5321 4.5.3.1.6)");
		return -1;
	}
	if ((q = session_enqueue(s, Q_LINE, line, flags, 0, err,
	    errlen)) == NULL)
		return -1;
	/* From a typed AUTH until its final reply, lines may answer a 334
	   (even typed ahead of it): front ends treat them as secrets. */
	if (s->state != SESSION_DATA && q->cmd == SMTPCMD_AUTH)
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
	int			 in;

	/* Where the session will be when the queue has gone out: a DATA
	   typed ahead of its 354 (or pasted with the message) counts. */
	in = (s->state == SESSION_DATA && !(s->awaiting &&
	    s->cmd == SMTPCMD_DOT)) ||
	    (s->awaiting && s->cmd == SMTPCMD_DATA) ||
	    (s->awaiting && s->pipe != NULL && s->pipe_n > 0 &&
	    s->pipe[s->pipe_n - 1].cmd == SMTPCMD_DATA);
	for (q = s->qhead; q != NULL; q = q->next) {
		if (q->type == Q_PIPE)
			in = q->cmd == SMTPCMD_DATA;	/* its last line */
		else if (q->type != Q_LINE)
			in = 0;		/* a stream ends the message */
		else if (in)
			in = q->cmd != SMTPCMD_DOT;
		else
			in = q->cmd == SMTPCMD_DATA;
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

size_t
session_cancel_queued(struct session *s)
{
	size_t	 n;

	if ((n = session_drop(s, 0)) > 0)
		session_log(s, TR_EVENT, CORE_PL("cancelled %zu queued line",
		    "cancelled %zu queued lines", n), n);
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
		s->late += 1 + (s->pipe ? s->pipe_n - s->pipe_at : 0);
		session_pipe_free(s);
		s->hand_auth = s->secret_next = 0;
		sasl_free(s->sasl);
		s->sasl = NULL;
		session_disarm(s);
		did = 1;
	}
	if (s->stream != NULL && s->stream->bdat)
		session_bdat_cancel(s);
	else if (s->stream != NULL) {
		/* The message is unfinished: ending it is the only way to
		   get back to command mode without a smuggled end. */
		session_log(s, TR_EVENT, "message cut short; ending it now");
		s->stream->fd != -1 ? close(s->stream->fd) : 0;
		s->stream->fd = -1;
		msgbuild_free(s->stream->gen);
		s->stream->gen = NULL;
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
		session_log(s, TR_EVENT, CORE_PL("%zu queued line not sent",
		    "%zu queued lines not sent", n), n);
	if (s->stream != NULL && s->stream->bdat)
		s->stream->stop = 1;	/* QUIT after the chunk in flight */
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
			*events = s->socks_on ? socks_events(&s->socks) :
			    POLLOUT;
		else if (s->io_on)
			*events = io_events(&s->io, 1);
		else
			*events = POLLIN;	/* connected, io not yet used */
	}
	if (s->io_on && io_pending(&s->io))
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
		/* Through a proxy, a block of port 25 here is no reason. */
		if (s->addr_next >= s->addrs.naddrs && !s->via_proxy)
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
int
session_quitting(const struct session *s)
{
	return s->state == SESSION_QUIT ||
	    (s->awaiting && s->cmd == SMTPCMD_QUIT);
}

void
session_progress(struct session *s, short revents)
{
	struct timespec	 now;

	s->in_cb = 1;
	if (s->state == SESSION_RESOLVING && s->rq != NULL)
		session_check_resolve(s);
	else if (s->state == SESSION_CONNECTING && s->socks_on) {
		if (revents)
			session_socks_progress(s);
	} else if (s->state == SESSION_CONNECTING && (revents & (POLLOUT |
	    POLLERR | POLLHUP))) {
		session_connected(s);
		if (s->fd != -1 && s->state != SESSION_CONNECTING)
			session_io(s);
	} else if (s->state == SESSION_TLS && s->io_on &&
	    io_handshaking(&s->io) && revents)
		session_handshake(s);
	else if (s->fd != -1 && s->state != SESSION_TLS) {
		/* Each side goes on when what it waits for came: a TLS
		   read may wait for POLLOUT, a TLS write for POLLIN. */
		if (io_read_ready(session_io(s), revents))
			session_read(s);
		if (s->fd != -1 && s->state != SESSION_TLS &&
		    io_write_ready(&s->io, revents))
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

int
session_in_group(const struct session *s)
{
	return s->pipe != NULL;
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
session_tls_old(const struct session *s)
{
	return s->tls_old;
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
	/* Ids: the front end says them in its own words (hint.*). */
	if (s->awaiting || s->state == SESSION_RESOLVING ||
	    s->state == SESSION_CONNECTING || s->state == SESSION_TLS)
		return "hint.wait";
	switch (s->state) {
	case SESSION_CLOSED:
		return "hint.connect";
	case SESSION_GREETING:
		return "hint.greeting";
	case SESSION_READY:
		return "hint.ehlo";
	case SESSION_HELLO:
		if (!s->tls_on && caps_has(s->caps, "STARTTLS"))
			return "hint.starttls";
		if (s->auth_user == NULL && s->caps != NULL && s->caps->nmechs)
			return "hint.auth";
		return "hint.mail";
	case SESSION_MAIL:
		return "hint.rcpt";
	case SESSION_RCPT:
		return "hint.rcpt-data";
	case SESSION_DATA:
		return "hint.data";
	case SESSION_QUIT:
		return "hint.again";
	default:
		return "";
	}
}
