/*
 * The probe (probe.h). Three phases, each driven by probe_progress:
 *
 * DNS: the queries of the target's domain go out at once (MX, SPF,
 * DMARC, MTA-STS, both submission SRV names); each answer may start more
 * (the addresses and TLSA of every exchanger, the addresses of the
 * submission hosts, or of the guesses smtp.DOMAIN and mail.DOMAIN when
 * there is no SRV). The phase ends when no query is left.
 *
 * Endpoints: the list is made from what DNS found (or was given by
 * probe_add_endpoint), and at most PROBE_PARALLEL sessions run at once,
 * each with its own deadline; the PTR of every address, and the forward
 * lookup of the names it gives, run beside them. A session is stepped
 * between progress calls, never from inside its own callback: EHLO after
 * the greeting, STARTTLS when offered, EHLO again, AUTH when asked for
 * (only over TLS that verified, or with insecure chosen), QUIT.
 *
 * Findings: computed once everything ended (or was cancelled), from the
 * facts kept; words are the front end's (notes ids "probe.ID").
 *
 * The sessions are told to go on after a failed verification (so the
 * certificate, the capabilities inside TLS and the rest can be seen); the
 * caller's choice of insecure is kept apart and only decides whether a
 * password may go to a server that failed it.
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "caps.h"
#include "probe.h"
#include "resolve.h"

#define PROBE_MAX_QUERIES	96
#define PROBE_MAX_ADDRS		4	/* per host */
#define PROBE_PTR_NAMES		4	/* forward lookups per address */

enum probe_q_what {
	Q_MX, Q_SPF, Q_DMARC, Q_MTA_STS, Q_SRV_SUB, Q_SRV_SUBS,
	Q_MX_ADDR, Q_TLSA, Q_SUB_ADDR, Q_GUESS_ADDR, Q_PTR, Q_FCRDNS,
};

struct probe_query {
	struct resolve_query	*rq;
	enum probe_q_what	 what;
	size_t			 idx;
};

/* A submission host and where its addresses are. */
struct probe_subhost {
	struct probe_strs	 addrs;
	int			 done;
};

enum probe_step {
	ST_NEW, ST_GREETING, ST_EHLO1, ST_STARTTLS, ST_EHLO2, ST_AUTH,
	ST_QUIT, ST_QUITTING, ST_END,
};

struct probe_run {
	struct probe		*p;
	size_t			 idx;
	struct session		*s;
	enum probe_step		 step;
	int			 closed;
	int			 reported;	/* a target event came */
	long long		 started;	/* monotonic ms */
	long long		 connected;
	long long		 deadline;
	int			 fcr_left;	/* forward lookups pending */
	int			 fcr_any;	/* one matched */
};

struct probe {
	struct probe_config	 cfg;
	char			*target;
	char			*user, *secret;
	char			*ehlo;		/* the session's, copied */
	int			 insecure;	/* the caller's choice */
	int			 timeout_ms;
	probe_cb_fn		*cb;
	void			*cb_arg;
	int			 given;		/* endpoints were given */
	int			 started, dns_done, done, cancelled;
	int			 is_addr;	/* the target is an address */
	struct probe_dns	 dns;
	struct probe_subhost	 subhosts[8];
	int			 srv_left;	/* SRV queries not back */
	int			 guess_left;
	struct probe_strs	 guess[2];	/* smtp., mail. */
	struct probe_query	 q[PROBE_MAX_QUERIES];
	size_t			 nq;
	struct probe_endpoint	 ep[PROBE_MAX_ENDPOINTS];
	struct probe_run	 run[PROBE_MAX_ENDPOINTS];
	size_t			 nep;
	size_t			 next;		/* next endpoint to start */
	struct probe_finding	*f;
	size_t			 nf;
	/* What probe_pollfds handed out: the owner of each entry. */
	struct {
		int	 query;		/* 1 a query, 0 a session */
		size_t	 idx;
	}			 owner[PROBE_MAX_POLL];
	size_t			 nowner;
};

static const char *const probe_roles[] = { "mx", "submission", "submissions" };
static const char *const probe_results[] = {
	"waiting", "running", "answered", "refused", "timed out",
	"TLS failed", "closed", "failed", "cancelled",
};
static const char *const probe_sevs[] = { "info", "warning", "error" };
static const char *const probe_logins[] = { "none", "skipped", "ok",
	"failed" };

const char *
probe_role_name(enum probe_role r)
{
	return probe_roles[r];
}

const char *
probe_result_name(enum probe_result r)
{
	return probe_results[r];
}

const char *
probe_severity_name(enum probe_severity s)
{
	return probe_sevs[s];
}

const char *
probe_login_name(enum probe_login l)
{
	return probe_logins[l];
}

static long long
probe_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Lists of strings. */

static int
probe_strs_add(struct probe_strs *l, const char *s)
{
	char	**v;

	if ((v = realloc(l->v, (l->n + 1) * sizeof *v)) == NULL)
		return -1;
	l->v = v;
	if ((v[l->n] = strdup(s)) == NULL)
		return -1;
	l->n++;
	return 0;
}

static int
probe_strs_has(const struct probe_strs *l, const char *s)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

static void
probe_strs_free(struct probe_strs *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Two host names the same, case and a final dot aside. */
static int
probe_same_name(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b);

	if (la > 0 && a[la - 1] == '.')
		la--;
	if (lb > 0 && b[lb - 1] == '.')
		lb--;
	return la == lb && strncasecmp(a, b, la) == 0;
}

/* Queries. */

static int
probe_ask(struct probe *p, enum probe_q_what what, size_t idx,
    enum resolve_kind kind, const char *name)
{
	char	 err[256];

	if (p->cfg.dns == NULL || p->nq == PROBE_MAX_QUERIES)
		return -1;
	/* A port for address queries (c-ares 1.18 refuses service "0");
	   the probe keeps only the addresses. */
	if ((p->q[p->nq].rq = resolve_start(p->cfg.dns, kind, name, 25, err,
	    sizeof err)) == NULL)
		return -1;
	p->q[p->nq].what = what;
	p->q[p->nq].idx = idx;
	p->nq++;
	return 0;
}

/* The numeric addresses of a result, at most PROBE_MAX_ADDRS, no
   repeats (getaddrinfo gives one per socket type). */
static void
probe_addrs(const struct resolve_result *res, struct probe_strs *out)
{
	char	 host[64];
	size_t	 i;

	for (i = 0; i < res->naddrs && out->n < PROBE_MAX_ADDRS; i++) {
		if (getnameinfo((const struct sockaddr *)&res->addrs[i].sa,
		    res->addrs[i].salen, host, sizeof host, NULL, 0,
		    NI_NUMERICHOST) != 0)
			continue;
		if (!probe_strs_has(out, host))
			(void)probe_strs_add(out, host);
	}
}

