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
	char	*data;
	size_t	 len;
	size_t	 cap;
	size_t	 max;		/* appends beyond this fail */
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
/* Drop the first n bytes. */
void	buf_consume(struct buf *, size_t n);
/* Empty it, wiping what it held; keeps the allocation. */
void	buf_reset(struct buf *);
/* Wipe and free; the buffer can be initialised again. */
void	buf_free(struct buf *);

#endif
