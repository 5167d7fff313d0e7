/*
 * The sanitiser walks the input as UTF-8 by hand (not with mbrtowc, so
 * the result does not depend on the locale) and copies only what a
 * terminal will draw as itself. Anything a terminal could act on, and
 * anything that could make one line look like another, is written as a
 * backslash escape instead: controls, C1 in either encoding, invalid
 * UTF-8, and the bidirectional overrides that can reorder text on screen.
 */
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "sanitize.h"

/* Decode one UTF-8 character at s; returns its length and sets *cp, or
   0 when the bytes are not a valid, shortest-form character. */
static size_t
sanitize_utf8(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t	 n, i;
	uint32_t c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past Unicode. */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return n;
}

static int
sanitize_unsafe(uint32_t c)
{
	return c < 0x20 || c == 0x7f || c == '\\' ||
	    (c >= 0x80 && c <= 0x9f) ||		/* C1 */
	    (c >= 0x202a && c <= 0x202e) ||	/* bidi embeddings */
	    (c >= 0x2066 && c <= 0x2069) ||	/* bidi isolates */
	    c == 0x2028 || c == 0x2029;		/* line separators */
}

int
sanitize_clean(const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, n;
	uint32_t		 c;

	while (i < len) {
		if ((n = sanitize_utf8(u + i, len - i, &c)) == 0 ||
		    sanitize_unsafe(c))
			return 0;
		i += n;
	}
	return 1;
}

int
sanitize_text(const char *s, size_t len, struct buf *out)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, n, k;
	uint32_t		 c;
	char			 esc[16];
	int			 r = 0;

	while (i < len && r == 0) {
		n = sanitize_utf8(u + i, len - i, &c);
		if (n == 0) {
			snprintf(esc, sizeof esc, "\\x%02x", u[i]);
			r = buf_addstr(out, esc);
			i++;
			continue;
		}
		if (!sanitize_unsafe(c)) {
			r = buf_add(out, s + i, n);
		} else if (c == '\\') {
			r = buf_addstr(out, "\\\\");
		} else if (c == '\t' || c == '\r' || c == '\n') {
			r = buf_addstr(out, c == '\t' ? "\\t" :
			    c == '\r' ? "\\r" : "\\n");
		} else if (c >= 0x2000) {
			snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
			r = buf_addstr(out, esc);
		} else {
			/* Show the bytes as they came, C1 in UTF-8 too. */
			for (k = 0; k < n && r == 0; k++) {
				snprintf(esc, sizeof esc, "\\x%02x", u[i + k]);
				r = buf_addstr(out, esc);
			}
		}
		i += n;
	}
	return r;
}