static int
probe_add_sub(struct probe *p, const char *host, int port,
    const char *source)
{
	struct probe_sub	*v;
	size_t			 i;

	for (i = 0; i < p->dns.nsub; i++)
		if (probe_same_name(p->dns.sub[i].host, host) &&
		    p->dns.sub[i].port == port)
			return 0;
	if (p->dns.nsub == sizeof p->subhosts / sizeof p->subhosts[0])
		return -1;
	if ((v = realloc(p->dns.sub, (p->dns.nsub + 1) * sizeof *v)) == NULL)
		return -1;
	p->dns.sub = v;
	if ((v[p->dns.nsub].host = strdup(host)) == NULL)
		return -1;
	v[p->dns.nsub].port = port;
	v[p->dns.nsub].source = source;
	p->dns.nsub++;
	return 0;
}

/* Both SRV answers are in: their hosts, else the guesses. */
static void
probe_srv_settled(struct probe *p)
{
	char	 name[300];
	size_t	 i;

	if (p->dns.nsub > 0) {
		for (i = 0; i < p->dns.nsub; i++)
			if (probe_ask(p, Q_SUB_ADDR, i, RESOLVE_ADDR,
			    p->dns.sub[i].host) == -1)
				p->subhosts[i].done = 1;
		return;
	}
	snprintf(name, sizeof name, "smtp.%s", p->dns.domain);
	if (probe_ask(p, Q_GUESS_ADDR, 0, RESOLVE_ADDR, name) == 0)
		p->guess_left++;
	snprintf(name, sizeof name, "mail.%s", p->dns.domain);
	if (probe_ask(p, Q_GUESS_ADDR, 1, RESOLVE_ADDR, name) == 0)
		p->guess_left++;
}

/* The first guess that resolved is the submission host, on both. */
static void
probe_guess_settled(struct probe *p)
{
	static const char *const pre[2] = { "smtp", "mail" };
	char	 name[300];
	size_t	 i, j, k;

	for (i = 0; i < 2; i++) {
		if (p->guess[i].n == 0)
			continue;
		snprintf(name, sizeof name, "%s.%s", pre[i], p->dns.domain);
		for (k = 0; k < 2; k++) {
			if (probe_add_sub(p, name, k == 0 ? 587 : 465,
			    "guess") == -1)
				break;
			j = p->dns.nsub - 1;
			for (size_t a = 0; a < p->guess[i].n; a++)
				(void)probe_strs_add(&p->subhosts[j].addrs,
				    p->guess[i].v[a]);
			p->subhosts[j].done = 1;
		}
		break;
	}
}

/* The MX answer: the exchangers, then their addresses and TLSA. */
static void
probe_mx_answer(struct probe *p, struct resolve_result *res, const char *err)
{
	struct probe_mx	*mx;
	char		 name[300];
	size_t		 i;

	p->dns.mx_done = 1;
	if (res == NULL) {
		snprintf(p->dns.mx_err, sizeof p->dns.mx_err, "%s", err);
		return;
	}
	p->dns.null_mx = res->null_mx;
	p->dns.implicit_mx = res->mx_implicit;
	if (res->nmx == 0 || (mx = calloc(res->nmx, sizeof *mx)) == NULL)
		return;
	p->dns.mx = mx;
	for (i = 0; i < res->nmx && i < 8; i++) {
		if ((mx[i].host = strdup(res->mx[i].host)) == NULL)
			break;
		mx[i].pref = res->mx[i].pref;
		p->dns.nmx++;
		(void)probe_ask(p, Q_MX_ADDR, i, RESOLVE_ADDR, mx[i].host);
		snprintf(name, sizeof name, "_25._tcp.%s", mx[i].host);
		(void)probe_ask(p, Q_TLSA, i, RESOLVE_TLSA, name);
	}
}

/* A PTR answer, and the forward lookups that confirm it. */
static void
probe_ptr_answer(struct probe *p, const struct probe_query *q,
    struct resolve_result *res)
{
	struct probe_endpoint	*e = &p->ep[q->idx];
	struct probe_run	*r = &p->run[q->idx];
	struct probe_strs	 back = { NULL, 0 };
	size_t			 i, k = 0;

	if (q->what == Q_FCRDNS) {
		if (res != NULL)
			probe_addrs(res, &back);
		if (probe_strs_has(&back, e->addr))
			r->fcr_any = 1;
		probe_strs_free(&back);
		if (--r->fcr_left == 0)
			e->fcrdns = r->fcr_any;
		return;
	}
	e->ptr_done = 1;
	for (i = 0; res != NULL && i < res->nstrs; i++)
		if (!probe_strs_has(&e->ptr, res->strs[i]))
			(void)probe_strs_add(&e->ptr, res->strs[i]);
	/* Forward-confirm: some PTR name has the address back. No PTR, or
	   no name looked up: not known (-1). */
	for (i = 0; i < e->ptr.n && k < PROBE_PTR_NAMES; i++)
		if (probe_ask(p, Q_FCRDNS, q->idx, RESOLVE_ADDR,
		    e->ptr.v[i]) == 0) {
			r->fcr_left++;
			k++;
		}
	if (k == 0)
		e->fcrdns = -1;
}

static void
probe_answer(struct probe *p, const struct probe_query *q,
    struct resolve_result *res, const char *err)
{
	size_t		 i;

	switch (q->what) {
	case Q_MX:
		probe_mx_answer(p, res, err);
		break;
	case Q_SPF:
	case Q_DMARC:
	case Q_MTA_STS:
		for (i = 0; res != NULL && i < res->nstrs; i++) {
			const char *pfx = q->what == Q_SPF ? "v=spf1" :
			    q->what == Q_DMARC ? "v=DMARC1" : "v=STSv1";
			struct probe_strs *l = q->what == Q_SPF ? &p->dns.spf :
			    q->what == Q_DMARC ? &p->dns.dmarc :
			    &p->dns.mta_sts;

			if (strncasecmp(res->strs[i], pfx, strlen(pfx)) == 0)
				(void)probe_strs_add(l, res->strs[i]);
		}
		break;
	case Q_SRV_SUB:
	case Q_SRV_SUBS:
		/* "." as the target: the service is not offered. */
		for (i = 0; res != NULL && i < res->nsrv; i++)
			if (strcmp(res->srv[i].host, ".") != 0 &&
			    res->srv[i].host[0] != '\0')
				(void)probe_add_sub(p, res->srv[i].host,
				    res->srv[i].port, "srv");
		if (--p->srv_left == 0)
			probe_srv_settled(p);
		break;
	case Q_MX_ADDR:
		if (res != NULL)
			probe_addrs(res, &p->dns.mx[q->idx].addrs);
		else
			snprintf(p->dns.mx[q->idx].addr_err,
			    sizeof p->dns.mx[q->idx].addr_err, "%s", err);
		break;
	case Q_TLSA:
		for (i = 0; res != NULL && i < res->nstrs; i++)
			(void)probe_strs_add(&p->dns.mx[q->idx].tlsa,
			    res->strs[i]);
		break;
	case Q_SUB_ADDR:
		if (res != NULL)
			probe_addrs(res, &p->subhosts[q->idx].addrs);
		p->subhosts[q->idx].done = 1;
		break;
	case Q_GUESS_ADDR:
		if (res != NULL)
			probe_addrs(res, &p->guess[q->idx]);
		if (--p->guess_left == 0)
			probe_guess_settled(p);
		break;
	case Q_PTR:
	case Q_FCRDNS:
		probe_ptr_answer(p, q, res);
		break;
	}
}

