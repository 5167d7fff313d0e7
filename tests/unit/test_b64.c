/*
 * core/b64.c: the RFC 4648 section 10 vectors both ways, binary round
 * trips, appending to what a buffer already holds, and the strictness
 * the SASL code relies on (no stray characters, no white space, padding
 * only at the end, length a multiple of four).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "b64.h"
#include "buf.h"

static const struct {
	const char	*plain, *enc;
} rfc4648[] = {
	{ "", "" },
	{ "f", "Zg==" },
	{ "fo", "Zm8=" },
	{ "foo", "Zm9v" },
	{ "foob", "Zm9vYg==" },
	{ "fooba", "Zm9vYmE=" },
	{ "foobar", "Zm9vYmFy" },
};

static void
test_encode_rfc4648(void **state)
{
	struct buf	 b;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof rfc4648 / sizeof rfc4648[0]; i++) {
		buf_init(&b, 0);
		assert_int_equal(b64_encode(rfc4648[i].plain,
		    strlen(rfc4648[i].plain), &b), 0);
		assert_int_equal(b.len, strlen(rfc4648[i].enc));
		if (b.len > 0)
			assert_string_equal(b.data, rfc4648[i].enc);
		buf_free(&b);
	}
}

static void
test_decode_rfc4648(void **state)
{
	struct buf	 b;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof rfc4648 / sizeof rfc4648[0]; i++) {
		buf_init(&b, 0);
		assert_int_equal(b64_decode(rfc4648[i].enc,
		    strlen(rfc4648[i].enc), &b), 0);
		assert_int_equal(b.len, strlen(rfc4648[i].plain));
		if (b.len > 0)
			assert_memory_equal(b.data, rfc4648[i].plain, b.len);
		buf_free(&b);
	}
}

/* Both directions append rather than replace. */
static void
test_append(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_addstr(&b, "AUTH PLAIN "), 0);
	assert_int_equal(b64_encode("foobar", 6, &b), 0);
	assert_string_equal(b.data, "AUTH PLAIN Zm9vYmFy");
	assert_int_equal(b64_decode("Zm8=", 4, &b), 0);
	assert_string_equal(b.data, "AUTH PLAIN Zm9vYmFyfo");
	buf_free(&b);
}

/* Every byte value survives, at every length modulo 3. */
static void
test_binary_roundtrip(void **state)
{
	unsigned char	 all[256];
	struct buf	 e, d;
	size_t		 i, n;

	(void)state;
	for (i = 0; i < sizeof all; i++)
		all[i] = (unsigned char)(255 - i);
	for (n = 250; n <= 256; n++) {
		buf_init(&e, 0);
		buf_init(&d, 0);
		assert_int_equal(b64_encode(all, n, &e), 0);
		assert_int_equal(e.len, 4 * ((n + 2) / 3));
		assert_int_equal(b64_decode(e.data, e.len, &d), 0);
		assert_int_equal(d.len, n);
		assert_memory_equal(d.data, all, n);
		buf_free(&e);
		buf_free(&d);
	}
	/* The known encoding of bytes with the top bits set. */
	buf_init(&d, 0);
	assert_int_equal(b64_decode("+/+/", 4, &d), 0);
	assert_int_equal(d.len, 3);
	assert_memory_equal(d.data, "\xfb\xff\xbf", 3);
	buf_free(&d);
}

static void
test_decode_invalid(void **state)
{
	static const struct {
		const char	*what, *s;
		size_t		 len;
	} t[] = {
		{ "length 1", "Z", 1 },
		{ "length 2", "Zg", 2 },
		{ "length 3", "Zg=", 3 },
		{ "length 5", "Zm9vY", 5 },
		{ "bad char !", "Zm9!", 4 },
		{ "url-safe -", "Zm9-", 4 },
		{ "url-safe _", "Zm9_", 4 },
		{ "high byte", "Zm9\xc3", 4 },
		{ "NUL inside", "Zm\0v", 4 },
		{ "space inside", "Zm 9v", 5 },
		{ "space inside, length 4", "Zm 9", 4 },
		{ "leading space", " Zm9vYmFy", 9 },
		{ "trailing CRLF", "Zm9v\r\n", 6 },
		{ "trailing LF", "Zm9vYg==\n", 9 },
		{ "tab", "Zm9v\tYmFy", 9 },
		{ "padding first", "=Zm9", 4 },
		{ "padding in the middle", "Zg==Zm9v", 8 },
		{ "padding then data", "Zm=v", 4 },
		{ "three pads", "Z===", 4 },
		{ "four pads", "====", 4 },
		{ "padding only at 2", "Zm9vYg=a", 8 },
	};
	struct buf	 b;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		buf_init(&b, 0);
		if (b64_decode(t[i].s, t[i].len, &b) != -1)
			fail_msg("%s: accepted", t[i].what);
		/* Nothing half-decoded is left behind. */
		assert_int_equal(b.len, 0);
		buf_free(&b);
	}
}

/* A buffer at its maximum refuses instead of growing. */
static void
test_full(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 11);
	assert_int_equal(b64_encode("foo", 3, &b), 0);
	assert_int_equal(b64_encode("foobar", 6, &b), -1);
	assert_string_equal(b.data, "Zm9v");
	buf_free(&b);

	buf_init(&b, 5);
	assert_int_equal(b64_decode("Zm9vYmFy", 8, &b), -1);
	assert_int_equal(b64_decode("Zm9vYg==", 8, &b), 0);
	assert_int_equal(b.len, 4);
	buf_free(&b);
}

/*
 * An encoding that fills the buffer exactly fits: the maximum counts data
 * bytes, and struct buf keeps the NUL outside it (buf.h).
 */
static void
test_full_exact(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 8);
	assert_int_equal(b64_encode("foobar", 6, &b), 0);
	assert_string_equal(b.data, "Zm9vYmFy");
	buf_free(&b);

	buf_init(&b, 6);
	assert_int_equal(b64_decode("Zm9vYmFy", 8, &b), 0);
	assert_memory_equal(b.data, "foobar", 6);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encode_rfc4648),
		cmocka_unit_test(test_decode_rfc4648),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_binary_roundtrip),
		cmocka_unit_test(test_decode_invalid),
		cmocka_unit_test(test_full),
		cmocka_unit_test(test_full_exact),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
