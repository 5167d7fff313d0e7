/*
 * core/socks.c, the SOCKS5 client's state machine: the bytes it sends
 * (method offer, RFC 1929 login, CONNECT by name or by address), the
 * proxy's answers fed whole, a byte at a time and split at every point,
 * every reply code in words, malformed and short replies, and over a
 * real socket pair that it reads no byte past the proxy's reply (the
 * target's greeting stays for the session).
 */
#include <sys/socket.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "socks.h"

/* The proxy's answer to a CONNECT that succeeded: bound to 10.0.0.7:4242. */
static const unsigned char reply_ok[] = {
	5, 0, 0, 1, 10, 0, 0, 7, 0x10, 0x92,
};

static void
cfg_none(struct socks_config *c)
{
	memset(c, 0, sizeof *c);
	snprintf(c->host, sizeof c->host, "proxy.test");
	c->port = 1080;
}

/* Take what the machine queued, check it is exp, and mark it sent. */
static void
expect_out(struct socks *k, const void *exp, size_t len)
{
	const unsigned char	*p;
	size_t			 n;

	p = socks_output(k, &n);
	assert_int_equal(n, len);
	assert_memory_equal(p, exp, len);
	assert_int_equal(socks_events(k), POLLOUT);
	assert_int_equal(socks_need(k), 0);	/* nothing read while sending */
	socks_sent(k, n);
	assert_int_equal(socks_events(k), POLLIN);
}

