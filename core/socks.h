/*
 * A SOCKS5 client (RFC 1928, with the username/password login of RFC
 * 1929) as a state machine over a connected, non-blocking socket: the
 * session connects to the proxy, then socks_step() sends the method
 * offer, the login when the proxy picks it and the CONNECT request, and
 * reads each answer, until the proxy says the target is connected. The
 * target goes by NAME (ATYP 3) unless it is an address literal, so the
 * proxy resolves it: from where the proxy stands, not from here.
 *
 * Input is read no further than the proxy's reply ends (socks_need), so
 * the first bytes of the target (an SMTP greeting the proxy passes on at
 * once) stay in the socket for the session. Every failure is in words
 * (socks_error), the proxy's reply codes included; deadlines are the
 * caller's. socks_feed() takes bytes in pieces of any size, for tests.
 */
#ifndef SMTPX_SOCKS_H
#define SMTPX_SOCKS_H

#include <stddef.h>

#define SOCKS_NAME_MAX	255	/* RFC 1928 and RFC 1929 lengths */

/* Where the proxy is and who logs in; the password never comes from a
   command line (the front end reads it from a file). */
struct socks_config {
	char	 host[SOCKS_NAME_MAX + 1];
	int	 port;
	char	 user[SOCKS_NAME_MAX + 1];	/* "" for no login */
	char	 password[SOCKS_NAME_MAX + 1];
	int	 remote_dns;	/* socks5h:// (names always go to the
				   proxy; kept to say what was asked) */
};

/*
 * Parse "socks5://[USER@]HOST:PORT" or "socks5h://..." (HOST may be
 * "[IPv6]") into c, password empty. A password in the URL
 * (USER:PASSWORD@) is refused: it would sit in the process list. 0, or
 * -1 with err.
 */
int	socks_parse_url(const char *url, struct socks_config *c, char *err,
	    size_t errlen);
/* Wipe the password. */
void	socks_config_wipe(struct socks_config *);

enum socks_status {
	SOCKS_MORE,	/* poll for socks_events() and step again */
	SOCKS_DONE,	/* the proxy connected the target: the socket is
			   the target's now */
	SOCKS_FAIL,	/* see socks_error() and socks_errno() */
};

enum socks_phase {
	SOCKS_P_METHOD,		/* reading the method the proxy chose */
	SOCKS_P_LOGIN,		/* reading the answer to the login */
	SOCKS_P_REPLY,		/* reading VER REP RSV ATYP */
	SOCKS_P_ADDRLEN,	/* the length of a name in the reply */
	SOCKS_P_ADDR,		/* the bound address and port */
	SOCKS_P_DONE,
	SOCKS_P_FAILED,
};

struct socks {
	enum socks_phase phase;
	unsigned char	 out[3 + 2 * (SOCKS_NAME_MAX + 1) + 8];
	size_t		 outlen, outoff;
	unsigned char	 in[SOCKS_NAME_MAX + 8];
	size_t		 inlen, need;	/* bytes in, bytes this phase wants */
	char		 host[SOCKS_NAME_MAX + 1];	/* the target */
	int		 port;
	char		 user[SOCKS_NAME_MAX + 1];
	char		 password[SOCKS_NAME_MAX + 1];
	int		 rep;		/* the proxy's reply code, or -1 */
	int		 atyp;		/* the reply's address type */
	int		 err_errno;	/* what the failure is like */
	char		 bound[SOCKS_NAME_MAX + 8];	/* BND.ADDR:BND.PORT */
	char		 err[512];
};

/* Start on the target host (a name, or an IPv4 or IPv6 literal) and
   port, logging in as c's user when it has one; the method offer is
   queued. 0, or -1 with socks_error (a name over 255 bytes). */
int	socks_start(struct socks *, const struct socks_config *c,
	    const char *host, int port);
/* Wipe what the machine holds (the password, the login on its way). */
void	socks_wipe(struct socks *);

/* One step over fd: send what is queued, read what the phase wants.
   SOCKS_MORE, SOCKS_DONE or SOCKS_FAIL. */
enum socks_status socks_step(struct socks *, int fd);
/* POLLOUT while something is to be sent, else POLLIN. */
short	socks_events(const struct socks *);

/* The machine without a socket: bytes queued for the proxy, and how many
   were sent; */
const unsigned char *socks_output(const struct socks *, size_t *len);
void	socks_sent(struct socks *, size_t n);
/* how many bytes may be read now (0 when it is not reading); and bytes
   from the proxy, at most socks_need() of them. */
size_t	socks_need(const struct socks *);
enum socks_status socks_feed(struct socks *, const void *p, size_t n);
/* The proxy closed the connection before its answer was whole. */
enum socks_status socks_eof(struct socks *);

/* The failure in words; the proxy's reply code (1-255) or -1 when the
   failure was not a reply; and an errno much like it (ECONNREFUSED for
   "connection refused", ETIMEDOUT for "TTL expired", EPROTO for a
   malformed reply) for callers that classify failures. */
const char *socks_error(const struct socks *);
int	socks_reply(const struct socks *);
int	socks_errno(const struct socks *);
/* The address the proxy connected from (BND.ADDR:PORT), "" until done. */
const char *socks_bound(const struct socks *);
/* A reply code in words: "general failure", ... ("unknown" for others). */
const char *socks_reply_str(int rep);

#endif
