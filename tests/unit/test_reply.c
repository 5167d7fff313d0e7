/*
 * core/reply.c: the reply parser. Each vector is a byte string and the
 * exact sequence of results the parser must give for it, written as a
 * small log (one line per result). Every vector is fed whole, in two
 * pieces at every offset, and one byte at a time, and the log must be
 * the same each way: the parser may not depend on how the bytes arrive.
 * When no line is dropped, the raw bytes of the lines handed out must add
 * up to exactly the input. Then the limits (line length, line count,
 * buffer), pending bytes for the STARTTLS injection check, reset,
 * reply_esc on its own, where a reply's enhanced code was found
 * (reply_find_esc) and reply_parser_overlong.
 *
 * Log format:
 *   L <code><sep>"<text>" f=<line flags>          REPLY_LINE
 *   D <code><sep>"<text>" f=<line flags>          REPLY_DONE, the line
 *   R <code> n=<lines> esc="<esc>" f=<flags> ["<line>",...]   its reply
 *   B                                              REPLY_BAD
 * with non-printable bytes (and " and \) in text written as \xNN.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "reply.h"

#define NEXT_MAX	100000	/* bound on results drained per feed */

/*
 * What a test has allocated, kept here so the teardown frees it even when
 * an assertion fails half-way (the known-bug test below fails on purpose,
 * and `make asan` checks for leaks).
 */
static struct {
	struct buf		 log, raws, in, want;
	struct reply_parser	*p;
	struct reply		*r;
} T;

static int
teardown(void **state)
{
	(void)state;
	buf_free(&T.log);
	buf_free(&T.raws);
	buf_free(&T.in);
	buf_free(&T.want);
	reply_parser_free(T.p);
	reply_free(T.r);
	memset(&T, 0, sizeof T);
	return 0;
}

/* Append s[0..len) to log with \xNN for anything not plainly printable. */
static void
log_quoted(struct buf *log, const char *s, size_t len)
{
	size_t	 i;

	assert_int_equal(buf_addch(log, '"'), 0);
	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
			assert_int_equal(buf_addch(log, c), 0);
		else
			assert_int_equal(buf_printf(log, "\\x%02x", c), 0);
	}
	assert_int_equal(buf_addch(log, '"'), 0);
}

/* Things every error message must be: non-empty, printable, bounded. */
static void
check_err(const char *err)
{
	size_t	 i, n = strlen(err);

	assert_true(n > 0);
	assert_true(n < 300);
	for (i = 0; i < n; i++)
		assert_true((unsigned char)err[i] >= 0x20 &&
		    (unsigned char)err[i] < 0x7f);
}

/* Check what a returned line says about itself against its raw bytes. */
static void
check_line(const struct reply_line *l)
{
	size_t	 crlf;

	assert_non_null(l->raw);
	assert_true(l->rawlen >= 4);
	assert_int_equal(l->raw[l->rawlen - 1], '\n');
	crlf = l->rawlen >= 2 && l->raw[l->rawlen - 2] == '\r' ? 2 : 1;
	assert_int_equal(crlf == 1, (l->flags & 0x01) != 0);
	assert_int_equal(l->code, (l->raw[0] - '0') * 100 +
	    (l->raw[1] - '0') * 10 + (l->raw[2] - '0'));
	if (l->rawlen - crlf == 3) {
		assert_int_equal(l->textlen, 0);
		assert_true(l->last);
	} else {
		assert_ptr_equal(l->text, l->raw + 4);
		assert_int_equal(l->textlen, l->rawlen - crlf - 4);
		assert_int_equal(l->last, l->raw[3] == ' ');
	}
}

/* Take every result the parser has now, logging each. */
static void
drain(struct reply_parser *p, struct buf *log, struct buf *raws)
{
	struct reply_line	 l;
	struct reply		*r;
	enum reply_result	 res;
	char			 err[256];
	size_t			 i, n;

	for (n = 0; n < NEXT_MAX; n++) {
		memset(&l, 0, sizeof l);
		err[0] = '\0';
		res = reply_parser_next(p, &l, &r, err, sizeof err);
		T.r = r;
		switch (res) {
		case REPLY_MORE:
			assert_null(r);
			return;
		case REPLY_BAD:
			assert_null(r);
			check_err(err);
			assert_int_equal(buf_addstr(log, "B\n"), 0);
			break;
		case REPLY_LINE:
		case REPLY_DONE:
			check_line(&l);
			assert_int_equal(l.last, res == REPLY_DONE);
			assert_int_equal(buf_add(raws, l.raw, l.rawlen), 0);
			assert_int_equal(buf_printf(log, "%c %d%c",
			    res == REPLY_DONE ? 'D' : 'L', l.code,
			    l.last ? ' ' : '-'), 0);
			log_quoted(log, l.text, l.textlen);
			assert_int_equal(buf_printf(log, " f=%02x\n", l.flags),
			    0);
			if (res == REPLY_LINE) {
				assert_null(r);
				break;
			}
			assert_non_null(r);
			assert_true(r->nlines >= 1);
			assert_int_equal(reply_class(r), r->code / 100);
			assert_int_equal(buf_printf(log, "R %d n=%zu esc=\"%s\" "
			    "f=%02x [", r->code, r->nlines, r->esc, r->flags),
			    0);
			for (i = 0; i < r->nlines; i++) {
				assert_int_equal(r->lines[i][r->lens[i]], '\0');
				if (i > 0)
					assert_int_equal(buf_addch(log, ','),
					    0);
				log_quoted(log, r->lines[i], r->lens[i]);
			}
			assert_int_equal(buf_addstr(log, "]\n"), 0);
			reply_free(r);
			T.r = NULL;
			break;
		}
	}
	fail_msg("parser never said REPLY_MORE");
}

/* Feed in pieces at the given cut points (sorted, within len). */
static void
run_cuts(const char *in, size_t len, const size_t *cuts, size_t ncuts,
    struct buf *log, struct buf *raws)
{
	struct reply_parser	*p;
	size_t			 i, from = 0, to;

	assert_non_null(p = T.p = reply_parser_new());
	for (i = 0; i <= ncuts; i++) {
		to = i < ncuts ? cuts[i] : len;
		assert_int_equal(reply_parser_feed(p, in + from, to - from), 0);
		drain(p, log, raws);
		from = to;
	}
	reply_parser_free(p);
	T.p = NULL;
}

static void
run_bytes(const char *in, size_t len, struct buf *log, struct buf *raws)
{
	struct reply_parser	*p;
	size_t			 i;

	assert_non_null(p = T.p = reply_parser_new());
	for (i = 0; i < len; i++) {
		assert_int_equal(reply_parser_feed(p, in + i, 1), 0);
		drain(p, log, raws);
	}
	reply_parser_free(p);
	T.p = NULL;
}

/* Say where two logs part, briefly (a whole log can be kilobytes). */
static void
log_mismatch(const char *in, const char *how, size_t cut, const char *want,
    const char *got)
{
	size_t	 i, from;

	for (i = 0; want[i] != '\0' && want[i] == got[i]; i++)
		;
	from = i > 40 ? i - 40 : 0;
	fail_msg("input \"%.40s\" %s %zu: logs differ at byte %zu\n"
	    "want: ...%.120s\ngot:  ...%.120s", in, how, cut, i,
	    want + from, got + from);
}

