/*
 * The transcript is an append-only store of packed records in chunks.
 * A record is a header byte (kind, last-line flag, how the raw bytes
 * relate to the text, whether more follows), then only what differs
 * from the common case: other flags, a change of second, a reply code
 * that is not the text's first three digits, the raw bytes when they are
 * not simply the text and a line end. So a typical line costs its text
 * and two or three bytes. Each chunk keeps an index point every TR_STEP
 * records (offset and time), so finding entry i decodes at most
 * TR_STEP - 1 records. Views (struct tr_entry) are made on demand into a
 * small ring of buffers owned by the transcript, so callers never see the
 * packed form and a view outlives the chunk it came from.
 *
 * With a bound, the oldest chunks are freed when the store grows past
 * it; entry 0 then is a marker event made on demand from the count.
 * Display text is made on demand by transcript_format, which is the only
 * way entries reach a terminal or a file, and which always runs the
 * sanitiser.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "buf.h"
#include "sanitize.h"
#include "transcript.h"

#define TR_CHUNK	(64 * 1024)	/* bytes of records per chunk */
#define TR_STEP		32		/* records between index points */
#define TR_VIEW_KEEP	(64 * 1024)	/* view buffers shrink past this */

/* Header byte. */
#define TR_H_KIND	0x07
#define TR_H_LAST	0x08		/* TR_F_LAST */
#define TR_H_RAW	0x30		/* how raw relates to text: */
#define TR_RAW_NONE	0x00		/*   no raw bytes */
#define TR_RAW_CRLF	0x10		/*   text + CRLF */
#define TR_RAW_LF	0x20		/*   text + LF */
#define TR_RAW_OWN	0x30		/*   stored after the text */
#define TR_H_CODE	0x40		/* a reply code follows */
#define TR_H_EXT	0x80		/* an extension varint follows */
/* Extension varint: bit 0 a time delta follows; the rest, flags >> 1
   (the flags other than TR_F_LAST, which is in the header). */
#define TR_X_TIME	0x01

struct tr_point {
	size_t		 off;		/* of record k * TR_STEP */
	int64_t		 sec;		/* time of the record before it */
};

struct tr_chunk {
	size_t		 first;		/* absolute number of its first line */
	size_t		 n;		/* records */
	unsigned char	*data;
	size_t		 len;
	size_t		 cap;
	struct tr_point	*pt;
	size_t		 npt;
	size_t		 ptcap;
	int		 nosave;	/* holds text to wipe when freed */
};

struct tr_view {
	struct tr_entry	 e;
	char		*mem;
	size_t		 cap;
};

struct tr_ring {
	size_t		 next;
	struct tr_view	 v[TR_VIEWS];
};

struct transcript {
	struct tr_chunk	**c;
	size_t		  nc;
	size_t		  ccap;
	size_t		  total;	/* lines ever added */
	size_t		  dropped;	/* lines dropped from the front */
	int64_t		  last_sec;	/* time of the last record */
	int64_t		  drop_sec;	/* time of the last drop */
	size_t		  bytes;	/* held by chunks and their index */
	size_t		  max;		/* bound on bytes, or 0 */
	struct tr_ring	 *ring;		/* views (writable from const) */
};

struct transcript *
transcript_new(void)
{
	struct transcript	*t;

	if ((t = calloc(1, sizeof *t)) == NULL)
		return NULL;
	if ((t->ring = calloc(1, sizeof *t->ring)) == NULL) {
		free(t);
		return NULL;
	}
	return t;
}

static size_t
tr_chunk_bytes(const struct tr_chunk *c)
{
	return sizeof *c + c->cap + c->ptcap * sizeof *c->pt;
}

static void
tr_chunk_free(struct tr_chunk *c)
{
	/* /b64 output may encode a secret. */
	if (c->nosave)
		OPENSSL_cleanse(c->data, c->len);
	free(c->data);
	free(c->pt);
	free(c);
}

void
transcript_free(struct transcript *t)
{
	size_t	 i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nc; i++)
		tr_chunk_free(t->c[i]);
	for (i = 0; i < TR_VIEWS; i++) {
		OPENSSL_cleanse(t->ring->v[i].mem, t->ring->v[i].cap);
		free(t->ring->v[i].mem);
	}
	free(t->ring);
	free(t->c);
	free(t);
}

