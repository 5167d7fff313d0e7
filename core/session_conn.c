/*
 * The session's connection: the list of targets and how each one ended,
 * resolving (through the resolver interface of resolve.h) and connecting
 * to every address of a target in turn, the TLS handshake (implicit or
 * after STARTTLS) with the certificate facts kept for the front end to show,
 * and the wire itself: reads that feed the reply parser and writes from
 * the output buffer, both through core/io. What a reply means is
 * session.c's business; this file only gets the bytes there.
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "session_int.h"

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

void
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
	session_debug(s, "target %zu of %zu (%s port %d): %s%s%s%s",
	    s->target + 1, s->ntargets, s->host, t->port,
	    session_target_result_name(res), *why ? " (" : "", why,
	    *why ? ")" : "");
	rep.index = s->target;
	rep.count = s->ntargets;
	rep.target = t;
	rep.result = res;
	rep.why = why;
	memset(&ev, 0, sizeof ev);
	ev.type = SESSION_EV_TARGET;
	ev.target = &rep;
	ev.from = ev.to = s->state;
	session_deliver(s, &ev);
}

void
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
		else if (s->tls_old)
			snprintf(why, whylen, "%s", SESSION_TLS_OLD_WHY);
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
		/* The proxy's words over an errno's. */
		if (s->via_proxy && s->socks.phase == SOCKS_P_FAILED &&
		    socks_reply(&s->socks) > 0)
			snprintf(why, whylen, "by the proxy: %s",
			    socks_reply_str(socks_reply(&s->socks)));
		else if (s->via_proxy && s->socks.phase == SOCKS_P_FAILED)
			snprintf(why, whylen, "%s", socks_error(&s->socks));
		else
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
static void	session_resolve(struct session *, const char *, int,
		    const char *);

/*
 * Called by session_end: a target that failed before greeting us (or
 * that the front end left) is reported, and the next one is tried. 1
 * when the session went on; 0 when it really ends (the last target, a
 * failure after the greeting, a close or a cancel).
 */
int
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

void
session_try_next(struct session *s)
{
	const struct resolve_addr	*a;
	int				 fd;

	if (s->socks_on)
		socks_wipe(&s->socks);
	s->socks_on = 0;
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
		/* Through a proxy one deadline covers the connect to it and
		   the whole SOCKS handshake. */
		if (s->via_proxy)
			session_arm(s, "connect to %s port %d through the "
			    "SOCKS5 proxy at %s", s->host, s->port, s->addr);
		else
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
		    "address", s->via_proxy ? s->proxy.host : s->host);
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

	s->host = t->host != NULL ? t->host : t->addr;
	s->port = t->port;
	s->implicit_tls = t->implicit_tls;
	session_set_cmd(s, SMTPCMD_GREETING, NULL);
	s->landed = 0;
	s->conn_err = 0;
	s->via_proxy = s->proxy_on;
	/* Nothing of the last target's handshake is read for this one. */
	explicit_bzero(&s->socks, sizeof s->socks);
	s->cert_kept = 0;
	s->tls_old = 0;
	s->refs.n = 0;
	buf_reset(&s->certpem);
	free(s->hand_user);
	s->hand_user = NULL;
	/* Whole sentences, so that a translation can order them. */
	if (t->addr != NULL && t->host != NULL && t->implicit_tls)
		session_log(s, TR_EVENT, "connecting to %s [%s] port %d with "
		    "TLS", t->host, t->addr, t->port);
	else if (t->addr != NULL && t->host != NULL)
		session_log(s, TR_EVENT, "connecting to %s [%s] port %d",
		    t->host, t->addr, t->port);
	else if (t->implicit_tls)
		session_log(s, TR_EVENT, "connecting to %s port %d with TLS",
		    s->host, t->port);
	else
		session_log(s, TR_EVENT, "connecting to %s port %d", s->host,
		    t->port);
	if (s->via_proxy)
		session_log(s, TR_EVENT, "through the SOCKS5 proxy at %s port "
		    "%d, which resolves %s itself", s->proxy.host,
		    s->proxy.port, s->host);
	session_set_state(s, SESSION_RESOLVING);
	if (s->via_proxy) {
		/* The proxy's own name is resolved here; the target's
		   goes to it in the SOCKS request. */
		session_resolve(s, s->proxy.host, s->proxy.port, NULL);
		return;
	}
	session_resolve(s, t->addr != NULL ? t->addr : s->host, t->port,
	    t->addr);
}

