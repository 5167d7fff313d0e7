/*
 * A core-only test harness: a scripted SMTP peer on loopback and a loop
 * that drives core/session.c through session_pollfd/session_progress
 * with bounded deadlines, no front end in between. The peer runs in its
 * own thread with blocking I/O (every read bounded by a receive timeout)
 * and follows a script of steps; it speaks TLS through core/tls.c with a
 * throwaway certificate after a STARTTLS step. The session's events are
 * recorded so tests can check which command each reply answered and the
 * states before and after.
 */
#ifndef SMTPX_TEST_HARNESS_H
#define SMTPX_TEST_HARNESS_H

#include <pthread.h>

#include "session.h"

enum hstep_kind {
	H_END,		/* end of the script: close */
	H_EXPECT,	/* read one line; it must start with arg (any case) */
	H_SEND,		/* write arg as it is (line ends included) */
	H_STALL,	/* wait ms without reading */
	H_STARTTLS,	/* TLS server handshake */
	H_DATA,		/* read message lines up to a lone "." */
	H_CLOSE,	/* close now */
};

struct hstep {
	enum hstep_kind	 kind;
	const char	*arg;
	int		 ms;
};

#define H_EVENTS_MAX	64

/* One recorded event. */
struct hevent {
	enum session_ev_type	 type;
	enum smtpcmd		 cmd;
	int			 code;
	char			 line[128];
	enum session_state	 from, to;
	unsigned		 changed;
	int			 tls_to;
	char			 auth_to[32];
	enum session_fail	 fail;
};

struct harness {
	struct session		*s;
	const struct hstep	*script;
	int			 lfd, port;
	pthread_t		 thread;
	int			 started;
	struct tls_server	*srv;
	/* Written by the peer thread, read after it is joined. */
	char			 peer_err[256];
	char			 data[4096];	/* the message lines it read */
	int			 steps_done;
	/* Events, in order. */
	struct hevent		 ev[H_EVENTS_MAX];
	int			 nev;
	int			 closed;
	/* The session's debug trace, a line each (cut when full). */
	char			 trace[16384];
};

/* Listen, start the peer on script and make a session with the
   peer's certificate trusted. 0, or -1 (with a message on stderr). */
int	harness_start(struct harness *, const struct hstep *script);
/* The same with the session's wait for anything (3000 ms above). */
int	harness_start_wait(struct harness *, const struct hstep *script,
	    int timeout_ms);
/* Drive the session until done(h) is true or ms pass; 1 if done. */
int	harness_run(struct harness *, int (*done)(struct harness *), int ms);
/* Connect to the peer; 0 or -1. */
int	harness_connect(struct harness *);
/* Wait for the peer to finish its script (bounded) and free all. */
void	harness_finish(struct harness *);
/* Conditions for harness_run. */
int	harness_idle(struct harness *);
int	harness_closed(struct harness *);
/* The n-th recorded event of type, or NULL. */
const struct hevent *harness_event(const struct harness *,
	    enum session_ev_type, int n);

#endif
