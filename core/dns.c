/*
 * The c-ares resolver. Each query has its own c-ares channel: cancelling
 * a query is destroying its channel, a query's sockets are its own to
 * hand to the poll loop, and nothing is shared between queries but the
 * server's address. A query ends in its callback (answers parsed at once
 * into a resolve_result of plain arrays, so nothing of c-ares outlives
 * it) or at its deadline, whichever comes first.
 *
 * Why c-ares and not libunbound: c-ares is a small non-blocking stub
 * resolver that hands out its sockets, which is what a single poll loop
 * needs; DNSSEC validation (libunbound's reason to be) is not needed to
 * find and try mail exchangers.
 */
#include <sys/socket.h>

#include <netinet/in.h>

#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <ares.h>
#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dns.h"
#include "resolve.h"

#define DNS_MULTI_POLL_MS	50	/* more sockets than the one polled */
/* c-ares's ARES_GETSOCK_WRITABLE shifts an int 1 by up to 31 places
   (undefined behaviour); the same bits, unsigned. */
#define DNS_READABLE(bits, i)	((unsigned)(bits) & (1u << (i)))
#define DNS_WRITABLE(bits, i)	\
	((unsigned)(bits) & (1u << ((i) + ARES_GETSOCK_MAXNUM)))

struct dns_resolver {
	char	 server[80];	/* for ares_set_servers_ports_csv, or "" */
	char	 shown[80];	/* for messages */
	int	 timeout_ms;
};

struct dns_query {
	struct dns_resolver	*r;
	ares_channel		 ch;
	enum resolve_kind	 kind;
	char			*name;
	int			 port;
	long long		 deadline;	/* monotonic ms */
	int			 done;		/* the callback ran */
	int			 failed;
	char			 err[256];
	struct resolve_result	 res;
};

static long long
dns_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Why a query failed, in words for the transcript. */
static void
dns_fail(struct dns_query *q, int status)
{
	const char	*why;

	q->done = 1;
	q->failed = 1;
	switch (status) {
	case ARES_ENOTFOUND:
		why = "no such domain (NXDOMAIN)";
		break;
	case ARES_ENODATA:
		why = "no records of that type";
		break;
	case ARES_ETIMEOUT:
		why = "the DNS server did not answer";
		break;
	case ARES_ECONNREFUSED:
		why = "the DNS server refused the connection";
		break;
	case ARES_ESERVFAIL:
		why = "the DNS server failed (SERVFAIL)";
		break;
	case ARES_EREFUSED:
		why = "the DNS server refused the query (REFUSED)";
		break;
	case ARES_EBADNAME:
		why = "not a valid domain name";
		break;
	default:
		why = ares_strerror(status);
		break;
	}
	snprintf(q->err, sizeof q->err, "cannot resolve %s: %s", q->name, why);
}

static void
dns_nomem(struct dns_query *q)
{
	resolve_result_free(&q->res);
	q->done = 1;
	q->failed = 1;
	snprintf(q->err, sizeof q->err, "out of memory");
}

static int
dns_add_str(struct resolve_result *res, const char *s, size_t len)
{
	char	**v;

	if ((v = realloc(res->strs, (res->nstrs + 1) * sizeof *v)) == NULL)
		return -1;
	res->strs = v;
	if ((v[res->nstrs] = strndup(s, len)) == NULL)
		return -1;
	res->nstrs++;
	return 0;
}

static void
dns_addr_cb(void *arg, int status, int timeouts, struct ares_addrinfo *ai)
{
	struct dns_query		*q = arg;
	struct ares_addrinfo_node	*n;
	size_t				 count = 0;

	(void)timeouts;
	if (status != ARES_SUCCESS) {
		if (status != ARES_EDESTRUCTION)
			dns_fail(q, status);
		if (ai != NULL)
			ares_freeaddrinfo(ai);
		return;
	}
	q->done = 1;
	for (n = ai->nodes; n != NULL; n = n->ai_next)
		count++;
	if (count > 0 &&
	    (q->res.addrs = calloc(count, sizeof *q->res.addrs)) == NULL) {
		dns_nomem(q);
		ares_freeaddrinfo(ai);
		return;
	}
	for (n = ai->nodes; n != NULL; n = n->ai_next) {
		struct resolve_addr	*a = &q->res.addrs[q->res.naddrs];

		if (n->ai_addrlen > sizeof a->sa ||
		    (n->ai_family != AF_INET && n->ai_family != AF_INET6))
			continue;
		memcpy(&a->sa, n->ai_addr, n->ai_addrlen);
		a->salen = n->ai_addrlen;
		q->res.naddrs++;
	}
	ares_freeaddrinfo(ai);
	if (q->res.naddrs == 0) {
		q->failed = 1;
		snprintf(q->err, sizeof q->err, "cannot resolve %s: no "
		    "address", q->name);
	}
}

