/*
 * core/msgbuild.c: a message is built, read back in small pieces as the
 * session reads it, and parsed again here with a small MIME and RFC 2047
 * reader of the test's own: the header block, the encoded-words (each
 * at most 75 characters and whole UTF-8 characters on its own), the
 * multipart boundaries, and base64 parts that decode to the attached
 * files byte for byte.
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

#include "b64.h"
#include "buf.h"
#include "msgbuild.h"

static char	 tmpdir[] = "/tmp/test_msgbuild.XXXXXX";

/* Write n bytes to a new file in tmpdir; its path in path. */
static void
put_file(const char *name, const void *p, size_t n, char *path, size_t len)
{
	FILE	*f;

	snprintf(path, len, "%s/%s", tmpdir, name);
	assert_non_null(f = fopen(path, "wb"));
	assert_int_equal(fwrite(p, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/* The whole message, read cap bytes at a time. */
static void
read_all(struct msgbuild *mb, size_t cap, struct buf *out)
{
	char	 err[256], piece[4096];
	ssize_t	 n;

	assert_true(cap <= sizeof piece);
	while ((n = msgbuild_read(mb, piece, cap, err, sizeof err)) > 0) {
		assert_true((size_t)n <= cap);
		assert_int_equal(buf_add(out, piece, n), 0);
	}
	assert_int_equal(n, 0);
}

/* 1 when p[0..n) is whole, valid UTF-8. */
static int
utf8_whole(const unsigned char *p, size_t n)
{
	size_t	 i = 0, k, len;

	while (i < n) {
		if (p[i] < 0x80)
			len = 1;
		else if ((p[i] & 0xe0) == 0xc0)
			len = 2;
		else if ((p[i] & 0xf0) == 0xe0)
			len = 3;
		else if ((p[i] & 0xf8) == 0xf0)
			len = 4;
		else
			return 0;
		if (i + len > n)
			return 0;
		for (k = 1; k < len; k++)
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
		i += len;
	}
	return 1;
}

static int
hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ?
	    c - 'A' + 10 : -1;
}

/*
 * Decode a folded header value made of encoded-words and plain text:
 * words separated by CRLF SP (white space between two encoded-words is
 * dropped, RFC 2047 6.2). Checks every word's length and that it holds
 * whole characters. Appends the text to out.
 */
static void
decode_2047(const char *v, struct buf *out)
{
	const char	*p = v, *q, *end;
	struct buf	 w;
	int		 prev_word = 0;
	size_t		 i;

	buf_init(&w, 0);
	while (*p) {
		if (strncmp(p, "\r\n ", 3) == 0) {
			p += 3;
			if (!prev_word)
				buf_addch(out, ' ');
			continue;
		}
		if (strncmp(p, "=?UTF-8?", 8) != 0) {
			buf_addch(out, *p++);
			prev_word = 0;
			continue;
		}
		assert_true(p[8] == 'B' || p[8] == 'Q');
		assert_int_equal(p[9], '?');
		q = p + 10;
		assert_non_null(end = strstr(q, "?="));
		assert_true(end + 2 - p <= 75);
		buf_reset(&w);
		if (p[8] == 'B')
			assert_int_equal(b64_decode(q, end - q, &w), 0);
		else
			for (i = 0; q + i < end; i++) {
				if (q[i] == '_')
					buf_addch(&w, ' ');
				else if (q[i] == '=') {
					assert_true(hexval(q[i + 1]) >= 0 &&
					    hexval(q[i + 2]) >= 0);
					buf_addch(&w, hexval(q[i + 1]) * 16 +
					    hexval(q[i + 2]));
					i += 2;
				} else {
					assert_true(q[i] > 0x20 && q[i] < 0x7f &&
					    q[i] != '?');
					buf_addch(&w, q[i]);
				}
			}
		/* Each word whole characters on its own. */
		assert_true(utf8_whole((unsigned char *)w.data, w.len));
		buf_add(out, w.data, w.len);
		p = end + 2;
		prev_word = 1;
	}
	buf_free(&w);
}

/* The value of header name in the block head (folded as it is), or
   NULL; copied into out. */
static const char *
header(const char *head, const char *name, struct buf *out)
{
	const char	*p = head, *e;
	size_t		 n = strlen(name);

	buf_reset(out);
	while (*p && strncmp(p, "\r\n", 2) != 0) {
		e = p;
		/* The field runs to a CRLF not followed by white space. */
		while ((e = strstr(e, "\r\n")) != NULL && (e[2] == ' ' ||
		    e[2] == '\t'))
			e += 2;
		assert_non_null(e);
		if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
			p += n + 1;
			p += strspn(p, " ");
			buf_add(out, p, e - p);
			return out->data;
		}
		p = e + 2;
	}
	return NULL;
}

static const char subject[] = "Grüße aus München: ein Bericht über "
    "Ärger mit Zeichen, 日本語のメールの件名、とても長い件名です";

static void
test_build_parse(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	struct buf		 msg, v, dec, part;
	const char		*to[] = { "b@example.org", "c@example.org" };
	char			 err[256], p1[512], p2[512], bound[128], *b;
	char			 delim[140], *at, *next, *body;
	unsigned char		*bin;
	char			 text[] = "A short text file\nwith two lines\n";
	size_t			 i, nbin = 50000, hl;
	int			 parts = 0;

	(void)state;
	bin = malloc(nbin);
	for (i = 0; i < nbin; i++)
		bin[i] = (unsigned char)(i * 7 + (i >> 8));
	put_file("data.bin", bin, nbin, p1, sizeof p1);
	put_file("notes.txt", text, strlen(text), p2, sizeof p2);

	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_header(mb, "X-Mailer: smtpx unit", err,
	    sizeof err), 0);
	assert_int_equal(msgbuild_header(mb, "Reply-To: Jürgen Müller "
	    "<j@example.org>", err, sizeof err), 0);
	assert_int_equal(msgbuild_subject(mb, subject, err, sizeof err), 0);
	assert_int_equal(msgbuild_body(mb, "Hello,\nsee the files.", err,
	    sizeof err), 0);
	assert_int_equal(msgbuild_attach(mb, p1, err, sizeof err), 0);
	assert_int_equal(msgbuild_attach(mb, p2, err, sizeof err), 0);
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 2;
	env.domain = "client.example";
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_utf8(mb), 0);

	buf_init(&msg, 0);
	buf_init(&v, 0);
	buf_init(&dec, 0);
	buf_init(&part, 0);
	read_all(mb, 7, &msg);	/* small pieces: every seam is crossed */

	/* ASCII only (no SMTPUTF8), CRLF only, no line over 998. */
	for (i = 0, hl = 0; i < msg.len; i++) {
		assert_true((unsigned char)msg.data[i] < 0x80);
		if (msg.data[i] == '\n') {
			assert_true(i > 0 && msg.data[i - 1] == '\r');
			hl = 0;
		} else
			assert_true(++hl <= 999);
	}
	assert_non_null(body = strstr(msg.data, "\r\n\r\n"));
	body += 4;
	assert_non_null(header(msg.data, "Date", &v));
	assert_non_null(header(msg.data, "Message-ID", &v));
	assert_non_null(strstr(v.data, "@client.example>"));
	assert_string_equal(header(msg.data, "From", &v), "<a@example.org>");
	assert_string_equal(header(msg.data, "To", &v),
	    "<b@example.org>, <c@example.org>");
	assert_string_equal(header(msg.data, "X-Mailer", &v), "smtpx unit");
	/* RFC 2047: the subject comes back whole. */
	assert_non_null(header(msg.data, "Subject", &v));
	assert_non_null(strstr(v.data, "\r\n "));	/* folded */
	decode_2047(v.data, &dec);
	assert_string_equal(dec.data, subject);
	/* An address header: only the display name is encoded. */
	assert_non_null(header(msg.data, "Reply-To", &v));
	assert_non_null(strstr(v.data, "?= <j@example.org>"));
	buf_reset(&dec);
	decode_2047(v.data, &dec);
	assert_string_equal(dec.data, "Jürgen Müller <j@example.org>");

	assert_string_equal(header(msg.data, "MIME-Version", &v), "1.0");
	assert_non_null(header(msg.data, "Content-Type", &v));
	assert_non_null(strstr(v.data, "multipart/mixed;"));
	assert_non_null(b = strstr(v.data, "boundary=\""));
	b += 10;
	snprintf(bound, sizeof bound, "%.*s", (int)strcspn(b, "\""), b);
	assert_true(strlen(bound) > 10);
	snprintf(delim, sizeof delim, "\r\n--%s", bound);

	/* The parts: from the first delimiter to the closing one. */
	assert_non_null(at = strstr(body - 2, delim));
	for (;;) {
		at += strlen(delim);
		if (strncmp(at, "--\r\n", 4) == 0) {
			assert_int_equal(at + 4 - msg.data, (long)msg.len);
			break;
		}
		assert_int_equal(strncmp(at, "\r\n", 2), 0);
		at += 2;
		assert_non_null(next = strstr(at, delim));
		buf_reset(&part);
		buf_add(&part, at, next - at);
		parts++;
		assert_non_null(b = strstr(part.data, "\r\n\r\n"));
		b += 4;
		if (parts == 1) {
			assert_non_null(strstr(part.data, "Content-Type: "
			    "text/plain; charset=us-ascii\r\n"));
			assert_string_equal(b, "Hello,\r\nsee the files.\r\n");
		} else {
			const char *want = parts == 2 ? "data.bin" : "notes.txt";
			struct buf raw, clean;
			char cd[128];

			snprintf(cd, sizeof cd, "Content-Disposition: "
			    "attachment; filename=\"%s\"", want);
			assert_non_null(strstr(part.data, cd));
			assert_non_null(strstr(part.data, parts == 2 ?
			    "Content-Type: application/octet-stream;" :
			    "Content-Type: text/plain;"));
			assert_non_null(strstr(part.data,
			    "Content-Transfer-Encoding: base64\r\n"));
			buf_init(&raw, 0);
			buf_init(&clean, 0);
			for (; *b; b++) {
				if (*b == '\r' || *b == '\n')
					continue;
				buf_addch(&clean, *b);
			}
			/* Lines of 76 at most. */
			for (b = strstr(part.data, "\r\n\r\n") + 4; *b;
			    b += strcspn(b, "\n") + 1)
				assert_true(strcspn(b, "\r") <= 76);
			assert_int_equal(b64_decode(clean.data, clean.len,
			    &raw), 0);
			if (parts == 2) {
				assert_int_equal(raw.len, nbin);
				assert_memory_equal(raw.data, bin, nbin);
			} else {
				assert_int_equal(raw.len, strlen(text));
				assert_memory_equal(raw.data, text,
				    strlen(text));
			}
			buf_free(&raw);
			buf_free(&clean);
		}
		at = next;
	}
	assert_int_equal(parts, 3);

	/* The preview names the parts and shows the headers. */
	buf_reset(&v);
	assert_int_equal(msgbuild_preview(mb, &v), 0);
	assert_non_null(strstr(v.data, "[multipart/mixed: 3 parts]\n"));
	assert_non_null(strstr(v.data, "data.bin, 50000 bytes as base64"));
	assert_non_null(strstr(v.data, "\nSubject: =?UTF-8?"));
	assert_non_null(strstr(v.data, "    see the files.\n"));

	msgbuild_free(mb);
	unlink(p1);
	unlink(p2);
	free(bin);
	buf_free(&msg);
	buf_free(&v);
	buf_free(&dec);
	buf_free(&part);
}

