/*
 * core/transcript.c: entries in and out (copies, sequence numbers, stable
 * pointers), markers, transcript_format with and without marker and time
 * (always through the sanitiser), and transcript_write: the line-mode
 * format byte for byte, time stamps with date and zone when asked, notes
 * left out unless asked for (decoded AUTH notes kept), TR_F_NOSAVE
 * entries always left out, raw bytes of secrets never kept. (Creating
 * the file safely is tui/util.c's util_open_new: test_util.c.)
 * Files go to a fresh directory under $TMPDIR (or /tmp), removed after.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "buf.h"
#include "transcript.h"

#define S(x)	x, sizeof(x) - 1

/* The scratch directory and what a test allocated, freed in teardown
   even when an assertion fails. */
static struct {
	char			 dir[256];
	struct transcript	*t;
	struct buf		 b;
} T;

static int
setup(void **state)
{
	const char	*tmp = getenv("TMPDIR");

	(void)state;
	memset(&T, 0, sizeof T);
	snprintf(T.dir, sizeof T.dir, "%s/smtpx-test-XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if (mkdtemp(T.dir) == NULL)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	DIR		*d;
	struct dirent	*de;
	char		 p[512];
	int		 n = 0;

	(void)state;
	transcript_free(T.t);
	buf_free(&T.b);
	if (T.dir[0] != '\0' && (d = opendir(T.dir)) != NULL) {
		while ((de = readdir(d)) != NULL && n++ < 1000) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof p, "%s/%s", T.dir, de->d_name);
			if (unlink(p) == -1)
				rmdir(p);
		}
		closedir(d);
		rmdir(T.dir);
	}
	memset(&T, 0, sizeof T);
	return 0;
}

/* name inside the scratch directory; four results may be in use at once. */
static const char *
path(const char *name)
{
	static char	 p[4][512];
	static int	 k;

	k = (k + 1) % 4;
	snprintf(p[k], sizeof p[k], "%s/%s", T.dir, name);
	return p[k];
}

/* Read a whole small file into T.b; returns its length. */
static size_t
slurp(const char *file)
{
	char	 chunk[4096];
	size_t	 n;
	FILE	*f;

	buf_free(&T.b);
	buf_init(&T.b, 1 << 20);
	assert_non_null(f = fopen(file, "r"));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		assert_int_equal(buf_add(&T.b, chunk, n), 0);
	fclose(f);
	assert_int_equal(buf_add(&T.b, "", 0), 0);	/* data not NULL */
	return T.b.len;
}

