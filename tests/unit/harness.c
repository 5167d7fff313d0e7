/*
 * The harness (see harness.h). The peer's thread owns the accepted
 * socket and the TLS server side; the test's thread owns the session.
 * They share nothing while both run: the peer's results are read after
 * pthread_join.
 */
#include <sys/socket.h>
#include <sys/time.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "tls.h"

#define H_PEER_WAIT_MS	5000	/* any one read of the peer */

struct peer {
	struct harness	*h;
	int		 fd;
	struct tls	*tls;
	char		 in[8192];
	size_t		 inlen;
};

static long
h_now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int
peer_write(struct peer *p, const char *s, size_t len)
{
	char	 err[256];
	size_t	 n;
	ssize_t	 w;

	while (len > 0) {
		if (p->tls != NULL) {
			if (tls_write(p->tls, s, len, &n, err, sizeof err) !=
			    TLS_OK)
				return -1;
		} else {
			if ((w = send(p->fd, s, len, MSG_NOSIGNAL)) <= 0)
				return -1;
			n = (size_t)w;
		}
		s += n;
		len -= n;
	}
	return 0;
}

/* Read one line (without CRLF) into out; -1 on EOF or timeout. */
static int
peer_line(struct peer *p, char *out, size_t outlen)
{
	char	 err[256], *nl;
	size_t	 n, l;
	ssize_t	 r;
	long	 until = h_now_ms() + H_PEER_WAIT_MS;

	while ((nl = memchr(p->in, '\n', p->inlen)) == NULL) {
		if (p->inlen == sizeof p->in || h_now_ms() > until)
			return -1;
		if (p->tls != NULL) {
			switch (tls_read(p->tls, p->in + p->inlen,
			    sizeof p->in - p->inlen, &n, err, sizeof err)) {
			case TLS_OK:
				break;
			case TLS_WANT_READ:
			case TLS_WANT_WRITE:
				continue;	/* the receive timeout ran out */
			default:
				return -1;
			}
		} else {
			r = recv(p->fd, p->in + p->inlen,
			    sizeof p->in - p->inlen, 0);
			if (r == 0)
				return -1;
			if (r < 0)
				continue;
			n = (size_t)r;
		}
		p->inlen += n;
	}
	l = nl - p->in;
	if (l > 0 && p->in[l - 1] == '\r')
		l--;
	snprintf(out, outlen, "%.*s", (int)l, p->in);
	p->inlen -= nl + 1 - p->in;
	memmove(p->in, nl + 1, p->inlen);
	return 0;
}

static int
peer_starttls(struct peer *p)
{
	char	 err[256];
	long	 until = h_now_ms() + H_PEER_WAIT_MS;

	if ((p->tls = tls_accept(p->h->srv, p->fd, err, sizeof err)) == NULL)
		return -1;
	while (h_now_ms() < until)
		switch (tls_handshake(p->tls, err, sizeof err)) {
		case TLS_OK:
			return 0;
		case TLS_WANT_READ:
		case TLS_WANT_WRITE:
			continue;
		default:
			return -1;
		}
	return -1;
}

static int
peer_step(struct peer *p, const struct hstep *st)
{
	struct harness	*h = p->h;
	char		 line[1024];

	switch (st->kind) {
	case H_EXPECT:
		if (peer_line(p, line, sizeof line) == -1) {
			snprintf(h->peer_err, sizeof h->peer_err, "expected "
			    "'%s', got nothing", st->arg);
			return -1;
		}
		if (strncasecmp(line, st->arg, strlen(st->arg)) != 0) {
			snprintf(h->peer_err, sizeof h->peer_err, "expected "
			    "'%.30s', got '%.200s'", st->arg, line);
			return -1;
		}
		return 0;
	case H_SEND:
		return peer_write(p, st->arg, strlen(st->arg));
	case H_STALL:
		usleep(st->ms * 1000);
		return 0;
	case H_STARTTLS:
		if (peer_starttls(p) == -1) {
			snprintf(h->peer_err, sizeof h->peer_err, "TLS "
			    "handshake failed");
			return -1;
		}
		return 0;
	case H_DATA:
		for (;;) {
			if (peer_line(p, line, sizeof line) == -1) {
				snprintf(h->peer_err, sizeof h->peer_err,
				    "message not ended");
				return -1;
			}
			if (strcmp(line, ".") == 0)
				return 0;
			strncat(h->data, line, sizeof h->data -
			    strlen(h->data) - 2);
			strcat(h->data, "\n");
		}
	default:
		return -1;
	}
}

