/*
 * DATA encoding with a two-flag state: whether we are at the start of a
 * line (for dot-stuffing) and whether a CR is waiting to learn if an LF
 * follows it (so CRLF split across chunks stays one line end). Plain
 * runs between line ends are found with memchr and copied whole into
 * room reserved once per call, so the cost per byte is that of the C
 * library's scanning and copying, not a loop here.
 */
#include <stdint.h>
#include <string.h>

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

/* The length of the run at p (at most n bytes) before the first CR or
   LF. Lines end in LF far more often than in a bare CR, so the LF is
   found first and only the run before it is searched for a CR. */
static size_t
dataenc_run(const char *p, size_t n)
{
	const char	*lf, *cr;

	if ((lf = memchr(p, '\n', n)) != NULL)
		n = lf - p;
	if ((cr = memchr(p, '\r', n)) != NULL)
		n = cr - p;
	return n;
}

int
dataenc_feed(struct dataenc *d, const char *in, size_t len, struct buf *out)
{
	const char	*p = in, *end = in + len;
	char		*w, *w0;
	size_t		 run;

	/* Every byte becomes at most two (a bare CR or LF becomes CRLF, a
	   dot at a line start two dots), plus a CRLF for a pending CR:
	   reserve that once and write straight into it. */
	if (len > (SIZE_MAX - 2) / 2 ||
	    (w0 = w = buf_space(out, 2 * len + 2)) == NULL)
		return -1;
	while (p < end) {
		if (d->cr) {
			d->cr = 0;
			*w++ = '\r';
			*w++ = '\n';
			d->bol = 1;
			d->lines++;
			if (*p == '\n') {
				p++;
				continue;
			}
		}
		if (*p == '\r' || *p == '\n') {
			if (*p++ == '\r') {
				d->cr = 1;
				continue;
			}
			*w++ = '\r';
			*w++ = '\n';
			d->bol = 1;
			d->lines++;
			continue;
		}
		if (d->bol && *p == '.') {
			d->stuffed++;
			*w++ = '.';
		}
		d->bol = 0;
		run = dataenc_run(p, end - p);
		memcpy(w, p, run);
		w += run;
		p += run;
	}
	buf_commit(out, w - w0);
	return 0;
}

int
dataenc_finish(struct dataenc *d, struct buf *out)
{
	if (d->cr || !d->bol) {
		if (buf_add(out, "\r\n", 2) == -1)
			return -1;
		d->bol = 1;
		d->lines++;
	}
	d->cr = 0;
	return buf_add(out, ".\r\n", 3);
}
