/*
 * Name resolution behind a small interface, so the session never blocks
 * on DNS, tests can give their own answers, and a DNS library (c-ares,
 * for MX, TXT and SRV) can plug in later. A resolver is a table of
 * operations over its own state; a query is started, polled (a
 * descriptor and events, or only a deadline, or neither), collected
 * once done, or cancelled. Every query is of a kind; the session asks
 * RESOLVE_ADDR (the addresses of a name, for a port), the front end
 * RESOLVE_MX for --mx; a resolver refuses kinds it does not know with an
 * error, never a guess.
 *
 * Two resolvers live here: glibc's getaddrinfo_a (the default; it has no
 * descriptor, so it asks to be polled every few milliseconds) and a fixed
 * table of answers (tests, and names the user pinned). The third, on
 * c-ares, answers every kind (dns.h).
 */
#ifndef SMTPX_RESOLVE_H
#define SMTPX_RESOLVE_H

#include <sys/socket.h>

#include <stddef.h>

enum resolve_kind {
	RESOLVE_ADDR,		/* A and AAAA of a name, with a port */
	RESOLVE_MX,		/* the mail exchangers of a domain */
	RESOLVE_TXT,		/* TXT records, one string each */
	RESOLVE_SRV,		/* SRV records of a name (_svc._tcp.domain) */
	RESOLVE_PTR,		/* names of an address literal */
	RESOLVE_TLSA,		/* TLSA records (RFC 6698) of a name
				   (_25._tcp.host), as strings "U S M HEX" */
};

/* One mail exchanger. */
struct resolve_mx {
	char		*host;
	int		 pref;
};

/* One SRV record. */
struct resolve_srv {
	char		*host;
	int		 prio, weight, port;
};

/* One address to connect to, port included. */
struct resolve_addr {
	struct sockaddr_storage	 sa;
	socklen_t		 salen;
};

/* What a query found; owned by the caller after resolve_collect. */
struct resolve_result {
	enum resolve_kind	 kind;
	struct resolve_addr	*addrs;		/* RESOLVE_ADDR */
	size_t			 naddrs;
	/* RESOLVE_MX, in preference order (ties keep the server's order).
	   A domain without MX has its implicit MX (RFC 5321 5.1): itself,
	   preference 0, and mx_implicit set. A null MX (RFC 7505, "0 .")
	   gives no hosts and null_mx set: the domain takes no mail. */
	struct resolve_mx	*mx;
	size_t			 nmx;
	int			 mx_implicit;
	int			 null_mx;
	/* RESOLVE_SRV, by priority, then weight (highest first). */
	struct resolve_srv	*srv;
	size_t			 nsrv;
	/* RESOLVE_TXT (each record's strings joined), RESOLVE_PTR and
	   RESOLVE_TLSA (usage, selector, matching type, data in hex). */
	char			**strs;
	size_t			 nstrs;
};

struct resolve_query;

/* What a resolver implements. A query belongs to its resolver and is
   freed by collect (once done) or cancel. */
struct resolver_ops {
	struct resolve_query *(*start)(void *impl, enum resolve_kind,
		    const char *name, int port, char *err, size_t errlen);
	/* fd (-1 for none) and events to poll, and the milliseconds until
	   it wants to be asked again (-1 for no limit). */
	void	(*pollfd)(const struct resolve_query *, int *fd, short *events,
		    int *timeout_ms);
	/* 1 still running; 0 done with res filled; -1 failed with err. */
	int	(*collect)(struct resolve_query *, struct resolve_result *res,
		    char *err, size_t errlen);
	void	(*cancel)(struct resolve_query *);
	void	(*free)(void *impl);
};

struct resolver;

/* A resolver over ops and its state (freed by ops->free). */
struct resolver *resolver_new(const struct resolver_ops *, void *impl);
/* The getaddrinfo_a resolver. */
struct resolver *resolver_gai_new(void);
/* A resolver answering from a table, at once; names not in it do not
   exist. */
struct resolver *resolver_table_new(void);
/* Add an answer to a table resolver: name has address addr (IPv4 or
   IPv6 literal), appended to its earlier ones. 0, or -1 (bad address, no
   memory, not a table resolver). */
int	resolver_table_add(struct resolver *, const char *name,
	    const char *addr);
void	resolver_free(struct resolver *);

/* Start a query; NULL with err when it cannot even start. */
struct resolve_query *resolve_start(struct resolver *, enum resolve_kind,
	    const char *name, int port, char *err, size_t errlen);
void	resolve_pollfd(const struct resolver *, const struct resolve_query *,
	    int *fd, short *events, int *timeout_ms);
/* As the ops: 1 running, 0 done (the query is freed), -1 failed (the
   query is freed). */
int	resolve_collect(struct resolver *, struct resolve_query *,
	    struct resolve_result *, char *err, size_t errlen);
void	resolve_cancel(struct resolver *, struct resolve_query *);

/* An address literal ("192.0.2.1", "::1") needs no resolver: 1 with res
   filled, 0 when addr is not a literal, -1 with err. */
int	resolve_literal(const char *addr, int port, struct resolve_result *,
	    char *err, size_t errlen);
/* "192.0.2.1:25" or "[2001:db8::1]:25". */
void	resolve_addr_str(const struct resolve_addr *, char *out,
	    size_t outlen);
void	resolve_result_free(struct resolve_result *);

#endif
