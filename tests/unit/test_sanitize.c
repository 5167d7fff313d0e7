/*
 * core/sanitize.c: the one sanitiser between network text and a terminal
 * or a file. A table of inputs and the exact printable form each must
 * take (terminal escapes, C0 and C1 in both encodings, invalid, overlong,
 * surrogate and truncated UTF-8, bidi controls, the backslash itself),
 * then a property test on random bytes (fixed seed): the output never
 * holds a C0 byte, DEL or a C1 control in any encoding, every escape in it
 * decodes back to the input (so none can be forged), and sanitize_clean
 * says 1 exactly when the output is the input unchanged.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "sanitize.h"

#define S(x)	x, sizeof(x) - 1

static const struct {
	const char	*in;
	size_t		 len;
	const char	*out;
} vec[] = {
	{ S(""), "" },
	{ S("250 mail.example.net ESMTP"), "250 mail.example.net ESMTP" },
	{ S("~!@#$%^&*()_+{}|:\"<>?`-=[];',./"),
	  "~!@#$%^&*()_+{}|:\"<>?`-=[];',./" },
	/* Terminal escapes. */
	{ S("\x1b"), "\\x1b" },
	{ S("\x1b[2J"), "\\x1b[2J" },
	{ S("a\x1b[31mred\x1b[0m"), "a\\x1b[31mred\\x1b[0m" },
	{ S("\x1b]0;t\x07"), "\\x1b]0;t\\x07" },
	{ S("\x1b]52;c;aGVsbG8=\x07"), "\\x1b]52;c;aGVsbG8=\\x07" },
	{ S("\x1b]52;c;YQ==\x1b\\"), "\\x1b]52;c;YQ==\\x1b\\\\" },
	{ S("\x1bP+q544e\x1b\\"), "\\x1bP+q544e\\x1b\\\\" },
	/* C1 controls: a raw byte (not UTF-8) and UTF-8 encoded. */
	{ S("\x9b"), "\\x9b" },
	{ S("\x9b" "2J"), "\\x9b2J" },
	{ S("\x9d" "0;t\x9c"), "\\x9d0;t\\x9c" },
	{ S("\xc2\x9b"), "\\xc2\\x9b" },
	{ S("\xc2\x9b" "2J"), "\\xc2\\x9b2J" },
	{ S("\xc2\x80"), "\\xc2\\x80" },
	{ S("\xc2\x9f"), "\\xc2\\x9f" },
	{ S("\xc2\x85"), "\\xc2\\x85" },		/* NEL */
	{ S("\xc2\xa0"), "\xc2\xa0" },		/* NBSP, printable */
	/* C0 controls and DEL. */
	{ S("\x07"), "\\x07" },
	{ S("\x08"), "\\x08" },
	{ S("a\bb"), "a\\x08b" },
	{ S("\r"), "\\r" },
	{ S("\n"), "\\n" },
	{ S("\t"), "\\t" },
	{ S("a\r\nb"), "a\\r\\nb" },
	{ S("\0"), "\\x00" },
	{ S("a\0b"), "a\\x00b" },
	{ S("\x01\x1f"), "\\x01\\x1f" },
	{ S("\x7f"), "\\x7f" },
	{ S("\x0b\x0c"), "\\x0b\\x0c" },
	/* The backslash is doubled, so escapes cannot be forged. */
	{ S("\\"), "\\\\" },
	{ S("a\\x1b"), "a\\\\x1b" },
	{ S("\\\\n"), "\\\\\\\\n" },
	/* Valid UTF-8 is kept. */
	{ S("caf\xc3\xa9"), "caf\xc3\xa9" },
	{ S("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"),
	  "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" },
	{ S("\xf0\x9f\x98\x80"), "\xf0\x9f\x98\x80" },
	{ S("\xf4\x8f\xbf\xbf"), "\xf4\x8f\xbf\xbf" },	/* U+10FFFF */
	{ S("\xef\xbf\xbd"), "\xef\xbf\xbd" },		/* U+FFFD */
	{ S("\xe2\x82\xac" "5"), "\xe2\x82\xac" "5" },	/* euro */
	/* Invalid UTF-8, escaped byte by byte. */
	{ S("\xff"), "\\xff" },
	{ S("\xfe\xff"), "\\xfe\\xff" },
	{ S("\x80"), "\\x80" },
	{ S("\xbf"), "\\xbf" },
	{ S("a\x80" "b"), "a\\x80b" },
	{ S("\xc0\xaf"), "\\xc0\\xaf" },			/* overlong "/" */
	{ S("\xc1\xbf"), "\\xc1\\xbf" },
	{ S("\xe0\x80\xaf"), "\\xe0\\x80\\xaf" },		/* overlong "/" */
	{ S("\xe0\x9f\xbf"), "\\xe0\\x9f\\xbf" },		/* overlong */
	{ S("\xf0\x80\x80\xaf"), "\\xf0\\x80\\x80\\xaf" },	/* overlong */
	{ S("\xf0\x8f\xbf\xbf"), "\\xf0\\x8f\\xbf\\xbf" },	/* overlong */
	{ S("\xc0\x80"), "\\xc0\\x80" },			/* overlong NUL */
	{ S("\xe0\x80\x80"), "\\xe0\\x80\\x80" },
	{ S("\xed\xa0\x80"), "\\xed\\xa0\\x80" },		/* surrogate */
	{ S("\xed\xbf\xbf"), "\\xed\\xbf\\xbf" },
	{ S("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80" },	/* > U+10FFFF */
	{ S("\xf5\x80\x80\x80"), "\\xf5\\x80\\x80\\x80" },
	{ S("\xf8\x88\x80\x80\x80"), "\\xf8\\x88\\x80\\x80\\x80" },
	/* Truncated sequences: at the end, and cut by another byte. */
	{ S("\xc3"), "\\xc3" },
	{ S("\xe6\x97"), "\\xe6\\x97" },
	{ S("\xf0\x9f\x98"), "\\xf0\\x9f\\x98" },
	{ S("\xe6\x97" "A"), "\\xe6\\x97A" },
	{ S("\xc3" "\xc3\xa9"), "\\xc3\xc3\xa9" },
	{ S("\xf0\x9f" "\x1b[2J"), "\\xf0\\x9f\\x1b[2J" },
	{ S("\xe2\x80" "\xe2\x80\xae"), "\\xe2\\x80\\u202e" },
	/* Bidi controls and line separators. */
	{ S("\xe2\x80\xae"), "\\u202e" },			/* RLO */
	{ S("abc\xe2\x80\xae" "fdp.exe"), "abc\\u202efdp.exe" },
	{ S("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad"),
	  "\\u202a\\u202b\\u202c\\u202d" },
	{ S("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9"),
	  "\\u2066\\u2067\\u2068\\u2069" },
	{ S("\xe2\x80\xa8\xe2\x80\xa9"), "\\u2028\\u2029" },
	{ S("\xe2\x80\xa9" "x"), "\\u2029x" },
	{ S("\xe2\x80\xaf"), "\xe2\x80\xaf" },		/* U+202F, fine */
	/* Everything at once. */
	{ S("S: 250 \xc3\xa9\x1b]0;x\x07\xc2\x9b\xff\\\xe2\x80\xae\r\n"),
	  "S: 250 \xc3\xa9\\x1b]0;x\\x07\\xc2\\x9b\\xff\\\\\\u202e\\r\\n" },
};

