/*
 * The lab's frame: three listeners, one thread, one poll loop and the
 * inbox. lab_start binds a listener per personality (the preferred port,
 * else any free one), makes the throwaway certificate and the SCRAM keys,
 * and starts a thread that polls a self-pipe, the listeners and every
 * client connection, non-blocking, with a deadline per connection. The
 * thread owns the connections; the only thing it shares with the front
 * end is the inbox, under a mutex. lab_free writes to the self-pipe, so
 * the thread leaves poll at once, joins it and frees the rest.
 *
 * OP25B: an ISP that blocks outbound port 25 drops the SYN, so a home user
 * sees connect() time out. The lab reproduces exactly that: in op25b mode
 * the "25" listener has a backlog of one, the lab fills it with a
 * connection of its own and never accepts, and the kernel then drops
 * every further SYN. Where a kernel queues the connection anyway, it is
 * never accepted, so the client's wait for the greeting times out
 * instead; either way the client sees a timeout, never a refusal. The
 * switch can be thrown while the lab runs (lab_set_op25b): the front end
 * asks under the lock and wakes the thread, which changes the backlog
 * and plugs or unplugs the listener itself.
 *
 * A class service: lab_accept is where fairness is kept. Each client
 * address has a record (simultaneous connections, new connections and
 * messages in the current minute, as Postfix's anvil counts them); over
 * a limit, or outside --allow, the client gets the refusal a real server
 * gives and the class log says so. Near LAB_MAXCONN the lab is
 * "stressed" and idle connections get LAB_STRESS_IDLE_MS instead of the
 * RFC 5321 five minutes, as Postfix's stress-adaptive timeouts do.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <netinet/in.h>
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

#include <openssl/evp.h>

#include "b64.h"
#include "buf.h"
#include "i18n_core.h"
#include "lab_int.h"
#include "sanitize.h"
#include "tls.h"

const char *const lab_pnames[LAB_NPERSONALITIES] = {
	"25", "587", "465"
};
const char *const lab_pdesc[LAB_NPERSONALITIES] = {
	"relay", "submission", "submission over implicit TLS"
};

int64_t
lab_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Bind and listen on host:port; 0 with *fd and *bound set, else -1. */
static int
lab_bind(const char *host, int port, int backlog, int *fd, int *bound,
    struct sockaddr_storage *ss, char *err, size_t errlen)
{
	struct addrinfo	 hints, *res, *ai;
	socklen_t	 slen;
	char		 serv[16];
	int		 s = -1, one = 1, e, saved = 0;

	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	snprintf(serv, sizeof serv, "%d", port);
	if ((e = getaddrinfo(host, serv, &hints, &res)) != 0) {
		snprintf(err, errlen, "cannot use listen address %s: %s", host,
		    gai_strerror(e));
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		s = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK |
		    SOCK_CLOEXEC, ai->ai_protocol);
		if (s == -1) {
			saved = errno;
			continue;
		}
		setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		if (bind(s, ai->ai_addr, ai->ai_addrlen) == 0 &&
		    listen(s, backlog) == 0)
			break;
		saved = errno;
		close(s);
		s = -1;
	}
	freeaddrinfo(res);
	if (s == -1) {
		if (saved == EADDRINUSE)
			snprintf(err, errlen, "port %d on %s is in use by "
			    "another process", port, host);
		else
			snprintf(err, errlen, "cannot listen on %s port %d: %s",
			    host, port, strerror(saved));
		return -1;
	}
	slen = sizeof *ss;
	if (getsockname(s, (struct sockaddr *)ss, &slen) == -1) {
		snprintf(err, errlen, "getsockname: %s", strerror(errno));
		close(s);
		return -1;
	}
	*bound = ntohs(ss->ss_family == AF_INET6 ?
	    ((struct sockaddr_in6 *)ss)->sin6_port :
	    ((struct sockaddr_in *)ss)->sin_port);
	*fd = s;
	return 0;
}

