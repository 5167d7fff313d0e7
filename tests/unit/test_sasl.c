/*
 * core/sasl.c against the published vectors (RFC 4616 PLAIN, RFC 2195
 * CRAM-MD5, RFC 5802 SCRAM-SHA-1, RFC 7677 SCRAM-SHA-256, Google's
 * XOAUTH2 example) and against a hostile server: bad nonces, salts and
 * iteration counts, forged signatures, extra rounds, early 235s and
 * oversized challenges. Every description the module writes is checked
 * to be printable and never to hold the secret.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "b64.h"
#include "buf.h"
#include "sasl.h"

/* One exchange as the session drives it: out, show and err per step. */
struct ex {
	struct sasl	*s;
	const char	*secret;
	struct buf	 out;
	struct buf	 show;
	char		 err[256];
};

static void
ex_start(struct ex *x, const char *mech, const char *user,
    const char *secret, const char *authzid, const char *nonce)
{
	memset(x, 0, sizeof *x);
	x->secret = secret;
	x->s = sasl_new(mech, user, secret, authzid, x->err, sizeof x->err);
	assert_non_null(x->s);
	if (nonce != NULL)
		sasl_set_nonce(x->s, nonce);
	buf_init(&x->out, 0);
	buf_init(&x->show, 0);
}

static void
ex_end(struct ex *x)
{
	sasl_free(x->s);
	buf_free(&x->out);
	buf_free(&x->show);
}

/* show must be printable ASCII and must not hold the secret. */
static void
check_show(const struct ex *x)
{
	size_t	 i;

	for (i = 0; i < x->show.len; i++) {
		unsigned char c = x->show.data[i];
		if (c < 0x20 || c > 0x7e)
			fail_msg("show byte %zu is 0x%02x: %s", i, c,
			    x->show.data);
	}
	if (x->show.len > 0 && x->secret != NULL)
		assert_null(strstr(x->show.data, x->secret));
	assert_null(memchr(x->err, '\033', strlen(x->err)));
}

/* Run one step on a challenge of len bytes; out and show start empty. */
static enum sasl_status
ex_stepn(struct ex *x, const char *chal, size_t len)
{
	enum sasl_status st;

	buf_reset(&x->out);
	buf_reset(&x->show);
	x->err[0] = '\0';
	st = sasl_step(x->s, (const unsigned char *)chal, len, &x->out,
	    &x->show, x->err, sizeof x->err);
	check_show(x);
	if (st == SASL_FAIL) {
		assert_int_equal(x->out.len, 0);
		assert_int_equal(x->show.len, 0);
		assert_true(strlen(x->err) > 0);
	}
	return st;
}

static enum sasl_status
ex_step(struct ex *x, const char *chal)
{
	return ex_stepn(x, chal, chal != NULL ? strlen(chal) : 0);
}

static void
assert_out(const struct ex *x, const char *want, size_t len)
{
	assert_int_equal(x->out.len, len);
	assert_memory_equal(x->out.data, want, len);
}

static void
assert_err_has(const struct ex *x, const char *part)
{
	if (strstr(x->err, part) == NULL)
		fail_msg("err \"%s\" lacks \"%s\"", x->err, part);
}

static void
assert_show_has(const struct ex *x, const char *part)
{
	if (x->show.data == NULL || strstr(x->show.data, part) == NULL)
		fail_msg("show \"%s\" lacks \"%s\"",
		    x->show.data ? x->show.data : "", part);
}

static void
test_supported(void **state)
{
	static const struct {
		const char	*name;
		int		 yes;
	} t[] = {
		{ "PLAIN", 1 }, { "plain", 1 }, { "Login", 1 },
		{ "CRAM-MD5", 1 }, { "xoauth2", 1 }, { "SCRAM-SHA-1", 1 },
		{ "scram-sha-256", 1 }, { "SCRAM-SHA-1-PLUS", 0 },
		{ "SCRAM-SHA-512", 0 }, { "GSSAPI", 0 }, { "PLAINX", 0 },
		{ "PLAI", 0 }, { "", 0 },
	};
	size_t	 i, n;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		assert_int_equal(sasl_supported(t[i].name), t[i].yes);
	assert_int_equal(sasl_supported(NULL), 0);
	for (n = 0; sasl_mechs[n] != NULL; n++)
		assert_true(sasl_supported(sasl_mechs[n]));
	assert_int_equal(n, 6);
}

