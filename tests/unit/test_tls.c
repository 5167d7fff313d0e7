/*
 * core/tls.c, the parts with no connection: validity with days left or
 * since expiry (rounding at the edges), the advice for each kind of
 * verification failure (the names next to the name asked for, and the
 * option to use), and describing a PEM chain (names, key, the form of the
 * fingerprint; tests/hostile compares its value with openssl x509's).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "render.h"
#include "tls.h"

#define DAY	86400LL

static void
info_dates(struct tls_info *ti, long long from, long long until)
{
	memset(ti, 0, sizeof *ti);
	ti->have_cert = 1;
	ti->valid_from = from;
	ti->valid_until = until;
	strcpy(ti->not_before, "FROM");
	strcpy(ti->not_after, "UNTIL");
}

static void
test_validity(void **state)
{
	struct tls_info	 ti;
	char		 out[128];
	long long	 now = 1800000000LL;

	(void)state;
	info_dates(&ti, now - 10 * DAY, now + 30 * DAY);
	tls_validity(&ti, now, out, sizeof out);
	assert_string_equal(out, "FROM to UNTIL (30 days left)");
	info_dates(&ti, now - 10 * DAY, now + DAY + 5);
	tls_validity(&ti, now, out, sizeof out);
	assert_string_equal(out, "FROM to UNTIL (1 day left)");
	info_dates(&ti, now - 10 * DAY, now - 3 * DAY - 5);
	tls_validity(&ti, now, out, sizeof out);
	assert_string_equal(out, "FROM to UNTIL (expired 3 days ago)");
	info_dates(&ti, now + 2 * DAY - 5, now + 40 * DAY);
	tls_validity(&ti, now, out, sizeof out);
	assert_string_equal(out, "FROM to UNTIL (not valid for 2 more days)");
	/* Unreadable dates: no arithmetic on zeros. */
	info_dates(&ti, 0, 0);
	tls_validity(&ti, now, out, sizeof out);
	assert_string_equal(out, "FROM to UNTIL");
}

/* tls_advice's two notes, rendered as the front end shows them. */
struct advice_out {
	int	 n;
	char	*v[2];
};

static void
advice_note(void *arg, const struct note *nt)
{
	struct advice_out	*a = arg;
	struct buf		 b;

	assert_true(a->n < 2);
	buf_init(&b, 0);
	assert_int_equal(render_note(nt, &b), 0);
	snprintf(a->v[a->n], a->n == 0 ? 1024 : 512, "%s",
	    b.data != NULL ? b.data : "");
	a->n++;
	buf_free(&b);
}

static void
advice(const struct tls_info *ti, char *why, char *todo)
{
	struct advice_out	 a = { 0, { why, todo } };

	why[0] = todo[0] = '\0';
	tls_advice(ti, advice_note, &a);
}

static void
test_advice(void **state)
{
	struct tls_info	 ti;
	char		 why[1024], todo[512];

	(void)state;
	memset(&ti, 0, sizeof ti);
	ti.verify_kind = TLS_V_OK;
	advice(&ti, why, todo);
	assert_string_equal(why, "");
	assert_string_equal(todo, "");

	ti.verify_kind = TLS_V_IP;
	strcpy(ti.names, "DNS:mail.example.net");
	strcpy(ti.checked, "192.0.2.1");
	advice(&ti, why, todo);
	assert_string_equal(why, "the certificate holds DNS:mail.example.net; "
	    "you asked for the address 192.0.2.1, which is not among them");
	assert_non_null(strstr(todo, "--servername NAME"));
	assert_non_null(strstr(todo, "--insecure"));

	ti.verify_kind = TLS_V_NAME;
	strcpy(ti.checked, "mx.example.org");
	advice(&ti, why, todo);
	assert_non_null(strstr(why, "you asked for mx.example.org,"));

	ti.verify_kind = TLS_V_SELF_SIGNED;
	advice(&ti, why, todo);
	assert_non_null(strstr(why, "self-signed"));
	assert_non_null(strstr(todo, "--ca-file FILE"));

	ti.verify_kind = TLS_V_ISSUER;
	strcpy(ti.issuer, "CN=Private CA");
	advice(&ti, why, todo);
	assert_non_null(strstr(why, "CN=Private CA"));
	assert_non_null(strstr(todo, "--ca-file FILE"));

	ti.verify_kind = TLS_V_EXPIRED;
	strcpy(ti.not_after, "2020-02-01 00:00:00 UTC");
	advice(&ti, why, todo);
	assert_string_equal(why, "the certificate expired on "
	    "2020-02-01 00:00:00 UTC");

	ti.verify_kind = TLS_V_NOT_YET;
	advice(&ti, why, todo);
	assert_non_null(strstr(todo, "clock"));
}

static void
test_describe_pem(void **state)
{
	struct tls_server	*srv;
	struct buf		 out;
	char			 err[256];
	const char		*pem;

	(void)state;
	/* The lab's certificate: P-256, names lab.test, localhost, ... */
	srv = tls_server_new("lab.test", err, sizeof err);
	assert_non_null(srv);
	pem = tls_server_cert_pem(srv);
	buf_init(&out, 0);
	assert_int_equal(tls_describe_pem(pem, strlen(pem), 0, &out), 0);
	assert_non_null(strstr(out.data, "certificate 0: CN=lab.test\n"));
	assert_non_null(strstr(out.data, "  names: DNS:lab.test, "
	    "DNS:localhost, IP:127.0.0.1, IP:::1\n"));
	assert_non_null(strstr(out.data, "  key: EC 256 bits (prime256v1)\n"));
	/* 32 bytes as colon-separated upper-case hex. */
	{
		const char *fp = strstr(out.data, "  SHA-256: ");
		size_t i;

		assert_non_null(fp);
		fp += strlen("  SHA-256: ");
		for (i = 0; i < 95; i++)
			assert_true(i % 3 == 2 ? fp[i] == ':' :
			    strchr("0123456789ABCDEF", fp[i]) != NULL);
		assert_int_equal(fp[95], '\n');
	}
	buf_free(&out);
	/* Nothing kept: said so, no crash. Garbage: nothing described. */
	buf_init(&out, 0);
	assert_int_equal(tls_describe_pem("", 0, 0, &out), 0);
	assert_string_equal(out.data, "the server sent no certificate\n");
	buf_reset(&out);
	assert_int_equal(tls_describe_pem("not a pem", 9, 0, &out), 0);
	assert_int_equal(out.len, 0);
	buf_free(&out);
	tls_server_free(srv);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_validity),
		cmocka_unit_test(test_advice),
		cmocka_unit_test(test_describe_pem),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
