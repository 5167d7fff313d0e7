/*
 * core/caps.c: EHLO capabilities from a parsed reply. Keywords with their
 * parameters, whole-token case-insensitive lookup, AUTH mechanisms from
 * both the standard and the old "AUTH=" form merged without duplicates,
 * SIZE as a number (missing, zero, garbage and overflow all mean "no
 * limit given"), an absurdly long keyword cut, caps_dup giving an equal
 * copy, and nothing kept from a reply that is not 2xx.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "caps.h"
#include "reply.h"

#define LINES_MAX	16

/* A reply built by hand, allocated the way reply_free expects. */
static struct reply *
mkreply(int code, const char *const *lines)
{
	struct reply	*r;
	size_t		 i, n;

	for (n = 0; n < LINES_MAX && lines[n] != NULL; n++)
		;
	assert_non_null(r = calloc(1, sizeof *r));
	r->code = code;
	assert_non_null(r->lines = calloc(n ? n : 1, sizeof *r->lines));
	assert_non_null(r->lens = calloc(n ? n : 1, sizeof *r->lens));
	for (i = 0; i < n; i++) {
		assert_non_null(r->lines[i] = strdup(lines[i]));
		r->lens[i] = strlen(lines[i]);
	}
	r->nlines = n;
	return r;
}

/* Parse an EHLO reply given as its lines; NULL ends the list. */
static struct caps *
parse(int code, const char *const *lines)
{
	struct reply	*r;
	struct caps	*c;

	r = mkreply(code, lines);
	c = caps_parse(r);
	reply_free(r);
	assert_non_null(c);
	return c;
}

static void
assert_caps_equal(const struct caps *a, const struct caps *b)
{
	size_t	 i;

	assert_string_equal(a->domain, b->domain);
	assert_int_equal(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		assert_string_equal(a->v[i].keyword, b->v[i].keyword);
		assert_string_equal(a->v[i].params, b->v[i].params);
	}
	assert_int_equal(a->nmechs, b->nmechs);
	for (i = 0; i < a->nmechs; i++)
		assert_string_equal(a->mechs[i], b->mechs[i]);
	assert_int_equal(a->size_given, b->size_given);
	assert_int_equal(a->size, b->size);
}

static void
assert_empty(const struct caps *c)
{
	assert_string_equal(c->domain, "");
	assert_int_equal(c->n, 0);
	assert_int_equal(c->nmechs, 0);
	assert_int_equal(c->size_given, 0);
	assert_false(caps_has(c, "STARTTLS"));
	assert_null(caps_find(c, "SIZE"));
	assert_false(caps_has_mech(c, "PLAIN"));
}

static const char *const postfix[] = {
	"mail.example.net",
	"PIPELINING",
	"SIZE 10240000",
	"VRFY",
	"ETRN",
	"STARTTLS",
	"AUTH PLAIN LOGIN",
	"AUTH=PLAIN LOGIN",
	"ENHANCEDSTATUSCODES",
	"8BITMIME",
	"DSN",
	"SMTPUTF8",
	"CHUNKING",
	NULL
};

static void
test_keywords(void **state)
{
	static const struct {
		const char	*keyword, *params;
	} want[] = {
		{ "PIPELINING", "" },
		{ "SIZE", "10240000" },
		{ "VRFY", "" },
		{ "ETRN", "" },
		{ "STARTTLS", "" },
		{ "AUTH", "PLAIN LOGIN" },
		{ "AUTH=PLAIN", "LOGIN" },
		{ "ENHANCEDSTATUSCODES", "" },
		{ "8BITMIME", "" },
		{ "DSN", "" },
		{ "SMTPUTF8", "" },
		{ "CHUNKING", "" },
	};
	struct caps			*c;
	const struct caps_entry		*e;
	size_t				 i;

	(void)state;
	c = parse(250, postfix);
	assert_string_equal(c->domain, "mail.example.net");
	assert_int_equal(c->n, sizeof want / sizeof want[0]);
	for (i = 0; i < c->n; i++) {
		assert_string_equal(c->v[i].keyword, want[i].keyword);
		assert_string_equal(c->v[i].params, want[i].params);
		assert_non_null(e = caps_find(c, want[i].keyword));
		assert_ptr_equal(e, &c->v[i]);
		assert_true(caps_has(c, want[i].keyword));
	}
	assert_int_equal(c->size_given, 1);
	assert_int_equal(c->size, 10240000);
	assert_int_equal(c->nmechs, 2);
	assert_string_equal(c->mechs[0], "PLAIN");
	assert_string_equal(c->mechs[1], "LOGIN");
	caps_free(c);
}

