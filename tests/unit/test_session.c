/*
 * core/session.c alone, against the scripted peer of harness.c: the
 * state machine through a whole submission (each reply's command and the
 * states before and after, TLS and authentication changes), a greeting
 * 554, the HELO fallback, a refused DATA dropping the message typed
 * ahead, pipelined groups (replies paired in order, a cancel inside
 * one), replies nobody asked for, and a "." typed outside a message.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "session.h"
#include "smtpcmd.h"

#define RUN_MS	8000

#define S(x)	{ H_SEND, x, 0 }
#define E(x)	{ H_EXPECT, x, 0 }

static void
submit(struct harness *h, const char *line)
{
	char	 err[256];

	assert_int_equal(session_submit(h->s, line, 0, err, sizeof err), 0);
}

static void
check_reply(const struct harness *h, int n, enum smtpcmd cmd, int code,
    enum session_state from, enum session_state to)
{
	const struct hevent	*e = harness_event(h, SESSION_EV_REPLY, n);

	assert_non_null(e);
	assert_string_equal(smtpcmd_name(e->cmd), smtpcmd_name(cmd));
	assert_int_equal(e->code, code);
	assert_string_equal(session_state_name(e->from),
	    session_state_name(from));
	assert_string_equal(session_state_name(e->to),
	    session_state_name(to));
}

static void
test_submission(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"),
		S("250-peer.test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n"),
		E("STARTTLS"), S("220 go ahead\r\n"), { H_STARTTLS, NULL, 0 },
		E("EHLO client.test"),
		S("250-peer.test\r\n250 AUTH PLAIN\r\n"),
		E("AUTH PLAIN "), S("235 2.7.0 ok\r\n"),
		E("MAIL FROM:<a@client.test>"), S("250 2.1.0 ok\r\n"),
		E("RCPT TO:<b@peer.test>"), S("250 2.1.5 ok\r\n"),
		E("DATA"), S("354 go\r\n"),
		{ H_DATA, NULL, 0 }, S("250 2.0.0 queued\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness		 h;
	const struct hevent	*e;
	char			 err[256];
	int			 i, tls = 0, auth = 0;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(session_starttls(h.s, err, sizeof err), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(session_auth(h.s, "PLAIN", "alice", "Pw-1234", err,
	    sizeof err), 0);
	submit(&h, "MAIL FROM:<a@client.test>");
	submit(&h, "RCPT TO:<b@peer.test>");
	submit(&h, "DATA");
	submit(&h, "Subject: harness");
	submit(&h, "");
	submit(&h, "body");
	submit(&h, ".");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_int_equal(session_quit(h.s, 2000), 1);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	check_reply(&h, 0, SMTPCMD_GREETING, 220, SESSION_GREETING,
	    SESSION_READY);
	check_reply(&h, 1, SMTPCMD_EHLO, 250, SESSION_READY, SESSION_HELLO);
	check_reply(&h, 2, SMTPCMD_STARTTLS, 220, SESSION_HELLO, SESSION_TLS);
	check_reply(&h, 3, SMTPCMD_EHLO, 250, SESSION_READY, SESSION_HELLO);
	check_reply(&h, 4, SMTPCMD_AUTH, 235, SESSION_HELLO, SESSION_HELLO);
	check_reply(&h, 5, SMTPCMD_MAIL, 250, SESSION_HELLO, SESSION_MAIL);
	check_reply(&h, 6, SMTPCMD_RCPT, 250, SESSION_MAIL, SESSION_RCPT);
	check_reply(&h, 7, SMTPCMD_DATA, 354, SESSION_RCPT, SESSION_DATA);
	check_reply(&h, 8, SMTPCMD_DOT, 250, SESSION_DATA, SESSION_HELLO);
	check_reply(&h, 9, SMTPCMD_QUIT, 221, SESSION_HELLO, SESSION_QUIT);
	assert_null(harness_event(&h, SESSION_EV_REPLY, 10));
	/* The AUTH line in the event is masked like the transcript. */
	e = harness_event(&h, SESSION_EV_REPLY, 4);
	assert_non_null(strstr(e->line, "AUTH PLAIN"));
	assert_null(strstr(e->line, "UHctMTIzNA"));
	assert_string_equal(harness_event(&h, SESSION_EV_REPLY, 1)->line,
	    "EHLO client.test");
	for (i = 0; (e = harness_event(&h, SESSION_EV_STATE, i)) != NULL;
	    i++) {
		if (e->changed & SESSION_CH_TLS && e->tls_to)
			tls++;
		if (e->changed & SESSION_CH_AUTH &&
		    strcmp(e->auth_to, "alice") == 0)
			auth++;
	}
	assert_int_equal(tls, 1);
	assert_int_equal(auth, 1);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
	assert_string_equal(h.data, "Subject: harness\n\nbody\n");
}

