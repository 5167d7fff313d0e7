/*
 * The session's insides, shared by the files that implement it:
 * session.c (life cycle, public API, the queue and its pump, the reply
 * handlers and the state), session_auth.c (SASL exchanges and AUTH typed
 * by hand), session_data.c (DATA streaming, the NUL scan, /send) and
 * session_find.c (findings).
 * Nothing outside core/session*.c includes this.
 */
#ifndef SMTPX_SESSION_INT_H
#define SMTPX_SESSION_INT_H

#include <sys/types.h>

#include <netdb.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdarg.h>
#include <time.h>

#include "buf.h"
#include "caps.h"
#include "dataenc.h"
#include "findings.h"
#include "i18n_core.h"
#include "io.h"
#include "msgbuild.h"
#include "notes.h"
#include "reply.h"
#include "resolve.h"
#include "sasl.h"
#include "session.h"
#include "smtpcmd.h"
#include "socks.h"
#include "tls.h"
#include "transcript.h"

#define SESSION_OUT_MAX		(1024 * 1024)	/* queued bytes to send */
#define SESSION_OUT_LOW		(64 * 1024)	/* refill a stream below this */
#define SESSION_CHUNK		(64 * 1024)
#define SESSION_SCAN_WINDOW	(4 * 1024 * 1024)	/* page-aligned */
#define SESSION_QUEUE_FULL	(256 * 1024)	/* queued bytes that ask the
						   front end to stop reading */
#define SESSION_ERR		512
#define SESSION_UNASKED_MAX	(2 * REPLY_LINES_MAX)
#define SESSION_AUTH_LINE_MAX	512	/* RFC 4954 4, CRLF included */
#define SESSION_CERT_MAX	(256 * 1024)	/* a kept chain, as PEM */

#define SESSION_SUBS_MAX	4
#define SESSION_PIPE_MAX	100	/* commands in one pipelined group */

/* Where the session looks for findings (session_find.c). */
enum session_find_at {
	SESSION_FIND_CONNECTED,		/* a connection is up: count it */
	SESSION_FIND_TLS,		/* a handshake done, or failed on the
					   certificate */
	SESSION_FIND_REPLY,		/* a reply to s->cmd, before its
					   handler runs */
	SESSION_FIND_UNASKED,		/* a reply nobody asked for */
	SESSION_FIND_CLOSED,		/* the server closed or reset */
};

/* What the session learnt, for the whole session (not per connection). */
struct session_findings {
	struct finding		*v;
	size_t			 n;
	int			 conn;		/* connections so far */
	struct timespec		 connected_at;	/* monotonic */
	char			 mech[32];	/* the AUTH in progress */
};

/* One subscriber to the session's events. */
struct session_sub {
	session_cb_fn	*fn;
	void		*arg;
};

enum qtype {
	Q_LINE,
	Q_STARTTLS,
	Q_AUTH,
	Q_DATA_FILE,
	Q_TEST_MSG,
	Q_BDAT_FILE,		/* text: the path; chunk: its chunk size */
	Q_PIPE,			/* text: a pipelined group's lines, each
				   ended by LF but the last; cmd: the
				   last one's */
};

/* One command of a pipelined group in flight (RFC 2920). */
struct session_pipe {
	enum smtpcmd	 cmd;
	char		*shown;		/* the line as sent (masked) */
};

struct qitem {
	enum qtype	 type;
	char		*text;		/* line, path, or the test message */
	unsigned	 flags;		/* SESSION_SUBMIT_* */
	struct sasl	*sasl;		/* Q_AUTH */
	char		*user;		/* Q_AUTH */
	enum smtpcmd	 cmd;		/* Q_LINE: what it is, classified once
					   when queued (SMTPCMD_DOT for a
					   lone "."); others SMTPCMD_NONE */
	int		 group;		/* /send items share one; 0 = none */
	size_t		 chunk;		/* Q_BDAT_FILE: bytes per BDAT */
	struct msgbuild	*mb;		/* Q_TEST_MSG: the message */
	size_t		 cost;		/* counted in the session's qbytes */
	struct qitem	*next;
};