/* Round trips, with the split between words falling at every offset
   of a multi-byte character: ASCII prefixes of growing length shift
   where the 45-byte (B) or 63-character (Q) limit lands. */
static void
test_2047_round_trip(void **state)
{
	static const char *const mb_chars[] = { "é", "あ", "😀" };
	struct buf	 in, out, dec;
	size_t		 pre, c, k, words;
	const char	*p;

	(void)state;
	buf_init(&in, 0);
	buf_init(&out, 0);
	buf_init(&dec, 0);
	for (c = 0; c < 3; c++)
		for (pre = 0; pre < 12; pre++) {
			buf_reset(&in);
			for (k = 0; k < pre; k++)
				buf_addch(&in, 'a' + k);
			for (k = 0; k < 40; k++)
				buf_addstr(&in, mb_chars[c]);
			buf_addstr(&in, " end");
			buf_reset(&out);
			assert_int_equal(msgbuild_encode_value(in.data, 9, 0,
			    &out), 0);
			for (p = out.data, words = 1; (p = strstr(p,
			    "\r\n ")) != NULL; p += 3)
				words++;
			assert_true(words >= 2);
			buf_reset(&dec);
			decode_2047(out.data, &dec);
			assert_int_equal(dec.len, in.len);
			assert_memory_equal(dec.data, in.data, in.len);
		}
	/* Mostly ASCII goes as Q, readable. */
	buf_reset(&out);
	assert_int_equal(msgbuild_encode_value("Café ouvert", 9, 0, &out), 0);
	assert_string_equal(out.data, "=?UTF-8?Q?Caf=C3=A9_ouvert?=");
	/* ASCII stays as it is. */
	buf_reset(&out);
	assert_int_equal(msgbuild_encode_value("plain = text?", 9, 0, &out),
	    0);
	assert_string_equal(out.data, "plain = text?");
	buf_free(&in);
	buf_free(&out);
	buf_free(&dec);
}