/* MX by preference; equal ones keep the order the server gave (a
   stable insertion sort: a few records). */
static void
dns_mx_sort(struct resolve_mx *v, size_t n)
{
	struct resolve_mx	 t;
	size_t			 i, j;

	for (i = 1; i < n; i++) {
		t = v[i];
		for (j = i; j > 0 && v[j - 1].pref > t.pref; j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

static void
dns_parse_mx(struct dns_query *q, const unsigned char *abuf, int alen)
{
	struct ares_mx_reply	*mx, *m;
	size_t			 count = 0, nnull = 0;
	int			 r;

	if ((r = abuf == NULL ? ARES_ENODATA :
	    ares_parse_mx_reply(abuf, alen, &mx)) == ARES_ENODATA) {
		/* RFC 5321 5.1: no MX, the domain is its own exchanger. */
		/* RFC 5321 5.1: no MX, the domain is its own exchanger. */
		if ((q->res.mx = calloc(1, sizeof *q->res.mx)) == NULL ||
		    (q->res.mx[0].host = strdup(q->name)) == NULL) {
			dns_nomem(q);
			return;
		}
		q->res.nmx = 1;
		q->res.mx_implicit = 1;
		return;
	}
	if (r != ARES_SUCCESS) {
		dns_fail(q, r);
		return;
	}
	for (m = mx; m != NULL; m = m->next)
		count++;
	if ((q->res.mx = calloc(count, sizeof *q->res.mx)) == NULL) {
		ares_free_data(mx);
		dns_nomem(q);
		return;
	}
	/* Allocated in the server's order, so the pointers order ties. */
	for (m = mx; m != NULL; m = m->next) {
		if (m->host[0] == '\0' || strcmp(m->host, ".") == 0) {
			nnull++;
			continue;
		}
		if ((q->res.mx[q->res.nmx].host = strdup(m->host)) == NULL) {
			ares_free_data(mx);
			dns_nomem(q);
			return;
		}
		q->res.mx[q->res.nmx++].pref = m->priority;
	}
	ares_free_data(mx);
	/* RFC 7505: "0 ." alone says no mail. Beside real exchangers it is
	   a mistake of the domain; the real ones are still tried. */
	if (q->res.nmx == 0 && nnull > 0)
		q->res.null_mx = 1;
	dns_mx_sort(q->res.mx, q->res.nmx);
}

/* SRV by priority, then the heavier first (RFC 2782 picks by weight at
   random; a fixed order keeps transcripts the same), else as given. */
static void
dns_srv_sort(struct resolve_srv *v, size_t n)
{
	struct resolve_srv	 t;
	size_t			 i, j;

	for (i = 1; i < n; i++) {
		t = v[i];
		for (j = i; j > 0 && (v[j - 1].prio > t.prio ||
		    (v[j - 1].prio == t.prio && v[j - 1].weight < t.weight));
		    j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

static void
dns_parse_srv(struct dns_query *q, const unsigned char *abuf, int alen)
{
	struct ares_srv_reply	*srv, *v;
	size_t			 count = 0;
	int			 r;

	if ((r = abuf == NULL ? ARES_ENODATA :
	    ares_parse_srv_reply(abuf, alen, &srv)) == ARES_ENODATA)
		return;
	if (r != ARES_SUCCESS) {
		dns_fail(q, r);
		return;
	}
	for (v = srv; v != NULL; v = v->next)
		count++;
	if ((q->res.srv = calloc(count, sizeof *q->res.srv)) == NULL) {
		ares_free_data(srv);
		dns_nomem(q);
		return;
	}
	for (v = srv; v != NULL; v = v->next) {
		struct resolve_srv	*d = &q->res.srv[q->res.nsrv];

		/* RFC 2782: target "." means the service is not offered. */
		if (v->host[0] == '\0' || strcmp(v->host, ".") == 0)
			continue;
		if ((d->host = strdup(v->host)) == NULL) {
			ares_free_data(srv);
			dns_nomem(q);
			return;
		}
		d->prio = v->priority;
		d->weight = v->weight;
		d->port = v->port;
		q->res.nsrv++;
	}
	ares_free_data(srv);
	dns_srv_sort(q->res.srv, q->res.nsrv);
}

/* One string per record: a long TXT (SPF, DKIM) comes in pieces of at
   most 255 bytes that make one string. */
static void
dns_parse_txt(struct dns_query *q, const unsigned char *abuf, int alen)
{
	struct ares_txt_ext	*txt, *t;
	char			*cur = NULL, *n;
	size_t			 curlen = 0;
	int			 r, have = 0;

	if ((r = abuf == NULL ? ARES_ENODATA :
	    ares_parse_txt_reply_ext(abuf, alen, &txt)) == ARES_ENODATA)
		return;
	if (r != ARES_SUCCESS) {
		dns_fail(q, r);
		return;
	}
	for (t = txt; t != NULL; t = t->next) {
		if (t->record_start && have) {
			if (dns_add_str(&q->res, cur != NULL ? cur : "",
			    curlen) == -1)
				goto nomem;
			free(cur);
			cur = NULL;
			curlen = 0;
		}
		have = 1;
		if ((n = realloc(cur, curlen + t->length + 1)) == NULL)
			goto nomem;
		cur = n;
		memcpy(cur + curlen, t->txt, t->length);
		curlen += t->length;
		cur[curlen] = '\0';
	}
	if (have && dns_add_str(&q->res, cur != NULL ? cur : "", curlen) == -1)
		goto nomem;
	free(cur);
	ares_free_data(txt);
	return;
nomem:
	free(cur);
	ares_free_data(txt);
	dns_nomem(q);
}

#define DNS_T_TLSA	52

/* len bytes as lower-case hex into out (2 * len + 1 bytes). */
static void
dns_hex(const unsigned char *p, size_t len, char *out)
{
	static const char	 hex[] = "0123456789abcdef";
	size_t			 i;

	for (i = 0; i < len; i++) {
		*out++ = hex[p[i] >> 4];
		*out++ = hex[p[i] & 15];
	}
	*out = '\0';
}

/* A 16-bit number of the wire. */
static unsigned
dns_u16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* Step over a (maybe compressed) name at p; its end, or NULL. */
static const unsigned char *
dns_skip_name(const unsigned char *abuf, int alen, const unsigned char *p)
{
	char	*name;
	long	 len;

	if (ares_expand_name(p, abuf, alen, &name, &len) != ARES_SUCCESS)
		return NULL;
	ares_free_string(name);
	return len >= 0 && len <= abuf + alen - p ? p + len : NULL;
}

/*
 * TLSA (RFC 6698), which c-ares 1.18 cannot parse: the answer section
 * read by hand, each record as "USAGE SELECTOR MTYPE HEXDATA". Records
 * of other types (a CNAME on the way) are skipped; a message cut short
 * fails the query.
 */
static void
dns_parse_tlsa(struct dns_query *q, const unsigned char *abuf, int alen)
{
	const unsigned char	*p, *end;
	unsigned		 qd, an, type, rdlen, i;
	char			*s;
	size_t			 j;

	if (abuf == NULL || alen < 12)
		return;
	end = abuf + alen;
	qd = dns_u16(abuf + 4);
	an = dns_u16(abuf + 6);
	p = abuf + 12;
	for (i = 0; i < qd; i++)
		if ((p = dns_skip_name(abuf, alen, p)) == NULL ||
		    end - p < 4)
			goto bad;
		else
			p += 4;
	for (i = 0; i < an; i++) {
		if ((p = dns_skip_name(abuf, alen, p)) == NULL ||
		    end - p < 10)
			goto bad;
		type = dns_u16(p);
		rdlen = dns_u16(p + 8);
		p += 10;
		if ((unsigned)(end - p) < rdlen)
			goto bad;
		if (type == DNS_T_TLSA && rdlen >= 3) {
			if ((s = malloc(16 + 2 * (size_t)rdlen)) == NULL) {
				dns_nomem(q);
				return;
			}
			j = (size_t)snprintf(s, 16, "%u %u %u ", p[0], p[1],
			    p[2]);
			dns_hex(p + 3, rdlen - 3, s + j);
			if (dns_add_str(&q->res, s, strlen(s)) == -1) {
				free(s);
				dns_nomem(q);
				return;
			}
			free(s);
		}
		p += rdlen;
	}
	return;
bad:
	dns_fail(q, ARES_EBADRESP);
}

static void
dns_query_cb(void *arg, int status, int timeouts, unsigned char *abuf,
    int alen)
{
	struct dns_query	*q = arg;

	(void)timeouts;
	if (status == ARES_EDESTRUCTION)
		return;
	/* A name that exists without records of the type is an answer:
	   the parsers see ENODATA and say what it means for each type. */
	if (status != ARES_SUCCESS && status != ARES_ENODATA) {
		dns_fail(q, status);
		return;
	}
	q->done = 1;
	if (status == ARES_ENODATA)
		abuf = NULL;	/* the parsers take it as no records */
	switch (q->kind) {
	case RESOLVE_MX:
		dns_parse_mx(q, abuf, alen);
		break;
	case RESOLVE_SRV:
		dns_parse_srv(q, abuf, alen);
		break;
	case RESOLVE_TXT:
		dns_parse_txt(q, abuf, alen);
		break;
	case RESOLVE_TLSA:
		dns_parse_tlsa(q, abuf, alen);
		break;
	default:
		break;
	}
}

static void
dns_ptr_cb(void *arg, int status, int timeouts, struct hostent *h)
{
	struct dns_query	*q = arg;
	char			**a;

	(void)timeouts;
	if (status == ARES_EDESTRUCTION)
		return;
	if (status != ARES_SUCCESS) {
		dns_fail(q, status);
		return;
	}
	q->done = 1;
	if (h->h_name != NULL &&
	    dns_add_str(&q->res, h->h_name, strlen(h->h_name)) == -1) {
		dns_nomem(q);
		return;
	}
	for (a = h->h_aliases; a != NULL && *a != NULL; a++)
		if (dns_add_str(&q->res, *a, strlen(*a)) == -1) {
			dns_nomem(q);
			return;
		}
}

static void
dns_query_free(struct dns_query *q)
{
	if (q->ch != NULL)
		ares_destroy(q->ch);
	resolve_result_free(&q->res);
	free(q->name);
	free(q);
}

static struct resolve_query *
dns_start(void *impl, enum resolve_kind kind, const char *name, int port,
    char *err, size_t errlen)
{
	struct dns_resolver	*r = impl;
	struct dns_query	*q;
	struct ares_options	 o;
	struct ares_addrinfo_hints hints;
	struct in_addr		 a4;
	struct in6_addr		 a6;
	char			 portstr[8];
	int			 st;

	if (kind > RESOLVE_TLSA) {
		snprintf(err, errlen, "unknown kind of DNS query");
		return NULL;
	}
	if ((q = calloc(1, sizeof *q)) == NULL ||
	    (q->name = strdup(name)) == NULL) {
		free(q);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	q->r = r;
	q->kind = kind;
	q->port = port;
	q->res.kind = kind;
	q->deadline = dns_now() + r->timeout_ms;
	/* c-ares retries on its own within our deadline: a third of it per
	   try, so a lost packet is asked again before the query gives up. */
	memset(&o, 0, sizeof o);
	o.timeout = r->timeout_ms / 3 > 0 ? r->timeout_ms / 3 : 1;
	o.tries = 3;
	if ((st = ares_init_options(&q->ch, &o, ARES_OPT_TIMEOUTMS |
	    ARES_OPT_TRIES)) != ARES_SUCCESS) {
		snprintf(err, errlen, "cannot start the DNS resolver: %s",
		    ares_strerror(st));
		q->ch = NULL;
		dns_query_free(q);
		return NULL;
	}
	if (r->server[0] != '\0' &&
	    (st = ares_set_servers_ports_csv(q->ch, r->server)) !=
	    ARES_SUCCESS) {
		snprintf(err, errlen, "DNS server %s: %s", r->shown,
		    ares_strerror(st));
		dns_query_free(q);
		return NULL;
	}
	switch (kind) {
	case RESOLVE_ADDR:
		memset(&hints, 0, sizeof hints);
		hints.ai_family = AF_UNSPEC;
		hints.ai_socktype = SOCK_STREAM;
		snprintf(portstr, sizeof portstr, "%d", port);
		ares_getaddrinfo(q->ch, name, portstr, &hints, dns_addr_cb, q);
		break;
	case RESOLVE_MX:
		ares_query(q->ch, name, ns_c_in, ns_t_mx, dns_query_cb, q);
		break;
	case RESOLVE_TXT:
		ares_query(q->ch, name, ns_c_in, ns_t_txt, dns_query_cb, q);
		break;
	case RESOLVE_SRV:
		ares_query(q->ch, name, ns_c_in, ns_t_srv, dns_query_cb, q);
		break;
	case RESOLVE_TLSA:
		ares_query(q->ch, name, ns_c_in, DNS_T_TLSA, dns_query_cb, q);
		break;
	case RESOLVE_PTR:
		if (inet_pton(AF_INET, name, &a4) == 1)
			ares_gethostbyaddr(q->ch, &a4, sizeof a4, AF_INET,
			    dns_ptr_cb, q);
		else if (inet_pton(AF_INET6, name, &a6) == 1)
			ares_gethostbyaddr(q->ch, &a6, sizeof a6, AF_INET6,
			    dns_ptr_cb, q);
		else {
			snprintf(err, errlen, "%s is not an address", name);
			dns_query_free(q);
			return NULL;
		}
		break;
	}
	return (struct resolve_query *)q;
}

static void
dns_pollfd(const struct resolve_query *rq, int *fd, short *events,
    int *timeout_ms)
{
	const struct dns_query	*q = (const struct dns_query *)rq;
	ares_socket_t		 socks[ARES_GETSOCK_MAXNUM];
	struct timeval		 max, tv, *tp;
	long long		 left;
	int			 bits, i, nsocks = 0;

	if (q->done) {
		*timeout_ms = 0;
		return;
	}
	bits = ares_getsock(q->ch, socks, ARES_GETSOCK_MAXNUM);
	for (i = 0; i < ARES_GETSOCK_MAXNUM; i++) {
		if (!DNS_READABLE(bits, i) &&
		    !DNS_WRITABLE(bits, i))
			continue;
		if (nsocks++ > 0)
			continue;
		*fd = socks[i];
		*events = (DNS_READABLE(bits, i) ? POLLIN : 0) |
		    (DNS_WRITABLE(bits, i) ? POLLOUT : 0);
	}
	if ((left = q->deadline - dns_now()) < 0)
		left = 0;
	max.tv_sec = left / 1000;
	max.tv_usec = (left % 1000) * 1000;
	tp = ares_timeout(q->ch, &max, &tv);
	*timeout_ms = (int)(tp->tv_sec * 1000 + (tp->tv_usec + 999) / 1000);
	/* Only one descriptor fits the interface: ask for the others
	   often. */
	if (nsocks > 1 && *timeout_ms > DNS_MULTI_POLL_MS)
		*timeout_ms = DNS_MULTI_POLL_MS;
}

/* Let c-ares read what has arrived and notice its own timeouts. */
static void
dns_process(struct dns_query *q)
{
	ares_socket_t	 socks[ARES_GETSOCK_MAXNUM];
	struct pollfd	 pfd[ARES_GETSOCK_MAXNUM];
	int		 bits, i, n = 0;

	bits = ares_getsock(q->ch, socks, ARES_GETSOCK_MAXNUM);
	for (i = 0; i < ARES_GETSOCK_MAXNUM; i++) {
		pfd[n].events = (DNS_READABLE(bits, i) ? POLLIN : 0) |
		    (DNS_WRITABLE(bits, i) ? POLLOUT : 0);
		if (pfd[n].events == 0)
			continue;
		pfd[n].fd = socks[i];
		pfd[n++].revents = 0;
	}
	if (n > 0 && poll(pfd, n, 0) > 0) {
		for (i = 0; i < n && !q->done; i++) {
			if (pfd[i].revents == 0)
				continue;
			ares_process_fd(q->ch, pfd[i].revents &
			    (POLLIN | POLLERR | POLLHUP) ? pfd[i].fd :
			    ARES_SOCKET_BAD, pfd[i].revents & POLLOUT ?
			    pfd[i].fd : ARES_SOCKET_BAD);
		}
	}
	if (!q->done)
		ares_process_fd(q->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
}

static int
dns_collect(struct resolve_query *rq, struct resolve_result *res, char *err,
    size_t errlen)
{
	struct dns_query	*q = (struct dns_query *)rq;

	if (!q->done)
		dns_process(q);
	if (!q->done && dns_now() >= q->deadline) {
		q->done = 1;
		q->failed = 1;
		snprintf(q->err, sizeof q->err, "cannot resolve %s: no answer "
		    "from the DNS server%s%s within %d s", q->name,
		    q->r->shown[0] != '\0' ? " " : "", q->r->shown,
		    (q->r->timeout_ms + 999) / 1000);
	}
	if (!q->done)
		return 1;
	if (q->failed) {
		snprintf(err, errlen, "%s", q->err);
		dns_query_free(q);
		return -1;
	}
	*res = q->res;
	memset(&q->res, 0, sizeof q->res);
	dns_query_free(q);
	return 0;
}

static void
dns_cancel(struct resolve_query *rq)
{
	/* Destroying the channel calls back with ARES_EDESTRUCTION, which
	   the callbacks ignore, then closes the sockets. */
	dns_query_free((struct dns_query *)rq);
}

static void
dns_free(void *impl)
{
	free(impl);
	ares_library_cleanup();
}

static const struct resolver_ops dns_ops = {
	dns_start, dns_pollfd, dns_collect, dns_cancel, dns_free,
};

/* "ADDR", "ADDR:PORT", "[V6]:PORT" or a bare IPv6 address into the
   form c-ares takes; -1 when it is none of them. */
static int
dns_parse_server(const char *s, char *out, size_t outlen, char *shown,
    size_t shownlen)
{
	char		 host[INET6_ADDRSTRLEN + 2], *end;
	const char	*p, *colon;
	struct in6_addr	 a6;
	struct in_addr	 a4;
	long		 port = 53;
	size_t		 len;
	int		 v6;

	if (s[0] == '[') {
		if ((p = strchr(s, ']')) == NULL)
			return -1;
		len = p - s - 1;
		p++;
		if (*p == ':')
			colon = p;
		else if (*p == '\0')
			colon = NULL;
		else
			return -1;
		s++;
	} else if ((colon = strchr(s, ':')) != NULL &&
	    strchr(colon + 1, ':') != NULL) {
		colon = NULL;			/* a bare IPv6 address */
		len = strlen(s);
	} else
		len = colon != NULL ? (size_t)(colon - s) : strlen(s);
	if (len == 0 || len >= sizeof host)
		return -1;
	memcpy(host, s, len);
	host[len] = '\0';
	if (colon != NULL) {
		errno = 0;
		port = strtol(colon + 1, &end, 10);
		if (colon[1] == '\0' || *end != '\0' || errno != 0 ||
		    port < 1 || port > 65535)
			return -1;
	}
	if (inet_pton(AF_INET, host, &a4) == 1)
		v6 = 0;
	else if (inet_pton(AF_INET6, host, &a6) == 1)
		v6 = 1;
	else
		return -1;
	snprintf(out, outlen, v6 ? "[%s]:%ld" : "%s:%ld", host, port);
	if (port == 53)
		snprintf(shown, shownlen, "%s", host);
	else
		snprintf(shown, shownlen, "%s", out);
	return 0;
}

struct resolver *
resolver_dns_new(const char *server, int timeout_ms, char *err,
    size_t errlen)
{
	struct dns_resolver	*d;
	struct resolver		*r;
	int			 st;

	if ((d = calloc(1, sizeof *d)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	d->timeout_ms = timeout_ms > 0 ? timeout_ms : DNS_TIMEOUT_MS;
	if (server != NULL && dns_parse_server(server, d->server,
	    sizeof d->server, d->shown, sizeof d->shown) == -1) {
		snprintf(err, errlen, "bad DNS server \"%s\" (want ADDR, "
		    "ADDR:PORT or [IPV6]:PORT)", server);
		free(d);
		return NULL;
	}
	if ((st = ares_library_init(ARES_LIB_INIT_ALL)) != ARES_SUCCESS) {
		snprintf(err, errlen, "cannot start c-ares: %s",
		    ares_strerror(st));
		free(d);
		return NULL;
	}
	if ((r = resolver_new(&dns_ops, d)) == NULL) {
		snprintf(err, errlen, "out of memory");
		dns_free(d);
	}
	return r;
}
