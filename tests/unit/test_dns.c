/*
 * core/dns.c against a real DNS server: dnsmasq, started here on a free
 * loopback port with the test zone tests/lib/dns-zone.conf (run from the
 * top of the tree, or with SMTPX_TOP set), and a UDP socket that reads
 * nothing for the server that never answers. Queries are driven as the
 * front end drives them: poll on what the resolver asks for, collect.
 * Every wait is bounded.
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

#include "dns.h"
#include "resolve.h"

#define RUN_MS		8000	/* the most any one query waits */

static char	 server[32];

static long long
now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A port free on 127.0.0.1 for both UDP and TCP, as far as one can tell
   before handing it on. */
static int
free_port(void)
{
	struct sockaddr_in	 sin;
	socklen_t		 len = sizeof sin;
	int			 u, t, port = -1;

	u = socket(AF_INET, SOCK_DGRAM, 0);
	t = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (u != -1 && t != -1 &&
	    bind(u, (struct sockaddr *)&sin, sizeof sin) == 0 &&
	    getsockname(u, (struct sockaddr *)&sin, &len) == 0 &&
	    bind(t, (struct sockaddr *)&sin, sizeof sin) == 0)
		port = ntohs(sin.sin_port);
	if (u != -1)
		close(u);
	if (t != -1)
		close(t);
	return port;
}

/* dnsmasq drops privileges, which clears a parent-death signal: a small
   watchdog between the test and dnsmasq stops it when the pipe from the
   test closes (teardown, or the test dying in any way) or exits when
   dnsmasq does. */
static pid_t	 watch_pid = -1;
static int	 watch_fd = -1;

static void
watchdog(int rfd, const char *portarg, const char *confarg)
{
	struct pollfd	 pfd;
	pid_t		 d;

	if ((d = fork()) == -1)
		_exit(1);
	if (d == 0) {
		close(rfd);
		execl("/usr/sbin/dnsmasq", "dnsmasq", "--keep-in-foreground",
		    "--no-resolv", "--no-hosts", "--no-poll", "--pid-file=",
		    "--listen-address=127.0.0.1", "--bind-interfaces",
		    "--user=root", portarg, confarg, (char *)NULL);
		_exit(127);
	}
	for (;;) {
		if (waitpid(d, NULL, WNOHANG) == d)
			_exit(1);
		pfd.fd = rfd;
		pfd.events = POLLIN;
		if (poll(&pfd, 1, 100) > 0)
			break;
	}
	kill(d, SIGTERM);
	waitpid(d, NULL, 0);
	_exit(0);
}

/* Start dnsmasq and wait until it answers (bounded). */
static int
setup_dnsmasq(void **state)
{
	const char	*top = getenv("SMTPX_TOP");
	char		 conf[4096], portarg[32], confarg[4200];
	struct resolver	*r;
	struct resolve_query *q;
	struct resolve_result res;
	char		 err[256];
	long long	 end;
	int		 port, st, p[2];

	(void)state;
	snprintf(conf, sizeof conf, "%s/tests/lib/dns-zone.conf",
	    top != NULL ? top : ".");
	if (access(conf, R_OK) != 0 || (port = free_port()) == -1)
		return -1;
	snprintf(portarg, sizeof portarg, "--port=%d", port);
	snprintf(confarg, sizeof confarg, "--conf-file=%s", conf);
	snprintf(server, sizeof server, "127.0.0.1:%d", port);
	if (pipe(p) == -1 || (watch_pid = fork()) == -1)
		return -1;
	if (watch_pid == 0) {
		close(p[1]);
		watchdog(p[0], portarg, confarg);
	}
	close(p[0]);
	watch_fd = p[1];
	end = now_ms() + RUN_MS;
	while (now_ms() < end) {
		if (waitpid(watch_pid, &st, WNOHANG) == watch_pid) {
			watch_pid = -1;
			return -1;
		}
		if ((r = resolver_dns_new(server, 300, err, sizeof err)) ==
		    NULL)
			return -1;
		q = resolve_start(r, RESOLVE_MX, "three.test", 0, err,
		    sizeof err);
		while (q != NULL && (st = resolve_collect(r, q, &res, err,
		    sizeof err)) == 1)
			poll(NULL, 0, 10);
		resolver_free(r);
		if (q != NULL && st == 0) {
			resolve_result_free(&res);
			return 0;
		}
		poll(NULL, 0, 50);
	}
	return -1;
}

