/*
 * Reply parser (core/reply.c). The input is server bytes, after one
 * leading byte that seeds the chunk sizes. Properties, from reply.h:
 *   - no reply is garbage for its code: a line is refused as "no valid
 *     code" only when it does not start with 2-5 and two digits; a second
 *     digit 6-9 is a reply flagged REPLY_F_ODD_CODE (and only then);
 *   - the enhanced code, wherever found, is well formed, on a line of
 *     the reply, and REPLY_F_ESC_CLASS says exactly whether its class
 *     differs from the reply's;
 *   - bounded: every line and reply respects REPLY_LINE_MAX and
 *     REPLY_LINES_MAX, codes are 200-599 with a valid class, nothing
 *     pending exceeds REPLY_BYTES_MAX, and after draining to REPLY_MORE a
 *     feed of REPLY_LINE_MAX bytes (what session.c feeds) always fits;
 *   - "bytes in any split": the results (lines, replies, codes, flags,
 *     texts, enhanced codes, and where errors fall) are the same whether
 *     the bytes come in the session's 4096-byte reads or in random
 *     chunks of 1 to 64 bytes.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "reply.h"
#include "fuzz_util.h"

/* Serialise what the parser returned, to compare two splits. */
static void
fuzz_drain(struct reply_parser *p, struct buf *log)
{
	struct reply_line	 line;
	struct reply		*r;
	enum reply_result	 res;
	char			 err[256];
	const char		*q;
	size_t			 i;

	for (;;) {
		err[0] = '\0';
		res = reply_parser_next(p, &line, &r, err, sizeof err);
		if (res == REPLY_MORE) {
			FUZZ_CHECK(r == NULL, "reply set on REPLY_MORE");
			break;
		}
		if (res == REPLY_BAD) {
			FUZZ_CHECK(err[0] != '\0', "REPLY_BAD without a message");
			/* The line refused for its code had none: the
			   message quotes its start, right after ": \"". */
			if (strncmp(err, "not a reply line", 16) == 0 &&
			    (q = strstr(err, ": \"")) != NULL)
				FUZZ_CHECK(!(q[3] >= '2' && q[3] <= '5' &&
				    q[4] >= '0' && q[4] <= '9' &&
				    q[5] >= '0' && q[5] <= '9'),
				    "a line with a code was refused: %s", err);
			FUZZ_CHECK(r == NULL, "reply set on REPLY_BAD");
			buf_addstr(log, "BAD\n");
			continue;
		}
		FUZZ_CHECK(line.code >= 200 && line.code <= 599, "code %d",
		    line.code);
		FUZZ_CHECK(line.textlen <= REPLY_LINE_MAX, "text %zu",
		    line.textlen);
		FUZZ_CHECK(line.rawlen >= line.textlen + 3 &&
		    line.raw[line.rawlen - 1] == '\n', "raw line");
		FUZZ_CHECK(line.text >= line.raw &&
		    line.text + line.textlen <= line.raw + line.rawlen,
		    "text outside raw");
		FUZZ_CHECK(((line.flags & REPLY_F_ODD_CODE) != 0) ==
		    (line.code / 10 % 10 > 5), "odd-code flag %u on %d",
		    line.flags, line.code);
		buf_printf(log, "%c %d %u %zu:", res == REPLY_DONE ? 'D' : 'L',
		    line.code, line.flags, line.textlen);
		buf_add(log, line.text, line.textlen);
		buf_addch(log, '\n');
		if (res == REPLY_LINE) {
			FUZZ_CHECK(r == NULL, "reply set on REPLY_LINE");
			FUZZ_CHECK(!line.last, "REPLY_LINE on a last line");
			continue;
		}
		FUZZ_CHECK(line.last, "REPLY_DONE on a continuation line");
		FUZZ_CHECK(r != NULL, "REPLY_DONE without a reply");
		FUZZ_CHECK(r->code >= 200 && r->code <= 599, "reply code %d",
		    r->code);
		FUZZ_CHECK(reply_class(r) >= 2 && reply_class(r) <= 5,
		    "class %d", reply_class(r));
		FUZZ_CHECK(r->nlines >= 1 && r->nlines <= REPLY_LINES_MAX,
		    "nlines %zu", r->nlines);
		FUZZ_CHECK(strlen(r->esc) < sizeof r->esc, "esc");
		if (r->esc[0] != '\0') {
			FUZZ_CHECK(strchr("245", r->esc[0]) != NULL &&
			    r->esc[1] == '.', "esc %s", r->esc);
			FUZZ_CHECK(r->esc_from != REPLY_ESC_NONE &&
			    r->esc_line < r->nlines && memmem(r->lines[
			    r->esc_line], r->lens[r->esc_line], r->esc,
			    strlen(r->esc)) != NULL, "esc %s from %d line %zu",
			    r->esc, r->esc_from, r->esc_line);
		} else
			FUZZ_CHECK(r->esc_from == REPLY_ESC_NONE, "from %d",
			    r->esc_from);
		FUZZ_CHECK(((r->flags & REPLY_F_ESC_CLASS) != 0) ==
		    (r->esc[0] != '\0' && r->esc[0] - '0' != reply_class(r)),
		    "esc-class flag %u, esc %s, code %d", r->flags, r->esc,
		    r->code);
		for (i = 0; i < r->nlines; i++) {
			FUZZ_CHECK(r->lens[i] <= REPLY_LINE_MAX, "line %zu", i);
			FUZZ_CHECK(r->lines[i][r->lens[i]] == '\0',
			    "line %zu not terminated", i);
		}
		buf_printf(log, "R %d %zu %u %s %d %zu\n", r->code, r->nlines,
		    r->flags, r->esc, r->esc_from, r->esc_line);
		reply_free(r);
	}
	FUZZ_CHECK(reply_parser_pending(p) <= REPLY_LINE_MAX + 1,
	    "%zu bytes pending after draining", reply_parser_pending(p));
}

static void
fuzz_run(const uint8_t *data, size_t size, uint8_t seed, int random,
    struct buf *log)
{
	struct reply_parser	*p = reply_parser_new();
	struct fuzz_rng		 rng = { seed };
	size_t			 off = 0, n;

	FUZZ_CHECK(p != NULL, "out of memory");
	while (off < size) {
		n = random ? 1 + fuzz_next(&rng) % 64 : REPLY_LINE_MAX;
		if (n > size - off)
			n = size - off;
		FUZZ_CHECK(reply_parser_feed(p, (const char *)data + off, n) == 0,
		    "a feed of %zu bytes after draining was refused", n);
		FUZZ_CHECK(reply_parser_pending(p) <= REPLY_BYTES_MAX,
		    "pending %zu", reply_parser_pending(p));
		off += n;
		fuzz_drain(p, log);
	}
	reply_parser_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf	 a, b;
	size_t		 i;

	if (size < 1)
		return 0;
	buf_init(&a, 0);
	buf_init(&b, 0);
	fuzz_run(data + 1, size - 1, data[0], 0, &a);
	fuzz_run(data + 1, size - 1, data[0], 1, &b);
	if (a.len != b.len || (a.len && memcmp(a.data, b.data, a.len) != 0)) {
		for (i = 0; i < a.len && i < b.len && a.data[i] == b.data[i]; i++)
			;
		FUZZ_CHECK(0, "results depend on the split (first difference "
		    "at %zu):\n4096-byte reads: %.200s\nsmall chunks:    %.200s",
		    i, a.data ? a.data + (i > 60 ? i - 60 : 0) : "",
		    b.data ? b.data + (i > 60 ? i - 60 : 0) : "");
	}
	buf_free(&a);
	buf_free(&b);
	return 0;
}