/* Collect what has finished; 1 when a query ended. */
static int
probe_queries(struct probe *p)
{
	struct resolve_result	 res;
	struct probe_query	 q;
	char			 err[256];
	size_t			 i;
	int			 r, any = 0;

	for (i = 0; i < p->nq; ) {
		memset(&res, 0, sizeof res);
		r = resolve_collect(p->cfg.dns, p->q[i].rq, &res, err,
		    sizeof err);
		if (r == 1) {
			i++;
			continue;
		}
		/* Out of the table first: the answer may add queries. */
		q = p->q[i];
		p->q[i] = p->q[--p->nq];
		probe_answer(p, &q, r == 0 ? &res : NULL, err);
		if (r == 0)
			resolve_result_free(&res);
		any = 1;
	}
	return any;
}

/* Endpoints. */

static int
probe_map_port(const struct probe *p, int port)
{
	int	 i;

	for (i = 0; i < 3 && p->cfg.ports[i][0] != 0; i++)
		if (p->cfg.ports[i][0] == port)
			return p->cfg.ports[i][1];
	return port;
}

static int
probe_add(struct probe *p, const char *host, const char *addr,
    int port, int connect_port, enum probe_role role)
{
	struct probe_endpoint	*e;

	if (p->nep == PROBE_MAX_ENDPOINTS)
		return -1;
	e = &p->ep[p->nep];
	memset(e, 0, sizeof *e);
	if ((e->host = strdup(host)) == NULL)
		return -1;
	snprintf(e->addr, sizeof e->addr, "%s", addr);
	e->port = port;
	e->connect_port = connect_port;
	e->role = role;
	e->greeting_ms = -1;
	e->fcrdns = -1;
	e->conn = p->nep;
	p->run[p->nep].p = p;
	p->run[p->nep].idx = p->nep;
	p->nep++;
	return 0;
}

int
probe_add_endpoint(struct probe *p, const char *host, const char *addr,
    int port, int connect_port, enum probe_role role)
{
	if (p->started || probe_add(p, host, addr, port, connect_port,
	    role) == -1)
		return -1;
	p->given = 1;
	return 0;
}

/* One endpoint per address and port; through a proxy (addr ""), one per
   host and port. */
static void
probe_endpoint(struct probe *p, const char *host, const char *addr,
    int port, enum probe_role role)
{
	size_t	 i;

	for (i = 0; i < p->nep; i++)
		if (p->ep[i].port == port && (addr[0] != '\0' ?
		    strcmp(p->ep[i].addr, addr) == 0 :
		    strcasecmp(p->ep[i].host, host) == 0))
			return;
	(void)probe_add(p, host, addr, port, probe_map_port(p, port), role);
}

/* Through a SOCKS5 proxy the name goes to the proxy, which resolves it
   from where it is: the endpoints are hosts, the addresses found here
   stay DNS facts (and a name that resolves only there is still
   probed). The PTR checks need the address connected to, which the
   proxy does not tell: none. */
static int
probe_proxied(const struct probe *p)
{
	return p->cfg.session.proxy != NULL && !p->is_addr;
}

/* DNS is in: the endpoints, and the PTR of each address. */
static void
probe_plan(struct probe *p)
{
	static const enum probe_role roles[] = { PROBE_ROLE_MX,
		PROBE_ROLE_SUBMISSION, PROBE_ROLE_SUBMISSIONS };
	static const int ports[] = { 25, 587, 465 };
	size_t	 i, j;

	if (p->is_addr)
		for (i = 0; i < 3; i++)
			probe_endpoint(p, p->target, p->target, ports[i],
			    roles[i]);
	for (i = 0; i < p->dns.nmx; i++) {
		if (probe_proxied(p))
			probe_endpoint(p, p->dns.mx[i].host, "", 25,
			    PROBE_ROLE_MX);
		for (j = 0; !probe_proxied(p) && j < p->dns.mx[i].addrs.n; j++)
			probe_endpoint(p, p->dns.mx[i].host,
			    p->dns.mx[i].addrs.v[j], 25, PROBE_ROLE_MX);
	}
	/* 587 before 465, whichever SRV answer came first. */
	for (i = 0; i < 2 * p->dns.nsub; i++) {
		size_t			 k = i % p->dns.nsub;
		const struct probe_sub	*sub = &p->dns.sub[k];
		const struct probe_strs	*sa = &p->subhosts[k].addrs;
		enum probe_role		 role = sub->port == 465 ?
		    PROBE_ROLE_SUBMISSIONS : PROBE_ROLE_SUBMISSION;

		if ((i < p->dns.nsub) != (sub->port != 465))
			continue;
		if (probe_proxied(p))
			probe_endpoint(p, sub->host, "", sub->port, role);
		for (j = 0; !probe_proxied(p) && j < sa->n; j++)
			probe_endpoint(p, sub->host, sa->v[j], sub->port,
			    role);
	}
	for (i = 0; i < p->nep; i++)
		if (p->ep[i].addr[0] != '\0')
			(void)probe_ask(p, Q_PTR, i, RESOLVE_PTR,
			    p->ep[i].addr);
}

static void
probe_event(struct probe *p, enum probe_ev ev, size_t idx)
{
	if (p->cb != NULL)
		p->cb(p->cb_arg, ev, idx);
}

/* The session's words on a failed target, to ours. */
static enum probe_result
probe_target_result(enum session_target_result r)
{
	switch (r) {
	case SESSION_TARGET_ANSWERED:
		return PROBE_R_ANSWERED;
	case SESSION_TARGET_REFUSED:
		return PROBE_R_REFUSED;
	case SESSION_TARGET_TIMEOUT:
		return PROBE_R_TIMEOUT;
	case SESSION_TARGET_TLS:
		return PROBE_R_TLS_FAILED;
	case SESSION_TARGET_CLOSED:
		return PROBE_R_CLOSED;
	default:
		return PROBE_R_ERROR;
	}
}

