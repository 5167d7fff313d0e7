/*
 * Type-ahead driver for the hostile suite. The line mode only reads the
 * next line when the session is idle, but on the screen a user can type
 * while STARTTLS is still in flight; this drives the engine the way the
 * screen does: everything is queued at once, right after connecting,
 * before any reply has come. It prints the transcript with the line-mode
 * markers, so the suite checks it like smtpx's own output.
 *
 *   typeahead HOST PORT CAFILE   queue EHLO, /starttls, a hand-typed
 *                                AUTH PLAIN, /auth PLAIN, MAIL FROM
 *
 * Exit status: 0 when the session ended with nothing left queued, 3 when
 * it failed (connection or TLS), 1 otherwise; 4 when the run took longer
 * than 15 s.
 */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "session.h"
#include "transcript.h"

static void
typeahead_event(const struct session_event *ev, void *arg)
{
	struct buf	 line;

	(void)arg;
	if (ev->type != SESSION_EV_ENTRY)
		return;
	buf_init(&line, 0);
	if (transcript_format(ev->entry, 1, 0, &line) == 0)
		printf("%s\n", line.data);
	buf_free(&line);
	fflush(stdout);
}

int
main(int argc, char **argv)
{
	struct session_config	 cfg;
	struct session		*s;
	struct pollfd		 pfd;
	char			 err[512];
	int			 timeout, n, r;
	time_t			 start = time(NULL);

	if (argc != 4) {
		fprintf(stderr, "usage: typeahead HOST PORT CAFILE\n");
		return 2;
	}
	memset(&cfg, 0, sizeof cfg);
	cfg.ehlo_name = "typeahead.test";
	cfg.timeout_ms = 3000;
	cfg.tls.ca_file = argv[3];
	if ((s = session_new(&cfg, typeahead_event, NULL)) == NULL)
		return 3;
	if (session_connect(s, argv[1], atoi(argv[2]), 0, err,
	    sizeof err) == -1) {
		fprintf(stderr, "%s\n", err);
		return 3;
	}
	/* All typed ahead, before the greeting has even arrived. */
	if (session_submit(s, "EHLO typeahead.test", 0, err, sizeof err) ||
	    session_starttls(s, err, sizeof err) ||
	    session_submit(s, "AUTH PLAIN AHR5cGVhaGVhZABUeXBlZEFoZWFkUHc=",
	    0, err, sizeof err) ||
	    session_auth(s, "PLAIN", "typeahead", "TypedAheadPw2", err,
	    sizeof err) ||
	    session_submit(s, "MAIL FROM:<typeahead@example.org>", 0, err,
	    sizeof err)) {
		fprintf(stderr, "queueing failed: %s\n", err);
		return 3;
	}
	while (session_state(s) != SESSION_CLOSED && session_busy(s)) {
		if (time(NULL) - start > 15) {
			session_free(s);
			return 4;
		}
		session_pollfd(s, &pfd.fd, &pfd.events, &timeout);
		pfd.revents = 0;
		if (timeout == -1 || timeout > 1000)
			timeout = 1000;
		n = poll(&pfd, pfd.fd == -1 ? 0 : 1, timeout);
		session_progress(s, n > 0 ? pfd.revents : 0);
	}
	r = session_failure(s) == SESSION_FAIL_CONNECT ||
	    session_failure(s) == SESSION_FAIL_TLS ? 3 :
	    session_busy(s) ? 1 : 0;
	session_free(s);
	return r;
}
