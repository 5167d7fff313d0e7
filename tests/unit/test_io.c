/*
 * core/io.c over real sockets: socketpair()s for the plain side and a
 * real TLS pair (the lab's throwaway certificate from tls_server_new) for
 * the TLS side. Each case checks the result AND the poll interest io
 * reports, because a wrong interest is a hang in the front end: partial
 * writes into a small socket buffer, a reply split at every byte, a peer
 * that closes in the middle of a line, a write to a closed peer (no
 * SIGPIPE handler is installed: SIGPIPE would kill the test), and a TLS
 * read that needs the socket writable while the write side waits too.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "io.h"
#include "tls.h"

static void
make_pair(int sv[2])
{
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0,
	    sv), 0);
}

static void
small_buffers(int fd)
{
	int	 n = 4096;

	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &n, sizeof n);
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &n, sizeof n);
}

/* Everything the peer can read now, appended to got. */
static void
drain(int fd, struct buf *got)
{
	char	 tmp[4096];
	ssize_t	 r;

	while ((r = recv(fd, tmp, sizeof tmp, 0)) > 0)
		assert_int_equal(buf_add(got, tmp, (size_t)r), 0);
}

static void
test_partial_writes(void **state)
{
	struct io	 io;
	struct buf	 got;
	char		*msg;
	size_t		 len = 512 * 1024, i, rounds;
	int		 sv[2];
	enum io_status	 st;

	(void)state;
	make_pair(sv);
	small_buffers(sv[0]);
	small_buffers(sv[1]);
	io_init(&io, sv[0], 4096, NULL, 0);
	msg = malloc(len);
	assert_non_null(msg);
	for (i = 0; i < len; i++)
		msg[i] = 'a' + i % 26;
	assert_int_equal(io_write(&io, msg, len), 0);
	/* Something queued: the write side wants POLLOUT. */
	assert_int_equal(io_events(&io, 0), POLLOUT);
	assert_int_equal(io_events(&io, 1), POLLIN | POLLOUT);
	st = io_flush(&io);
	assert_int_equal(st, IO_AGAIN);
	assert_int_equal(io.wwant, IO_WANT_WRITE);
	assert_true(io_queued(&io) > 0 && io_queued(&io) < len);
	assert_int_equal(io_events(&io, 0), POLLOUT);
	assert_true(io_write_ready(&io, POLLOUT));
	assert_false(io_write_ready(&io, POLLIN));
	buf_init(&got, 0);
	for (rounds = 0; st == IO_AGAIN && rounds < 10000; rounds++) {
		drain(sv[1], &got);
		st = io_flush(&io);
		assert_true(st == IO_OK || st == IO_AGAIN);
	}
	assert_int_equal(st, IO_OK);
	assert_true(rounds > 1);	/* it did go out in pieces */
	drain(sv[1], &got);
	assert_int_equal(got.len, len);
	assert_memory_equal(got.data, msg, len);
	/* Nothing queued: no POLLOUT. */
	assert_int_equal(io_queued(&io), 0);
	assert_int_equal(io_events(&io, 0), 0);
	assert_int_equal(io_events(&io, 1), POLLIN);
	buf_free(&got);
	free(msg);
	io_free(&io);
	close(sv[0]);
	close(sv[1]);
}

static void
test_read_split_everywhere(void **state)
{
	static const char reply[] = "250-lab.test\r\n250 SIZE 1000\r\n";
	size_t		 len = sizeof reply - 1, cut;
	struct io	 io;
	int		 sv[2];

	(void)state;
	for (cut = 0; cut <= len; cut++) {
		make_pair(sv);
		io_init(&io, sv[0], 4096, NULL, 0);
		/* Nothing there yet: wait for POLLIN. */
		assert_int_equal(io_read(&io), IO_AGAIN);
		assert_int_equal(io.rwant, IO_WANT_READ);
		assert_int_equal(io_events(&io, 1), POLLIN);
		assert_int_equal(send(sv[1], reply, cut, 0), (ssize_t)cut);
		if (cut > 0) {
			assert_int_equal(io_read(&io), IO_OK);
			assert_int_equal(io.in.len, cut);
		}
		assert_int_equal(io_read(&io), IO_AGAIN);
		assert_int_equal(io_events(&io, 1), POLLIN);
		assert_true(io_read_ready(&io, POLLIN));
		assert_false(io_read_ready(&io, POLLOUT));
		assert_int_equal(send(sv[1], reply + cut, len - cut, 0),
		    (ssize_t)(len - cut));
		if (cut < len)
			assert_int_equal(io_read(&io), IO_OK);
		assert_int_equal(io.in.len, len);
		assert_memory_equal(io.in.data, reply, len);
		io_free(&io);
		close(sv[0]);
		close(sv[1]);
	}
}

