/*
 * Resolvers: the interface of resolve.h, glibc's getaddrinfo_a behind it,
 * and a table of fixed answers. Results are copied out of struct addrinfo
 * into plain arrays, so a caller never frees what a library allocated and
 * a later resolver fills the same shape.
 */
#include <sys/socket.h>

#include <netinet/in.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "resolve.h"

#define RESOLVE_GAI_POLL_MS	20	/* getaddrinfo_a has no descriptor */
#define RESOLVE_CANCEL_WAITS	500	/* 10 ms each: 5 s at most */

struct resolver {
	const struct resolver_ops	*ops;
	void				*impl;
};

struct resolver *
resolver_new(const struct resolver_ops *ops, void *impl)
{
	struct resolver	*r;

	if ((r = calloc(1, sizeof *r)) == NULL)
		return NULL;
	r->ops = ops;
	r->impl = impl;
	return r;
}

void
resolver_free(struct resolver *r)
{
	if (r == NULL)
		return;
	if (r->ops->free != NULL)
		r->ops->free(r->impl);
	free(r);
}

struct resolve_query *
resolve_start(struct resolver *r, enum resolve_kind kind, const char *name,
    int port, char *err, size_t errlen)
{
	return r->ops->start(r->impl, kind, name, port, err, errlen);
}

void
resolve_pollfd(const struct resolver *r, const struct resolve_query *q,
    int *fd, short *events, int *timeout_ms)
{
	*fd = -1;
	*events = 0;
	*timeout_ms = -1;
	r->ops->pollfd(q, fd, events, timeout_ms);
}

int
resolve_collect(struct resolver *r, struct resolve_query *q,
    struct resolve_result *res, char *err, size_t errlen)
{
	memset(res, 0, sizeof *res);
	return r->ops->collect(q, res, err, errlen);
}

void
resolve_cancel(struct resolver *r, struct resolve_query *q)
{
	if (q != NULL)
		r->ops->cancel(q);
}

void
resolve_result_free(struct resolve_result *res)
{
	size_t	 i;

	free(res->addrs);
	for (i = 0; i < res->nmx; i++)
		free(res->mx[i].host);
	free(res->mx);
	for (i = 0; i < res->nsrv; i++)
		free(res->srv[i].host);
	free(res->srv);
	for (i = 0; i < res->nstrs; i++)
		free(res->strs[i]);
	free(res->strs);
	memset(res, 0, sizeof *res);
}

/* Copy an addrinfo list (stream sockets only) into res. */
static int
resolve_from_ai(const struct addrinfo *ai, struct resolve_result *res)
{
	const struct addrinfo	*a;
	size_t			 n = 0;

	memset(res, 0, sizeof *res);
	res->kind = RESOLVE_ADDR;
	for (a = ai; a != NULL; a = a->ai_next)
		n++;
	if (n == 0)
		return 0;
	if ((res->addrs = calloc(n, sizeof *res->addrs)) == NULL)
		return -1;
	for (a = ai; a != NULL; a = a->ai_next) {
		if (a->ai_addrlen > sizeof res->addrs[0].sa)
			continue;
		memcpy(&res->addrs[res->naddrs].sa, a->ai_addr, a->ai_addrlen);
		res->addrs[res->naddrs++].salen = a->ai_addrlen;
	}
	return 0;
}

int
resolve_literal(const char *addr, int port, struct resolve_result *res,
    char *err, size_t errlen)
{
	struct addrinfo	 hints, *ai;
	struct in6_addr	 a6;
	char		 portstr[8];
	int		 r;

	if (inet_pton(AF_INET6, addr, &a6) != 1 &&
	    inet_pton(AF_INET, addr, &a6) != 1)
		return 0;
	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICHOST;
	snprintf(portstr, sizeof portstr, "%d", port);
	if ((r = getaddrinfo(addr, portstr, &hints, &ai)) != 0) {
		snprintf(err, errlen, "%s: %s", addr, gai_strerror(r));
		return -1;
	}
	r = resolve_from_ai(ai, res);
	freeaddrinfo(ai);
	if (r == -1) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	return 1;
}