/* Params keep their inner spacing; blank lines and leading blanks go. */
static void
test_params(void **state)
{
	static const char *const lines[] = {
		"mx.example.org Hello client.example [192.0.2.7]",
		"X-EXPS GSSAPI NTLM",
		"AUTH\tCRAM-MD5\tDIGEST-MD5",
		"DELIVERBY 300",
		"",
		"   ",
		"  XFOO  a  b ",
		"STARTTLS ",
		NULL
	};
	struct caps	*c;

	(void)state;
	c = parse(250, lines);
	assert_string_equal(c->domain,
	    "mx.example.org Hello client.example [192.0.2.7]");
	assert_int_equal(c->n, 5);
	assert_string_equal(caps_find(c, "X-EXPS")->params, "GSSAPI NTLM");
	assert_string_equal(caps_find(c, "AUTH")->params,
	    "CRAM-MD5\tDIGEST-MD5");
	assert_string_equal(caps_find(c, "DELIVERBY")->params, "300");
	assert_string_equal(caps_find(c, "XFOO")->params, "a  b ");
	assert_string_equal(caps_find(c, "STARTTLS")->params, "");
	assert_int_equal(c->nmechs, 2);
	assert_true(caps_has_mech(c, "CRAM-MD5"));
	assert_true(caps_has_mech(c, "DIGEST-MD5"));
	caps_free(c);
}

/* Whole tokens, any case. */
static void
test_lookup(void **state)
{
	static const char *const xstarttls[] = {
		"mx", "XSTARTTLS", "STARTTLSX", "X-AUTH PLAIN", "SIZEX 100", NULL
	};
	static const char *const lower[] = {
		"mx", "starttls", "Pipelining", "auth plain login", "size 500",
		NULL
	};
	static const struct {
		const char	*ask;
		int		 in_x, in_lower;
	} v[] = {
		{ "STARTTLS", 0, 1 },
		{ "starttls", 0, 1 },
		{ "StartTls", 0, 1 },
		{ "XSTARTTLS", 1, 0 },
		{ "xstarttls", 1, 0 },
		{ "STARTTLSX", 1, 0 },
		{ "START", 0, 0 },
		{ "TLS", 0, 0 },
		{ "STARTTLS ", 0, 0 },
		{ "", 0, 0 },
		{ "AUTH", 0, 1 },
		{ "X-AUTH", 1, 0 },
		{ "PIPELINING", 0, 1 },
		{ "PIPE", 0, 0 },
		{ "SIZE", 0, 1 },
		{ "SIZEX", 1, 0 },
		{ "PLAIN", 0, 0 },	/* a param, not a keyword */
	};
	struct caps	*x, *l;
	size_t		 i;

	(void)state;
	x = parse(250, xstarttls);
	l = parse(250, lower);
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		if (caps_has(x, v[i].ask) != v[i].in_x ||
		    caps_has(l, v[i].ask) != v[i].in_lower)
			fail_msg("caps_has(\"%s\"): want %d/%d, got %d/%d",
			    v[i].ask, v[i].in_x, v[i].in_lower,
			    caps_has(x, v[i].ask), caps_has(l, v[i].ask));
	}
	/* Keywords are kept upper case. */
	assert_string_equal(l->v[0].keyword, "STARTTLS");
	assert_string_equal(l->v[1].keyword, "PIPELINING");
	/* Params are kept as sent; mechanisms upper case. */
	assert_string_equal(caps_find(l, "auth")->params, "plain login");
	assert_string_equal(l->mechs[0], "PLAIN");
	assert_string_equal(l->mechs[1], "LOGIN");
	assert_int_equal(l->size_given, 1);
	assert_int_equal(l->size, 500);
	assert_int_equal(x->nmechs, 0);	/* X-AUTH is not AUTH */
	assert_int_equal(x->size_given, 0);	/* SIZEX is not SIZE */
	caps_free(x);
	caps_free(l);

	assert_null(caps_find(NULL, "STARTTLS"));
	assert_false(caps_has(NULL, "STARTTLS"));
	assert_false(caps_has_mech(NULL, "PLAIN"));
}

