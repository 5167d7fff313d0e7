/*
 * The transcript is the record of a session and the model every view is
 * drawn from: each line sent and received, each event, error and note,
 * in order, with the time and the raw bytes. Text is stored as it came
 * (it may hold control bytes); it is made printable only when formatted
 * for display, by transcript_format, so there is one sanitiser for the
 * screen, the line mode and saved files. Secrets are masked before they
 * are stored, so nothing here ever needs hiding.
 *
 * Entries are stored packed (see transcript.c); transcript_get and
 * transcript_add hand out a view, a struct tr_entry filled in from the
 * store with its own copy of the text and raw bytes. A view stays valid
 * (and unchanged, even when old lines are dropped) until TR_VIEWS more
 * views have been handed out by the same transcript: enough to hold an
 * entry while it is formatted and drawn, not to keep it.
 *
 * The store can be bounded (transcript_set_max): when it grows past the
 * bound, the oldest lines are dropped, and entry 0 becomes a marker
 * event saying how many. Indexes shift down when that happens;
 * transcript_dropped tells a view that keeps an index by how much.
 */
#ifndef SMTPX_TRANSCRIPT_H
#define SMTPX_TRANSCRIPT_H

#include <stddef.h>
#include <time.h>

struct buf;

enum tr_kind {
	TR_SENT,	/* C: a line sent */
	TR_RECV,	/* S: a line received */
	TR_EVENT,	/* *  something happened */
	TR_ERROR,	/* !  something failed */
	TR_NOTE,	/*    # an explanation */
};

#define TR_F_SECRET	0x01	/* text was masked; raw is not kept */
#define TR_F_LAST	0x02	/* TR_RECV: last line of its reply */
#define TR_F_DECODED	0x04	/* TR_NOTE: decoded AUTH exchange */
#define TR_F_NOSAVE	0x08	/* shown, but kept out of saved files
				   (/b64 output, which may encode a secret) */

#define TR_VIEWS	16

struct tr_entry {
	size_t		 seq;		/* index in the transcript */
	struct timespec	 when;		/* CLOCK_REALTIME, whole seconds */
	enum tr_kind	 kind;
	unsigned	 flags;
	int		 code;		/* TR_RECV: the reply code */
	char		*text;		/* line text without line end,
					   NUL-terminated */
	size_t		 len;
	char		*raw;		/* bytes on the wire, or NULL */
	size_t		 rawlen;
};

struct transcript;

struct transcript *transcript_new(void);
void	transcript_free(struct transcript *);
/* Append an entry; text and raw are copied (raw may be NULL; it is
   not kept for a secret). Returns a view of it, or NULL when out of
   memory. May drop the oldest lines (transcript_set_max). */
const struct tr_entry *transcript_add(struct transcript *, enum tr_kind,
	    unsigned flags, int code, const char *text, size_t len,
	    const char *raw, size_t rawlen);
size_t	transcript_count(const struct transcript *);
const struct tr_entry *transcript_get(const struct transcript *, size_t);
/* Bound the store to about max bytes (0: no bound). */
void	transcript_set_max(struct transcript *, size_t max);
/* Lines dropped so far to keep within the bound; never decreases. */
size_t	transcript_dropped(const struct transcript *);
/* Bytes the store holds now (for the benchmark and the tests). */
size_t	transcript_bytes(const struct transcript *);

/* The marker the line mode puts before an entry: "C: ", "S: ", "* ",
   "! " or "   # ". */
const char *transcript_marker(enum tr_kind);
/*
 * Append the entry's display form to out: an optional time stamp (with
 * with_time TR_TIME_CLOCK "HH:MM:SS ", TR_TIME_FULL "YYYY-MM-DD HH:MM:SS
 * +ZZZZ ", local time), the marker (if with_marker), then the text made
 * printable by sanitize_text. No line end. Returns 0 or -1 (out full).
 */
#define TR_TIME_NONE	0
#define TR_TIME_CLOCK	1
#define TR_TIME_FULL	2
int	transcript_format(const struct tr_entry *, int with_marker,
	    int with_time, struct buf *out);
/*
 * Write the whole transcript (what is kept, the marker first when
 * lines were dropped) to fd in the line-mode format (notes only with
 * with_notes, time stamps as transcript_format). Each entry is put into
 * words by render, which appends its line or lines, line ends included;
 * notes are kept as ids (see core/notes.h), so core cannot write them
 * itself: with render NULL an entry is written by transcript_format as
 * one line. Entries kept out of saved files (TR_F_NOSAVE) are skipped.
 * The caller opens the file (tui's util_open_new: 0600, no links).
 * Returns 0, or -1 with errno set.
 */
typedef int tr_render_fn(void *arg, const struct tr_entry *, int with_time,
	    struct buf *out);
int	transcript_write(const struct transcript *, int fd, int with_notes,
	    int with_time, tr_render_fn *render, void *arg);

#endif