/*
 * Feed in whole, at every two-piece split and byte by byte; the log must
 * be `want` each time. When `exact` the lines' raw bytes must rebuild the
 * input.
 */
static void
check_all_splits(const char *in, size_t len, const char *want, int exact)
{
	struct buf	*log = &T.log, *raws = &T.raws;
	size_t		 cut;

	buf_init(log, 0);
	buf_init(raws, 0);
	run_cuts(in, len, NULL, 0, log, raws);
	if (strcmp(log->data ? log->data : "", want) != 0)
		log_mismatch(in, "whole", len, want, log->data ? log->data : "");
	if (exact) {
		assert_int_equal(raws->len, len);
		assert_memory_equal(raws->data, in, len);
	}
	for (cut = 0; cut <= len; cut++) {
		buf_reset(log);
		buf_reset(raws);
		run_cuts(in, len, &cut, 1, log, raws);
		if (strcmp(log->data ? log->data : "", want) != 0)
			log_mismatch(in, "split at", cut, want,
			    log->data ? log->data : "");
		if (exact) {
			assert_int_equal(raws->len, len);
			assert_memory_equal(raws->data, in, len);
		}
	}
	buf_reset(log);
	buf_reset(raws);
	run_bytes(in, len, log, raws);
	if (strcmp(log->data ? log->data : "", want) != 0)
		log_mismatch(in, "byte by byte", 1, want,
		    log->data ? log->data : "");
	if (exact) {
		assert_int_equal(raws->len, len);
		assert_memory_equal(raws->data, in, len);
	}
	buf_free(log);
	buf_free(raws);
}

#define S(x)	x, sizeof(x) - 1

