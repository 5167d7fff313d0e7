/*
 * The lab: a small teaching SMTP server inside smtpx, on loopback unless
 * told otherwise, with one personality per port. "25" behaves like a
 * relay MTA (no AUTH, relaying refused), "587" like a submission server
 * (STARTTLS, then AUTH, then relaying), "465" the same inside implicit
 * TLS. It runs its own poll loop in a thread of its own, so the screen
 * never waits on it; accepted messages stay in memory until lab_free.
 * It delivers nothing.
 */
#ifndef SMTPX_LAB_H
#define SMTPX_LAB_H

#include <stddef.h>

struct buf;

#define LAB_DOMAIN	"lab.test"
#define LAB_USER	"student@lab.test"
#define LAB_PASSWORD	"secret"

enum lab_personality {
	LAB_RELAY,		/* "25" */
	LAB_SUBMISSION,		/* "587" */
	LAB_SUBMISSIONS,	/* "465" */
	LAB_NPERSONALITIES
};

/* One --allow range: an address and how many leading bits count. */
struct lab_cidr {
	int		 family;	/* AF_INET or AF_INET6 */
	unsigned char	 addr[16];
	int		 bits;
};
#define LAB_MAXALLOW	32

struct lab_config {
	const char	*listen;	/* address to bind; NULL = 127.0.0.1 */
	int		 ports[LAB_NPERSONALITIES]; /* preferred; 0 = any free */
	int		 strict_ports;	/* a taken port fails, no fallback */
	int		 op25b;		/* "25" accepts and stays silent */
	/* Fairness per client address (0 = no limit): simultaneous
	   connections, new connections and messages per minute. */
	int		 per_client_conns;
	int		 per_client_rate;
	int		 per_client_msgs;
	size_t		 inflight_max;	/* message bytes held by all
					   connections at once; 0 = default */
	struct lab_cidr	 allow[LAB_MAXALLOW]; /* who may connect */
	int		 nallow;	/* 0 = everyone */
	/* The class log: one line (no newline) per event, called from the
	   lab's thread. Never passwords, AUTH arguments or message text. */
	void		(*log)(void *arg, const char *line);
	void		*log_arg;
};

/* Defaults of --lab-serve (README and the man page say them). */
#define LAB_DEF_CLIENT_CONNS	10
#define LAB_DEF_CLIENT_RATE	60
#define LAB_DEF_CLIENT_MSGS	60
#define LAB_DEF_INFLIGHT	(64 * 1024 * 1024)

struct lab;

/* Bind the three listeners (the preferred port, else a free one) and
   start serving. NULL on failure with err set. */
struct lab *lab_start(const struct lab_config *, char *err, size_t errlen);
/* Stop serving, close everything, wipe and free the inbox. */
void	lab_free(struct lab *);
/* The port a personality really listens on. */
int	lab_port(const struct lab *, enum lab_personality);
/* Which personality a port ("25", "587", "465" or the real port) means,
   or -1. */
int	lab_lookup(const struct lab *, int port);
/* The lab's certificate in PEM: clients trust it for lab connections. */
const char *lab_ca_pem(const struct lab *);
/* Its SHA-256 fingerprint, "AB:CD:...", into out (at least 96 bytes).
   -1 when it cannot be computed. */
int	lab_ca_fingerprint(const struct lab *, char *out, size_t outlen);
/* OP25B at run time: while on, "25" accepts no new connection (a
   client's connect or greeting times out); connections already served
   go on. */
void	lab_set_op25b(struct lab *, int on);
int	lab_op25b(struct lab *);
/* "10.0.0.0/8", "2001:db8::/32" or a single address. -1 if malformed. */
int	lab_cidr_parse(const char *, struct lab_cidr *);
/* Whether a numeric address string is a loopback address. */
int	lab_addr_is_loopback(const char *);
/* Append a listing of the messages accepted so far (envelope, then the
   message as received, dot-stuffing undone), lines ending in "\n".
   Returns the number of messages. */
size_t	lab_inbox(struct lab *, struct buf *out);

#endif
