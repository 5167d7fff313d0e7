/*
 * The server side of the SASL mechanisms the lab offers after STARTTLS:
 * PLAIN (RFC 4616), LOGIN, CRAM-MD5 (RFC 2195) and SCRAM-SHA-256 (RFC 5802,
 * RFC 7677), for the one demo account. An exchange is a small counter of
 * steps: each client message (already base64-decoded by the connection)
 * either produces the next challenge, or ends in success, denial or a
 * syntax error. SCRAM works from the stored and server keys made at start
 * from a random salt, as a real server keeps them, and sends its server
 * signature so that the client can check the lab knows the password.
 * Everything derived from a client message is wiped on free.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "b64.h"
#include "buf.h"
#include "lab_int.h"

enum lab_mech {
	LAB_MECH_PLAIN,
	LAB_MECH_LOGIN,
	LAB_MECH_CRAM,
	LAB_MECH_SCRAM,
};

static const char *const lab_mech_names[] = {
	"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256"
};

struct lab_sasl {
	enum lab_mech	 mech;
	const struct lab_scram_keys *keys;
	int		 step;
	char		 user[256];
	char		 chal[128];	/* CRAM-MD5 challenge */
	struct buf	 gs2;		/* SCRAM: gs2-header as sent */
	struct buf	 nonce;		/* SCRAM: client + server nonce */
	struct buf	 auth;		/* SCRAM: AuthMessage so far */
	unsigned char	 ssig[32];	/* SCRAM: server signature */
};

int
lab_sasl_setup(struct lab_scram_keys *k)
{
	unsigned char	 salted[32], ckey[32];
	unsigned int	 n;
	int		 r = -1;

	if (RAND_bytes(k->salt, sizeof k->salt) != 1)
		return -1;
	if (PKCS5_PBKDF2_HMAC(LAB_PASSWORD, strlen(LAB_PASSWORD), k->salt,
	    sizeof k->salt, LAB_SCRAM_ITER, EVP_sha256(), sizeof salted,
	    salted) != 1)
		goto done;
	if (HMAC(EVP_sha256(), salted, sizeof salted,
	    (const unsigned char *)"Client Key", 10, ckey, &n) == NULL ||
	    EVP_Digest(ckey, sizeof ckey, k->stored_key, NULL, EVP_sha256(),
	    NULL) != 1 ||
	    HMAC(EVP_sha256(), salted, sizeof salted,
	    (const unsigned char *)"Server Key", 10, k->server_key, &n) == NULL)
		goto done;
	r = 0;
done:
	OPENSSL_cleanse(salted, sizeof salted);
	OPENSSL_cleanse(ckey, sizeof ckey);
	return r;
}

struct lab_sasl *
lab_sasl_new(const struct lab_scram_keys *keys, const char *mech)
{
	struct lab_sasl	*s;
	size_t		 i;

	for (i = 0; i < sizeof lab_mech_names / sizeof lab_mech_names[0]; i++)
		if (strcasecmp(mech, lab_mech_names[i]) == 0)
			break;
	if (i == sizeof lab_mech_names / sizeof lab_mech_names[0])
		return NULL;
	if ((s = calloc(1, sizeof *s)) == NULL)
		return NULL;
	s->mech = (enum lab_mech)i;
	s->keys = keys;
	buf_init(&s->gs2, 512);
	buf_init(&s->nonce, 512);
	buf_init(&s->auth, 4096);
	return s;
}

const char *
lab_sasl_mech(const struct lab_sasl *s)
{
	return lab_mech_names[s->mech];
}

const char *
lab_sasl_user(const struct lab_sasl *s)
{
	return s->user;
}

void
lab_sasl_free(struct lab_sasl *s)
{
	if (s == NULL)
		return;
	buf_free(&s->gs2);
	buf_free(&s->nonce);
	buf_free(&s->auth);
	OPENSSL_cleanse(s, sizeof *s);
	free(s);
}

/* The demo account answers to its address and to its bare local part. */
static int
lab_sasl_known(const char *u, size_t len)
{
	size_t	 l = strlen("student");

	if (memchr(u, '\0', len) != NULL)
		return 0;
	if (len == l && memcmp(u, "student", l) == 0)
		return 1;
	return len == strlen(LAB_USER) && memcmp(u, "student@", l + 1) == 0 &&
	    strncasecmp(u + l + 1, LAB_DOMAIN, len - l - 1) == 0;
}