/* The one masking rule: the third word of a typed AUTH, however spaced. */
static void
test_mask_from(void **state)
{
	static const struct {
		const char	*line;
		size_t		 from;
	} t[] = {
		{ "AUTH PLAIN AGFsaWNlAHNlY3JldA==", 11 },
		{ "  auth\tplain \t x", 15 },
		{ "AUTH LOGIN", 10 },
		{ "AUTH LOGIN   ", 13 },
		{ "AUTH", 4 },
		{ "AUTHX PLAIN abc", (size_t)-1 },
		{ "MAIL FROM:<a@example.com>", (size_t)-1 },
		{ "", (size_t)-1 },
		{ "   ", (size_t)-1 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		assert_int_equal(sasl_mask_from(t[i].line, strlen(t[i].line)),
		    t[i].from);
}

static void
test_new(void **state)
{
	static const struct {
		const char	*mech;
		int		 initial;
	} t[] = {
		{ "plain", 1 }, { "login", 0 }, { "cram-md5", 0 },
		{ "xoauth2", 1 }, { "scram-sha-1", 1 }, { "scram-sha-256", 1 },
	};
	struct sasl	*s;
	char		 err[128], up[32];
	size_t		 i, j;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		s = sasl_new(t[i].mech, "u", "p", NULL, err, sizeof err);
		assert_non_null(s);
		for (j = 0; t[i].mech[j] != '\0'; j++)
			up[j] = (char)(t[i].mech[j] >= 'a' &&
			    t[i].mech[j] <= 'z' ? t[i].mech[j] - 32 :
			    t[i].mech[j]);
		up[j] = '\0';
		assert_string_equal(sasl_name(s), up);
		assert_int_equal(sasl_has_initial(s), t[i].initial);
		sasl_free(s);
	}
	sasl_free(NULL);
}

static void
test_new_errors(void **state)
{
	static const struct {
		const char	*mech, *user, *secret, *part;
	} t[] = {
		{ "GSSAPI", "u", "p", "\"GSSAPI\"" },
		{ "X\033[2J", "u", "p", "\"X\\x1b[2J\"" },
		{ NULL, "u", "p", "no SASL mechanism" },
		{ "", "u", "p", "no SASL mechanism" },
		{ "PLAIN", NULL, "p", "user name" },
		{ "PLAIN", "", "p", "user name" },
		{ "LOGIN", "u", NULL, "password" },
		{ "SCRAM-SHA-1", "u", "", "password" },
		{ "XOAUTH2", "u", "", "OAuth token" },
		{ "XOAUTH2", "u\001auth=x", "t", "0x01" },
		{ "XOAUTH2", "u", "t\001", "0x01" },
	};
	char	 err[128];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		err[0] = '\0';
		assert_null(sasl_new(t[i].mech, t[i].user, t[i].secret, NULL,
		    err, sizeof err));
		if (strstr(err, t[i].part) == NULL)
			fail_msg("case %zu: err \"%s\" lacks \"%s\"", i, err,
			    t[i].part);
		assert_null(strchr(err, '\033'));
	}
	/* A NULL err is allowed. */
	assert_null(sasl_new("NOPE", "u", "p", NULL, NULL, 0));
}

