/*
 * TLS with OpenSSL 3, the only file in core that includes its TLS
 * headers. One SSL_CTX per connection keeps the trust settings of each
 * session apart (a lab connection trusts the lab's certificate, nothing
 * else does); the cost is irrelevant at one connection at a time.
 * Verification always runs; the verify callback lets an insecure session
 * continue, but SSL_get_verify_result still holds the first failure, so
 * the session can say the connection is NOT verified and why.
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "buf.h"
#include "tls.h"

struct tls {
	SSL_CTX	*ctx;
	SSL	*ssl;
	int	 insecure;
	int	 done;		/* handshake completed */
};

struct tls_server {
	SSL_CTX	*ctx;
	char	*pem;
};

/* Put OpenSSL's most recent reason, or what, into err; clear the queue. */
static void
tls_error(char *err, size_t errlen, const char *what)
{
	unsigned long	 e = ERR_peek_last_error();
	const char	*reason = e ? ERR_reason_error_string(e) : NULL;

	if (reason != NULL)
		snprintf(err, errlen, "%s: %s", what, reason);
	else
		snprintf(err, errlen, "%s", what);
	ERR_clear_error();
}

static int
tls_verify_cb(int ok, X509_STORE_CTX *store)
{
	SSL		*ssl;
	struct tls	*t;

	ssl = X509_STORE_CTX_get_ex_data(store,
	    SSL_get_ex_data_X509_STORE_CTX_idx());
	t = SSL_get_app_data(ssl);
	return t != NULL && t->insecure ? 1 : ok;
}

static int
tls_is_ip(const char *host)
{
	unsigned char	 a[16];

	return inet_pton(AF_INET, host, a) == 1 ||
	    inet_pton(AF_INET6, host, a) == 1;
}

static int
tls_add_pem(SSL_CTX *ctx, const char *pem)
{
	BIO	*bio;
	X509	*x;
	int	 n = 0;

	if ((bio = BIO_new_mem_buf(pem, -1)) == NULL)
		return -1;
	while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
		if (X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), x) == 1)
			n++;
		X509_free(x);
	}
	ERR_clear_error();
	BIO_free(bio);
	return n ? 0 : -1;
}