static void *
peer_main(void *arg)
{
	struct peer		 p;
	struct timeval		 tv = { 0, 200000 };
	struct pollfd		 pfd;
	const struct hstep	*st;

	memset(&p, 0, sizeof p);
	p.h = arg;
	pfd.fd = p.h->lfd;
	pfd.events = POLLIN;
	if (poll(&pfd, 1, H_PEER_WAIT_MS) != 1 ||
	    (p.fd = accept(p.h->lfd, NULL, NULL)) == -1) {
		snprintf(p.h->peer_err, sizeof p.h->peer_err, "no connection");
		return NULL;
	}
	/* Reads wake up every 200 ms so every wait can keep its deadline. */
	setsockopt(p.fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	for (st = p.h->script; st->kind != H_END && st->kind != H_CLOSE; st++) {
		if (peer_step(&p, st) == -1)
			break;
		p.h->steps_done++;
	}
	if (p.tls != NULL)
		tls_free(p.tls);
	close(p.fd);
	return NULL;
}

static void
h_record(const struct session_event *ev, void *arg)
{
	struct harness	*h = arg;
	struct hevent	*e;

	if (ev->type == SESSION_EV_CLOSED)
		h->closed = 1;
	if (ev->type == SESSION_EV_ENTRY || h->nev == H_EVENTS_MAX)
		return;
	e = &h->ev[h->nev++];
	memset(e, 0, sizeof *e);
	e->type = ev->type;
	e->cmd = ev->cmd;
	e->code = ev->reply ? ev->reply->code : 0;
	snprintf(e->line, sizeof e->line, "%s", ev->cmdline ? ev->cmdline : "");
	e->from = ev->from;
	e->to = ev->to;
	e->changed = ev->changed;
	e->tls_to = ev->tls_to;
	snprintf(e->auth_to, sizeof e->auth_to, "%s", ev->auth_to ?
	    ev->auth_to : "");
	e->fail = ev->fail;
}

static void
h_trace(void *arg, const char *line)
{
	struct harness	*h = arg;
	size_t		 len = strlen(h->trace);

	snprintf(h->trace + len, sizeof h->trace - len, "%s\n", line);
}

int
harness_start(struct harness *h, const struct hstep *script)
{
	return harness_start_wait(h, script, 3000);
}

int
harness_start_wait(struct harness *h, const struct hstep *script,
    int timeout_ms)
{
	struct session_config	 cfg;
	struct sockaddr_in	 sin;
	socklen_t		 sl = sizeof sin;
	char			 err[256];
	int			 one = 1;

	memset(h, 0, sizeof *h);
	h->script = script;
	if ((h->srv = tls_server_new("harness.test", err, sizeof err)) ==
	    NULL) {
		fprintf(stderr, "harness: %s\n", err);
		return -1;
	}
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((h->lfd = socket(AF_INET, SOCK_STREAM, 0)) == -1 ||
	    setsockopt(h->lfd, SOL_SOCKET, SO_REUSEADDR, &one,
	    sizeof one) == -1 ||
	    bind(h->lfd, (struct sockaddr *)&sin, sizeof sin) == -1 ||
	    listen(h->lfd, 1) == -1 ||
	    getsockname(h->lfd, (struct sockaddr *)&sin, &sl) == -1) {
		perror("harness: listen");
		return -1;
	}
	h->port = ntohs(sin.sin_port);
	memset(&cfg, 0, sizeof cfg);
	cfg.ehlo_name = "client.test";
	cfg.timeout_ms = timeout_ms;
	cfg.debug = h_trace;
	cfg.debug_arg = h;
	if ((h->s = session_new(&cfg, h_record, h)) == NULL ||
	    session_set_trust(h->s, tls_server_cert_pem(h->srv)) == -1) {
		fprintf(stderr, "harness: session_new\n");
		return -1;
	}
	if (pthread_create(&h->thread, NULL, peer_main, h) != 0)
		return -1;
	h->started = 1;
	return 0;
}

int
harness_connect(struct harness *h)
{
	char	 err[256];

	if (session_connect(h->s, "127.0.0.1", h->port, 0, err,
	    sizeof err) == -1) {
		fprintf(stderr, "harness: %s\n", err);
		return -1;
	}
	return 0;
}

int
harness_run(struct harness *h, int (*done)(struct harness *), int ms)
{
	struct pollfd	 pfd;
	long		 until = h_now_ms() + ms, left;
	int		 tmo, n;

	while (!done(h)) {
		if ((left = until - h_now_ms()) <= 0)
			return 0;
		session_pollfd(h->s, &pfd.fd, &pfd.events, &tmo);
		if (tmo < 0 || tmo > left)
			tmo = (int)left;
		pfd.revents = 0;
		if (pfd.fd == -1) {
			/* Resolving: nothing to poll, just wait a little. */
			usleep(1000);
			n = 0;
		} else
			n = poll(&pfd, 1, tmo > 50 ? 50 : tmo);
		session_progress(h->s, n > 0 ? pfd.revents : 0);
	}
	return 1;
}

void
harness_finish(struct harness *h)
{
	if (h->s != NULL)
		session_free(h->s);
	h->s = NULL;
	if (h->started)
		pthread_join(h->thread, NULL);
	if (h->lfd > 0)
		close(h->lfd);
	tls_server_free(h->srv);
}

int
harness_idle(struct harness *h)
{
	return h->closed || (!session_busy(h->s) &&
	    session_state(h->s) >= SESSION_READY);
}

int
harness_closed(struct harness *h)
{
	return h->closed || session_state(h->s) == SESSION_CLOSED;
}

const struct hevent *
harness_event(const struct harness *h, enum session_ev_type type, int n)
{
	int	 i;

	for (i = 0; i < h->nev; i++)
		if (h->ev[i].type == type && n-- == 0)
			return &h->ev[i];
	return NULL;
}