void
resolve_addr_str(const struct resolve_addr *a, char *out, size_t outlen)
{
	char	 ip[INET6_ADDRSTRLEN];
	int	 port = 0;

	if (getnameinfo((const struct sockaddr *)&a->sa, a->salen, ip,
	    sizeof ip, NULL, 0, NI_NUMERICHOST) != 0)
		snprintf(ip, sizeof ip, "?");
	if (a->sa.ss_family == AF_INET)
		port = ntohs(((const struct sockaddr_in *)&a->sa)->sin_port);
	else if (a->sa.ss_family == AF_INET6)
		port = ntohs(((const struct sockaddr_in6 *)&a->sa)->sin6_port);
	snprintf(out, outlen, a->sa.ss_family == AF_INET6 ? "[%s]:%d" :
	    "%s:%d", ip, port);
}

/*
 * getaddrinfo_a. The request and its strings live in the query until
 * glibc is done with them.
 */

struct resolve_query_gai {
	struct gaicb	 gai;
	struct gaicb	*gaip;
	struct addrinfo	 hints;
	char		 portstr[8];
	char		*name;
};

static struct resolve_query *
resolve_gai_start(void *impl, enum resolve_kind kind, const char *name,
    int port, char *err, size_t errlen)
{
	struct resolve_query_gai	*q;
	int				 r;

	(void)impl;
	if (kind != RESOLVE_ADDR) {
		snprintf(err, errlen, "this resolver looks up addresses only");
		return NULL;
	}
	if ((q = calloc(1, sizeof *q)) == NULL ||
	    (q->name = strdup(name)) == NULL) {
		free(q);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	snprintf(q->portstr, sizeof q->portstr, "%d", port);
	q->hints.ai_socktype = SOCK_STREAM;
	q->hints.ai_flags = AI_ADDRCONFIG;
	q->gai.ar_name = q->name;
	q->gai.ar_service = q->portstr;
	q->gai.ar_request = &q->hints;
	q->gaip = &q->gai;
	if ((r = getaddrinfo_a(GAI_NOWAIT, &q->gaip, 1, NULL)) != 0) {
		snprintf(err, errlen, "cannot resolve %s: %s", name,
		    gai_strerror(r));
		free(q->name);
		free(q);
		return NULL;
	}
	return (struct resolve_query *)q;
}

static void
resolve_gai_pollfd(const struct resolve_query *q, int *fd, short *events,
    int *timeout_ms)
{
	(void)q;
	(void)fd;
	(void)events;
	*timeout_ms = RESOLVE_GAI_POLL_MS;
}

static void
resolve_gai_free(struct resolve_query_gai *q)
{
	if (q->gai.ar_result != NULL)
		freeaddrinfo(q->gai.ar_result);
	free(q->name);
	free(q);
}

static int
resolve_gai_collect(struct resolve_query *rq, struct resolve_result *res,
    char *err, size_t errlen)
{
	struct resolve_query_gai	*q = (struct resolve_query_gai *)rq;
	int				 r;

	if ((r = gai_error(q->gaip)) == EAI_INPROGRESS)
		return 1;
	if (r != 0) {
		snprintf(err, errlen, "cannot resolve %s: %s", q->name,
		    gai_strerror(r));
		resolve_gai_free(q);
		return -1;
	}
	if (resolve_from_ai(q->gai.ar_result, res) == -1) {
		snprintf(err, errlen, "out of memory");
		resolve_gai_free(q);
		return -1;
	}
	resolve_gai_free(q);
	return 0;
}

static void
resolve_gai_cancel(struct resolve_query *rq)
{
	struct resolve_query_gai	*q = (struct resolve_query_gai *)rq;
	struct timespec			 ts = { 0, 10 * 1000000 };
	int				 i;

	gai_cancel(q->gaip);
	/* A request that could not be cancelled still owns the query;
	   wait for it so nothing leaks. Should glibc never finish, the
	   query is left to it rather than freed under its feet. */
	for (i = 0; i < RESOLVE_CANCEL_WAITS &&
	    gai_error(q->gaip) == EAI_INPROGRESS; i++) {
		const struct gaicb *l[1] = { q->gaip };
		gai_suspend(l, 1, &ts);
	}
	if (gai_error(q->gaip) != EAI_INPROGRESS)
		resolve_gai_free(q);
}

static const struct resolver_ops resolve_gai_ops = {
	resolve_gai_start, resolve_gai_pollfd, resolve_gai_collect,
	resolve_gai_cancel, NULL,
};

struct resolver *
resolver_gai_new(void)
{
	return resolver_new(&resolve_gai_ops, NULL);
}

/*
 * A table of answers: each row one name and one address. A query is
 * answered when collected, so it never needs polling.
 */

struct resolve_row {
	char			*name;
	char			*addr;
	struct resolve_row	*next;
};

struct resolve_table {
	struct resolve_row	*head, *tail;
};

struct resolve_query_table {
	struct resolve_result	 res;
	char			 err[256];
	int			 failed;
};

static struct resolve_query *
resolve_table_start(void *impl, enum resolve_kind kind, const char *name,
    int port, char *err, size_t errlen)
{
	struct resolve_table		*t = impl;
	struct resolve_query_table	*q;
	struct resolve_row		*row;
	struct resolve_result		 one;
	struct resolve_addr		*a;
	int				 r;

	if (kind != RESOLVE_ADDR) {
		snprintf(err, errlen, "this resolver looks up addresses only");
		return NULL;
	}
	if ((q = calloc(1, sizeof *q)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	q->res.kind = RESOLVE_ADDR;
	for (row = t->head; row != NULL; row = row->next) {
		if (strcasecmp(row->name, name) != 0)
			continue;
		if ((r = resolve_literal(row->addr, port, &one, q->err,
		    sizeof q->err)) != 1 || one.naddrs == 0) {
			if (r == 1)
				resolve_result_free(&one);
			continue;
		}
		a = realloc(q->res.addrs, (q->res.naddrs + 1) * sizeof *a);
		if (a == NULL) {
			resolve_result_free(&one);
			break;
		}
		q->res.addrs = a;
		a[q->res.naddrs++] = one.addrs[0];
		resolve_result_free(&one);
	}
	if (q->res.naddrs == 0) {
		q->failed = 1;
		snprintf(q->err, sizeof q->err, "cannot resolve %s: %s", name,
		    gai_strerror(EAI_NONAME));
	}
	return (struct resolve_query *)q;
}

static void
resolve_table_pollfd(const struct resolve_query *q, int *fd, short *events,
    int *timeout_ms)
{
	(void)q;
	(void)fd;
	(void)events;
	*timeout_ms = 0;
}

static int
resolve_table_collect(struct resolve_query *rq, struct resolve_result *res,
    char *err, size_t errlen)
{
	struct resolve_query_table	*q = (struct resolve_query_table *)rq;

	if (q->failed) {
		snprintf(err, errlen, "%s", q->err);
		resolve_result_free(&q->res);
		free(q);
		return -1;
	}
	*res = q->res;
	free(q);
	return 0;
}

static void
resolve_table_cancel(struct resolve_query *rq)
{
	struct resolve_query_table	*q = (struct resolve_query_table *)rq;

	resolve_result_free(&q->res);
	free(q);
}

static void
resolve_table_free(void *impl)
{
	struct resolve_table	*t = impl;
	struct resolve_row	*row;

	while ((row = t->head) != NULL) {
		t->head = row->next;
		free(row->name);
		free(row->addr);
		free(row);
	}
	free(t);
}

static const struct resolver_ops resolve_table_ops = {
	resolve_table_start, resolve_table_pollfd, resolve_table_collect,
	resolve_table_cancel, resolve_table_free,
};

struct resolver *
resolver_table_new(void)
{
	struct resolve_table	*t;
	struct resolver		*r;

	if ((t = calloc(1, sizeof *t)) == NULL)
		return NULL;
	if ((r = resolver_new(&resolve_table_ops, t)) == NULL)
		free(t);
	return r;
}

int
resolver_table_add(struct resolver *r, const char *name, const char *addr)
{
	struct resolve_table	*t = r->impl;
	struct resolve_row	*row;
	struct in6_addr		 a6;

	if (r->ops != &resolve_table_ops ||
	    (inet_pton(AF_INET6, addr, &a6) != 1 &&
	    inet_pton(AF_INET, addr, &a6) != 1))
		return -1;
	if ((row = calloc(1, sizeof *row)) == NULL ||
	    (row->name = strdup(name)) == NULL ||
	    (row->addr = strdup(addr)) == NULL) {
		if (row != NULL)
			free(row->name);
		free(row);
		return -1;
	}
	if (t->tail != NULL)
		t->tail->next = row;
	else
		t->head = row;
	t->tail = row;
	return 0;
}