static const struct vector {
	const char	*in;
	size_t		 len;
	const char	*want;
} valid[] = {
	/* Plain one-line replies. */
	{ S("220 mail.example.net ESMTP\r\n"),
	  "D 220 \"mail.example.net ESMTP\" f=00\n"
	  "R 220 n=1 esc=\"\" f=00 [\"mail.example.net ESMTP\"]\n" },
	{ S("354 Start mail input; end with <CRLF>.<CRLF>\r\n"),
	  "D 354 \"Start mail input; end with <CRLF>.<CRLF>\" f=00\n"
	  "R 354 n=1 esc=\"\" f=00 "
	  "[\"Start mail input; end with <CRLF>.<CRLF>\"]\n" },
	/* Multi-line EHLO reply. */
	{ S("250-mail.example.net\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n"),
	  "L 250-\"mail.example.net\" f=00\n"
	  "L 250-\"STARTTLS\" f=00\n"
	  "D 250 \"AUTH PLAIN LOGIN\" f=00\n"
	  "R 250 n=3 esc=\"\" f=00 "
	  "[\"mail.example.net\",\"STARTTLS\",\"AUTH PLAIN LOGIN\"]\n" },
	/* "250" alone: no separator, no text, last line. */
	{ S("250\r\n"),
	  "D 250 \"\" f=10\nR 250 n=1 esc=\"\" f=10 [\"\"]\n" },
	/* "250 " with empty text is normal. */
	{ S("250 \r\n"),
	  "D 250 \"\" f=00\nR 250 n=1 esc=\"\" f=00 [\"\"]\n" },
	/* Empty continuation lines. */
	{ S("250-\r\n250-\r\n250 \r\n"),
	  "L 250-\"\" f=00\nL 250-\"\" f=00\nD 250 \"\" f=00\n"
	  "R 250 n=3 esc=\"\" f=00 [\"\",\"\",\"\"]\n" },
	/* A number at the start of the text is text, not a code. */
	{ S("250-234 text\r\n250 ok\r\n"),
	  "L 250-\"234 text\" f=00\nD 250 \"ok\" f=00\n"
	  "R 250 n=2 esc=\"\" f=00 [\"234 text\",\"ok\"]\n" },
	{ S("250 234 text\r\n"),
	  "D 250 \"234 text\" f=00\nR 250 n=1 esc=\"\" f=00 [\"234 text\"]\n" },
	/* Multi-line reply whose last line has no separator. */
	{ S("250-first\r\n250\r\n"),
	  "L 250-\"first\" f=00\nD 250 \"\" f=10\n"
	  "R 250 n=2 esc=\"\" f=10 [\"first\",\"\"]\n" },
	/* Two replies in one read. */
	{ S("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"),
	  "D 250 \"2.1.0 Ok\" f=00\nR 250 n=1 esc=\"2.1.0\" f=00 [\"2.1.0 Ok\"]\n"
	  "D 250 \"2.1.5 Ok\" f=00\nR 250 n=1 esc=\"2.1.5\" f=00 [\"2.1.5 Ok\"]\n" },
	/* Enhanced status codes: split out when well formed. */
	{ S("550 5.7.1 Relaying denied\r\n"),
	  "D 550 \"5.7.1 Relaying denied\" f=00\n"
	  "R 550 n=1 esc=\"5.7.1\" f=00 [\"5.7.1 Relaying denied\"]\n" },
	{ S("250 2.0.0 Ok: queued as 4F2A1\r\n"),
	  "D 250 \"2.0.0 Ok: queued as 4F2A1\" f=00\n"
	  "R 250 n=1 esc=\"2.0.0\" f=00 [\"2.0.0 Ok: queued as 4F2A1\"]\n" },
	{ S("421 4.3.2 Service not available\r\n"),
	  "D 421 \"4.3.2 Service not available\" f=00\n"
	  "R 421 n=1 esc=\"4.3.2\" f=00 [\"4.3.2 Service not available\"]\n" },
	{ S("550 5.123.456 x\r\n"),
	  "D 550 \"5.123.456 x\" f=00\n"
	  "R 550 n=1 esc=\"5.123.456\" f=00 [\"5.123.456 x\"]\n" },
	{ S("550 5.1.1\r\n"),
	  "D 550 \"5.1.1\" f=00\nR 550 n=1 esc=\"5.1.1\" f=00 [\"5.1.1\"]\n" },
	{ S("550 5.1.1\tuser unknown\r\n"),
	  "D 550 \"5.1.1\\x09user unknown\" f=00\n"
	  "R 550 n=1 esc=\"5.1.1\" f=00 [\"5.1.1\\x09user unknown\"]\n" },
	{ S("550-5.7.1 first\r\n550 5.7.1 second\r\n"),
	  "L 550-\"5.7.1 first\" f=00\nD 550 \"5.7.1 second\" f=00\n"
	  "R 550 n=2 esc=\"5.7.1\" f=00 [\"5.7.1 first\",\"5.7.1 second\"]\n" },
	/* ... and not when absent or malformed. */
	{ S("550 5.7 denied\r\n"),
	  "D 550 \"5.7 denied\" f=00\nR 550 n=1 esc=\"\" f=00 [\"5.7 denied\"]\n" },
	{ S("550 6.1.1 x\r\n"),
	  "D 550 \"6.1.1 x\" f=00\nR 550 n=1 esc=\"\" f=00 [\"6.1.1 x\"]\n" },
	{ S("550 3.1.1 x\r\n"),
	  "D 550 \"3.1.1 x\" f=00\nR 550 n=1 esc=\"\" f=00 [\"3.1.1 x\"]\n" },
	{ S("550 5.1234.1 x\r\n"),
	  "D 550 \"5.1234.1 x\" f=00\n"
	  "R 550 n=1 esc=\"\" f=00 [\"5.1234.1 x\"]\n" },
	{ S("550 5.1.1234 x\r\n"),
	  "D 550 \"5.1.1234 x\" f=00\n"
	  "R 550 n=1 esc=\"\" f=00 [\"5.1.1234 x\"]\n" },
	{ S("550 5.1.1x y\r\n"),
	  "D 550 \"5.1.1x y\" f=00\nR 550 n=1 esc=\"\" f=00 [\"5.1.1x y\"]\n" },
	{ S("550 5..1 x\r\n"),
	  "D 550 \"5..1 x\" f=00\nR 550 n=1 esc=\"\" f=00 [\"5..1 x\"]\n" },
	{ S("550 x: 5.1.1\r\n"),
	  "D 550 \"x: 5.1.1\" f=00\n"
	  "R 550 n=1 esc=\"\" f=00 [\"x: 5.1.1\"]\n" },
	{ S("550 a b 5.1.1\r\n"),
	  "D 550 \"a b 5.1.1\" f=00\n"
	  "R 550 n=1 esc=\"\" f=00 [\"a b 5.1.1\"]\n" },
	/* ... nor dotted numbers in prose: a version, IPv4 addresses. */
	{ S("250 ok 1.2.3.4 accepted\r\n"),
	  "D 250 \"ok 1.2.3.4 accepted\" f=00\n"
	  "R 250 n=1 esc=\"\" f=00 [\"ok 1.2.3.4 accepted\"]\n" },
	{ S("250 ok 5.6.7.8\r\n"),
	  "D 250 \"ok 5.6.7.8\" f=00\n"
	  "R 250 n=1 esc=\"\" f=00 [\"ok 5.6.7.8\"]\n" },
	{ S("220 relay 192.0.2.1 ready\r\n"),
	  "D 220 \"relay 192.0.2.1 ready\" f=00\n"
	  "R 220 n=1 esc=\"\" f=00 [\"relay 192.0.2.1 ready\"]\n" },
	{ S("220 mail ESMTP Postfix 2.11.3\r\n"),
	  "D 220 \"mail ESMTP Postfix 2.11.3\" f=00\n"
	  "R 220 n=1 esc=\"\" f=00 [\"mail ESMTP Postfix 2.11.3\"]\n" },
	{ S("550 see (#5.7.1 and (#5.7.1.2) and (# 5.7.1)\r\n"),
	  "D 550 \"see (#5.7.1 and (#5.7.1.2) and (# 5.7.1)\" f=00\n"
	  "R 550 n=1 esc=\"\" f=00 "
	  "[\"see (#5.7.1 and (#5.7.1.2) and (# 5.7.1)\"]\n" },
	/* Where else servers write it: qmail's "(#x.y.z)", after a tag
	   word, at the start of a later line (bilingual replies). */
	{ S("553 sorry, that domain isn't in my list of allowed rcpthosts "
	    "(#5.7.1)\r\n"),
	  "D 553 \"sorry, that domain isn't in my list of allowed rcpthosts "
	  "(#5.7.1)\" f=00\n"
	  "R 553 n=1 esc=\"5.7.1\" f=00 [\"sorry, that domain isn't in my "
	  "list of allowed rcpthosts (#5.7.1)\"]\n" },
	{ S("451 qq temporary problem (#4.3.0)\r\n"),
	  "D 451 \"qq temporary problem (#4.3.0)\" f=00\n"
	  "R 451 n=1 esc=\"4.3.0\" f=00 "
	  "[\"qq temporary problem (#4.3.0)\"]\n" },
	{ S("554 cuda_nsu 4.7.1 mail rejected\r\n"),
	  "D 554 \"cuda_nsu 4.7.1 mail rejected\" f=00\n"
	  "R 554 n=1 esc=\"4.7.1\" f=08 [\"cuda_nsu 4.7.1 mail rejected\"]\n" },
	{ S("550 x 5.1.1\r\n"),
	  "D 550 \"x 5.1.1\" f=00\n"
	  "R 550 n=1 esc=\"5.1.1\" f=00 [\"x 5.1.1\"]\n" },
	{ S("550-Mailbox unavailable\r\n550 5.1.1 (jp) no such user\r\n"),
	  "L 550-\"Mailbox unavailable\" f=00\n"
	  "D 550 \"5.1.1 (jp) no such user\" f=00\n"
	  "R 550 n=2 esc=\"5.1.1\" f=00 "
	  "[\"Mailbox unavailable\",\"5.1.1 (jp) no such user\"]\n" },
	{ S("552 message too big (#4.4.2) (#5.3.4)\r\n"),
	  "D 552 \"message too big (#4.4.2) (#5.3.4)\" f=00\n"
	  "R 552 n=1 esc=\"4.4.2\" f=08 "
	  "[\"message too big (#4.4.2) (#5.3.4)\"]\n" },
	/* Enhanced code class differs from the reply class. */
	{ S("250 5.7.1 odd\r\n"),
	  "D 250 \"5.7.1 odd\" f=00\n"
	  "R 250 n=1 esc=\"5.7.1\" f=08 [\"5.7.1 odd\"]\n" },
	{ S("550 2.0.0 odd\r\n"),
	  "D 550 \"2.0.0 odd\" f=00\n"
	  "R 550 n=1 esc=\"2.0.0\" f=08 [\"2.0.0 odd\"]\n" },
	/* Bare LF: accepted, flagged on the line and the reply. */
	{ S("250 ok\n"),
	  "D 250 \"ok\" f=01\nR 250 n=1 esc=\"\" f=01 [\"ok\"]\n" },
	{ S("250-a\n250 b\r\n"),
	  "L 250-\"a\" f=01\nD 250 \"b\" f=00\n"
	  "R 250 n=2 esc=\"\" f=01 [\"a\",\"b\"]\n" },
	{ S("250\n"),
	  "D 250 \"\" f=11\nR 250 n=1 esc=\"\" f=11 [\"\"]\n" },
	/* Mixed codes in one reply: the reply takes the highest code. */
	{ S("250-a\r\n251 b\r\n"),
	  "L 250-\"a\" f=00\nD 251 \"b\" f=02\n"
	  "R 251 n=2 esc=\"\" f=02 [\"a\",\"b\"]\n" },
	{ S("250-a\r\n550-b\r\n250 c\r\n"),
	  "L 250-\"a\" f=00\nL 550-\"b\" f=02\nD 250 \"c\" f=00\n"
	  "R 550 n=3 esc=\"\" f=02 [\"a\",\"b\",\"c\"]\n" },
	/* Control bytes in the text (TAB is not one). */
	{ S("250 a\x01" "b\r\n"),
	  "D 250 \"a\\x01b\" f=04\nR 250 n=1 esc=\"\" f=04 [\"a\\x01b\"]\n" },
	{ S("250 \x1b[2Jhi\r\n"),
	  "D 250 \"\\x1b[2Jhi\" f=04\n"
	  "R 250 n=1 esc=\"\" f=04 [\"\\x1b[2Jhi\"]\n" },
	{ S("250 a\rb\r\n"),
	  "D 250 \"a\\x0db\" f=04\nR 250 n=1 esc=\"\" f=04 [\"a\\x0db\"]\n" },
	{ S("250 a\x7f\r\n"),
	  "D 250 \"a\\x7f\" f=04\nR 250 n=1 esc=\"\" f=04 [\"a\\x7f\"]\n" },
	{ S("250 a\0b\r\n"),
	  "D 250 \"a\\x00b\" f=04\nR 250 n=1 esc=\"\" f=04 [\"a\\x00b\"]\n" },
	{ S("250 a\tb\r\n"),
	  "D 250 \"a\\x09b\" f=00\nR 250 n=1 esc=\"\" f=00 [\"a\\x09b\"]\n" },
	/* 8-bit text is not control. */
	{ S("250 caf\xc3\xa9\r\n"),
	  "D 250 \"caf\\xc3\\xa9\" f=00\n"
	  "R 250 n=1 esc=\"\" f=00 [\"caf\\xc3\\xa9\"]\n" },
	/* Several flags at once, gathered over the lines. */
	{ S("250-a\x1b\n251 5.0.0 b\r\n"),
	  "L 250-\"a\\x1b\" f=05\nD 251 \"5.0.0 b\" f=02\n"
	  "R 251 n=2 esc=\"5.0.0\" f=0f [\"a\\x1b\",\"5.0.0 b\"]\n" },
	/* Edge codes. */
	{ S("200 a\r\n559 b\r\n"),
	  "D 200 \"a\" f=00\nR 200 n=1 esc=\"\" f=00 [\"a\"]\n"
	  "D 559 \"b\" f=00\nR 559 n=1 esc=\"\" f=00 [\"b\"]\n" },
	/* A second digit past 5 is no standard code, but a reply all the
	   same (RFC 5321 4.2: act on the first digit), flagged. */
	{ S("571 Delivery not authorized, message refused\r\n"),
	  "D 571 \"Delivery not authorized, message refused\" f=40\n"
	  "R 571 n=1 esc=\"\" f=40 "
	  "[\"Delivery not authorized, message refused\"]\n" },
	{ S("571 5.7.1 Delivery not authorized\r\n"),
	  "D 571 \"5.7.1 Delivery not authorized\" f=40\n"
	  "R 571 n=1 esc=\"5.7.1\" f=40 "
	  "[\"5.7.1 Delivery not authorized\"]\n" },
	{ S("260 x\r\n290 y\r\n499 z\r\n599\r\n"),
	  "D 260 \"x\" f=40\nR 260 n=1 esc=\"\" f=40 [\"x\"]\n"
	  "D 290 \"y\" f=40\nR 290 n=1 esc=\"\" f=40 [\"y\"]\n"
	  "D 499 \"z\" f=40\nR 499 n=1 esc=\"\" f=40 [\"z\"]\n"
	  "D 599 \"\" f=50\nR 599 n=1 esc=\"\" f=50 [\"\"]\n" },
	{ S("250-a\r\n571 b\r\n"),
	  "L 250-\"a\" f=00\nD 571 \"b\" f=42\n"
	  "R 571 n=2 esc=\"\" f=42 [\"a\",\"b\"]\n" },
};