static void
probe_session_cb(const struct session_event *ev, void *arg)
{
	struct probe_run	*r = arg;
	struct probe_endpoint	*e = &r->p->ep[r->idx];
	size_t			 i, len;

	switch (ev->type) {
	case SESSION_EV_STATE:
		if (r->connected == 0 && (ev->to == SESSION_TLS ||
		    ev->to == SESSION_GREETING))
			r->connected = probe_now();
		break;
	case SESSION_EV_TARGET:
		r->reported = 1;
		e->result = probe_target_result(ev->target->result);
		if (e->result != PROBE_R_ANSWERED)
			snprintf(e->why, sizeof e->why, "%s", ev->target->why);
		break;
	case SESSION_EV_REPLY:
		if (ev->cmd != SMTPCMD_GREETING || e->greeting != NULL)
			break;
		e->greeting_ms = (long)(probe_now() - (r->connected ?
		    r->connected : r->started));
		for (i = 0, len = 0; i < ev->reply->nlines; i++)
			len += strlen(ev->reply->lines[i]) + 1;
		if ((e->greeting = malloc(len + 1)) == NULL)
			break;
		e->greeting[0] = '\0';
		for (i = 0; i < ev->reply->nlines; i++) {
			if (i > 0)
				strcat(e->greeting, " ");
			strcat(e->greeting, ev->reply->lines[i]);
		}
		len = strcspn(e->greeting, " \t");
		if (len < sizeof e->greeting_name)
			snprintf(e->greeting_name, sizeof e->greeting_name,
			    "%.*s", (int)len, e->greeting);
		if (e->result == PROBE_R_RUNNING)
			e->result = PROBE_R_ANSWERED;
		break;
	case SESSION_EV_CLOSED:
		r->closed = 1;
		break;
	default:
		break;
	}
}

static void
probe_keep_tls(struct probe_endpoint *e, struct session *s)
{
	const struct tls_info	*ti;

	if (session_tls_old(s))
		e->tls_old = 1;
	if ((ti = session_tls_info(s)) != NULL) {
		e->tlsi = *ti;
		e->have_tls = e->tls = 1;
	} else if (!e->have_tls && (ti = session_cert_info(s)) != NULL) {
		e->tlsi = *ti;
		e->have_tls = 1;
	}
}

static void
probe_launch(struct probe *p, size_t i)
{
	struct probe_endpoint	*e = &p->ep[i];
	struct probe_run	*r = &p->run[i];
	struct session_config	 cfg = p->cfg.session;
	struct session_target	 t;
	char			 err[256];

	cfg.tls.insecure = 1;
	cfg.timeout_ms = p->timeout_ms;
	e->result = PROBE_R_RUNNING;
	r->started = probe_now();
	r->deadline = r->started + 4LL * p->timeout_ms;
	r->step = ST_GREETING;
	if ((r->s = session_new(&cfg, probe_session_cb, r)) == NULL) {
		e->result = PROBE_R_ERROR;
		snprintf(e->why, sizeof e->why, "out of memory");
		r->step = ST_END;
		return;
	}
	session_set_notes(r->s, 1);
	session_set_nominal_port(r->s, e->port);
	if (p->cfg.dns != NULL)
		session_set_resolver(r->s, p->cfg.dns);
	if (p->cfg.prepare != NULL)
		p->cfg.prepare(p->cfg.prepare_arg, r->s);
	memset(&t, 0, sizeof t);
	t.host = e->host;
	t.addr = e->addr[0] != '\0' ? e->addr : NULL;
	t.port = e->connect_port;
	t.implicit_tls = e->role == PROBE_ROLE_SUBMISSIONS;
	t.verify_name = e->host;
	if (session_connect_targets(r->s, &t, 1, err, sizeof err) == -1) {
		e->result = PROBE_R_ERROR;
		snprintf(e->why, sizeof e->why, "%s", err);
		r->step = ST_END;
	}
	probe_event(p, PROBE_EV_START, i);
}

/* The mechanism to log in with, from what TLS offered. */
static const char *
probe_mech(const struct caps *c)
{
	static const char *const pref[] = { "PLAIN", "LOGIN",
		"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5" };
	size_t	 i;

	for (i = 0; c != NULL && i < sizeof pref / sizeof pref[0]; i++)
		if (caps_has_mech(c, pref[i]))
			return pref[i];
	return NULL;
}

static void
probe_finish(struct probe *p, size_t i)
{
	struct probe_run	*r = &p->run[i];
	struct probe_endpoint	*e = &p->ep[i];

	if (r->step == ST_END && e->result != PROBE_R_RUNNING)
		return;
	r->step = ST_END;
	if (r->s != NULL) {
		probe_keep_tls(e, r->s);
		session_close(r->s);
	}
	if (e->result == PROBE_R_RUNNING)
		e->result = e->greeting != NULL ? PROBE_R_ANSWERED :
		    p->cancelled ? PROBE_R_CANCELLED : PROBE_R_ERROR;
	probe_event(p, PROBE_EV_ENDPOINT, i);
}

static void
probe_ehlo(struct probe *p, struct probe_run *r)
{
	char	 line[300], err[256];

	snprintf(line, sizeof line, "EHLO %s", p->cfg.session.ehlo_name ?
	    p->cfg.session.ehlo_name : "localhost");
	if (session_submit(r->s, line, 0, err, sizeof err) == -1)
		r->step = ST_QUIT;
}

/* After the last EHLO: log in when asked, else QUIT. */
static void
probe_after_ehlo(struct probe *p, struct probe_run *r)
{
	struct probe_endpoint	*e = &p->ep[r->idx];
	const char		*mech;
	char			 err[256];

	r->step = ST_QUIT;
	if (p->user == NULL || e->role == PROBE_ROLE_MX)
		return;
	if (!e->tls) {
		e->login = PROBE_LOGIN_SKIPPED;
		snprintf(e->login_why, sizeof e->login_why, "no TLS: the "
		    "password is never sent in clear");
		return;
	}
	if (!e->tlsi.verified && !p->insecure) {
		e->login = PROBE_LOGIN_SKIPPED;
		snprintf(e->login_why, sizeof e->login_why, "the certificate "
		    "was not verified: the password is not sent to it");
		return;
	}
	if ((mech = probe_mech(e->caps_after)) == NULL) {
		e->login = PROBE_LOGIN_FAILED;
		snprintf(e->login_why, sizeof e->login_why, "no AUTH "
		    "mechanism offered inside TLS");
		return;
	}
	if (session_auth(r->s, mech, p->user, p->secret, err,
	    sizeof err) == -1) {
		e->login = PROBE_LOGIN_FAILED;
		snprintf(e->login_why, sizeof e->login_why, "%s", err);
		return;
	}
	snprintf(e->login_why, sizeof e->login_why, "%s", mech);
	r->step = ST_AUTH;
}