static void
test_greeting_554(void **state)
{
	static const struct hstep script[] = {
		S("554 go away\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	check_reply(&h, 0, SMTPCMD_GREETING, 554, SESSION_GREETING,
	    SESSION_READY);
	assert_int_equal(session_worst_class(h.s), 5);
	assert_int_equal(session_quit(h.s, 2000), 1);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	check_reply(&h, 1, SMTPCMD_QUIT, 221, SESSION_READY, SESSION_QUIT);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

static void
test_helo_fallback(void **state)
{
	static const struct hstep script[] = {
		S("220 old.test SMTP\r\n"),
		E("EHLO client.test"), S("502 what?\r\n"),
		E("HELO client.test"), S("250 old.test\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness		 h;
	const struct hevent	*e;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	check_reply(&h, 1, SMTPCMD_EHLO, 502, SESSION_READY, SESSION_READY);
	check_reply(&h, 2, SMTPCMD_HELO, 250, SESSION_READY, SESSION_HELLO);
	e = harness_event(&h, SESSION_EV_REPLY, 2);
	assert_string_equal(e->line, "HELO client.test");
	assert_non_null(session_caps(h.s));
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

static void
test_refused_data(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO"), S("250 peer.test\r\n"),
		E("MAIL"), S("250 ok\r\n"),
		E("RCPT"), S("250 ok\r\n"),
		E("DATA"), S("554 no data for you\r\n"),
		/* Not "Subject:" or "NOOP in the message": the next line
		   after the refusal is the command typed after the "." */
		E("NOOP after"), S("250 ok\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	submit(&h, "MAIL FROM:<a@client.test>");
	submit(&h, "RCPT TO:<b@peer.test>");
	submit(&h, "DATA");
	assert_int_equal(session_in_message(h.s), 1);
	submit(&h, "Subject: typed ahead");
	submit(&h, "NOOP in the message");
	submit(&h, ".");
	assert_int_equal(session_in_message(h.s), 0);
	submit(&h, "NOOP after");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	check_reply(&h, 4, SMTPCMD_DATA, 554, SESSION_RCPT, SESSION_RCPT);
	check_reply(&h, 5, SMTPCMD_NOOP, 250, SESSION_RCPT, SESSION_RCPT);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
	assert_int_equal(h.steps_done, 11);
}

/* A pipelined group (RFC 2920): one queue item, its replies paired in
   order with its commands; a message is expected once a group ending in
   DATA is queued; a group against the rule is refused whole. */
static void
test_pipeline(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO"), S("250-peer.test\r\n250 PIPELINING\r\n"),
		E("MAIL"), E("RCPT TO:<b@"), E("RCPT TO:<c@"), E("DATA"),
		S("250 ok\r\n550 no\r\n250 ok\r\n354 go\r\n"),
		{ H_DATA, NULL, 0 }, S("250 2.0.0 queued\r\n"),
		E("NOOP"), S("250 ok\r\n"),
		{ H_END, NULL, 0 }
	};
	static const char *const group[] = { "MAIL FROM:<a@client.test>",
	    "RCPT TO:<b@peer.test>", "RCPT TO:<c@peer.test>", "DATA" };
	static const char *const bad[] = { "MAIL FROM:<a@client.test>",
	    "DATA", "RCPT TO:<b@peer.test>" };
	struct harness		 h;
	const struct hevent	*e;
	char			 err[512];

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(session_pipeline(h.s, bad, 3, err, sizeof err), -1);
	assert_non_null(strstr(err, "RFC 2920"));
	assert_int_equal(session_pipeline(h.s, group, 0, err, sizeof err),
	    -1);
	assert_int_equal(session_pipeline(h.s, group, 4, err, sizeof err), 0);
	assert_int_equal(session_in_message(h.s), 1);
	submit(&h, "Subject: piped");
	submit(&h, ".");
	submit(&h, "NOOP");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	check_reply(&h, 1, SMTPCMD_EHLO, 250, SESSION_READY, SESSION_HELLO);
	check_reply(&h, 2, SMTPCMD_MAIL, 250, SESSION_HELLO, SESSION_MAIL);
	check_reply(&h, 3, SMTPCMD_RCPT, 550, SESSION_MAIL, SESSION_MAIL);
	check_reply(&h, 4, SMTPCMD_RCPT, 250, SESSION_MAIL, SESSION_RCPT);
	check_reply(&h, 5, SMTPCMD_DATA, 354, SESSION_RCPT, SESSION_DATA);
	check_reply(&h, 6, SMTPCMD_DOT, 250, SESSION_DATA, SESSION_HELLO);
	check_reply(&h, 7, SMTPCMD_NOOP, 250, SESSION_HELLO, SESSION_HELLO);
	e = harness_event(&h, SESSION_EV_REPLY, 3);
	assert_string_equal(e->line, "RCPT TO:<b@peer.test>");
	assert_int_equal(session_failure(h.s), SESSION_OK);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
	assert_string_equal(h.data, "Subject: piped\n");
}

static int	never(struct harness *);

static int
six_replies(struct harness *h)
{
	return harness_event(h, SESSION_EV_REPLY, 5) != NULL;
}

/* A wait cancelled inside a group: every reply still owed comes late,
   none is taken for a reply nobody asked for. */
static void
test_pipeline_cancel(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO"), S("250-peer.test\r\n250 PIPELINING\r\n"),
		E("MAIL"), E("RCPT"), E("RSET"),
		{ H_STALL, NULL, 400 },
		S("250 ok\r\n250 ok\r\n250 ok\r\n"),
		E("NOOP"), S("250 ok\r\n"),
		{ H_END, NULL, 0 }
	};
	static const char *const group[] = { "MAIL FROM:<a@client.test>",
	    "RCPT TO:<b@peer.test>", "RSET" };
	struct harness		 h;
	char			 err[512];

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(session_pipeline(h.s, group, 3, err, sizeof err), 0);
	harness_run(&h, never, 200);
	assert_int_equal(session_cancel(h.s), 1);
	submit(&h, "NOOP");
	assert_int_equal(harness_run(&h, six_replies, RUN_MS), 1);
	assert_int_equal(session_failure(h.s), SESSION_OK);
	assert_int_equal(session_state(h.s), SESSION_HELLO);
	check_reply(&h, 2, SMTPCMD_NONE, 250, SESSION_HELLO, SESSION_HELLO);
	check_reply(&h, 4, SMTPCMD_NONE, 250, SESSION_HELLO, SESSION_HELLO);
	check_reply(&h, 5, SMTPCMD_NOOP, 250, SESSION_HELLO, SESSION_HELLO);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

static void
test_unasked(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO"), S("250 peer.test\r\n"),
		{ H_STALL, NULL, 200 },
		S("250 nobody asked\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness		 h;
	const struct hevent	*e;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	assert_int_equal(session_failure(h.s), SESSION_FAIL_PROTOCOL);
	e = harness_event(&h, SESSION_EV_CLOSED, 0);
	assert_non_null(e);
	assert_int_equal(e->fail, SESSION_FAIL_PROTOCOL);
	/* The unasked reply is no SESSION_EV_REPLY of the EHLO. */
	assert_null(harness_event(&h, SESSION_EV_REPLY, 2));
	harness_finish(&h);
}

static void
test_unasked_421(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO"), S("250 peer.test\r\n"),
		{ H_STALL, NULL, 200 },
		S("421 4.3.2 shutting down\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	/* RFC 5321 3.8: a 421 may come at any time; it answers nothing. */
	check_reply(&h, 2, SMTPCMD_NONE, 421, SESSION_HELLO, SESSION_HELLO);
	assert_int_equal(session_failure(h.s), SESSION_OK);
	harness_finish(&h);
}

/* A "." typed outside a message is a line like any other: its reply
   does not end a transaction that never began (it used to move the
   state to "EHLO accepted"). */
static void
test_dot_outside_message(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("."), S("500 5.5.2 what?\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, ".");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_int_equal(session_state(h.s), SESSION_READY);
	check_reply(&h, 1, SMTPCMD_OTHER, 500, SESSION_READY, SESSION_READY);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

static int
never(struct harness *h)
{
	(void)h;
	return 0;
}

/* /bdat: a QUIT while a chunk's reply is owed waits for that reply and
   sends no further chunk; the chunk's bytes went as they are. */
static void
test_bdat_quit(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"),
		S("250-peer.test\r\n250 CHUNKING\r\n"),
		E("MAIL FROM:<a@client.test>"), S("250 2.1.0 ok\r\n"),
		E("RCPT TO:<b@peer.test>"), S("250 2.1.5 ok\r\n"),
		E("BDAT 4"), E("ab"),
		{ H_STALL, NULL, 600 },
		S("250 2.0.0 4 octets\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;
	char		 path[] = "/tmp/smtpx-bdat-XXXXXX", err[256];
	int		 fd;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	assert_int_equal(write(fd, "ab\r\ncd\r\nef\r\n", 12), 12);
	close(fd);
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	submit(&h, "MAIL FROM:<a@client.test>");
	submit(&h, "RCPT TO:<b@peer.test>");
	assert_int_equal(session_bdat_file(h.s, path, 4, err, sizeof err), 0);
	/* The peer holds the first chunk's reply back meanwhile. */
	assert_int_equal(harness_run(&h, never, 300), 0);
	assert_int_equal(session_quit(h.s, 3000), 1);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	unlink(path);
	check_reply(&h, 4, SMTPCMD_BDAT, 250, SESSION_RCPT, SESSION_RCPT);
	check_reply(&h, 5, SMTPCMD_QUIT, 221, SESSION_RCPT, SESSION_QUIT);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* More than one subscriber: each sees every event, in the order they
   joined; one that leaves sees no more. */
struct counter {
	int	 replies, order, first;
	int	*clock;
};

static void
count_event(const struct session_event *ev, void *arg)
{
	struct counter	*c = arg;

	if (ev->type != SESSION_EV_REPLY)
		return;
	c->replies++;
	c->order = ++*c->clock;
	if (c->first == 0)
		c->first = c->order;
}

static void
test_subscribers(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("NOOP"), S("250 ok\r\n"),
		E("NOOP"), S("250 ok\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;
	struct counter	 a, b;
	int		 clock = 0;

	(void)state;
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.clock = b.clock = &clock;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(session_subscribe(h.s, count_event, &a), 0);
	assert_int_equal(session_subscribe(h.s, count_event, &b), 0);
	assert_int_equal(session_subscribe(h.s, count_event, &b), 0);
	assert_int_equal(session_subscribe(h.s, count_event, &b), -1);
	session_unsubscribe(h.s, count_event, &b);
	assert_int_equal(session_subscribe(h.s, count_event, &b), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "NOOP");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	/* Greeting and NOOP; a's call comes before b's each time. */
	assert_int_equal(a.replies, 2);
	assert_int_equal(b.replies, 2);
	assert_true(a.first < b.first);
	session_unsubscribe(h.s, count_event, &a);
	submit(&h, "NOOP");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_int_equal(a.replies, 2);
	assert_int_equal(b.replies, 3);
	/* session_new's subscriber still hears everything. */
	assert_non_null(harness_event(&h, SESSION_EV_REPLY, 2));
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* The debug trace: transitions from X to Y, commands by name, reply
   codes with latencies; never the AUTH exchange or message text. */
static void
test_debug_trace(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO"), S("250-peer.test\r\n250 AUTH PLAIN LOGIN\r\n"),
		E("AUTH LOGIN"), S("334 VXNlcm5hbWU6\r\n"),
		E(""), S("334 UGFzc3dvcmQ6\r\n"),
		E(""), S("235 ok\r\n"),
		E("MAIL"), S("250 ok\r\n"),
		E("RCPT"), S("250 ok\r\n"),
		E("DATA"), S("354 go\r\n"),
		{ H_DATA, NULL, 0 }, S("250 queued\r\n"),
		{ H_END, NULL, 0 }
	};
	struct harness	 h;
	char		 err[256];

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(session_auth(h.s, "LOGIN", "alice", "Trace-Pw-77",
	    err, sizeof err), 0);
	submit(&h, "MAIL FROM:<trace-from@client.test>");
	submit(&h, "RCPT TO:<trace-to@peer.test>");
	submit(&h, "DATA");
	submit(&h, "Trace-Body-Text");
	submit(&h, ".");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_non_null(strstr(h.trace, "state: closed -> resolving"));
	assert_non_null(strstr(h.trace,
	    "state: greeted, no EHLO yet -> EHLO accepted (after "));
	assert_non_null(strstr(h.trace, "reply 220 to the greeting in "));
	assert_non_null(strstr(h.trace, "sent AUTH\n"));
	assert_non_null(strstr(h.trace, "reply 334 to AUTH in "));
	assert_non_null(strstr(h.trace, "reply 235 to AUTH in "));
	assert_non_null(strstr(h.trace, "authenticated: yes\n"));
	assert_non_null(strstr(h.trace, "sent .\n"));
	assert_null(strstr(h.trace, "Trace-Pw-77"));
	assert_null(strstr(h.trace, "VHJhY2UtUHctNzc"));	/* its base64 */
	assert_null(strstr(h.trace, "YWxpY2U"));		/* "alice" */
	assert_null(strstr(h.trace, "trace-from"));
	assert_null(strstr(h.trace, "trace-to"));
	assert_null(strstr(h.trace, "Trace-Body"));
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_submission),
		cmocka_unit_test(test_greeting_554),
		cmocka_unit_test(test_helo_fallback),
		cmocka_unit_test(test_refused_data),
		cmocka_unit_test(test_pipeline),
		cmocka_unit_test(test_pipeline_cancel),
		cmocka_unit_test(test_unasked),
		cmocka_unit_test(test_unasked_421),
		cmocka_unit_test(test_dot_outside_message),
		cmocka_unit_test(test_bdat_quit),
		cmocka_unit_test(test_subscribers),
		cmocka_unit_test(test_debug_trace),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