/* Under SMTPUTF8 the subject goes raw and the message says so. */
static void
test_smtputf8_raw(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	struct buf		 msg, v;
	const char		*to[] = { "田中@例え.jp" };
	char			 err[256];

	(void)state;
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 1;
	env.smtputf8 = 1;
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_subject(mb, "件名", err, sizeof err), 0);
	assert_int_equal(msgbuild_needs_utf8(mb, &env), 1);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_utf8(mb), 1);
	assert_int_equal(msgbuild_8bit(mb), 1);
	buf_init(&msg, 0);
	buf_init(&v, 0);
	read_all(mb, 4096, &msg);
	assert_string_equal(header(msg.data, "Subject", &v), "件名");
	assert_string_equal(header(msg.data, "To", &v), "<田中@例え.jp>");
	msgbuild_free(mb);
	buf_free(&msg);
	buf_free(&v);
}

/* Without options: the test message, as /send always sent it. */
static void
test_default_message(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	struct buf		 msg, v;
	const char		*to[] = { "b@example.org" };
	char			 err[256];

	(void)state;
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 1;
	env.host = "mx.example.org";
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_8bit(mb), 0);
	buf_init(&msg, 0);
	buf_init(&v, 0);
	read_all(mb, 100, &msg);
	assert_non_null(strstr(msg.data, "\r\nFrom: <a@example.org>\r\nTo: "
	    "<b@example.org>\r\nSubject: smtpx test message\r\n\r\nThis is a "
	    "test message sent by smtpx to check that mail from\r\n"
	    "<a@example.org> is accepted by mx.example.org.\r\n"));
	assert_null(header(msg.data, "MIME-Version", &v));
	assert_int_equal(strncmp(msg.data, "Date: ", 6), 0);
	msgbuild_free(mb);
	buf_free(&msg);
	buf_free(&v);
}