/* Entries in the directory, to check no temporary file is left. */
static int
count_files(void)
{
	DIR		*d;
	struct dirent	*de;
	int		 n = 0, guard = 0;

	assert_non_null(d = opendir(T.dir));
	while ((de = readdir(d)) != NULL && guard++ < 1000)
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static const struct tr_entry *
add(enum tr_kind kind, unsigned flags, int code, const char *text,
    const char *raw)
{
	const struct tr_entry	*e;

	e = transcript_add(T.t, kind, flags, code, text, strlen(text), raw,
	    raw != NULL ? strlen(raw) : 0);
	assert_non_null(e);
	return e;
}

static void
test_add_get(void **state)
{
	const struct tr_entry	*e, *first;
	size_t			 i;

	(void)state;
	assert_non_null(T.t = transcript_new());
	assert_int_equal(transcript_count(T.t), 0);
	assert_null(transcript_get(T.t, 0));

	first = add(TR_SENT, 0, 0, "EHLO client.example",
	    "EHLO client.example\r\n");
	assert_int_equal(first->seq, 0);
	assert_int_equal(first->kind, TR_SENT);
	assert_int_equal(first->flags, 0);
	assert_string_equal(first->text, "EHLO client.example");
	assert_int_equal(first->len, 19);
	assert_int_equal(first->rawlen, 21);
	assert_memory_equal(first->raw, "EHLO client.example\r\n", 21);
	assert_true(first->when.tv_sec > 0);

	e = add(TR_RECV, TR_F_LAST, 250, "250 ok", "250 ok\r\n");
	assert_int_equal(e->seq, 1);
	assert_int_equal(e->code, 250);
	assert_int_equal(e->flags, TR_F_LAST);
	/* Views: a fresh one per call, the same entry. */
	assert_int_equal(transcript_get(T.t, 1)->seq, 1);
	assert_int_equal(transcript_get(T.t, 1)->code, 250);
	assert_string_equal(transcript_get(T.t, 0)->text,
	    "EHLO client.example");
	assert_int_equal(transcript_count(T.t), 2);
	assert_null(transcript_get(T.t, 2));
	assert_null(transcript_get(T.t, (size_t)-1));

	/* No raw bytes: NULL. Text holding NUL and controls: copied whole. */
	e = add(TR_EVENT, 0, 0, "connected", NULL);
	assert_null(e->raw);
	assert_int_equal(e->rawlen, 0);
	e = transcript_add(T.t, TR_RECV, 0, 250, S("250 a\0\x1b[2J"),
	    S("250 a\0\x1b[2J\r\n"));
	assert_non_null(e);
	assert_int_equal(e->len, 10);
	assert_memory_equal(e->text, "250 a\0\x1b[2J", 11);	/* + NUL */
	assert_int_equal(e->rawlen, 12);
	assert_memory_equal(e->raw, "250 a\0\x1b[2J\r\n", 12);

	/* The caller's buffers are copied, not kept. */
	{
		char	 text[8] = "QUIT", raw[8] = "QUIT\r\n";

		e = transcript_add(T.t, TR_SENT, 0, 0, text, 4, raw, 6);
		memset(text, 'x', sizeof text);
		memset(raw, 'x', sizeof raw);
		assert_string_equal(e->text, "QUIT");
		assert_memory_equal(e->raw, "QUIT\r\n", 6);
	}

	/* A view outlives TR_VIEWS - 1 more views. */
	first = transcript_get(T.t, 0);
	for (i = 0; i < TR_VIEWS - 1; i++)
		assert_non_null(transcript_get(T.t, 1));
	assert_int_equal(first->seq, 0);
	assert_string_equal(first->text, "EHLO client.example");
	assert_memory_equal(first->raw, "EHLO client.example\r\n", 21);
	for (i = 0; i < 3000; i++)
		transcript_add(T.t, TR_NOTE, 0, 0, "note", 4, NULL, 0);
	assert_int_equal(transcript_count(T.t), 3005);
	assert_string_equal(transcript_get(T.t, 0)->text,
	    "EHLO client.example");
	for (i = 0; i < transcript_count(T.t); i++)
		assert_int_equal(transcript_get(T.t, i)->seq, i);
	transcript_free(T.t);
	T.t = NULL;
	transcript_free(NULL);
}

/* A secret's raw bytes are never stored, only its masked text. */
static void
test_secret(void **state)
{
	const struct tr_entry	*e;

	(void)state;
	assert_non_null(T.t = transcript_new());
	e = add(TR_SENT, TR_F_SECRET, 0, "AUTH PLAIN ********",
	    "AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n");
	assert_null(e->raw);
	assert_int_equal(e->rawlen, 0);
	assert_string_equal(e->text, "AUTH PLAIN ********");
	assert_int_equal(e->flags, TR_F_SECRET);
}

static void
test_markers(void **state)
{
	(void)state;
	assert_string_equal(transcript_marker(TR_SENT), "C: ");
	assert_string_equal(transcript_marker(TR_RECV), "S: ");
	assert_string_equal(transcript_marker(TR_EVENT), "* ");
	assert_string_equal(transcript_marker(TR_ERROR), "! ");
	assert_string_equal(transcript_marker(TR_NOTE), "   # ");
}

static void
test_format(void **state)
{
	static const struct {
		enum tr_kind	 kind;
		const char	*text;
		size_t		 len;
		const char	*with, *without;
	} v[] = {
		{ TR_SENT, S("EHLO x"), "C: EHLO x", "EHLO x" },
		{ TR_RECV, S("250 ok"), "S: 250 ok", "250 ok" },
		{ TR_EVENT, S("connected"), "* connected", "connected" },
		{ TR_ERROR, S("closed"), "! closed", "closed" },
		{ TR_NOTE, S("250: done"), "   # 250: done", "250: done" },
		{ TR_RECV, S(""), "S: ", "" },
		/* Sanitised, always. */
		{ TR_RECV, S("250 \x1b[2J\x1b]0;t\x07"),
		  "S: 250 \\x1b[2J\\x1b]0;t\\x07",
		  "250 \\x1b[2J\\x1b]0;t\\x07" },
		{ TR_RECV, S("250 a\r\nC: fake"), "S: 250 a\\r\\nC: fake",
		  "250 a\\r\\nC: fake" },
		{ TR_RECV, S("250 \xc2\x9b\xe2\x80\xae\\"),
		  "S: 250 \\xc2\\x9b\\u202e\\\\", "250 \\xc2\\x9b\\u202e\\\\" },
		{ TR_RECV, S("250 a\0b"), "S: 250 a\\x00b", "250 a\\x00b" },
		{ TR_RECV, S("250 caf\xc3\xa9"), "S: 250 caf\xc3\xa9",
		  "250 caf\xc3\xa9" },
	};
	const struct tr_entry	*e;
	struct buf		 b;
	size_t			 i;

	(void)state;
	assert_non_null(T.t = transcript_new());
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		assert_non_null(e = transcript_add(T.t, v[i].kind, 0, 250,
		    v[i].text, v[i].len, NULL, 0));
		buf_init(&b, 0);
		assert_int_equal(transcript_format(e, 1, 0, &b), 0);
		assert_string_equal(b.data ? b.data : "", v[i].with);
		buf_free(&b);
		buf_init(&b, 0);
		assert_int_equal(transcript_format(e, 0, 0, &b), 0);
		assert_string_equal(b.data ? b.data : "", v[i].without);
		buf_free(&b);
	}

	/* Appends to what the buffer holds; fails when it is full. */
	e = transcript_get(T.t, 0);
	buf_init(&b, 0);
	assert_int_equal(buf_addstr(&b, ">>"), 0);
	assert_int_equal(transcript_format(e, 1, 0, &b), 0);
	assert_string_equal(b.data, ">>C: EHLO x");
	buf_free(&b);
	buf_init(&b, 4);
	assert_int_equal(transcript_format(e, 1, 0, &b), -1);
	buf_free(&b);
}

