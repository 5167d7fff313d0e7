/*
 * A byte buffer with a hard maximum, like curl's dynbuf: appends fail
 * instead of growing past the limit the owner chose, so no input from the
 * network can make memory grow without bound. Data is always followed by a
 * NUL that is not counted in len, so text can be used as a C string.
 * buf_free() wipes the bytes first, because buffers may have held secrets.
 */
#ifndef SMTPX_BUF_H
#define SMTPX_BUF_H

#include <stddef.h>

struct buf {
	char	*data;		/* the bytes held (len of them) */
	size_t	 len;
	size_t	 cap;		/* bytes allocated, from data - off */
	size_t	 max;		/* appends beyond this fail */
	size_t	 off;		/* bytes buf_drop left before data */
};

/* Start empty with the given maximum (0 means SIZE_MAX / 2). */
void	buf_init(struct buf *, size_t max);
/* Append; returns 0, or -1 when over the maximum or out of memory. */
int	buf_add(struct buf *, const void *, size_t);
int	buf_addstr(struct buf *, const char *);
int	buf_addch(struct buf *, char);
/* printf-style append; -1 as buf_add. */
int	buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Room for n more bytes at data + len, or NULL when over the maximum
   or out of memory; buf_commit then counts what was written there. */
char	*buf_space(struct buf *, size_t n);
void	buf_commit(struct buf *, size_t n);
/* Drop the first n bytes and wipe them. */
void	buf_consume(struct buf *, size_t n);
/* Drop the first n bytes without wiping or moving the rest: for bytes
   that are no secret, at the speed an output queue needs. What was
   dropped is wiped by the next buf_reset or buf_free. */
void	buf_drop(struct buf *, size_t n);
/* Empty it, wiping what it held; keeps the allocation. */
void	buf_reset(struct buf *);
/* Wipe and free; the buffer can be initialised again. */
void	buf_free(struct buf *);

#endif