static int
lab_sasl_password(const unsigned char *p, size_t len)
{
	return len == strlen(LAB_PASSWORD) &&
	    CRYPTO_memcmp(p, LAB_PASSWORD, len) == 0;
}

static void
lab_sasl_setuser(struct lab_sasl *s, const void *u, size_t len)
{
	if (len >= sizeof s->user)
		len = sizeof s->user - 1;
	memcpy(s->user, u, len);
	s->user[len] = '\0';
}

/* PLAIN: [authzid] NUL authcid NUL password, in one message. */
static enum lab_sasl_res
lab_sasl_plain(struct lab_sasl *s, const unsigned char *in, size_t len,
    int have)
{
	const unsigned char	*a, *b;
	size_t			 zlen, clen;

	if (!have) {
		/* No initial response: ask with an empty challenge. */
		s->step = 1;
		return LAB_SASL_CONTINUE;
	}
	if ((a = memchr(in, '\0', len)) == NULL ||
	    (b = memchr(a + 1, '\0', len - (a + 1 - in))) == NULL ||
	    memchr(b + 1, '\0', len - (b + 1 - in)) != NULL)
		return LAB_SASL_MALFORMED;
	zlen = a - in;
	clen = b - (a + 1);
	lab_sasl_setuser(s, a + 1, clen);
	if (!lab_sasl_known((const char *)a + 1, clen))
		return LAB_SASL_DENIED;
	/* Acting for someone else is not something the demo account may. */
	if (zlen && !lab_sasl_known((const char *)in, zlen))
		return LAB_SASL_DENIED;
	if (!lab_sasl_password(b + 1, len - (b + 1 - in)))
		return LAB_SASL_DENIED;
	return LAB_SASL_OK;
}

/* LOGIN: "Username:", "Password:"; an initial response is the user. */
static enum lab_sasl_res
lab_sasl_login(struct lab_sasl *s, const unsigned char *in, size_t len,
    int have, struct buf *out)
{
	switch (s->step) {
	case 0:
		if (!have) {
			s->step = 1;
			return buf_addstr(out, "Username:") ?
			    LAB_SASL_MALFORMED : LAB_SASL_CONTINUE;
		}
		/* FALLTHROUGH */
	case 1:
		if (memchr(in, '\0', len) != NULL)
			return LAB_SASL_MALFORMED;
		lab_sasl_setuser(s, in, len);
		s->step = 2;
		return buf_addstr(out, "Password:") ?
		    LAB_SASL_MALFORMED : LAB_SASL_CONTINUE;
	default:
		if (!lab_sasl_known(s->user, strlen(s->user)) ||
		    !lab_sasl_password(in, len))
			return LAB_SASL_DENIED;
		return LAB_SASL_OK;
	}
}

/* CRAM-MD5: a unique challenge, answered by "user hex(HMAC-MD5)". */
static enum lab_sasl_res
lab_sasl_cram(struct lab_sasl *s, const unsigned char *in, size_t len,
    int have, struct buf *out)
{
	unsigned char	 md[EVP_MAX_MD_SIZE], r[8];
	char		 hex[32], want[2 * 16 + 1];
	const unsigned char *sp;
	unsigned int	 mdlen, i;
	int		 ok;

	if (s->step == 0) {
		/* RFC 4954: no initial response for a mechanism that
		   starts with a challenge. */
		if (have)
			return LAB_SASL_MALFORMED;
		if (RAND_bytes(r, sizeof r) != 1)
			return LAB_SASL_MALFORMED;
		snprintf(s->chal, sizeof s->chal,
		    "<%02x%02x%02x%02x%02x%02x%02x%02x.%lld@%s>", r[0], r[1],
		    r[2], r[3], r[4], r[5], r[6], r[7],
		    (long long)time(NULL), LAB_DOMAIN);
		s->step = 1;
		return buf_addstr(out, s->chal) ?
		    LAB_SASL_MALFORMED : LAB_SASL_CONTINUE;
	}
	/* The digest is the last word; a user name may hold spaces. */
	for (sp = in + len; sp > in && sp[-1] != ' '; sp--)
		;
	if (sp == in || in + len - sp != 32)
		return LAB_SASL_MALFORMED;
	lab_sasl_setuser(s, in, sp - 1 - in);
	if (HMAC(EVP_md5(), LAB_PASSWORD, strlen(LAB_PASSWORD),
	    (const unsigned char *)s->chal, strlen(s->chal), md, &mdlen) ==
	    NULL || mdlen != 16)
		return LAB_SASL_MALFORMED;
	for (i = 0; i < 16; i++)
		snprintf(want + 2 * i, 3, "%02x", md[i]);
	for (i = 0; i < 32; i++)
		hex[i] = tolower(sp[i]);
	ok = CRYPTO_memcmp(hex, want, 32) == 0;
	OPENSSL_cleanse(md, sizeof md);
	OPENSSL_cleanse(want, sizeof want);
	if (!lab_sasl_known(s->user, strlen(s->user)) || !ok)
		return LAB_SASL_DENIED;
	return LAB_SASL_OK;
}