/* Resolve name (addr: it must be an address literal) for port, then
   connect to each address in turn. */
static void
session_resolve(struct session *s, const char *name, int port,
    const char *addr)
{
	struct resolve_result		 res;
	char				 err[SESSION_ERR];
	int				 r;

	/* Address literals need no resolver; names go to one that never
	   blocks, so a slow DNS server cannot freeze the front end. */
	r = resolve_literal(name, port, &res, err, sizeof err);
	if (r == 0 && addr != NULL) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s is not an address",
		    addr);
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
	if ((s->rq = resolve_start(s->resolver, RESOLVE_ADDR, name, port,
	    err, sizeof err)) == NULL) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		return;
	}
	session_arm(s, "resolve %s", name);
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

/* Take a copy of the list and start on its first target. */
static int
session_targets_begin(struct session *s, const struct session_target *t,
    size_t n, char *err, size_t errlen)
{
	struct session_target	*c;
	size_t			 i;

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
session_connect_targets(struct session *s, const struct session_target *t,
    size_t n, char *err, size_t errlen)
{
	if (s->state != SESSION_CLOSED) {
		/* The front end says how to close. */
		snprintf(err, errlen, "already connected to %s", s->host);
		return -1;
	}
	return session_targets_begin(s, t, n, err, errlen);
}

int
session_connect_mx(struct session *s, const char *domain, int port,
    int implicit_tls, char *err, size_t errlen)
{
	size_t	 len = strlen(domain);

	if (s->state != SESSION_CLOSED) {
		snprintf(err, errlen, "already connected to %s", s->host);
		return -1;
	}
	if (len > 0 && domain[len - 1] == '.')
		len--;		/* the root's dot: "example.com." */
	if (len == 0 || len > 253 || strchr(domain, '@') != NULL ||
	    domain[0] == '[' || domain[0] == '.') {
		snprintf(err, errlen, "bad mail domain: want a domain "
		    "name such as example.com");
		return -1;
	}
	if (port < 1 || port > 65535) {
		snprintf(err, errlen, "bad port %d (1-65535)", port);
		return -1;
	}
	if (s->resolver == NULL) {
		snprintf(err, errlen, "no DNS resolver for MX records");
		return -1;
	}
	/* s->host points into the old list. */
	snprintf(s->mx_domain, sizeof s->mx_domain, "%.*s", (int)len, domain);
	s->host = s->mx_domain;
	session_targets_free(s->targets, s->ntargets);
	s->targets = NULL;
	s->ntargets = 0;
	s->target = 0;
	s->port = s->mx_port = port;
	s->mx_tls = implicit_tls;
	s->failure = SESSION_OK;
	s->idle_told = 0;
	session_set_cmd(s, SMTPCMD_GREETING, NULL);
	session_log(s, TR_EVENT, "looking up the mail exchangers (MX) of %s",
	    s->mx_domain);
	session_set_state(s, SESSION_RESOLVING);
	if ((s->rq = resolve_start(s->resolver, RESOLVE_MX, s->mx_domain, 0,
	    err, errlen)) == NULL) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		return 0;
	}
	s->mx_query = 1;
	session_arm(s, "the MX records of %s", s->mx_domain);
	return 0;
}

/* The MX set is in: say what it is in words, and try each exchanger in
   preference order on the port asked, verified against its own name. */