/* Fill the "25" backlog with a connection nobody will accept. */
static void
lab_plug(struct lab *lab)
{
	struct sockaddr_storage *ss = &lab->addr25;
	socklen_t	 slen = sizeof(struct sockaddr_in);
	int		 s;

	/* A listener on the wildcard address is reached on loopback. */
	if (ss->ss_family == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
		if (IN6_IS_ADDR_UNSPECIFIED(&s6->sin6_addr))
			s6->sin6_addr = in6addr_loopback;
		slen = sizeof *s6;
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
		if (s4->sin_addr.s_addr == htonl(INADDR_ANY))
			s4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	}
	/* Non-blocking: the thread must never wait on its own listener. */
	if ((s = socket(ss->ss_family, SOCK_STREAM | SOCK_CLOEXEC |
	    SOCK_NONBLOCK, 0)) == -1)
		return;
	if (connect(s, (struct sockaddr *)ss, slen) == -1 &&
	    errno != EINPROGRESS) {
		close(s);
		return;
	}
	lab->plug = s;
}

/* Make "25" match what was asked: a backlog of one, drained and plugged,
   or a normal backlog again. The lab thread's. */
static void
lab_op25b_apply(struct lab *lab)
{
	int	 want, fd;

	pthread_mutex_lock(&lab->lock);
	want = lab->op25b_want;
	pthread_mutex_unlock(&lab->lock);
	if (want == lab->op25b)
		return;
	if (want) {
		/* Whatever waits already was let in before the block. */
		listen(lab->fd[LAB_RELAY], 0);
		while ((fd = accept4(lab->fd[LAB_RELAY], NULL, NULL,
		    SOCK_CLOEXEC)) != -1)
			close(fd);
		lab_plug(lab);
	} else {
		if (lab->plug != -1)
			close(lab->plug);
		lab->plug = -1;
		listen(lab->fd[LAB_RELAY], 64);
		/* The plug's own queued half is accepted and finds EOF. */
	}
	lab->op25b = want;
	if (want)
		lab_log(lab, NULL, 0, "OP25B on: port 25 accepts no new "
		    "connection");
	else
		lab_log(lab, NULL, 0, "OP25B off: port 25 answers again");
}

void
lab_set_op25b(struct lab *lab, int on)
{
	pthread_mutex_lock(&lab->lock);
	lab->op25b_want = on != 0;
	pthread_mutex_unlock(&lab->lock);
	while (write(lab->wake[1], "o", 1) == -1 && errno == EINTR)
		;
}

int
lab_op25b(struct lab *lab)
{
	int	 on;

	pthread_mutex_lock(&lab->lock);
	on = lab->op25b_want;
	pthread_mutex_unlock(&lab->lock);
	return on;
}

/* For the terminal the teacher reads: no control byte (C0 and DEL become
   '?'), and bytes from 0x80 up only when the whole line is valid UTF-8
   without C1 controls (a translated line); else they become '?' too, as
   client-sent text (an EHLO name) may hold anything. */
static void
lab_log_clean(char *line)
{
	char	*p;
	char	 probe[512];
	size_t	 len;
	int	 utf8;

	for (p = line; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7f)
			*p = '?';
	len = strlen(line);
	/* sanitize_clean also wants a backslash escaped: not here. */
	memcpy(probe, line, len);
	for (p = probe; p < probe + len; p++)
		if (*p == '\\')
			*p = '/';
	utf8 = sanitize_clean(probe, len);
	for (p = line; *p && !utf8; p++)
		if ((unsigned char)*p > 0x7e)
			*p = '?';
}

void
lab_log(struct lab *lab, const char *peer, int pers, const char *fmt, ...)
{
	va_list	 ap;
	char	 line[512];
	size_t	 n = 0;

	if (lab->cfg.log == NULL)
		return;
	if (peer != NULL)
		n = snprintf(line, sizeof line, "%s %s: ", peer,
		    pers > 0 ? lab_pnames[pers - 1] : "-");
	if (n >= sizeof line)
		n = 0;
	va_start(ap, fmt);
	/* The teacher's language (xgettext --keyword=lab_log:4). */
	vsnprintf(line + n, sizeof line - n, CORE_TR(fmt), ap);
	va_end(ap);
	lab_log_clean(line);
	lab->cfg.log(lab->cfg.log_arg, line);
}

/* Restart a per-minute counter when its minute is over. */
static void
lab_window(int64_t now, int64_t *win, int *count)
{
	if (now - *win >= 60 * 1000) {
		*win = now;
		*count = 0;
	}
}