static void
test_parse_url(void **state)
{
	struct socks_config	 c;
	char			 err[256];

	(void)state;
	assert_int_equal(socks_parse_url("socks5://127.0.0.1:1080", &c, err,
	    sizeof err), 0);
	assert_string_equal(c.host, "127.0.0.1");
	assert_int_equal(c.port, 1080);
	assert_string_equal(c.user, "");
	assert_int_equal(c.remote_dns, 0);
	assert_int_equal(socks_parse_url("SOCKS5H://alice@proxy.example:9050/",
	    &c, err, sizeof err), 0);
	assert_string_equal(c.host, "proxy.example");
	assert_string_equal(c.user, "alice");
	assert_int_equal(c.port, 9050);
	assert_int_equal(c.remote_dns, 1);
	assert_int_equal(socks_parse_url("socks5://[::1]:1080", &c, err,
	    sizeof err), 0);
	assert_string_equal(c.host, "::1");
	assert_int_equal(socks_parse_url("socks5://bob:hunter2@h:1", &c, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "no password in the proxy URL"));
	assert_null(strstr(err, "hunter2"));
	assert_int_equal(socks_parse_url("http://h:1080", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks4://h:1080", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks5://h", &c, err, sizeof err),
	    -1);
	assert_int_equal(socks_parse_url("socks5://h:0", &c, err, sizeof err),
	    -1);
	assert_int_equal(socks_parse_url("socks5://h:65536", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks5://h:10x", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks5://:1080", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks5://@h:1080", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks5://[::1:1080", &c, err,
	    sizeof err), -1);
	assert_int_equal(socks_parse_url("socks5://a b:1080", &c, err,
	    sizeof err), -1);
}

/* No login: offer, CONNECT by name, the reply: done, and what the proxy
   bound to is kept for the transcript. */
static void
test_connect_by_name(void **state)
{
	static const unsigned char req[] = {
		5, 1, 0, 3, 16, 'm', 'x', '.', 'e', 'x', 'a', 'm', 'p', 'l',
		'e', '.', 't', 'e', 's', 't', '.', 0, 25,
	};
	struct socks_config	 c;
	struct socks		 k;

	(void)state;
	cfg_none(&c);
	assert_int_equal(socks_start(&k, &c, "mx.example.test.", 25), 0);
	expect_out(&k, "\x05\x01\x00", 3);
	assert_int_equal(socks_need(&k), 2);
	assert_int_equal(socks_feed(&k, "\x05\x00", 2), SOCKS_MORE);
	expect_out(&k, req, sizeof req);
	assert_int_equal(socks_need(&k), 4);
	assert_int_equal(socks_feed(&k, reply_ok, 4), SOCKS_MORE);
	assert_int_equal(socks_need(&k), 6);	/* never past the reply */
	assert_int_equal(socks_feed(&k, reply_ok + 4, 6), SOCKS_DONE);
	assert_int_equal(socks_need(&k), 0);
	assert_string_equal(socks_bound(&k), "10.0.0.7:4242");
	assert_int_equal(socks_reply(&k), 0);
}

/* Address literals go as ATYP 1 and 4, the port in network order. */
static void
test_connect_by_address(void **state)
{
	static const unsigned char req4[] = {
		5, 1, 0, 1, 192, 0, 2, 1, 0x01, 0xd1,
	};
	static const unsigned char req6[] = {
		5, 1, 0, 4, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 1, 0x01, 0xd1,
	};
	struct socks_config	 c;
	struct socks		 k;

	(void)state;
	cfg_none(&c);
	assert_int_equal(socks_start(&k, &c, "192.0.2.1", 465), 0);
	expect_out(&k, "\x05\x01\x00", 3);
	assert_int_equal(socks_feed(&k, "\x05\x00", 2), SOCKS_MORE);
	expect_out(&k, req4, sizeof req4);
	assert_int_equal(socks_start(&k, &c, "2001:db8::1", 465), 0);
	expect_out(&k, "\x05\x01\x00", 3);
	assert_int_equal(socks_feed(&k, "\x05\x00", 2), SOCKS_MORE);
	expect_out(&k, req6, sizeof req6);
}

/* The proxy's bytes split at every point, and one at a time: the same
   end, the same bound address. */
static void
test_byte_splits(void **state)
{
	unsigned char		 all[64];
	struct socks_config	 c;
	struct socks		 k;
	const unsigned char	*p;
	size_t			 n, len, cut, i;
	enum socks_status	 st;

	(void)state;
	cfg_none(&c);
	/* Method, then a reply whose BND is a name (ATYP 3). */
	memcpy(all, "\x05\x00", 2);
	memcpy(all + 2, "\x05\x00\x00\x03\x09relay.lan\x00\x19", 16);
	len = 18;
	for (cut = 0; cut <= len; cut++) {
		assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
		/* Send whatever is queued before each piece. */
		st = SOCKS_MORE;
		for (i = 0; i < len && st == SOCKS_MORE; i += n) {
			p = socks_output(&k, &n);
			socks_sent(&k, n);
			(void)p;
			n = socks_need(&k);
			assert_true(n > 0);
			/* At most what is wanted, and stop at the cut. */
			if (i < cut && i + n > cut)
				n = cut - i;
			if (cut == len && n > 1)
				n = 1;		/* one byte at a time */
			st = socks_feed(&k, all + i, n);
		}
		assert_int_equal(st, SOCKS_DONE);
		assert_int_equal(i, len);
		assert_string_equal(socks_bound(&k), "relay.lan:25");
	}
}

/* Every reply code in plain words, and an errno like it. */
static void
test_reply_codes(void **state)
{
	static const struct {
		int		 rep;
		const char	*words;
		int		 e;
	} codes[] = {
		{ 1, "general failure", EPROTO },
		{ 2, "not allowed by the proxy's rule set", EACCES },
		{ 3, "network unreachable", ENETUNREACH },
		{ 4, "host unreachable", EHOSTUNREACH },
		{ 5, "connection refused", ECONNREFUSED },
		{ 6, "TTL expired", ETIMEDOUT },
		{ 7, "command not supported", EPROTO },
		{ 8, "address type not supported", EPROTO },
		{ 0x42, "unknown reply code", EPROTO },
	};
	struct socks_config	 c;
	struct socks		 k;
	unsigned char		 r[4] = { 5, 0, 0, 1 };
	size_t			 i, n;

	(void)state;
	cfg_none(&c);
	for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
		socks_output(&k, &n);
		socks_sent(&k, n);
		assert_int_equal(socks_feed(&k, "\x05\x00", 2), SOCKS_MORE);
		socks_output(&k, &n);
		socks_sent(&k, n);
		r[1] = (unsigned char)codes[i].rep;
		/* The rest of a failed reply is never waited for. */
		assert_int_equal(socks_feed(&k, r, 4), SOCKS_FAIL);
		assert_non_null(strstr(socks_error(&k), codes[i].words));
		assert_non_null(strstr(socks_error(&k), "mx.test port 25"));
		assert_int_equal(socks_reply(&k), codes[i].rep);
		assert_int_equal(socks_errno(&k), codes[i].e);
		assert_int_equal(socks_need(&k), 0);
	}
}