static void
test_peer_close_midline(void **state)
{
	struct io	 io;
	int		 sv[2];

	(void)state;
	make_pair(sv);
	io_init(&io, sv[0], 4096, NULL, 0);
	assert_int_equal(send(sv[1], "250 half a li", 13, 0), 13);
	close(sv[1]);
	assert_int_equal(io_read(&io), IO_OK);
	assert_int_equal(io.in.len, 13);
	assert_int_equal(io_read(&io), IO_CLOSED);
	assert_int_equal(io_error(&io)->kind, IO_E_CLOSED);
	/* The bytes before the close stay for the caller. */
	assert_memory_equal(io.in.data, "250 half a li", 13);
	/* After EOF there is nothing left to poll for on the read side. */
	assert_int_equal(io_events(&io, 1), 0);
	assert_false(io_read_ready(&io, POLLIN | POLLHUP));
	io_free(&io);
	close(sv[0]);
}

static void
test_write_to_closed_peer(void **state)
{
	struct io	 io;
	int		 sv[2];

	(void)state;
	/* The default action: a SIGPIPE would end this test here. */
	signal(SIGPIPE, SIG_DFL);
	make_pair(sv);
	io_init(&io, sv[0], 4096, NULL, 0);
	close(sv[1]);
	assert_int_equal(io_write(&io, "QUIT\r\n", 6), 0);
	assert_int_equal(io_flush(&io), IO_ERROR);
	assert_int_equal(io_error(&io)->kind, IO_E_CLOSED);
	assert_int_equal(io_error(&io)->errnum, EPIPE);
	io_free(&io);
	close(sv[0]);
}

static void
test_secret_wiped(void **state)
{
	struct buf	 out;
	struct io	 io;
	char		*base;
	char		 tmp[64];
	int		 sv[2];

	(void)state;
	make_pair(sv);
	buf_init(&out, 0);
	/* The caller's queue, as the session keeps its own. */
	io_init(&io, sv[0], 4096, &out, 0);
	assert_int_equal(buf_addstr(&out, "AUTH PLAIN AHVzZXIAc2VjcmV0\r\n"),
	    0);
	base = out.data;
	io_set_secret(&io);
	assert_int_equal(io_flush(&io), IO_OK);
	assert_int_equal(out.len, 0);
	/* buf_reset wiped what was sent, from where it lay. */
	assert_null(memmem(base, 29, "AHVzZXIAc2VjcmV0", 16));
	assert_int_equal(recv(sv[1], tmp, sizeof tmp, 0), 29);
	io_free(&io);
	buf_free(&out);
	close(sv[0]);
	close(sv[1]);
}

/* A client and a server io over a socketpair, TLS up on both. */
struct tls_pair {
	struct tls_server *srv;
	struct io	 c, s;
	int		 sv[2];
};

static void
tls_pair_up(struct tls_pair *p, int small, int tls12)
{
	struct tls_client_config cfg;
	struct tls	*t;
	char		 err[256];
	enum io_status	 rc = IO_AGAIN, rs = IO_AGAIN;
	int		 i;

	memset(&cfg, 0, sizeof cfg);
	p->srv = tls_server_new("io.test", err, sizeof err);
	assert_non_null(p->srv);
	if (tls12)
		tls_server_tls12(p->srv);
	cfg.ca_pem = tls_server_cert_pem(p->srv);
	make_pair(p->sv);
	if (small) {
		small_buffers(p->sv[0]);
		small_buffers(p->sv[1]);
	}
	io_init(&p->c, p->sv[0], 4096, NULL, 0);
	io_init(&p->s, p->sv[1], 4096, NULL, 0);
	assert_non_null(t = tls_client_new(p->sv[0], "localhost", &cfg, err,
	    sizeof err));
	io_start_tls(&p->c, t);
	assert_non_null(t = tls_accept(p->srv, p->sv[1], err, sizeof err));
	io_start_tls(&p->s, t);
	/* A handshake waits for nothing but itself. */
	assert_true(io_handshaking(&p->c));
	assert_int_equal(io_events(&p->c, 1), POLLOUT);
	/* The client's hello goes out; then it waits for the server. */
	assert_int_equal(io_handshake(&p->c), IO_AGAIN);
	assert_int_equal(io_events(&p->c, 1), POLLIN);
	assert_false(io_read_ready(&p->c, POLLIN));	/* handshake first */
	for (i = 0; i < 100 && (rc != IO_OK || rs != IO_OK); i++) {
		if (rs != IO_OK)
			rs = io_handshake(&p->s);
		if (rc != IO_OK)
			rc = io_handshake(&p->c);
		assert_true(rc == IO_OK || rc == IO_AGAIN);
		assert_true(rs == IO_OK || rs == IO_AGAIN);
	}
	assert_int_equal(rc, IO_OK);
	assert_int_equal(rs, IO_OK);
	assert_false(io_handshaking(&p->c));
	assert_int_equal(io_events(&p->c, 1), POLLIN);
}