struct lab_client *
lab_client_get(struct lab *lab, const char *addr)
{
	struct lab_client *cl, *old = NULL;
	int64_t		 now = lab_now();
	size_t		 i;

	for (i = 0; i < LAB_MAXCLIENTS; i++) {
		cl = &lab->clients[i];
		if (strcmp(cl->addr, addr) == 0)
			goto found;
		/* Reuse a free slot, else the longest-idle one without
		   open connections. */
		if (cl->nconns == 0 && (old == NULL || *cl->addr == '\0' ||
		    (*old->addr != '\0' && cl->last < old->last)))
			old = cl;
	}
	if ((cl = old) == NULL)
		cl = &lab->clients[0];	/* all busy: share, never fail */
	else {
		memset(cl, 0, sizeof *cl);
		snprintf(cl->addr, sizeof cl->addr, "%s", addr);
	}
found:
	cl->last = now;
	return cl;
}

int
lab_client_msg(struct lab *lab, const char *addr)
{
	struct lab_client *cl;

	if (lab->cfg.per_client_msgs <= 0)
		return 0;
	cl = lab_client_get(lab, addr);
	lab_window(lab_now(), &cl->msg_win, &cl->msg_count);
	if (cl->msg_count >= lab->cfg.per_client_msgs)
		return -1;
	cl->msg_count++;
	return 0;
}

int
lab_cidr_parse(const char *s, struct lab_cidr *c)
{
	char	 a[INET6_ADDRSTRLEN + 8], *slash, *end;
	long	 bits;
	int	 max;

	if (strlen(s) >= sizeof a)
		return -1;
	snprintf(a, sizeof a, "%s", s);
	memset(c, 0, sizeof *c);
	if ((slash = strchr(a, '/')) != NULL)
		*slash++ = '\0';
	if (inet_pton(AF_INET, a, c->addr) == 1) {
		c->family = AF_INET;
		max = 32;
	} else if (inet_pton(AF_INET6, a, c->addr) == 1) {
		c->family = AF_INET6;
		max = 128;
	} else
		return -1;
	c->bits = max;
	if (slash != NULL) {
		errno = 0;
		bits = strtol(slash, &end, 10);
		if (!isdigit((unsigned char)*slash) || *end || errno ||
		    bits < 0 || bits > max)
			return -1;
		c->bits = (int)bits;
	}
	return 0;
}

/* Whether the first bits of a and b agree. */
static int
lab_bits_match(const unsigned char *a, const unsigned char *b, int bits)
{
	int	 i;

	for (i = 0; bits >= 8; i++, bits -= 8)
		if (a[i] != b[i])
			return 0;
	return bits == 0 || ((a[i] ^ b[i]) & (0xff << (8 - bits)) & 0xff) == 0;
}

/* Whether --allow lets the peer in (IPv4-mapped IPv6 counts as IPv4). */
static int
lab_allowed(const struct lab *lab, const struct sockaddr_storage *ss)
{
	const unsigned char *a;
	int		 fam, i;

	if (lab->cfg.nallow == 0)
		return 1;
	if (ss->ss_family == AF_INET) {
		fam = AF_INET;
		a = (const unsigned char *)
		    &((const struct sockaddr_in *)ss)->sin_addr;
	} else {
		const struct in6_addr *a6 =
		    &((const struct sockaddr_in6 *)ss)->sin6_addr;
		fam = AF_INET6;
		a = (const unsigned char *)a6;
		if (IN6_IS_ADDR_V4MAPPED(a6)) {
			fam = AF_INET;
			a += 12;
		}
	}
	for (i = 0; i < lab->cfg.nallow; i++)
		if (lab->cfg.allow[i].family == fam &&
		    lab_bits_match(a, lab->cfg.allow[i].addr,
		    lab->cfg.allow[i].bits))
			return 1;
	return 0;
}