static void
test_vectors(void **state)
{
	struct buf	 out;
	size_t		 i;
	int		 clean;

	(void)state;
	for (i = 0; i < sizeof vec / sizeof vec[0]; i++) {
		buf_init(&out, 0);
		assert_int_equal(sanitize_text(vec[i].in, vec[i].len, &out),
		    0);
		if (strcmp(out.data ? out.data : "", vec[i].out) != 0)
			fail_msg("vector %zu: want \"%s\", got \"%s\"", i,
			    vec[i].out, out.data ? out.data : "");
		assert_int_equal(out.len, strlen(vec[i].out));
		clean = out.len == vec[i].len &&
		    memcmp(out.data ? out.data : "", vec[i].in, out.len) == 0;
		if (sanitize_clean(vec[i].in, vec[i].len) != clean)
			fail_msg("vector %zu: sanitize_clean says %d", i,
			    !clean);
		buf_free(&out);
	}
}

/* Appends to what out holds; fails cleanly when out is full. */
static void
test_append_full(void **state)
{
	struct buf	 out;

	(void)state;
	buf_init(&out, 0);
	assert_int_equal(buf_addstr(&out, "S: "), 0);
	assert_int_equal(sanitize_text(S("\x1b"), &out), 0);
	assert_string_equal(out.data, "S: \\x1b");
	buf_free(&out);

	buf_init(&out, 5);
	assert_int_equal(sanitize_text(S("abcdef"), &out), -1);
	assert_true(out.len <= 5);
	buf_free(&out);
	buf_init(&out, 3);
	assert_int_equal(sanitize_text(S("\x1b"), &out), -1);
	buf_free(&out);
	buf_init(&out, 4);
	assert_int_equal(sanitize_text(S("\x1b"), &out), 0);
	assert_string_equal(out.data, "\\x1b");
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

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * Undo the escapes (\\ \t \r \n \xNN \uNNNN) into dec; fails on a
 * backslash that starts no escape. Printable text is copied.
 */
static void
unescape(const char *s, size_t n, struct buf *dec)
{
	size_t		 i = 0;
	unsigned	 cp;
	int		 h, k;
	char		 u[3];

	while (i < n) {
		if (s[i] != '\\') {
			assert_int_equal(buf_addch(dec, s[i]), 0);
			i++;
			continue;
		}
		assert_true(i + 1 < n);
		switch (s[i + 1]) {
		case '\\':
			assert_int_equal(buf_addch(dec, '\\'), 0);
			i += 2;
			break;
		case 't':
		case 'r':
		case 'n':
			assert_int_equal(buf_addch(dec, s[i + 1] == 't' ? '\t' :
			    s[i + 1] == 'r' ? '\r' : '\n'), 0);
			i += 2;
			break;
		case 'x':
			assert_true(i + 3 < n);
			assert_true((h = hexval(s[i + 2])) >= 0);
			assert_true((k = hexval(s[i + 3])) >= 0);
			assert_int_equal(buf_addch(dec, (char)(h * 16 + k)), 0);
			i += 4;
			break;
		case 'u':
			assert_true(i + 5 < n);
			for (cp = 0, k = 2; k < 6; k++) {
				assert_true((h = hexval(s[i + k])) >= 0);
				cp = cp * 16 + h;
			}
			/* Only 3-byte characters are written this way. */
			assert_true(cp >= 0x800 && cp <= 0xffff);
			u[0] = (char)(0xe0 | cp >> 12);
			u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
			u[2] = (char)(0x80 | (cp & 0x3f));
			assert_int_equal(buf_add(dec, u, 3), 0);
			i += 6;
			break;
		default:
			fail_msg("stray backslash before '%c'", s[i + 1]);
		}
	}
}

/* Nothing a terminal acts on may be in the output. */
static void
check_output(const unsigned char *o, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		assert_true(o[i] >= 0x20);
		assert_true(o[i] != 0x7f);
		if (o[i] == 0xc2 && i + 1 < n)
			assert_false(o[i + 1] >= 0x80 && o[i + 1] <= 0x9f);
		/* No raw byte that is not part of valid UTF-8 text: a lone
		   0x80-0xff here would be a raw C1 or junk. */
		if (o[i] >= 0x80 && o[i] < 0xc0)
			assert_true(i > 0 && o[i - 1] >= 0x80);
		if (o[i] == 0xe2 && i + 2 < n) {
			assert_false(o[i + 1] == 0x80 &&
			    o[i + 2] >= 0xa8 && o[i + 2] <= 0xae);
			assert_false(o[i + 1] == 0x81 &&
			    o[i + 2] >= 0xa6 && o[i + 2] <= 0xa9);
		}
	}
	/* The output is itself valid UTF-8 with nothing unsafe but the
	   backslashes of its own escapes. */
	for (i = 0; i < n; ) {
		size_t j = i;

		while (j < n && o[j] != '\\')
			j++;
		assert_true(sanitize_clean((const char *)o + i, j - i));
		i = j + 1;
	}
}