static void
tls_pair_down(struct tls_pair *p)
{
	io_free(&p->c);
	io_free(&p->s);
	tls_server_free(p->srv);
	if (p->sv[0] != -1)
		close(p->sv[0]);
	if (p->sv[1] != -1)
		close(p->sv[1]);
}

/* Read on r until want bytes are in or rounds run out. */
static void
tls_read_all(struct io *r, size_t want)
{
	int	 i;

	for (i = 0; i < 1000 && r->in.len < want; i++)
		assert_int_not_equal(io_read(r), IO_ERROR);
	assert_int_equal(r->in.len, want);
}

static void
test_tls_exchange_and_close(void **state)
{
	struct tls_pair	 p;
	enum io_status	 st;

	(void)state;
	tls_pair_up(&p, 0, 0);
	assert_int_equal(io_write(&p.s, "220 hi\r\n", 8), 0);
	assert_int_equal(io_flush(&p.s), IO_OK);
	tls_read_all(&p.c, 8);
	assert_memory_equal(p.c.in.data, "220 hi\r\n", 8);
	/* A clean close (close_notify) is IO_CLOSED, not an error. */
	tls_free(p.s.tls);
	p.s.tls = NULL;
	do
		st = io_read(&p.c);
	while (st == IO_OK);
	assert_int_equal(st, IO_CLOSED);
	assert_int_equal(io_events(&p.c, 1), 0);
	tls_pair_down(&p);
}

static void
test_tls_write_to_closed_peer(void **state)
{
	struct tls_pair	 p;
	enum io_status	 st;

	(void)state;
	signal(SIGPIPE, SIG_DFL);
	tls_pair_up(&p, 0, 0);
	close(p.sv[1]);
	p.sv[1] = -1;
	assert_int_equal(io_write(&p.c, "QUIT\r\n", 6), 0);
	/* tls.c writes with MSG_NOSIGNAL too: an error, no signal. */
	st = io_flush(&p.c);
	assert_int_equal(st, IO_ERROR);
	assert_int_equal(io_error(&p.c)->kind, IO_E_TLS);
	assert_int_equal(io_error(&p.c)->tls, TLS_E_CLOSED);
	tls_pair_down(&p);
}

static void
test_tls_read_needs_write(void **state)
{
	struct tls_pair	 p;
	char		 err[256], fill[4096];
	size_t		 filled = 0, left;
	ssize_t		 r;
	enum io_status	 st;
	int		 i;

	(void)state;
	tls_pair_up(&p, 1, 1);
	/* Take the server's tickets, so only what follows is in flight. */
	assert_int_equal(io_read(&p.c), IO_AGAIN);
	/* Fill the client-to-server direction up to the brim with bytes
	   the test takes back raw below (the TLS stream stays intact). */
	memset(fill, 'x', sizeof fill);
	for (i = 0; i < 1000; i++) {
		if ((r = send(p.sv[0], fill, sizeof fill, 0)) <= 0)
			break;
		filled += (size_t)r;
	}
	assert_true(filled > 0 && i < 1000);
	/* The server asks for a new handshake (TLS 1.2 renegotiation;
	   OpenSSL 3.0 defers the answer to a TLS 1.3 KeyUpdate to the next
	   write): reading it, the client must write a hello, and cannot. */
	assert_int_equal(tls_rekey(p.s.tls, err, sizeof err), 0);
	st = io_read(&p.c);
	assert_int_equal(st, IO_AGAIN);
	assert_int_equal(p.c.rwant, IO_WANT_WRITE);
	/* The read side waits for POLLOUT; POLLIN does not move it. */
	assert_int_equal(io_events(&p.c, 1), POLLOUT);
	assert_true(io_read_ready(&p.c, POLLOUT));
	assert_false(io_read_ready(&p.c, POLLIN));
	/* A write queued meanwhile waits for POLLOUT as well. */
	assert_int_equal(io_write(&p.c, "NOOP\r\n", 6), 0);
	assert_int_equal(io_flush(&p.c), IO_AGAIN);
	assert_int_equal(io_events(&p.c, 1), POLLOUT);
	/* Room again: the read goes on and then waits for input. */
	for (left = filled; left > 0; left -= (size_t)r) {
		r = recv(p.sv[1], fill, left < sizeof fill ? left :
		    sizeof fill, 0);
		assert_true(r > 0);
	}
	st = io_read(&p.c);
	assert_int_equal(st, IO_AGAIN);
	assert_int_equal(p.c.rwant, IO_WANT_READ);
	/* Now the write needs a read: the new handshake is under way and
	   the line waits for the server's answer. Both sides: POLLIN. */
	assert_int_equal(io_flush(&p.c), IO_AGAIN);
	assert_int_equal(p.c.wwant, IO_WANT_READ);
	assert_int_equal(io_events(&p.c, 1), POLLIN);
	assert_true(io_write_ready(&p.c, POLLIN));
	assert_false(io_write_ready(&p.c, POLLOUT));
	/* Both ends go on; the line arrives under the new keys. */
	for (i = 0; i < 100 && (p.s.in.len < 6 || io_queued(&p.c) > 0);
	    i++) {
		assert_int_not_equal(io_read(&p.s), IO_ERROR);
		assert_int_not_equal(io_read(&p.c), IO_ERROR);
		assert_int_not_equal(io_flush(&p.c), IO_ERROR);
	}
	assert_int_equal(io_queued(&p.c), 0);
	assert_int_equal(io_events(&p.c, 1), POLLIN);
	assert_int_equal(p.s.in.len, 6);
	assert_memory_equal(p.s.in.data, "NOOP\r\n", 6);
	assert_int_equal(io_write(&p.s, "250 ok\r\n", 8), 0);
	for (i = 0; i < 100 && io_queued(&p.s) > 0; i++)
		assert_int_not_equal(io_flush(&p.s), IO_ERROR);
	tls_read_all(&p.c, 8);
	assert_memory_equal(p.c.in.data, "250 ok\r\n", 8);
	tls_pair_down(&p);
}