/* Find attribute c ("c=") among the comma-separated ones of m. */
static const char *
lab_scram_attr(const char *m, size_t len, char c, size_t *vlen)
{
	const char	*p = m, *end = m + len, *comma;

	while (p < end) {
		if ((comma = memchr(p, ',', end - p)) == NULL)
			comma = end;
		if (comma - p >= 2 && p[0] == c && p[1] == '=') {
			*vlen = comma - p - 2;
			return p + 2;
		}
		p = comma + 1;
	}
	return NULL;
}

/* saslname (RFC 5802 5.1): "=2C" is ",", "=3D" is "=", nothing else. */
static int
lab_scram_name(struct lab_sasl *s, const char *v, size_t len)
{
	char	 u[256];
	size_t	 i, n = 0;

	for (i = 0; i < len; i++) {
		if (n + 1 >= sizeof u)
			return -1;
		if (v[i] == '=') {
			if (len - i >= 3 && memcmp(v + i, "=2C", 3) == 0)
				u[n++] = ',';
			else if (len - i >= 3 && memcmp(v + i, "=3D", 3) == 0)
				u[n++] = '=';
			else
				return -1;
			i += 2;
		} else if (v[i] == '\0')
			return -1;
		else
			u[n++] = v[i];
	}
	lab_sasl_setuser(s, u, n);
	return 0;
}

/* client-first-message: gs2-header, then "n=user,r=nonce[,...]". */
static enum lab_sasl_res
lab_scram_first(struct lab_sasl *s, const char *m, size_t len,
    struct buf *out)
{
	const char	*p, *bare, *v;
	unsigned char	 r[18];
	size_t		 vlen;

	if (memchr(m, '\0', len) != NULL || len < 3)
		return LAB_SASL_MALFORMED;
	/* The lab offers no -PLUS variant, so "p=" cannot be honoured. */
	if ((m[0] != 'n' && m[0] != 'y') || m[1] != ',')
		return LAB_SASL_MALFORMED;
	if ((p = memchr(m + 2, ',', len - 2)) == NULL)
		return LAB_SASL_MALFORMED;
	if (p != m + 2 && (p - m < 4 || m[2] != 'a' || m[3] != '='))
		return LAB_SASL_MALFORMED;
	bare = p + 1;
	if (buf_add(&s->gs2, m, bare - m) == -1)
		return LAB_SASL_MALFORMED;
	len -= bare - m;
	if (len < 2 || memcmp(bare, "n=", 2) != 0)
		return LAB_SASL_MALFORMED;	/* includes "m=" extensions */
	if ((v = lab_scram_attr(bare, len, 'n', &vlen)) == NULL ||
	    lab_scram_name(s, v, vlen) == -1)
		return LAB_SASL_MALFORMED;
	if ((v = lab_scram_attr(bare, len, 'r', &vlen)) == NULL || vlen == 0)
		return LAB_SASL_MALFORMED;
	if (RAND_bytes(r, sizeof r) != 1 ||
	    buf_add(&s->nonce, v, vlen) == -1 ||
	    b64_encode(r, sizeof r, &s->nonce) == -1)
		return LAB_SASL_MALFORMED;
	/* server-first-message; an unknown user goes on to fail at the
	   proof, so the exchange does not tell which users exist. */
	if (buf_printf(out, "r=%s,s=", s->nonce.data) == -1 ||
	    b64_encode(s->keys->salt, sizeof s->keys->salt, out) == -1 ||
	    buf_printf(out, ",i=%d", LAB_SCRAM_ITER) == -1)
		return LAB_SASL_MALFORMED;
	if (buf_add(&s->auth, bare, len) == -1 ||
	    buf_addch(&s->auth, ',') == -1 ||
	    buf_add(&s->auth, out->data, out->len) == -1)
		return LAB_SASL_MALFORMED;
	s->step = 2;
	return LAB_SASL_CONTINUE;
}

