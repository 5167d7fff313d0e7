/*
 * core/session.c's list of targets and core/resolve.c, with no front end:
 * a session is driven by its own poll loop against loopback peers made
 * here (a port nobody listens on, a listener that never greets, a TLS
 * peer forked with a throwaway certificate for mx3.lab.test), with names
 * answered by the table resolver. Every loop is bounded in time.
 */
#include <sys/socket.h>
#include <sys/wait.h>

#include <netinet/in.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "resolve.h"
#include "session.h"
#include "tls.h"
#include "transcript.h"

#define RUN_MS		8000	/* the most any one test waits */
#define MAX_REPORTS	8

struct seen {
	enum session_target_result	 result[MAX_REPORTS];
	size_t				 index[MAX_REPORTS];
	char				 why[MAX_REPORTS][256];
	size_t				 n;
	int				 closed;
	enum session_fail		 fail;
};

static void
on_event(const struct session_event *ev, void *arg)
{
	struct seen	*w = arg;

	if (ev->type == SESSION_EV_CLOSED) {
		w->closed++;
		w->fail = ev->fail;
	}
	if (ev->type != SESSION_EV_TARGET || w->n == MAX_REPORTS)
		return;
	w->result[w->n] = ev->target->result;
	w->index[w->n] = ev->target->index;
	snprintf(w->why[w->n], sizeof w->why[0], "%s", ev->target->why);
	w->n++;
}

static long long
now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A loopback listener on a free port; backlog as given. */
static int
listener(int *port)
{
	struct sockaddr_in	 sin;
	socklen_t		 len = sizeof sin;
	int			 fd, on = 1;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	assert_true(fd != -1);
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sin, sizeof sin), 0);
	assert_int_equal(listen(fd, 8), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &len), 0);
	*port = ntohs(sin.sin_port);
	return fd;
}

/* A loopback port with nothing listening: bound, then closed. */
static int
dead_port(void)
{
	int	 port, fd = listener(&port);

	close(fd);
	return port;
}

/*
 * A TLS peer in a child: accept one connection, do the handshake, greet
 * as mx3.lab.test, then wait for the client to go. alarm() bounds it.
 */
static pid_t
tls_peer(int lfd, struct tls_server *srv)
{
	struct pollfd	 pfd;
	struct tls	*t;
	char		 err[256], buf[512];
	const char	*greet = "220 mx3.lab.test ESMTP\r\n";
	size_t		 n, off = 0;
	enum tls_io	 r;
	pid_t		 pid;
	int		 fd;

	if ((pid = fork()) != 0)
		return pid;
	alarm(RUN_MS / 1000 + 2);
	if ((fd = accept(lfd, NULL, NULL)) == -1 ||
	    (t = tls_accept(srv, fd, err, sizeof err)) == NULL)
		_exit(1);
	pfd.fd = fd;
	while ((r = tls_handshake(t, err, sizeof err)) == TLS_WANT_READ ||
	    r == TLS_WANT_WRITE) {
		pfd.events = r == TLS_WANT_READ ? POLLIN : POLLOUT;
		poll(&pfd, 1, 1000);
	}
	if (r != TLS_OK)
		_exit(2);		/* the client refused the certificate */
	while (off < strlen(greet)) {
		r = tls_write(t, greet + off, strlen(greet) - off, &n, err,
		    sizeof err);
		if (r == TLS_OK)
			off += n;
		else if (r == TLS_WANT_READ || r == TLS_WANT_WRITE) {
			pfd.events = r == TLS_WANT_READ ? POLLIN : POLLOUT;
			poll(&pfd, 1, 1000);
		} else
			_exit(3);
	}
	for (;;) {
		r = tls_read(t, buf, sizeof buf, &n, err, sizeof err);
		if (r == TLS_CLOSED || r == TLS_ERROR)
			break;
		pfd.events = POLLIN;
		if (r != TLS_OK && poll(&pfd, 1, 1000) == -1)
			break;
	}
	_exit(0);
}

static void
peer_reap(pid_t pid)
{
	int	 st, i;

	for (i = 0; i < 100 && waitpid(pid, &st, WNOHANG) == 0; i++)
		usleep(20000);
	if (i == 100) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
	}
}