/* Each line is dropped; a good reply after them still parses. */
static const struct vector invalid[] = {
	{ S("2500\r\n"), "B\n" },
	{ S("2500 x\r\n"), "B\n" },
	{ S("25\r\n"), "B\n" },
	{ S("2\r\n"), "B\n" },
	{ S("\r\n"), "B\n" },
	{ S("\n"), "B\n" },
	{ S("abc\r\n"), "B\n" },
	{ S("abc def\r\n"), "B\n" },
	{ S("600 x\r\n"), "B\n" },
	{ S("100 x\r\n"), "B\n" },
	{ S("199 x\r\n"), "B\n" },
	{ S("000 x\r\n"), "B\n" },
	{ S("160 x\r\n"), "B\n" },
	{ S("690 x\r\n"), "B\n" },
	{ S("5x1 x\r\n"), "B\n" },
	{ S("2a0 x\r\n"), "B\n" },
	{ S("25a x\r\n"), "B\n" },
	{ S(" 250 x\r\n"), "B\n" },
	{ S("\t250 x\r\n"), "B\n" },
	{ S("250x\r\n"), "B\n" },
	{ S("250_x\r\n"), "B\n" },
	{ S("250\tx\r\n"), "B\n" },
	{ S("250\x1b[2J\r\n"), "B\n" },
	{ S("\x1b]0;title\x07\r\n"), "B\n" },
	{ S("+OK POP3 ready\r\n"), "B\n" },
	/* Several bad lines, then a good one. */
	{ S("junk\r\nmore junk\n"), "B\nB\n" },
};

static void
test_valid(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof valid / sizeof valid[0]; i++)
		check_all_splits(valid[i].in, valid[i].len, valid[i].want, 1);
}

static void
test_invalid(void **state)
{
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
		check_all_splits(invalid[i].in, invalid[i].len,
		    invalid[i].want, 0);
		/* The parser resyncs at the next line. */
		buf_init(&T.in, 0);
		buf_init(&T.want, 0);
		assert_int_equal(buf_add(&T.in, invalid[i].in, invalid[i].len),
		    0);
		assert_int_equal(buf_addstr(&T.in, "250 ok\r\n"), 0);
		assert_int_equal(buf_printf(&T.want, "%s%s", invalid[i].want,
		    "D 250 \"ok\" f=00\nR 250 n=1 esc=\"\" f=00 [\"ok\"]\n"),
		    0);
		check_all_splits(T.in.data, T.in.len, T.want.data, 0);
		buf_free(&T.in);
		buf_free(&T.want);
	}
}

/* A bad line inside a multi-line reply is reported and left out; the
   lines around it still make one reply, marked malformed. */
static void
test_bad_in_reply(void **state)
{
	(void)state;
	check_all_splits(S("250-a\r\nbad\r\n250 b\r\n"),
	    "L 250-\"a\" f=00\nB\nD 250 \"b\" f=00\n"
	    "R 250 n=2 esc=\"\" f=20 [\"a\",\"b\"]\n", 0);
	check_all_splits(S("250-a\r\n250x\r\n354 go\r\n"),
	    "L 250-\"a\" f=00\nB\nD 354 \"go\" f=02\n"
	    "R 354 n=2 esc=\"\" f=22 [\"a\",\"go\"]\n", 0);
}