/* client-final-message: "c=...,r=...[,...],p=proof". */
static enum lab_sasl_res
lab_scram_final(struct lab_sasl *s, const char *m, size_t len,
    struct buf *out)
{
	struct buf	 cb, proof;
	const char	*v, *p;
	unsigned char	 sig[32], key[32], h[32];
	unsigned int	 n, i;
	size_t		 vlen;
	enum lab_sasl_res res = LAB_SASL_MALFORMED;

	buf_init(&cb, 1024);
	buf_init(&proof, 256);
	if (memchr(m, '\0', len) != NULL)
		goto done;
	/* The proof is the last attribute; what precedes it is signed. */
	for (p = len > 3 ? m + len - 3 : m; p > m; p--)
		if (p[0] == ',' && p[1] == 'p' && p[2] == '=')
			break;
	if (p == m)
		goto done;
	if ((v = lab_scram_attr(m, p - m, 'c', &vlen)) == NULL ||
	    b64_encode(s->gs2.data, s->gs2.len, &cb) == -1 ||
	    vlen != cb.len || memcmp(v, cb.data, vlen) != 0)
		goto done;
	if ((v = lab_scram_attr(m, p - m, 'r', &vlen)) == NULL ||
	    vlen != s->nonce.len || memcmp(v, s->nonce.data, vlen) != 0)
		goto done;
	if (b64_decode(p + 3, m + len - (p + 3), &proof) == -1 ||
	    proof.len != sizeof key)
		goto done;
	if (buf_addch(&s->auth, ',') == -1 || buf_add(&s->auth, m, p - m) == -1)
		goto done;
	/* ClientKey = proof XOR HMAC(StoredKey, AuthMessage); the client
	   knew the password when H(ClientKey) is the StoredKey. */
	if (HMAC(EVP_sha256(), s->keys->stored_key, 32,
	    (unsigned char *)s->auth.data, s->auth.len, sig, &n) == NULL)
		goto done;
	for (i = 0; i < sizeof key; i++)
		key[i] = proof.data[i] ^ sig[i];
	if (EVP_Digest(key, sizeof key, h, NULL, EVP_sha256(), NULL) != 1)
		goto done;
	if (CRYPTO_memcmp(h, s->keys->stored_key, sizeof h) != 0 ||
	    !lab_sasl_known(s->user, strlen(s->user))) {
		res = LAB_SASL_DENIED;
		goto done;
	}
	if (HMAC(EVP_sha256(), s->keys->server_key, 32,
	    (unsigned char *)s->auth.data, s->auth.len, s->ssig, &n) == NULL ||
	    buf_addstr(out, "v=") == -1 ||
	    b64_encode(s->ssig, sizeof s->ssig, out) == -1)
		goto done;
	s->step = 3;
	res = LAB_SASL_CONTINUE;
done:
	OPENSSL_cleanse(key, sizeof key);
	OPENSSL_cleanse(sig, sizeof sig);
	buf_free(&cb);
	buf_free(&proof);
	return res;
}

static enum lab_sasl_res
lab_sasl_scram(struct lab_sasl *s, const unsigned char *in, size_t len,
    int have, struct buf *out)
{
	switch (s->step) {
	case 0:
		if (!have) {
			s->step = 1;
			return LAB_SASL_CONTINUE;
		}
		/* FALLTHROUGH */
	case 1:
		return lab_scram_first(s, (const char *)in, len, out);
	case 2:
		return lab_scram_final(s, (const char *)in, len, out);
	default:
		/* After the server signature SMTP needs one more, empty,
		   client message before the 235 (RFC 4954 4). */
		return len == 0 ? LAB_SASL_OK : LAB_SASL_MALFORMED;
	}
}

enum lab_sasl_res
lab_sasl_step(struct lab_sasl *s, const unsigned char *in, size_t len,
    int have, struct buf *out)
{
	switch (s->mech) {
	case LAB_MECH_PLAIN:
		return lab_sasl_plain(s, in, len, have || s->step > 0);
	case LAB_MECH_LOGIN:
		return lab_sasl_login(s, in, len, have, out);
	case LAB_MECH_CRAM:
		return lab_sasl_cram(s, in, len, have, out);
	case LAB_MECH_SCRAM:
		return lab_sasl_scram(s, in, len, have, out);
	}
	return LAB_SASL_MALFORMED;
}
