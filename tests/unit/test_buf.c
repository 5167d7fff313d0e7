/*
 * core/buf.c: the hard maximum (an append that would pass it fails and
 * leaves the contents as they were, at any size and at the exact limit),
 * the NUL kept after the data, consume, printf past the small internal
 * buffer, reset and free.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"

static void
test_init(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 10);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.max, 10);
	buf_free(&b);

	buf_init(&b, 0);
	assert_int_equal(b.max, SIZE_MAX / 2);
	buf_free(&b);
}

static void
test_add(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_add(&b, "abc", 3), 0);
	assert_int_equal(buf_addstr(&b, "def"), 0);
	assert_int_equal(buf_addch(&b, 'g'), 0);
	assert_int_equal(buf_add(&b, "", 0), 0);
	assert_int_equal(buf_add(&b, NULL, 0), 0);
	assert_int_equal(b.len, 7);
	assert_string_equal(b.data, "abcdefg");
	/* Binary data with NUL is kept by length, and still terminated. */
	assert_int_equal(buf_add(&b, "x\0y", 3), 0);
	assert_int_equal(b.len, 10);
	assert_memory_equal(b.data, "abcdefgx\0y", 10);
	assert_int_equal(b.data[10], '\0');
	buf_free(&b);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
}

/* Growing through many doublings keeps every byte. */
static void
test_grow(void **state)
{
	struct buf	 b;
	size_t		 i;

	(void)state;
	buf_init(&b, 0);
	for (i = 0; i < 100000; i++)
		assert_int_equal(buf_addch(&b, (char)('a' + i % 26)), 0);
	assert_int_equal(b.len, 100000);
	for (i = 0; i < 100000; i++)
		assert_int_equal(b.data[i], (char)('a' + i % 26));
	assert_int_equal(b.data[b.len], '\0');
	assert_true(b.cap > b.len);
	buf_free(&b);
}

static void
test_limit(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 10);
	assert_int_equal(buf_add(&b, "0123456789", 10), 0);	/* exactly */
	assert_int_equal(b.len, 10);
	assert_true(b.cap <= b.max + 1);
	assert_int_equal(buf_addch(&b, 'x'), -1);
	assert_int_equal(buf_add(&b, "xyz", 3), -1);
	assert_int_equal(buf_addstr(&b, "x"), -1);
	assert_int_equal(b.len, 10);
	assert_string_equal(b.data, "0123456789");
	/* Adding nothing to a full buffer is fine. */
	assert_int_equal(buf_add(&b, "", 0), 0);
	buf_free(&b);

	/* One add larger than the whole limit into an empty buffer. */
	buf_init(&b, 10);
	assert_int_equal(buf_add(&b, "0123456789A", 11), -1);
	assert_int_equal(b.len, 0);
	buf_free(&b);

	/* Partly full: an add that would pass the limit adds nothing. */
	buf_init(&b, 10);
	assert_int_equal(buf_addstr(&b, "hello"), 0);
	assert_int_equal(buf_addstr(&b, "world!"), -1);
	assert_int_equal(b.len, 5);
	assert_string_equal(b.data, "hello");
	assert_int_equal(buf_addstr(&b, "world"), 0);
	assert_string_equal(b.data, "helloworld");
	buf_free(&b);

	/* A length that would wrap size_t arithmetic must fail. */
	buf_init(&b, 0);
	assert_int_equal(buf_addstr(&b, "abc"), 0);
	assert_int_equal(buf_add(&b, "x", SIZE_MAX), -1);
	assert_int_equal(buf_add(&b, "x", SIZE_MAX - 1), -1);
	assert_int_equal(b.len, 3);
	assert_string_equal(b.data, "abc");
	buf_free(&b);
}

/* Limits 1 .. 300 with byte-at-a-time and chunked appends. */
static void
test_limit_table(void **state)
{
	struct buf	 b;
	size_t		 max, i, added;
	char		 chunk[7] = "ABCDEFG";

	(void)state;
	for (max = 1; max <= 300; max++) {
		buf_init(&b, max);
		for (i = 0; i < max + 5; i++)
			assert_int_equal(buf_addch(&b, 'z'),
			    i < max ? 0 : -1);
		assert_int_equal(b.len, max);
		assert_true(b.cap <= max + 1);
		assert_int_equal(b.data[max], '\0');
		buf_free(&b);

		buf_init(&b, max);
		added = 0;
		for (i = 0; i < max + 10; i++) {
			int r = buf_add(&b, chunk, sizeof chunk);
			if (added + sizeof chunk <= max) {
				assert_int_equal(r, 0);
				added += sizeof chunk;
			} else
				assert_int_equal(r, -1);
			assert_int_equal(b.len, added);
		}
		buf_free(&b);
	}
}

static void
test_consume(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_addstr(&b, "hello world"), 0);
	buf_consume(&b, 0);
	assert_string_equal(b.data, "hello world");
	buf_consume(&b, 6);
	assert_int_equal(b.len, 5);
	assert_string_equal(b.data, "world");
	buf_consume(&b, 4);
	assert_string_equal(b.data, "d");
	buf_consume(&b, 1);		/* exactly all */
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	assert_int_equal(buf_addstr(&b, "abc"), 0);
	buf_consume(&b, 100);		/* more than held */
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	/* Consuming from a never-used buffer does nothing harmful. */
	buf_free(&b);
	buf_consume(&b, 3);
	assert_int_equal(b.len, 0);
	buf_free(&b);

	/* After consuming, the limit counts what is held now. */
	buf_init(&b, 6);
	assert_int_equal(buf_addstr(&b, "abcdef"), 0);
	assert_int_equal(buf_addch(&b, 'g'), -1);
	buf_consume(&b, 2);
	assert_int_equal(buf_addstr(&b, "gh"), 0);
	assert_string_equal(b.data, "cdefgh");
	assert_int_equal(buf_addch(&b, 'i'), -1);
	buf_free(&b);
}