/* Feed the method answer ans and return the status (after the offer). */
static enum socks_status
after_offer(struct socks *k, const struct socks_config *c, const void *ans,
    size_t len)
{
	size_t	 n;

	assert_int_equal(socks_start(k, c, "mx.test", 25), 0);
	socks_output(k, &n);
	socks_sent(k, n);
	return socks_feed(k, ans, len);
}

static void
test_malformed(void **state)
{
	struct socks_config	 c;
	struct socks		 k;
	size_t			 n;

	(void)state;
	cfg_none(&c);
	/* A SOCKS4 proxy, an HTTP proxy, a mail server. */
	assert_int_equal(after_offer(&k, &c, "\x04\x5a", 2), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "not a SOCKS5 proxy"));
	assert_int_equal(socks_errno(&k), EPROTO);
	assert_int_equal(after_offer(&k, &c, "HT", 2), SOCKS_FAIL);
	assert_int_equal(after_offer(&k, &c, "22", 2), SOCKS_FAIL);
	/* No acceptable method; a method not offered. */
	assert_int_equal(after_offer(&k, &c, "\x05\xff", 2), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "accepts none"));
	assert_int_equal(after_offer(&k, &c, "\x05\x02", 2), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "not offered"));
	assert_int_equal(after_offer(&k, &c, "\x05\x01", 2), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "not offered"));
	/* Bytes nobody asked for after the method answer. */
	assert_int_equal(after_offer(&k, &c, "\x05\x00\x05", 3), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "before it was asked"));
	/* A reply with a wrong version, a bad address type, an empty name. */
	assert_int_equal(after_offer(&k, &c, "\x05\x00", 2), SOCKS_MORE);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x04\x00\x00\x01", 4), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "malformed"));
	assert_int_equal(after_offer(&k, &c, "\x05\x00", 2), SOCKS_MORE);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x05\x00\x00\x07", 4), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "address type 7"));
	assert_int_equal(after_offer(&k, &c, "\x05\x00", 2), SOCKS_MORE);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x05\x00\x00\x03\x00", 5), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "empty name"));
	/* After a failure nothing more is taken. */
	assert_int_equal(socks_feed(&k, "\x05", 1), SOCKS_FAIL);
	assert_int_equal(socks_need(&k), 0);
}

/* The proxy closes part way: a short reply, said as one, at each phase. */
static void
test_short_reply(void **state)
{
	struct socks_config	 c;
	struct socks		 k;
	size_t			 n;

	(void)state;
	cfg_none(&c);
	assert_int_equal(after_offer(&k, &c, "\x05", 1), SOCKS_MORE);
	assert_int_equal(socks_eof(&k), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "short reply"));
	assert_non_null(strstr(socks_error(&k), "1 of 2 bytes"));
	assert_int_equal(after_offer(&k, &c, "\x05\x00", 2), SOCKS_MORE);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, reply_ok, 7), SOCKS_MORE);
	assert_int_equal(socks_eof(&k), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "its reply was whole"));
	/* A name of 256 bytes cannot be asked for. */
	{
		char	 big[300];

		memset(big, 'a', sizeof big - 1);
		big[sizeof big - 1] = '\0';
		assert_int_equal(socks_start(&k, &c, big, 25), -1);
		assert_non_null(strstr(socks_error(&k), "too long"));
	}
}

/* RFC 1929: both methods offered, the login sent (and wiped once sent),
   then CONNECT; a refused login is said as one. */
