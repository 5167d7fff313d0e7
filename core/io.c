/*
 * The connection object of core/io.h. The read side and the write side
 * each remember what their last attempt waited for (rwant, wwant), the
 * handshake its own (hwant); io_events() turns them into poll interest and
 * io_read_ready()/io_write_ready() say which side the events let go on.
 * A TLS read that needs the socket writable is retried on POLLOUT and a
 * TLS write that needs it readable on POLLIN, independently, which one
 * shared "want" cannot express. Failures are typed (struct io_error): a
 * peer that closed or reset, an errno, or tls.c's class, so no caller
 * matches OpenSSL's words; io.c includes no OpenSSL header.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "io.h"
#include "tls.h"

#define IO_CHUNK	16384	/* most bytes one read takes */

void
io_init(struct io *io, int fd, size_t inmax, struct buf *out, size_t outmax)
{
	memset(io, 0, sizeof *io);
	io->fd = fd;
	buf_init(&io->in, inmax);
	buf_init(&io->own_out, outmax);
	io->out = out != NULL ? out : &io->own_out;
}

void
io_free(struct io *io)
{
	tls_free(io->tls);
	io->tls = NULL;
	io->tls_up = 0;
	buf_free(&io->in);
	buf_free(&io->own_out);
	if (io->secret)
		buf_reset(io->out);
	io->secret = 0;
	io->out = &io->own_out;
}

static void
io_seterr(struct io *io, enum io_kind kind, int errnum, const char *msg)
{
	io->err.kind = kind;
	io->err.errnum = errnum;
	io->err.tls = TLS_E_NONE;
	snprintf(io->err.msg, sizeof io->err.msg, "%s", msg);
}

/* An errno from recv or send: a peer that went away, or an error. */
static enum io_status
io_syserr(struct io *io, int e)
{
	if (e == ECONNRESET || e == EPIPE)
		io_seterr(io, IO_E_CLOSED, e, strerror(e));
	else
		io_seterr(io, IO_E_SYS, e, strerror(e));
	return IO_ERROR;
}

static enum io_status
io_tlserr(struct io *io, const char *msg)
{
	io->err.kind = IO_E_TLS;
	io->err.errnum = 0;
	io->err.tls = tls_error_class(io->tls);
	snprintf(io->err.msg, sizeof io->err.msg, "%s", msg);
	return IO_ERROR;
}

static enum io_status
io_closed(struct io *io)
{
	io->eof = 1;
	io_seterr(io, IO_E_CLOSED, 0, "connection closed by the peer");
	return IO_CLOSED;
}

static enum io_want
io_want_of(enum tls_io r)
{
	return r == TLS_WANT_WRITE ? IO_WANT_WRITE : IO_WANT_READ;
}

void
io_start_tls(struct io *io, struct tls *t)
{
	io->tls = t;
	io->tls_up = 0;
	/* A fresh socket is writable at once: the first step runs soon. */
	io->hwant = IO_WANT_WRITE;
	io->rwant = io->wwant = IO_WANT_NONE;
}

int
io_handshaking(const struct io *io)
{
	return io->tls != NULL && !io->tls_up;
}

enum io_status
io_handshake(struct io *io)
{
	char		 msg[256];
	enum tls_io	 r;

	switch ((r = tls_handshake(io->tls, msg, sizeof msg))) {
	case TLS_OK:
		io->tls_up = 1;
		io->hwant = IO_WANT_NONE;
		return IO_OK;
	case TLS_WANT_READ:
	case TLS_WANT_WRITE:
		io->hwant = io_want_of(r);
		return IO_AGAIN;
	case TLS_CLOSED:
		return io_closed(io);
	default:
		return io_tlserr(io, msg);
	}
}

