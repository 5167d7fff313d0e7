/*
 * core/dataenc.c: byte-exact DATA encoding. Each vector is a message body
 * and the exact bytes that must go on the wire for it, terminator
 * included. Every vector is fed whole, in two pieces at every offset,
 * one byte at a time, and with empty feeds between the bytes; the output
 * must be the same each way. Then a property test: random bodies (fixed
 * seed) against a small reference model, split at random points, with
 * the wire invariants checked on every output: CRLF only, no CRLF.CRLF
 * before the end, exactly one at the end, and no more than 2 * len + 2
 * bytes from any one feed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "dataenc.h"

#define S(x)	x, sizeof(x) - 1

static const struct {
	const char	*in;
	size_t		 len;
	const char	*out;
	size_t		 outlen;
	size_t		 lines, stuffed;	/* after finish */
} vec[] = {
	/* Empty body: only the terminator line, right after the 354. */
	{ S(""), S(".\r\n"), 0, 0 },
	/* No final newline, or a final one of any kind. */
	{ S("a"), S("a\r\n.\r\n"), 1, 0 },
	{ S("a\r\n"), S("a\r\n.\r\n"), 1, 0 },
	{ S("a\n"), S("a\r\n.\r\n"), 1, 0 },
	{ S("a\r"), S("a\r\n.\r\n"), 1, 0 },
	{ S("hello world"), S("hello world\r\n.\r\n"), 1, 0 },
	/* Bare LF, bare CR and CRLF between lines. */
	{ S("a\nb"), S("a\r\nb\r\n.\r\n"), 2, 0 },
	{ S("a\rb"), S("a\r\nb\r\n.\r\n"), 2, 0 },
	{ S("a\r\nb"), S("a\r\nb\r\n.\r\n"), 2, 0 },
	{ S("a\nb\rc\r\nd\n"), S("a\r\nb\r\nc\r\nd\r\n.\r\n"), 4, 0 },
	/* Empty lines. */
	{ S("\r\n"), S("\r\n.\r\n"), 1, 0 },
	{ S("\n"), S("\r\n.\r\n"), 1, 0 },
	{ S("\r"), S("\r\n.\r\n"), 1, 0 },
	{ S("\n\n"), S("\r\n\r\n.\r\n"), 2, 0 },
	{ S("\r\r"), S("\r\n\r\n.\r\n"), 2, 0 },
	{ S("\r\n\r\n"), S("\r\n\r\n.\r\n"), 2, 0 },
	{ S("\r\r\n"), S("\r\n\r\n.\r\n"), 2, 0 },	/* CR, then CRLF */
	{ S("\n\r"), S("\r\n\r\n.\r\n"), 2, 0 },	/* LF, then CR */
	{ S("\n\r\n"), S("\r\n\r\n.\r\n"), 2, 0 },
	{ S("a\r\r\nb"), S("a\r\n\r\nb\r\n.\r\n"), 3, 0 },
	/* Dot-stuffing: a line that starts with "." gets another. */
	{ S("."), S("..\r\n.\r\n"), 1, 1 },
	{ S(".\r\n"), S("..\r\n.\r\n"), 1, 1 },
	{ S(".\n"), S("..\r\n.\r\n"), 1, 1 },
	{ S(".\r"), S("..\r\n.\r\n"), 1, 1 },
	{ S(".."), S("...\r\n.\r\n"), 1, 1 },
	{ S("..\r\n"), S("...\r\n.\r\n"), 1, 1 },
	{ S(".a\r\n.b\r\n"), S("..a\r\n..b\r\n.\r\n"), 2, 2 },
	{ S("a.b\r\n.c."), S("a.b\r\n..c.\r\n.\r\n"), 2, 1 },
	{ S(" .\r\n"), S(" .\r\n.\r\n"), 1, 0 },
	{ S("a\r\n.\r\nb"), S("a\r\n..\r\nb\r\n.\r\n"), 3, 1 },
	{ S("a\n.\nb"), S("a\r\n..\r\nb\r\n.\r\n"), 3, 1 },
	{ S("a\r.\rb"), S("a\r\n..\r\nb\r\n.\r\n"), 3, 1 },
	{ S("a\r\n.\nb"), S("a\r\n..\r\nb\r\n.\r\n"), 3, 1 },
	{ S("a\n.\r\nb"), S("a\r\n..\r\nb\r\n.\r\n"), 3, 1 },
	/* A body that ends with its own terminator: stuffed, not ended. */
	{ S("a\r\n.\r\n"), S("a\r\n..\r\n.\r\n"), 2, 1 },
	{ S("a\n.\n"), S("a\r\n..\r\n.\r\n"), 2, 1 },
	{ S("\r\n.\r\n"), S("\r\n..\r\n.\r\n"), 2, 1 },
	{ S(".\r\n.\r\n.\r\n"), S("..\r\n..\r\n..\r\n.\r\n"), 3, 3 },
	/* Bytes that are not line ends pass through, NUL included. */
	{ S("a\0b\x1b[0m\xc3\xa9\t\x7f"), S("a\0b\x1b[0m\xc3\xa9\t\x7f\r\n.\r\n"),
	  1, 0 },
	{ S("\0.\0"), S("\0.\0\r\n.\r\n"), 1, 0 },
	/* A small real message. */
	{ S("From: a@example.org\nTo: b@example.net\nSubject: hi\n\n"
	    "Hello.\n.\n..two\n.three\nbye"),
	  S("From: a@example.org\r\nTo: b@example.net\r\nSubject: hi\r\n\r\n"
	    "Hello.\r\n..\r\n...two\r\n..three\r\nbye\r\n.\r\n"), 9, 3 },
};

