/*
 * DATA encoding, one byte at a time with a two-flag state: whether we are
 * at the start of a line (for dot-stuffing) and whether a CR is waiting
 * to learn if an LF follows it (so CRLF split across chunks stays one
 * line end).
 */
#include "buf.h"
#include "dataenc.h"

void
dataenc_init(struct dataenc *d)
{
	d->bol = 1;
	d->cr = 0;
	d->lines = 0;
	d->stuffed = 0;
}

static int
dataenc_eol(struct dataenc *d, struct buf *out)
{
	d->bol = 1;
	d->lines++;
	return buf_add(out, "\r\n", 2);
}

int
dataenc_feed(struct dataenc *d, const char *in, size_t len, struct buf *out)
{
	size_t	 i, run;

	for (i = 0; i < len; i++) {
		char c = in[i];

		if (d->cr) {
			d->cr = 0;
			if (dataenc_eol(d, out) == -1)
				return -1;
			if (c == '\n')
				continue;
		}
		if (c == '\r') {
			d->cr = 1;
			continue;
		}
		if (c == '\n') {
			if (dataenc_eol(d, out) == -1)
				return -1;
			continue;
		}
		if (d->bol && c == '.') {
			d->stuffed++;
			if (buf_addch(out, '.') == -1)
				return -1;
		}
		d->bol = 0;
		/* Copy the rest of the plain run at once. */
		for (run = i + 1; run < len && in[run] != '\r' &&
		    in[run] != '\n'; run++)
			;
		if (buf_add(out, in + i, run - i) == -1)
			return -1;
		i = run - 1;
	}
	return 0;
}

int
dataenc_finish(struct dataenc *d, struct buf *out)
{
	if ((d->cr || !d->bol) && dataenc_eol(d, out) == -1)
		return -1;
	d->cr = 0;
	return buf_add(out, ".\r\n", 3);
}