static int
teardown_dnsmasq(void **state)
{
	(void)state;
	if (watch_fd != -1)
		close(watch_fd);
	if (watch_pid > 0)
		waitpid(watch_pid, NULL, 0);
	return 0;
}

/* Run one query to its end as a poll loop would; returns collect's
   0 or -1 and how long it took. */
static int
run_query(const char *srv, int timeout_ms, enum resolve_kind kind,
    const char *name, int port, struct resolve_result *res, char *err,
    size_t errlen, long long *took)
{
	struct resolver		*r;
	struct resolve_query	*q;
	struct pollfd		 pfd;
	long long		 start = now_ms(), end = start + RUN_MS;
	int			 fd, tmo, st = -1;
	short			 ev;

	r = resolver_dns_new(srv, timeout_ms, err, errlen);
	assert_non_null(r);
	q = resolve_start(r, kind, name, port, err, errlen);
	assert_non_null(q);
	while (now_ms() < end) {
		resolve_pollfd(r, q, &fd, &ev, &tmo);
		pfd.fd = fd;
		pfd.events = ev;
		if (tmo < 0 || tmo > 1000)
			tmo = 1000;
		poll(&pfd, fd == -1 ? 0 : 1, tmo);
		if ((st = resolve_collect(r, q, res, err, errlen)) != 1)
			break;
	}
	if (st == 1) {
		resolve_cancel(r, q);
		fail_msg("query for %s did not end", name);
	}
	if (took != NULL)
		*took = now_ms() - start;
	resolver_free(r);
	return st;
}

static void
test_mx_order(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_MX, "three.test", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.kind, RESOLVE_MX);
	assert_int_equal(res.nmx, 3);
	assert_string_equal(res.mx[0].host, "mx1.three.test");
	assert_int_equal(res.mx[0].pref, 10);
	assert_string_equal(res.mx[1].host, "mx2.three.test");
	assert_int_equal(res.mx[1].pref, 20);
	assert_string_equal(res.mx[2].host, "mx3.three.test");
	assert_int_equal(res.mx[2].pref, 30);
	assert_false(res.mx_implicit);
	assert_false(res.null_mx);
	resolve_result_free(&res);
}

static void
test_null_mx(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_MX, "null.test", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nmx, 0);
	assert_true(res.null_mx);
	assert_false(res.mx_implicit);
	resolve_result_free(&res);
}

static void
test_implicit_mx(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_MX, "implicit.test", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nmx, 1);
	assert_true(res.mx_implicit);
	assert_string_equal(res.mx[0].host, "implicit.test");
	assert_int_equal(res.mx[0].pref, 0);
	resolve_result_free(&res);
}

static void
test_nxdomain(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_MX, "nowhere.test", 0,
	    &res, err, sizeof err, NULL), -1);
	assert_string_equal(err, "cannot resolve nowhere.test: no such "
	    "domain (NXDOMAIN)");
	assert_int_equal(run_query(server, 0, RESOLVE_ADDR, "nowhere.test",
	    25, &res, err, sizeof err, NULL), -1);
	assert_non_null(strstr(err, "nowhere.test"));
}