/*
 * A message being streamed after 354 (from a file or from memory), or
 * a file sent as BDAT chunks: each chunk is "BDAT n" and exactly n bytes
 * of the file as they are, then its reply before the next chunk.
 */
struct stream {
	int		 fd;		/* -1 for a test message */
	struct msgbuild	*gen;		/* the /send message, or NULL */
	char		*name;
	struct dataenc	 enc;
	unsigned long long bytes;
	int		 bdat;		/* BDAT chunks, not DATA */
	size_t		 chunk;		/* bytes per BDAT */
	unsigned long long size;	/* the file's size, as fstat said */
	unsigned long long left;	/* bytes of the current chunk to go */
	size_t		 chunks;	/* BDAT commands sent */
	int		 last;		/* the current chunk is the LAST */
	int		 stop;		/* cancelled: no chunk after this one */
};

struct session {
	struct session_config	 cfg;
	char			*ehlo_name;
	char			*ca_file;
	char			*ca_pem;
	char			*servername;
	struct transcript	*tr;
	int			 notes;

	enum session_state	 state;
	const char		*host;		/* the target's name or address,
						   brackets removed */
	int			 port;
	int			 nominal_port;	/* for notes; 0 = port */
	int			 timeout_cfg_ms; /* cfg.timeout_ms as configured */
	int			 implicit_tls;

	/* Targets, resolving and connecting. */
	struct session_target	*targets;	/* own copies */
	size_t			 ntargets;
	size_t			 target;	/* the one tried now */
	int			 landed;	/* it greeted us */
	char			 greeting[256];	/* its greeting's first line,
						   for the notes' evidence */
	struct notes_refs	 refs;		/* RFCs the notes named in
						   this connection */
	int			 target_skip;	/* session_next_target */
	int			 targets_stop;	/* cancelled: no next one */
	struct resolver		*resolver;	/* the caller's, or NULL */
	struct resolver		*own_resolver;	/* getaddrinfo_a, made lazily */
	struct resolve_query	*rq;
	int			 mx_query;	/* rq asks for MX (--mx) */
	char			 mx_domain[256];
	int			 mx_port, mx_tls;
	struct resolve_result	 addrs;
	size_t			 addr_next;
	int			 conn_err;	/* errno of the last try */
	char			 addr[SOCKS_NAME_MAX + 16];	/* the address
						   connected to; through a proxy
						   the target's name and port */
	int			 fd;

	/* A SOCKS5 proxy: the configuration's, the one the next
	   connections use, and the handshake with it, which runs inside
	   SESSION_CONNECTING under the connect deadline. */
	struct socks_config	 proxy_cfg;
	int			 proxy_cfg_on;
	struct socks_config	 proxy;
	int			 proxy_on;
	struct socks		 socks;
	int			 socks_on;	/* the handshake is running */
	int			 via_proxy;	/* this target goes through it */

	/* Reads, writes and the TLS handshake, over fd once connected;
	   it sends from out. */
	struct io		 io;
	int			 io_on;		/* io started over fd */

	/* TLS. */
	struct tls		*tls;		/* io's, for the certificate */
	int			 tls_on;
	int			 tx_reset;	/* STARTTLS ended a transaction
						   (RFC 3207 4.2), and no MAIL
						   FROM has been taken since */
	struct tls_info		 tlsinfo;
	/* The last certificate the server sent, even if it failed
	   verification, kept until the next connect for /cert. */
	struct tls_info		 certinfo;
	int			 cert_kept;
	int			 tls_old;	/* the last handshake failed: the
						   server speaks only TLS < 1.2 */
	struct buf		 certpem;