/* The error for a bad line quotes it, printable, and bounded. */
static void
test_bad_err(void **state)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			 err[256], in[600];

	(void)state;
	assert_non_null(p = reply_parser_new());
	assert_int_equal(reply_parser_feed(p, S("\x1b]0;pwned\x07 x\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_BAD);
	check_err(err);
	assert_non_null(strstr(err, "\\x1b]0;pwned\\x07"));
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);

	/* A long bad line is quoted only in part. */
	memset(in, 'A', sizeof in);
	in[sizeof in - 2] = '\r';
	in[sizeof in - 1] = '\n';
	assert_int_equal(reply_parser_feed(p, in, sizeof in), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_BAD);
	check_err(err);
	/* A tiny err buffer is still terminated. */
	assert_int_equal(reply_parser_feed(p, S("zzz\r\n")), 0);
	memset(err, 'x', sizeof err);
	assert_int_equal(reply_parser_next(p, &l, &r, err, 8), REPLY_BAD);
	assert_true(strlen(err) < 8);
	reply_parser_free(p);
}

/* Text is copied with its length: a NUL inside does not cut it. */
static void
test_reply_nul(void **state)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			 err[256];

	(void)state;
	assert_non_null(p = reply_parser_new());
	assert_int_equal(reply_parser_feed(p, S("250 a\0b\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_DONE);
	assert_int_equal(l.textlen, 3);
	assert_memory_equal(l.text, "a\0b", 3);
	assert_int_equal(l.rawlen, 9);
	assert_memory_equal(l.raw, "250 a\0b\r\n", 9);
	assert_int_equal(r->lens[0], 3);
	assert_memory_equal(r->lines[0], "a\0b", 4);
	reply_free(r);
	reply_parser_free(p);
}

/* The raw bytes of each line, line end included, as they came. */
static void
test_raw(void **state)
{
	static const char in[] = "250-one\r\n250-two\n250 three\r\n";
	static const struct {
		const char	*raw;
		const char	*text;
	} want[] = {
		{ "250-one\r\n", "one" },
		{ "250-two\n", "two" },
		{ "250 three\r\n", "three" },
	};
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			 err[256];
	size_t			 i;

	(void)state;
	assert_non_null(p = reply_parser_new());
	assert_int_equal(reply_parser_feed(p, in, sizeof in - 1), 0);
	for (i = 0; i < 3; i++) {
		assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
		    i < 2 ? REPLY_LINE : REPLY_DONE);
		assert_int_equal(l.rawlen, strlen(want[i].raw));
		assert_memory_equal(l.raw, want[i].raw, l.rawlen);
		assert_int_equal(l.textlen, strlen(want[i].text));
		assert_memory_equal(l.text, want[i].text, l.textlen);
		assert_int_equal(l.code, 250);
	}
	assert_int_equal(r->nlines, 3);
	assert_int_equal(r->flags, REPLY_F_BARE_LF);
	reply_free(r);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	reply_parser_free(p);
}

/* Build "250 " + n bytes of text + end into b. */
static void
long_line(struct buf *b, const char *code, size_t n, const char *end)
{
	size_t	 i;

	assert_int_equal(buf_addstr(b, code), 0);
	for (i = 0; i < n; i++)
		assert_int_equal(buf_addch(b, (char)('a' + i % 26)), 0);
	assert_int_equal(buf_addstr(b, end), 0);
}

/*
 * A line of exactly REPLY_LINE_MAX bytes before its line end is accepted;
 * one byte longer is dropped, in any split, and the parser carries on at
 * the next line. (With CRLF at every split: test_line_max_cr_split.)
 */
static void
test_line_max(void **state)
{
	(void)state;
	/* Exactly the limit, CRLF, fed whole. */
	buf_init(&T.in, 0);
	buf_init(&T.want, 0);
	long_line(&T.in, "250 ", REPLY_LINE_MAX - 4, "\r\n");
	assert_int_equal(T.in.len, REPLY_LINE_MAX + 2);
	long_line(&T.want, "D 250 \"", REPLY_LINE_MAX - 4, "\" f=00\n");
	long_line(&T.want, "R 250 n=1 esc=\"\" f=00 [\"", REPLY_LINE_MAX - 4,
	    "\"]\n");
	buf_init(&T.log, 0);
	buf_init(&T.raws, 0);
	run_cuts(T.in.data, T.in.len, NULL, 0, &T.log, &T.raws);
	assert_string_equal(T.log.data, T.want.data);
	buf_free(&T.log);
	buf_free(&T.raws);

	/* Exactly the limit, bare LF, every split. */
	buf_reset(&T.in);
	buf_reset(&T.want);
	long_line(&T.in, "250 ", REPLY_LINE_MAX - 4, "\n");
	long_line(&T.want, "D 250 \"", REPLY_LINE_MAX - 4, "\" f=01\n");
	long_line(&T.want, "R 250 n=1 esc=\"\" f=01 [\"", REPLY_LINE_MAX - 4,
	    "\"]\n");
	check_all_splits(T.in.data, T.in.len, T.want.data, 1);

	/* One byte more, CRLF or LF: dropped, then the next reply. */
	buf_reset(&T.in);
	long_line(&T.in, "250 ", REPLY_LINE_MAX - 3, "\r\n");
	assert_int_equal(buf_addstr(&T.in, "250 next\r\n"), 0);
	check_all_splits(T.in.data, T.in.len, "B\nD 250 \"next\" f=00\n"
	    "R 250 n=1 esc=\"\" f=00 [\"next\"]\n", 0);
	buf_reset(&T.in);
	long_line(&T.in, "250 ", REPLY_LINE_MAX - 3, "\n");
	assert_int_equal(buf_addstr(&T.in, "250 next\r\n"), 0);
	check_all_splits(T.in.data, T.in.len, "B\nD 250 \"next\" f=00\n"
	    "R 250 n=1 esc=\"\" f=00 [\"next\"]\n", 0);
}

/*
 * The result must not depend on the split: a line of exactly
 * REPLY_LINE_MAX bytes whose CR has come and whose LF has not is still
 * a line of the maximum length, not an over-long one.
 */
static void
test_line_max_cr_split(void **state)
{
	(void)state;
	buf_init(&T.in, 0);
	buf_init(&T.want, 0);
	long_line(&T.in, "250 ", REPLY_LINE_MAX - 4, "\r\n");
	assert_int_equal(buf_addstr(&T.in, "250 next\r\n"), 0);
	long_line(&T.want, "D 250 \"", REPLY_LINE_MAX - 4, "\" f=00\n");
	long_line(&T.want, "R 250 n=1 esc=\"\" f=00 [\"", REPLY_LINE_MAX - 4,
	    "\"]\n");
	assert_int_equal(buf_addstr(&T.want, "D 250 \"next\" f=00\n"
	    "R 250 n=1 esc=\"\" f=00 [\"next\"]\n"), 0);
	check_all_splits(T.in.data, T.in.len, T.want.data, 1);
}

/* Lines far over the limit, with a line end. */
static void
test_line_long(void **state)
{
	(void)state;
	buf_init(&T.in, 0);
	/* Far too long, with a line end: one B, then the next reply. */
	long_line(&T.in, "250-", 3 * REPLY_LINE_MAX, "\r\n");
	assert_int_equal(buf_addstr(&T.in, "220 next\r\n"), 0);
	check_all_splits(T.in.data, T.in.len, "B\nD 220 \"next\" f=00\n"
	    "R 220 n=1 esc=\"\" f=00 [\"next\"]\n", 0);
	/* A long line inside a reply is left out of it. */
	buf_reset(&T.in);
	assert_int_equal(buf_addstr(&T.in, "250-a\r\n"), 0);
	long_line(&T.in, "250-", 2 * REPLY_LINE_MAX, "\r\n");
	assert_int_equal(buf_addstr(&T.in, "250 b\r\n"), 0);
	check_all_splits(T.in.data, T.in.len, "L 250-\"a\" f=00\nB\n"
	    "D 250 \"b\" f=00\nR 250 n=2 esc=\"\" f=20 [\"a\",\"b\"]\n", 0);
	buf_free(&T.in);
}

/*
 * A line with no end in sight: REPLY_BAD once the buffer passes
 * REPLY_LINE_MAX, memory stays bounded however much more comes, and the
 * parser resyncs after the next LF.
 */
static void
test_line_no_end(void **state)
{
	struct reply_parser	*p;
	struct buf		 log, raws;
	char			 chunk[1000];
	size_t			 i;

	(void)state;
	memset(chunk, 'x', sizeof chunk);
	buf_init(&log, 0);
	buf_init(&raws, 0);
	assert_non_null(p = reply_parser_new());
	for (i = 0; i < 4; i++) {
		assert_int_equal(reply_parser_feed(p, chunk, sizeof chunk), 0);
		drain(p, &log, &raws);
	}
	assert_int_equal(log.len, 0);		/* 4000 bytes: waiting */
	assert_int_equal(reply_parser_pending(p), 4000);
	assert_int_equal(reply_parser_feed(p, chunk, 96), 0);
	drain(p, &log, &raws);
	assert_int_equal(log.len, 0);		/* exactly the limit */
	assert_int_equal(reply_parser_feed(p, chunk, 1), 0);
	drain(p, &log, &raws);
	assert_string_equal(log.data, "B\n");	/* one past it */
	assert_int_equal(reply_parser_pending(p), 0);
	/* A megabyte more of the same line: nothing kept, nothing said. */
	for (i = 0; i < 1000; i++) {
		assert_int_equal(reply_parser_feed(p, chunk, sizeof chunk), 0);
		drain(p, &log, &raws);
		assert_true(reply_parser_pending(p) <= sizeof chunk);
	}
	assert_string_equal(log.data, "B\n");
	/* The rest of the line ends; the next line is parsed. */
	assert_int_equal(reply_parser_feed(p, S("xxx\r\n250 back\r\n")), 0);
	drain(p, &log, &raws);
	assert_string_equal(log.data, "B\nD 250 \"back\" f=00\n"
	    "R 250 n=1 esc=\"\" f=00 [\"back\"]\n");
	assert_int_equal(reply_parser_pending(p), 0);
	reply_parser_free(p);

	/* The same, all in one feed. */
	buf_reset(&log);
	buf_reset(&raws);
	assert_non_null(p = reply_parser_new());
	for (i = 0; i < 5; i++)
		assert_int_equal(reply_parser_feed(p, chunk, sizeof chunk), 0);
	assert_int_equal(reply_parser_feed(p, S("\r\n250 back\r\n")), 0);
	drain(p, &log, &raws);
	assert_string_equal(log.data, "B\nD 250 \"back\" f=00\n"
	    "R 250 n=1 esc=\"\" f=00 [\"back\"]\n");
	reply_parser_free(p);
	buf_free(&log);
	buf_free(&raws);
}

/* Build a reply of n lines: n-1 "250-line i" and "250 end". */
static void
many_lines(struct buf *b, size_t n)
{
	size_t	 i;

	for (i = 0; i + 1 < n; i++)
		assert_int_equal(buf_printf(b, "250-line %zu\r\n", i), 0);
	assert_int_equal(buf_addstr(b, "250 end\r\n"), 0);
}

/* Count results by kind over the whole input, fed in chunks of 1000. */
static void
count_results(const char *in, size_t len, size_t *nline, size_t *ndone,
    size_t *nbad, size_t *lastn)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	enum reply_result	 res;
	char			 err[256];
	size_t			 off, n, k;

	*nline = *ndone = *nbad = *lastn = 0;
	assert_non_null(p = reply_parser_new());
	for (off = 0; off < len; off += n) {
		n = len - off < 1000 ? len - off : 1000;
		assert_int_equal(reply_parser_feed(p, in + off, n), 0);
		for (k = 0; k < NEXT_MAX; k++) {
			res = reply_parser_next(p, &l, &r, err, sizeof err);
			if (res == REPLY_MORE)
				break;
			if (res == REPLY_LINE)
				(*nline)++;
			else if (res == REPLY_BAD) {
				check_err(err);
				(*nbad)++;
			} else {
				(*ndone)++;
				*lastn = r->nlines;
				reply_free(r);
			}
		}
		assert_true(k < NEXT_MAX);
	}
	reply_parser_free(p);
}

static void
test_lines_max(void **state)
{
	struct buf	 in;
	size_t		 nline, ndone, nbad, lastn;

	(void)state;
	buf_init(&in, 0);
	/* Exactly the limit: one reply of REPLY_LINES_MAX lines. */
	many_lines(&in, REPLY_LINES_MAX);
	count_results(in.data, in.len, &nline, &ndone, &nbad, &lastn);
	assert_int_equal(nline, REPLY_LINES_MAX - 1);
	assert_int_equal(ndone, 1);
	assert_int_equal(nbad, 0);
	assert_int_equal(lastn, REPLY_LINES_MAX);

	/* One more: the last line is refused with REPLY_BAD. */
	buf_reset(&in);
	many_lines(&in, REPLY_LINES_MAX + 1);
	count_results(in.data, in.len, &nline, &ndone, &nbad, &lastn);
	assert_int_equal(nline, REPLY_LINES_MAX);
	assert_int_equal(ndone, 0);
	assert_int_equal(nbad, 1);

	/* Far more; afterwards a normal reply still parses as itself. */
	buf_reset(&in);
	many_lines(&in, 3 * REPLY_LINES_MAX);
	assert_int_equal(buf_addstr(&in, "221 bye\r\n"), 0);
	count_results(in.data, in.len, &nline, &ndone, &nbad, &lastn);
	assert_true(nbad >= 1);
	assert_true(ndone >= 1);
	assert_int_equal(lastn, 1);
	buf_free(&in);
}

/* The buffer limit: a feed that would pass it fails and adds nothing. */
static void
test_feed_limit(void **state)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			*big, err[256];

	(void)state;
	assert_non_null(big = malloc(REPLY_BYTES_MAX + 1));
	memset(big, 'x', REPLY_BYTES_MAX + 1);
	assert_non_null(p = reply_parser_new());
	assert_int_equal(reply_parser_feed(p, big, REPLY_BYTES_MAX + 1), -1);
	assert_int_equal(reply_parser_pending(p), 0);
	assert_int_equal(reply_parser_feed(p, S("250 ok\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_DONE);
	reply_free(r);
	/* Whole lines filling the buffer exactly are fine. */
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	memset(big, 'x', REPLY_BYTES_MAX);
	memcpy(big, "250 ", 4);
	big[1000] = '\r';
	big[1001] = '\n';
	memcpy(big + 1002, "250 ", 4);
	big[REPLY_BYTES_MAX - 2] = '\r';
	big[REPLY_BYTES_MAX - 1] = '\n';
	assert_int_equal(reply_parser_feed(p, big, REPLY_BYTES_MAX), 0);
	assert_int_equal(reply_parser_pending(p), REPLY_BYTES_MAX);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_DONE);
	assert_int_equal(l.textlen, 996);
	reply_free(r);
	/* The second line is longer than REPLY_LINE_MAX: dropped. */
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_BAD);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	assert_int_equal(reply_parser_pending(p), 0);
	reply_parser_free(p);
	free(big);
}

/*
 * Pending bytes: what the STARTTLS injection check reads right after the
 * 220. At every split of the input, once the 220 is returned, the bytes
 * after it are pending and nothing else.
 */
static void
test_pending(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;
		size_t		 after;	/* pending after the first reply */
	} v[] = {
		{ S("220 Ready\r\n"), 0 },
		{ S("220 Ready\r\n250-fake\r\n"), 10 },
		{ S("220 Ready\r\n250 fake\r\n"), 10 },
		{ S("220 Ready\r\nX"), 1 },
		{ S("220 2.0.0 Ready to start TLS\r\n\r\n"), 2 },
		{ S("220-Ready\r\n220 go\r\nMAIL FROM:<x>\r\n"), 15 },
	};
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	enum reply_result	 res;
	char			 err[256];
	size_t			 i, cut, k;
	int			 fed;

	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		for (cut = 0; cut <= v[i].len; cut++) {
			fed = 0;
			assert_non_null(p = reply_parser_new());
			assert_int_equal(reply_parser_pending(p), 0);
			assert_int_equal(reply_parser_feed(p, v[i].in, cut), 0);
			assert_int_equal(reply_parser_pending(p), cut);
			/* Take results up to the first reply. */
			for (k = 0; k < NEXT_MAX; k++) {
				res = reply_parser_next(p, &l, &r, err,
				    sizeof err);
				if (res == REPLY_MORE) {
					assert_false(fed);
					assert_int_equal(reply_parser_feed(p,
					    v[i].in + cut, v[i].len - cut), 0);
					fed = 1;
					continue;
				}
				assert_int_not_equal(res, REPLY_BAD);
				if (res == REPLY_DONE)
					break;
			}
			assert_true(k < NEXT_MAX);
			assert_int_equal(r->code, 220);
			reply_free(r);
			/* What has come so far after the 220's line end. */
			assert_int_equal(reply_parser_pending(p),
			    (fed ? v[i].len : cut) - (v[i].len - v[i].after));
			if (!fed)
				assert_int_equal(reply_parser_feed(p,
				    v[i].in + cut, v[i].len - cut), 0);
			assert_int_equal(reply_parser_pending(p), v[i].after);
			reply_parser_free(p);
		}
	}
}