/* A body from a file is read when sent, and 8-bit text is declared
   (to a server that offers 8BITMIME). */
static void
test_body_file(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	struct buf		 msg, v;
	const char		*to[] = { "b@example.org" };
	char			 err[256], path[512], arg[600];
	const char		 text[] = "Grüße\nno final line end";

	(void)state;
	put_file("body.txt", text, strlen(text), path, sizeof path);
	snprintf(arg, sizeof arg, "@%s", path);
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 1;
	env.eightbitmime = 1;
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_body(mb, arg, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_8bit(mb), 1);
	buf_init(&msg, 0);
	buf_init(&v, 0);
	read_all(mb, 3, &msg);
	assert_string_equal(header(msg.data, "Content-Type", &v),
	    "text/plain; charset=utf-8");
	assert_string_equal(header(msg.data, "Content-Transfer-Encoding", &v),
	    "8bit");
	/* The file as it is, and a line end after it. */
	assert_string_equal(strstr(msg.data, "\r\n\r\n") + 4,
	    "Grüße\nno final line end\r\n");
	msgbuild_free(mb);
	unlink(path);
	buf_free(&msg);
	buf_free(&v);
}

static void
test_refusals(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	const char		*to[] = { "b@example.org" };
	char			 err[256], path[512], arg[600];

	(void)state;
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_header(mb, "no colon here", err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "Name: value"));
	assert_int_equal(msgbuild_header(mb, ": empty name", err,
	    sizeof err), -1);
	assert_int_equal(msgbuild_header(mb, "X-A: a\r\nBcc: x@y", err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "control characters"));
	assert_int_equal(msgbuild_header(mb, "X-A: a\033[2Jb", err,
	    sizeof err), -1);
	assert_int_equal(msgbuild_subject(mb, "a\nBcc: x@y", err,
	    sizeof err), -1);
	assert_int_equal(msgbuild_subject(mb, "tab\tis fine", err,
	    sizeof err), 0);
	assert_int_equal(msgbuild_attach(mb, "/nonexistent/x.pdf", err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "/nonexistent/x.pdf"));
	assert_int_equal(msgbuild_attach(mb, "/tmp", err, sizeof err), -1);
	assert_non_null(strstr(err, "not a regular file"));
	put_file("nul.txt", "a\0b", 3, path, sizeof path);
	snprintf(arg, sizeof arg, "@%s", path);
	assert_int_equal(msgbuild_body(mb, arg, err, sizeof err), -1);
	assert_non_null(strstr(err, "NUL byte at offset 1"));
	/* A Content-Type of one's own cannot go with attachments. */
	assert_int_equal(msgbuild_header(mb, "Content-Type: text/html", err,
	    sizeof err), 0);
	assert_int_equal(msgbuild_attach(mb, path, err, sizeof err), 0);
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 1;
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), -1);
	assert_non_null(strstr(err, "Content-Type"));
	msgbuild_free(mb);
	unlink(path);
}