static void
test_random(void **state)
{
	/* Bytes weighted towards the interesting ones. */
	static const unsigned char pick[] = {
		'a', 'Z', ' ', '\\', 'x', '0', 0x00, 0x07, 0x09, 0x0a, 0x0d,
		0x1b, '[', ']', 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0xa0, 0xa9, 0xae,
		0xbf, 0xc0, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xe6, 0xed, 0xef,
		0xf0, 0xf4, 0xf5, 0xff, 0x81, 0x90, 0xa6,
	};
	unsigned char	 in[48];
	struct buf	 out, dec;
	size_t		 iter, len, i;
	uint32_t	 seed = 0xc0ffee11;
	int		 clean;

	(void)state;
	for (iter = 0; iter < 50000; iter++) {
		len = rnd(&seed) % sizeof in;
		for (i = 0; i < len; i++) {
			uint32_t x = rnd(&seed);
			in[i] = x & 0x100 ? (unsigned char)(x >> 16) :
			    pick[(x >> 16) % sizeof pick];
		}
		buf_init(&out, 0);
		buf_init(&dec, 0);
		assert_int_equal(sanitize_text((const char *)in, len, &out), 0);
		check_output((const unsigned char *)out.data, out.len);
		unescape(out.data, out.len, &dec);
		if (dec.len != len || (len && memcmp(dec.data, in, len) != 0))
			fail_msg("iteration %zu: the escapes do not decode "
			    "back to the input", iter);
		clean = out.len == len &&
		    (len == 0 || memcmp(out.data, in, len) == 0);
		assert_int_equal(sanitize_clean((const char *)in, len), clean);
		buf_free(&out);
		buf_free(&dec);
	}
}