/*
 * The wire invariants: line ends are CRLF only, the output ends with
 * CRLF.CRLF (or is ".\r\n" alone for an empty body), and that sequence
 * appears nowhere else.
 */
static void
check_wire(const char *o, size_t n)
{
	size_t	 i;

	if (n == 3) {
		assert_memory_equal(o, ".\r\n", 3);
		return;
	}
	assert_true(n >= 5);
	assert_memory_equal(o + n - 5, "\r\n.\r\n", 5);
	for (i = 0; i < n; i++) {
		if (o[i] == '\r')
			assert_true(i + 1 < n && o[i + 1] == '\n');
		if (o[i] == '\n')
			assert_true(i > 0 && o[i - 1] == '\r');
		/* No line but the last is a lone ".". */
		if (i < n - 5)
			assert_false(memcmp(o + i, "\r\n.\r\n", 5) == 0);
	}
	/* Nor does the output start with the terminator line. */
	assert_false(memcmp(o, ".\r\n", 3) == 0);
}

/* Feed the pieces (cut points sorted), finish, and check the result. */
static void
encode_cuts(const char *in, size_t len, const size_t *cuts, size_t ncuts,
    struct buf *out, struct dataenc *d)
{
	size_t	 i, from = 0, to, before;

	dataenc_init(d);
	for (i = 0; i <= ncuts; i++) {
		to = i < ncuts ? cuts[i] : len;
		before = out->len;
		assert_int_equal(dataenc_feed(d, in + from, to - from, out), 0);
		assert_true(out->len - before <= 2 * (to - from) + 2);
		from = to;
	}
	before = out->len;
	assert_int_equal(dataenc_finish(d, out), 0);
	assert_true(out->len - before <= 5);
}

static void
expect(size_t v, const char *how, size_t cut, const struct buf *out)
{
	if (out->len != vec[v].outlen ||
	    memcmp(out->data, vec[v].out, out->len) != 0)
		fail_msg("vector %zu %s %zu: output differs (%zu bytes, "
		    "want %zu)", v, how, cut, out->len, vec[v].outlen);
	check_wire(out->data, out->len);
}