/* One step of an endpoint's conversation, between progress calls. */
static void
probe_step(struct probe *p, size_t i)
{
	struct probe_run	*r = &p->run[i];
	struct probe_endpoint	*e = &p->ep[i];
	const struct caps	*c;
	char			 err[256];

	if (r->step == ST_END)
		return;
	probe_keep_tls(e, r->s);
	if (r->closed || session_state(r->s) == SESSION_CLOSED) {
		probe_finish(p, i);
		return;
	}
	if (probe_now() >= r->deadline) {
		if (e->greeting == NULL) {
			e->result = PROBE_R_TIMEOUT;
			snprintf(e->why, sizeof e->why, "no greeting in time");
		}
		probe_finish(p, i);
		return;
	}
	if (session_busy(r->s) || session_state(r->s) < SESSION_READY)
		return;
	switch (r->step) {
	case ST_GREETING:
		r->step = ST_EHLO1;
		probe_ehlo(p, r);
		break;
	case ST_EHLO1:
		c = session_caps(r->s);
		if (e->tls) {
			e->caps_after = caps_dup(c);
			probe_after_ehlo(p, r);
			break;
		}
		e->caps_before = caps_dup(c);
		if (caps_has(c, "STARTTLS")) {
			e->starttls_offered = 1;
			r->step = ST_STARTTLS;
			if (session_starttls(r->s, err, sizeof err) == -1)
				r->step = ST_QUIT;
			break;
		}
		r->step = ST_QUIT;
		break;
	case ST_STARTTLS:
		if (!session_tls_active(r->s)) {
			r->step = ST_QUIT;
			break;
		}
		r->step = ST_EHLO2;
		probe_ehlo(p, r);
		break;
	case ST_EHLO2:
		e->caps_after = caps_dup(session_caps(r->s));
		probe_after_ehlo(p, r);
		break;
	case ST_AUTH:
		if (session_auth_user(r->s) != NULL)
			e->login = PROBE_LOGIN_OK;
		else
			e->login = PROBE_LOGIN_FAILED;
		r->step = ST_QUIT;
		break;
	default:
		break;
	}
	if (r->step == ST_QUIT && !session_busy(r->s)) {
		if (session_quit(r->s, p->timeout_ms) == 0)
			probe_finish(p, i);
		else
			r->step = ST_QUITTING;
	}
}

/* Findings. */

static struct probe_finding *
probe_find(struct probe *p, const char *id, enum probe_severity sev,
    int endpoint, const char *types, ...)
{
	struct probe_finding	*f, *v;
	va_list			 ap;
	int			 i;

	if ((v = realloc(p->f, (p->nf + 1) * sizeof *v)) == NULL)
		return NULL;
	p->f = v;
	f = &v[p->nf++];
	memset(f, 0, sizeof *f);
	snprintf(f->id, sizeof f->id, "%s", id);
	snprintf(f->note_id, sizeof f->note_id, "probe.%s", id);
	f->sev = sev;
	f->endpoint = endpoint;
	va_start(ap, types);
	for (i = 0; types[i] != '\0' && i < NOTE_ARGS_MAX; i++) {
		f->types[i] = types[i];
		snprintf(f->args[i], sizeof f->args[i], "%s",
		    va_arg(ap, const char *));
	}
	va_end(ap);
	f->nargs = i;
	return f;
}