struct tls *
tls_client_new(int fd, const char *host, const struct tls_client_config *cfg,
    char *err, size_t errlen)
{
	struct tls	*t;

	if ((t = calloc(1, sizeof *t)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	t->insecure = cfg->insecure;
	/* TLS 1.2 at least (RFC 8996 retired 1.0 and 1.1). */
	if ((t->ctx = SSL_CTX_new(TLS_client_method())) == NULL ||
	    !SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION)) {
		tls_error(err, errlen, "cannot set up TLS");
		goto fail;
	}
	if (cfg->ca_file != NULL) {
		if (!SSL_CTX_load_verify_locations(t->ctx, cfg->ca_file, NULL)) {
			tls_error(err, errlen, "cannot load the CA file");
			goto fail;
		}
	} else if (!SSL_CTX_set_default_verify_paths(t->ctx)) {
		tls_error(err, errlen, "cannot load the system CA store");
		goto fail;
	}
	if (cfg->ca_pem != NULL && tls_add_pem(t->ctx, cfg->ca_pem) == -1) {
		snprintf(err, errlen, "cannot load the extra trusted certificate");
		goto fail;
	}
	SSL_CTX_set_verify(t->ctx, SSL_VERIFY_PEER, tls_verify_cb);
	SSL_CTX_set_mode(t->ctx, SSL_MODE_ENABLE_PARTIAL_WRITE |
	    SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	if ((t->ssl = SSL_new(t->ctx)) == NULL || !SSL_set_fd(t->ssl, fd)) {
		tls_error(err, errlen, "cannot set up TLS");
		goto fail;
	}
	SSL_set_app_data(t->ssl, t);
	if (tls_is_ip(host)) {
		if (!X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(t->ssl), host)) {
			tls_error(err, errlen, "bad address for verification");
			goto fail;
		}
	} else if (!SSL_set_tlsext_host_name(t->ssl, host) ||
	    !SSL_set1_host(t->ssl, host)) {
		tls_error(err, errlen, "bad host name for TLS");
		goto fail;
	}
	SSL_set_connect_state(t->ssl);
	return t;
fail:
	tls_free(t);
	return NULL;
}

/* Map an SSL_get_error result; ret is the failed call's return value. */
static enum tls_io
tls_result(struct tls *t, int ret, const char *what, char *err, size_t errlen)
{
	long	 v;

	switch (SSL_get_error(t->ssl, ret)) {
	case SSL_ERROR_WANT_READ:
		return TLS_WANT_READ;
	case SSL_ERROR_WANT_WRITE:
		return TLS_WANT_WRITE;
	case SSL_ERROR_ZERO_RETURN:
		return TLS_CLOSED;
	case SSL_ERROR_SYSCALL:
		if (ERR_peek_last_error() == 0) {
			snprintf(err, errlen, "%s: connection closed by the "
			    "server", what);
			ERR_clear_error();
			return TLS_ERROR;
		}
		break;
	default:
		break;
	}
	if (!t->done && (v = SSL_get_verify_result(t->ssl)) != X509_V_OK &&
	    !t->insecure) {
		snprintf(err, errlen, "certificate verification failed: %s",
		    X509_verify_cert_error_string(v));
		ERR_clear_error();
		return TLS_ERROR;
	}
	tls_error(err, errlen, what);
	return TLS_ERROR;
}

enum tls_io
tls_handshake(struct tls *t, char *err, size_t errlen)
{
	int	 r;

	ERR_clear_error();
	if ((r = SSL_do_handshake(t->ssl)) == 1) {
		t->done = 1;
		return TLS_OK;
	}
	return tls_result(t, r, "TLS handshake failed", err, errlen);
}

enum tls_io
tls_read(struct tls *t, void *p, size_t len, size_t *n, char *err,
    size_t errlen)
{
	int	 r;

	ERR_clear_error();
	if ((r = SSL_read_ex(t->ssl, p, len, n)) == 1)
		return TLS_OK;
	return tls_result(t, r, "TLS read failed", err, errlen);
}

enum tls_io
tls_write(struct tls *t, const void *p, size_t len, size_t *n, char *err,
    size_t errlen)
{
	int	 r;

	ERR_clear_error();
	if ((r = SSL_write_ex(t->ssl, p, len, n)) == 1)
		return TLS_OK;
	return tls_result(t, r, "TLS write failed", err, errlen);
}

int
tls_pending(const struct tls *t)
{
	return SSL_pending(t->ssl);
}

static void
tls_name(X509_NAME *name, char *out, size_t outlen)
{
	BIO	*bio;
	int	 n;

	out[0] = '\0';
	if (name == NULL || (bio = BIO_new(BIO_s_mem())) == NULL)
		return;
	X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
	n = BIO_read(bio, out, (int)outlen - 1);
	out[n > 0 ? n : 0] = '\0';
	BIO_free(bio);
}

static void
tls_time(const ASN1_TIME *at, char *out, size_t outlen)
{
	struct tm	 tm;

	if (at == NULL || !ASN1_TIME_to_tm(at, &tm))
		snprintf(out, outlen, "?");
	else
		strftime(out, outlen, "%Y-%m-%d %H:%M:%S UTC", &tm);
}

static void
tls_sans(X509 *x, char *out, size_t outlen)
{
	GENERAL_NAMES	*names;
	GENERAL_NAME	*g;
	size_t		 o = 0;
	int		 i;
	char		 ip[INET6_ADDRSTRLEN];

	out[0] = '\0';
	names = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
	if (names == NULL)
		return;
	for (i = 0; i < sk_GENERAL_NAME_num(names) && o < outlen; i++) {
		g = sk_GENERAL_NAME_value(names, i);
		if (g->type == GEN_DNS)
			o += snprintf(out + o, outlen - o, "%sDNS:%.*s",
			    o ? ", " : "", ASN1_STRING_length(g->d.dNSName),
			    (const char *)ASN1_STRING_get0_data(g->d.dNSName));
		else if (g->type == GEN_IPADD) {
			int len = ASN1_STRING_length(g->d.iPAddress);
			const unsigned char *a =
			    ASN1_STRING_get0_data(g->d.iPAddress);
			/* Check the length first: a malformed entry must not
			   be read past its end. */
			if ((len == 4 || len == 16) && inet_ntop(len == 4 ?
			    AF_INET : AF_INET6, a, ip, sizeof ip) != NULL)
				o += snprintf(out + o, outlen - o, "%sIP:%s",
				    o ? ", " : "", ip);
		}
	}
	GENERAL_NAMES_free(names);
}

void
tls_get_info(const struct tls *t, struct tls_info *info)
{
	X509	*x;
	long	 v;

	memset(info, 0, sizeof *info);
	snprintf(info->version, sizeof info->version, "%s",
	    SSL_get_version(t->ssl));
	snprintf(info->cipher, sizeof info->cipher, "%s",
	    SSL_CIPHER_get_name(SSL_get_current_cipher(t->ssl)));
	x = SSL_get0_peer_certificate(t->ssl);
	v = SSL_get_verify_result(t->ssl);
	if (x == NULL)
		snprintf(info->verify_error, sizeof info->verify_error,
		    "the server sent no certificate");
	else if (v != X509_V_OK)
		snprintf(info->verify_error, sizeof info->verify_error, "%s",
		    X509_verify_cert_error_string(v));
	else
		info->verified = t->done;
	if (x == NULL)
		return;
	tls_name(X509_get_subject_name(x), info->subject, sizeof info->subject);
	tls_name(X509_get_issuer_name(x), info->issuer, sizeof info->issuer);
	tls_sans(x, info->sans, sizeof info->sans);
	tls_time(X509_get0_notBefore(x), info->not_before,
	    sizeof info->not_before);
	tls_time(X509_get0_notAfter(x), info->not_after,
	    sizeof info->not_after);
}

int
tls_describe_chain(const struct tls *t, struct buf *out)
{
	STACK_OF(X509)	*chain = SSL_get_peer_cert_chain(t->ssl);
	X509		*x;
	char		 a[256], b[32], c[32], sans[512];
	int		 i;

	if (chain == NULL || sk_X509_num(chain) == 0)
		return buf_addstr(out, "the server sent no certificate\n");
	for (i = 0; i < sk_X509_num(chain); i++) {
		x = sk_X509_value(chain, i);
		tls_name(X509_get_subject_name(x), a, sizeof a);
		if (buf_printf(out, "certificate %d: %s\n", i, a) == -1)
			return -1;
		tls_name(X509_get_issuer_name(x), a, sizeof a);
		tls_time(X509_get0_notBefore(x), b, sizeof b);
		tls_time(X509_get0_notAfter(x), c, sizeof c);
		tls_sans(x, sans, sizeof sans);
		if (buf_printf(out, "  issuer: %s\n  valid: %s to %s\n", a, b,
		    c) == -1)
			return -1;
		if (sans[0] && buf_printf(out, "  names: %s\n", sans) == -1)
			return -1;
	}
	return 0;
}

void
tls_free(struct tls *t)
{
	if (t == NULL)
		return;
	if (t->ssl != NULL) {
		/* Best effort close_notify; never wait for the answer. */
		if (t->done)
			SSL_shutdown(t->ssl);
		SSL_free(t->ssl);
	}
	SSL_CTX_free(t->ctx);
	ERR_clear_error();
	free(t);
}

/* A self-signed P-256 certificate for name, localhost and 127.0.0.1. */
static X509 *
tls_make_cert(EVP_PKEY *key, const char *name)
{
	X509		*x;
	X509V3_CTX	 v3;
	X509_EXTENSION	*ext;
	char		 san[512];
	unsigned char	 serial[16];
	BIGNUM		*bn;

	if ((x = X509_new()) == NULL)
		return NULL;
	RAND_bytes(serial, sizeof serial);
	serial[0] &= 0x7f;
	bn = BN_bin2bn(serial, sizeof serial, NULL);
	if (bn == NULL || BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) ==
	    NULL)
		goto fail;
	BN_free(bn);
	bn = NULL;
	X509_set_version(x, 2);
	X509_gmtime_adj(X509_getm_notBefore(x), -3600);
	X509_gmtime_adj(X509_getm_notAfter(x), 7 * 24 * 3600);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN",
	    MBSTRING_UTF8, (const unsigned char *)name, -1, -1, 0);
	X509_set_issuer_name(x, X509_get_subject_name(x));
	X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
	snprintf(san, sizeof san, "DNS:%s,DNS:localhost,IP:127.0.0.1,IP:::1",
	    name);
	if ((ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name,
	    san)) == NULL)
		goto fail;
	X509_add_ext(x, ext, -1);
	X509_EXTENSION_free(ext);
	if (!X509_sign(x, key, EVP_sha256()))
		goto fail;
	return x;
