/*
 * TLS with OpenSSL 3, the only file in core that includes its TLS
 * headers. One SSL_CTX per connection keeps the trust settings of each
 * session apart (a lab connection trusts the lab's certificate, nothing
 * else does); the cost is irrelevant at one connection at a time.
 * Verification always runs; the verify callback lets an insecure session
 * continue, but SSL_get_verify_result still holds the first failure, so
 * the session can say the connection is NOT verified and why. The peer's
 * chain outlives a failed handshake inside the SSL object, so the facts
 * of a certificate that failed can still be read (and kept by the
 * session as PEM) before the connection is freed.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
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
	enum tls_err cls;	/* class of the last failure */
	char	 checked[256];	/* the name or address verified */
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

/*
 * A socket BIO of our own: OpenSSL's writes with write(2), which raises
 * SIGPIPE on a peer that went away; ours uses send(MSG_NOSIGNAL). The
 * descriptor is kept as the BIO's data and is never closed here.
 */
static BIO_METHOD	*tls_bio_meth;
static pthread_once_t	 tls_bio_once = PTHREAD_ONCE_INIT;

static int
tls_bio_fd(BIO *b)
{
	return (int)(intptr_t)BIO_get_data(b);
}

static int
tls_bio_write(BIO *b, const char *p, int len)
{
	ssize_t	 r;

	BIO_clear_retry_flags(b);
	r = send(tls_bio_fd(b), p, (size_t)len, MSG_NOSIGNAL);
	if (r == -1 && (errno == EAGAIN || errno == EWOULDBLOCK ||
	    errno == EINTR))
		BIO_set_retry_write(b);
	return (int)r;
}

static int
tls_bio_read(BIO *b, char *p, int len)
{
	ssize_t	 r;

	BIO_clear_retry_flags(b);
	r = recv(tls_bio_fd(b), p, (size_t)len, 0);
	if (r == -1 && (errno == EAGAIN || errno == EWOULDBLOCK ||
	    errno == EINTR))
		BIO_set_retry_read(b);
	else if (r == 0)
		/* OpenSSL asks BIO_CTRL_EOF to tell an EOF from a retry. */
		BIO_set_flags(b, BIO_FLAGS_IN_EOF);
	return (int)r;
}

static int
tls_bio_puts(BIO *b, const char *str)
{
	return tls_bio_write(b, str, (int)strlen(str));
}

static long
tls_bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
	(void)num;
	switch (cmd) {
	case BIO_C_GET_FD:
		if (ptr != NULL)
			*(int *)ptr = tls_bio_fd(b);
		return tls_bio_fd(b);
	case BIO_CTRL_EOF:
		return BIO_test_flags(b, BIO_FLAGS_IN_EOF) != 0;
	case BIO_CTRL_FLUSH:
	case BIO_CTRL_DUP:
		return 1;
	default:
		return 0;
	}
}

static void
tls_bio_init(void)
{
	BIO_METHOD	*m;

	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK |
	    BIO_TYPE_DESCRIPTOR, "smtpx socket");
	if (m == NULL || !BIO_meth_set_write(m, tls_bio_write) ||
	    !BIO_meth_set_read(m, tls_bio_read) ||
	    !BIO_meth_set_puts(m, tls_bio_puts) ||
	    !BIO_meth_set_ctrl(m, tls_bio_ctrl)) {
		BIO_meth_free(m);
		return;
	}
	tls_bio_meth = m;
}