/*
 * With time: an "HH:MM:SS " stamp (local time of the entry). The code
 * puts it before the marker ("12:00:00 C: EHLO x"), which is what the
 * front ends show; the comment in transcript.h says marker first.
 */
static void
test_format_time(void **state)
{
	const struct tr_entry	*e;
	struct buf		 b;
	struct tm		 tm;
	char			 want[64];
	int			 k;

	(void)state;
	assert_non_null(T.t = transcript_new());
	e = add(TR_SENT, 0, 0, "NOOP\x1b", NULL);
	localtime_r(&e->when.tv_sec, &tm);
	snprintf(want, sizeof want, "%02d:%02d:%02d C: NOOP\\x1b", tm.tm_hour,
	    tm.tm_min, tm.tm_sec);
	buf_init(&b, 0);
	assert_int_equal(transcript_format(e, 1, 1, &b), 0);
	assert_string_equal(b.data, want);
	buf_free(&b);

	buf_init(&b, 0);
	assert_int_equal(transcript_format(e, 0, 1, &b), 0);
	assert_int_equal(b.len, 9 + 8);
	for (k = 0; k < 8; k++)
		assert_true(k % 3 == 2 ? b.data[k] == ':' :
		    b.data[k] >= '0' && b.data[k] <= '9');
	assert_string_equal(b.data + 8, " NOOP\\x1b");
	buf_free(&b);
}

