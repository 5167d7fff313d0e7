/*
 * The message linter: one pass over the bytes, line by line, whatever
 * the chunks they come in. A line ends at LF, or at a CR not followed
 * by LF (as the DATA encoder sees it); its length leaves the line end
 * out. While in the header block the first bytes of each line say what
 * it is: a header ("Name:"), a continuation (starts with space or tab),
 * the blank line that ends the block, or something else, which ends the
 * block too (and is reported). The notes are emitted at the end, in a
 * fixed order, each counted with the line where it was first seen.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "file.h"
#include "msglint.h"

#define MSGLINT_LINE_MAX	998	/* RFC 5322 2.1.1, without CRLF */
#define MSGLINT_WINDOW		(64 * 1024)

void
msglint_init(struct msglint *ml, const struct msglint_caps *caps)
{
	memset(ml, 0, sizeof *ml);
	if (caps != NULL)
		ml->caps = *caps;
	ml->in_head = 1;
}

/* The header name length of the line start, or 0. */
static size_t
msglint_name(const struct msglint *ml)
{
	size_t	 n, have = ml->len < sizeof ml->start ? ml->len :
		    sizeof ml->start;

	for (n = 0; n < have && ml->start[n] > 0x20 && ml->start[n] < 0x7f &&
	    ml->start[n] != ':'; n++)
		;
	return n > 0 && n < have && ml->start[n] == ':' ? n : 0;
}

static int
msglint_is(const struct msglint *ml, size_t n, const char *name)
{
	return strlen(name) == n && strncasecmp(ml->start, name, n) == 0;
}

/* The current line is over (its line end already counted). */
static void
msglint_line(struct msglint *ml)
{
	unsigned long long	 no = ml->lines + 1;
	size_t			 n;

	if (ml->len > MSGLINT_LINE_MAX) {
		if (ml->longl++ == 0)
			ml->longl_at = no;
		if (ml->len > ml->longl_max)
			ml->longl_max = ml->len;
	}
	if (ml->in_head) {
		if (ml->len == 0)
			ml->in_head = 0;
		else if (ml->start[0] == ' ' || ml->start[0] == '\t') {
			/* a continuation */
		} else if ((n = msglint_name(ml)) > 0) {
			if (msglint_is(ml, n, "Date"))
				ml->has_date = 1;
			else if (msglint_is(ml, n, "Message-ID"))
				ml->has_msgid = 1;
			else if (msglint_is(ml, n, "From"))
				ml->has_from = 1;
		} else {
			ml->noblank_at = no;
			ml->in_head = 0;
		}
		if (ml->in_head && ml->line8 && ml->head8_at == 0)
			ml->head8_at = no;
	}
	ml->lines++;
	ml->len = 0;
	ml->line8 = 0;
}

static void
msglint_byte(struct msglint *ml, unsigned char c)
{
	if (ml->cr) {
		ml->cr = 0;
		if (c == '\n') {
			msglint_line(ml);
			return;
		}
		/* A CR alone ended the line before this byte. */
		if (ml->bare_cr++ == 0)
			ml->bare_cr_at = ml->lines + 1;
		msglint_line(ml);
	}
	if (c == '\r') {
		ml->cr = 1;
		return;
	}
	if (c == '\n') {
		if (ml->bare_lf++ == 0)
			ml->bare_lf_at = ml->lines + 1;
		msglint_line(ml);
		return;
	}
	if (c == '\0' && ml->nul_at == 0) {
		ml->nul_off = ml->bytes;
		ml->nul_at = ml->lines + 1;
	}
	if (c >= 0x80) {
		if (ml->eight++ == 0)
			ml->eight_at = ml->lines + 1;
		ml->line8 = 1;
	}
	if (ml->len < sizeof ml->start)
		ml->start[ml->len] = c;
	ml->len++;
}

