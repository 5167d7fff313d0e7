/*
 * What the lab's three files share and nothing else sees. lab.c owns the
 * thread, the listeners, the poll loop and the inbox; lab_smtp.c is one
 * client connection (its SMTP state machine over plain or TLS bytes);
 * lab_sasl.c is the server side of the SASL mechanisms. A connection is
 * opaque to the loop: it asks which poll events a connection wants, when
 * its deadline is, and hands it the events.
 */
#ifndef SMTPX_LAB_INT_H
#define SMTPX_LAB_INT_H

#include <sys/socket.h>

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "buf.h"
#include "lab.h"

#define LAB_MAXLINE	1000		/* RFC 5321 4.5.3.1.6, CRLF included */
#define LAB_MAXSIZE	(10 * 1024 * 1024)	/* advertised in SIZE */
#define LAB_MAXRCPT	100		/* RFC 5321 4.5.3.1.8 minimum */
#define LAB_MAXCONN	128
#define LAB_MAXERRORS	20		/* then 421, as Postfix's hard limit */
#define LAB_IDLE_MS	(300 * 1000)	/* RFC 5321 4.5.3.2.7: 5 minutes */
#define LAB_HANDSHAKE_MS (30 * 1000)
#define LAB_CLOSE_MS	(5 * 1000)	/* to flush a last reply */
#define LAB_STRESS_IDLE_MS (10 * 1000)	/* idle limit when crowded */
#define LAB_STRESS_CONNS (LAB_MAXCONN * 3 / 4) /* "crowded" from here */
#define LAB_GREYLIST_MS	(2 * 1000)	/* a retry after this is taken */
#define LAB_MAXCLIENTS	512		/* addresses tracked for limits */
#define LAB_INBOX_MAX	200		/* messages kept; oldest go first */
#define LAB_INBOX_BYTES	(64 * 1024 * 1024)
#define LAB_SCRAM_ITER	4096		/* RFC 7677 recommends at least this */

struct tls_server;
struct lab_conn;
struct lab_sasl;

/* What the server keeps for SCRAM instead of the password (RFC 5802 3). */
struct lab_scram_keys {
	unsigned char	 salt[16];
	unsigned char	 stored_key[32];
	unsigned char	 server_key[32];
};

/* One accepted message with its envelope. */
struct lab_msg {
	struct lab_msg	*next;
	char		 id[24];
	time_t		 when;
	enum lab_personality pers;
	char		 tls[16];	/* "TLSv1.3", or "" in clear */
	char		 user[80];	/* authenticated as, or "" */
	char		 peer[64];	/* client address */
	char		 helo[96];	/* "EHLO name" or "HELO name" */
	struct buf	 from;		/* reverse path without <> */
	struct buf	 rcpts;		/* forward paths, one a line */
	struct buf	 data;		/* as received, dot-stuffing undone */
	int		 dsn;		/* made by the lab: a DSN */
};

/* What the limits keep per client address (the lab thread's own). */
struct lab_client {
	char		 addr[64];	/* "" = free slot */
	int		 nconns;	/* open now */
	int64_t		 conn_win;	/* start of the current minute */
	int		 conn_count;	/* new connections in it */
	int64_t		 msg_win;
	int		 msg_count;	/* MAIL commands accepted in it */
	int64_t		 last;		/* for reuse of the slot */
};

struct lab {
	int		 fd[LAB_NPERSONALITIES];	/* listeners */
	int		 port[LAB_NPERSONALITIES];
	struct sockaddr_storage addr25;	/* where "25" listens (the plug) */
	int		 op25b;		/* as the thread has set it up */
	int		 op25b_want;	/* as asked; under lock */
	int		 plug;		/* op25b: fills the "25" backlog */
	struct lab_config cfg;		/* limits, --allow, the log */
	int		 stressed;	/* near LAB_MAXCONN: short idle limit */
	size_t		 inflight;	/* message bytes held by connections */
	struct lab_client clients[LAB_MAXCLIENTS];
	int		 wake[2];	/* self-pipe: lab_free wakes poll */
	int		 running;
	pthread_t	 thread;
	struct tls_server *tls;
	struct lab_scram_keys scram;

	/* The thread's own: connections being served. */
	struct lab_conn	**conns;
	size_t		 nconns;
	size_t		 cap;

	/* Shared with the front end; under lock. */
	pthread_mutex_t	 lock;
	struct lab_msg	*inbox;
	size_t		 nmsgs;
	size_t		 inbox_bytes;
	unsigned long	 seq;
};

/* lab.c */
extern const char *const lab_pnames[LAB_NPERSONALITIES];	/* "25" */
extern const char *const lab_pdesc[LAB_NPERSONALITIES];	/* "relay" */
int64_t	lab_now(void);		/* monotonic milliseconds */
/* Take a message into the inbox (which may drop the oldest); sets its
   id. The inbox owns it afterwards. */
void	lab_inbox_add(struct lab *, struct lab_msg *);
void	lab_msg_free(struct lab_msg *);
/* A line of the class log (printf-like), about peer on a lab port (pers
   is the personality + 1; 0 and NULL for the lab itself). Nothing is
   done without a log. */
void	lab_log(struct lab *, const char *peer, int pers, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The limits' record for an address (found or made). */
struct lab_client *lab_client_get(struct lab *, const char *addr);
/* A MAIL is to be taken from this address: 0, or -1 over the limit. */
int	lab_client_msg(struct lab *, const char *addr);

/* lab_smtp.c */
/* Serve a freshly accepted descriptor: greet in clear, or start the
   implicit TLS handshake. NULL when out of memory (fd is then closed). */
struct lab_conn *lab_conn_new(struct lab *, int fd, enum lab_personality,
	    const char *peer);
/* Poll events the connection waits for. */
short	lab_conn_events(const struct lab_conn *);
/* When it should be run even without events (its timeout). */
int64_t	lab_conn_deadline(const struct lab_conn *);
/* 1 when it can make progress without poll (bytes inside TLS). */
int	lab_conn_ready(const struct lab_conn *);
/* Make progress; -1 when the connection is over and should be freed. */
int	lab_conn_run(struct lab_conn *, short revents, int64_t now);
int	lab_conn_fd(const struct lab_conn *);
void	lab_conn_free(struct lab_conn *);

/* lab_sasl.c */
enum lab_sasl_res {
	LAB_SASL_CONTINUE,	/* send out as a 334 challenge */
	LAB_SASL_OK,		/* authenticated: lab_sasl_user() */
	LAB_SASL_DENIED,	/* wrong user or password: 535 */
	LAB_SASL_MALFORMED,	/* not the mechanism's syntax: 501 */
};
#define LAB_SASL_MECHS	"PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256"

/* Salt and derive the SCRAM keys for the demo password. -1 on failure. */
int	lab_sasl_setup(struct lab_scram_keys *);
/* A server exchange for mech (any case); NULL if not offered. */
struct lab_sasl *lab_sasl_new(const struct lab_scram_keys *, const char *mech);
/* One client message (decoded). have is 0 for an AUTH command without an
   initial response, so that no message is not an empty one. */
enum lab_sasl_res lab_sasl_step(struct lab_sasl *, const unsigned char *in,
	    size_t len, int have, struct buf *out);
/* Upper-case mechanism name and, after LAB_SASL_OK, the user. */
const char *lab_sasl_mech(const struct lab_sasl *);
const char *lab_sasl_user(const struct lab_sasl *);
void	lab_sasl_free(struct lab_sasl *);

#endif