/* RFC 4616 section 4 examples, plus the authzid forms. */
static void
test_plain_rfc4616(void **state)
{
	static const struct {
		const char	*authzid, *user, *secret;
		const char	*msg;
		size_t		 len;
		const char	*show;
	} t[] = {
		{ NULL, "tim", "tanstaaftanstaaf",
		  "\0tim\0tanstaaftanstaaf", 21,
		  "authzid=\"\" user=\"tim\" password=********" },
		{ "Ursel", "Kurt", "xipj3plmq",
		  "Ursel\0Kurt\0xipj3plmq", 20,
		  "authzid=\"Ursel\" user=\"Kurt\" password=********" },
		{ "", "student", "secret",
		  "\0student\0secret", 15,
		  "authzid=\"\" user=\"student\" password=********" },
		{ NULL, "a\"b", "pw",
		  "\0a\"b\0pw", 7,
		  "authzid=\"\" user=\"a\\\"b\" password=********" },
	};
	struct ex	 x;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ex_start(&x, "PLAIN", t[i].user, t[i].secret, t[i].authzid,
		    NULL);
		assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
		assert_out(&x, t[i].msg, t[i].len);
		assert_string_equal(x.show.data, t[i].show);
		assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), 0);
		ex_end(&x);
	}

	/* The base64 the session would put on the AUTH line. */
	ex_start(&x, "PLAIN", "tim", "tanstaaftanstaaf", NULL, NULL);
	assert_int_equal(ex_step(&x, ""), SASL_CONTINUE);
	{
		struct buf b;
		buf_init(&b, 0);
		assert_int_equal(b64_encode(x.out.data, x.out.len, &b), 0);
		assert_string_equal(b.data, "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
		buf_free(&b);
	}
	/* PLAIN has one round. */
	assert_int_equal(ex_step(&x, ""), SASL_FAIL);
	assert_string_equal(x.err,
	    "the server asked for more rounds than PLAIN has");
	ex_end(&x);
}

static void
test_login(void **state)
{
	struct ex	 x;

	(void)state;
	ex_start(&x, "LOGIN", "student", "secret", NULL, NULL);
	assert_int_equal(ex_step(&x, "Username:"), SASL_CONTINUE);
	assert_out(&x, "student", 7);
	assert_string_equal(x.show.data,
	    "user \"student\"");
	assert_int_equal(ex_step(&x, "Password:"), SASL_CONTINUE);
	assert_out(&x, "secret", 6);
	assert_string_equal(x.show.data,
	    "password ********");
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), 0);
	assert_int_equal(ex_step(&x, "Password:"), SASL_FAIL);
	assert_string_equal(x.err,
	    "the server asked for more rounds than LOGIN has");
	ex_end(&x);

	/* Prompts in the wrong order: the answer still goes by step. */
	ex_start(&x, "LOGIN", "student", "secret", NULL, NULL);
	assert_int_equal(ex_step(&x, "Password:"), SASL_CONTINUE);
	assert_out(&x, "student", 7);
	assert_show_has(&x, "answered by step order");
	assert_int_equal(ex_step(&x, "Username:"), SASL_CONTINUE);
	assert_out(&x, "secret", 6);
	assert_show_has(&x, "password ********");
	assert_show_has(&x, "answered by step order");
	ex_end(&x);

	/* Old Microsoft prompt, and a prompt with terminal escapes. */
	ex_start(&x, "LOGIN", "student", "secret", NULL, NULL);
	assert_int_equal(ex_step(&x, "User Name"), SASL_CONTINUE);
	assert_null(strstr(x.show.data, "step order"));
	assert_int_equal(ex_step(&x, "\033[2JPass\\word\n"), SASL_CONTINUE);
	assert_string_equal(x.show.data, "password ********");
	ex_end(&x);

	/* A prompt quoted (it names neither) keeps its escapes escaped. */
	ex_start(&x, "LOGIN", "student", "secret", NULL, NULL);
	assert_int_equal(ex_step(&x, "Name"), SASL_CONTINUE);
	assert_int_equal(ex_step(&x, "\033[2JKey\\word\n"), SASL_CONTINUE);
	assert_show_has(&x, "answered by step order");
	assert_show_has(&x, "\\x1b[2JKey\\\\word\\x0a");
	ex_end(&x);
}

static void
test_login_early_235(void **state)
{
	struct ex	 x;

	(void)state;
	ex_start(&x, "LOGIN", "student", "secret", NULL, NULL);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
	assert_err_has(&x, "before any credential");
	assert_int_equal(ex_step(&x, "Username:"), SASL_CONTINUE);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
	assert_err_has(&x, "before the password was sent");
	ex_end(&x);
}