/* Poll until the session is greeted or closed, or RUN_MS pass. */
static void
drive(struct session *s)
{
	struct pollfd	 pfd;
	long long	 end = now_ms() + RUN_MS;
	int		 fd, ms;
	short		 ev;

	while (now_ms() < end) {
		if (session_state(s) == SESSION_CLOSED ||
		    session_state(s) == SESSION_READY)
			return;
		session_pollfd(s, &fd, &ev, &ms);
		if (ms < 0 || ms > 200)
			ms = 200;
		pfd.fd = fd;
		pfd.events = ev;
		pfd.revents = 0;
		if (fd == -1)
			poll(NULL, 0, ms);
		else
			poll(&pfd, 1, ms);
		session_progress(s, pfd.revents);
	}
	fail_msg("the session neither landed nor closed in %d ms", RUN_MS);
}

/* 1 if some transcript line holds needle. */
static int
said(const struct session *s, const char *needle)
{
	const struct transcript	*tr = session_transcript(s);
	size_t			 i;

	for (i = 0; i < transcript_count(tr); i++)
		if (strstr(transcript_get(tr, i)->text, needle) != NULL)
			return 1;
	return 0;
}

static struct session *
new_session(struct seen *w, int timeout_ms)
{
	struct session_config	 cfg;
	struct session		*s;

	memset(&cfg, 0, sizeof cfg);
	cfg.timeout_ms = timeout_ms;
	memset(w, 0, sizeof *w);
	s = session_new(&cfg, on_event, w);
	assert_non_null(s);
	return s;
}

/*
 * Three targets: mx1.test refuses, mx2.test accepts and never greets
 * (the greeting times out), and the third, reached by address with the
 * name to verify given apart, is a TLS peer whose certificate is for
 * that name. With verify_name wrong, the last one fails verification.
 */
static void
three_targets(const char *verify_name, int want_ok)
{
	struct session_target	 t[3];
	struct resolver		*r;
	struct tls_server	*srv;
	struct session		*s;
	struct seen		 w;
	const struct tls_info	*ti;
	char			 err[256];
	int			 p2, p3, l2, l3;
	pid_t			 pid;

	srv = tls_server_new("mx3.lab.test", err, sizeof err);
	assert_non_null(srv);
	l2 = listener(&p2);
	l3 = listener(&p3);
	pid = tls_peer(l3, srv);
	assert_true(pid > 0);

	r = resolver_table_new();
	assert_non_null(r);
	assert_int_equal(resolver_table_add(r, "mx1.test", "127.0.0.1"), 0);
	assert_int_equal(resolver_table_add(r, "mx2.test", "127.0.0.1"), 0);
	s = new_session(&w, 400);
	session_set_resolver(s, r);
	assert_int_equal(session_set_trust(s, tls_server_cert_pem(srv)), 0);

	memset(t, 0, sizeof t);
	t[0].host = "mx1.test";
	t[0].port = dead_port();
	t[1].host = "mx2.test";
	t[1].port = p2;
	t[2].host = "mx3.lab.test";
	t[2].addr = "127.0.0.1";
	t[2].port = p3;
	t[2].implicit_tls = 1;
	t[2].verify_name = verify_name;
	assert_int_equal(session_connect_targets(s, t, 3, err, sizeof err), 0);
	drive(s);

	assert_true(w.n >= 3);
	assert_int_equal(w.index[0], 0);
	assert_int_equal(w.result[0], SESSION_TARGET_REFUSED);
	assert_int_equal(w.index[1], 1);
	assert_int_equal(w.result[1], SESSION_TARGET_TIMEOUT);
	assert_int_equal(w.index[2], 2);
	assert_true(said(s, "target 1 of 3 (mx1.test port"));
	assert_true(said(s, "): refused"));
	assert_true(said(s, "target 2 of 3 (mx2.test port"));
	assert_true(said(s, "): timed out"));
	assert_true(said(s, "connecting to mx3.lab.test [127.0.0.1] port"));
	if (want_ok) {
		assert_int_equal(w.n, 3);
		assert_int_equal(w.result[2], SESSION_TARGET_ANSWERED);
		assert_int_equal(session_state(s), SESSION_READY);
		assert_int_equal(w.closed, 0);
		assert_true(said(s, "target 3 of 3 (mx3.lab.test port"));
		ti = session_tls_info(s);
		assert_non_null(ti);
		assert_true(ti->verified);
		/* The name given, not the address connected to. */
		assert_string_equal(ti->checked, "mx3.lab.test");
		assert_true(said(s, "certificate verified for mx3.lab.test"));
		assert_string_equal(session_host(s), "mx3.lab.test");
	} else {
		assert_int_equal(w.n, 3);
		assert_int_equal(w.result[2], SESSION_TARGET_TLS);
		assert_non_null(strstr(w.why[2], verify_name));
		/* Checked against the name given, which the certificate
		   (for mx3.lab.test and 127.0.0.1) does not hold. */
		assert_non_null(session_cert_info(s));
		assert_string_equal(session_cert_info(s)->checked,
		    verify_name);
		assert_int_equal(session_state(s), SESSION_CLOSED);
		assert_int_equal(w.closed, 1);
		assert_int_equal(w.fail, SESSION_FAIL_TLS);
		assert_int_equal(session_failure(s), SESSION_FAIL_TLS);
	}
	session_free(s);
	resolver_free(r);
	close(l2);
	close(l3);
	peer_reap(pid);
	tls_server_free(srv);
}

