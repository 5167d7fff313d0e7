/*
 * The probe: from an address, a domain or a host to a diagnosis of every
 * mail port, as seen from this network. First the DNS facts (MX in
 * order, null and implicit MX, the addresses of each host, PTR and
 * forward-confirmed reverse DNS, the submission host from SRV or guessed,
 * SPF, DMARC, MTA-STS and TLSA shown, not judged); then the endpoints,
 * each a struct session of its own driven by the front end's poll loop,
 * a few at a time, each with its own deadline: every MX on 25, the
 * submission host on 587 (STARTTLS) and 465 (implicit TLS). Each session
 * says EHLO, upgrades when it can, says EHLO again, logs in when asked to
 * (over verified TLS only) and QUITs; no mail is sent. At the end the
 * findings: an id, a severity, a note (id and arguments, rendered by
 * the front end) and the evidence.
 *
 * Like the session, the probe never blocks and never prints: the front
 * end asks probe_pollfds for the descriptors and the next deadline, polls,
 * and calls probe_progress; what changed comes back through a callback.
 */
#ifndef SMTPX_PROBE_H
#define SMTPX_PROBE_H

#include <poll.h>
#include <stddef.h>

#include "notes.h"
#include "session.h"
#include "tls.h"

#define PROBE_PARALLEL		4	/* endpoints at once */
#define PROBE_MAX_ENDPOINTS	24
#define PROBE_MAX_POLL		(PROBE_PARALLEL + 32)
#define PROBE_SLOW_MS		10000	/* greeting-slow */
#define PROBE_SOON_DAYS		21	/* cert-expires-soon */
#define PROBE_FORMAT_VERSION	1	/* of what front ends write */

enum probe_role {
	PROBE_ROLE_MX,			/* port 25, STARTTLS */
	PROBE_ROLE_SUBMISSION,		/* port 587, STARTTLS */
	PROBE_ROLE_SUBMISSIONS,		/* port 465, implicit TLS */
};

enum probe_result {
	PROBE_R_WAITING,		/* not started yet */
	PROBE_R_RUNNING,
	PROBE_R_ANSWERED,		/* it greeted us */
	PROBE_R_REFUSED,
	PROBE_R_TIMEOUT,
	PROBE_R_TLS_FAILED,		/* implicit TLS did not come up */
	PROBE_R_CLOSED,			/* closed before the greeting */
	PROBE_R_ERROR,
	PROBE_R_CANCELLED,
};

enum probe_severity {
	PROBE_INFO,
	PROBE_WARNING,
	PROBE_ERROR,
};

enum probe_login {
	PROBE_LOGIN_NONE,		/* not asked for, or not here */
	PROBE_LOGIN_SKIPPED,		/* asked, but no verified TLS */
	PROBE_LOGIN_OK,
	PROBE_LOGIN_FAILED,
};

struct probe_strs {
	char		**v;
	size_t		  n;
};

struct probe_mx {
	char		 *host;
	int		  pref;
	struct probe_strs addrs;	/* "192.0.2.1", "2001:db8::1" */
	char		  addr_err[256]; /* why none, or "" */
	struct probe_strs tlsa;		/* of _25._tcp.host */
};

struct probe_sub {
	char		*host;
	int		 port;		/* 587 or 465 (from SRV: its port) */
	const char	*source;	/* "srv", "guess" or "given" */
};

/* What DNS said. Lists stay empty where a query failed. */
struct probe_dns {
	char		 domain[256];	/* the mail domain, "" for none */
	int		 mx_done;
	int		 null_mx, implicit_mx;
	char		 mx_err[256];	/* the MX query failed: why */
	struct probe_mx	*mx;
	size_t		 nmx;
	struct probe_sub *sub;
	size_t		 nsub;
	struct probe_strs spf, dmarc, mta_sts;
};

struct probe_endpoint {
	char		*host;
	char		 addr[64];	/* the address connected to, or ""
					   when a proxy resolved the name */
	int		 port;		/* nominal: 25, 587, 465 */
	int		 connect_port;	/* after --ports mapping */
	enum probe_role	 role;
	enum probe_result result;
	char		 why[256];	/* details of a failure, or "" */
	long		 greeting_ms;	/* -1 without a greeting */
	char		*greeting;	/* the greeting's lines joined */
	char		 greeting_name[256]; /* its first word, or "" */
	struct probe_strs ptr;		/* PTR names of addr */
	int		 ptr_done;
	int		 fcrdns;	/* a PTR name resolves back to addr:
					   1, 0, or -1 not known */
	int		 starttls_offered;
	int		 tls;		/* TLS came up (either way) */
	int		 have_tls;	/* tlsi is filled */
	int		 tls_old;	/* TLS failed: the server speaks only
					   TLS 1.1 or older */
	struct tls_info	 tlsi;
	struct caps	*caps_before;	/* EHLO in clear (NULL: none) */
	struct caps	*caps_after;	/* EHLO inside TLS */
	enum probe_login login;
	char		 login_why[256];
	size_t		 conn;		/* which session (probe_session) */
};

