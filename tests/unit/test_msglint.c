/*
 * core/msglint.c: one message per rule, each fed whole, in two pieces
 * at every offset and a byte at a time (the notes must not depend on
 * how the bytes come), with the notes it must give and no others; a
 * clean message gives none. msglint_file reads a file the same way.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "msglint.h"

#define HEAD	"Date: Sat, 01 Feb 2025 10:00:00 +0000\r\n" \
		"From: <a@example.org>\r\nMessage-ID: <1@example.org>\r\n"

/* The notes as "id arg arg ..." lines. */
static void
collect(void *arg, const struct note *nt)
{
	struct buf	*b = arg;
	int		 i;

	buf_addstr(b, nt->id);
	for (i = 0; i < nt->nargs; i++)
		buf_printf(b, " %s", nt->a[i].s);
	buf_addch(b, '\n');
}

static const struct msglint_caps seven = { 1, 0, 0 };
static const struct msglint_caps eight = { 1, 1, 0 };
static const struct msglint_caps utf8 = { 1, 1, 1 };
static const struct msglint_caps unknown = { 0, 0, 0 };

static const struct {
	const char			*name;
	const char			*msg;
	size_t				 len;	/* 0: strlen */
	const struct msglint_caps	*caps;
	const char			*notes;
} vec[] = {
	{ "clean", HEAD "Subject: hi\r\n\r\nbody\r\n.dot\r\n", 0, &seven, "" },
	{ "clean, no final line end", HEAD "\r\nbody", 0, &seven, "" },
	{ "bare LF", HEAD "\r\nline one\nline two\r\nthree\n", 0, &seven,
	    "lint.bare-lf 2 5\n" },
	{ "bare CR", HEAD "\r\nsome\rthing\r\n", 0, &seven,
	    "lint.bare-cr 1 5\n" },
	{ "bare CR at the end", HEAD "\r\nend\r", 0, &seven,
	    "lint.bare-cr 1 5\n" },
	{ "NUL", HEAD "\r\nab\0cd\r\n", sizeof(HEAD) + 8, &seven,
	    "lint.nul 95 5\n" },
	{ "no Date", "From: <a@b>\r\nMessage-ID: <1@b>\r\n\r\nx\r\n", 0,
	    &seven, "lint.missing Date\n" },
	{ "no From", "Date: x\r\nMessage-ID: <1@b>\r\n\r\nx\r\n", 0,
	    &seven, "lint.missing From\n" },
	{ "no Message-ID", "Date: x\r\nfrom: <a@b>\r\n\r\nx\r\n", 0,
	    &seven, "lint.no-msgid\n" },
	{ "no blank line", HEAD "Subject: s\r\nHello there\r\nmore\r\n", 0,
	    &seven, "lint.no-blank 5\n" },
	{ "a continuation is still a header", HEAD "Subject: a\r\n b\r\n"
	    "\r\nx\r\n", 0, &seven, "" },
	{ "8-bit body, 7-bit server", HEAD "\r\nGrüße\r\n", 0, &seven,
	    "lint.8bit 4 5\n" },
	{ "8-bit body, 8BITMIME", HEAD "\r\nGrüße\r\n", 0, &eight, "" },
	{ "8-bit body, no EHLO yet", HEAD "\r\nGrüße\r\n", 0, &unknown,
	    "lint.8bit.unknown 4 5\n" },
	{ "raw UTF-8 header, no SMTPUTF8", HEAD "Subject: Grüße\r\n\r\nx\r\n",
	    0, &eight, "lint.header-8bit 4\n" },
	{ "raw UTF-8 header, SMTPUTF8", HEAD "Subject: Grüße\r\n\r\nx\r\n",
	    0, &utf8, "" },
};

static void
run(const char *msg, size_t len, const struct msglint_caps *caps,
    size_t split, int bytewise, struct buf *out)
{
	struct msglint	 ml;
	size_t		 i;

	buf_reset(out);
	buf_addstr(out, "");	/* "" for no note, not NULL */
	msglint_init(&ml, caps);
	if (bytewise)
		for (i = 0; i < len; i++)
			msglint_feed(&ml, msg + i, 1);
	else {
		msglint_feed(&ml, msg, split);
		msglint_feed(&ml, "", 0);
		msglint_feed(&ml, msg + split, len - split);
	}
	msglint_finish(&ml, collect, out);
}