fail:
	BN_free(bn);
	X509_free(x);
	return NULL;
}

struct tls_server *
tls_server_new(const char *name, char *err, size_t errlen)
{
	struct tls_server	*s;
	EVP_PKEY		*key = NULL;
	X509			*x = NULL;
	BIO			*bio = NULL;
	char			*p;
	long			 n;

	if ((s = calloc(1, sizeof *s)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if ((key = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256")) == NULL ||
	    (x = tls_make_cert(key, name)) == NULL) {
		tls_error(err, errlen, "cannot make the lab certificate");
		goto fail;
	}
	if ((s->ctx = SSL_CTX_new(TLS_server_method())) == NULL ||
	    !SSL_CTX_set_min_proto_version(s->ctx, TLS1_2_VERSION) ||
	    !SSL_CTX_use_certificate(s->ctx, x) ||
	    !SSL_CTX_use_PrivateKey(s->ctx, key)) {
		tls_error(err, errlen, "cannot set up the lab TLS server");
		goto fail;
	}
	SSL_CTX_set_mode(s->ctx, SSL_MODE_ENABLE_PARTIAL_WRITE |
	    SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	if ((bio = BIO_new(BIO_s_mem())) == NULL ||
	    !PEM_write_bio_X509(bio, x) ||
	    (n = BIO_get_mem_data(bio, &p)) <= 0 ||
	    (s->pem = strndup(p, n)) == NULL) {
		tls_error(err, errlen, "cannot encode the lab certificate");
		goto fail;
	}
	BIO_free(bio);
	X509_free(x);
	EVP_PKEY_free(key);
	return s;
fail:
	BIO_free(bio);
	X509_free(x);
	EVP_PKEY_free(key);
	tls_server_free(s);
	return NULL;
}

const char *
tls_server_cert_pem(const struct tls_server *s)
{
	return s->pem;
}

void
tls_server_free(struct tls_server *s)
{
	if (s == NULL)
		return;
	SSL_CTX_free(s->ctx);
	free(s->pem);
	free(s);
}

struct tls *
tls_accept(struct tls_server *s, int fd, char *err, size_t errlen)
{
	struct tls	*t;

	if ((t = calloc(1, sizeof *t)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if ((t->ssl = SSL_new(s->ctx)) == NULL || !SSL_set_fd(t->ssl, fd)) {
		tls_error(err, errlen, "cannot set up TLS");
		tls_free(t);
		return NULL;
	}
	SSL_set_accept_state(t->ssl);
	return t;
}