static void
test_three_targets(void **state)
{
	(void)state;
	three_targets("mx3.lab.test", 1);
}

static void
test_three_targets_wrong_name(void **state)
{
	(void)state;
	three_targets("other.lab.test", 0);
}

/* One target: the same reports as events, no "target 1 of 1" lines, and
   the session ends with the failure as before. A name the resolver does
   not know is "no address". */
static void
test_one_target(void **state)
{
	struct resolver	*r;
	struct session	*s;
	struct seen	 w;
	char		 err[256];

	(void)state;
	s = new_session(&w, 400);
	assert_int_equal(session_connect(s, "127.0.0.1", dead_port(), 0, err,
	    sizeof err), 0);
	drive(s);
	assert_int_equal(w.n, 1);
	assert_int_equal(w.result[0], SESSION_TARGET_REFUSED);
	assert_int_equal(w.closed, 1);
	assert_int_equal(w.fail, SESSION_FAIL_CONNECT);
	assert_false(said(s, "target 1 of 1"));
	assert_true(said(s, "connecting to 127.0.0.1 port"));

	r = resolver_table_new();
	assert_non_null(r);
	session_set_resolver(s, r);
	memset(&w, 0, sizeof w);
	assert_int_equal(session_connect(s, "nowhere.test", 25, 0, err,
	    sizeof err), 0);
	drive(s);
	assert_int_equal(w.n, 1);
	assert_int_equal(w.result[0], SESSION_TARGET_NO_ADDRESS);
	assert_true(said(s, "cannot resolve nowhere.test"));
	assert_int_equal(w.closed, 1);
	session_free(s);
	resolver_free(r);
}

/* The front end leaves a target that is slow to greet for the next;
   there is no next after the last, and a cancel does not go on. */
static void
test_next_target(void **state)
{
	struct session_target	 t[3];
	struct session		*s;
	struct seen		 w;
	char			 err[256];
	long long		 end;
	int			 p, l;

	(void)state;
	l = listener(&p);
	s = new_session(&w, 5000);
	memset(t, 0, sizeof t);
	t[0].addr = "127.0.0.1";
	t[0].port = p;
	t[1].addr = "127.0.0.1";
	t[1].port = p;
	t[2].addr = "127.0.0.1";
	t[2].port = dead_port();
	assert_int_equal(session_next_target(s, err, sizeof err), -1);
	assert_int_equal(session_connect_targets(s, t, 3, err, sizeof err), 0);
	end = now_ms() + RUN_MS;
	while (session_state(s) != SESSION_GREETING && now_ms() < end) {
		poll(NULL, 0, 10);
		session_progress(s, POLLOUT);
	}
	assert_int_equal(session_state(s), SESSION_GREETING);
	assert_int_equal(session_next_target(s, err, sizeof err), 0);
	assert_int_equal(w.n, 1);
	assert_int_equal(w.result[0], SESSION_TARGET_SKIPPED);
	assert_int_equal(w.closed, 0);
	assert_non_null(session_target(s, NULL));
	/* The second target: a cancel ends the session, not the list. */
	assert_int_equal(session_cancel(s), 1);
	assert_int_equal(session_state(s), SESSION_CLOSED);
	assert_int_equal(w.closed, 1);
	assert_false(said(s, "target 3 of 3"));
	assert_int_equal(session_next_target(s, err, sizeof err), -1);
	session_free(s);
	close(l);
}