/* RFC 2195 section 2 example. */
static void
test_cram_md5_rfc2195(void **state)
{
	static const char	 chal[] =
	    "<1896.697170952@postoffice.reston.mci.net>";
	static const char	 resp[] =
	    "tim b913a602c7eda7a495b4e6e7334d3890";
	struct ex		 x;
	struct buf		 b;

	(void)state;
	ex_start(&x, "CRAM-MD5", "tim", "tanstaaftanstaaf", NULL, NULL);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
	assert_int_equal(ex_step(&x, chal), SASL_CONTINUE);
	assert_out(&x, resp, strlen(resp));
	assert_string_equal(x.show.data,
	    "user \"tim\" digest ********");
	/* The base64 form printed in the RFC. */
	buf_init(&b, 0);
	assert_int_equal(b64_encode(x.out.data, x.out.len, &b), 0);
	assert_string_equal(b.data,
	    "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw");
	buf_free(&b);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), 0);
	assert_int_equal(ex_step(&x, chal), SASL_FAIL);
	assert_err_has(&x, "more rounds than CRAM-MD5");
	ex_end(&x);

	ex_start(&x, "CRAM-MD5", "tim", "tanstaaftanstaaf", NULL, NULL);
	assert_int_equal(ex_step(&x, ""), SASL_FAIL);
	assert_err_has(&x, "empty");
	ex_end(&x);
}

/* Google's XOAUTH2 protocol page example. */
static void
test_xoauth2(void **state)
{
	static const char	 tok[] =
	    "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg";
	static const char	 msg[] =
	    "user=someuser@example.com\001auth=Bearer "
	    "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\001\001";
	static const char	 err[] =
	    "{\"status\":\"401\",\"schemes\":\"bearer mac\","
	    "\"scope\":\"https://mail.google.com/\"}";
	struct ex		 x;
	struct buf		 b;

	(void)state;
	ex_start(&x, "XOAUTH2", "someuser@example.com", tok, NULL, NULL);
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_out(&x, msg, sizeof msg - 1);
	assert_string_equal(x.show.data,
	    "user=someuser@example.com auth=Bearer ********");
	buf_init(&b, 0);
	assert_int_equal(b64_encode(x.out.data, x.out.len, &b), 0);
	assert_string_equal(b.data, "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRo"
	    "PUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRX"
	    "VZMjl0Q2cBAQ==");
	buf_free(&b);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), 0);
	/* The error challenge gets an empty answer. */
	assert_int_equal(ex_step(&x, err), SASL_CONTINUE);
	assert_int_equal(x.out.len, 0);
	assert_show_has(&x, "empty response to the server's error");
	/* The error is shown once, as the decoded challenge (session.c),
	   not quoted again here (then escaped again on display). */
	assert_null(strstr(x.show.data, "status"));
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
	assert_err_has(&x, "after reporting an XOAUTH2 error");
	assert_int_equal(ex_step(&x, err), SASL_FAIL);
	assert_err_has(&x, "more rounds than XOAUTH2");
	ex_end(&x);

	ex_start(&x, "XOAUTH2", "u", "t", NULL, NULL);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
	ex_end(&x);
}

/* RFC 5802 section 5 and RFC 7677 section 3, user "user", "pencil". */
static const struct scram_vec {
	const char	*mech, *nonce, *cfirst, *sfirst, *cfinal, *sfinal;
} scram_vecs[] = {
	{ "SCRAM-SHA-1", "fyko+d2lbbFgONRv9qkxdawL",
	  "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
	  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
	  "i=4096",
	  "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
	  "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
	  "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=" },
	{ "SCRAM-SHA-256", "rOprNGfwEbeRWgbNEkqO",
	  "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
	  "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
	  "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
	  "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
	  "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
	  "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=" },
};

