/*
 * Bounded byte buffer. Growth doubles the capacity up to the maximum; the
 * terminating NUL lives in the extra byte reserved at every allocation.
 * buf_drop only moves data forward (off grows); the bytes are moved back
 * to the start when an append needs the room, so a queue that is filled
 * and drained in turns copies each byte about once.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "buf.h"

void
buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = b->cap = b->off = 0;
	b->max = max ? max : SIZE_MAX / 2;
}

static int
buf_grow(struct buf *b, size_t need)
{
	size_t	 cap;
	char	*p, *base = b->data != NULL ? b->data - b->off : NULL;

	if (need > b->max)
		return -1;
	if (b->off + need < b->cap)
		return 0;
	if (need < b->cap) {
		/* Room enough once the dropped bytes are gone. */
		memmove(base, b->data, b->len);
		b->data = base;
		b->off = 0;
		return 0;
	}
	cap = b->cap ? b->cap : 64;
	while (cap <= need)
		cap *= 2;
	if (cap > b->max + 1)
		cap = b->max + 1;
	/* Copy by hand rather than realloc so old bytes can be wiped. */
	if ((p = malloc(cap)) == NULL)
		return -1;
	if (b->data != NULL) {
		memcpy(p, b->data, b->len);
		OPENSSL_cleanse(base, b->cap);
		free(base);
	}
	b->data = p;
	b->cap = cap;
	b->off = 0;
	return 0;
}

int
buf_add(struct buf *b, const void *p, size_t n)
{
	if (n > b->max - b->len || buf_grow(b, b->len + n) == -1)
		return -1;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

char *
buf_space(struct buf *b, size_t n)
{
	if (n > b->max - b->len || buf_grow(b, b->len + n) == -1)
		return NULL;
	return b->data + b->len;
}

void
buf_commit(struct buf *b, size_t n)
{
	b->len += n;
	b->data[b->len] = '\0';
}

int
buf_addstr(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int
buf_addch(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	 small[256];
	char	*big;
	int	 n, r;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof small) {
		r = buf_add(b, small, n);
		OPENSSL_cleanse(small, sizeof small);
		return r;
	}
	if ((big = malloc((size_t)n + 1)) == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	r = buf_add(b, big, n);
	OPENSSL_cleanse(big, (size_t)n + 1);
	free(big);
	return r;
}

void
buf_consume(struct buf *b, size_t n)
{
	if (n >= b->len) {
		buf_reset(b);
		return;
	}
	OPENSSL_cleanse(b->data, n);
	buf_drop(b, n);
}

void
buf_drop(struct buf *b, size_t n)
{
	if (b->data == NULL)
		return;
	if (n > b->len)
		n = b->len;
	b->data += n;
	b->off += n;
	b->len -= n;
	if (b->len == 0) {
		/* Empty: start again at the front, for free. */
		b->data -= b->off;
		b->off = 0;
		b->data[0] = '\0';
	}
}

void
buf_reset(struct buf *b)
{
	if (b->data != NULL) {
		b->data -= b->off;
		OPENSSL_cleanse(b->data, b->cap);
		b->data[0] = '\0';
	}
	b->len = b->off = 0;
}

void
buf_free(struct buf *b)
{
	if (b->data != NULL) {
		b->data -= b->off;
		OPENSSL_cleanse(b->data, b->cap);
		free(b->data);
	}
	b->data = NULL;
	b->len = b->cap = b->off = 0;
}
