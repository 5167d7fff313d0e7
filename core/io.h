/*
 * One non-blocking connection over a socket, plain or wrapped by
 * core/tls.h, for the session and the lab alike (after OpenSMTPD's
 * ioev.c). It keeps an input buffer that reads append to and an output
 * queue that flushes drain, and remembers SEPARATELY what the read side
 * and the write side wait for: a TLS read may need the socket writable
 * and a TLS write may need it readable, and each is retried only when
 * its own condition comes. io_events() is the poll interest both make.
 * The descriptor stays the caller's (io_free does not close it); a
 * struct tls handed over by io_start_tls belongs to the io. Timeouts are
 * the caller's. Plain writes use send(MSG_NOSIGNAL) and tls.c's writes
 * do the same, so a peer that went away is an error, never a SIGPIPE.
 */
#ifndef SMTPX_IO_H
#define SMTPX_IO_H

#include <stddef.h>

#include "buf.h"
#include "tls.h"

/* What a side waits for; poll events are made of these. */
enum io_want {
	IO_WANT_NONE,
	IO_WANT_READ,
	IO_WANT_WRITE,
};

/* The result of io_read, io_flush and io_handshake. */
enum io_status {
	IO_OK,		/* done: bytes came, the queue is empty, TLS is up */
	IO_AGAIN,	/* nothing more now: poll for io_events() */
	IO_CLOSED,	/* the peer closed (EOF, TLS close_notify) */
	IO_ERROR,	/* see io_error() */
};

/* A failure as a typed value; msg holds it in words. */
enum io_kind {
	IO_E_NONE,
	IO_E_CLOSED,	/* closed by the peer (EOF, or a reset: errnum) */
	IO_E_SYS,	/* an I/O error; errnum */
	IO_E_TLS,	/* a TLS failure; tls holds tls.c's class */
	IO_E_FULL,	/* the input buffer is at its maximum */
};

struct io_error {
	enum io_kind	 kind;
	int		 errnum;	/* errno for IO_E_SYS and resets */
	enum tls_err	 tls;		/* for IO_E_TLS */
	char		 msg[256];
};

struct io {
	int		 fd;
	struct tls	*tls;		/* NULL in clear */
	int		 tls_up;	/* handshake done */
	enum io_want	 hwant;		/* the handshake waits for this */
	enum io_want	 rwant;		/* the last read waits for this */
	enum io_want	 wwant;		/* the last write waits for this */
	int		 eof;		/* the peer closed its side */
	int		 secret;	/* wipe the queue once it drained */
	struct buf	 in;		/* what reads brought */
	struct buf	 own_out;
	struct buf	*out;		/* the queue: own_out or the caller's */
	struct io_error	 err;
};

/* Start on fd (non-blocking) with an input buffer of inmax bytes at most.
   out is the queue to send from, kept by the caller, or NULL for one of
   the io's own of outmax bytes at most. */
void	io_init(struct io *, int fd, size_t inmax, struct buf *out,
	    size_t outmax);
/* Forget the connection: the TLS object is freed (close_notify if it
   can go at once), the buffers are wiped; the descriptor stays open. */
void	io_free(struct io *);

/* Wrap the connection in t (a tls_client_new or tls_accept on the same
   descriptor): io_handshake then drives the handshake. */
void	io_start_tls(struct io *, struct tls *t);
/* One step of the handshake: IO_OK once done, IO_AGAIN, IO_CLOSED or
   IO_ERROR (the certificate facts stay readable through io->tls). */
enum io_status io_handshake(struct io *);
/* 1 while a handshake was started and is not done. */
int	io_handshaking(const struct io *);

/* Read once into io->in: IO_OK when bytes came, IO_AGAIN, IO_CLOSED or
   IO_ERROR (IO_E_FULL when in has no room). */
enum io_status io_read(struct io *);
/* Queue bytes; -1 when over the queue's maximum. */
int	io_write(struct io *, const void *, size_t);
/* Send from the queue until it is empty (IO_OK) or the socket is full
   (IO_AGAIN); IO_ERROR or IO_CLOSED when the peer is gone. */
enum io_status io_flush(struct io *);
/* A secret is in the queue: wipe it once it drained. */
void	io_set_secret(struct io *);
/* Bytes queued and not yet sent. */
size_t	io_queued(const struct io *);

/* The poll events for this connection: the handshake's, else what the
   read side waits for (if reading is wanted) and the write side's while
   anything is queued. */
short	io_events(const struct io *, int reading);
/* After poll: 1 when revents let the read side go on (what it waits
   for came, a hang-up or error to learn about, or io_pending), or the
   write side (what it waits for came and something is queued). */
int	io_read_ready(const struct io *, short revents);
int	io_write_ready(const struct io *, short revents);
/* 1 when a read can make progress without poll (bytes decrypted inside
   TLS already, which poll cannot see). */
int	io_pending(const struct io *);
const struct io_error *io_error(const struct io *);

#endif