static void
test_not_tls(void **state)
{
	struct tls_client_config cfg;
	struct io	 io;
	char		 err[256];
	int		 sv[2], i;
	enum io_status	 st = IO_AGAIN;

	(void)state;
	memset(&cfg, 0, sizeof cfg);
	make_pair(sv);
	io_init(&io, sv[0], 4096, NULL, 0);
	io_start_tls(&io, tls_client_new(sv[0], "localhost", &cfg, err,
	    sizeof err));
	/* A plaintext greeting where a TLS record should be. */
	assert_int_equal(send(sv[1], "220 plain ESMTP\r\n", 17, 0), 17);
	for (i = 0; i < 10 && st == IO_AGAIN; i++)
		st = io_handshake(&io);
	assert_int_equal(st, IO_ERROR);
	assert_int_equal(io_error(&io)->kind, IO_E_TLS);
	assert_int_equal(io_error(&io)->tls, TLS_E_NOT_TLS);
	io_free(&io);
	close(sv[0]);
	close(sv[1]);
}

static void
test_verify_failed(void **state)
{
	struct tls_client_config cfg;
	struct tls_server *srv;
	struct io	 c, s;
	char		 err[256];
	int		 sv[2], i;
	enum io_status	 rc = IO_AGAIN;

	(void)state;
	memset(&cfg, 0, sizeof cfg);	/* the lab's certificate untrusted */
	assert_non_null(srv = tls_server_new("io.test", err, sizeof err));
	make_pair(sv);
	io_init(&c, sv[0], 4096, NULL, 0);
	io_init(&s, sv[1], 4096, NULL, 0);
	io_start_tls(&c, tls_client_new(sv[0], "localhost", &cfg, err,
	    sizeof err));
	io_start_tls(&s, tls_accept(srv, sv[1], err, sizeof err));
	for (i = 0; i < 100 && rc == IO_AGAIN; i++) {
		io_handshake(&s);
		rc = io_handshake(&c);
	}
	assert_int_equal(rc, IO_ERROR);
	assert_int_equal(io_error(&c)->tls, TLS_E_VERIFY);
	assert_non_null(strstr(io_error(&c)->msg, "verification failed"));
	io_free(&c);
	io_free(&s);
	tls_server_free(srv);
	close(sv[0]);
	close(sv[1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_partial_writes),
		cmocka_unit_test(test_read_split_everywhere),
		cmocka_unit_test(test_peer_close_midline),
		cmocka_unit_test(test_write_to_closed_peer),
		cmocka_unit_test(test_secret_wiped),
		cmocka_unit_test(test_tls_exchange_and_close),
		cmocka_unit_test(test_tls_write_to_closed_peer),
		cmocka_unit_test(test_tls_read_needs_write),
		cmocka_unit_test(test_not_tls),
		cmocka_unit_test(test_verify_failed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