	struct reply_parser	*rp;
	struct buf		 out;
	int			 out_secret;	/* a secret is in out: wipe it
						   once sent */
	struct qitem		*qhead, *qtail;
	size_t			 qbytes;	/* memory the queue holds */
	int			 awaiting;	/* a reply is owed to us */
	enum smtpcmd		 cmd;		/* the command it answers */
	char			 cmdline[1024];	/* that line as sent (masked) */
	char			 cmdword[16];	/* its first word, for messages */
	struct timespec		 sent_at;	/* when it went out */
	struct timespec		 state_at;	/* when the state last changed */
	int			 seen_tls;	/* as last told in an event */
	char			*seen_auth;
	struct session_sub	 subs[SESSION_SUBS_MAX];
	struct qitem		*current;	/* AUTH or /send item in flight */
	int			 secret_next;	/* next line answers a 334 */
	int			 hand_auth;	/* a typed AUTH is not over yet */
	char			*sasl_initial;	/* initial response held back
						   for the first 334 */
	char			*sasl_initial_show; /* its masked form */
	int			 unasked;	/* lines since we last sent one */
	char			*hand_user;	/* user of a hand-typed AUTH */
	struct sasl		*sasl;
	struct stream		*stream;
	/* The pipelined group in flight: its commands in order; the reply
	   awaited now answers pipe[pipe_at - 1], as s->cmd says. */
	struct session_pipe	*pipe;
	size_t			 pipe_n, pipe_at;
	int			 group_rcpts;	/* RCPTs accepted in a /send */

	struct caps		*caps, *prev_caps;
	char			*auth_user;

	struct timespec		 deadline;	/* monotonic; 0 = none */
	char			 waiting[80];	/* what the deadline is for */

	int			 late;		/* replies owed to cancelled
						   waits, still to come */
	int			 quit_ms;	/* session_quit: the wait for
						   the 221, then close */
	int			 worst;
	int			 idle_told;
	enum session_fail	 failure;
	int			 in_cb;
	struct session_findings	 found;
};

/* session.c */
void	session_deliver(struct session *, const struct session_event *);
void	session_pump(struct session *);
void	session_fail(struct session *, enum session_fail, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
void	session_entry(struct session *, enum tr_kind, unsigned, int,
	    const char *, size_t, const char *, size_t);
void	session_decoded(struct session *, const char *id, const char *data);
void	session_note_event(struct session *, enum notes_event);
void	session_changed(struct session *, enum session_state from);
void	session_set_state(struct session *, enum session_state);
void	session_set_cmd(struct session *, enum smtpcmd, const char *shown);
void	session_arm(struct session *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	session_write_line(struct session *, const char *, size_t,
	    const char *, unsigned);
struct qitem *session_enqueue(struct session *, enum qtype, const char *,
	    unsigned, int, char *, size_t);
struct qitem *session_qpop(struct session *);
void	session_qitem_free(struct qitem *);
size_t	session_drop(struct session *, int group);
int	session_kick(struct session *);
void	session_debug(struct session *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	session_deliver(struct session *, const struct session_event *);
void	session_note_always(void *, const struct note *);
void	session_reset_conn(struct session *);
void	session_end(struct session *, enum session_fail);
void	session_disarm(struct session *);
int	session_quitting(const struct session *);
void	session_reply(struct session *, struct reply *);
void	session_pipe_free(struct session *);
struct qitem *session_pipe_enqueue(struct session *, const char *const *,
	    size_t, int group, char *, size_t);

/* session_conn.c */
int	session_target_failed(struct session *, enum session_fail);
void	session_target_landed(struct session *);
void	session_targets_free(struct session_target *, size_t);
void	session_try_next(struct session *);
void	session_check_resolve(struct session *);
void	session_connected(struct session *);
void	session_socks_progress(struct session *);
struct io *session_io(struct session *);
void	session_start_tls(struct session *);
void	session_handshake(struct session *);
void	session_cert_failed(struct session *, const struct tls_info *);
int	session_read(struct session *);
void	session_write(struct session *);

/* session_find.c */
void	session_find(struct session *, enum session_find_at,
	    const struct reply *);
void	session_findings_free(struct session *);

/* session_auth.c */
void	session_sasl_initial_free(struct session *);
void	session_reply_auth(struct session *, const struct reply *);
void	session_start_auth(struct session *, struct qitem *);
int	session_typed_auth(struct session *, const char *line, char *shown,
	    size_t);

/* session_data.c */
void	session_stream_free(struct session *);
void	session_drop_message(struct session *);
void	session_start_stream(struct session *, struct qitem *);
void	session_stream_more(struct session *);
void	session_data_line(struct session *, struct qitem *);
void	session_start_bdat(struct session *, struct qitem *);
void	session_reply_bdat(struct session *, const struct reply *);
void	session_bdat_cancel(struct session *);

#endif