/*
 * Greeters in this process: each listener, once a client is there, gets
 * its text and the connection is kept open. Bounded like drive().
 */
static void
drive_greeters(struct session *s, const int *lfd, const char *const *text,
    int *cfd, size_t n)
{
	struct pollfd	 pfd;
	long long	 end = now_ms() + RUN_MS;
	size_t		 i;
	int		 fd, ms;
	short		 ev;

	while (now_ms() < end) {
		if (session_state(s) == SESSION_CLOSED ||
		    session_state(s) == SESSION_READY)
			return;
		for (i = 0; i < n; i++) {
			if (cfd[i] != -1 || (cfd[i] = accept4(lfd[i], NULL,
			    NULL, SOCK_NONBLOCK)) == -1)
				continue;
			assert_int_equal(write(cfd[i], text[i],
			    strlen(text[i])), (ssize_t)strlen(text[i]));
		}
		session_pollfd(s, &fd, &ev, &ms);
		if (ms < 0 || ms > 20)
			ms = 20;
		pfd.fd = fd;
		pfd.events = ev;
		pfd.revents = 0;
		if (fd == -1)
			poll(NULL, 0, ms);
		else
			poll(&pfd, 1, ms);
		session_progress(s, pfd.revents);
	}
	fail_msg("the session neither landed nor closed in %d ms", RUN_MS);
}

/* A greeting that is not SMTP moves on too; the next one that greets,
   even with 554, is where the session stays. */
static void
test_bad_greeting(void **state)
{
	struct session_target	 t[2];
	const char		*text[2] = {
		"220-mx1 ESMTP\r\n554 two replies in one\r\n",
		"554 5.3.2 mx2 takes no mail\r\n",
	};
	struct session		*s;
	struct seen		 w;
	char			 err[256];
	int			 lfd[2], cfd[2] = { -1, -1 }, p[2];

	(void)state;
	lfd[0] = listener(&p[0]);
	lfd[1] = listener(&p[1]);
	/* accept4's flag is for the new socket: the listeners must not
	   block either. */
	assert_int_equal(fcntl(lfd[0], F_SETFL, O_NONBLOCK), 0);
	assert_int_equal(fcntl(lfd[1], F_SETFL, O_NONBLOCK), 0);
	s = new_session(&w, 2000);
	memset(t, 0, sizeof t);
	t[0].host = "127.0.0.1";
	t[0].port = p[0];
	t[1].host = "127.0.0.1";
	t[1].port = p[1];
	assert_int_equal(session_connect_targets(s, t, 2, err, sizeof err), 0);
	drive_greeters(s, lfd, text, cfd, 2);
	assert_int_equal(w.n, 2);
	assert_int_equal(w.result[0], SESSION_TARGET_ERROR);
	assert_string_equal(w.why[0], "not an SMTP greeting");
	assert_int_equal(w.result[1], SESSION_TARGET_ANSWERED);
	assert_int_equal(w.index[1], 1);
	assert_int_equal(session_state(s), SESSION_READY);
	assert_true(said(s, "target 2 of 2 (127.0.0.1 port"));
	session_free(s);
	close(cfd[0]);
	close(cfd[1]);
	close(lfd[0]);
	close(lfd[1]);
}