static size_t
tr_put_varint(unsigned char *p, uint64_t v)
{
	size_t	 n = 0;

	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	return n;
}

static uint64_t
tr_get_varint(const unsigned char **pp)
{
	const unsigned char	*p = *pp;
	uint64_t		 v = 0;
	unsigned		 shift = 0;

	do {
		v |= (uint64_t)(*p & 0x7f) << shift;
		shift += 7;
	} while (*p++ & 0x80 && shift < 64);
	*pp = p;
	return v;
}

static uint64_t
tr_zig(int64_t v)
{
	return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static int64_t
tr_unzig(uint64_t v)
{
	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* The code a received line's text implies: its first three digits. */
static int
tr_implied_code(enum tr_kind kind, const char *text, size_t len)
{
	if (kind != TR_RECV || len < 3 || text[0] < '0' || text[0] > '9' ||
	    text[1] < '0' || text[1] > '9' || text[2] < '0' || text[2] > '9')
		return 0;
	return (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
}

/* Free the oldest chunks while over the bound; keep the newest. */
static void
tr_trim(struct transcript *t)
{
	size_t	 k = 0, i;

	while (t->max > 0 && t->bytes > t->max && t->nc - k > 1) {
		t->bytes -= tr_chunk_bytes(t->c[k]);
		t->dropped += t->c[k]->n;
		tr_chunk_free(t->c[k]);
		k++;
	}
	if (k == 0)
		return;
	for (i = k; i < t->nc; i++)
		t->c[i - k] = t->c[i];
	t->nc -= k;
	t->drop_sec = t->last_sec;
}

/* A chunk with room for need more bytes, or NULL. The chunk closed
   gives its spare room back. */
static struct tr_chunk *
tr_room(struct transcript *t, size_t need)
{
	struct tr_chunk	 *c, **v;
	unsigned char	 *d;
	size_t		  cap;

	if (t->nc > 0) {
		c = t->c[t->nc - 1];
		if (c->cap - c->len >= need)
			return c;
		/* Shrinking may move it; a chunk holding text to wipe
		   keeps its room instead. */
		if (!c->nosave && c->len > 0 && c->len < c->cap &&
		    (d = realloc(c->data, c->len)) != NULL) {
			t->bytes -= c->cap - c->len;
			c->data = d;
			c->cap = c->len;
		}
	}
	if (t->nc == t->ccap) {
		cap = t->ccap ? t->ccap * 2 : 16;
		if ((v = realloc(t->c, cap * sizeof *v)) == NULL)
			return NULL;
		t->c = v;
		t->ccap = cap;
	}
	if ((c = calloc(1, sizeof *c)) == NULL)
		return NULL;
	c->cap = need > TR_CHUNK ? need : TR_CHUNK;
	if ((c->data = malloc(c->cap)) == NULL) {
		free(c);
		return NULL;
	}
	c->first = t->total;
	t->c[t->nc++] = c;
	t->bytes += tr_chunk_bytes(c);
	return c;
}

/* Make a view of the entry at index seq into the next ring slot. */
static struct tr_entry *
tr_view(const struct transcript *t, size_t seq, enum tr_kind kind,
    unsigned flags, int code, int64_t sec, const char *text, size_t len,
    const char *raw, size_t rawlen, const char *end, size_t endlen)
{
	struct tr_ring	*r = t->ring;
	struct tr_view	*v = &r->v[r->next];
	size_t		 need = len + 1 + rawlen + endlen + 1;
	char		*m;

	if (v->cap < need || (v->cap > TR_VIEW_KEEP && need <= TR_VIEW_KEEP)) {
		OPENSSL_cleanse(v->mem, v->cap);
		free(v->mem);
		v->cap = need > 256 ? need : 256;
		if ((v->mem = malloc(v->cap)) == NULL) {
			v->cap = 0;
			return NULL;
		}
	}
	r->next = (r->next + 1) % TR_VIEWS;
	m = v->mem;
	memcpy(m, text, len);
	m[len] = '\0';
	memset(&v->e, 0, sizeof v->e);
	v->e.text = m;
	v->e.len = len;
	if (raw != NULL) {
		v->e.raw = m + len + 1;
		memcpy(v->e.raw, raw, rawlen);
		memcpy(v->e.raw + rawlen, end, endlen);
		v->e.raw[rawlen + endlen] = '\0';
		v->e.rawlen = rawlen + endlen;
	}
	v->e.seq = seq;
	v->e.when.tv_sec = (time_t)sec;
	v->e.kind = kind;
	v->e.flags = flags;
	v->e.code = code;
	return &v->e;
}

/* An index point for the entry about to be added at c->len: every
   TR_STEP entries, so a lookup decodes at most that many. 0 or -1. */
static int
tr_mark(struct transcript *t, struct tr_chunk *c)
{
	struct tr_point	*pt;
	size_t		 cap;

	if (c->npt == c->ptcap) {
		cap = c->ptcap ? c->ptcap * 2 : 8;
		if ((pt = realloc(c->pt, cap * sizeof *pt)) == NULL)
			return -1;
		t->bytes += (cap - c->ptcap) * sizeof *pt;
		c->pt = pt;
		c->ptcap = cap;
	}
	c->pt[c->npt].off = c->len;
	c->pt[c->npt].sec = t->last_sec;
	c->npt++;
	return 0;
}

const struct tr_entry *
transcript_add(struct transcript *t, enum tr_kind kind, unsigned flags,
    int code, const char *text, size_t len, const char *raw, size_t rawlen)
{
	struct tr_chunk	*c;
	struct timespec	 now;
	unsigned char	 hdr, *p;
	const char	*end = "";
	size_t		 need, endlen = 0, k;
	uint64_t	 ext;
	int64_t		 dt;

	clock_gettime(CLOCK_REALTIME, &now);
	dt = (int64_t)now.tv_sec - t->last_sec;
	if (flags & TR_F_SECRET)
		raw = NULL;
	hdr = (unsigned char)(kind & TR_H_KIND);
	if (flags & TR_F_LAST)
		hdr |= TR_H_LAST;
	if (raw == NULL)
		rawlen = 0;
	else if (rawlen == len + 2 && memcmp(raw, text, len) == 0 &&
	    memcmp(raw + len, "\r\n", 2) == 0)
		hdr |= TR_RAW_CRLF;
	else if (rawlen == len + 1 && memcmp(raw, text, len) == 0 &&
	    raw[len] == '\n')
		hdr |= TR_RAW_LF;
	else
		hdr |= TR_RAW_OWN;
	if (code != tr_implied_code(kind, text, len))
		hdr |= TR_H_CODE;
	ext = (uint64_t)(flags & ~(unsigned)TR_F_LAST) << 1 |
	    (dt != 0 ? TR_X_TIME : 0);
	if (ext != 0)
		hdr |= TR_H_EXT;

	/* Header, five varints of up to 10 bytes, text, raw. */
	need = 1 + 50 + len + ((hdr & TR_H_RAW) == TR_RAW_OWN ? rawlen : 0);
	if ((c = tr_room(t, need)) == NULL)
		return NULL;
	if (c->n % TR_STEP == 0 && tr_mark(t, c) == -1)
		return NULL;
	p = c->data + c->len;
	*p++ = hdr;
	if (hdr & TR_H_EXT)
		p += tr_put_varint(p, ext);
	if (dt != 0)
		p += tr_put_varint(p, tr_zig(dt));
	if (hdr & TR_H_CODE)
		p += tr_put_varint(p, tr_zig(code));
	p += tr_put_varint(p, len);
	memcpy(p, text, len);
	p += len;
	if ((hdr & TR_H_RAW) == TR_RAW_OWN) {
		p += tr_put_varint(p, rawlen);
		memcpy(p, raw, rawlen);
		p += rawlen;
	}
	c->len = (size_t)(p - c->data);
	c->n++;
	if (flags & TR_F_NOSAVE)
		c->nosave = 1;
	t->total++;
	t->last_sec = now.tv_sec;

	if ((hdr & TR_H_RAW) == TR_RAW_CRLF || (hdr & TR_H_RAW) == TR_RAW_LF)
		end = (hdr & TR_H_RAW) == TR_RAW_CRLF ? "\r\n" : "\n";
	endlen = strlen(end);
	tr_trim(t);
	k = transcript_count(t) - 1;
	return tr_view(t, k, kind, flags, code, now.tv_sec, text, len,
	    raw != NULL ? (endlen > 0 ? text : raw) : NULL,
	    endlen > 0 ? len : rawlen, end, endlen);
}

size_t
transcript_count(const struct transcript *t)
{
	return t->total - t->dropped + (t->dropped > 0);
}

size_t
transcript_dropped(const struct transcript *t)
{
	return t->dropped;
}

size_t
transcript_bytes(const struct transcript *t)
{
	return t->bytes + t->ccap * sizeof *t->c;
}

void
transcript_set_max(struct transcript *t, size_t max)
{
	t->max = max;
	tr_trim(t);
}

const struct tr_entry *
transcript_get(const struct transcript *t, size_t i)
{
	const struct tr_chunk	*c;
	const unsigned char	*p;
	const char		*text, *raw = NULL, *end = "";
	char			 mark[128];
	size_t			 line, lo, hi, k, len = 0, rawlen = 0, j;
	uint64_t		 ext;
	int64_t			 sec;
	unsigned		 flags = 0;
	unsigned char		 hdr = 0;
	int			 code = 0, n;

	if (i >= transcript_count(t))
		return NULL;
	if (t->dropped > 0) {
		if (i == 0) {
			n = snprintf(mark, sizeof mark, "%zu earlier line%s "
			    "dropped to keep the transcript within its size "
			    "limit", t->dropped, t->dropped == 1 ? "" : "s");
			return tr_view(t, 0, TR_EVENT, 0, 0, t->drop_sec,
			    mark, (size_t)n, NULL, 0, "", 0);
		}
		line = t->dropped + i - 1;
	} else
		line = i;

	/* The chunk holding it: the last whose first line is <= line. */
	lo = 0;
	hi = t->nc;
	while (hi - lo > 1) {
		k = lo + (hi - lo) / 2;
		if (t->c[k]->first <= line)
			lo = k;
		else
			hi = k;
	}
	c = t->c[lo];
	k = line - c->first;
	p = c->data + c->pt[k / TR_STEP].off;
	sec = c->pt[k / TR_STEP].sec;
	for (j = k - k % TR_STEP;; j++) {
		hdr = *p++;
		ext = hdr & TR_H_EXT ? tr_get_varint(&p) : 0;
		if (ext & TR_X_TIME)
			sec += tr_unzig(tr_get_varint(&p));
		if (hdr & TR_H_CODE)
			code = (int)tr_unzig(tr_get_varint(&p));
		len = (size_t)tr_get_varint(&p);
		text = (const char *)p;
		p += len;
		if ((hdr & TR_H_RAW) == TR_RAW_OWN) {
			rawlen = (size_t)tr_get_varint(&p);
			raw = (const char *)p;
			p += rawlen;
		}
		if (j == k)
			break;
	}
	flags = (unsigned)(ext >> 1) | (hdr & TR_H_LAST ? TR_F_LAST : 0);
	if (!(hdr & TR_H_CODE))
		code = tr_implied_code(hdr & TR_H_KIND, text, len);
	switch (hdr & TR_H_RAW) {
	case TR_RAW_NONE:
		raw = NULL;
		rawlen = 0;
		break;
	case TR_RAW_CRLF:
	case TR_RAW_LF:
		raw = text;
		rawlen = len;
		end = (hdr & TR_H_RAW) == TR_RAW_CRLF ? "\r\n" : "\n";
		break;
	}
	return tr_view(t, i, hdr & TR_H_KIND, flags, code, sec, text, len,
	    raw, rawlen, end, strlen(end));
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
    int with_time, tr_render_fn *render, void *arg)
{
	const struct tr_entry	*e;
	struct buf		 line;
	size_t			 i, off, count = transcript_count(t);
	ssize_t			 n;
	int			 r = 0;

	buf_init(&line, 0);
	for (i = 0; i < count && r == 0; i++) {
		if ((e = transcript_get(t, i)) == NULL) {
			errno = ENOMEM;
			r = -1;
			break;
		}
		if ((e->kind == TR_NOTE && !with_notes &&
		    !(e->flags & TR_F_DECODED)) || e->flags & TR_F_NOSAVE)
			continue;
		buf_reset(&line);
		if (render != NULL ? render(arg, e, with_time, &line) == -1 :
		    (transcript_format(e, 1, with_time, &line) == -1 ||
		    buf_addch(&line, '\n') == -1)) {
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
