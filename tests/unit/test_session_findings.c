/*
 * Findings (core/findings.c, core/session_find.c): each kind from a
 * scripted peer of harness.c driving core/session.c alone, checked by
 * kind and arguments through session_findings(); the SESSION_EV_FINDING
 * event and the debug trace line; one finding per kind and connection;
 * a certificate expiring in 10 days from a TLS server made here with
 * OpenSSL; the checks that no loopback peer can show (TLS 1.1) on their
 * own; and each finding rendered in words by tui/render.c.
 */
#include <sys/socket.h>
#include <sys/time.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "buf.h"
#include "findings.h"
#include "harness.h"
#include "render.h"
#include "reply.h"
#include "session.h"
#include "smtpcmd.h"
#include "tls.h"

#define RUN_MS	8000

#define S(x)	{ H_SEND, x, 0 }
#define E(x)	{ H_EXPECT, x, 0 }
#define END	{ H_END, NULL, 0 }

static void
submit(struct harness *h, const char *line)
{
	char	 err[256];

	assert_int_equal(session_submit(h->s, line, 0, err, sizeof err), 0);
}

/* The n-th finding of kind (0 the first), or NULL. */
static const struct finding *
found(struct session *s, enum finding_kind k, int n)
{
	const struct finding	*f;
	size_t			 i, count;

	f = session_findings(s, &count);
	for (i = 0; i < count; i++)
		if (f[i].kind == k && n-- == 0)
			return &f[i];
	return NULL;
}

static size_t
nfound(struct session *s)
{
	size_t	 n;

	session_findings(s, &n);
	return n;
}

static int
nevents(const struct harness *h, enum session_ev_type type)
{
	int	 i, n = 0;

	for (i = 0; i < h->nev; i++)
		n += h->ev[i].type == type;
	return n;
}

/* Run the script: connect, type lines, QUIT, wait for the close. */
static void
run(struct harness *h, const char *const *lines)
{
	assert_int_equal(harness_connect(h), 0);
	for (; lines != NULL && *lines != NULL; lines++)
		submit(h, *lines);
	assert_int_equal(harness_run(h, harness_idle, RUN_MS), 1);
	if (session_state(h->s) != SESSION_CLOSED)
		session_quit(h->s, 2000);
	assert_int_equal(harness_run(h, harness_closed, RUN_MS), 1);
}

static void
rendered(const struct finding *f, const char *want)
{
	struct buf	 b;

	buf_init(&b, 0);
	assert_int_equal(render_finding(f, &b), 0);
	assert_int_equal(buf_addch(&b, '\0'), 0);
	assert_string_equal(b.data, want);
	buf_free(&b);
}

/* AUTH PLAIN LOGIN before STARTTLS: two findings, once each however
   often EHLO is sent; none after TLS; the 221 came, so no close. */