static void
test_printf(void **state)
{
	struct buf	 b;
	char		 big[5000];
	size_t		 i;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_printf(&b, "%d-%s-%c", 42, "x", 'y'), 0);
	assert_string_equal(b.data, "42-x-y");
	assert_int_equal(buf_printf(&b, "%s", ""), 0);
	assert_string_equal(b.data, "42-x-y");

	/* Longer than the function's 256-byte stack buffer, and around it. */
	for (i = 0; i < sizeof big - 1; i++)
		big[i] = (char)('A' + i % 26);
	big[sizeof big - 1] = '\0';
	buf_reset(&b);
	assert_int_equal(buf_printf(&b, "<%s>", big), 0);
	assert_int_equal(b.len, sizeof big - 1 + 2);
	assert_int_equal(b.data[0], '<');
	assert_memory_equal(b.data + 1, big, sizeof big - 1);
	assert_int_equal(b.data[b.len - 1], '>');
	for (i = 250; i <= 260; i++) {
		buf_reset(&b);
		assert_int_equal(buf_printf(&b, "%.*s", (int)i, big), 0);
		assert_int_equal(b.len, i);
		assert_memory_equal(b.data, big, i);
		assert_int_equal(b.data[i], '\0');
	}
	buf_free(&b);

	/* Over the limit: fails and leaves the contents, short and long. */
	buf_init(&b, 8);
	assert_int_equal(buf_printf(&b, "%s", "abc"), 0);
	assert_int_equal(buf_printf(&b, "%s", "defghi"), -1);
	assert_string_equal(b.data, "abc");
	assert_int_equal(buf_printf(&b, "%s", big), -1);
	assert_string_equal(b.data, "abc");
	assert_int_equal(buf_printf(&b, "%05d", 7), 0);
	assert_string_equal(b.data, "abc00007");
	buf_free(&b);
}

/* buf_drop: the queue's fast path. Nothing moves until an append needs
   the room; the limit counts what is held; reset wipes what was dropped. */
static void
test_drop(void **state)
{
	struct buf	 b;
	char		*base;
	size_t		 cap, i;

	(void)state;
	buf_init(&b, 0);
	buf_drop(&b, 3);		/* never used */
	assert_int_equal(b.len, 0);
	assert_int_equal(buf_addstr(&b, "secret0123456789"), 0);
	base = b.data;
	cap = b.cap;
	buf_drop(&b, 6);
	assert_ptr_equal(b.data, base + 6);	/* nothing moved */
	assert_string_equal(b.data, "0123456789");
	assert_memory_equal(base, "secret", 6);	/* and nothing wiped */
	/* Appends that fit behind the data do not move it either. */
	assert_int_equal(buf_addstr(&b, "ab"), 0);
	assert_ptr_equal(b.data, base + 6);
	assert_string_equal(b.data, "0123456789ab");
	/* One that needs the dropped room moves the data to the front. */
	for (i = b.len; i + 6 + 1 < cap; i++)
		assert_int_equal(buf_addch(&b, 'x'), 0);
	assert_int_equal(buf_addstr(&b, "yz"), 0);
	assert_ptr_equal(b.data, base);
	assert_int_equal(b.cap, cap);
	assert_memory_equal(b.data, "0123456789ab", 12);
	assert_int_equal(b.data[b.len], '\0');
	/* Dropping everything starts again at the front. */
	buf_drop(&b, b.len + 5);
	assert_int_equal(b.len, 0);
	assert_ptr_equal(b.data, base);
	assert_string_equal(b.data, "");
	buf_free(&b);

	/* The limit counts what is held, not what was dropped. */
	buf_init(&b, 6);
	assert_int_equal(buf_addstr(&b, "abcdef"), 0);
	buf_drop(&b, 4);
	assert_int_equal(buf_addstr(&b, "ghij"), 0);
	assert_string_equal(b.data, "efghij");
	assert_int_equal(buf_addch(&b, 'k'), -1);
	buf_free(&b);

	/* buf_reset wipes the dropped bytes too. */
	buf_init(&b, 0);
	assert_int_equal(buf_addstr(&b, "password and more"), 0);
	base = b.data;
	buf_drop(&b, 9);
	buf_reset(&b);
	assert_ptr_equal(b.data, base);
	assert_null(memmem(b.data, b.cap, "password", 8));
	buf_free(&b);
}

static void
test_reset(void **state)
{
	struct buf	 b;
	size_t		 cap;

	(void)state;
	buf_init(&b, 0);
	buf_reset(&b);			/* never used */
	assert_int_equal(b.len, 0);
	assert_int_equal(buf_addstr(&b, "secret password"), 0);
	cap = b.cap;
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, cap);	/* keeps the allocation */
	assert_string_equal(b.data, "");
	/* The old bytes are wiped, not only hidden behind a NUL. */
	assert_null(memmem(b.data, b.cap, "secret", 6));
	assert_int_equal(buf_addstr(&b, "new"), 0);
	assert_string_equal(b.data, "new");
	buf_free(&b);
	/* Usable again after free. */
	buf_init(&b, 4);
	assert_int_equal(buf_addstr(&b, "four"), 0);
	assert_string_equal(b.data, "four");
	buf_free(&b);
	buf_free(&b);			/* twice is harmless */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_grow),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_limit_table),
		cmocka_unit_test(test_consume),
		cmocka_unit_test(test_drop),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