/* Every code point, encoded: kept exactly when it is safe to draw. */
static void
test_all_code_points(void **state)
{
	struct buf	 out;
	unsigned char	 u[4];
	uint32_t	 c;
	size_t		 n;
	int		 unsafe;

	(void)state;
	for (c = 0; c <= 0x10ffff; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		if (c < 0x80) {
			u[0] = c;
			n = 1;
		} else if (c < 0x800) {
			u[0] = 0xc0 | c >> 6;
			u[1] = 0x80 | (c & 0x3f);
			n = 2;
		} else if (c < 0x10000) {
			u[0] = 0xe0 | c >> 12;
			u[1] = 0x80 | (c >> 6 & 0x3f);
			u[2] = 0x80 | (c & 0x3f);
			n = 3;
		} else {
			u[0] = 0xf0 | c >> 18;
			u[1] = 0x80 | (c >> 12 & 0x3f);
			u[2] = 0x80 | (c >> 6 & 0x3f);
			u[3] = 0x80 | (c & 0x3f);
			n = 4;
		}
		unsafe = c < 0x20 || c == 0x7f || c == '\\' ||
		    (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
		    (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
		if (sanitize_clean((const char *)u, n) == unsafe)
			fail_msg("U+%04X: sanitize_clean says %d", c, unsafe);
		if (!unsafe)
			continue;
		buf_init(&out, 0);
		assert_int_equal(sanitize_text((const char *)u, n, &out), 0);
		check_output((const unsigned char *)out.data, out.len);
		buf_free(&out);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
		cmocka_unit_test(test_append_full),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_all_code_points),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