struct probe_finding {
	char		 id[32];	/* "op25b-likely" */
	enum probe_severity sev;
	char		 note_id[48];	/* "probe.op25b-likely" */
	int		 nargs;
	char		 types[NOTE_ARGS_MAX];
	char		 args[NOTE_ARGS_MAX][256];
	char		 evidence[512];	/* may quote the server */
	int		 endpoint;	/* its endpoint, or -1 */
};

enum probe_ev {
	PROBE_EV_DNS,			/* the DNS facts are in */
	PROBE_EV_START,			/* endpoint index started */
	PROBE_EV_ENDPOINT,		/* endpoint index finished */
	PROBE_EV_DONE,			/* everything finished; findings */
};

typedef void probe_cb_fn(void *arg, enum probe_ev, size_t index);

/*
 * What a probe needs. The session configuration is copied for every
 * endpoint (its tls choices decide what "verified" means; the probe
 * itself goes on after a failed verification to see the rest, and then
 * logs in nowhere). user and secret are copied, the secret wiped at the
 * end. ports maps nominal ports to the ones connected to (tests,
 * classrooms): {25, 2525} pairs, 0 ends the list.
 */
struct probe_config {
	const char		*target;	/* address, domain or host */
	struct resolver		*dns;		/* answers every kind */
	struct session_config	 session;
	int			 ports[3][2];
	const char		*user;		/* NULL: no login */
	const char		*secret;
	/* The place every endpoint's session gets the connect options
	   /connect gives its own (a proxy, once there is one): called
	   after session_new, before connecting. NULL for none. */
	void			(*prepare)(void *arg, struct session *);
	void			*prepare_arg;
};

struct probe;

/* A probe of cfg->target. NULL with err for a target that is no
   address, domain or host. Nothing starts before probe_start. */
struct probe *probe_new(const struct probe_config *, probe_cb_fn *,
	    void *arg, char *err, size_t errlen);
/* Probe these endpoints instead of looking the target up (the lab):
   host (for display and verification), addr, the nominal port and the
   one to connect to. Before probe_start. 0, or -1 when full. */
int	probe_add_endpoint(struct probe *, const char *host, const char *addr,
	    int port, int connect_port, enum probe_role);
int	probe_start(struct probe *);
/* Fill up to max pollfds (PROBE_MAX_POLL at most; the running sessions
   first, then the lookups), return how many, and
   the milliseconds to the next deadline in *timeout_ms (-1 none). */
size_t	probe_pollfds(struct probe *, struct pollfd *, size_t max,
	    int *timeout_ms);
/* After poll: the same array (revents filled, or all 0 on a timeout). */
void	probe_progress(struct probe *, const struct pollfd *, size_t n);
/* Stop everything now; what ran is kept, the rest is cancelled. */
void	probe_cancel(struct probe *);
int	probe_done(const struct probe *);
void	probe_free(struct probe *);

const char *probe_target(const struct probe *);
const struct probe_dns *probe_dns(const struct probe *);
const struct probe_endpoint *probe_endpoints(const struct probe *,
	    size_t *n);
const struct probe_finding *probe_findings(const struct probe *, size_t *n);
/* The session of an endpoint, kept until probe_free (its transcript). */
const struct session *probe_session(const struct probe *, size_t endpoint);
/* The finding as a note (pointing into f). */
void	probe_finding_note(const struct probe_finding *, struct note *);
/* 0 every endpoint answered and nothing worse than a warning, 1 else, 3
   when no endpoint answered (none at all counts as none answered). */
int	probe_status(const struct probe *);

const char *probe_role_name(enum probe_role);
const char *probe_result_name(enum probe_result);
const char *probe_severity_name(enum probe_severity);
const char *probe_login_name(enum probe_login);
/* The endpoint's address, or "by the proxy" when its name went to a
   SOCKS5 proxy to resolve. */
const char *probe_addr_text(const struct probe_endpoint *);

#endif