/* Bad lists are refused whole, with nothing started. */
static void
test_bad_targets(void **state)
{
	struct session_target	 t[2];
	struct session		*s;
	struct seen		 w;
	char			 err[256];

	(void)state;
	s = new_session(&w, 400);
	memset(t, 0, sizeof t);
	t[0].host = "a.test";
	t[0].port = 25;
	t[1].host = "b.test";
	t[1].port = 70000;
	assert_int_equal(session_connect_targets(s, t, 2, err, sizeof err),
	    -1);
	assert_string_equal(err, "bad port 70000 (1-65535)");
	t[1].port = 25;
	t[1].host = NULL;
	assert_int_equal(session_connect_targets(s, t, 2, err, sizeof err),
	    -1);
	assert_int_equal(session_connect_targets(s, t, 0, err, sizeof err),
	    -1);
	assert_int_equal(session_state(s), SESSION_CLOSED);
	/* An address that is not one fails that target, at once. */
	t[0].host = NULL;
	t[0].addr = "mx.test";
	assert_int_equal(session_connect_targets(s, t, 1, err, sizeof err), 0);
	assert_int_equal(session_state(s), SESSION_CLOSED);
	assert_true(said(s, "mx.test is not an address"));
	session_free(s);
}

/* The table resolver, literals and the address form. */
static void
test_resolver(void **state)
{
	struct resolver		*r;
	struct resolve_query	*q;
	struct resolve_result	 res;
	char			 err[256], a[64];
	int			 fd, ms;
	short			 ev;

	(void)state;
	r = resolver_table_new();
	assert_non_null(r);
	assert_int_equal(resolver_table_add(r, "mx1.test", "127.0.0.1"), 0);
	assert_int_equal(resolver_table_add(r, "MX1.test", "::1"), 0);
	assert_int_equal(resolver_table_add(r, "mx2.test", "not-an-ip"), -1);
	q = resolve_start(r, RESOLVE_ADDR, "mx1.test", 2525, err, sizeof err);
	assert_non_null(q);
	resolve_pollfd(r, q, &fd, &ev, &ms);
	assert_int_equal(fd, -1);
	assert_int_equal(ms, 0);
	assert_int_equal(resolve_collect(r, q, &res, err, sizeof err), 0);
	assert_int_equal(res.naddrs, 2);
	resolve_addr_str(&res.addrs[0], a, sizeof a);
	assert_string_equal(a, "127.0.0.1:2525");
	resolve_addr_str(&res.addrs[1], a, sizeof a);
	assert_string_equal(a, "[::1]:2525");
	resolve_result_free(&res);
	q = resolve_start(r, RESOLVE_ADDR, "mx2.test", 25, err, sizeof err);
	assert_non_null(q);
	assert_int_equal(resolve_collect(r, q, &res, err, sizeof err), -1);
	assert_non_null(strstr(err, "cannot resolve mx2.test"));
	q = resolve_start(r, RESOLVE_ADDR, "mx1.test", 25, err, sizeof err);
	resolve_cancel(r, q);
	resolver_free(r);

	assert_int_equal(resolve_literal("mx1.test", 25, &res, err,
	    sizeof err), 0);
	assert_int_equal(resolve_literal("192.0.2.7", 587, &res, err,
	    sizeof err), 1);
	resolve_addr_str(&res.addrs[0], a, sizeof a);
	assert_string_equal(a, "192.0.2.7:587");
	resolve_result_free(&res);

	/* getaddrinfo_a, on a literal (no DNS needed), bounded. */
	r = resolver_gai_new();
	assert_non_null(r);
	q = resolve_start(r, RESOLVE_ADDR, "127.0.0.1", 25, err, sizeof err);
	assert_non_null(q);
	{
		long long	 end = now_ms() + RUN_MS;
		int		 rc;

		while ((rc = resolve_collect(r, q, &res, err,
		    sizeof err)) == 1 && now_ms() < end)
			poll(NULL, 0, 10);
		assert_int_equal(rc, 0);
	}
	assert_true(res.naddrs >= 1);
	resolve_addr_str(&res.addrs[0], a, sizeof a);
	assert_string_equal(a, "127.0.0.1:25");
	resolve_result_free(&res);
	resolver_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolver),
		cmocka_unit_test(test_bad_targets),
		cmocka_unit_test(test_one_target),
		cmocka_unit_test(test_next_target),
		cmocka_unit_test(test_bad_greeting),
		cmocka_unit_test(test_three_targets),
		cmocka_unit_test(test_three_targets_wrong_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