static void
test_scram_vectors(void **state)
{
	const struct scram_vec	*v;
	struct ex		 x;
	char			 want[256];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof scram_vecs / sizeof scram_vecs[0]; i++) {
		v = &scram_vecs[i];
		ex_start(&x, v->mech, "user", "pencil", NULL, v->nonce);
		assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
		assert_out(&x, v->cfirst, strlen(v->cfirst));
		assert_string_equal(x.show.data, v->cfirst);
		assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);

		assert_int_equal(ex_step(&x, v->sfirst), SASL_CONTINUE);
		assert_out(&x, v->cfinal, strlen(v->cfinal));
		/* The proof is masked; the rest is shown as sent. */
		snprintf(want, sizeof want, "%.*s" SASL_MASK,
		    (int)(strstr(v->cfinal, ",p=") + 3 - v->cfinal), v->cfinal);
		assert_string_equal(x.show.data, want);
		assert_null(strstr(x.show.data, strstr(v->cfinal, ",p=") + 3));
		assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
		assert_err_has(&x, "never checked");

		assert_int_equal(ex_step(&x, v->sfinal), SASL_CONTINUE);
		assert_int_equal(x.out.len, 0);
		assert_show_has(&x, "verified");
		assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), 0);

		assert_int_equal(ex_step(&x, v->sfinal), SASL_FAIL);
		snprintf(want, sizeof want,
		    "the server asked for more rounds than %s has", v->mech);
		assert_string_equal(x.err, want);
		assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
		ex_end(&x);
	}
}

/* A server-first (and, when given, server-final) that must fail. */
static void
test_scram_hostile(void **state)
{
	static const struct {
		const char	*what;
		const char	*sfirst;
		const char	*sfinal;	/* NULL: sfirst must fail */
		const char	*err;
	} t[] = {
		{ "signature not base64",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "v=rmF9pqV8S7suAoZWja4dJRkFsKQ",
		  "server signature is not valid base64" },
		{ "wrong signature",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "v=smF9pqV8S7suAoZWja4dJRkFsKQ=",
		  "server signature does not match: the server does not "
		  "know the password" },
		{ "short signature",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "v=rmF9pqV8",
		  "server signature does not match" },
		{ "empty signature",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "v=",
		  "server signature does not match" },
		{ "signature for another salt",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf93,i=4096",
		  "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
		  "server signature does not match" },
		{ "server error",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "e=invalid-proof",
		  "server error: invalid-proof" },
		{ "server error with escapes",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "e=\033[31mno",
		  "server error: \\x1b[31mno" },
		{ "neither v= nor e=",
		  "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096",
		  "x=1", "neither v= nor e=" },
		{ "nonce not ours",
		  "r=XXXX+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
		  "s=QSXCR+Q6sek8bf92,i=4096", NULL,
		  "server nonce does not extend ours" },
		{ "nonce only ours",
		  "r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096", NULL,
		  "server nonce does not extend ours" },
		{ "nonce shorter than ours",
		  "r=fyko,s=QSXCR+Q6sek8bf92,i=4096", NULL,
		  "server nonce does not extend ours" },
		{ "nonce with a space",
		  "r=fyko+d2lbbFgONRv9qkxdawL3 x,s=QSXCR+Q6sek8bf92,i=4096",
		  NULL, "does not allow" },
		{ "iteration 0",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,i=0", NULL,
		  "iteration count \"0\" is not a positive integer" },
		{ "iteration negative",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,i=-4096",
		  NULL, "not a positive integer" },
		{ "iteration garbage",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,i=4096x",
		  NULL, "not a positive integer" },
		{ "iteration empty",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,i=", NULL,
		  "not a positive integer" },
		{ "iteration leading zero",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,i=04096",
		  NULL, "not a positive integer" },
		{ "iteration too large",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,i=1000001",
		  NULL, "iteration count 1000001 is more than the 1000000" },
		{ "iteration overflow",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,"
		  "i=99999999999999999999999999", NULL, "is more than" },
		{ "salt bad length",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf9,i=4096",
		  NULL, "salt is not valid base64" },
		{ "salt bad character",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf9!,i=4096",
		  NULL, "salt is not valid base64" },
		{ "salt padding inside",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QS==R+Q6sek8bf92,i=4096",
		  NULL, "salt is not valid base64" },
		{ "salt empty",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=,i=4096",
		  NULL, "salt is not valid base64" },
		{ "attributes out of order",
		  "s=QSXCR+Q6sek8bf92,r=fyko+d2lbbFgONRv9qkxdawL3r,i=4096",
		  NULL, "not r=...,s=...,i=..." },
		{ "no iteration count",
		  "r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92",
		  NULL, "not r=...,s=...,i=..." },
		{ "empty server-first", "", NULL, "not r=...,s=...,i=..." },
		{ "mandatory extension",
		  "m=foo,r=fyko+d2lbbFgONRv9qkxdawL3r,s=QSXCR+Q6sek8bf92,"
		  "i=4096", NULL, "extension (m=)" },
	};
	struct ex	 x;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ex_start(&x, "SCRAM-SHA-1", "user", "pencil", NULL,
		    "fyko+d2lbbFgONRv9qkxdawL");
		assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
		if (t[i].sfinal == NULL) {
			if (ex_step(&x, t[i].sfirst) != SASL_FAIL)
				fail_msg("%s: server-first accepted",
				    t[i].what);
		} else {
			assert_int_equal(ex_step(&x, t[i].sfirst),
			    SASL_CONTINUE);
			if (ex_step(&x, t[i].sfinal) != SASL_FAIL)
				fail_msg("%s: server-final accepted",
				    t[i].what);
		}
		if (strstr(x.err, t[i].err) == NULL)
			fail_msg("%s: err \"%s\" lacks \"%s\"", t[i].what,
			    x.err, t[i].err);
		/* Failed for good: no further step, and 235 is refused. */
		assert_int_equal(ex_step(&x, "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="),
		    SASL_FAIL);
		assert_err_has(&x, "already failed");
		assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), -1);
		ex_end(&x);
	}
}