static void
test_addr(void **state)
{
	struct resolve_result	 res;
	char			 err[256], a[64], b[64];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_ADDR, "implicit.test",
	    2525, &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.naddrs, 2);
	resolve_addr_str(&res.addrs[0], a, sizeof a);
	resolve_addr_str(&res.addrs[1], b, sizeof b);
	/* Both families, whichever c-ares puts first. */
	assert_true((strcmp(a, "127.0.0.1:2525") == 0 &&
	    strcmp(b, "[::1]:2525") == 0) ||
	    (strcmp(b, "127.0.0.1:2525") == 0 &&
	    strcmp(a, "[::1]:2525") == 0));
	resolve_result_free(&res);
	assert_int_equal(run_query(server, 0, RESOLVE_ADDR, "mx3.three.test",
	    25, &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.naddrs, 1);
	resolve_addr_str(&res.addrs[0], a, sizeof a);
	assert_string_equal(a, "127.0.0.4:25");
	resolve_result_free(&res);
}

static void
test_txt(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_TXT, "three.test", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nstrs, 1);
	assert_string_equal(res.strs[0], "v=spf1 -all");
	resolve_result_free(&res);
	assert_int_equal(run_query(server, 0, RESOLVE_TXT,
	    "_dmarc.three.test", 0, &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nstrs, 1);
	assert_string_equal(res.strs[0],
	    "v=DMARC1; p=reject; rua=mailto:d@three.test");
	resolve_result_free(&res);
	/* A name with no TXT: an answer with nothing in it. */
	assert_int_equal(run_query(server, 0, RESOLVE_TXT, "implicit.test", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nstrs, 0);
	resolve_result_free(&res);
}

static void
test_srv(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_SRV,
	    "_submission._tcp.three.test", 0, &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nsrv, 2);
	assert_string_equal(res.srv[0].host, "sub1.three.test");
	assert_int_equal(res.srv[0].prio, 10);
	assert_int_equal(res.srv[0].port, 587);
	assert_string_equal(res.srv[1].host, "sub2.three.test");
	assert_int_equal(res.srv[1].prio, 20);
	resolve_result_free(&res);
	assert_int_equal(run_query(server, 0, RESOLVE_SRV,
	    "_submissions._tcp.three.test", 0, &res, err, sizeof err, NULL),
	    0);
	assert_int_equal(res.nsrv, 1);
	assert_int_equal(res.srv[0].port, 465);
	resolve_result_free(&res);
}

static void
test_ptr(void **state)
{
	struct resolve_result	 res;
	char			 err[256];
	size_t			 i;
	int			 found = 0;

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_PTR, "127.0.0.9", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_true(res.nstrs >= 1);
	for (i = 0; i < res.nstrs; i++)
		found |= strcmp(res.strs[i], "mail.ptr.test") == 0;
	assert_true(found);
	resolve_result_free(&res);
	/* From host-record: the reverse of mx3's address. */
	assert_int_equal(run_query(server, 0, RESOLVE_PTR, "127.0.0.4", 0,
	    &res, err, sizeof err, NULL), 0);
	assert_string_equal(res.strs[0], "mx3.three.test");
	resolve_result_free(&res);
}

/* TLSA (RFC 6698), parsed by hand: usage, selector, matching type and
   the data in hex, one string per record; a name that has none, none. */