static void
session_mx_resolved(struct session *s, struct resolve_result *res)
{
	struct session_target	*t;
	struct buf		 list;
	char			 err[SESSION_ERR];
	size_t			 i;

	if (res->null_mx) {
		resolve_result_free(res);
		session_fail(s, SESSION_FAIL_CONNECT, "%s has a null MX (RFC "
		    "7505): the domain says it accepts no mail at all",
		    s->mx_domain);
		return;
	}
	if (res->nmx == 0) {
		resolve_result_free(res);
		session_fail(s, SESSION_FAIL_CONNECT, "%s: no mail exchanger",
		    s->mx_domain);
		return;
	}
	if (res->mx_implicit)
		session_log(s, TR_EVENT, "%s has no MX record: mail goes to the "
		    "domain's own address (the implicit MX of RFC 5321)",
		    s->mx_domain);
	else {
		buf_init(&list, 4096);
		for (i = 0; i < res->nmx; i++)
			buf_printf(&list, "%s%s (%d)", i > 0 ? ", " : "",
			    res->mx[i].host, res->mx[i].pref);
		session_log(s, TR_EVENT, "mail exchangers of %s, in order of "
		    "preference: %.*s", s->mx_domain, (int)list.len,
		    list.len > 0 ? list.data : "");
		buf_free(&list);
	}
	if ((t = calloc(res->nmx, sizeof *t)) == NULL) {
		resolve_result_free(res);
		session_fail(s, SESSION_FAIL_INTERNAL, "out of memory");
		return;
	}
	for (i = 0; i < res->nmx; i++) {
		t[i].host = res->mx[i].host;
		t[i].port = s->mx_port;
		t[i].implicit_tls = s->mx_tls;
		t[i].verify_name = res->mx[i].host;
	}
	if (session_targets_begin(s, t, res->nmx, err, sizeof err) == -1)
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
	free(t);
	resolve_result_free(res);
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

void
session_check_resolve(struct session *s)
{
	struct resolve_result	 res;
	char			 err[SESSION_ERR];
	int			 r;

	if ((r = resolve_collect(s->resolver, s->rq, &res, err,
	    sizeof err)) == 1)
		return;
	s->rq = NULL;
	if (s->mx_query) {
		s->mx_query = 0;
		if (r == -1)
			session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		else
			session_mx_resolved(s, &res);
		return;
	}
	if (r == -1) {
		session_fail(s, SESSION_FAIL_CONNECT, "%s", err);
		return;
	}
	session_resolved(s, &res);
}

/* The connection's io, started over fd on first use after connecting.
   A read takes at most what the reply parser can always take. */
struct io *
session_io(struct session *s)
{
	if (!s->io_on) {
		io_init(&s->io, s->fd, 4096, &s->out, 0);
		s->io_on = 1;
	}
	return &s->io;
}

void
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
	io_start_tls(session_io(s), s->tls);
	/* RFC 3207 4.2: the server forgets the transaction begun in
	   clear; the notes say so when a 503 follows. */
	s->tx_reset = s->state == SESSION_MAIL || s->state == SESSION_RCPT;
	session_set_state(s, SESSION_TLS);
	session_arm(s, "TLS handshake with %s", s->addr);
}

/* The SOCKS5 proxy. */

int
session_set_proxy(struct session *s, const struct socks_config *p)
{
	socks_config_wipe(&s->proxy);
	if (p != NULL) {
		s->proxy = *p;
		s->proxy_on = 1;
	} else {
		s->proxy = s->proxy_cfg;
		s->proxy_on = s->proxy_cfg_on;
	}
	return 0;
}

static void	session_up(struct session *);

/* The proxy failed this target: it answered, so another of its
   addresses would say the same; the target ends here. */