/* A NUL inside a server message is refused, not cut short. */
static void
test_scram_nul(void **state)
{
	static const char	 sfirst[] =
	    "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
	    "s=QSXCR+Q6sek8bf92,i=4096";
	static const char	 sfinal[] = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=\0x";
	struct ex		 x;

	(void)state;
	ex_start(&x, "SCRAM-SHA-1", "user", "pencil", NULL,
	    "fyko+d2lbbFgONRv9qkxdawL");
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_int_equal(ex_stepn(&x, sfirst, sizeof sfirst), SASL_FAIL);
	assert_err_has(&x, "NUL");
	ex_end(&x);

	ex_start(&x, "SCRAM-SHA-1", "user", "pencil", NULL,
	    "fyko+d2lbbFgONRv9qkxdawL");
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_int_equal(ex_step(&x, sfirst), SASL_CONTINUE);
	assert_int_equal(ex_stepn(&x, sfinal, sizeof sfinal - 1), SASL_FAIL);
	assert_err_has(&x, "NUL");
	ex_end(&x);
}

/* Extensions after i= and after v= are ignored, as RFC 5802 allows. */
static void
test_scram_extensions(void **state)
{
	const struct scram_vec	*v = &scram_vecs[0];
	struct ex		 x;
	char			 sfinal[128];

	(void)state;
	ex_start(&x, v->mech, "user", "pencil", NULL, v->nonce);
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	/* The AuthMessage holds the message as received, ext and all. */
	assert_int_equal(ex_step(&x, "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWV"
	    "s7j,s=QSXCR+Q6sek8bf92,i=4096,x=ext"), SASL_CONTINUE);
	assert_true(x.out.len > 0);
	ex_end(&x);

	ex_start(&x, v->mech, "user", "pencil", NULL, v->nonce);
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_int_equal(ex_step(&x, v->sfirst), SASL_CONTINUE);
	snprintf(sfinal, sizeof sfinal, "%s,x=ext", v->sfinal);
	assert_int_equal(ex_step(&x, sfinal), SASL_CONTINUE);
	assert_int_equal(sasl_finish(x.s, x.err, sizeof x.err), 0);
	ex_end(&x);
}

