/*
 * The SMTP session engine: one connection at a time to the first of a
 * list of targets that answers, non-blocking throughout. The front end
 * owns the poll loop: it asks session_pollfd() for the descriptor, the
 * events wanted and the next deadline, polls, and calls
 * session_progress(). What happens comes back as typed events to every
 * subscriber (the callback given to session_new is the first); every line
 * sent or received is also an entry in the session's transcript, which
 * is what front ends draw.
 *
 * The user drives the conversation. session_submit() queues a typed line;
 * the engine sends queued lines one at a time, each when the reply to the
 * one before has come (type-ahead is allowed), and never refuses a line
 * for being out of order: a learner may send a wrong command on purpose.
 * The engine only tracks where RFC 5321 says the session is, so notes and
 * completion can use it. Two things it does hold back: nothing queued goes
 * out while a TLS handshake is running, and after a failed or unverified
 * STARTTLS (without insecure) the connection is closed, so nothing meant
 * for TLS is ever sent in clear.
 */
#ifndef SMTPX_SESSION_H
#define SMTPX_SESSION_H

#include <stdarg.h>
#include <stddef.h>

#include "caps.h"
#include "findings.h"
#include "reply.h"
#include "smtpcmd.h"
#include "resolve.h"
#include "socks.h"
#include "tls.h"
#include "transcript.h"

enum session_state {
	SESSION_CLOSED,		/* no connection */
	SESSION_RESOLVING,
	SESSION_CONNECTING,
	SESSION_TLS,		/* TLS handshake (implicit or STARTTLS) */
	SESSION_GREETING,	/* connected, waiting for the 220 */
	SESSION_READY,		/* greeted; no EHLO/HELO accepted yet */
	SESSION_HELLO,		/* EHLO or HELO accepted */
	SESSION_MAIL,		/* MAIL accepted: in a transaction */
	SESSION_RCPT,		/* at least one RCPT accepted */
	SESSION_DATA,		/* 354 received: message lines go out */
	SESSION_QUIT,		/* QUIT sent */
};

/* Failure classes; front ends map them to exit codes. */
enum session_fail {
	SESSION_OK,
	SESSION_FAIL_INTERNAL,	/* out of memory, bad call */
	SESSION_FAIL_CONNECT,	/* resolve, connect, I/O, timeout, closed */
	SESSION_FAIL_PROTOCOL,	/* malformed or unexpected server input */
	SESSION_FAIL_TLS,	/* handshake, verification, injection */
	SESSION_FAIL_AUTH,	/* SASL exchange failed on our side */
	SESSION_FAIL_USAGE,	/* bad request from the user */
};

enum session_ev_type {
	SESSION_EV_ENTRY,	/* ev->entry was added to the transcript */
	SESSION_EV_REPLY,	/* a whole reply (after its entries) */
	SESSION_EV_STATE,	/* state, TLS or authentication changed */
	SESSION_EV_IDLE,	/* nothing queued or awaited any more */
	SESSION_EV_CLOSED,	/* the connection is gone; ev->fail says why */
	SESSION_EV_TARGET,	/* a target answered or failed: ev->target */
	SESSION_EV_FINDING,	/* ev->finding was learnt (findings.h) */
};

/*
 * Where to connect: a list of targets, tried in order (every address of
 * each) until one greets us. A target is a host name (resolved, shown,
 * and verified by default), or an address to connect to without
 * resolving, or both; a port; implicit TLS or not (STARTTLS stays a
 * command); and the name for SNI and certificate verification (NULL: the
 * host name, then the session's servername setting; an address alone is
 * checked against the certificate's IP entries, which rarely match).
 */
struct session_target {
	const char	*host;		/* name, or NULL with addr */
	const char	*addr;		/* IPv4/IPv6 literal, or NULL */
	int		 port;
	int		 implicit_tls;
	const char	*verify_name;	/* or NULL */
};

/* How a target ended. */
enum session_target_result {
	SESSION_TARGET_ANSWERED,	/* it greeted us: the session is there */
	SESSION_TARGET_NO_ADDRESS,	/* the name did not resolve */
	SESSION_TARGET_REFUSED,
	SESSION_TARGET_TIMEOUT,		/* connect or greeting timed out */
	SESSION_TARGET_TLS,		/* handshake or verification failed */
	SESSION_TARGET_CLOSED,		/* closed before greeting */
	SESSION_TARGET_ERROR,		/* another error (connect, protocol) */
	SESSION_TARGET_SKIPPED,		/* the front end asked for the next */
};