static void
session_socks_failed(struct session *s)
{
	session_log(s, TR_ERROR, "SOCKS5 proxy at %s: %s", s->addr,
	    socks_error(&s->socks));
	session_debug(s, "SOCKS5 handshake failed (reply %d)",
	    socks_reply(&s->socks));
	s->conn_err = socks_errno(&s->socks);
	s->addr_next = s->addrs.naddrs;
	session_end(s, SESSION_FAIL_CONNECT);
}

/* Connected to the proxy: ask it for the target, by name (or as the
   address literal the target is). The connect deadline stays armed. */
static void
session_socks_start(struct session *s)
{
	const struct session_target	*t = &s->targets[s->target];
	const char			*to = t->addr != NULL ? t->addr :
					    s->host;

	session_log(s, TR_EVENT, "connected to the SOCKS5 proxy %s [%s]; "
	    "asking it to connect to %s port %d", s->proxy.host, s->addr,
	    to, s->port);
	s->socks_on = 1;
	session_debug(s, "connected to the SOCKS5 proxy; handshake started");
	if (socks_start(&s->socks, &s->proxy, to, s->port) == -1) {
		session_socks_failed(s);
		return;
	}
	session_socks_progress(s);
}

void
session_socks_progress(struct session *s)
{
	switch (socks_step(&s->socks, s->fd)) {
	case SOCKS_MORE:
		return;
	case SOCKS_FAIL:
		session_socks_failed(s);
		return;
	case SOCKS_DONE:
		break;
	}
	s->socks_on = 0;
	session_debug(s, "SOCKS5 handshake done: the proxy connected");
	resolve_result_free(&s->addrs);
	s->addr_next = 0;
	session_log(s, TR_EVENT, "connected to %s port %d through the SOCKS5 "
	    "proxy at %s (it connected from %s)", s->host, s->port, s->addr,
	    socks_bound(&s->socks));
	socks_wipe(&s->socks);
	/* What waits from now on waits for the target, not the proxy. */
	snprintf(s->addr, sizeof s->addr, "%s port %d", s->host, s->port);
	session_up(s);
}

void
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
		if (e == ECONNREFUSED && s->addr_next >= s->addrs.naddrs &&
		    !s->via_proxy)
			session_note_event(s, NOTES_EV_CONNECT_REFUSED);
		close(s->fd);
		s->fd = -1;
		session_try_next(s);
		return;
	}
	if (s->via_proxy) {
		session_socks_start(s);
		return;
	}
	resolve_result_free(&s->addrs);
	s->addr_next = 0;
	session_log(s, TR_EVENT, "connected to %s [%s]", s->host, s->addr);
	session_up(s);
}

/* The target is there (directly or through the proxy): TLS first, or
   wait for the greeting. */
static void
session_up(struct session *s)
{
	session_find(s, SESSION_FIND_CONNECTED, NULL);
	session_note_event(s, NOTES_EV_CONNECTED);
	if (s->implicit_tls) {
		session_start_tls(s);
		return;
	}
	session_set_state(s, SESSION_GREETING);
	s->awaiting = 1;
	session_set_cmd(s, SMTPCMD_GREETING, NULL);
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
void
session_cert_failed(struct session *s, const struct tls_info *ti)
{
	char	 valid[128];

	session_log(s, TR_EVENT, "certificate: %s", ti->subject);
	session_log(s, TR_EVENT, "certificate names: %s", ti->names);
	session_log(s, TR_EVENT, "issued by: %s", ti->issuer);
	tls_validity(ti, (long long)time(NULL), valid, sizeof valid);
	session_log(s, TR_EVENT, "valid: %s", valid);
	session_log(s, TR_EVENT, "SHA-256: %s", ti->fingerprint);
	tls_advice(ti, session_note_always, s);
	notes_emitf(session_note_always, s, "cert.commands", "");
}

/* TLS established: report it, then go where the protocol goes next. */
static void
session_tls_done(struct session *s)
{
	tls_get_info(s->tls, &s->tlsinfo);
	session_keep_cert(s);
	s->tls_on = 1;
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
		    "on as asked (verification off): this session is "
		    "unverified",
		    s->tlsinfo.verify_error);
	else {
		/* tls.c fails the handshake first; this is a second lock. */
		session_fail(s, SESSION_FAIL_TLS, "certificate NOT verified: %s",
		    s->tlsinfo.verify_error);
		return;
	}
	session_find(s, SESSION_FIND_TLS, NULL);
	/* RFC 3207: forget what was learnt in clear, and start over. */
	caps_free(s->prev_caps);
	s->prev_caps = s->caps;
	s->caps = NULL;
	if (s->implicit_tls && s->cmd == SMTPCMD_GREETING) {
		session_set_state(s, SESSION_GREETING);
		s->awaiting = 1;
		session_arm(s, "the greeting from %s", s->addr);
	} else
		session_set_state(s, SESSION_READY);
}