/* Fewer than 4096 iterations is refused (RFC 7677) before any proof is
   made; 4096 itself is fine. */
static void
test_scram_low_iterations(void **state)
{
	static const char *const low[] = { "i=1", "i=4095" };
	char		 sfirst[128];
	struct ex	 x;
	size_t		 i;

	(void)state;
	for (i = 0; i < 2; i++) {
		ex_start(&x, "SCRAM-SHA-256", "user", "pencil", NULL,
		    "rOprNGfwEbeRWgbNEkqO");
		assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
		snprintf(sfirst, sizeof sfirst, "r=rOprNGfwEbeRWgbNEkqOabc,"
		    "s=W22ZaJ0SNY7soEsUEjb6gQ==,%s", low[i]);
		assert_int_equal(ex_step(&x, sfirst), SASL_FAIL);
		assert_non_null(strstr(x.err, "below the 4096"));
		ex_end(&x);
	}

	ex_start(&x, "SCRAM-SHA-1", "user", "pencil", NULL, "abc");
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_int_equal(ex_step(&x, "r=abcd,s=QSXCR+Q6sek8bf92,i=4096"),
	    SASL_CONTINUE);
	ex_end(&x);
}

/* RFC 5802 saslname escaping and the a= authzid in the GS2 header. */
static void
test_scram_names(void **state)
{
	struct ex	 x;

	(void)state;
	ex_start(&x, "SCRAM-SHA-1", "a,b=c", "pencil", NULL, "N0nce");
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_string_equal(x.out.data, "n,,n=a=2Cb=3Dc,r=N0nce");
	ex_end(&x);

	ex_start(&x, "SCRAM-SHA-256", "user", "pencil", "Ursel",
	    "rOprNGfwEbeRWgbNEkqO");
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_string_equal(x.out.data,
	    "n,a=Ursel,n=user,r=rOprNGfwEbeRWgbNEkqO");
	assert_int_equal(ex_step(&x, scram_vecs[1].sfirst), SASL_CONTINUE);
	/* base64("n,a=Ursel,") */
	assert_int_equal(strncmp(x.out.data, "c=bixhPVVyc2VsLA==,r=", 21), 0);
	ex_end(&x);
}

/* Without sasl_set_nonce: 18 random bytes, 24 characters, never reused. */
static void
test_scram_random_nonce(void **state)
{
	struct ex	 a, b;

	(void)state;
	ex_start(&a, "SCRAM-SHA-256", "user", "pencil", NULL, NULL);
	ex_start(&b, "SCRAM-SHA-256", "user", "pencil", NULL, NULL);
	assert_int_equal(ex_step(&a, NULL), SASL_CONTINUE);
	assert_int_equal(ex_step(&b, NULL), SASL_CONTINUE);
	assert_int_equal(a.out.len, strlen("n,,n=user,r=") + 24);
	assert_int_equal(strncmp(a.out.data, "n,,n=user,r=", 12), 0);
	assert_null(strchr(a.out.data + 12, ','));
	assert_string_not_equal(a.out.data, b.out.data);
	ex_end(&a);
	ex_end(&b);
}

/* Challenges over 8 KiB are refused before any mechanism sees them. */
static void
test_oversize(void **state)
{
	static const char	*mechs[] = { "LOGIN", "CRAM-MD5" };
	struct ex		 x;
	char			*big;
	size_t			 i;

	(void)state;
	big = malloc(8193);
	assert_non_null(big);
	memset(big, 'A', 8193);
	for (i = 0; i < sizeof mechs / sizeof mechs[0]; i++) {
		ex_start(&x, mechs[i], "u", "pw-not-shown", NULL, NULL);
		assert_int_equal(ex_stepn(&x, big, 8193), SASL_FAIL);
		assert_err_has(&x, "8193 bytes");
		ex_end(&x);
		/* 8192 is still fine. */
		ex_start(&x, mechs[i], "u", "pw-not-shown", NULL, NULL);
		assert_int_equal(ex_stepn(&x, big, 8192), SASL_CONTINUE);
		ex_end(&x);
	}
	ex_start(&x, "SCRAM-SHA-1", "user", "pencil", NULL, "abc");
	assert_int_equal(ex_step(&x, NULL), SASL_CONTINUE);
	assert_int_equal(ex_stepn(&x, big, 8193), SASL_FAIL);
	ex_end(&x);
	free(big);
}