enum io_status
io_read(struct io *io)
{
	char		 msg[256], *p;
	size_t		 room, n = 0;
	ssize_t		 r;
	enum tls_io	 t;

	room = io->in.max - io->in.len;
	if (room > IO_CHUNK)
		room = IO_CHUNK;
	if (room == 0 || (p = buf_space(&io->in, room)) == NULL) {
		io_seterr(io, IO_E_FULL, 0, "input buffer full");
		return IO_ERROR;
	}
	if (io->tls == NULL) {
		r = recv(io->fd, p, room, 0);
		if (r == 0)
			return io_closed(io);
		if (r == -1 && (errno == EAGAIN || errno == EWOULDBLOCK ||
		    errno == EINTR)) {
			io->rwant = IO_WANT_READ;
			return IO_AGAIN;
		}
		if (r == -1)
			return io_syserr(io, errno);
		n = (size_t)r;
	} else {
		switch ((t = tls_read(io->tls, p, room, &n, msg,
		    sizeof msg))) {
		case TLS_OK:
			break;
		case TLS_WANT_READ:
		case TLS_WANT_WRITE:
			io->rwant = io_want_of(t);
			return IO_AGAIN;
		case TLS_CLOSED:
			return io_closed(io);
		default:
			return io_tlserr(io, msg);
		}
	}
	io->rwant = IO_WANT_NONE;
	buf_commit(&io->in, n);
	return IO_OK;
}

int
io_write(struct io *io, const void *p, size_t len)
{
	return buf_add(io->out, p, len);
}

/* n bytes went out: drop them; a drained secret is wiped. */
static void
io_sent(struct io *io, size_t n)
{
	io->wwant = IO_WANT_NONE;
	/* Most bytes are no secret: drop them unwiped (fast). */
	buf_drop(io->out, n);
	if (io->out->len == 0 && io->secret) {
		buf_reset(io->out);
		io->secret = 0;
	}
}

enum io_status
io_flush(struct io *io)
{
	char		 msg[256];
	size_t		 n;
	ssize_t		 r;
	enum tls_io	 t;

	while (io->out->len > 0) {
		if (io->tls == NULL) {
			r = send(io->fd, io->out->data, io->out->len,
			    MSG_NOSIGNAL);
			if (r == -1 && errno == EINTR)
				continue;
			if (r == -1 && (errno == EAGAIN ||
			    errno == EWOULDBLOCK)) {
				io->wwant = IO_WANT_WRITE;
				return IO_AGAIN;
			}
			if (r == -1)
				return io_syserr(io, errno);
			io_sent(io, (size_t)r);
			continue;
		}
		switch ((t = tls_write(io->tls, io->out->data, io->out->len,
		    &n, msg, sizeof msg))) {
		case TLS_OK:
			io_sent(io, n);
			break;
		case TLS_WANT_READ:
		case TLS_WANT_WRITE:
			io->wwant = io_want_of(t);
			return IO_AGAIN;
		case TLS_CLOSED:
			return io_closed(io);
		default:
			return io_tlserr(io, msg);
		}
	}
	io->wwant = IO_WANT_NONE;
	return IO_OK;
}

void
io_set_secret(struct io *io)
{
	io->secret = 1;
}

size_t
io_queued(const struct io *io)
{
	return io->out->len;
}

static short
io_poll_of(enum io_want w)
{
	return w == IO_WANT_WRITE ? POLLOUT : POLLIN;
}

short
io_events(const struct io *io, int reading)
{
	short	 ev = 0;

	if (io->fd == -1)
		return 0;
	if (io_handshaking(io))
		return io_poll_of(io->hwant);
	if (reading && !io->eof)
		ev |= io->rwant == IO_WANT_WRITE ? POLLOUT : POLLIN;
	if (io->out->len > 0)
		ev |= io->wwant == IO_WANT_READ ? POLLIN : POLLOUT;
	return ev;
}

int
io_read_ready(const struct io *io, short revents)
{
	if (io->eof || io_handshaking(io))
		return 0;
	if (revents & (POLLHUP | POLLERR) || io_pending(io))
		return 1;
	return (revents & (io->rwant == IO_WANT_WRITE ? POLLOUT : POLLIN)) != 0;
}

int
io_write_ready(const struct io *io, short revents)
{
	if (io->out->len == 0 || io_handshaking(io))
		return 0;
	return (revents & (io->wwant == IO_WANT_READ ? POLLIN : POLLOUT)) != 0;
}

int
io_pending(const struct io *io)
{
	return io->tls != NULL && io->tls_up && tls_pending(io->tls) > 0;
}

const struct io_error *
io_error(const struct io *io)
{
	return &io->err;
}