void
session_handshake(struct session *s)
{
	char		 err[SESSION_ERR];
	enum tls_err	 cls;

	switch (io_handshake(&s->io)) {
	case IO_OK:
		session_tls_done(s);
		return;
	case IO_AGAIN:
		return;
	case IO_CLOSED:
		snprintf(err, sizeof err, "connection closed during the TLS "
		    "handshake");
		break;
	default:
		snprintf(err, sizeof err, "%s", io_error(&s->io)->msg);
		break;
	}
	cls = io_error(&s->io)->tls;
	session_log(s, TR_ERROR, "%s", err);
	session_keep_cert(s);
	if (s->cert_kept && s->certinfo.verify_kind != TLS_V_OK) {
		session_cert_failed(s, &s->certinfo);
		session_find(s, SESSION_FIND_TLS, NULL);
	}
	/* A plaintext greeting read as a TLS record, or a server that
	   hung up on our hello: wrong port or mode. */
	if (s->implicit_tls && (cls == TLS_E_NOT_TLS || cls == TLS_E_EOF))
		session_note_event(s, NOTES_EV_TLS_NOT_TLS);
	else if (cls == TLS_E_OLD_VERSION) {
		s->tls_old = 1;
		session_note_event(s, NOTES_EV_TLS_OLD);
	}
	session_end(s, SESSION_FAIL_TLS);
}

/* The wire. */

/* Bytes from io: 1 when io->in holds what came (empty: the server
   closed), -1 when nothing came yet, 0 when the session was ended. */
static int
session_read_bytes(struct session *s, struct io *io)
{
	const struct io_error *e;

	switch (io_read(io)) {
	case IO_OK:
		return 1;
	case IO_AGAIN:
		return -1;
	case IO_CLOSED:
		buf_reset(&io->in);
		return 1;
	default:
		break;
	}
	e = io_error(io);
	if (e->kind == IO_E_TLS) {
		session_log(s, TR_ERROR, "%s", e->msg);
		buf_reset(&io->in);
		return 1;
	}
	if (e->errnum == ECONNRESET && session_quitting(s)) {
		buf_reset(&io->in);
		return 1;
	}
	if (e->errnum == ECONNRESET) {
		session_find(s, SESSION_FIND_CLOSED, NULL);
		session_fail(s, SESSION_FAIL_CONNECT, "connection closed by "
		    "server (reset)%s", s->awaiting ?
		    " while waiting for a reply" : "");
	} else
		session_fail(s, SESSION_FAIL_CONNECT, "read from %s: %s",
		    s->addr, strerror(e->errnum));
	return 0;
}

/* The server closed: the end asked for after QUIT, else a failure. */
static void
session_read_eof(struct session *s)
{
	int	 quitting = session_quitting(s);

	if (quitting)
		session_log(s, TR_EVENT, "connection closed by server%s",
		    s->awaiting ? " (no 221 to QUIT)" : "");
	else
		session_log(s, TR_ERROR, "connection closed by server%s",
		    s->awaiting ? " while waiting for a reply" : "");
	session_find(s, SESSION_FIND_CLOSED, NULL);
	session_end(s, quitting ? SESSION_OK : SESSION_FAIL_CONNECT);
}