int
lab_addr_is_loopback(const char *s)
{
	struct in_addr	 a4;
	struct in6_addr	 a6;

	if (inet_pton(AF_INET, s, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	if (inet_pton(AF_INET6, s, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6) || (IN6_IS_ADDR_V4MAPPED(&a6) &&
		    a6.s6_addr[12] == 127);
	return strcasecmp(s, "localhost") == 0;
}

static int
lab_addconn(struct lab *lab, struct lab_conn *c)
{
	struct lab_conn	**n;

	if (lab->nconns == lab->cap) {
		n = reallocarray(lab->conns, lab->cap ? lab->cap * 2 : 16,
		    sizeof *n);
		if (n == NULL)
			return -1;
		lab->conns = n;
		lab->cap = lab->cap ? lab->cap * 2 : 16;
	}
	lab->conns[lab->nconns++] = c;
	return 0;
}

/* Take the waiting connections of one listener. */
static void
lab_accept(struct lab *lab, enum lab_personality p)
{
	static const char busy[] =
	    "421 4.3.2 " LAB_DOMAIN " Too many connections, try again later\r\n";
	struct sockaddr_storage ss;
	struct lab_client *cl;
	struct lab_conn	*c;
	socklen_t	 slen;
	char		 host[64], refuse[256];
	int		 fd, i;

	for (i = 0; i < 32; i++) {
		slen = sizeof ss;
		fd = accept4(lab->fd[p], (struct sockaddr *)&ss, &slen,
		    SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd == -1)
			return;
		if (getnameinfo((struct sockaddr *)&ss, slen, host, sizeof host,
		    NULL, 0, NI_NUMERICHOST) != 0)
			snprintf(host, sizeof host, "?");
		/* A mapped IPv4 peer is shown (and counted) as IPv4. */
		if (strncmp(host, "::ffff:", 7) == 0 && strchr(host + 7, '.'))
			memmove(host, host + 7, strlen(host + 7) + 1);
		*refuse = '\0';
		cl = lab_client_get(lab, host);
		lab_window(lab_now(), &cl->conn_win, &cl->conn_count);
		if (!lab_allowed(lab, &ss)) {
			snprintf(refuse, sizeof refuse, "554 5.7.1 %s "
			    "Access denied: %s is not allowed to use this lab",
			    LAB_DOMAIN, host);
			lab_log(lab, host, p + 1, "refused: not in --allow "
			    "(554 5.7.1)");
		} else if (lab->nconns >= LAB_MAXCONN) {
			snprintf(refuse, sizeof refuse, "%.*s", (int)sizeof busy
			    - 3, busy);
			lab_log(lab, host, p + 1, "refused: the lab is full, "
			    "%d connections (421 4.3.2)", LAB_MAXCONN);
		} else if (lab->cfg.per_client_conns > 0 &&
		    cl->nconns >= lab->cfg.per_client_conns) {
			snprintf(refuse, sizeof refuse, "421 4.7.0 %s Error: "
			    "too many connections from %s (limit %d at once)",
			    LAB_DOMAIN, host, lab->cfg.per_client_conns);
			lab_log(lab, host, p + 1, "limit hit: %d connections "
			    "at once (421 4.7.0)", lab->cfg.per_client_conns);
		} else if (lab->cfg.per_client_rate > 0 &&
		    cl->conn_count >= lab->cfg.per_client_rate) {
			snprintf(refuse, sizeof refuse, "421 4.7.0 %s Error: "
			    "too many connections from %s (limit %d a minute), "
			    "try again later", LAB_DOMAIN, host,
			    lab->cfg.per_client_rate);
			lab_log(lab, host, p + 1, "limit hit: %d new "
			    "connections a minute (421 4.7.0)",
			    lab->cfg.per_client_rate);
		}
		cl->conn_count++;
		if (*refuse) {
			/* Best effort: the reply fits any socket buffer. On
			   "465" there is no clear text to say it in. */
			if (p != LAB_SUBMISSIONS) {
				strcat(refuse, "\r\n");
				(void)send(fd, refuse, strlen(refuse),
				    MSG_NOSIGNAL);
			}
			close(fd);
			continue;
		}
		if ((c = lab_conn_new(lab, fd, p, host)) == NULL)
			continue;
		if (lab_addconn(lab, c) == -1)
			lab_conn_free(c);
	}
}

/* The thread: one poll over the self-pipe, listeners and connections. */
static void *
lab_main(void *arg)
{
	struct lab	*lab = arg;
	struct pollfd	*pfd = NULL, *npfd;
	size_t		 cap = 0, n, base, nbuilt, i;
	int64_t		 now, next, d;
	int		 timeout, lst[LAB_NPERSONALITIES], p;
	char		 drain[64];

	for (;;) {
		if (cap < lab->nconns + 1 + LAB_NPERSONALITIES) {
			cap = lab->nconns + 1 + LAB_NPERSONALITIES + 16;
			if ((npfd = reallocarray(pfd, cap, sizeof *pfd)) ==
			    NULL) {
				/* Out of memory: wait and try again. */
				cap = 0;
				poll(NULL, 0, 100);
				continue;
			}
			pfd = npfd;
		}
		n = 0;
		pfd[n].fd = lab->wake[0];
		pfd[n++].events = POLLIN;
		for (p = 0; p < LAB_NPERSONALITIES; p++) {
			lst[p] = -1;
			/* In op25b mode "25" is never accepted from. */
			if (p == LAB_RELAY && lab->op25b)
				continue;
			lst[p] = (int)n;
			pfd[n].fd = lab->fd[p];
			pfd[n++].events = POLLIN;
		}
		base = n;
		lab->stressed = lab->nconns >= LAB_STRESS_CONNS;
		now = lab_now();
		next = now + 60 * 1000;
		for (i = 0; i < lab->nconns; i++) {
			pfd[n].fd = lab_conn_fd(lab->conns[i]);
			pfd[n++].events = lab_conn_events(lab->conns[i]);
			if ((d = lab_conn_deadline(lab->conns[i])) < next)
				next = d;
			if (lab_conn_ready(lab->conns[i]))
				next = now;
		}
		nbuilt = lab->nconns;
		timeout = next <= now ? 0 : (int)(next - now);
		if (poll(pfd, n, timeout) == -1 && errno != EINTR)
			poll(NULL, 0, 10);
		if (pfd[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t	 r;
			int	 stop = 0;

			/* "x" is lab_free, "o" a change of OP25B. */
			while ((r = read(lab->wake[0], drain, sizeof drain)) > 0)
				if (memchr(drain, 'x', r) != NULL)
					stop = 1;
			if (stop || r == 0)
				break;
			lab_op25b_apply(lab);
			continue;
		}
		now = lab_now();
		/* Downwards, so that removing by swapping in the last one
		   never skips a connection. */
		for (i = nbuilt; i-- > 0;) {
			struct lab_conn *c = lab->conns[i];
			short rev = pfd[base + i].revents;

			if (rev == 0 && !lab_conn_ready(c) &&
			    lab_conn_deadline(c) > now)
				continue;
			if (lab_conn_run(c, rev, now) == -1) {
				lab_conn_free(c);
				lab->conns[i] = lab->conns[--lab->nconns];
			}
		}
		for (p = 0; p < LAB_NPERSONALITIES; p++)
			if (lst[p] != -1 && pfd[lst[p]].revents & POLLIN)
				lab_accept(lab, p);
	}
	for (i = 0; i < lab->nconns; i++)
		lab_conn_free(lab->conns[i]);
	lab->nconns = 0;
	free(lab->conns);
	lab->conns = NULL;
	free(pfd);
	return NULL;
}

/* No configuration: loopback, free ports, no op25b. */
static const struct lab_config lab_defaults;

struct lab *
lab_start(const struct lab_config *cfg, char *err, size_t errlen)
{
	struct sockaddr_storage ss;
	struct lab	*lab;
	const char	*host;
	sigset_t	 all, old;
	int		 p, want, backlog, e;

	if (cfg == NULL)
		cfg = &lab_defaults;
	if ((lab = calloc(1, sizeof *lab)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	lab->plug = lab->wake[0] = lab->wake[1] = -1;
	for (p = 0; p < LAB_NPERSONALITIES; p++)
		lab->fd[p] = -1;
	pthread_mutex_init(&lab->lock, NULL);
	if ((lab->tls = tls_server_new(LAB_DOMAIN, err, errlen)) == NULL)
		goto fail;
	if (lab_sasl_setup(&lab->scram) == -1) {
		snprintf(err, errlen, "cannot make the lab's SCRAM keys");
		goto fail;
	}
	host = cfg->listen != NULL && *cfg->listen ? cfg->listen : "127.0.0.1";
	lab->cfg = *cfg;
	lab->cfg.listen = NULL;		/* the caller's; not kept */
	if (lab->cfg.inflight_max == 0)
		lab->cfg.inflight_max = LAB_DEF_INFLIGHT;
	lab->op25b = lab->op25b_want = cfg->op25b;
	for (p = 0; p < LAB_NPERSONALITIES; p++) {
		want = cfg->ports[p];
		if (want < 0 || want > 65535)
			want = 0;
		/* A taken (or, for a user, privileged) preferred port falls
		   back to a free one: lab_port says where it ended up. */
		/* op25b: a backlog of one, which lab_plug fills. */
		backlog = p == LAB_RELAY && lab->op25b ? 0 : 64;
		if (cfg->strict_ports) {
			/* A class is told fixed ports: never another one. */
			if (lab_bind(host, want, backlog, &lab->fd[p],
			    &lab->port[p], &ss, err, errlen) == -1)
				goto fail;
		} else if ((want == 0 || lab_bind(host, want, backlog,
		    &lab->fd[p], &lab->port[p], &ss, err, errlen) == -1) &&
		    lab_bind(host, 0, backlog, &lab->fd[p], &lab->port[p], &ss,
		    err, errlen) == -1)
			goto fail;
		if (p == LAB_RELAY) {
			lab->addr25 = ss;
			if (lab->op25b)
				lab_plug(lab);
		}
	}
	*err = '\0';
	if (pipe2(lab->wake, O_NONBLOCK | O_CLOEXEC) == -1) {
		snprintf(err, errlen, "pipe: %s", strerror(errno));
		goto fail;
	}
	/* Signals belong to the front end's thread. (core/io and tls.c
	   send with MSG_NOSIGNAL, so a closed peer raises no SIGPIPE.) */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	e = pthread_create(&lab->thread, NULL, lab_main, lab);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e != 0) {
		snprintf(err, errlen, "cannot start the lab thread: %s",
		    strerror(e));
		goto fail;
	}
	lab->running = 1;
	return lab;
fail:
	lab_free(lab);
	return NULL;
}

void
lab_msg_free(struct lab_msg *m)
{
	if (m == NULL)
		return;
	buf_free(&m->from);
	buf_free(&m->rcpts);
	buf_free(&m->data);
	free(m);
}

void
lab_free(struct lab *lab)
{
	struct lab_msg	*m;
	int		 p;

	if (lab == NULL)
		return;
	if (lab->running) {
		while (write(lab->wake[1], "x", 1) == -1 && errno == EINTR)
			;
		pthread_join(lab->thread, NULL);
	}
	for (p = 0; p < LAB_NPERSONALITIES; p++)
		if (lab->fd[p] != -1)
			close(lab->fd[p]);
	if (lab->plug != -1)
		close(lab->plug);
	if (lab->wake[0] != -1)
		close(lab->wake[0]);
	if (lab->wake[1] != -1)
		close(lab->wake[1]);
	while ((m = lab->inbox) != NULL) {
		lab->inbox = m->next;
		lab_msg_free(m);
	}
	tls_server_free(lab->tls);
	pthread_mutex_destroy(&lab->lock);
	free(lab);
}

int
lab_port(const struct lab *lab, enum lab_personality p)
{
	if ((int)p < 0 || p >= LAB_NPERSONALITIES)
		return -1;
	return lab->port[p];
}

int
lab_lookup(const struct lab *lab, int port)
{
	int	 p;

	/* The names win: "587" means submission wherever it listens. */
	switch (port) {
	case 25:
		return LAB_RELAY;
	case 587:
		return LAB_SUBMISSION;
	case 465:
		return LAB_SUBMISSIONS;
	}
	for (p = 0; p < LAB_NPERSONALITIES; p++)
		if (lab->port[p] == port)
			return p;
	return -1;
}

const char *
lab_ca_pem(const struct lab *lab)
{
	return tls_server_cert_pem(lab->tls);
}

int
lab_ca_fingerprint(const struct lab *lab, char *out, size_t outlen)
{
	static const char begin[] = "-----BEGIN CERTIFICATE-----";
	const char	*pem = lab_ca_pem(lab), *b, *e, *p;
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen, i;
	struct buf	 txt, der;
	int		 rc = -1;

	/* The DER inside the PEM armour, hashed: what openssl x509
	   -fingerprint -sha256 prints. */
	if (pem == NULL || (b = strstr(pem, begin)) == NULL ||
	    (e = strstr(b, "-----END CERTIFICATE-----")) == NULL)
		return -1;
	buf_init(&txt, 128 * 1024);
	buf_init(&der, 64 * 1024);
	for (p = b + sizeof begin - 1; p < e; p++)
		if (!isspace((unsigned char)*p) && buf_addch(&txt, *p) == -1)
			goto out;
	if (txt.len > 0 && b64_decode(txt.data, txt.len, &der) == 0 &&
	    EVP_Digest(der.data, der.len, md, &mdlen, EVP_sha256(), NULL) == 1 &&
	    outlen >= mdlen * 3) {
		for (i = 0; i < mdlen; i++)
			snprintf(out + i * 3, outlen - i * 3, "%02X%s", md[i],
			    i + 1 < mdlen ? ":" : "");
		rc = 0;
	}
out:
	buf_free(&txt);
	buf_free(&der);
	return rc;
}

void
lab_inbox_add(struct lab *lab, struct lab_msg *m)
{
	struct lab_msg	**mp, *old;

	pthread_mutex_lock(&lab->lock);
	lab->seq++;
	snprintf(m->id, sizeof m->id, "%08llX%04lX",
	    (unsigned long long)m->when & 0xffffffffULL, lab->seq & 0xffff);
	m->next = NULL;
	for (mp = &lab->inbox; *mp != NULL; mp = &(*mp)->next)
		;
	*mp = m;
	lab->nmsgs++;
	lab->inbox_bytes += m->data.len;
	/* A practice inbox, not a store: keep it bounded. */
	while (lab->nmsgs > 1 && (lab->nmsgs > LAB_INBOX_MAX ||
	    lab->inbox_bytes > LAB_INBOX_BYTES)) {
		old = lab->inbox;
		lab->inbox = old->next;
		lab->nmsgs--;
		lab->inbox_bytes -= old->data.len;
		lab_msg_free(old);
	}
	pthread_mutex_unlock(&lab->lock);
}

/* The message body with CRLF made "\n" and a final newline ensured. */
static int
lab_inbox_body(const struct buf *d, struct buf *out)
{
	size_t	 i, start = 0;

	for (i = 0; i < d->len; i++) {
		if (d->data[i] != '\n')
			continue;
		if (buf_add(out, d->data + start, i - start -
		    (i > start && d->data[i - 1] == '\r')) == -1 ||
		    buf_addch(out, '\n') == -1)
			return -1;
		start = i + 1;
	}
	if (start < d->len && (buf_add(out, d->data + start, d->len - start) ==
	    -1 || buf_addch(out, '\n') == -1))
		return -1;
	return 0;
}

size_t
lab_inbox(struct lab *lab, struct buf *out)
{
	struct lab_msg	*m;
	struct tm	 tm;
	char		 when[64];
	const char	*r, *nl;
	size_t		 n, i = 0;

	pthread_mutex_lock(&lab->lock);
	n = lab->nmsgs;
	for (m = lab->inbox; m != NULL; m = m->next) {
		localtime_r(&m->when, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S %z", &tm);
		buf_printf(out, "message %zu of %zu, queued as %s\n", ++i, n,
		    m->id);
		buf_printf(out, "  received: %s on \"%s\" (%s)\n", when,
		    lab_pnames[m->pers], lab_pdesc[m->pers]);
		if (m->dsn)
			buf_printf(out, "  made by:  the lab, a delivery "
			    "status notification (DSN, RFC 3464)\n");
		else
			buf_printf(out, "  client:   %s, %s, %s%s%s\n",
			    m->peer, m->helo, *m->tls ? m->tls : "no TLS",
			    *m->user ? ", authenticated as " :
			    ", not authenticated", m->user);
		buf_printf(out, "  MAIL FROM:<%s>\n", m->from.len ?
		    m->from.data : "");
		for (r = m->rcpts.data; r != NULL && *r; r = nl + 1) {
			if ((nl = strchr(r, '\n')) == NULL)
				break;
			buf_printf(out, "  RCPT TO:<%.*s>\n", (int)(nl - r), r);
		}
		/* Markers around the text, so that its first and last
		   (perhaps empty) lines are plain to see. */
		buf_printf(out, "--- message text, %zu bytes ---\n",
		    m->data.len);
		lab_inbox_body(&m->data, out);
		buf_printf(out, "--- end of message %zu ---\n", i);
	}
	pthread_mutex_unlock(&lab->lock);
	return n;
}
