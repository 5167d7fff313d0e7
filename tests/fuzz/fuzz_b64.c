/*
 * Base64 (core/b64.c). Properties, from b64.h ("decoding is strict:
 * only the base64 alphabet, correct padding, no white space"):
 *   - b64_decode accepts exactly what a strict reference decoder written
 *     here accepts, and gives the same bytes;
 *   - a failed decode leaves the output buffer as it was;
 *   - b64_encode of any bytes has length 4 * ceil(n / 3) and decodes back
 *     to them;
 *   - a decode into a buffer too small fails rather than writing past it.
 */
#include <stdint.h>
#include <string.h>

#include "b64.h"
#include "buf.h"
#include "fuzz_util.h"

static int
fuzz_val(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Strict RFC 4648 decoding; -1 when s is not base64. */
static long
fuzz_ref_decode(const uint8_t *s, size_t len, uint8_t *out)
{
	size_t	 i, pad = 0, o = 0;
	uint32_t acc;
	int	 k, v;

	if (len % 4 != 0)
		return -1;
	if (len >= 1 && s[len - 1] == '=')
		pad++;
	if (len >= 2 && s[len - 2] == '=')
		pad++;
	if (pad == 1 && len >= 2 && s[len - 2] == '=')
		return -1;
	for (i = 0; i < len; i += 4) {
		acc = 0;
		for (k = 0; k < 4; k++) {
			if (i + k >= len - pad) {
				if (i + 4 != len)
					return -1;
				v = 0;
			} else if ((v = fuzz_val(s[i + k])) < 0)
				return -1;
			acc = acc << 6 | (uint32_t)v;
		}
		out[o++] = acc >> 16;
		if (!(i + 4 == len && pad == 2))
			out[o++] = acc >> 8;
		if (!(i + 4 == len && pad >= 1))
			out[o++] = acc;
	}
	return (long)o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf	 out, enc, dec, small;
	uint8_t		*ref = malloc(size + 4);
	long		 n;
	int		 r;

	if (ref == NULL)
		return 0;
	buf_init(&out, 0);
	buf_addstr(&out, "prefix");
	n = fuzz_ref_decode(data, size, ref);
	r = b64_decode((const char *)data, size, &out);
	if (size == 0)
		FUZZ_CHECK(r == 0 && out.len == 6, "empty input");
	else if (n < 0)
		FUZZ_CHECK(r == -1, "b64_decode accepted invalid base64 "
		    "(%zu bytes): %.80s", size, (const char *)out.data);
	else {
		FUZZ_CHECK(r == 0, "b64_decode refused valid base64");
		FUZZ_CHECK(out.len == 6 + (size_t)n && memcmp(out.data + 6, ref,
		    n) == 0, "decoded %zu bytes, reference %ld", out.len - 6, n);
	}
	if (r == -1)
		FUZZ_CHECK(out.len == 6 && memcmp(out.data, "prefix", 6) == 0,
		    "a failed decode changed the output");

	/* Too small a buffer: fail, never overflow. */
	buf_init(&small, 8);
	r = b64_decode((const char *)data, size, &small);
	if (r == 0)
		FUZZ_CHECK(small.len <= 8, "small buffer overrun");
	buf_free(&small);

	/* Encode, then decode again. */
	buf_init(&enc, 0);
	buf_init(&dec, 0);
	FUZZ_CHECK(b64_encode(data, size, &enc) == 0, "encode failed");
	FUZZ_CHECK(enc.len == 4 * ((size + 2) / 3), "encoded length %zu",
	    enc.len);
	FUZZ_CHECK(size == 0 || b64_decode(enc.data, enc.len, &dec) == 0,
	    "own encoding refused");
	FUZZ_CHECK(dec.len == size && (size == 0 ||
	    memcmp(dec.data, data, size) == 0), "round trip differs");
	buf_free(&enc);
	buf_free(&dec);
	buf_free(&out);
	free(ref);
	return 0;
}