/*
 * Quoted-printable decoded by the test's own reader (RFC 2045 6.7): a
 * line ending in "=" is a soft break, "=XX" a byte, anything else
 * itself. Checks on the way that every line is at most 76 characters,
 * all 7-bit, without white space at its end, and that "=" is never
 * there alone.
 */
static void
decode_qp(const char *s, size_t n, struct buf *out)
{
	const char	*end = s + n, *e;
	size_t		 len, i;

	while (s < end) {
		assert_non_null(e = memmem(s, end - s, "\r\n", 2));
		len = e - s;
		assert_true(len <= 76);
		assert_true(len == 0 || (s[len - 1] != ' ' &&
		    s[len - 1] != '\t'));
		for (i = 0; i < len; i++) {
			assert_true((unsigned char)s[i] < 0x7f);
			assert_true(s[i] != '\r' && s[i] != '\n');
			if (s[i] != '=') {
				buf_addch(out, s[i]);
				continue;
			}
			if (i + 1 == len)	/* soft break */
				break;
			assert_true(i + 2 < len);
			assert_true(hexval(s[i + 1]) >= 0 &&
			    hexval(s[i + 2]) >= 0);
			buf_addch(out, hexval(s[i + 1]) * 16 +
			    hexval(s[i + 2]));
			i += 2;
		}
		if (len == 0 || s[len - 1] != '=')
			buf_addstr(out, "\r\n");
		s = e + 2;
	}
}

/* What a text body should decode to: LF alone made CRLF, and a last
   line end. */
static void
crlf_text(const char *s, size_t n, struct buf *out)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			buf_addch(out, '\r');
		buf_addch(out, s[i]);
	}
	if (out->len > 0 && out->data[out->len - 1] != '\n')
		buf_addstr(out, "\r\n");
}

/* 8-bit text with all that quoted-printable must take care of: '=',
   white space before a line end (LF and CRLF) and at the very end, a
   lone CR, long lines of multi-byte characters, a line of exactly 76. */
static const char qp_text[] =
    "Grüße aus München = Grüße \n"
    "tab at the end\t\r\n"
    "a lone CR\rinside, = and ==\n"
    "日本語の本文です。とても長い行は柔らかい改行で分けられます。日本語の本文です。とても長い行。\n"
    "0123456789012345678901234567890123456789012345678901234567890123456789012345\n"
    "=C3 is not an escape here; ü at 75:.......................................ü\n"
    "   \n"
    "\n"
    ".\n"
    "the end with a space ";