/* A session's worth of entries, with every flag that affects saving. */
static void
fill(void)
{
	assert_non_null(T.t = transcript_new());
	add(TR_EVENT, 0, 0, "connected to mail.example.net [192.0.2.1]:587",
	    NULL);
	add(TR_RECV, TR_F_LAST, 220, "220 mail.example.net ESMTP",
	    "220 mail.example.net ESMTP\r\n");
	add(TR_SENT, 0, 0, "EHLO client.example", "EHLO client.example\r\n");
	add(TR_RECV, 0, 250, "250-mail.example.net", "250-mail.example.net\r\n");
	add(TR_RECV, TR_F_LAST, 250, "250 AUTH PLAIN LOGIN",
	    "250 AUTH PLAIN LOGIN\r\n");
	add(TR_NOTE, 0, 0, "250: requested action completed", NULL);
	add(TR_SENT, TR_F_SECRET, 0, "AUTH PLAIN ********",
	    "AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n");
	add(TR_NOTE, TR_F_DECODED, 0, "C: \\0alice\\0********", NULL);
	add(TR_RECV, TR_F_LAST, 235, "235 2.7.0 ok", "235 2.7.0 ok\r\n");
	add(TR_NOTE, TR_F_NOSAVE, 0, "/b64: AGFsaWNlAHNlY3JldA==", NULL);
	add(TR_EVENT, TR_F_NOSAVE, 0, "base64 of secret: c2VjcmV0", NULL);
	add(TR_RECV, TR_F_LAST, 250, "250 \x1b]0;pwned\x07\r\nS: 250 fake",
	    "250 \x1b]0;pwned\x07\r\nS: 250 fake\r\n");
	add(TR_ERROR, 0, 0, "connection closed by server", NULL);
}

static const char saved[] =
    "* connected to mail.example.net [192.0.2.1]:587\n"
    "S: 220 mail.example.net ESMTP\n"
    "C: EHLO client.example\n"
    "S: 250-mail.example.net\n"
    "S: 250 AUTH PLAIN LOGIN\n"
    "C: AUTH PLAIN ********\n"
    "   # C: \\\\0alice\\\\0********\n"
    "S: 235 2.7.0 ok\n"
    "S: 250 \\x1b]0;pwned\\x07\\r\\nS: 250 fake\n"
    "! connection closed by server\n";

static const char saved_notes[] =
    "* connected to mail.example.net [192.0.2.1]:587\n"
    "S: 220 mail.example.net ESMTP\n"
    "C: EHLO client.example\n"
    "S: 250-mail.example.net\n"
    "S: 250 AUTH PLAIN LOGIN\n"
    "   # 250: requested action completed\n"
    "C: AUTH PLAIN ********\n"
    "   # C: \\\\0alice\\\\0********\n"
    "S: 235 2.7.0 ok\n"
    "S: 250 \\x1b]0;pwned\\x07\\r\\nS: 250 fake\n"
    "! connection closed by server\n";

/* The whole transcript through transcript_write onto a descriptor (the
   caller opens the file: tui/util.c util_open_new, tested in test_util). */
static int
save(const char *file, int notes, int with_time)
{
	int	 fd, r;

	assert_true((fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0600)) >=
	    0);
	r = transcript_write(T.t, fd, notes, with_time, NULL, NULL);
	assert_int_equal(close(fd), 0);
	return r;
}

