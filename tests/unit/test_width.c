/*
 * tui/width.c: display widths as the screen draws them (ASCII, CJK wide
 * characters, combining marks, control characters as ^X, tabs to the
 * next stop, invalid UTF-8 a column a byte), cursor columns from byte
 * offsets, and wrapping: whole characters only, a break after a space
 * rather than inside a word, progress even when a row is narrower than a
 * character, and continuation indents.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <locale.h>
#include <string.h>

#include <cmocka.h>

#include "width.h"

static int
setup(void **state)
{
	(void)state;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		return -1;
	return 0;
}

#define W(s)	width_str((s), strlen(s))

static void
test_ascii_and_wide(void **state)
{
	(void)state;
	assert_int_equal(W(""), 0);
	assert_int_equal(W("EHLO client.test"), 16);
	assert_int_equal(W("日本語"), 6);
	assert_int_equal(W("héllo 日本語"), 12);
	assert_int_equal(W("RCPT TO:<日本@例え.jp>"), 22);
	/* e + combining acute: one column. */
	assert_int_equal(W("e\xcc\x81"), 1);
}

static void
test_controls_tabs_invalid(void **state)
{
	size_t	 n;

	(void)state;
	assert_int_equal(W("\x01"), 2);		/* ^A */
	assert_int_equal(W("\x7f"), 2);		/* ^? */
	assert_int_equal(W("a\tb"), 9);		/* tab to column 8 */
	assert_int_equal(W("abcdefgh\t"), 16);
	assert_int_equal(W("\xff\xfe"), 2);	/* invalid: a column each */
	assert_int_equal(W("\xe6\x97"), 2);	/* cut-off character */
	assert_int_equal(width_char("\xe6\x97\xa5", 3, 0, &n), 2);
	assert_int_equal(n, 3);
	assert_int_equal(width_char("\xe6\x97", 2, 0, &n), 1);
	assert_int_equal(n, 1);
	/* U+0085 (C1 control, valid UTF-8) is drawn as one '?'. */
	assert_int_equal(W("\xc2\x85"), 1);
}

static void
test_columns(void **state)
{
	const char	*s = "héllo 日本語";

	(void)state;
	assert_int_equal(width_col(s, strlen(s), 0), 0);
	assert_int_equal(width_col(s, strlen(s), 3), 2);	/* after hé */
	assert_int_equal(width_col(s, strlen(s), 7), 6);	/* before 日 */
	assert_int_equal(width_col(s, strlen(s), 10), 8);	/* before 本 */
	assert_int_equal(width_col(s, strlen(s), strlen(s)), 12);
	assert_int_equal(width_col(s, strlen(s), 999), 12);
}

static void
test_wrap_words(void **state)
{
	const char	*s = "S: 250-mx.example.test greets you";
	size_t		 len = strlen(s), e;

	(void)state;
	/* Fits: one row. */
	assert_int_equal(width_row_end(s, len, 0, 80), len);
	/* "S: 250-mx.example.test greets" is 29 columns; in 30 the row
	   breaks after "greets " rather than inside "you". */
	e = width_row_end(s, len, 0, 30);
	assert_int_equal(e, 30);
	assert_memory_equal(s + e, "you", 3);
	/* In 25 columns the break is after the space before "greets". */
	e = width_row_end(s, len, 0, 25);
	assert_memory_equal(s + e, "greets", 6);
	/* No space at all: a hard break. */
	e = width_row_end("abcdefghij", 10, 0, 4);
	assert_int_equal(e, 4);
	assert_int_equal(width_rows("abcdefghij", 10, 4, 0), 3);
}

static void
test_wrap_wide(void **state)
{
	const char	*s = "日本語日本語";	/* 12 columns, 18 bytes */
	size_t		 e;

	(void)state;
	/* 5 columns hold two wide characters, never half of one. */
	e = width_row_end(s, strlen(s), 0, 5);
	assert_int_equal(e, 6);
	assert_int_equal(width_rows(s, strlen(s), 5, 0), 3);
	/* One column still makes progress: a character a row. */
	e = width_row_end(s, strlen(s), 0, 1);
	assert_int_equal(e, 3);
	assert_int_equal(width_rows(s, strlen(s), 1, 0), 6);
}

/* Japanese breaks between characters, but kinsoku keeps 。、」) from
   starting a row and 「( from ending one, where the width allows. */
static void
test_wrap_kinsoku(void **state)
{
	const char	*s = "接続を閉じました。続けます";
	const char	*q = "日本語「引用」です";
	const char	*m = "SMTP認証を使います";
	const char	*c = "日本e\xcc\x81日";
	size_t		 e;

	(void)state;
	/* 16 columns hold "接続を閉じました", but "。" may not start the
	   next row: "た" goes down with it. */
	e = width_row_end(s, strlen(s), 0, 16);
	assert_int_equal(e, 7 * 3);
	assert_memory_equal(s + e, "た。", 6);
	/* Without the stop at the edge, the row is full. */
	e = width_row_end(s, strlen(s), 0, 14);
	assert_int_equal(e, 7 * 3);
	/* "「" may not end a row: it moves to the next one. */
	e = width_row_end(q, strlen(q), 0, 8);
	assert_int_equal(e, 9);
	assert_memory_equal(q + e, "「引", 6);
	/* The closing "」" stays on the row before it. */
	e = width_row_end(q, strlen(q), 9, 8);
	assert_memory_equal(q + e, "です", 6);
	assert_int_equal(width_col(q, strlen(q), e), 14);
	/* Latin next to Japanese may break at the boundary, never inside
	   the Latin word. */
	e = width_row_end(m, strlen(m), 0, 5);
	assert_int_equal(e, 4);
	e = width_row_end(m, strlen(m), 0, 7);
	assert_int_equal(e, 7);
	/* A combining mark stays with its character at the row's edge. */
	e = width_row_end(c, strlen(c), 0, 5);
	assert_int_equal(e, 9);
	assert_int_equal(width_can_break(c, strlen(c), 6, 7), 0);
	/* Nothing may be parted: the row is cut anyway, and progresses. */
	e = width_row_end("ャッ", 6, 0, 2);
	assert_int_equal(e, 3);
	assert_int_equal(width_rows(s, strlen(s), 16, 0), 2);
}

static void
test_wrap_indent(void **state)
{
	const char	*s = "   # 5.7.1: delivery not authorized, message "
	    "refused by policy";
	size_t		 len = strlen(s);

	(void)state;
	assert_int_equal(width_indent(80, 5), 5);
	assert_int_equal(width_indent(8, 5), 0);	/* too wide: dropped */
	assert_int_equal(width_rows(s, len, 80, 5), 1);
	assert_int_equal(width_rows(s, len, 40, 5), 2);
	assert_int_equal(width_rows(s, len, 20, 5), 4);
	assert_int_equal(width_rows("", 0, 20, 5), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_and_wide),
		cmocka_unit_test(test_controls_tabs_invalid),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_wide),
		cmocka_unit_test(test_wrap_kinsoku),
		cmocka_unit_test(test_wrap_indent),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