static void
test_vectors(void **state)
{
	struct dataenc	 d;
	struct buf	 out;
	size_t		 v;

	(void)state;
	for (v = 0; v < sizeof vec / sizeof vec[0]; v++) {
		buf_init(&out, 0);
		encode_cuts(vec[v].in, vec[v].len, NULL, 0, &out, &d);
		expect(v, "whole", 0, &out);
		assert_int_equal(d.lines, vec[v].lines);
		assert_int_equal(d.stuffed, vec[v].stuffed);
		buf_free(&out);
	}
}

static void
test_every_split(void **state)
{
	struct dataenc	 d;
	struct buf	 out;
	size_t		 v, cut;

	(void)state;
	for (v = 0; v < sizeof vec / sizeof vec[0]; v++) {
		for (cut = 0; cut <= vec[v].len; cut++) {
			buf_init(&out, 0);
			encode_cuts(vec[v].in, vec[v].len, &cut, 1, &out, &d);
			expect(v, "split at", cut, &out);
			assert_int_equal(d.lines, vec[v].lines);
			assert_int_equal(d.stuffed, vec[v].stuffed);
			buf_free(&out);
		}
	}
}

/* Byte by byte, with an empty feed after every byte. */
static void
test_byte_by_byte(void **state)
{
	struct dataenc	 d;
	struct buf	 out;
	size_t		 v, i, before;

	(void)state;
	for (v = 0; v < sizeof vec / sizeof vec[0]; v++) {
		buf_init(&out, 0);
		dataenc_init(&d);
		assert_int_equal(dataenc_feed(&d, "", 0, &out), 0);
		for (i = 0; i < vec[v].len; i++) {
			before = out.len;
			assert_int_equal(dataenc_feed(&d, vec[v].in + i, 1,
			    &out), 0);
			assert_true(out.len - before <= 4);
			assert_int_equal(dataenc_feed(&d, vec[v].in + i, 0,
			    &out), 0);
		}
		assert_int_equal(dataenc_finish(&d, &out), 0);
		expect(v, "byte by byte", 1, &out);
		assert_int_equal(d.lines, vec[v].lines);
		assert_int_equal(d.stuffed, vec[v].stuffed);
		buf_free(&out);
	}
}

/*
 * The terminator sequences inside a longer body, at every position and
 * every split: "\r\n.\r\n" and "\n.\n" and "\r.\r" placed after k bytes
 * of text, fed in two pieces at every offset.
 */
static void
test_terminator_everywhere(void **state)
{
	static const char *const seq[] = {
		"\r\n.\r\n", "\n.\n", "\r.\r", "\r\n.\n", "\n.\r\n", "\r\n..\r\n"
	};
	char		 in[64];
	struct dataenc	 d;
	struct buf	 want, out;
	size_t		 s, k, len, cut, sl;

	(void)state;
	for (s = 0; s < sizeof seq / sizeof seq[0]; s++) {
		sl = strlen(seq[s]);
		for (k = 0; k <= 8; k++) {
			memset(in, 'x', k);
			memcpy(in + k, seq[s], sl);
			memcpy(in + k + sl, "tail", 4);
			len = k + sl + 4;
			buf_init(&want, 0);
			encode_cuts(in, len, NULL, 0, &want, &d);
			check_wire(want.data, want.len);
			/* The dot line came out stuffed. */
			assert_non_null(memmem(want.data, want.len,
			    "\r\n..", 4));
			for (cut = 0; cut <= len; cut++) {
				buf_init(&out, 0);
				encode_cuts(in, len, &cut, 1, &out, &d);
				assert_int_equal(out.len, want.len);
				assert_memory_equal(out.data, want.data,
				    want.len);
				buf_free(&out);
			}
			buf_free(&want);
		}
	}
}

/* A full output buffer is an error, not an overrun: a feed needs room
   for the worst case (2 * len + 2) and adds nothing when it is short. */