struct session_target_report {
	size_t				 index;	/* from 0 */
	size_t				 count;
	const struct session_target	*target; /* the session's copy */
	enum session_target_result	 result;
	const char			*why;	/* details, or "" */
};

/* What a SESSION_EV_STATE says changed. */
#define SESSION_CH_STATE	0x01
#define SESSION_CH_TLS		0x02
#define SESSION_CH_AUTH		0x04

/*
 * One event. Pointers are valid during the callback only. A reply says
 * which command it answers (SMTPCMD_NONE for a late or unasked one) and
 * the line as it was sent, masked like the transcript (NULL without
 * one), and the state before and after its handler ran. A state event
 * says what changed since the last one, with before and after.
 */
struct session_event {
	enum session_ev_type	 type;
	const struct tr_entry	*entry;	/* SESSION_EV_ENTRY */
	const struct reply	*reply;	/* SESSION_EV_REPLY */
	enum session_fail	 fail;	/* SESSION_EV_CLOSED */
	enum smtpcmd		 cmd;	/* SESSION_EV_REPLY */
	const char		*cmdline; /* SESSION_EV_REPLY, or NULL */
	enum session_state	 from, to; /* SESSION_EV_REPLY, _STATE */
	unsigned		 changed; /* SESSION_EV_STATE: SESSION_CH_* */
	int			 tls_from, tls_to;
	const char		*auth_from, *auth_to; /* user, or NULL */
	const struct session_target_report *target; /* SESSION_EV_TARGET */
	const struct finding	*finding; /* SESSION_EV_FINDING */
};

typedef void session_cb_fn(const struct session_event *, void *arg);

/*
 * A debug trace for bug reports: one line at a time, without a line end
 * or a time stamp (the front end adds those). It says what happened
 * (states, commands by name, reply codes and latencies, connects, TLS
 * steps), never arguments, secrets or message text.
 */
typedef void session_debug_fn(void *arg, const char *line);

struct session_config {
	const char	*ehlo_name;	/* for /send and notes; may be NULL */
	int		 timeout_ms;	/* every wait; 0 = 30 s */
	size_t		 transcript_max; /* bytes kept; 0 = no bound */
	struct tls_client_config tls;
	session_debug_fn *debug;	/* NULL for none */
	void		*debug_arg;
	/* Connect through this SOCKS5 proxy (copied; NULL: directly). The
	   target's name goes to the proxy, which resolves it. */
	const struct socks_config *proxy;
};

struct session;

struct session *session_new(const struct session_config *,
	    session_cb_fn *cb, void *arg);
/* Also deliver events to fn (up to three besides the one given to
   session_new), after those before it. Returns 0, or -1 when full. */
int	session_subscribe(struct session *, session_cb_fn *fn, void *arg);
/* Stop delivering to fn with arg. */
void	session_unsubscribe(struct session *, session_cb_fn *fn, void *arg);
/* Closes the connection without QUIT and frees everything. */
void	session_free(struct session *);

/* Poll interest: the descriptor (or -1), the events (POLLIN/POLLOUT)
   and the milliseconds until the next deadline (-1 for none). */
void	session_pollfd(const struct session *, int *fd, short *events,
	    int *timeout_ms);
/* Make progress after poll (revents may be 0 when a timeout passed). */
void	session_progress(struct session *, short revents);

/*
 * Start connecting to host (name, IPv4, IPv6, or "[::1]") and port,
 * trying every address in turn. With implicit_tls the TLS handshake comes
 * first (port 465). Returns 0, or -1 with err (already connected, bad
 * port); resolve and connect failures arrive later as events.
 */
int	session_connect(struct session *, const char *host, int port,
	    int implicit_tls, char *err, size_t errlen);
/*
 * The same for a list of n targets (copied), tried in order: every
 * failure before a greeting moves on to the next target, reported as a
 * SESSION_EV_TARGET event (and, with more than one target, a transcript
 * line); the one that greets is reported as answered. Only the last
 * target's failure closes the session.
 */
int	session_connect_targets(struct session *,
	    const struct session_target *, size_t n, char *err, size_t errlen);
/*
 * Connect to the mail exchangers of domain (RFC 5321 5): its MX records
 * through the session's resolver (which must answer MX: dns.h), then
 * every exchanger in preference order as a list of targets on port,
 * each verified against its own name. No MX is the implicit MX (the
 * domain itself); a null MX (RFC 7505) or a domain that does not exist
 * ends the session with the reason in words. 0, or -1 with err.
 */