static void
test_auth_before_tls(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"),
		S("250-peer.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n"),
		E("EHLO client.test"),
		S("250-peer.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n"),
		E("STARTTLS"), S("220 go ahead\r\n"), { H_STARTTLS, NULL, 0 },
		E("EHLO client.test"),
		S("250-peer.test\r\n250 AUTH PLAIN LOGIN\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		END
	};
	struct harness		 h;
	const struct finding	*f;
	char			 err[256];

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	submit(&h, "EHLO client.test");
	assert_int_equal(session_starttls(h.s, err, sizeof err), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_int_equal(session_quit(h.s, 2000), 1);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);

	assert_non_null(f = found(h.s, FINDING_AUTH_BEFORE_TLS, 0));
	assert_string_equal(f->word, "PLAIN LOGIN");
	assert_int_equal(f->conn, 1);
	assert_int_equal(f->port, h.port);
	assert_string_equal(f->host, "127.0.0.1");
	assert_true(f->when > 0);
	assert_true(f->entry > 0);
	rendered(f, "AUTH (PLAIN LOGIN) is offered before STARTTLS: a client "
	    "that authenticates now sends its password unencrypted");
	assert_non_null(f = found(h.s, FINDING_CLEAR_PASSWORD, 0));
	assert_string_equal(f->word, "PLAIN LOGIN");
	rendered(f, "AUTH PLAIN LOGIN offered without TLS: the password "
	    "would cross the network readable by anyone on the way (base64 "
	    "is no encryption)");
	/* Once per connection; nothing from the EHLO inside TLS. */
	assert_null(found(h.s, FINDING_AUTH_BEFORE_TLS, 1));
	assert_null(found(h.s, FINDING_CLEAR_PASSWORD, 1));
	assert_null(found(h.s, FINDING_NO_STARTTLS, 0));
	/* The throwaway certificate lasts 90 days: no expiry finding
	   (test_cert_ten_days makes a short one). */
	assert_null(found(h.s, FINDING_CERT_EXPIRING, 0));
	assert_null(found(h.s, FINDING_CERT_UNVERIFIED, 0));
	assert_null(found(h.s, FINDING_SLOW_GREETING, 0));
	assert_null(found(h.s, FINDING_CLOSED_NO_221, 0));
	assert_int_equal(nfound(h.s), 2);
	/* Each was announced, and traced by id. */
	assert_int_equal(nevents(&h, SESSION_EV_FINDING), 2);
	assert_non_null(strstr(h.trace,
	    "finding: auth-before-tls PLAIN LOGIN\n"));
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* No STARTTLS on port 587 (as the notes assume it, like the lab's). */
static void
test_no_starttls(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"), S("250-peer.test\r\n250 SIZE 100\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		END
	};
	static const char *const lines[] = { "EHLO client.test", NULL };
	struct harness		 h;
	const struct finding	*f;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	session_set_nominal_port(h.s, 587);
	run(&h, lines);
	assert_non_null(f = found(h.s, FINDING_NO_STARTTLS, 0));
	assert_int_equal(f->num, 587);
	rendered(f, "no STARTTLS on port 587: nothing on this connection can "
	    "be encrypted");
	assert_null(found(h.s, FINDING_CLEAR_PASSWORD, 0));
	assert_int_equal(nfound(h.s), 1);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* The same server on a port that is no mail port: no finding. */
static void
test_no_starttls_other_port(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"), S("250-peer.test\r\n250 SIZE 100\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		END
	};
	static const char *const lines[] = { "EHLO client.test", NULL };
	struct harness	 h;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	run(&h, lines);
	assert_int_equal(nfound(h.s), 0);
	harness_finish(&h);
}

/* Relaying refused, once per domain; an unknown user is no relay. */
static void
test_relay_refused(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"), S("250 peer.test\r\n"),
		E("MAIL FROM:<a@client.test>"), S("250 2.1.0 ok\r\n"),
		E("RCPT TO:<x@elsewhere.test>"),
		S("554 5.7.1 <x@elsewhere.test>: Relay access denied\r\n"),
		E("RCPT TO:<y@elsewhere.test>"),
		S("554 5.7.1 <y@elsewhere.test>: Relay access denied\r\n"),
		E("RCPT TO:<z@third.test>"),
		S("550 5.7.1 Unable to relay\r\n"),
		E("RCPT TO:<nobody@peer.test>"),
		S("550 5.1.1 <nobody@peer.test>: user unknown\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		END
	};
	static const char *const lines[] = { "EHLO client.test",
		"MAIL FROM:<a@client.test>", "RCPT TO:<x@elsewhere.test>",
		"RCPT TO:<y@elsewhere.test>", "RCPT TO:<z@third.test>",
		"RCPT TO:<nobody@peer.test>", NULL };
	struct harness		 h;
	const struct finding	*f;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	run(&h, lines);
	assert_non_null(f = found(h.s, FINDING_RELAY_REFUSED, 0));
	assert_int_equal(f->code, 554);
	assert_string_equal(f->esc, "5.7.1");
	assert_string_equal(f->word, "elsewhere.test");
	rendered(f, "relaying to elsewhere.test refused (554 5.7.1): this "
	    "server does not pass mail on to other domains for this client");
	assert_non_null(f = found(h.s, FINDING_RELAY_REFUSED, 1));
	assert_int_equal(f->code, 550);
	assert_string_equal(f->word, "third.test");
	assert_null(found(h.s, FINDING_RELAY_REFUSED, 2));
	assert_int_equal(nfound(h.s), 2);
	/* The trace keeps the user's domain out. */
	assert_non_null(strstr(h.trace, "finding: relay-refused 554 5.7.1\n"));
	assert_null(strstr(h.trace, "elsewhere"));
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* AUTH refused (SASL run by smtpx, and LOGIN typed by hand with its
   334s), then MAIL refused until authenticated. */
static void
test_auth_refused_required(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("EHLO client.test"),
		S("250-peer.test\r\n250 AUTH PLAIN LOGIN\r\n"),
		E("AUTH PLAIN "),
		S("535 5.7.8 Authentication credentials invalid\r\n"),
		E("AUTH LOGIN"), S("334 VXNlcm5hbWU6\r\n"),
		E("YWxpY2U="), S("334 UGFzc3dvcmQ6\r\n"),
		E("d3Jvbmc="), S("535 5.7.8 no\r\n"),
		E("MAIL FROM:<a@client.test>"),
		S("530 5.7.0 Authentication required\r\n"),
		E("RCPT TO:<b@peer.test>"),
		S("503 5.5.1 need MAIL first\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		END
	};
	struct harness		 h;
	const struct finding	*f;
	char			 err[256];

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	submit(&h, "EHLO client.test");
	assert_int_equal(session_auth(h.s, "PLAIN", "alice", "Pw-1234", err,
	    sizeof err), 0);
	submit(&h, "AUTH LOGIN");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	submit(&h, "YWxpY2U=");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	submit(&h, "d3Jvbmc=");
	submit(&h, "MAIL FROM:<a@client.test>");
	submit(&h, "RCPT TO:<b@peer.test>");
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	session_quit(h.s, 2000);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);

	assert_non_null(f = found(h.s, FINDING_AUTH_REFUSED, 0));
	assert_int_equal(f->code, 535);
	assert_string_equal(f->esc, "5.7.8");
	assert_string_equal(f->word, "PLAIN");
	rendered(f, "AUTH PLAIN refused (535 5.7.8)");
	assert_non_null(f = found(h.s, FINDING_AUTH_REFUSED, 1));
	assert_string_equal(f->word, "LOGIN");
	assert_non_null(f = found(h.s, FINDING_AUTH_REQUIRED, 0));
	assert_int_equal(f->code, 530);
	assert_string_equal(f->esc, "5.7.0");
	assert_int_equal(f->cmd, SMTPCMD_MAIL);
	rendered(f, "MAIL refused until the client authenticates (530 "
	    "5.7.0)");
	assert_null(found(h.s, FINDING_AUTH_REQUIRED, 1));
	/* No password or user name in any finding. */
	assert_null(found(h.s, FINDING_AUTH_REFUSED, 2));
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* A reply nobody asked for; the session closes on it (its own close). */
static void
test_unasked(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		{ H_STALL, NULL, 200 },
		S("250 2.0.0 surprise\r\n"),
		{ H_STALL, NULL, 300 },
		END
	};
	struct harness		 h;
	const struct finding	*f;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	assert_non_null(f = found(h.s, FINDING_UNASKED_REPLY, 0));
	assert_int_equal(f->code, 250);
	assert_string_equal(f->esc, "2.0.0");
	rendered(f, "the server sent a reply nobody asked for (250 2.0.0)");
	assert_null(found(h.s, FINDING_CLOSED_NO_221, 0));
	assert_int_equal(nfound(h.s), 1);
	harness_finish(&h);
}

/* The server hangs up on QUIT without a 221; then a second connection
   to a server that goes silent mid-session is its own finding. */
static void
test_closed_no_221(void **state)
{
	static const struct hstep script[] = {
		S("220 peer.test ESMTP\r\n"),
		E("QUIT"),
		END
	};
	struct harness		 h;
	const struct finding	*f;

	(void)state;
	assert_int_equal(harness_start(&h, script), 0);
	assert_int_equal(harness_connect(&h), 0);
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_int_equal(session_quit(h.s, 2000), 1);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	assert_non_null(f = found(h.s, FINDING_CLOSED_NO_221, 0));
	assert_int_equal(f->cmd, SMTPCMD_QUIT);
	rendered(f, "the server closed the connection while QUIT waited for "
	    "its reply, without a 221");
	assert_int_equal(nfound(h.s), 1);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/* TR_NOTE entries whose serialised form starts with prefix. */
static int
nnotes(const struct session *s, const char *prefix)
{
	const struct transcript	*t = session_transcript(s);
	const struct tr_entry	*e;
	size_t			 i;
	int			 n = 0;

	for (i = 0; i < transcript_count(t); i++)
		if ((e = transcript_get(t, i)) != NULL &&
		    e->kind == TR_NOTE && e->len >= strlen(prefix) &&
		    memcmp(e->text, prefix, strlen(prefix)) == 0)
			n++;
	return n;
}

/* A greeting 5.5 s after the connect (the session waits 8 s). */
static void
test_slow_greeting(void **state)
{
	static const struct hstep script[] = {
		{ H_STALL, NULL, 5500 },
		S("220 peer.test ESMTP\r\n"),
		E("QUIT"), S("221 bye\r\n"),
		END
	};
	struct harness		 h;
	const struct finding	*f;

	(void)state;
	assert_int_equal(harness_start_wait(&h, script, 8000), 0);
	assert_int_equal(harness_connect(&h), 0);
	assert_int_equal(harness_run(&h, harness_idle, RUN_MS), 1);
	assert_int_equal(session_quit(h.s, 2000), 1);
	assert_int_equal(harness_run(&h, harness_closed, RUN_MS), 1);
	assert_non_null(f = found(h.s, FINDING_SLOW_GREETING, 0));
	assert_true(f->num >= 5400 && f->num < 8000);
	assert_int_equal(nfound(h.s), 1);
	/* The greeting's notes end with why servers wait (issue 14). */
	assert_int_equal(nnotes(h.s, "\x1eslow.greeting\x1fw5."), 1);
	assert_int_equal(nnotes(h.s, "\x1eslow."), 1);
	harness_finish(&h);
	assert_string_equal(h.peer_err, "");
}

/*
 * A TLS server whose certificate ends in 10 days, made here as
 * core/tls.c makes its throwaway one, speaking implicit TLS to two
 * connections in turn: a greeting, then 221 to QUIT.
 */
struct tenday {
	int		 lfd, port;
	SSL_CTX		*ctx;
	char		*pem;
	pthread_t	 thread;
	int		 served;
};

static X509 *
tenday_cert(EVP_PKEY *key)
{
	X509		*x = X509_new();
	X509V3_CTX	 v3;
	X509_EXTENSION	*ext;

	assert_non_null(x);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 10);
	X509_set_version(x, 2);
	X509_gmtime_adj(X509_getm_notBefore(x), -3600);
	X509_gmtime_adj(X509_getm_notAfter(x), 10 * 24 * 3600);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN",
	    MBSTRING_UTF8, (const unsigned char *)"ten.test", -1, -1, 0);
	X509_set_issuer_name(x, X509_get_subject_name(x));
	X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
	ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name,
	    "DNS:ten.test,IP:127.0.0.1");
	assert_non_null(ext);
	X509_add_ext(x, ext, -1);
	X509_EXTENSION_free(ext);
	assert_true(X509_sign(x, key, EVP_sha256()) > 0);
	return x;
}