/* Check the message in msg: QP text body, 7-bit throughout, decoding
   back to text. */
static void
check_qp_message(const struct buf *msg, const char *text, size_t tlen,
    int multipart)
{
	struct buf	 v, dec, want;
	const char	*body, *end;
	size_t		 i;

	buf_init(&v, 0);
	buf_init(&dec, 0);
	buf_init(&want, 0);
	for (i = 0; i < msg->len; i++)
		assert_true((unsigned char)msg->data[i] < 0x80);
	if (multipart) {
		assert_non_null(body = strstr(msg->data, "Content-Type: "
		    "text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
		    "quoted-printable\r\n\r\n"));
		body = strstr(body, "\r\n\r\n") + 4;
		/* The CRLF before the delimiter is the delimiter's. */
		assert_non_null(end = strstr(body, "\r\n--=_smtpx_"));
	} else {
		assert_string_equal(header(msg->data, "Content-Type", &v),
		    "text/plain; charset=utf-8");
		assert_string_equal(header(msg->data,
		    "Content-Transfer-Encoding", &v), "quoted-printable");
		body = strstr(msg->data, "\r\n\r\n") + 4;
		end = msg->data + msg->len;
	}
	decode_qp(body, end - body, &dec);
	crlf_text(text, tlen, &want);
	assert_int_equal(dec.len, want.len);
	assert_memory_equal(dec.data, want.data, want.len);
	buf_free(&v);
	buf_free(&dec);
	buf_free(&want);
}

/* RFC 6152: without 8BITMIME offered, 8-bit text goes as
   quoted-printable: a body given as text (read back in pieces of every
   size), as the text part of a multipart message, and from a file,
   where the text falls across the reader's window at every offset. */
static void
test_qp_body(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	struct buf		 msg, v, f;
	const char		*to[] = { "b@example.org" };
	char			 err[256], path[512], arg[600], att[512];
	size_t			 cap, k, tlen = strlen(qp_text);

	(void)state;
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 1;
	buf_init(&msg, 0);
	buf_init(&v, 0);
	buf_init(&f, 0);
	for (cap = 1; cap <= 80; cap++) {
		assert_non_null(mb = msgbuild_new());
		assert_int_equal(msgbuild_body(mb, qp_text, err, sizeof err),
		    0);
		assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err),
		    0);
		assert_int_equal(msgbuild_8bit(mb), 0);
		buf_reset(&msg);
		read_all(mb, cap, &msg);
		check_qp_message(&msg, qp_text, tlen, 0);
		if (cap == 1) {
			assert_int_equal(msgbuild_preview(mb, &v), 0);
			assert_non_null(strstr(v.data, "[body] text/plain, "
			    "UTF-8 (quoted-printable: the server offers no "
			    "8BITMIME)"));
		}
		msgbuild_free(mb);
	}

	/* The text part of a multipart message. */
	put_file("att.txt", "x\n", 2, att, sizeof att);
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_body(mb, qp_text, err, sizeof err), 0);
	assert_int_equal(msgbuild_attach(mb, att, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_8bit(mb), 0);
	buf_reset(&msg);
	read_all(mb, 5, &msg);
	check_qp_message(&msg, qp_text, tlen, 1);
	msgbuild_free(mb);
	unlink(att);

	/* A body file: ASCII lines before the text so that the window of
	   57 * 256 bytes ends at each offset of it. */
	for (k = 0; k <= tlen; k++) {
		buf_reset(&f);
		while (f.len < 57 * 256 - tlen + k - 60)
			buf_addstr(&f, "padding padding padding padding padding "
			    "padding padding.\n");
		while (f.len < 57 * 256 - tlen + k)
			buf_addch(&f, 'p');
		buf_add(&f, qp_text, tlen);
		put_file("qp.txt", f.data, f.len, path, sizeof path);
		snprintf(arg, sizeof arg, "@%s", path);
		assert_non_null(mb = msgbuild_new());
		assert_int_equal(msgbuild_body(mb, arg, err, sizeof err), 0);
		assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err),
		    0);
		assert_int_equal(msgbuild_8bit(mb), 0);
		buf_reset(&msg);
		read_all(mb, 1 + k % 4000, &msg);
		check_qp_message(&msg, f.data, f.len, 0);
		msgbuild_free(mb);
		unlink(path);
	}

	/* Under MIME headers of the user's the text goes as they leave it,
	   8-bit, and the preview says that the server did not offer it. */
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_header(mb, "Content-Transfer-Encoding: 8bit",
	    err, sizeof err), 0);
	assert_int_equal(msgbuild_body(mb, qp_text, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_8bit(mb), 1);
	buf_reset(&v);
	assert_int_equal(msgbuild_preview(mb, &v), 0);
	assert_non_null(strstr(v.data, "UTF-8 (8bit as your MIME headers "
	    "leave it, but the server offers no 8BITMIME"));
	msgbuild_free(mb);

	/* With 8BITMIME offered the text goes as it is, as 8bit. */
	env.eightbitmime = 1;
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_body(mb, qp_text, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_8bit(mb), 1);
	buf_reset(&msg);
	read_all(mb, 64, &msg);
	assert_string_equal(header(msg.data, "Content-Transfer-Encoding", &v),
	    "8bit");
	assert_non_null(strstr(msg.data, "Grüße aus München = Grüße \r\n"));
	buf_reset(&v);
	assert_int_equal(msgbuild_preview(mb, &v), 0);
	assert_non_null(strstr(v.data, "UTF-8 (8bit)"));
	msgbuild_free(mb);
	buf_free(&msg);
	buf_free(&v);
	buf_free(&f);
}

