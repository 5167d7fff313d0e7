/*
 * /lint: what in a message file a server may refuse, or a reader
 * misread, said as notes before it is sent (never blocking anything):
 * bare LF or CR line ends, lines over 998 octets, 8-bit bytes the server
 * did not agree to, raw non-ASCII in headers, a NUL, a missing Date,
 * Message-ID or From, and a header block that ends without its blank
 * line. The file is read once, a window at a time, with a few counters
 * and the start of the current line as the only state, so memory stays
 * the same whatever the file's size.
 */
#ifndef SMTPX_MSGLINT_H
#define SMTPX_MSGLINT_H

#include <stddef.h>

#include "notes.h"

#define MSGLINT_NAME_MAX	80	/* a header name is looked for here */

/* What the server offered, for the 8-bit rules. */
struct msglint_caps {
	int	known;			/* an EHLO reply was seen */
	int	eightbitmime;		/* 8BITMIME offered */
	int	smtputf8;		/* SMTPUTF8 offered */
};

struct msglint {
	struct msglint_caps caps;
	unsigned long long bytes;
	unsigned long long lines;	/* finished lines */
	int		 cr;		/* the last byte was a CR */
	int		 in_head;	/* still in the header block */
	size_t		 len;		/* bytes of the current line */
	char		 start[MSGLINT_NAME_MAX]; /* its first bytes */
	int		 line8;		/* the current line has 8-bit bytes */
	/* Findings: counts and the first line (1-based) of each. */
	unsigned long long bare_lf, bare_lf_at;
	unsigned long long bare_cr, bare_cr_at;
	unsigned long long longl, longl_at, longl_max;
	unsigned long long eight, eight_at;
	unsigned long long head8_at;	/* 0: none */
	unsigned long long nul_off, nul_at;	/* nul_at 0: none */
	unsigned long long noblank_at;	/* 0: none */
	int		 has_date, has_msgid, has_from;
};

void	msglint_init(struct msglint *, const struct msglint_caps *);
void	msglint_feed(struct msglint *, const void *, size_t);
/* End of the message: emit the notes found (none for a clean message);
   returns how many. */
int	msglint_finish(struct msglint *, notes_emit_fn *emit, void *arg);
/*
 * Lint the file at path. Returns the number of notes emitted, or -1
 * with err when it cannot be read. *lines and *bytes (may be NULL) say
 * what was read.
 */
int	msglint_file(const char *path, const struct msglint_caps *,
	    notes_emit_fn *emit, void *arg, unsigned long long *lines,
	    unsigned long long *bytes, char *err, size_t errlen);

#endif