int	session_connect_mx(struct session *, const char *domain, int port,
	    int implicit_tls, char *err, size_t errlen);
/* Leave the current target (failed or not) for the next one. Returns 0,
   or -1 with err when not connecting or none is left. */
int	session_next_target(struct session *, char *err, size_t errlen);
/* The target in use (its index in *index), or NULL when none. */
const struct session_target *session_target(const struct session *,
	    size_t *index);
const char *session_target_result_name(enum session_target_result);
/* Resolve names with r (the caller keeps it, and it must outlive the
   session); NULL goes back to getaddrinfo_a. */
void	session_set_resolver(struct session *, struct resolver *r);
/* Trust this PEM certificate too for the next connections (the lab's),
   or stop trusting an earlier one with NULL. Returns 0 or -1. */
int	session_set_trust(struct session *, const char *pem);
/* TLS choices for the next connections: CA file, --servername and
   insecure (the extra trust of session_set_trust is kept apart). The
   strings are copied. Returns 0 or -1. */
int	session_set_tls(struct session *, const struct tls_client_config *);
/* The SOCKS5 proxy of the next connections (copied), or NULL to go
   back to the session_config's. Returns 0. */
int	session_set_proxy(struct session *, const struct socks_config *);
/* Every wait of the next connections (connect, greeting, replies) in
   ms; 0 goes back to the session_config's. */
void	session_set_timeout(struct session *, int ms);
/* The port the notes should assume (the lab's "587" listens elsewhere);
   0 means the real port. Kept until changed. */
void	session_set_nominal_port(struct session *, int port);
/* That port, or 0 when none was set. */
int	session_nominal_port(const struct session *);
/*
 * End the session politely: QUIT (after a reply still owed; what is
 * queued is dropped), then close when its reply comes, the server
 * closes, wait_ms passes or session_cancel is called. Not greeted yet,
 * QUIT already sent, or inside a message (QUIT would be a line of it):
 * close at once. Returns 1 while the reply to QUIT is awaited.
 */
int	session_quit(struct session *, int wait_ms);
/* Close now, without QUIT. */
void	session_close(struct session *);

#define SESSION_SUBMIT_SECRET	0x01	/* mask the whole line */

/*
 * Queue a line the user typed (no line end; it must not contain CR or
 * LF). In DATA it is a message line, dot-stuffed, and "." ends the
 * message. The engine masks what is secret on its own: the argument of
 * AUTH lines and lines answering a 334. Returns 0, or -1 with err.
 */
int	session_submit(struct session *, const char *line, unsigned flags,
	    char *err, size_t errlen);
/* 1 while the queue holds so much (256 KiB) that a front end should stop
   reading input until it drains: a paste of any size then waits in the
   terminal instead of in memory. Submitting still works. */
int	session_queue_full(const struct session *);
/* 1 while the next typed line may answer a 334 of an AUTH typed by hand
   (the engine masks it; front ends keep it off screen and out of
   history too). */
int	session_expects_secret(const struct session *);
/* 1 only once the server has sent that 334 and it is unanswered: what
   the prompt shows, as opposed to what is masked to be safe. */
int	session_asked_secret(const struct session *);
/* 1 when a line typed now goes out as a message line: in DATA, or after
   a DATA that is queued or awaiting its 354 (typed ahead, pasted). */
int	session_in_message(const struct session *);
/* Queue STARTTLS and the handshake that follows a 220. */
int	session_starttls(struct session *, char *err, size_t errlen);
/* Queue a whole SASL exchange. secret is copied and wiped after use. */
int	session_auth(struct session *, const char *mech, const char *user,
	    const char *secret, char *err, size_t errlen);
/* In DATA: stream path as the message and end it with CRLF.CRLF. Also
   queued (it may follow a DATA line that is still waiting for 354). */
int	session_data_file(struct session *, const char *path,
	    char *err, size_t errlen);
/*
 * Send path as BDAT chunks of chunk bytes (RFC 3030), the last one
 * "BDAT n LAST" (an empty file is "BDAT 0 LAST"): the bytes as they are,
 * read a piece at a time, each chunk's reply awaited before the next; a
 * refusal stops the rest. Queued like a command. chunk >= 1.
 */
int	session_bdat_file(struct session *, const char *path, size_t chunk,
	    char *err, size_t errlen);
/* MAIL, RCPT for each of to, DATA and a generated test message; when
   the server offers PIPELINING, MAIL to DATA go out in one write. */