/* Attach fd to ssl through our BIO; 0 on failure. */
static int
tls_set_fd(SSL *ssl, int fd)
{
	BIO	*b;

	pthread_once(&tls_bio_once, tls_bio_init);
	if (tls_bio_meth == NULL || (b = BIO_new(tls_bio_meth)) == NULL)
		return 0;
	BIO_set_data(b, (void *)(intptr_t)fd);
	BIO_set_init(b, 1);
	SSL_set_bio(ssl, b, b);
	return 1;
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
	if ((t->ssl = SSL_new(t->ctx)) == NULL || !tls_set_fd(t->ssl, fd)) {
		tls_error(err, errlen, "cannot set up TLS");
		goto fail;
	}
	SSL_set_app_data(t->ssl, t);
	/* --servername: what goes in SNI and is verified, when the
	   connection is made by address or by another name. */
	if (cfg->servername != NULL && *cfg->servername)
		host = cfg->servername;
	snprintf(t->checked, sizeof t->checked, "%s", host);
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

/* OpenSSL's reason for the failure, as a class. */
static enum tls_err
tls_class(unsigned long e)
{
	if (e == 0 || ERR_GET_LIB(e) != ERR_LIB_SSL)
		return TLS_E_PROTOCOL;
	switch (ERR_GET_REASON(e)) {
	case SSL_R_WRONG_VERSION_NUMBER:
	case SSL_R_PACKET_LENGTH_TOO_LONG:
#ifdef SSL_R_RECORD_LAYER_FAILURE
	case SSL_R_RECORD_LAYER_FAILURE:
#endif
		return TLS_E_NOT_TLS;
	case SSL_R_UNEXPECTED_EOF_WHILE_READING:
		return TLS_E_EOF;
	case SSL_R_CERTIFICATE_VERIFY_FAILED:
		return TLS_E_VERIFY;
	/* The server's alert on a hello that offers 1.2 and 1.3 only, or
	   its hello choosing an older version (RFC 8996). */
	case SSL_R_TLSV1_ALERT_PROTOCOL_VERSION:
	case SSL_R_UNSUPPORTED_PROTOCOL:
		return TLS_E_OLD_VERSION;
	default:
		return TLS_E_PROTOCOL;
	}
}

/* Map an SSL_get_error result; ret is the failed call's return value.
   The class of a failure goes to t->cls. */
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
		t->cls = TLS_E_CLOSED;
		return TLS_CLOSED;
	case SSL_ERROR_SYSCALL:
		if (ERR_peek_last_error() == 0) {
			t->cls = TLS_E_CLOSED;
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
		t->cls = TLS_E_VERIFY;
		snprintf(err, errlen, "certificate verification failed: %s",
		    X509_verify_cert_error_string(v));
		ERR_clear_error();
		return TLS_ERROR;
	}
	t->cls = tls_class(ERR_peek_last_error());
	tls_error(err, errlen, what);
	return TLS_ERROR;
}

enum tls_err
tls_error_class(const struct tls *t)
{
	return t->cls;
}

enum tls_io
tls_handshake(struct tls *t, char *err, size_t errlen)
{
	int	 r;

	ERR_clear_error();
	t->cls = TLS_E_NONE;
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
	t->cls = TLS_E_NONE;
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
	t->cls = TLS_E_NONE;
	if ((r = SSL_write_ex(t->ssl, p, len, n)) == 1)
		return TLS_OK;
	return tls_result(t, r, "TLS write failed", err, errlen);
}