static void
test_rules(void **state)
{
	struct buf	 out;
	size_t		 i, len, split;

	(void)state;
	buf_init(&out, 0);
	for (i = 0; i < sizeof vec / sizeof vec[0]; i++) {
		len = vec[i].len ? vec[i].len : strlen(vec[i].msg);
		for (split = 0; split <= len; split++) {
			run(vec[i].msg, len, vec[i].caps, split, 0, &out);
			if (strcmp(out.data, vec[i].notes) != 0)
				fail_msg("%s (split at %zu): got \"%s\", want "
				    "\"%s\"", vec[i].name, split, out.data,
				    vec[i].notes);
		}
		run(vec[i].msg, len, vec[i].caps, 0, 1, &out);
		assert_string_equal(out.data, vec[i].notes);
	}
	buf_free(&out);
}

/* Long lines: 998 octets is the limit, 999 is one over. */
static void
test_long_lines(void **state)
{
	struct buf	 msg, out;
	size_t		 i;

	(void)state;
	buf_init(&msg, 0);
	buf_init(&out, 0);
	buf_addstr(&msg, HEAD "\r\n");
	for (i = 0; i < 998; i++)
		buf_addch(&msg, 'x');
	buf_addstr(&msg, "\r\n");
	run(msg.data, msg.len, &seven, 0, 0, &out);
	assert_string_equal(out.data, "");
	for (i = 0; i < 2; i++) {
		buf_addstr(&msg, "short\r\n");
		for (size_t k = 0; k < 999 + 500 * i; k++)
			buf_addch(&msg, 'y');
		buf_addstr(&msg, "\r\n");
	}
	run(msg.data, msg.len, &seven, msg.len / 2, 0, &out);
	assert_string_equal(out.data, "lint.long 2 7 1499\n");
	buf_free(&msg);
	buf_free(&out);
}

/* Several findings at once, in their fixed order. */
static void
test_many(void **state)
{
	struct buf	 out;
	const char	 m[] = "Subject: Grüße\nnot a header\r\nx\n";

	(void)state;
	buf_init(&out, 0);
	run(m, strlen(m), &seven, 5, 0, &out);
	assert_string_equal(out.data, "lint.no-blank 2\nlint.missing Date\n"
	    "lint.missing From\nlint.no-msgid\nlint.bare-lf 2 1\n"
	    "lint.header-8bit 1\nlint.8bit 4 1\n");
	buf_free(&out);
}

static void
test_file(void **state)
{
	char			 path[] = "/tmp/test_msglint.XXXXXX";
	unsigned long long	 lines, bytes;
	struct buf		 out;
	char			 err[256];
	int			 fd, i;

	(void)state;
	buf_init(&out, 0);
	assert_true((fd = mkstemp(path)) != -1);
	assert_int_equal(write(fd, HEAD "\r\n", sizeof(HEAD "\r\n") - 1),
	    (ssize_t)sizeof(HEAD "\r\n") - 1);
	/* Past one read window, a bare LF far in. */
	for (i = 0; i < 20000; i++)
		assert_int_equal(write(fd, "0123456789\r\n", 12), 12);
	assert_int_equal(write(fd, "last\n", 5), 5);
	close(fd);
	assert_int_equal(msglint_file(path, &seven, collect, &out, &lines,
	    &bytes, err, sizeof err), 1);
	assert_string_equal(out.data, "lint.bare-lf 1 20005\n");
	assert_int_equal(lines, 20005);
	assert_int_equal(bytes, sizeof(HEAD "\r\n") - 1 + 240000 + 5);
	unlink(path);
	assert_int_equal(msglint_file(path, &seven, collect, &out, NULL, NULL,
	    err, sizeof err), -1);
	assert_non_null(strstr(err, "No such file"));
	assert_int_equal(msglint_file("/tmp", &seven, collect, &out, NULL,
	    NULL, err, sizeof err), -1);
	assert_non_null(strstr(err, "not a regular file"));
	buf_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
