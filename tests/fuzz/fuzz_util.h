/*
 * Small helpers the fuzz targets share. Each target is one libFuzzer
 * entry point over a core (or tui) module; when a property the module's
 * header promises does not hold, FUZZ_CHECK prints what and aborts, so
 * libFuzzer keeps the input as a crash artifact.
 */
#ifndef SMTPX_FUZZ_UTIL_H
#define SMTPX_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: property failed: %s: ",		\
		    __FILE__, __LINE__, #cond);				\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
		abort();						\
	}								\
} while (0)

/*
 * Checks for bugs already reported are skipped when the environment has
 * SMTPX_FUZZ_SKIP_KNOWN set, so a long run can look past them; by default
 * every property is checked.
 */
static inline int
fuzz_skip_known(void)
{
	static int	 skip = -1;

	if (skip == -1)
		skip = getenv("SMTPX_FUZZ_SKIP_KNOWN") != NULL;
	return skip;
}

/* A tiny deterministic generator for chunk sizes and choices. */
struct fuzz_rng {
	uint32_t	 s;
};

static inline uint32_t
fuzz_next(struct fuzz_rng *r)
{
	r->s = r->s * 1103515245u + 12345u;
	return r->s >> 8;
}

/* 1 when s[0..len) holds no bare CR and no bare LF. */
static inline int
fuzz_crlf_only(const char *s, size_t len, size_t *at)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r' && (i + 1 >= len || s[i + 1] != '\n'))
			break;
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			break;
	}
	if (at != NULL)
		*at = i;
	return i == len;
}

/* The first offset of needle in hay, or (size_t)-1. */
static inline size_t
fuzz_find(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	size_t	 i;

	if (nlen == 0 || hlen < nlen)
		return (size_t)-1;
	for (i = 0; i + nlen <= hlen; i++)
		if (memcmp(hay + i, needle, nlen) == 0)
			return i;
	return (size_t)-1;
}

/*
 * 1 when s is what a terminal may be given: valid UTF-8 (shortest form,
 * no surrogates), no C0 control, no DEL, no C1 control (U+0080-U+009F),
 * no bidirectional embedding, override or isolate, no line or paragraph
 * separator. *at is the offending offset.
 */
static inline int
fuzz_terminal_safe(const char *str, size_t len, size_t *at)
{
	const unsigned char	*s = (const unsigned char *)str;
	size_t			 i = 0, n, k;
	uint32_t		 c;

	while (i < len) {
		*at = i;
		if (s[i] < 0x80) {
			if (s[i] < 0x20 || s[i] == 0x7f)
				return 0;
			i++;
			continue;
		}
		if (s[i] >= 0xc2 && s[i] <= 0xdf)
			n = 2, c = s[i] & 0x1f;
		else if (s[i] >= 0xe0 && s[i] <= 0xef)
			n = 3, c = s[i] & 0x0f;
		else if (s[i] >= 0xf0 && s[i] <= 0xf4)
			n = 4, c = s[i] & 0x07;
		else
			return 0;
		if (len - i < n)
			return 0;
		for (k = 1; k < n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			c = (c << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff ||
		    (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
		    (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
			return 0;
		i += n;
	}
	return 1;
}

#endif