/* AUTH lists, alone and together, merged in order without duplicates. */
static void
test_mechs(void **state)
{
	static const struct {
		const char	*lines[6];
		const char	*want[8];
	} v[] = {
		{ { "mx", "AUTH PLAIN LOGIN", NULL },
		  { "PLAIN", "LOGIN", NULL } },
		{ { "mx", "AUTH=PLAIN LOGIN", NULL },
		  { "PLAIN", "LOGIN", NULL } },
		{ { "mx", "AUTH PLAIN LOGIN", "AUTH=PLAIN LOGIN", NULL },
		  { "PLAIN", "LOGIN", NULL } },
		{ { "mx", "AUTH=LOGIN PLAIN", "AUTH PLAIN LOGIN", NULL },
		  { "LOGIN", "PLAIN", NULL } },
		{ { "mx", "AUTH=LOGIN PLAIN CRAM-MD5", "AUTH cram-md5 XOAUTH2",
		    NULL },
		  { "LOGIN", "PLAIN", "CRAM-MD5", "XOAUTH2", NULL } },
		{ { "mx", "auth=login", "auth login plain", NULL },
		  { "LOGIN", "PLAIN", NULL } },
		{ { "mx", "AUTH  PLAIN   LOGIN  ", NULL },
		  { "PLAIN", "LOGIN", NULL } },
		{ { "mx", "AUTH PLAIN plain Plain", NULL },
		  { "PLAIN", NULL } },
		{ { "mx", "AUTH SCRAM-SHA-256 SCRAM-SHA-1 XOAUTH2 OAUTHBEARER",
		    NULL },
		  { "SCRAM-SHA-256", "SCRAM-SHA-1", "XOAUTH2", "OAUTHBEARER",
		    NULL } },
		{ { "mx", "AUTH", NULL }, { NULL } },
		{ { "mx", "AUTH=", NULL }, { NULL } },
		{ { "mx", "AUTHX PLAIN", NULL }, { NULL } },
		{ { "mx", "XAUTH=PLAIN", NULL }, { NULL } },
	};
	struct caps	*c;
	size_t		 i, k;

	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		c = parse(250, v[i].lines);
		for (k = 0; v[i].want[k] != NULL; k++) {
			if (k >= c->nmechs)
				fail_msg("vector %zu: missing %s", i,
				    v[i].want[k]);
			assert_string_equal(c->mechs[k], v[i].want[k]);
			assert_true(caps_has_mech(c, v[i].want[k]));
		}
		if (c->nmechs != k)
			fail_msg("vector %zu: %zu mechanisms, want %zu", i,
			    c->nmechs, k);
		caps_free(c);
	}

	/* caps_has_mech is case-insensitive and whole-name. */
	c = parse(250, v[4].lines);
	assert_true(caps_has_mech(c, "cram-md5"));
	assert_true(caps_has_mech(c, "Xoauth2"));
	assert_false(caps_has_mech(c, "CRAM"));
	assert_false(caps_has_mech(c, "MD5"));
	assert_false(caps_has_mech(c, "SCRAM-SHA-1"));
	assert_false(caps_has_mech(c, ""));
	caps_free(c);
}