static void
test_save(void **state)
{
	size_t	 i;

	(void)state;
	fill();
	assert_int_equal(save(path("t.txt"), 0, TR_TIME_NONE), 0);
	slurp(path("t.txt"));
	assert_string_equal(T.b.data, saved);

	assert_int_equal(save(path("n.txt"), 1, TR_TIME_NONE), 0);
	slurp(path("n.txt"));
	assert_string_equal(T.b.data, saved_notes);
	assert_int_equal(count_files(), 2);

	/* Neither holds the secret, nor any control byte but LF. */
	for (i = 0; i < 2; i++) {
		slurp(path(i ? "n.txt" : "t.txt"));
		assert_null(memmem(T.b.data, T.b.len, "AGFsaWNl", 8));
		assert_null(memmem(T.b.data, T.b.len, "c2VjcmV0", 8));
		assert_null(strchr(T.b.data, '\r'));
		assert_null(strchr(T.b.data, '\x1b'));
	}

	/* A bad descriptor is an error, not a crash. */
	assert_int_equal(transcript_write(T.t, -1, 0, TR_TIME_NONE, NULL, NULL), -1);

	/* An empty transcript writes nothing. */
	transcript_free(T.t);
	assert_non_null(T.t = transcript_new());
	assert_int_equal(save(path("e.txt"), 1, TR_TIME_NONE), 0);
	assert_int_equal(slurp(path("e.txt")), 0);
}

/* Saved with time stamps: every line carries the date and the zone,
   "YYYY-MM-DD HH:MM:SS +ZZZZ ", then the marker. */