/* The header block's lines: each at most max octets; the value of
   header name unfolded (CRLF before white space taken out) equal to
   want. */
static void
check_folded(const char *msg, const char *name, const char *want,
    size_t max)
{
	struct buf	 v, u;
	const char	*p, *e;
	size_t		 i;

	buf_init(&v, 0);
	buf_init(&u, 0);
	for (p = msg; (e = strstr(p, "\r\n")) != NULL && e != p; p = e + 2)
		assert_true((size_t)(e - p) <= max);
	assert_non_null(header(msg, name, &v));
	assert_non_null(strstr(v.data, "\r\n"));	/* folded */
	for (i = 0; i < v.len; i++) {
		if (v.data[i] == '\r') {
			assert_int_equal(v.data[i + 1], '\n');
			assert_true(v.data[i + 2] == ' ' ||
			    v.data[i + 2] == '\t');
			assert_true(i > 0 && v.data[i - 1] != ' ');
			i++;
			continue;
		}
		buf_addch(&u, v.data[i]);
	}
	assert_string_equal(u.data, want);
	buf_free(&v);
	buf_free(&u);
}

/* RFC 5322 2.1.1 and 2.2.3: long fields folded at white space within
   78 characters; a word that cannot be folded within 998 refused,
   naming the header. */
static void
test_fold(void **state)
{
	struct msgbuild		*mb;
	struct msgbuild_env	 env;
	struct buf		 msg, s, h, word, v;
	const char		*to[] = { "b@example.org" };
	char			 err[256];
	int			 i;

	(void)state;
	memset(&env, 0, sizeof env);
	env.from = "a@example.org";
	env.to = to;
	env.nto = 1;
	buf_init(&msg, 0);
	buf_init(&s, 0);
	buf_init(&h, 0);
	buf_init(&word, 0);
	buf_init(&v, 0);
	for (i = 0; i < 40; i++)
		buf_printf(&s, "%sword%d", i ? (i % 7 ? " " : "  ") : "", i);
	buf_printf(&h, "X-Long: %s\ttail", s.data);

	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_subject(mb, s.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_header(mb, h.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	read_all(mb, 9, &msg);
	check_folded(msg.data, "Subject", s.data, 78);
	buf_printf(&s, "\ttail");
	check_folded(msg.data, "X-Long", s.data, 78);
	/* The preview shows the header block as it goes out. */
	assert_int_equal(msgbuild_preview(mb, &v), 0);
	assert_non_null(strstr(v.data, "\nSubject: word0 word1"));
	assert_non_null(strstr(v.data, "\n word"));
	msgbuild_free(mb);

	/* To: many recipients folded after their commas. */
	{
		const char	*many[12];
		char		 addr[12][32];
		struct buf	 m, want;
		int		 j;

		buf_init(&m, 0);
		buf_init(&want, 0);
		for (j = 0; j < 12; j++) {
			snprintf(addr[j], sizeof addr[j], "r%d@example.org", j);
			many[j] = addr[j];
			buf_printf(&want, "%s<%s>", j ? ", " : "", addr[j]);
		}
		env.to = many;
		env.nto = 12;
		assert_non_null(mb = msgbuild_new());
		assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
		read_all(mb, 9, &m);
		check_folded(m.data, "To", want.data, 78);
		msgbuild_free(mb);
		buf_free(&m);
		buf_free(&want);
		env.to = to;
		env.nto = 1;
	}

	/* Raw UTF-8 under SMTPUTF8, counted in octets. */
	buf_reset(&s);
	for (i = 0; i < 30; i++)
		buf_printf(&s, "%s件名%d", i ? " " : "", i);
	env.smtputf8 = 1;
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_subject(mb, s.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	assert_int_equal(msgbuild_utf8(mb), 1);
	buf_reset(&msg);
	read_all(mb, 4096, &msg);
	check_folded(msg.data, "Subject", s.data, 78);
	msgbuild_free(mb);
	env.smtputf8 = 0;

	/* A word of 200: its own line, over 78 but within 998. */
	for (i = 0; i < 200; i++)
		buf_addch(&word, 'a' + i % 26);
	buf_reset(&h);
	buf_printf(&h, "X-Token: short %s end", word.data);
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_header(mb, h.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	buf_reset(&msg);
	read_all(mb, 4096, &msg);
	buf_reset(&s);
	buf_printf(&s, "X-Token: short\r\n %s\r\n end\r\n", word.data);
	assert_non_null(strstr(msg.data, s.data));
	msgbuild_free(mb);

	/* A word of 1000 cannot be folded within 998: refused, named. */
	while (word.len < 1000)
		buf_addch(&word, 'z');
	buf_reset(&h);
	buf_printf(&h, "X-Token: short %s", word.data);
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_header(mb, h.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), -1);
	assert_non_null(strstr(err, "the X-Token header cannot be folded"));
	assert_non_null(strstr(err, "998"));
	msgbuild_free(mb);
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_subject(mb, word.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), -1);
	assert_non_null(strstr(err, "the Subject header cannot be folded"));
	msgbuild_free(mb);
	/* The same word with a letter not ASCII goes as encoded-words. */
	word.data[500] = '\xc3';
	word.data[501] = '\xbc';
	assert_non_null(mb = msgbuild_new());
	assert_int_equal(msgbuild_subject(mb, word.data, err, sizeof err), 0);
	assert_int_equal(msgbuild_finish(mb, &env, err, sizeof err), 0);
	msgbuild_free(mb);

	buf_free(&msg);
	buf_free(&s);
	buf_free(&h);
	buf_free(&word);
	buf_free(&v);
}

static void
test_content_types(void **state)
{
	(void)state;
	assert_string_equal(msgbuild_content_type("report.PDF"),
	    "application/pdf");
	assert_string_equal(msgbuild_content_type("a.b/photo.jpeg"),
	    "image/jpeg");
	assert_string_equal(msgbuild_content_type("notes.txt"), "text/plain");
	assert_string_equal(msgbuild_content_type("archive.tar.gz"),
	    "application/gzip");
	assert_string_equal(msgbuild_content_type("Makefile"),
	    "application/octet-stream");
	assert_string_equal(msgbuild_content_type(".profile"),
	    "application/octet-stream");
	assert_string_equal(msgbuild_content_type("x.unknownext"),
	    "application/octet-stream");
}

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	return rmdir(tmpdir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build_parse),
		cmocka_unit_test(test_2047_round_trip),
		cmocka_unit_test(test_smtputf8_raw),
		cmocka_unit_test(test_default_message),
		cmocka_unit_test(test_body_file),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_content_types),
		cmocka_unit_test(test_qp_body),
		cmocka_unit_test(test_fold),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