static void
test_size(void **state)
{
	static const struct {
		const char	*line;
		int		 given;
		uint64_t	 size;
	} v[] = {
		{ "SIZE 35882577", 1, 35882577 },
		{ "SIZE 1", 1, 1 },
		{ "size 1000", 1, 1000 },
		{ "SIZE   52428800", 1, 52428800 },
		{ "SIZE\t1000", 1, 1000 },
		{ "SIZE 18446744073709551615", 1, UINT64_MAX },
		{ "SIZE", 0, 0 },
		{ "SIZE ", 0, 0 },
		{ "SIZE 0", 0, 0 },
		{ "SIZE 000", 0, 0 },
		{ "SIZE abc", 0, 0 },
		{ "SIZE 10M", 0, 0 },
		{ "SIZE 1e6", 0, 0 },
		{ "SIZE 12.5", 0, 0 },
		{ "SIZE -1", 0, 0 },
		{ "SIZE +5", 0, 0 },
		{ "SIZE 0x100", 0, 0 },
		{ "SIZE 99999999999999999999", 0, 0 },
		{ "SIZE 18446744073709551616", 0, 0 },
		{ "SIZE 999999999999999999999999999999999999999999", 0, 0 },
		{ "SIZEX 1000", 0, 0 },
		{ "XSIZE 1000", 0, 0 },
	};
	const char	*lines[3] = { "mx", NULL, NULL };
	struct caps	*c;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		lines[1] = v[i].line;
		c = parse(250, lines);
		if (c->size_given != v[i].given || c->size != v[i].size)
			fail_msg("\"%s\": want %d/%llu, got %d/%llu",
			    v[i].line, v[i].given,
			    (unsigned long long)v[i].size, c->size_given,
			    (unsigned long long)c->size);
		caps_free(c);
	}
	/* No SIZE line at all. */
	lines[1] = "PIPELINING";
	c = parse(250, lines);
	assert_int_equal(c->size_given, 0);
	assert_int_equal(c->size, 0);
	caps_free(c);
}

/* A 10,000-character keyword is kept, cut to CAPS_KEYWORD_MAX. */
static void
test_long_keyword(void **state)
{
	char		*kw, *line;
	const char	*lines[4] = { "mx", NULL, "STARTTLS", NULL };
	struct caps	*c;
	size_t		 i;

	(void)state;
	assert_non_null(kw = malloc(10001));
	assert_non_null(line = malloc(10001 + 16));
	for (i = 0; i < 10000; i++)
		kw[i] = (char)('a' + i % 26);
	kw[10000] = '\0';
	memcpy(line, kw, 10000);
	memcpy(line + 10000, " some params", 13);

	lines[1] = line;
	c = parse(250, lines);
	assert_int_equal(c->n, 2);
	assert_int_equal(strlen(c->v[0].keyword), CAPS_KEYWORD_MAX);
	for (i = 0; i < CAPS_KEYWORD_MAX; i++)
		assert_int_equal(c->v[0].keyword[i], 'A' + i % 26);
	assert_string_equal(c->v[0].params, "some params");
	assert_true(caps_has(c, "STARTTLS"));
	kw[CAPS_KEYWORD_MAX] = '\0';
	assert_true(caps_has(c, kw));	/* found by its cut form */
	caps_free(c);

	/* No params, and the same inside AUTH: memory stays sane. */
	kw[CAPS_KEYWORD_MAX] = 'm';
	lines[1] = kw;
	c = parse(250, lines);
	assert_int_equal(strlen(c->v[0].keyword), CAPS_KEYWORD_MAX);
	assert_string_equal(c->v[0].params, "");
	caps_free(c);

	memcpy(line, "AUTH PLAIN ", 11);
	memcpy(line + 11, kw, 9000);
	memcpy(line + 9011, " LOGIN", 7);
	lines[1] = line;
	c = parse(250, lines);
	assert_true(caps_has_mech(c, "PLAIN"));
	assert_true(caps_has_mech(c, "LOGIN"));
	for (i = 0; i < c->nmechs; i++)
		assert_true(strlen(c->mechs[i]) <= CAPS_KEYWORD_MAX);
	caps_free(c);
	free(kw);
	free(line);
}