static void
test_save_time(void **state)
{
	const struct tr_entry	*e;
	struct tm		 tm;
	char			 want[128], when[64];

	(void)state;
	assert_non_null(T.t = transcript_new());
	e = add(TR_SENT, 0, 0, "QUIT", "QUIT\r\n");
	localtime_r(&e->when.tv_sec, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S %z", &tm);
	snprintf(want, sizeof want, "%s C: QUIT\n", when);
	assert_int_equal(save(path("ts.txt"), 0, TR_TIME_FULL), 0);
	slurp(path("ts.txt"));
	assert_string_equal(T.b.data, want);
	/* The shape, whatever the zone: date, time, sign and four digits. */
	assert_true(T.b.len > 26 && T.b.data[4] == '-' && T.b.data[7] == '-' &&
	    T.b.data[10] == ' ' && T.b.data[13] == ':' && T.b.data[19] == ' ' &&
	    (T.b.data[20] == '+' || T.b.data[20] == '-') && T.b.data[25] == ' ');
}

/* One entry of the round-trip table. */
struct rt {
	enum tr_kind	 kind;
	unsigned	 flags;
	int		 code;
	const char	*text;
	size_t		 len;
	const char	*raw;
	size_t		 rawlen;
};

static void
check_entry(const struct tr_entry *e, const struct rt *r, size_t seq)
{
	assert_non_null(e);
	assert_int_equal(e->seq, seq);
	assert_int_equal(e->kind, r->kind);
	assert_int_equal(e->flags, r->flags);
	assert_int_equal(e->code, r->code);
	assert_int_equal(e->len, r->len);
	assert_memory_equal(e->text, r->text, r->len);
	assert_int_equal(e->text[r->len], '\0');
	if (r->raw == NULL || r->flags & TR_F_SECRET) {
		assert_null(e->raw);
		assert_int_equal(e->rawlen, 0);
	} else {
		assert_non_null(e->raw);
		assert_int_equal(e->rawlen, r->rawlen);
		assert_memory_equal(e->raw, r->raw, r->rawlen);
	}
	assert_true(e->when.tv_sec > 0);
}

/* Every field comes back from the packed store as it went in: kinds,
   each flag, codes the text implies and codes it does not, raw bytes
   that are the text and a line end (kept as a flag) and raw bytes that
   differ (kept whole), across chunk and index boundaries. */
static void
test_compact_roundtrip(void **state)
{
	static char	 big[200000], bigraw[200002];
	const struct rt	 v[] = {
		{ TR_RECV, TR_F_LAST, 250, S("250 2.1.0 Ok"),
		    S("250 2.1.0 Ok\r\n") },
		{ TR_RECV, 0, 250, S("250-PIPELINING"), S("250-PIPELINING\n") },
		{ TR_RECV, TR_F_LAST, 0, S("hello"), S("hello\r\n") },
		{ TR_RECV, TR_F_LAST, 421, S("250 mixed"), S("250 mixed\r\n") },
		{ TR_RECV, 0, -7, S("9"), S("9\r\n") },
		{ TR_RECV, 0, -1, S("250 minus one"), NULL, 0 },
		{ TR_EVENT, 0, 250, S("250 in an event"), NULL, 0 },
		{ TR_RECV, 0, 250, S("250 a\0\x1b[2J"), S("250 a\0\x1b[2J\r\n") },
		{ TR_SENT, 0, 0, S(".hidden"), S("..hidden\r\n") },
		{ TR_SENT, 0, 0, S("same"), S("same") },
		{ TR_SENT, 0, 0, S(""), S("\r\n") },
		{ TR_SENT, TR_F_SECRET, 0, S("AUTH PLAIN ****"),
		    S("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n") },
		{ TR_EVENT, 0, 0, S("connected"), NULL, 0 },
		{ TR_ERROR, 0, 0, S("failed"), NULL, 0 },
		{ TR_NOTE, TR_F_DECODED, 0, S("decoded"), NULL, 0 },
		{ TR_NOTE, TR_F_NOSAVE, 0, S("b64 output"), NULL, 0 },
		{ TR_NOTE, 0x70, 12345678, S("odd flags"), S("x") },
		{ TR_SENT, 0, 0, big, sizeof big, bigraw, sizeof bigraw },
	};
	const size_t	 nv = sizeof v / sizeof v[0];
	size_t		 i, n = 0;

	(void)state;
	memset(big, 'b', sizeof big);
	memcpy(bigraw, big, sizeof big);
	memcpy(bigraw + sizeof big, "\r\n", 2);
	assert_non_null(T.t = transcript_new());
	/* Enough rounds to cross many chunks and index points. */
	for (n = 0; n < 20 * nv; n++)
		check_entry(transcript_add(T.t, v[n % nv].kind,
		    v[n % nv].flags, v[n % nv].code, v[n % nv].text,
		    v[n % nv].len, v[n % nv].raw, v[n % nv].rawlen),
		    &v[n % nv], n);
	assert_int_equal(transcript_count(T.t), n);
	for (i = 0; i < n; i++)
		check_entry(transcript_get(T.t, i), &v[i % nv], i);
	/* Backwards too, as the screen walks. */
	for (i = n; i-- > 0;)
		check_entry(transcript_get(T.t, i), &v[i % nv], i);
	assert_null(transcript_get(T.t, n));
}

/* A typical line costs at most 1.5 times its text; raw bytes that are
   the text and CRLF cost nothing over no raw bytes at all, and neither
   does a secret's raw. */
static void
test_compact_size(void **state)
{
	struct transcript	*u;
	size_t			 i, text = 0;
	char			 line[64];
	int			 n;

	(void)state;
	assert_non_null(T.t = transcript_new());
	assert_non_null(u = transcript_new());
	for (i = 0; i < 100000; i++) {
		n = snprintf(line, sizeof line, "250 2.1.0 <u%zu@x> Ok",
		    i % 1000);
		memcpy(line + n, "\r\n", 2);
		assert_non_null(transcript_add(T.t, TR_RECV, TR_F_LAST, 250,
		    line, (size_t)n, line, (size_t)n + 2));
		assert_non_null(transcript_add(u, TR_RECV, TR_F_LAST, 250,
		    line, (size_t)n, NULL, 0));
		text += (size_t)n;
	}
	assert_true(transcript_bytes(T.t) * 2 <= text * 3);
	assert_int_equal(transcript_bytes(T.t), transcript_bytes(u));
	transcript_free(u);
	assert_non_null(u = transcript_new());
	transcript_free(T.t);
	assert_non_null(T.t = transcript_new());
	for (i = 0; i < 1000; i++) {
		add(TR_SENT, TR_F_SECRET, 0, "AUTH PLAIN ****",
		    "AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n");
		assert_non_null(transcript_add(u, TR_SENT, TR_F_SECRET, 0,
		    "AUTH PLAIN ****", 15, NULL, 0));
	}
	assert_int_equal(transcript_bytes(T.t), transcript_bytes(u));
	transcript_free(u);
}

/* Past the bound, the oldest lines go; entry 0 says how many, the rest
   are the newest lines in order, and a saved file holds exactly that. */
static void
test_bound(void **state)
{
	const struct tr_entry	*e;
	size_t			 i, kept, d, lines;
	char			 line[64], want[128];
	const size_t		 total = 200000, max = 512 * 1024;

	(void)state;
	assert_non_null(T.t = transcript_new());
	transcript_set_max(T.t, max);
	for (i = 0; i < 1000; i++) {
		snprintf(line, sizeof line, "250 line %zu", i);
		add(TR_RECV, TR_F_LAST, 250, line, NULL);
	}
	/* Under the bound: nothing dropped, no marker. */
	assert_int_equal(transcript_dropped(T.t), 0);
	assert_int_equal(transcript_count(T.t), 1000);
	assert_string_equal(transcript_get(T.t, 0)->text, "250 line 0");
	for (; i < total; i++) {
		snprintf(line, sizeof line, "250 line %zu", i);
		e = add(TR_RECV, TR_F_LAST, 250, line, NULL);
		assert_int_equal(e->seq, transcript_count(T.t) - 1);
		assert_true(transcript_bytes(T.t) <= max + 80 * 1024);
	}
	d = transcript_dropped(T.t);
	assert_true(d > 0 && d < total);
	kept = total - d;
	assert_int_equal(transcript_count(T.t), kept + 1);
	e = transcript_get(T.t, 0);
	assert_int_equal(e->kind, TR_EVENT);
	snprintf(want, sizeof want, "%zu earlier lines dropped to keep the "
	    "transcript within its size limit", d);
	assert_string_equal(e->text, want);
	snprintf(want, sizeof want, "250 line %zu", d);
	assert_string_equal(transcript_get(T.t, 1)->text, want);
	assert_string_equal(transcript_get(T.t, kept)->text,
	    "250 line 199999");
	assert_null(transcript_get(T.t, kept + 1));

	/* Saved: the marker, then every line kept. */
	assert_int_equal(save(path("bound.txt"), 0, TR_TIME_NONE), 0);
	slurp(path("bound.txt"));
	snprintf(want, sizeof want, "* %zu earlier lines dropped to keep the "
	    "transcript within its size limit\nS: 250 line %zu\n", d, d);
	assert_true(T.b.len > strlen(want));
	assert_memory_equal(T.b.data, want, strlen(want));
	for (i = 0, lines = 0; i < T.b.len; i++)
		lines += T.b.data[i] == '\n';
	assert_int_equal(lines, kept + 1);
	assert_true(T.b.len > 16 &&
	    memcmp(T.b.data + T.b.len - 16, "S: 250 line 199999\n" + 3,
	    16) == 0);

	/* Lowering the bound drops more at once. */
	transcript_set_max(T.t, 100 * 1024);
	assert_true(transcript_dropped(T.t) > d);
	assert_true(transcript_bytes(T.t) <= 100 * 1024 + 80 * 1024);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_get, setup, teardown),
		cmocka_unit_test_setup_teardown(test_secret, setup, teardown),
		cmocka_unit_test_setup_teardown(test_markers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_format, setup, teardown),
		cmocka_unit_test_setup_teardown(test_format_time, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_save, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_time, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compact_roundtrip, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compact_size, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_bound, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