void
msglint_feed(struct msglint *ml, const void *p, size_t n)
{
	const unsigned char	*b = p;
	size_t			 i;

	for (i = 0; i < n; i++) {
		msglint_byte(ml, b[i]);
		ml->bytes++;
	}
}

static void
msglint_num(char *s, size_t len, unsigned long long v)
{
	snprintf(s, len, "%llu", v);
}

int
msglint_finish(struct msglint *ml, notes_emit_fn *emit, void *arg)
{
	char	 a[24], b[24], c[24];
	int	 n = 0;

	/* A last line without its line end is still a line. */
	if (ml->cr) {
		ml->cr = 0;
		if (ml->bare_cr++ == 0)
			ml->bare_cr_at = ml->lines + 1;
		msglint_line(ml);
	} else if (ml->len > 0)
		msglint_line(ml);
	if (ml->nul_at != 0) {
		msglint_num(a, sizeof a, ml->nul_off);
		msglint_num(b, sizeof b, ml->nul_at);
		notes_emitf(emit, arg, "lint.nul", "nn", a, b);
		n++;
	}
	if (ml->noblank_at != 0) {
		msglint_num(a, sizeof a, ml->noblank_at);
		notes_emitf(emit, arg, "lint.no-blank", "n", a);
		n++;
	}
	if (!ml->has_date) {
		notes_emitf(emit, arg, "lint.missing", "w", "Date");
		n++;
	}
	if (!ml->has_from) {
		notes_emitf(emit, arg, "lint.missing", "w", "From");
		n++;
	}
	if (!ml->has_msgid) {
		notes_emitf(emit, arg, "lint.no-msgid", "");
		n++;
	}
	if (ml->bare_lf > 0) {
		msglint_num(a, sizeof a, ml->bare_lf);
		msglint_num(b, sizeof b, ml->bare_lf_at);
		notes_emitf(emit, arg, "lint.bare-lf", "nn", a, b);
		n++;
	}
	if (ml->bare_cr > 0) {
		msglint_num(a, sizeof a, ml->bare_cr);
		msglint_num(b, sizeof b, ml->bare_cr_at);
		notes_emitf(emit, arg, "lint.bare-cr", "nn", a, b);
		n++;
	}
	if (ml->longl > 0) {
		msglint_num(a, sizeof a, ml->longl);
		msglint_num(b, sizeof b, ml->longl_at);
		msglint_num(c, sizeof c, ml->longl_max);
		notes_emitf(emit, arg, "lint.long", "nnn", a, b, c);
		n++;
	}
	if (ml->head8_at != 0 && !ml->caps.smtputf8) {
		msglint_num(a, sizeof a, ml->head8_at);
		notes_emitf(emit, arg, "lint.header-8bit", "n", a);
		n++;
	}
	if (ml->eight > 0 && !ml->caps.eightbitmime && !ml->caps.smtputf8) {
		msglint_num(a, sizeof a, ml->eight);
		msglint_num(b, sizeof b, ml->eight_at);
		notes_emitf(emit, arg, ml->caps.known ? "lint.8bit" :
		    "lint.8bit.unknown", "nn", a, b);
		n++;
	}
	return n;
}

int
msglint_file(const char *path, const struct msglint_caps *caps,
    notes_emit_fn *emit, void *arg, unsigned long long *lines,
    unsigned long long *bytes, char *err, size_t errlen)
{
	struct msglint	 ml;
	char		 w[MSGLINT_WINDOW];
	ssize_t		 n;
	int		 fd, r;

	if ((fd = file_open_regular(path, NULL, err, errlen)) == -1)
		return -1;
	msglint_init(&ml, caps);
	for (;;) {
		n = read(fd, w, sizeof w);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		msglint_feed(&ml, w, n);
	}
	close(fd);
	r = msglint_finish(&ml, emit, arg);
	if (lines != NULL)
		*lines = ml.lines;
	if (bytes != NULL)
		*bytes = ml.bytes;
	return r;
}