/*
 * Every mechanism listed is one the server offered, whole. An over-long
 * name in "AUTH m1 m2" is left out (test_long_keyword); one glued to the
 * old "AUTH=" keyword must be left out too, not listed cut short.
 */
static void
test_mech_glued_long(void **state)
{
	char		 line[128];
	const char	*lines[3] = { "mx", line, NULL };
	struct caps	*c;

	(void)state;
	memcpy(line, "AUTH=", 5);
	memset(line + 5, 'Q', 100);
	memcpy(line + 105, " LOGIN", 7);
	c = parse(250, lines);
	if (c->nmechs != 1 || strcmp(c->mechs[0], "LOGIN") != 0) {
		size_t n = c->nmechs, len = n ? strlen(c->mechs[0]) : 0;

		caps_free(c);
		fail_msg("want only LOGIN, got %zu mechanisms, the first "
		    "%zu bytes long", n, len);
	}
	caps_free(c);
}

/* caps_dup gives an equal, independent copy. */
static void
test_dup(void **state)
{
	static const char *const lines2[] = {
		"smtp.example.com at your service, [192.0.2.1]",
		"size 35882577",
		"8BITMIME",
		"auth=login plain",
		"AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
		"ENHANCEDSTATUSCODES",
		"x-weird\tparams\twith tabs",
		"CHUNKING",
		"SMTPUTF8",
		NULL
	};
	static const char *const lines3[] = {
		"mx", "SIZE 99999999999999999999", "SIZE junk", NULL
	};
	static const char *const lines4[] = { "mx only", NULL };
	const char *const *all[] = { postfix, lines2, lines3, lines4 };
	char		*kw;
	const char	*lines5[3] = { "mx", NULL, NULL };
	struct caps	*c, *d;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof all / sizeof all[0]; i++) {
		c = parse(250, all[i]);
		assert_non_null(d = caps_dup(c));
		assert_caps_equal(c, d);
		/* Independent: freeing the original leaves the copy. */
		caps_free(c);
		c = parse(250, all[i]);
		assert_caps_equal(c, d);
		caps_free(c);
		caps_free(d);
	}
	/* A cut keyword, and an empty caps. */
	assert_non_null(kw = malloc(1001));
	memset(kw, 'k', 1000);
	memcpy(kw + 900, " p", 3);
	lines5[1] = kw;
	c = parse(250, lines5);
	assert_non_null(d = caps_dup(c));
	assert_caps_equal(c, d);
	caps_free(c);
	caps_free(d);
	free(kw);

	c = parse(550, postfix);
	assert_non_null(d = caps_dup(c));
	assert_caps_equal(c, d);
	assert_empty(d);
	caps_free(c);
	caps_free(d);

	assert_null(caps_dup(NULL));
	caps_free(NULL);
}

/* Nothing is kept from a reply that is not 2xx. */
static void
test_not_2xx(void **state)
{
	static const int codes[] = { 500, 501, 502, 550, 554, 421, 450, 354,
	    334 };
	static const char *const one[] = { "mx", NULL };
	struct caps	*c;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		c = parse(codes[i], postfix);
		assert_empty(c);
		caps_free(c);
	}
	assert_non_null(c = caps_parse(NULL));
	assert_empty(c);
	caps_free(c);
	/* A 2xx reply of one line: the domain only. */
	c = parse(250, one);
	assert_string_equal(c->domain, "mx");
	assert_int_equal(c->n, 0);
	caps_free(c);
	/* Any 2xx counts (the code is what the server said). */
	c = parse(220, postfix);
	assert_true(caps_has(c, "STARTTLS"));
	caps_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords),
		cmocka_unit_test(test_params),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_mechs),
		cmocka_unit_test(test_size),
		cmocka_unit_test(test_long_keyword),
		cmocka_unit_test(test_mech_glued_long),
		cmocka_unit_test(test_dup),
		cmocka_unit_test(test_not_2xx),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