static void
probe_evidence(struct probe_finding *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
probe_evidence(struct probe_finding *f, const char *fmt, ...)
{
	va_list	 ap;

	if (f == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(f->evidence, sizeof f->evidence, fmt, ap);
	va_end(ap);
}

const char *
probe_addr_text(const struct probe_endpoint *e)
{
	return e->addr[0] != '\0' ? e->addr : "by the proxy";
}

/* "mx1.example [192.0.2.1]:25" (and the port connected to, mapped). */
static void
probe_where(const struct probe_endpoint *e, char *out, size_t len)
{
	if (e->connect_port != e->port)
		snprintf(out, len, "%s [%s]:%d (connected to port %d)",
		    e->host, probe_addr_text(e), e->port, e->connect_port);
	else
		snprintf(out, len, "%s [%s]:%d", e->host, probe_addr_text(e),
		    e->port);
}

static void
probe_mechs(const struct caps *c, char *out, size_t len)
{
	size_t	 i, n = 0;

	*out = '\0';
	for (i = 0; c != NULL && i < c->nmechs && n < len; i++)
		n += snprintf(out + n, len - n, "%s%s", i ? " " : "",
		    c->mechs[i]);
}

/* smtpx offers TLS 1.2 and 1.3 only, so an older server is seen as a
   failed handshake whose cause the session names, not as a version. */
static void
probe_old_tls(struct probe *p, size_t i, const char *where,
    enum probe_severity strict)
{
	struct probe_finding	*f;

	f = probe_find(p, "tls-old-protocol", strict, (int)i, "w",
	    p->ep[i].host);
	/* After STARTTLS the target had answered already, so its result
	   carries no reason: the handshake that failed is named here. */
	if (p->ep[i].why[0] != '\0')
		probe_evidence(f, "%s: %s", where, p->ep[i].why);
	else
		probe_evidence(f, "%s: STARTTLS: %s", where,
		    SESSION_TLS_OLD_WHY);
}

/* The certificate and the TLS version of an endpoint. */
static void
probe_tls_findings(struct probe *p, size_t i, const char *where,
    enum probe_severity strict)
{
	struct probe_endpoint	*e = &p->ep[i];
	const struct tls_info	*ti = &e->tlsi;
	struct probe_finding	*f;
	long long		 now = (long long)time(NULL), days;
	char			 num[32];

	if (e->have_tls && ti->have_cert) {
		days = (ti->valid_until - now) / 86400;
		snprintf(num, sizeof num, "%lld", days < 0 ? -days : days);
		if (ti->valid_until < now) {
			f = probe_find(p, "cert-expired", PROBE_ERROR, (int)i,
			    "wn", e->host, num);
			probe_evidence(f, "%s: not after %s", where,
			    ti->not_after);
		} else if (days < PROBE_SOON_DAYS) {
			f = probe_find(p, "cert-expires-soon", PROBE_WARNING,
			    (int)i, "wn", e->host, num);
			probe_evidence(f, "%s: not after %s", where,
			    ti->not_after);
		}
		if (ti->verify_kind == TLS_V_NAME ||
		    ti->verify_kind == TLS_V_IP) {
			f = probe_find(p, "cert-name-mismatch", strict, (int)i,
			    "wq", e->host, ti->names);
			probe_evidence(f, "%s: checked %s; certificate names %s",
			    where, ti->checked, ti->names);
		} else if (ti->verify_kind != TLS_V_OK &&
		    ti->verify_kind != TLS_V_EXPIRED) {
			f = probe_find(p, "cert-untrusted", strict, (int)i,
			    "wq", e->host, ti->verify_error);
			probe_evidence(f, "%s: %s; issuer %s", where,
			    ti->verify_error, ti->issuer);
		}
	}
	if (e->tls_old)
		probe_old_tls(p, i, where, strict);
}

/* Reverse DNS of an MX and the name its greeting gives. */
static void
probe_ptr_findings(struct probe *p, size_t i, const char *where)
{
	struct probe_endpoint	*e = &p->ep[i];
	struct probe_finding	*f;
	size_t			 k;

	if (e->role == PROBE_ROLE_MX && e->ptr_done) {
		if (e->ptr.n == 0 || e->fcrdns == 0) {
			f = probe_find(p, "no-reverse-dns", PROBE_WARNING,
			    (int)i, "w", e->addr);
			if (f != NULL && e->ptr.n > 0)
				snprintf(f->note_id, sizeof f->note_id,
				    "probe.no-reverse-dns.unconfirmed");
			probe_evidence(f, "%s: PTR %s%s", where, e->ptr.n ?
			    e->ptr.v[0] : "none", e->ptr.n ? ", which does "
			    "not resolve back to the address" : "");
		}
		if (e->ptr.n > 0 && e->greeting_name[0] != '\0') {
			for (k = 0; k < e->ptr.n; k++)
				if (probe_same_name(e->ptr.v[k],
				    e->greeting_name))
					break;
			if (k == e->ptr.n) {
				f = probe_find(p, "banner-ptr-mismatch",
				    PROBE_WARNING, (int)i, "qw",
				    e->greeting_name, e->ptr.v[0]);
				probe_evidence(f, "%s: greeting names %s, PTR "
				    "of %s is %s", where, e->greeting_name,
				    e->addr, e->ptr.v[0]);
			}
		}
	}
}

static void
probe_endpoint_findings(struct probe *p, size_t i, int op25b)
{
	struct probe_endpoint	*e = &p->ep[i];
	struct probe_finding	*f;
	enum probe_severity	 strict;
	char			 where[400], num[32], mechs[256];

	probe_where(e, where, sizeof where);
	/* What matters for delivery between servers is a warning; for a
	   person's password on submission it is an error. */
	strict = e->role == PROBE_ROLE_MX ? PROBE_WARNING : PROBE_ERROR;
	snprintf(num, sizeof num, "%d", e->port);
	if (e->result != PROBE_R_ANSWERED) {
		if (op25b && e->role == PROBE_ROLE_MX)
			return;
		if (e->result == PROBE_R_CANCELLED ||
		    e->result == PROBE_R_WAITING)
			return;
		if (e->tls_old) {
			probe_old_tls(p, i, where, strict);
			return;
		}
		f = probe_find(p, "port-closed", e->role == PROBE_ROLE_MX ?
		    PROBE_ERROR : PROBE_WARNING, (int)i, "wwn", e->host,
		    probe_result_name(e->result), num);
		probe_evidence(f, "%s: %s%s%s%s", where,
		    probe_result_name(e->result), e->why[0] ? " (" : "",
		    e->why, e->why[0] ? ")" : "");
		return;
	}
	if (e->greeting_ms > PROBE_SLOW_MS) {
		char	 secs[32];

		snprintf(secs, sizeof secs, "%ld", e->greeting_ms / 1000);
		f = probe_find(p, "greeting-slow", PROBE_WARNING, (int)i, "nn",
		    secs, "10");
		probe_evidence(f, "%s: greeting after %ld ms", where,
		    e->greeting_ms);
	}
	if (e->role != PROBE_ROLE_SUBMISSIONS && e->caps_before != NULL &&
	    !e->starttls_offered) {
		f = probe_find(p, "no-starttls", strict, (int)i, "wn",
		    e->host, num);
		probe_evidence(f, "%s: EHLO lists no STARTTLS", where);
	}
	if (e->role != PROBE_ROLE_SUBMISSIONS && e->caps_before != NULL &&
	    e->caps_before->nmechs > 0) {
		probe_mechs(e->caps_before, mechs, sizeof mechs);
		f = probe_find(p, "auth-before-tls", PROBE_WARNING, (int)i,
		    "ww", e->host, mechs);
		probe_evidence(f, "%s: AUTH %s before TLS", where, mechs);
		if (caps_has_mech(e->caps_before, "PLAIN") ||
		    caps_has_mech(e->caps_before, "LOGIN")) {
			f = probe_find(p, "plain-before-tls", PROBE_ERROR,
			    (int)i, "ww", e->host, mechs);
			probe_evidence(f, "%s: AUTH %s before TLS", where,
			    mechs);
		}
	}
	probe_tls_findings(p, i, where, strict);
	probe_ptr_findings(p, i, where);
	if (e->login == PROBE_LOGIN_OK) {
		f = probe_find(p, "login-ok", PROBE_INFO, (int)i, "ww",
		    p->user, e->host);
		probe_evidence(f, "%s: AUTH %s accepted", where, e->login_why);
	} else if (e->login == PROBE_LOGIN_FAILED) {
		f = probe_find(p, "login-failed", PROBE_ERROR, (int)i, "ww",
		    p->user, e->host);
		probe_evidence(f, "%s: %s", where, e->login_why);
	}
}

static void
probe_findings_make(struct probe *p)
{
	struct probe_finding	*f;
	char			 list[400], ans[400];
	size_t			 i, n25 = 0, t25 = 0, nsub_ok = 0, l = 0, a = 0;
	int			 op25b;

	if (p->dns.mx_err[0] != '\0') {
		f = probe_find(p, "dns-failed", PROBE_ERROR, -1, "w",
		    p->dns.domain);
		probe_evidence(f, "MX %s: %s", p->dns.domain, p->dns.mx_err);
	}
	if (p->dns.null_mx) {
		f = probe_find(p, "null-mx", PROBE_INFO, -1, "w",
		    p->dns.domain);
		probe_evidence(f, "%s MX 0 .", p->dns.domain);
	}
	if (p->dns.implicit_mx) {
		f = probe_find(p, "no-mx-implicit", PROBE_WARNING, -1, "w",
		    p->dns.domain);
		probe_evidence(f, "no MX for %s: mail goes to its own "
		    "address", p->dns.domain);
	}
	/* An exchanger without an address gets no endpoint: say so, or
	   the probe would be silent about the domain's mail. Through a
	   proxy the name is what is probed. */
	for (i = 0; i < p->dns.nmx && !probe_proxied(p); i++) {
		if (p->dns.mx[i].addrs.n > 0)
			continue;
		f = probe_find(p, "mx-no-address", PROBE_ERROR, -1, "ww",
		    p->dns.mx[i].host, p->dns.domain);
		probe_evidence(f, "MX %d %s: %s", p->dns.mx[i].pref,
		    p->dns.mx[i].host, p->dns.mx[i].addr_err[0] != '\0' ?
		    p->dns.mx[i].addr_err : "no A or AAAA record");
	}
	if (p->dns.domain[0] != '\0' && !p->given && p->dns.nsub == 0 &&
	    p->dns.mx_err[0] == '\0') {
		f = probe_find(p, "no-submission-service", PROBE_INFO, -1, "w",
		    p->dns.domain);
		probe_evidence(f, "no SRV _submission._tcp.%s or "
		    "_submissions._tcp.%s; no smtp.%s or mail.%s",
		    p->dns.domain, p->dns.domain, p->dns.domain,
		    p->dns.domain);
	}
	list[0] = ans[0] = '\0';
	for (i = 0; i < p->nep; i++) {
		const struct probe_endpoint *e = &p->ep[i];

		if (e->role == PROBE_ROLE_MX) {
			n25++;
			if (e->result == PROBE_R_TIMEOUT) {
				t25++;
				if (l < sizeof list)
					l += snprintf(list + l, sizeof list - l,
					    "%s%s [%s]", l ? ", " : "",
					    e->host, probe_addr_text(e));
			}
		} else if (e->result == PROBE_R_ANSWERED) {
			nsub_ok++;
			if (a < sizeof ans)
				a += snprintf(ans + a, sizeof ans - a,
				    "%s%s:%d", a ? ", " : "", e->host,
				    e->port);
		}
	}
	op25b = n25 > 0 && t25 == n25 && nsub_ok > 0;
	if (op25b) {
		f = probe_find(p, "op25b-likely", PROBE_WARNING, -1, "");
		/* Through a proxy the block is on the proxy's network. */
		if (f != NULL && probe_proxied(p))
			snprintf(f->note_id, sizeof f->note_id, "%s",
			    "probe.op25b-likely.proxy");
		probe_evidence(f, "port 25 timed out on %s; answered: %s",
		    list, ans);
	}
	for (i = 0; i < p->nep; i++)
		probe_endpoint_findings(p, i, op25b);
}

static void
probe_check_done(struct probe *p)
{
	size_t	 i;

	if (p->done || !p->dns_done || p->nq > 0)
		return;
	for (i = 0; i < p->nep; i++)
		if (p->run[i].step != ST_END)
			return;
	p->done = 1;
	if (p->secret != NULL) {
		explicit_bzero(p->secret, strlen(p->secret));
		free(p->secret);
		p->secret = NULL;
	}
	probe_findings_make(p);
	probe_event(p, PROBE_EV_DONE, 0);
}

/* The public side. */

struct probe *
probe_new(const struct probe_config *cfg, probe_cb_fn *cb, void *arg,
    char *err, size_t errlen)
{
	struct probe	*p;
	const char	*t = cfg->target, *at;
	unsigned char	 buf[16];
	size_t		 i;

	if (t == NULL || *t == '\0' || strlen(t) > 253 + 65) {
		snprintf(err, errlen, "give an address, a domain or a host");
		return NULL;
	}
	for (i = 0; t[i] != '\0'; i++)
		if ((unsigned char)t[i] <= ' ' || t[i] == 0x7f ||
		    strchr("<>()[],;:\\\"", t[i]) != NULL) {
			if (t[i] == ':' && inet_pton(AF_INET6, t, buf) == 1)
				continue;
			snprintf(err, errlen, "\"%s\" is not an address, a "
			    "domain or a host", t);
			return NULL;
		}
	if ((p = calloc(1, sizeof *p)) == NULL ||
	    (p->target = strdup(t)) == NULL) {
		free(p);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	p->cfg = *cfg;
	p->cfg.target = p->target;
	p->cb = cb;
	p->cb_arg = arg;
	p->insecure = cfg->session.tls.insecure;
	p->timeout_ms = cfg->session.timeout_ms > 0 ?
	    cfg->session.timeout_ms : 30000;
	if (cfg->user != NULL && ((p->user = strdup(cfg->user)) == NULL ||
	    (p->secret = strdup(cfg->secret != NULL ? cfg->secret : "")) ==
	    NULL)) {
		probe_free(p);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	p->cfg.user = p->user;
	p->cfg.secret = NULL;
	/* The caller's name may live on its stack. */
	if ((p->ehlo = strdup(cfg->session.ehlo_name != NULL ?
	    cfg->session.ehlo_name : "localhost")) == NULL) {
		probe_free(p);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	p->cfg.session.ehlo_name = p->ehlo;
	if (inet_pton(AF_INET, t, buf) == 1 ||
	    inet_pton(AF_INET6, t, buf) == 1) {
		p->is_addr = 1;
		return p;
	}
	at = strrchr(t, '@');
	snprintf(p->dns.domain, sizeof p->dns.domain, "%s",
	    at != NULL ? at + 1 : t);
	if (p->dns.domain[0] == '\0' || strchr(p->dns.domain, '.') == NULL) {
		snprintf(err, errlen, "\"%s\" has no domain to look up", t);
		probe_free(p);
		return NULL;
	}
	return p;
}

int
probe_start(struct probe *p)
{
	char	 name[300];
	size_t	 i;

	if (p->started)
		return -1;
	p->started = 1;
	/* Endpoints given, an address, or no resolver: no DNS phase. */
	if (p->given || p->is_addr || p->cfg.dns == NULL) {
		if (p->given) {
			p->dns.domain[0] = '\0';
			for (i = 0; i < p->nep; i++)
				(void)probe_ask(p, Q_PTR, i, RESOLVE_PTR,
				    p->ep[i].addr);
		} else
			probe_plan(p);
		p->dns_done = 1;
		probe_event(p, PROBE_EV_DNS, 0);
		return 0;
	}
	(void)probe_ask(p, Q_MX, 0, RESOLVE_MX, p->dns.domain);
	(void)probe_ask(p, Q_SPF, 0, RESOLVE_TXT, p->dns.domain);
	snprintf(name, sizeof name, "_dmarc.%s", p->dns.domain);
	(void)probe_ask(p, Q_DMARC, 0, RESOLVE_TXT, name);
	snprintf(name, sizeof name, "_mta-sts.%s", p->dns.domain);
	(void)probe_ask(p, Q_MTA_STS, 0, RESOLVE_TXT, name);
	snprintf(name, sizeof name, "_submission._tcp.%s", p->dns.domain);
	if (probe_ask(p, Q_SRV_SUB, 0, RESOLVE_SRV, name) == 0)
		p->srv_left++;
	snprintf(name, sizeof name, "_submissions._tcp.%s", p->dns.domain);
	if (probe_ask(p, Q_SRV_SUBS, 0, RESOLVE_SRV, name) == 0)
		p->srv_left++;
	if (p->srv_left == 0)
		probe_srv_settled(p);
	return 0;
}

/* Start endpoints while there is room. */
static void
probe_fill(struct probe *p)
{
	size_t	 i, running = 0;

	if (p->cancelled)
		return;
	for (i = 0; i < p->next; i++)
		if (p->run[i].step != ST_END)
			running++;
	while (p->next < p->nep && running < PROBE_PARALLEL) {
		probe_launch(p, p->next++);
		running++;
	}
}

size_t
probe_pollfds(struct probe *p, struct pollfd *pfd, size_t max,
    int *timeout_ms)
{
	size_t	 i, n = 0;
	int	 fd, tmo;
	short	 events;
	long long left;

	*timeout_ms = -1;
	p->nowner = 0;
	if (max > PROBE_MAX_POLL)
		max = PROBE_MAX_POLL;
	/* The sessions first (at most PROBE_PARALLEL run), then lookups. */
	for (i = 0; i < p->nep; i++) {
		if (p->run[i].s == NULL || p->run[i].step == ST_END)
			continue;
		fd = -1;
		events = 0;
		tmo = -1;
		session_pollfd(p->run[i].s, &fd, &events, &tmo);
		left = p->run[i].deadline - probe_now();
		if (left < 0)
			left = 0;
		if (tmo < 0 || tmo > left)
			tmo = (int)left;
		if (*timeout_ms < 0 || tmo < *timeout_ms)
			*timeout_ms = tmo;
		if (fd < 0 || n >= max)
			continue;
		pfd[n].fd = fd;
		pfd[n].events = events;
		pfd[n].revents = 0;
		p->owner[p->nowner].query = 0;
		p->owner[p->nowner++].idx = i;
		n++;
	}
	for (i = 0; i < p->nq; i++) {
		fd = -1;
		events = 0;
		tmo = -1;
		resolve_pollfd(p->cfg.dns, p->q[i].rq, &fd, &events, &tmo);
		/* A lookup without a place is asked again soon. */
		if (fd >= 0 && n >= max)
			tmo = tmo < 0 || tmo > 50 ? 50 : tmo;
		if (tmo >= 0 && (*timeout_ms < 0 || tmo < *timeout_ms))
			*timeout_ms = tmo;
		if (fd < 0 || n >= max)
			continue;
		pfd[n].fd = fd;
		pfd[n].events = events;
		pfd[n].revents = 0;
		p->owner[p->nowner].query = 1;
		p->owner[p->nowner++].idx = i;
		n++;
	}
	if (p->done)
		*timeout_ms = -1;
	return n;
}

void
probe_progress(struct probe *p, const struct pollfd *pfd, size_t n)
{
	short	 rev[PROBE_MAX_ENDPOINTS];
	size_t	 i;

	if (p->done || !p->started)
		return;
	memset(rev, 0, sizeof rev);
	for (i = 0; i < n && i < p->nowner; i++)
		if (!p->owner[i].query)
			rev[p->owner[i].idx] = pfd[i].revents;
	p->nowner = 0;
	while (p->nq > 0 && probe_queries(p))
		;
	if (!p->dns_done && p->nq == 0) {
		p->dns_done = 1;
		probe_plan(p);
		probe_event(p, PROBE_EV_DNS, 0);
	}
	if (p->dns_done)
		probe_fill(p);
	for (i = 0; i < p->nep; i++) {
		if (p->run[i].s == NULL || p->run[i].step == ST_END)
			continue;
		session_progress(p->run[i].s, rev[i]);
		probe_step(p, i);
	}
	if (p->dns_done)
		probe_fill(p);
	probe_check_done(p);
}

void
probe_cancel(struct probe *p)
{
	size_t	 i;

	if (p->done)
		return;
	p->cancelled = 1;
	for (i = 0; i < p->nq; i++)
		resolve_cancel(p->cfg.dns, p->q[i].rq);
	p->nq = 0;
	p->dns_done = 1;
	for (i = 0; i < p->nep; i++) {
		if (p->run[i].s != NULL && p->run[i].step != ST_END)
			probe_finish(p, i);
		else if (p->run[i].s == NULL) {
			p->ep[i].result = PROBE_R_CANCELLED;
			p->run[i].step = ST_END;
		}
	}
	probe_check_done(p);
}

int
probe_done(const struct probe *p)
{
	return p->done;
}

void
probe_free(struct probe *p)
{
	size_t	 i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nq; i++)
		resolve_cancel(p->cfg.dns, p->q[i].rq);
	for (i = 0; i < p->nep; i++) {
		session_free(p->run[i].s);
		free(p->ep[i].host);
		free(p->ep[i].greeting);
		probe_strs_free(&p->ep[i].ptr);
		caps_free(p->ep[i].caps_before);
		caps_free(p->ep[i].caps_after);
	}
	for (i = 0; i < p->dns.nmx; i++) {
		free(p->dns.mx[i].host);
		probe_strs_free(&p->dns.mx[i].addrs);
		probe_strs_free(&p->dns.mx[i].tlsa);
	}
	free(p->dns.mx);
	for (i = 0; i < p->dns.nsub; i++) {
		free(p->dns.sub[i].host);
		probe_strs_free(&p->subhosts[i].addrs);
	}
	free(p->dns.sub);
	probe_strs_free(&p->guess[0]);
	probe_strs_free(&p->guess[1]);
	probe_strs_free(&p->dns.spf);
	probe_strs_free(&p->dns.dmarc);
	probe_strs_free(&p->dns.mta_sts);
	if (p->secret != NULL) {
		explicit_bzero(p->secret, strlen(p->secret));
		free(p->secret);
	}
	free(p->user);
	free(p->ehlo);
	free(p->f);
	free(p->target);
	free(p);
}

const char *
probe_target(const struct probe *p)
{
	return p->target;
}

const struct probe_dns *
probe_dns(const struct probe *p)
{
	return &p->dns;
}

const struct probe_endpoint *
probe_endpoints(const struct probe *p, size_t *n)
{
	*n = p->nep;
	return p->ep;
}

const struct probe_finding *
probe_findings(const struct probe *p, size_t *n)
{
	*n = p->nf;
	return p->f;
}

const struct session *
probe_session(const struct probe *p, size_t endpoint)
{
	return endpoint < p->nep ? p->run[endpoint].s : NULL;
}

void
probe_finding_note(const struct probe_finding *f, struct note *nt)
{
	int	 i;

	memset(nt, 0, sizeof *nt);
	nt->id = f->note_id;
	nt->nargs = f->nargs;
	for (i = 0; i < f->nargs; i++) {
		nt->a[i].type = f->types[i];
		nt->a[i].s = f->args[i];
	}
}

int
probe_status(const struct probe *p)
{
	size_t	 i, answered = 0;

	for (i = 0; i < p->nep; i++)
		if (p->ep[i].result == PROBE_R_ANSWERED)
			answered++;
	if (answered == 0)
		return 3;
	if (answered < p->nep)
		return 1;
	for (i = 0; i < p->nf; i++)
		if (p->f[i].sev == PROBE_ERROR)
			return 1;
	return 0;
}