static void
test_tlsa(void **state)
{
	struct resolve_result	 res;
	char			 err[256];

	(void)state;
	assert_int_equal(run_query(server, 0, RESOLVE_TLSA,
	    "_25._tcp.mx3.three.test", 0, &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nstrs, 2);
	assert_true((strcmp(res.strs[0], "3 1 1 00ff10ab") == 0 &&
	    strcmp(res.strs[1], "2 0 2 c0de") == 0) ||
	    (strcmp(res.strs[1], "3 1 1 00ff10ab") == 0 &&
	    strcmp(res.strs[0], "2 0 2 c0de") == 0));
	resolve_result_free(&res);
	assert_int_equal(run_query(server, 0, RESOLVE_TLSA,
	    "mx3.three.test", 0, &res, err, sizeof err, NULL), 0);
	assert_int_equal(res.nstrs, 0);
	resolve_result_free(&res);
}

/* A server that never answers: the query ends at its deadline, with
   words that say so, not at c-ares's own longer timeouts. */
static void
test_deadline(void **state)
{
	struct sockaddr_in	 sin;
	socklen_t		 len = sizeof sin;
	struct resolve_result	 res;
	char			 err[256], srv[32];
	long long		 took;
	int			 fd;

	(void)state;
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	assert_true(fd != -1);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sin, sizeof sin), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &len), 0);
	snprintf(srv, sizeof srv, "127.0.0.1:%d", ntohs(sin.sin_port));
	assert_int_equal(run_query(srv, 900, RESOLVE_MX, "three.test", 0,
	    &res, err, sizeof err, &took), -1);
	close(fd);
	assert_true(took >= 800 && took < 3000);
	assert_non_null(strstr(err, "no answer from the DNS server"));
	assert_non_null(strstr(err, srv));
}

/* 1 when fd is no longer open. */
static int
fcntl_closed(int fd)
{
	return fcntl(fd, F_GETFD) == -1 && errno == EBADF;
}

/* Cancelling a query in flight frees it (ASan checks) and closes its
   socket. */
static void
test_cancel(void **state)
{
	struct resolver		*r;
	struct resolve_query	*q;
	char			 err[256];
	int			 fd, tmo;
	short			 ev;

	(void)state;
	r = resolver_dns_new("127.0.0.1:9", 5000, err, sizeof err);
	assert_non_null(r);
	q = resolve_start(r, RESOLVE_MX, "three.test", 0, err, sizeof err);
	assert_non_null(q);
	resolve_pollfd(r, q, &fd, &ev, &tmo);
	assert_true(tmo >= 0 && tmo <= 5000);
	resolve_cancel(r, q);
	if (fd != -1)
		assert_int_equal(fcntl_closed(fd), 1);
	resolver_free(r);
}

static void
test_bad_server(void **state)
{
	struct resolver	*r;
	char		 err[256];

	(void)state;
	assert_null(resolver_dns_new("dns.example", 0, err, sizeof err));
	assert_non_null(strstr(err, "bad DNS server"));
	assert_null(resolver_dns_new("127.0.0.1:0", 0, err, sizeof err));
	assert_null(resolver_dns_new("127.0.0.1:", 0, err, sizeof err));
	assert_null(resolver_dns_new("[::1", 0, err, sizeof err));
	assert_null(resolver_dns_new("127.0.0.1:53x", 0, err, sizeof err));
	assert_null(resolver_dns_new("[::1]x", 0, err, sizeof err));
	r = resolver_dns_new("[::1]:5353", 0, err, sizeof err);
	assert_non_null(r);
	resolver_free(r);
	r = resolver_dns_new("::1", 0, err, sizeof err);
	assert_non_null(r);
	resolver_free(r);
	r = resolver_dns_new(NULL, 0, err, sizeof err);
	assert_non_null(r);
	resolver_free(r);
}

int
main(void)
{
	const struct CMUnitTest	 tests[] = {
		cmocka_unit_test(test_mx_order),
		cmocka_unit_test(test_tlsa),
		cmocka_unit_test(test_null_mx),
		cmocka_unit_test(test_implicit_mx),
		cmocka_unit_test(test_nxdomain),
		cmocka_unit_test(test_addr),
		cmocka_unit_test(test_txt),
		cmocka_unit_test(test_srv),
		cmocka_unit_test(test_ptr),
		cmocka_unit_test(test_deadline),
		cmocka_unit_test(test_cancel),
		cmocka_unit_test(test_bad_server),
	};

	signal(SIGPIPE, SIG_IGN);
	return cmocka_run_group_tests(tests, setup_dnsmasq,
	    teardown_dnsmasq);
}
