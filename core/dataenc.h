/*
 * The DATA encoder turns message bytes into what goes on the wire after a
 * 354: every line end becomes CRLF (bare CR and bare LF included, so no
 * smuggling sequence like LF.LF or CR.CR can be formed), a line starting
 * with "." gets a second one (RFC 5321 4.5.2), and dataenc_finish ends
 * the message with exactly one CRLF.CRLF. It keeps one byte of state, so
 * input can come in chunks of any size and memory does not grow with the
 * message.
 */
#ifndef SMTPX_DATAENC_H
#define SMTPX_DATAENC_H

#include <stddef.h>

struct buf;

struct dataenc {
	int	bol;		/* at the beginning of a line */
	int	cr;		/* the last byte was a CR */
	size_t	lines;		/* lines finished so far */
	size_t	stuffed;	/* lines that got an extra dot */
};

void	dataenc_init(struct dataenc *);
/* Encode len bytes, appending to out. It needs room for the worst case,
   2 * len + 2 bytes, and adds nothing when out has less. Returns 0, or
   -1 when out is full. */
int	dataenc_feed(struct dataenc *, const char *, size_t len, struct buf *out);
/* End the message: a CRLF if the last line was open, then ".\r\n". */
int	dataenc_finish(struct dataenc *, struct buf *out);

#endif
