/*
 * The transcript is an append-only array of entries; entries never move
 * or change once added, so views can hold pointers to them and the
 * sequence number is the index. Display text is made on demand by
 * transcript_format, which is the only way entries reach a terminal or a
 * file, and which always runs the sanitiser.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "buf.h"
#include "sanitize.h"
#include "transcript.h"

struct transcript {
	struct tr_entry	**v;
	size_t		  n;
	size_t		  cap;
};

struct transcript *
transcript_new(void)
{
	return calloc(1, sizeof(struct transcript));
}

void
transcript_free(struct transcript *t)
{
	size_t	 i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++) {
		/* /b64 output may encode a secret. */
		if (t->v[i]->flags & TR_F_NOSAVE)
			OPENSSL_cleanse(t->v[i]->text, t->v[i]->len);
		free(t->v[i]->text);
		free(t->v[i]->raw);
		free(t->v[i]);
	}
	free(t->v);
	free(t);
}

const struct tr_entry *
transcript_add(struct transcript *t, enum tr_kind kind, unsigned flags,
    int code, const char *text, size_t len, const char *raw, size_t rawlen)
{
	struct tr_entry	 *e, **v;
	size_t		  cap;

	if (t->n == t->cap) {
		cap = t->cap ? t->cap * 2 : 256;
		if ((v = realloc(t->v, cap * sizeof *v)) == NULL)
			return NULL;
		t->v = v;
		t->cap = cap;
	}
	if ((e = calloc(1, sizeof *e)) == NULL)
		return NULL;
	if ((e->text = malloc(len + 1)) == NULL)
		goto fail;
	memcpy(e->text, text, len);
	e->text[len] = '\0';
	e->len = len;
	if (raw != NULL && !(flags & TR_F_SECRET)) {
		if ((e->raw = malloc(rawlen + 1)) == NULL)
			goto fail;
		memcpy(e->raw, raw, rawlen);
		e->raw[rawlen] = '\0';
		e->rawlen = rawlen;
	}
	clock_gettime(CLOCK_REALTIME, &e->when);
	e->kind = kind;
	e->flags = flags;
	e->code = code;
	e->seq = t->n;
	t->v[t->n++] = e;
	return e;
fail:
	free(e->text);
	free(e);
	return NULL;
}

size_t
transcript_count(const struct transcript *t)
{
	return t->n;
}

const struct tr_entry *
transcript_get(const struct transcript *t, size_t i)
{
	return i < t->n ? t->v[i] : NULL;
}

const char *
transcript_marker(enum tr_kind kind)
{
	switch (kind) {
	case TR_SENT:
		return "C: ";
	case TR_RECV:
		return "S: ";
	case TR_EVENT:
		return "* ";
	case TR_ERROR:
		return "! ";
	case TR_NOTE:
		return "   # ";
	}
	return "? ";
}

int
transcript_format(const struct tr_entry *e, int with_marker, int with_time,
    struct buf *out)
{
	struct tm	 tm;
	char		 ts[48];

	if (with_time != TR_TIME_NONE) {
		localtime_r(&e->when.tv_sec, &tm);
		/* A saved file is read on another day, maybe elsewhere. */
		strftime(ts, sizeof ts, with_time == TR_TIME_FULL ?
		    "%Y-%m-%d %H:%M:%S %z " : "%H:%M:%S ", &tm);
		if (buf_addstr(out, ts) == -1)
			return -1;
	}
	if (with_marker && buf_addstr(out, transcript_marker(e->kind)) == -1)
		return -1;
	return sanitize_text(e->text, e->len, out);
}

int
transcript_write(const struct transcript *t, int fd, int with_notes,
    int with_time)
{
	struct buf	 line;
	size_t		 i, off;
	ssize_t		 n;
	int		 r = 0;

	buf_init(&line, 0);
	for (i = 0; i < t->n && r == 0; i++) {
		if ((t->v[i]->kind == TR_NOTE && !with_notes &&
		    !(t->v[i]->flags & TR_F_DECODED)) ||
		    t->v[i]->flags & TR_F_NOSAVE)
			continue;
		buf_reset(&line);
		if (transcript_format(t->v[i], 1, with_time, &line) == -1 ||
		    buf_addch(&line, '\n') == -1) {
			errno = ENOMEM;
			r = -1;
			break;
		}
		for (off = 0; off < line.len; off += (size_t)n) {
			n = write(fd, line.data + off, line.len - off);
			if (n == -1 && errno == EINTR) {
				n = 0;
				continue;
			}
			if (n <= 0) {
				if (n == 0)
					errno = EIO;
				r = -1;
				break;
			}
		}
	}
	buf_free(&line);
	return r;
}