/* A failed step leaves what the caller had in out and show alone. */
static void
test_fail_keeps_buffers(void **state)
{
	static const char	 bad[] = "r=abcd,s=!!!!,i=1";
	struct sasl		*s;
	struct buf		 out, show;
	char			 err[128];

	(void)state;
	s = sasl_new("SCRAM-SHA-1", "user", "pencil", NULL, err, sizeof err);
	assert_non_null(s);
	sasl_set_nonce(s, "abc");
	buf_init(&out, 0);
	buf_init(&show, 0);
	assert_int_equal(sasl_step(s, NULL, 0, &out, &show, err, sizeof err),
	    SASL_CONTINUE);
	assert_int_equal(buf_addstr(&out, "|"), 0);
	assert_int_equal(buf_addstr(&show, "|"), 0);
	assert_int_equal(sasl_step(s, (const unsigned char *)bad,
	    sizeof bad - 1, &out, &show, err, sizeof err), SASL_FAIL);
	assert_string_equal(err, "salt is not valid base64");
	assert_string_equal(out.data, "n,,n=user,r=abc|");
	assert_string_equal(show.data, "n,,n=user,r=abc|");
	buf_free(&out);
	buf_free(&show);
	sasl_free(s);
}

/* A full good exchange of every mechanism never shows the secret. */
static void
test_show_masks(void **state)
{
	static const struct {
		const char	*mech, *secret;
		const char	*chal[3];
		int		 n;
	} t[] = {
		{ "PLAIN", "s3cr3t-pw", { "" }, 1 },
		{ "LOGIN", "s3cr3t-pw", { "Username:", "Password:" }, 2 },
		{ "CRAM-MD5", "s3cr3t-pw", { "<1.2@x>" }, 1 },
		{ "XOAUTH2", "ya29.token", { "", "{\"status\":\"400\"}" }, 2 },
		{ "SCRAM-SHA-1", "s3cr3t-pw", { "",
		  "r=abcdef,s=QSXCR+Q6sek8bf92,i=4096" }, 2 },
	};
	struct ex	 x;
	struct buf	 all;
	size_t		 i;
	int		 j;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ex_start(&x, t[i].mech, "student", t[i].secret, NULL, "abc");
		buf_init(&all, 0);
		for (j = 0; j < t[i].n; j++) {
			assert_int_equal(ex_step(&x, t[i].chal[j]),
			    SASL_CONTINUE);
			assert_true(x.show.len > 0);
			assert_int_equal(buf_add(&all, x.show.data,
			    x.show.len), 0);
		}
		assert_null(strstr(all.data, t[i].secret));
		buf_free(&all);
		ex_end(&x);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_supported),
		cmocka_unit_test(test_mask_from),
		cmocka_unit_test(test_new),
		cmocka_unit_test(test_new_errors),
		cmocka_unit_test(test_plain_rfc4616),
		cmocka_unit_test(test_login),
		cmocka_unit_test(test_login_early_235),
		cmocka_unit_test(test_cram_md5_rfc2195),
		cmocka_unit_test(test_xoauth2),
		cmocka_unit_test(test_scram_vectors),
		cmocka_unit_test(test_scram_hostile),
		cmocka_unit_test(test_scram_nul),
		cmocka_unit_test(test_scram_extensions),
		cmocka_unit_test(test_scram_low_iterations),
		cmocka_unit_test(test_scram_names),
		cmocka_unit_test(test_scram_random_nonce),
		cmocka_unit_test(test_oversize),
		cmocka_unit_test(test_fail_keeps_buffers),
		cmocka_unit_test(test_show_masks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