static void *
tenday_main(void *arg)
{
	struct tenday	*t = arg;
	struct timeval	 tv = { 5, 0 };
	struct pollfd	 pfd;
	char		 buf[512];
	SSL		*ssl;
	int		 fd, n, i;

	for (i = 0; i < 2; i++) {
		pfd.fd = t->lfd;
		pfd.events = POLLIN;
		if (poll(&pfd, 1, 5000) != 1 ||
		    (fd = accept(t->lfd, NULL, NULL)) == -1)
			return NULL;
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
		ssl = SSL_new(t->ctx);
		SSL_set_fd(ssl, fd);
		if (SSL_accept(ssl) == 1) {
			SSL_write(ssl, "220 ten.test ESMTP\r\n", 20);
			/* Read until QUIT (bounded by the receive timeout). */
			while ((n = SSL_read(ssl, buf, sizeof buf - 1)) > 0) {
				buf[n] = '\0';
				if (strstr(buf, "QUIT") != NULL) {
					SSL_write(ssl, "221 bye\r\n", 9);
					break;
				}
			}
			t->served++;
		}
		SSL_shutdown(ssl);
		SSL_free(ssl);
		close(fd);
	}
	return NULL;
}

static void
tenday_start(struct tenday *t)
{
	struct sockaddr_in	 sin;
	socklen_t		 sl = sizeof sin;
	EVP_PKEY		*key;
	X509			*x;
	BIO			*bio;
	char			*p;
	long			 n;

	memset(t, 0, sizeof *t);
	assert_non_null(key = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256"));
	x = tenday_cert(key);
	assert_non_null(t->ctx = SSL_CTX_new(TLS_server_method()));
	assert_int_equal(SSL_CTX_use_certificate(t->ctx, x), 1);
	assert_int_equal(SSL_CTX_use_PrivateKey(t->ctx, key), 1);
	assert_non_null(bio = BIO_new(BIO_s_mem()));
	assert_int_equal(PEM_write_bio_X509(bio, x), 1);
	n = BIO_get_mem_data(bio, &p);
	assert_non_null(t->pem = strndup(p, n));
	BIO_free(bio);
	X509_free(x);
	EVP_PKEY_free(key);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_not_equal(t->lfd = socket(AF_INET, SOCK_STREAM, 0), -1);
	assert_int_equal(bind(t->lfd, (struct sockaddr *)&sin, sizeof sin), 0);
	assert_int_equal(listen(t->lfd, 2), 0);
	assert_int_equal(getsockname(t->lfd, (struct sockaddr *)&sin, &sl), 0);
	t->port = ntohs(sin.sin_port);
	assert_int_equal(pthread_create(&t->thread, NULL, tenday_main, t), 0);
}

static void
tenday_finish(struct tenday *t)
{
	pthread_join(t->thread, NULL);
	close(t->lfd);
	SSL_CTX_free(t->ctx);
	free(t->pem);
}

/* One implicit-TLS connection to the ten-day server, then QUIT. */
static void
tenday_session(struct harness *h, int port)
{
	char	 err[256];

	assert_int_equal(session_connect(h->s, "127.0.0.1", port, 1, err,
	    sizeof err), 0);
	assert_int_equal(harness_run(h, harness_idle, RUN_MS), 1);
	assert_int_equal(session_state(h->s), SESSION_READY);
	assert_int_equal(session_quit(h->s, 2000), 1);
	assert_int_equal(harness_run(h, harness_closed, RUN_MS), 1);
}

static void
test_cert_ten_days(void **state)
{
	struct tenday			 t;
	struct harness			 h;
	struct session_config		 cfg;
	struct tls_client_config	 tc;
	const struct finding		*f;

	(void)state;
	tenday_start(&t);
	/* A session of our own: the harness's peer is not used. */
	memset(&h, 0, sizeof h);
	memset(&cfg, 0, sizeof cfg);
	cfg.ehlo_name = "client.test";
	cfg.timeout_ms = 3000;
	assert_non_null(h.s = session_new(&cfg, NULL, NULL));
	assert_int_equal(session_set_trust(h.s, t.pem), 0);
	tenday_session(&h, t.port);
	assert_non_null(f = found(h.s, FINDING_CERT_EXPIRING, 0));
	assert_int_equal(f->num, 10);
	assert_int_equal(f->conn, 1);
	rendered(f, "the certificate expires in 10 days");
	assert_null(found(h.s, FINDING_CERT_UNVERIFIED, 0));
	assert_int_equal(nfound(h.s), 1);

	/* Again without trusting it, going on as --insecure does: the
	   second connection's findings are its own, the first's kept. */
	assert_int_equal(session_set_trust(h.s, NULL), 0);
	memset(&tc, 0, sizeof tc);
	tc.insecure = 1;
	assert_int_equal(session_set_tls(h.s, &tc), 0);
	tenday_session(&h, t.port);
	assert_non_null(f = found(h.s, FINDING_CERT_EXPIRING, 1));
	assert_int_equal(f->conn, 2);
	assert_non_null(f = found(h.s, FINDING_CERT_UNVERIFIED, 0));
	assert_int_equal(f->conn, 2);
	assert_string_equal(f->word, "self-signed");
	rendered(f, "the certificate was not verified: it is self-signed");
	assert_int_equal(nfound(h.s), 3);
	assert_int_equal(found(h.s, FINDING_CERT_EXPIRING, 0)->conn, 1);
	harness_finish(&h);
	tenday_finish(&t);
	assert_int_equal(t.served, 2);
}

/* Collect findings into an array of 8. */
struct collected {
	struct finding	 v[8];
	int		 n;
};

static void
collect(void *arg, struct finding *f)
{
	struct collected	*c = arg;

	if (c->n < 8)
		c->v[c->n++] = *f;
}

/* What no loopback peer here can show: TLS 1.1 (OpenSSL 3 refuses it
   at its default security level), an expired certificate, and the
   boundaries of the checks. */
static void
test_tls_checks(void **state)
{
	struct tls_info	 ti;
	struct collected c = { .n = 0 };
	struct finding	*got = c.v;
	long long	 now = 1800000000LL;

	(void)state;
	memset(&ti, 0, sizeof ti);
	snprintf(ti.version, sizeof ti.version, "TLSv1.1");
	ti.have_cert = 1;
	ti.verified = 1;
	ti.valid_until = now - 3 * 86400 + 60;
	findings_tls(&ti, now, collect, &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(got[0].kind, FINDING_CERT_EXPIRED);
	assert_int_equal(got[0].num, 3);
	rendered(&got[0], "the certificate expired 3 days ago");
	assert_int_equal(got[1].kind, FINDING_OLD_TLS);
	assert_string_equal(got[1].word, "TLSv1.1");
	rendered(&got[1], "TLS version TLSv1.1 is older than TLS 1.2 "
	    "(deprecated by RFC 8996)");

	/* TLS 1.2, 31 days left, verified: nothing. */
	c.n = 0;
	snprintf(ti.version, sizeof ti.version, "TLSv1.2");
	ti.valid_until = now + 31 * 86400;
	findings_tls(&ti, now, collect, &c);
	assert_int_equal(c.n, 0);
	/* One day left, a name mismatch. */
	ti.valid_until = now + 3600;
	ti.verified = 0;
	ti.verify_kind = TLS_V_NAME;
	findings_tls(&ti, now, collect, &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(got[0].num, 1);
	rendered(&got[0], "the certificate expires in 1 day");
	assert_string_equal(got[1].word, "name");
	rendered(&got[1], "the certificate was not verified: it does not name "
	    "the host connected to");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_auth_before_tls),
		cmocka_unit_test(test_no_starttls),
		cmocka_unit_test(test_no_starttls_other_port),
		cmocka_unit_test(test_relay_refused),
		cmocka_unit_test(test_auth_refused_required),
		cmocka_unit_test(test_unasked),
		cmocka_unit_test(test_closed_no_221),
		cmocka_unit_test(test_slow_greeting),
		cmocka_unit_test(test_cert_ten_days),
		cmocka_unit_test(test_tls_checks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