/* One parsed line (or a whole reply at its last line): record it and
   hand a whole reply on. 0 when the session was ended or left plain
   reading (STARTTLS), 1 to go on. */
static int
session_read_line(struct session *s, enum reply_result res,
    const struct reply_line *line, struct reply *reply)
{
	/* Shown as received: code, separator and text, no line end. */
	session_entry(s, TR_RECV, res == REPLY_DONE ? TR_F_LAST : 0,
	    line->code, line->raw, line->text + line->textlen - line->raw,
	    line->raw, line->rawlen);
	if (res != REPLY_DONE)
		return 1;
	if (reply->flags & REPLY_F_BARE_LF)
		session_log(s, TR_ERROR, "the server ended a line with LF "
		    "alone; SMTP requires CRLF");
	if (reply->flags & REPLY_F_MIXED_CODES) {
		/* Two replies run together: which one answers the command
		   cannot be known, so nothing after it can. */
		if (reply_class(reply) > s->worst)
			s->worst = reply_class(reply);
		reply_free(reply);
		session_fail(s, SESSION_FAIL_PROTOCOL, "the lines of this reply "
		    "carry different codes, as if two replies ran together; "
		    "closing");
		return 0;
	}
	session_reply(s, reply);
	reply_free(reply);
	/* STARTTLS may have switched to TLS, or failed. */
	return s->state != SESSION_CLOSED && s->state != SESSION_TLS;
}

/* Read what is there; 0 on EOF or error (the session is then closed). */
int
session_read(struct session *s)
{
	char		 err[SESSION_ERR];
	struct io	*io = session_io(s);
	struct reply_line line;
	struct reply	*reply;
	enum reply_result res;
	int		 fed;

	if ((fed = session_read_bytes(s, io)) <= 0)
		return fed == -1;
	if (io->in.len == 0) {
		session_read_eof(s);
		return 0;
	}
	/* Feed in pieces no larger than what the parser can always take
	   (a read takes no more, see session_io). */
	fed = reply_parser_feed(s->rp, io->in.data, io->in.len);
	buf_reset(&io->in);
	if (fed == -1) {
		session_fail(s, SESSION_FAIL_PROTOCOL, "server input buffer "
		    "overflow");
		return 0;
	}
	while ((res = reply_parser_next(s->rp, &line, &reply, err,
	    sizeof err)) != REPLY_MORE) {
		/* A server that will not stop talking (an endless reply, a
		   flood of bad or unasked lines) cannot grow the transcript
		   without bound. */
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
		} else if (!session_read_line(s, res, &line, reply))
			return 0;
	}
	return 1;
}

void
session_write(struct session *s)
{
	struct io		*io = session_io(s);
	const struct io_error	*e;
	enum io_status		 st;
	size_t			 before;

	/* session_write_line marks a secret; io wipes it once sent. */
	if (s->out_secret) {
		io_set_secret(io);
		s->out_secret = 0;
	}
	while (s->out.len > 0) {
		before = s->out.len;
		st = io_flush(io);
		if (st == IO_CLOSED) {
			session_fail(s, SESSION_FAIL_CONNECT, "connection closed "
			    "by server");
			return;
		}
		if (st == IO_ERROR) {
			e = io_error(io);
			if (e->kind == IO_E_TLS)
				session_fail(s, SESSION_FAIL_CONNECT, "%s",
				    e->msg);
			else
				session_fail(s, SESSION_FAIL_CONNECT, "write to "
				    "%s: %s", s->addr, strerror(e->errnum));
			return;
		}
		if (s->stream != NULL && s->out.len < before) {
			/* Progress: the server is still reading. */
			session_arm(s, "the server to take more of %s",
			    s->stream->name);
			session_stream_more(s);
		}
		if (s->state == SESSION_CLOSED || st == IO_AGAIN)
			return;
	}
}

