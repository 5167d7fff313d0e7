/*
 * DATA encoder (core/dataenc.c), goal 6 as a property. The input is a
 * message, after one byte that seeds the chunk sizes. On the wire the
 * encoder's output follows the CRLF that ended the DATA command, so with
 * that CRLF in front:
 *   - no bare CR and no bare LF anywhere;
 *   - it ends with CRLF.CRLF and holds that sequence exactly once, so
 *     nothing in the message can end it early (no smuggling);
 *   - undoing the dot-stuffing gives the message with every line end
 *     (CRLF, bare CR, bare LF) made CRLF and a final CRLF added when the
 *     last line was open;
 *   - the result does not depend on how the message is split, and one
 *     dataenc_feed adds at most 2 * len + 2 bytes, as dataenc.h says.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "dataenc.h"
#include "fuzz_util.h"

static void
fuzz_encode(const uint8_t *data, size_t size, struct fuzz_rng *rng,
    struct buf *out)
{
	struct dataenc	 d;
	size_t		 off = 0, n, before;

	dataenc_init(&d);
	while (off < size) {
		n = rng ? 1 + fuzz_next(rng) % 17 : size - off;
		if (n > size - off)
			n = size - off;
		before = out->len;
		FUZZ_CHECK(dataenc_feed(&d, (const char *)data + off, n, out) == 0,
		    "feed failed");
		FUZZ_CHECK(out->len - before <= 2 * n + 2, "feed of %zu bytes "
		    "added %zu", n, out->len - before);
		off += n;
	}
	FUZZ_CHECK(dataenc_finish(&d, out) == 0, "finish failed");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf	 a, b, want, got;
	struct fuzz_rng	 rng;
	size_t		 i, at, first, lines = 0;
	const char	*w;

	if (size < 1)
		return 0;
	rng.s = data[0];
	data++, size--;
	buf_init(&a, 0);
	buf_init(&b, 0);
	buf_addstr(&a, "\r\n");		/* the end of "DATA\r\n" */
	fuzz_encode(data, size, NULL, &a);
	buf_addstr(&b, "\r\n");
	fuzz_encode(data, size, &rng, &b);
	FUZZ_CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
	    "the output depends on the split");

	FUZZ_CHECK(fuzz_crlf_only(a.data, a.len, &at), "bare CR or LF at %zu",
	    at);
	FUZZ_CHECK(a.len >= 5 && memcmp(a.data + a.len - 5, "\r\n.\r\n", 5) == 0,
	    "does not end with CRLF.CRLF");
	first = fuzz_find(a.data, a.len, "\r\n.\r\n", 5);
	FUZZ_CHECK(first == a.len - 5, "CRLF.CRLF at %zu, before the end %zu",
	    first, a.len - 5);

	/* Reference: normalise line ends, then compare with unstuffed. */
	buf_init(&want, 0);
	for (i = 0; i < size; i++) {
		if (data[i] == '\r') {
			buf_addstr(&want, "\r\n");
			if (i + 1 < size && data[i + 1] == '\n')
				i++;
		} else if (data[i] == '\n')
			buf_addstr(&want, "\r\n");
		else
			buf_addch(&want, (char)data[i]);
	}
	if (want.len && (want.len < 2 ||
	    memcmp(want.data + want.len - 2, "\r\n", 2) != 0))
		buf_addstr(&want, "\r\n");
	buf_init(&got, 0);
	w = a.data + 2;
	for (i = 2; i < a.len - 3; ) {
		/* At the start of a line: a leading dot was stuffed. */
		FUZZ_CHECK(a.data[i] != '.' || (i + 1 < a.len &&
		    a.data[i + 1] == '.') || i == a.len - 3,
		    "a line starts with a single dot at %zu", i);
		if (a.data[i] == '.')
			i++;
		while (i < a.len - 3 && !(a.data[i] == '\r' &&
		    a.data[i + 1] == '\n'))
			buf_addch(&got, a.data[i++]);
		if (i < a.len - 3) {
			buf_addstr(&got, "\r\n");
			i += 2;
			lines++;
		}
	}
	(void)w;
	FUZZ_CHECK(got.len == want.len && (got.len == 0 ||
	    memcmp(got.data, want.data, got.len) == 0),
	    "unstuffed output differs from the message (%zu vs %zu bytes)",
	    got.len, want.len);
	buf_free(&a);
	buf_free(&b);
	buf_free(&want);
	buf_free(&got);
	return 0;
}