static void
test_login(void **state)
{
	static const unsigned char login[] = {
		1, 5, 'a', 'l', 'i', 'c', 'e', 6, 's', '3', 'c', 'r', 'e', 't',
	};
	struct socks_config	 c;
	struct socks		 k;
	size_t			 n;

	(void)state;
	cfg_none(&c);
	snprintf(c.user, sizeof c.user, "alice");
	snprintf(c.password, sizeof c.password, "s3cret");
	assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
	expect_out(&k, "\x05\x02\x00\x02", 4);
	assert_int_equal(socks_feed(&k, "\x05\x02", 2), SOCKS_MORE);
	expect_out(&k, login, sizeof login);
	/* Sent: no copy of the password is left in the machine. */
	assert_null(memmem(&k, sizeof k, "s3cret", 6));
	assert_int_equal(socks_feed(&k, "\x01\x00", 2), SOCKS_MORE);
	socks_output(&k, &n);
	assert_int_equal(n, 4 + 1 + 7 + 2);	/* the CONNECT */
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, reply_ok, sizeof reply_ok),
	    SOCKS_DONE);

	assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x05\x02", 2), SOCKS_MORE);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x01\x01", 2), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "refused the login of user "
	    "alice"));
	assert_null(strstr(socks_error(&k), "s3cret"));
	/* A proxy that needs no login skips it; the password goes unsent
	   and is wiped. */
	assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x05\x00", 2), SOCKS_MORE);
	assert_null(memmem(&k, sizeof k, "s3cret", 6));
	/* A version other than 1 in the login's answer. */
	assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x05\x02", 2), SOCKS_MORE);
	socks_output(&k, &n);
	socks_sent(&k, n);
	assert_int_equal(socks_feed(&k, "\x05\x00", 2), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "not 1"));
}

/* Over a real non-blocking socket: the proxy's reply and the target's
   greeting come in one write; socks_step takes the reply only. */
static void
test_step_leaves_greeting(void **state)
{
	static const char greet[] = "220 mx.test ESMTP\r\n";
	unsigned char		 buf[128];
	struct socks_config	 c;
	struct socks		 k;
	int			 sv[2];
	ssize_t			 r;

	(void)state;
	cfg_none(&c);
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0,
	    sv), 0);
	assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
	/* Nothing from the proxy yet: the offer goes, then it waits. */
	assert_int_equal(socks_step(&k, sv[0]), SOCKS_MORE);
	assert_int_equal(socks_events(&k), POLLIN);
	assert_int_equal(read(sv[1], buf, sizeof buf), 3);
	assert_int_equal(write(sv[1], "\x05\x00", 2), 2);
	assert_int_equal(socks_step(&k, sv[0]), SOCKS_MORE);
	r = read(sv[1], buf, sizeof buf);
	assert_int_equal(r, 4 + 1 + 7 + 2);
	memcpy(buf, reply_ok, sizeof reply_ok);
	memcpy(buf + sizeof reply_ok, greet, sizeof greet - 1);
	assert_int_equal(write(sv[1], buf, sizeof reply_ok + sizeof greet - 1),
	    (ssize_t)(sizeof reply_ok + sizeof greet - 1));
	assert_int_equal(socks_step(&k, sv[0]), SOCKS_DONE);
	r = read(sv[0], buf, sizeof buf);
	assert_int_equal(r, (ssize_t)(sizeof greet - 1));
	assert_memory_equal(buf, greet, sizeof greet - 1);
	/* A proxy that hangs up half way through its reply. */
	assert_int_equal(socks_start(&k, &c, "mx.test", 25), 0);
	assert_int_equal(socks_step(&k, sv[0]), SOCKS_MORE);
	assert_int_equal(read(sv[1], buf, sizeof buf), 3);
	assert_int_equal(write(sv[1], "\x05", 1), 1);
	assert_int_equal(shutdown(sv[1], SHUT_WR), 0);
	assert_int_equal(socks_step(&k, sv[0]), SOCKS_FAIL);
	assert_non_null(strstr(socks_error(&k), "short reply"));
	close(sv[0]);
	close(sv[1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_url),
		cmocka_unit_test(test_connect_by_name),
		cmocka_unit_test(test_connect_by_address),
		cmocka_unit_test(test_byte_splits),
		cmocka_unit_test(test_reply_codes),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_short_reply),
		cmocka_unit_test(test_login),
		cmocka_unit_test(test_step_leaves_greeting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