/* Pending counts an unfinished line, and drops to 0 once it is taken. */
static void
test_pending_partial(void **state)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			 err[256];

	(void)state;
	assert_non_null(p = reply_parser_new());
	assert_int_equal(reply_parser_feed(p, S("250-a\r\n250 b")), 0);
	assert_int_equal(reply_parser_pending(p), 12);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_LINE);
	assert_int_equal(reply_parser_pending(p), 5);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	assert_int_equal(reply_parser_pending(p), 5);
	assert_int_equal(reply_parser_feed(p, S("\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_DONE);
	assert_int_equal(reply_parser_pending(p), 0);
	reply_free(r);
	reply_parser_free(p);
}

/* Reset forgets buffered bytes and the partial reply. */
static void
test_reset(void **state)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			 err[256];

	(void)state;
	assert_non_null(p = reply_parser_new());
	assert_int_equal(reply_parser_feed(p, S("250-a\r\n250-b\r\n250 c")),
	    0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_LINE);
	reply_parser_reset(p);
	assert_int_equal(reply_parser_pending(p), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	assert_int_equal(reply_parser_feed(p, S("220 x\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_DONE);
	assert_int_equal(r->nlines, 1);
	assert_string_equal(r->lines[0], "x");
	reply_free(r);

	/* Reset in the middle of skipping an over-long line. */
	{
		char	 big[REPLY_LINE_MAX + 10];

		memset(big, 'y', sizeof big);
		assert_int_equal(reply_parser_feed(p, big, sizeof big), 0);
		assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
		    REPLY_BAD);
		reply_parser_reset(p);
		assert_int_equal(reply_parser_feed(p, S("220 y\r\n")), 0);
		assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
		    REPLY_DONE);
		assert_string_equal(r->lines[0], "y");
		reply_free(r);
	}
	reply_parser_free(p);
	reply_parser_free(NULL);
	reply_free(NULL);
}

static void
test_esc(void **state)
{
	static const struct {
		const char	*s;
		size_t		 len;
		const char	*want;
	} v[] = {
		{ S("5.7.1 text"), "5.7.1" },
		{ S("5.7.1"), "5.7.1" },
		{ S("2.0.0\ttext"), "2.0.0" },
		{ S("4.2.0 x"), "4.2.0" },
		{ S("5.123.456 x"), "5.123.456" },
		{ S("5.12.3"), "5.12.3" },
		{ "5.7.1 text", 5, "5.7.1" },
		{ "5.7.12", 5, "5.7.1" },	/* only len bytes count */
		{ "5.7.1 text", 4, "" },
		{ S(""), "" },
		{ S("5"), "" },
		{ S("5.7"), "" },
		{ S("5.7."), "" },
		{ S("5.7.x"), "" },
		{ S("6.1.1"), "" },
		{ S("3.1.1 x"), "" },
		{ S("1.1.1 x"), "" },
		{ S("5.1234.1"), "" },
		{ S("5.1.1234"), "" },
		{ S("5..1 x"), "" },
		{ S("5.1. x"), "" },
		{ S(".5.1.1"), "" },
		{ S(" 5.1.1"), "" },
		{ S("5,1,1"), "" },
		{ S("5.1.1x"), "" },
		{ S("5.1.1."), "" },
		{ S("5.1.1.1"), "" },
		{ S("55.1.1"), "" },
		{ S("5.a.1"), "" },
	};
	char	 out[16];
	size_t	 i, n;

	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		memset(out, 'Z', sizeof out);
		n = reply_esc(v[i].s, v[i].len, out);
		if (strcmp(out, v[i].want) != 0 || n != strlen(v[i].want))
			fail_msg("reply_esc(\"%.*s\", %zu): want \"%s\", "
			    "got \"%.15s\" (%zu)", (int)v[i].len, v[i].s,
			    v[i].len, v[i].want, out, n);
	}
}

/* Parse one whole reply from in (which holds exactly one). */
static struct reply *
one_reply(const char *in, size_t len)
{
	struct reply_line	 l;
	struct reply		*r = NULL;
	enum reply_result	 res;
	char			 err[256];
	size_t			 k;

	assert_non_null(T.p = reply_parser_new());
	assert_int_equal(reply_parser_feed(T.p, in, len), 0);
	for (k = 0; k < NEXT_MAX; k++) {
		res = reply_parser_next(T.p, &l, &r, err, sizeof err);
		assert_true(res == REPLY_LINE || res == REPLY_DONE);
		if (res == REPLY_DONE)
			break;
	}
	assert_non_null(r);
	reply_parser_free(T.p);
	T.p = NULL;
	return r;
}

/*
 * Where the enhanced code was found (the notes say so), and whether its
 * class disagrees with the reply's. Dotted numbers in prose are never
 * taken for one.
 */
static void
test_find_esc(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*esc;
		int		 from;
		size_t		 line;
		int		 mixed;
	} v[] = {
		{ S("550 5.7.1 denied\r\n"), "5.7.1", REPLY_ESC_START, 0, 0 },
		{ S("550-5.7.1 a\r\n550 (#4.4.2) b\r\n"), "5.7.1",
		  REPLY_ESC_START, 0, 0 },
		/* Bilingual: the code only in the second half. */
		{ S("550-Relay access denied\r\n550 5.7.1 \xe4\xb8\x8d\r\n"),
		  "5.7.1", REPLY_ESC_START, 1, 0 },
		{ S("550-denied / \xe4\xb8\x8d (#5.7.1)\r\n550 bye\r\n"),
		  "5.7.1", REPLY_ESC_HASH, 0, 0 },
		/* qmail. */
		{ S("553 sorry, that domain isn't in my list of allowed "
		    "rcpthosts (#5.7.1)\r\n"), "5.7.1", REPLY_ESC_HASH, 0, 0 },
		{ S("451 (#4.4.2)\r\n"), "4.4.2", REPLY_ESC_HASH, 0, 0 },
		{ S("552 sorry, that message size exceeds my databytes limit "
		    "(#4.4.2)\r\n"), "4.4.2", REPLY_ESC_HASH, 0, 1 },
		/* A start-of-line code on a later line beats a hash. */
		{ S("550-see (#4.4.2)\r\n550 5.1.1 no\r\n"), "5.1.1",
		  REPLY_ESC_START, 1, 0 },
		/* After a tag word. */
		{ S("554 cuda_nsu 4.7.1 mail rejected\r\n"), "4.7.1",
		  REPLY_ESC_TAG, 0, 1 },
		{ S("550 cuda_reject 5.7.1 Spam\r\n"), "5.7.1",
		  REPLY_ESC_TAG, 0, 0 },
		{ S("250-a\r\n250 ok 2.0.0 queued\r\n"), "2.0.0",
		  REPLY_ESC_TAG, 1, 0 },
		/* Not codes. */
		{ S("250 ok 1.2.3.4 accepted\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("250 ok 192.168.10.20\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("250 ok [5.6.7.8]\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("250 from 5.6.7.8 ok\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("220 Postfix 3.4.5 ready\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("220 mx ready, version 2.4.1\r\n"), "", REPLY_ESC_NONE, 0,
		  0 },
		{ S("550 12 5.7.1\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("550 a.b 5.7.1\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("550 see (#5.7.1x)\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("550 see (#6.7.1)\r\n"), "", REPLY_ESC_NONE, 0, 0 },
		{ S("550 see #5.7.1\r\n"), "", REPLY_ESC_NONE, 0, 0 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		T.r = one_reply(v[i].in, v[i].len);
		if (strcmp(T.r->esc, v[i].esc) != 0 ||
		    T.r->esc_from != v[i].from || T.r->esc_line != v[i].line ||
		    ((T.r->flags & REPLY_F_ESC_CLASS) != 0) != v[i].mixed)
			fail_msg("\"%.60s\": want %s from %d line %zu mixed %d, "
			    "got %s from %d line %zu flags %02x", v[i].in,
			    v[i].esc, v[i].from, v[i].line, v[i].mixed,
			    T.r->esc, T.r->esc_from, T.r->esc_line,
			    T.r->flags);
		reply_free(T.r);
		T.r = NULL;
	}
}

/*
 * reply_parser_overlong: set from the moment a line passes the cap with
 * no line end (the session closes then), not for a line that fits or
 * one whose end came in time; cleared when the line finally ends.
 */
static void
test_overlong(void **state)
{
	struct reply_parser	*p;
	struct reply_line	 l;
	struct reply		*r;
	char			 big[REPLY_LINE_MAX + 1], err[256];

	(void)state;
	memset(big, 'x', sizeof big);
	assert_non_null(p = T.p = reply_parser_new());
	assert_int_equal(reply_parser_overlong(p), 0);
	assert_int_equal(reply_parser_feed(p, big, REPLY_LINE_MAX), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	assert_int_equal(reply_parser_overlong(p), 0);
	assert_int_equal(reply_parser_feed(p, big, 1), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_BAD);
	check_err(err);
	assert_int_equal(reply_parser_overlong(p), 1);
	assert_int_equal(reply_parser_feed(p, big, sizeof big), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_MORE);
	assert_int_equal(reply_parser_overlong(p), 1);
	assert_int_equal(reply_parser_feed(p, S("\r\n250 ok\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_DONE);
	assert_int_equal(reply_parser_overlong(p), 0);
	reply_free(r);
	/* A bad line with its end, and a reset, leave it clear. */
	assert_int_equal(reply_parser_feed(p, S("junk\r\n")), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_BAD);
	assert_int_equal(reply_parser_overlong(p), 0);
	assert_int_equal(reply_parser_feed(p, big, sizeof big), 0);
	assert_int_equal(reply_parser_next(p, &l, &r, err, sizeof err),
	    REPLY_BAD);
	assert_int_equal(reply_parser_overlong(p), 1);
	reply_parser_reset(p);
	assert_int_equal(reply_parser_overlong(p), 0);
	reply_parser_free(p);
	T.p = NULL;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_valid, teardown),
		cmocka_unit_test_teardown(test_invalid, teardown),
		cmocka_unit_test_teardown(test_bad_in_reply, teardown),
		cmocka_unit_test_teardown(test_bad_err, teardown),
		cmocka_unit_test_teardown(test_reply_nul, teardown),
		cmocka_unit_test_teardown(test_raw, teardown),
		cmocka_unit_test_teardown(test_line_max, teardown),
		cmocka_unit_test_teardown(test_line_max_cr_split, teardown),
		cmocka_unit_test_teardown(test_line_long, teardown),
		cmocka_unit_test_teardown(test_line_no_end, teardown),
		cmocka_unit_test_teardown(test_lines_max, teardown),
		cmocka_unit_test_teardown(test_feed_limit, teardown),
		cmocka_unit_test_teardown(test_pending, teardown),
		cmocka_unit_test_teardown(test_pending_partial, teardown),
		cmocka_unit_test_teardown(test_reset, teardown),
		cmocka_unit_test_teardown(test_esc, teardown),
		cmocka_unit_test_teardown(test_find_esc, teardown),
		cmocka_unit_test_teardown(test_overlong, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