int
tls_rekey(struct tls *t, char *err, size_t errlen)
{
	int	 r, ok;

	ERR_clear_error();
	if (SSL_version(t->ssl) >= TLS1_3_VERSION)
		ok = SSL_key_update(t->ssl, SSL_KEY_UPDATE_REQUESTED);
	else
		ok = SSL_renegotiate(t->ssl);
	if (!ok) {
		tls_error(err, errlen, "rekey failed");
		return -1;
	}
	/* It goes out with the next write, or now with a handshake step. */
	if ((r = SSL_do_handshake(t->ssl)) != 1 &&
	    tls_result(t, r, "rekey failed", err, errlen) == TLS_ERROR)
		return -1;
	return 0;
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

/* The peer's certificate: the verified one, or after a failed
   handshake the first of the chain it sent (OpenSSL sets the peer only
   once verification passed). */
static X509 *
tls_leaf(const struct tls *t)
{
	STACK_OF(X509)	*chain;
	X509		*x;

	if ((x = SSL_get0_peer_certificate(t->ssl)) != NULL)
		return x;
	chain = SSL_get_peer_cert_chain(t->ssl);
	if (chain != NULL && sk_X509_num(chain) > 0)
		return sk_X509_value(chain, 0);
	return NULL;
}

static long long
tls_epoch(const ASN1_TIME *at)
{
	struct tm	 tm;

	if (at == NULL || !ASN1_TIME_to_tm(at, &tm))
		return 0;
	return (long long)timegm(&tm);
}

/* The facts of one certificate into info (the certificate part). */
static void
tls_cert_facts(X509 *x, struct tls_info *info)
{
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen = 0, i;
	EVP_PKEY	*pk;
	const char	*type;
	char		 group[32];
	size_t		 o = 0, n;
	int		 bits;

	info->have_cert = 1;
	tls_name(X509_get_subject_name(x), info->subject, sizeof info->subject);
	tls_name(X509_get_issuer_name(x), info->issuer, sizeof info->issuer);
	tls_sans(x, info->sans, sizeof info->sans);
	if (info->sans[0])
		snprintf(info->names, sizeof info->names, "%s", info->sans);
	else {
		/* No SAN: name checks fall back to the CN (RFC 6125 6.4.4). */
		int j = X509_NAME_get_index_by_NID(X509_get_subject_name(x),
		    NID_commonName, -1);
		ASN1_STRING *cn = j < 0 ? NULL : X509_NAME_ENTRY_get_data(
		    X509_NAME_get_entry(X509_get_subject_name(x), j));
		if (cn != NULL)
			snprintf(info->names, sizeof info->names, "CN:%.*s",
			    ASN1_STRING_length(cn),
			    (const char *)ASN1_STRING_get0_data(cn));
		else
			snprintf(info->names, sizeof info->names, "(none)");
	}
	tls_time(X509_get0_notBefore(x), info->not_before,
	    sizeof info->not_before);
	tls_time(X509_get0_notAfter(x), info->not_after,
	    sizeof info->not_after);
	info->valid_from = tls_epoch(X509_get0_notBefore(x));
	info->valid_until = tls_epoch(X509_get0_notAfter(x));
	/* As openssl x509 -fingerprint -sha256 shows it. */
	info->fingerprint[0] = '\0';
	if (X509_digest(x, EVP_sha256(), md, &mdlen))
		for (i = 0; i < mdlen && o + 4 <= sizeof info->fingerprint; i++)
			o += snprintf(info->fingerprint + o,
			    sizeof info->fingerprint - o, "%s%02X",
			    i ? ":" : "", md[i]);
	snprintf(info->key, sizeof info->key, "?");
	if ((pk = X509_get0_pubkey(x)) == NULL)
		return;
	switch (EVP_PKEY_get_base_id(pk)) {
	case EVP_PKEY_RSA:	type = "RSA"; break;
	case EVP_PKEY_RSA_PSS:	type = "RSA-PSS"; break;
	case EVP_PKEY_EC:	type = "EC"; break;
	case EVP_PKEY_ED25519:	type = "Ed25519"; break;
	case EVP_PKEY_ED448:	type = "Ed448"; break;
	case EVP_PKEY_DSA:	type = "DSA"; break;
	default:		type = "other"; break;
	}
	bits = EVP_PKEY_get_bits(pk);
	n = snprintf(info->key, sizeof info->key, "%s %d bits", type, bits);
	if (EVP_PKEY_get_base_id(pk) == EVP_PKEY_EC && n < sizeof info->key &&
	    EVP_PKEY_get_group_name(pk, group, sizeof group, NULL))
		snprintf(info->key + n, sizeof info->key - n, " (%s)", group);
	ERR_clear_error();
}

static enum tls_verify_kind
tls_verify_kind(long v)
{
	switch (v) {
	case X509_V_OK:
		return TLS_V_OK;
	case X509_V_ERR_HOSTNAME_MISMATCH:
		return TLS_V_NAME;
	case X509_V_ERR_IP_ADDRESS_MISMATCH:
		return TLS_V_IP;
	case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
	case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
		return TLS_V_SELF_SIGNED;
	case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
	case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
	case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
	case X509_V_ERR_CERT_UNTRUSTED:
		return TLS_V_ISSUER;
	case X509_V_ERR_CERT_HAS_EXPIRED:
		return TLS_V_EXPIRED;
	case X509_V_ERR_CERT_NOT_YET_VALID:
		return TLS_V_NOT_YET;
	default:
		return TLS_V_OTHER;
	}
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
	snprintf(info->checked, sizeof info->checked, "%s", t->checked);
	x = tls_leaf(t);
	v = SSL_get_verify_result(t->ssl);
	if (x == NULL) {
		info->verify_kind = TLS_V_NO_CERT;
		snprintf(info->verify_error, sizeof info->verify_error,
		    "the server sent no certificate");
	} else if (v != X509_V_OK) {
		info->verify_kind = tls_verify_kind(v);
		snprintf(info->verify_error, sizeof info->verify_error, "%s",
		    X509_verify_cert_error_string(v));
	} else
		info->verified = t->done;
	if (x != NULL)
		tls_cert_facts(x, info);
}

int
tls_chain_pem(const struct tls *t, struct buf *out)
{
	STACK_OF(X509)	*chain = SSL_get_peer_cert_chain(t->ssl);
	BIO		*bio;
	char		*p;
	long		 n;
	int		 i, r = 0;

	if (chain == NULL || sk_X509_num(chain) == 0)
		return 0;
	if ((bio = BIO_new(BIO_s_mem())) == NULL)
		return -1;
	for (i = 0; i < sk_X509_num(chain); i++)
		if (!PEM_write_bio_X509(bio, sk_X509_value(chain, i)))
			r = -1;
	if (r == 0 && ((n = BIO_get_mem_data(bio, &p)) <= 0 ||
	    buf_add(out, p, n) == -1))
		r = -1;
	BIO_free(bio);
	ERR_clear_error();
	return r;
}

int
tls_describe_pem(const char *pem, size_t len, long long now, struct buf *out)
{
	struct tls_info	*info;
	BIO		*bio;
	X509		*x;
	char		 valid[128];
	int		 i, r = 0;

	if (len == 0)
		return buf_addstr(out, "the server sent no certificate\n");
	if ((info = calloc(1, sizeof *info)) == NULL ||
	    (bio = BIO_new_mem_buf(pem, (int)len)) == NULL) {
		free(info);
		return -1;
	}
	for (i = 0; r == 0 &&
	    (x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL; i++) {
		memset(info, 0, sizeof *info);
		tls_cert_facts(x, info);
		X509_free(x);
		tls_validity(info, now, valid, sizeof valid);
		if (buf_printf(out, "certificate %d: %s\n  issuer: %s\n"
		    "  valid: %s\n", i, info->subject, info->issuer,
		    valid) == -1 ||
		    (info->sans[0] && buf_printf(out, "  names: %s\n",
		    info->sans) == -1) ||
		    buf_printf(out, "  SHA-256: %s\n  key: %s\n",
		    info->fingerprint, info->key) == -1)
			r = -1;
	}
	ERR_clear_error();
	BIO_free(bio);
	free(info);
	return r;
}

void
tls_validity(const struct tls_info *info, long long now, char *out,
    size_t outlen)
{
	long long	 d;

	if (info->valid_until == 0 || info->valid_from == 0) {
		snprintf(out, outlen, "%s to %s", info->not_before,
		    info->not_after);
		return;
	}
	if (now < info->valid_from) {
		d = (info->valid_from - now + 86399) / 86400;
		snprintf(out, outlen, "%s to %s (not valid for %lld more "
		    "day%s)", info->not_before, info->not_after, d,
		    d == 1 ? "" : "s");
	} else if (now > info->valid_until) {
		d = (now - info->valid_until) / 86400;
		snprintf(out, outlen, "%s to %s (expired %lld day%s ago)",
		    info->not_before, info->not_after, d, d == 1 ? "" : "s");
	} else {
		d = (info->valid_until - now) / 86400;
		snprintf(out, outlen, "%s to %s (%lld day%s left)",
		    info->not_before, info->not_after, d, d == 1 ? "" : "s");
	}
}

void
tls_advice(const struct tls_info *info, notes_emit_fn *emit, void *arg)
{
	switch (info->verify_kind) {
	case TLS_V_OK:
		return;
	case TLS_V_NAME:
	case TLS_V_IP:
		notes_emitf(emit, arg, info->verify_kind == TLS_V_IP ?
		    "cert.ip" : "cert.name", "qq", info->names, info->checked);
		notes_emitf(emit, arg, "cert.name.todo", "");
		return;
	case TLS_V_SELF_SIGNED:
		notes_emitf(emit, arg, "cert.self-signed", "q", info->issuer);
		notes_emitf(emit, arg, "cert.self-signed.todo", "");
		return;
	case TLS_V_ISSUER:
		notes_emitf(emit, arg, "cert.issuer", "q", info->issuer);
		notes_emitf(emit, arg, "cert.issuer.todo", "");
		return;
	case TLS_V_EXPIRED:
		notes_emitf(emit, arg, "cert.expired", "w", info->not_after);
		notes_emitf(emit, arg, "cert.expired.todo", "");
		return;
	case TLS_V_NOT_YET:
		notes_emitf(emit, arg, "cert.not-yet", "w", info->not_before);
		notes_emitf(emit, arg, "cert.not-yet.todo", "");
		return;
	case TLS_V_NO_CERT:
		notes_emitf(emit, arg, "cert.none", "");
		notes_emitf(emit, arg, "cert.none.todo", "");
		return;
	case TLS_V_OTHER:
		notes_emitf(emit, arg, "cert.other", "q", info->verify_error);
		notes_emitf(emit, arg, "cert.other.todo", "");
		return;
	}
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
	/* Long enough not to be reported as expiring (findings warn
	   within 30 days) while a lab or a class runs. */
	X509_gmtime_adj(X509_getm_notAfter(x), 90 * 24 * 3600);
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

void
tls_server_tls12(struct tls_server *s)
{
	SSL_CTX_set_max_proto_version(s->ctx, TLS1_2_VERSION);
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
	if ((t->ssl = SSL_new(s->ctx)) == NULL || !tls_set_fd(t->ssl, fd)) {
		tls_error(err, errlen, "cannot set up TLS");
		tls_free(t);
		return NULL;
	}
	SSL_set_accept_state(t->ssl);
	return t;
}