int	session_send_test(struct session *, const char *from,
	    const char *const *to, size_t nto, char *err, size_t errlen);
/* What the session gives a message built for /send (core/msgbuild.h):
   the EHLO name for its Message-ID, the server, SMTPUTF8 offered. */
struct msgbuild_env;
void	session_msg_env(const struct session *, struct msgbuild_env *);
/* The same with mb as the message, built (msgbuild_finish) with env
   from session_msg_env; mb is the session's from here on, also when
   this fails. MAIL gets SMTPUTF8 when the headers went out as UTF-8,
   BODY=8BITMIME when the message has 8-bit bytes and the server offers
   8BITMIME. */
struct msgbuild;
int	session_send_message(struct session *, const char *from,
	    const char *const *to, size_t nto, struct msgbuild *mb,
	    char *err, size_t errlen);
/*
 * A pipelined group (RFC 2920): the n lines go out in one write once
 * nothing is awaited, and each reply is paired with its command in
 * order. Before the last line only MAIL, RCPT and RSET may stand (RFC
 * 2920 3.1); a group that breaks this, is empty, longer than 100 lines
 * or would be lines of a message is refused whole (-1 and err). Sent
 * whether or not the server offers PIPELINING (a note says so).
 */
int	session_pipeline(struct session *, const char *const *lines,
	    size_t n, char *err, size_t errlen);
/* Stop waiting: drop what is queued; an unfinished connect or handshake
   is closed. A reply still in flight is shown when it comes. Returns 1 if
   something was cancelled. */
int	session_cancel(struct session *);
/* Drop only what is queued (a paste being stopped): what was sent still
   gets its reply. Returns how many items were dropped. */
size_t	session_cancel_queued(struct session *);
/* 1 while items are queued, not yet sent. */
int	session_has_queued(const struct session *);

/* Add an entry on behalf of the front end (its own events, /explain). */
void	session_log(struct session *, enum tr_kind, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* The same with a va_list and TR_F_* flags; lines are cut at 2 KiB. */
void	session_vlog(struct session *, enum tr_kind, unsigned flags,
	    const char *fmt, va_list);
/* The same with text as it is, and TR_F_* flags. */
void	session_log_text(struct session *, enum tr_kind, unsigned flags,
	    const char *text, size_t len);
/* Turn the note entries the engine writes on or off (default on). */
void	session_set_notes(struct session *, int on);

/* Where the session stands. */
enum session_state session_state(const struct session *);
const char *session_state_name(enum session_state);
/* 1 while something is queued or a reply, connect or handshake is awaited. */
int	session_busy(const struct session *);
/* 1 while replies to a pipelined group are still owed. */
int	session_in_group(const struct session *);
const char *session_host(const struct session *);
int	session_port(const struct session *);
int	session_tls_active(const struct session *);
/* TLS facts, or NULL without TLS. */
const struct tls_info *session_tls_info(const struct session *);
/* The last certificate the server sent on this connection, kept after a
   failed verification or a close until the next connect; NULL if none. */
const struct tls_info *session_cert_info(const struct session *);
/* 1 when the last TLS handshake failed because the server speaks only
   a version older than TLS 1.2 (RFC 8996), which smtpx does not offer. */
int	session_tls_old(const struct session *);
/* What a target's result says of that failure. */
#define SESSION_TLS_OLD_WHY	"the server speaks only TLS 1.1 or older"
/* Append that chain described (see tls_describe_pem); -1 without one. */
int	session_tls_chain(const struct session *, struct buf *out);
/* That chain as PEM and its length, or NULL. */
const char *session_cert_pem(const struct session *, size_t *len);
/* The user authenticated as, or NULL. */
const char *session_auth_user(const struct session *);
/* Capabilities from the last EHLO in this TLS state, or NULL. */
const struct caps *session_caps(const struct session *);
/* What the server expects next, as an id ("hint.ehlo", "hint.rcpt-data",
   "" for nothing) the front end puts into words (tui/render.c). */
const char *session_hint(const struct session *);
const struct transcript *session_transcript(const struct session *);
/* The findings of the whole session, every connection, oldest first
   (at most FINDINGS_MAX); *n is set. Valid until the session next
   makes progress or connects. */
const struct finding *session_findings(const struct session *, size_t *n);
/* The worst reply class seen so far (2, 3, 4, 5), 0 for none. */
int	session_worst_class(const struct session *);
/* The first failure class that closed a connection, SESSION_OK if none. */
enum session_fail session_failure(const struct session *);

#endif