static void
test_out_full(void **state)
{
	struct dataenc	 d;
	struct buf	 out;

	(void)state;
	buf_init(&out, 11);
	dataenc_init(&d);
	assert_int_equal(dataenc_feed(&d, S("hello"), &out), -1);
	assert_int_equal(out.len, 0);
	assert_int_equal(dataenc_feed(&d, S("hell"), &out), 0);
	assert_int_equal(out.len, 4);
	buf_free(&out);

	buf_init(&out, 7);
	dataenc_init(&d);
	assert_int_equal(dataenc_feed(&d, S("ab"), &out), 0);
	assert_int_equal(dataenc_feed(&d, S("c"), &out), 0);
	assert_int_equal(dataenc_finish(&d, &out), -1);
	buf_free(&out);

	/* Exactly enough room. */
	buf_init(&out, 8);
	dataenc_init(&d);
	assert_int_equal(dataenc_feed(&d, S(".a\n"), &out), 0);
	assert_int_equal(dataenc_finish(&d, &out), 0);
	assert_int_equal(out.len, 8);
	assert_memory_equal(out.data, "..a\r\n.\r\n", 8);
	buf_free(&out);
}

/* A small xorshift generator, so runs are the same on every libc. */
static uint32_t
rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

/*
 * The reference: split the body into lines at CRLF, CR or LF; stuff each
 * line that starts with "."; end each with CRLF (an unfinished last line
 * too); then ".\r\n".
 */
static void
model(const char *in, size_t len, struct buf *out)
{
	size_t	 i;
	int	 bol = 1, open = 0;

	for (i = 0; i < len; i++) {
		if (in[i] == '\r' || in[i] == '\n') {
			if (in[i] == '\r' && i + 1 < len && in[i + 1] == '\n')
				i++;
			assert_int_equal(buf_add(out, "\r\n", 2), 0);
			bol = 1;
			open = 0;
			continue;
		}
		if (bol && in[i] == '.')
			assert_int_equal(buf_addch(out, '.'), 0);
		assert_int_equal(buf_addch(out, in[i]), 0);
		bol = 0;
		open = 1;
	}
	if (open)
		assert_int_equal(buf_add(out, "\r\n", 2), 0);
	assert_int_equal(buf_add(out, ".\r\n", 3), 0);
}

static void
test_random(void **state)
{
	static const char alphabet[] = { '.', '.', '\r', '\r', '\n', '\n',
	    'a', 'b', ' ', '\0', (char)0xff };
	char		 in[96];
	struct dataenc	 d;
	struct buf	 want, out;
	size_t		 iter, len, i, ncuts, cuts[4], t;
	uint32_t	 seed = 0x5eed1234;

	(void)state;
	for (iter = 0; iter < 20000; iter++) {
		len = rnd(&seed) % sizeof in;
		for (i = 0; i < len; i++)
			in[i] = alphabet[rnd(&seed) % sizeof alphabet];
		ncuts = rnd(&seed) % 5;
		for (i = 0; i < ncuts; i++)
			cuts[i] = len ? rnd(&seed) % (len + 1) : 0;
		/* Sort the few cut points. */
		for (i = 1; i < ncuts; i++)
			for (t = i; t > 0 && cuts[t - 1] > cuts[t]; t--) {
				size_t x = cuts[t];
				cuts[t] = cuts[t - 1];
				cuts[t - 1] = x;
			}
		buf_init(&want, 0);
		buf_init(&out, 0);
		model(in, len, &want);
		encode_cuts(in, len, cuts, ncuts, &out, &d);
		if (out.len != want.len ||
		    memcmp(out.data, want.data, out.len) != 0)
			fail_msg("iteration %zu (len %zu, %zu cuts): output "
			    "differs from the model", iter, len, ncuts);
		check_wire(out.data, out.len);
		buf_free(&want);
		buf_free(&out);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
		cmocka_unit_test(test_every_split),
		cmocka_unit_test(test_byte_by_byte),
		cmocka_unit_test(test_terminator_everywhere),
		cmocka_unit_test(test_out_full),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
