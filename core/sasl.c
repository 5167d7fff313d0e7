/*
 * SASL client mechanisms. A struct sasl is one exchange: the mechanism,
 * the credentials and the number of client messages produced so far
 * (step). Every mechanism has a fixed number of client messages, a flag
 * for whether the first goes with AUTH, and the step after which the
 * credentials are out; those three facts, kept in one table, let
 * sasl_step refuse a round the mechanism does not have and sasl_finish
 * refuse a 235 that came too early, the same way for every mechanism.
 * Challenges are trusted for nothing: none over 8 KiB is looked at,
 * LOGIN answers by step order whatever the prompt says, and SCRAM checks
 * the nonce, salt and iteration count of the server-first message and
 * keeps the expected server signature to compare with the server-final
 * one. A step that fails leaves out and show as they were and ends the
 * exchange. The credentials and every key derived from them are wiped
 * before their memory is freed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "b64.h"
#include "buf.h"
#include "sasl.h"

#define SASL_CHAL_MAX	8192		/* longest challenge looked at */
#define SASL_FIELD_MAX	16384		/* longest user, secret or authzid */
#define SASL_ITER_LOW	4096		/* RFC 7677 section 4: at least this */
#define SASL_ITER_MAX	1000000		/* more would let a server stall us
					   (PBKDF2 runs before any reply) */
#define SASL_NONCE_LEN	18		/* random bytes; 24 base64 characters */
#define SASL_QUOTE_MAX	200		/* challenge bytes quoted in show */

/* In the order of sasl_mechs[]. */
enum sasl_mech {
	SASL_PLAIN,
	SASL_LOGIN,
	SASL_CRAM_MD5,
	SASL_XOAUTH2,
	SASL_SCRAM_SHA1,
	SASL_SCRAM_SHA256,
};

const char *const sasl_mechs[] = {
	"PLAIN",
	"LOGIN",
	"CRAM-MD5",
	"XOAUTH2",
	"SCRAM-SHA-1",
	"SCRAM-SHA-256",
	NULL
};

struct sasl {
	enum sasl_mech	 mech;
	char		*user;
	char		*secret;
	char		*authzid;	/* NULL when none */
	int		 step;		/* client messages produced */
	int		 failed;	/* a step failed; nothing more is sent */

	/* SCRAM only. */
	char		*nonce;		/* client nonce */
	struct buf	 authmsg;	/* AuthMessage, built over two steps */
	unsigned char	 ssig[EVP_MAX_MD_SIZE];	/* expected ServerSignature */
	size_t		 ssiglen;
	int		 verified;	/* server-final matched ssig */
};

static enum sasl_status sasl_plain(struct sasl *, const unsigned char *,
	    size_t, struct buf *, struct buf *, char *, size_t);
static enum sasl_status sasl_login(struct sasl *, const unsigned char *,
	    size_t, struct buf *, struct buf *, char *, size_t);
static enum sasl_status sasl_cram(struct sasl *, const unsigned char *,
	    size_t, struct buf *, struct buf *, char *, size_t);
static enum sasl_status sasl_xoauth2(struct sasl *, const unsigned char *,
	    size_t, struct buf *, struct buf *, char *, size_t);
static enum sasl_status sasl_scram(struct sasl *, const unsigned char *,
	    size_t, struct buf *, struct buf *, char *, size_t);

struct sasl_kind {
	int		 initial;	/* first message goes with AUTH */
	int		 rounds;	/* client messages in all */
	int		 creds;		/* messages until the secret is used */
	const char	*md;		/* digest for SCRAM and CRAM-MD5 */
	enum sasl_status (*step)(struct sasl *, const unsigned char *,
			    size_t, struct buf *, struct buf *, char *,
			    size_t);
};

/*
 * XOAUTH2 has a second round only to answer an error (Google's protocol
 * note: the client sends an empty response and the server then says
 * 535). SCRAM's third message is the empty answer to the server-final
 * message, which SMTP carries in a 334 (RFC 4954 has no data on 235).
 */
static const struct sasl_kind sasl_kinds[] = {
	[SASL_PLAIN] =		{ 1, 1, 1, NULL, sasl_plain },
	[SASL_LOGIN] =		{ 0, 2, 2, NULL, sasl_login },
	[SASL_CRAM_MD5] =	{ 0, 1, 1, "MD5", sasl_cram },
	[SASL_XOAUTH2] =	{ 1, 2, 1, NULL, sasl_xoauth2 },
	[SASL_SCRAM_SHA1] =	{ 1, 3, 2, "SHA1", sasl_scram },
	[SASL_SCRAM_SHA256] =	{ 1, 3, 2, "SHA256", sasl_scram },
};

static void sasl_seterr(char *, size_t, const char *, ...)
	    __attribute__((format(printf, 3, 4)));

/* Write a message to err, when the caller gave room for one. */
static void
sasl_seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list	 ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

static enum sasl_status
sasl_nomem(char *err, size_t errlen)
{
	sasl_seterr(err, errlen, "out of memory or buffer full");
	return SASL_FAIL;
}

static int
sasl_is_scram(const struct sasl *s)
{
	return s->mech == SASL_SCRAM_SHA1 || s->mech == SASL_SCRAM_SHA256;
}

/* Cut b back to len bytes, wiping what is dropped. */
static void
sasl_truncate(struct buf *b, size_t len)
{
	if (b->data == NULL || b->len <= len)
		return;
	OPENSSL_cleanse(b->data + len, b->len - len);
	b->len = len;
	b->data[len] = '\0';
}

/*
 * Append p as printable ASCII: backslash and double quote escaped, any
 * other byte outside 0x20-0x7e as \xNN, and at most max input bytes
 * followed by "..." when there are more. Used for everything that goes
 * into show or err and did not come from a constant.
 */
static int
sasl_quote(struct buf *b, const void *p, size_t len, size_t max)
{
	const unsigned char	*u = p;
	size_t			 i, n = len < max ? len : max;
	int			 r = 0;

	for (i = 0; i < n && r == 0; i++) {
		if (u[i] == '\\' || u[i] == '"')
			r = buf_printf(b, "\\%c", u[i]);
		else if (u[i] < 0x20 || u[i] > 0x7e)
			r = buf_printf(b, "\\x%02x", u[i]);
		else
			r = buf_addch(b, (char)u[i]);
	}
	if (r == 0 && n < len)
		r = buf_addstr(b, "...");
	return r;
}

/* Case-insensitive search for word in the len bytes at p. */
static int
sasl_mentions(const unsigned char *p, size_t len, const char *word)
{
	size_t	 i, wl = strlen(word);

	for (i = 0; i + wl <= len; i++)
		if (strncasecmp((const char *)p + i, word, wl) == 0)
			return 1;
	return 0;
}

/* One-shot HMAC through EVP_MAC; 0, or -1 when OpenSSL fails. */
static int
sasl_hmac(const char *md, const void *key, size_t keylen, const void *data,
    size_t len, unsigned char *out, size_t *outlen)
{
	return EVP_Q_mac(NULL, "HMAC", NULL, md, NULL, key, keylen, data, len,
	    out, EVP_MAX_MD_SIZE, outlen) == NULL ? -1 : 0;
}

size_t
sasl_mask_from(const char *line, size_t len)
{
	size_t	 i = 0, w;
	int	 word;

	for (word = 0; word < 3; word++) {
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (word == 2 || (i == len && word > 0))
			break;
		for (w = i; w < len && line[w] != ' ' && line[w] != '\t'; w++)
			;
		if (word == 0 && (w - i != 4 || strncasecmp(line + i, "AUTH",
		    4) != 0))
			return (size_t)-1;
		i = w;
	}
	return i;
}

int
sasl_supported(const char *mech)
{
	size_t	 i;

	if (mech == NULL)
		return 0;
	for (i = 0; sasl_mechs[i] != NULL; i++)
		if (strcasecmp(mech, sasl_mechs[i]) == 0)
			return 1;
	return 0;
}

struct sasl *
sasl_new(const char *mech, const char *user, const char *secret,
    const char *authzid, char *err, size_t errlen)
{
	struct sasl	*s;
	struct buf	 q;
	size_t		 i;

	for (i = 0; mech != NULL && sasl_mechs[i] != NULL; i++)
		if (strcasecmp(mech, sasl_mechs[i]) == 0)
			break;
	if (mech == NULL || sasl_mechs[i] == NULL) {
		buf_init(&q, 256);
		if (mech == NULL || *mech == '\0' ||
		    sasl_quote(&q, mech, strlen(mech), 40) == -1)
			sasl_seterr(err, errlen, "no SASL mechanism given");
		else
			sasl_seterr(err, errlen, "smtpx does not implement "
			    "the SASL mechanism \"%s\"", q.data);
		buf_free(&q);
		return NULL;
	}
	if (user == NULL || *user == '\0') {
		sasl_seterr(err, errlen, "%s needs a user name", sasl_mechs[i]);
		return NULL;
	}
	if (secret == NULL || *secret == '\0') {
		sasl_seterr(err, errlen, "%s needs %s", sasl_mechs[i],
		    i == SASL_XOAUTH2 ? "an OAuth token" : "a password");
		return NULL;
	}
	if (authzid != NULL && *authzid == '\0')
		authzid = NULL;
	if (strlen(user) > SASL_FIELD_MAX || strlen(secret) > SASL_FIELD_MAX ||
	    (authzid != NULL && strlen(authzid) > SASL_FIELD_MAX)) {
		sasl_seterr(err, errlen, "user name, secret or authorization "
		    "identity longer than %d bytes", SASL_FIELD_MAX);
		return NULL;
	}
	/* XOAUTH2 separates its fields with ^A; one inside would forge one. */
	if (i == SASL_XOAUTH2 && (strchr(user, '\x01') != NULL ||
	    strchr(secret, '\x01') != NULL)) {
		sasl_seterr(err, errlen, "XOAUTH2: the user name and token "
		    "must not contain the byte 0x01");
		return NULL;
	}

	if ((s = calloc(1, sizeof *s)) == NULL) {
		sasl_nomem(err, errlen);
		return NULL;
	}
	s->mech = (enum sasl_mech)i;
	buf_init(&s->authmsg, 4 * SASL_CHAL_MAX);
	s->user = OPENSSL_strdup(user);
	s->secret = OPENSSL_strdup(secret);
	if (authzid != NULL)
		s->authzid = OPENSSL_strdup(authzid);
	if (s->user == NULL || s->secret == NULL ||
	    (authzid != NULL && s->authzid == NULL)) {
		sasl_free(s);
		sasl_nomem(err, errlen);
		return NULL;
	}
	return s;
}

const char *
sasl_name(const struct sasl *s)
{
	return sasl_mechs[s->mech];
}

int
sasl_has_initial(const struct sasl *s)
{
	return sasl_kinds[s->mech].initial;
}

void
sasl_set_nonce(struct sasl *s, const char *nonce)
{
	if (s->nonce != NULL)
		OPENSSL_clear_free(s->nonce, strlen(s->nonce));
	s->nonce = nonce != NULL ? OPENSSL_strdup(nonce) : NULL;
}

enum sasl_status
sasl_step(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	const struct sasl_kind	*k = &sasl_kinds[s->mech];
	size_t			 olen = out->len, slen = show->len;
	enum sasl_status	 st;

	if (chal == NULL)
		chlen = 0;
	if (s->failed) {
		sasl_seterr(err, errlen, "the %s exchange has already failed",
		    sasl_name(s));
		return SASL_FAIL;
	}
	if (s->step >= k->rounds) {
		sasl_seterr(err, errlen, "the server asked for more rounds "
		    "than %s has", sasl_name(s));
		st = SASL_FAIL;
	} else if (chlen > SASL_CHAL_MAX) {
		sasl_seterr(err, errlen, "challenge of %zu bytes is longer "
		    "than the %d smtpx accepts", chlen, SASL_CHAL_MAX);
		st = SASL_FAIL;
	} else
		st = k->step(s, chal != NULL ? chal : (const unsigned char *)"",
		    chlen, out, show, err, errlen);

	if (st == SASL_FAIL) {
		/* Half a response must not reach the wire or the transcript. */
		sasl_truncate(out, olen);
		sasl_truncate(show, slen);
		s->failed = 1;
	} else
		s->step++;
	return st;
}

/* RFC 4616: authzid NUL authcid NUL passwd, all in one message. */
static enum sasl_status
sasl_plain(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	const char	*az = s->authzid != NULL ? s->authzid : "";

	(void)chal;
	(void)chlen;
	if (buf_add(out, az, strlen(az) + 1) == -1 ||
	    buf_add(out, s->user, strlen(s->user) + 1) == -1 ||
	    buf_addstr(out, s->secret) == -1)
		return sasl_nomem(err, errlen);
	if (buf_addstr(show, "authzid=\"") == -1 ||
	    sasl_quote(show, az, strlen(az), SIZE_MAX) == -1 ||
	    buf_addstr(show, "\" user=\"") == -1 ||
	    sasl_quote(show, s->user, strlen(s->user), SIZE_MAX) == -1 ||
	    buf_addstr(show, "\" password=" SASL_MASK) == -1)
		return sasl_nomem(err, errlen);
	return SASL_CONTINUE;
}

/*
 * LOGIN (draft-murchison-sasl-login): the user name, then the password.
 * The prompts are free text ("Username:", "User Name", localised ones),
 * so the answer goes by step; show says so, quoting the prompt, when it
 * did not look like what was answered.
 */
static enum sasl_status
sasl_login(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	int	 r;

	if (s->step == 0) {
		r = buf_addstr(out, s->user) == -1 ||
		    buf_addstr(show, "user \"") == -1 ||
		    sasl_quote(show, s->user, strlen(s->user), SIZE_MAX) == -1 ||
		    buf_addch(show, '"') == -1;
	} else {
		r = buf_addstr(out, s->secret) == -1 ||
		    buf_addstr(show, "password " SASL_MASK) == -1;
	}
	if (r)
		return sasl_nomem(err, errlen);
	/* The challenge line above shows the prompt; say more only when
	   the prompt does not look like what was answered. */
	if (!sasl_mentions(chal, chlen, s->step == 0 ? "user" : "pass") &&
	    (buf_addstr(show, " (answered by step order; the server asked "
	    "\"") == -1 || sasl_quote(show, chal, chlen, SASL_QUOTE_MAX) == -1 ||
	    buf_addstr(show, "\")") == -1))
		return sasl_nomem(err, errlen);
	return SASL_CONTINUE;
}

/* RFC 2195: user SP lowercase-hex(HMAC-MD5(secret, challenge)). */
static enum sasl_status
sasl_cram(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 mac[EVP_MAX_MD_SIZE];
	char			 dig[2 * EVP_MAX_MD_SIZE + 1];
	size_t			 i, maclen;
	enum sasl_status	 st = SASL_CONTINUE;

	/* Without a challenge the digest would be the same every time. */
	if (chlen == 0) {
		sasl_seterr(err, errlen, "the CRAM-MD5 challenge is empty");
		return SASL_FAIL;
	}
	if (sasl_hmac(sasl_kinds[s->mech].md, s->secret, strlen(s->secret),
	    chal, chlen, mac, &maclen) == -1) {
		sasl_seterr(err, errlen, "HMAC-MD5 is not available");
		return SASL_FAIL;
	}
	for (i = 0; i < maclen; i++) {
		dig[2 * i] = hex[mac[i] >> 4];
		dig[2 * i + 1] = hex[mac[i] & 0xf];
	}
	dig[2 * maclen] = '\0';
	/* The digest with the challenge can be attacked offline, and
	   transcripts end up in tickets: shown masked like a password. */
	if (buf_addstr(out, s->user) == -1 || buf_addch(out, ' ') == -1 ||
	    buf_addstr(out, dig) == -1 ||
	    buf_addstr(show, "user \"") == -1 ||
	    sasl_quote(show, s->user, strlen(s->user), SIZE_MAX) == -1 ||
	    buf_addstr(show, "\" digest " SASL_MASK) == -1)
		st = sasl_nomem(err, errlen);
	OPENSSL_cleanse(mac, sizeof mac);
	OPENSSL_cleanse(dig, sizeof dig);
	return st;
}

/*
 * XOAUTH2 (Google, Microsoft): user=U ^A auth=Bearer TOKEN ^A ^A. A 334
 * after it carries an error as JSON; the protocol wants an empty answer,
 * after which the server sends the final failure.
 */
static enum sasl_status
sasl_xoauth2(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	if (s->step == 1) {
		/* The error itself is on the session's decoded challenge
		   line; quoted here again it came out twice, and escaped
		   twice on display ({\\"status\\"...). */
		(void)chal;
		if (buf_addstr(show, "empty response") == -1 ||
		    (chlen > 0 && buf_addstr(show, " to the server's error "
		    "(the challenge above)") == -1))
			return sasl_nomem(err, errlen);
		return SASL_CONTINUE;
	}
	/* Not buf_printf: its spill buffer for long text is not wiped. */
	if (buf_addstr(out, "user=") == -1 || buf_addstr(out, s->user) == -1 ||
	    buf_addstr(out, "\001auth=Bearer ") == -1 ||
	    buf_addstr(out, s->secret) == -1 ||
	    buf_addstr(out, "\001\001") == -1 ||
	    buf_addstr(show, "user=") == -1 ||
	    sasl_quote(show, s->user, strlen(s->user), SIZE_MAX) == -1 ||
	    buf_addstr(show, " auth=Bearer " SASL_MASK) == -1)
		return sasl_nomem(err, errlen);
	return SASL_CONTINUE;
}

/* RFC 5802 saslname: ',' and '=' become =2C and =3D. */
static int
sasl_saslname(struct buf *b, const char *p)
{
	int	 r = 0;

	for (; *p != '\0' && r == 0; p++) {
		if (*p == ',')
			r = buf_addstr(b, "=2C");
		else if (*p == '=')
			r = buf_addstr(b, "=3D");
		else
			r = buf_addch(b, *p);
	}
	return r;
}

/* The GS2 header: no channel binding, optional authzid. */
static int
sasl_gs2(const struct sasl *s, struct buf *b)
{
	if (buf_addstr(b, "n,") == -1)
		return -1;
	if (s->authzid != NULL &&
	    (buf_addstr(b, "a=") == -1 || sasl_saslname(b, s->authzid) == -1))
		return -1;
	return buf_addch(b, ',');
}

/*
 * The value of attribute name at *pp ("r=value,..."), its length in
 * *len; *pp moves past the value and its comma. NULL when the next
 * attribute is not name.
 */
static const char *
sasl_attr(const char **pp, char name, size_t *len)
{
	const char	*p = *pp, *v;

	if (p[0] != name || p[1] != '=')
		return NULL;
	v = p + 2;
	*len = strcspn(v, ",");
	*pp = v + *len + (v[*len] == ',');
	return v;
}

/*
 * RFC 5802 posit-number: no sign, no leading zero. Returns the count,
 * 0 when it is not a positive integer, or SASL_ITER_MAX + 1 when it is
 * too large (counting stops there, so nothing overflows).
 */
static unsigned long
sasl_iterations(const char *p, size_t len)
{
	unsigned long	 n = 0;
	size_t		 i;

	if (len == 0 || p[0] < '1' || p[0] > '9')
		return 0;
	for (i = 0; i < len; i++) {
		if (p[i] < '0' || p[i] > '9')
			return 0;
		if (n <= SASL_ITER_MAX)
			n = n * 10 + (unsigned long)(p[i] - '0');
	}
	return n > SASL_ITER_MAX ? SASL_ITER_MAX + 1 : n;
}

/* A challenge as a C string; -1 when it holds a NUL or memory is short. */
static int
sasl_text(const unsigned char *chal, size_t chlen, struct buf *t)
{
	if (memchr(chal, '\0', chlen) != NULL)
		return -1;
	return buf_add(t, chal, chlen);
}

/* client-first-message: gs2-header n=user,r=nonce. */
static enum sasl_status
sasl_scram_first(struct sasl *s, struct buf *out, struct buf *show,
    char *err, size_t errlen)
{
	unsigned char	 rnd[SASL_NONCE_LEN];
	struct buf	 nb;
	size_t		 olen = out->len;

	if (s->nonce == NULL) {
		if (RAND_bytes(rnd, sizeof rnd) != 1) {
			sasl_seterr(err, errlen, "no random bytes for the "
			    "SCRAM nonce");
			return SASL_FAIL;
		}
		/* Base64 has no ',' so it is a valid nonce as it stands. */
		buf_init(&nb, 0);
		if (b64_encode(rnd, sizeof rnd, &nb) == -1 ||
		    (s->nonce = OPENSSL_strdup(nb.data)) == NULL) {
			buf_free(&nb);
			return sasl_nomem(err, errlen);
		}
		buf_free(&nb);
	}
	buf_reset(&s->authmsg);
	if (sasl_gs2(s, out) == -1 ||
	    buf_addstr(&s->authmsg, "n=") == -1 ||
	    sasl_saslname(&s->authmsg, s->user) == -1 ||
	    buf_printf(&s->authmsg, ",r=%s", s->nonce) == -1 ||
	    buf_add(out, s->authmsg.data, s->authmsg.len) == -1 ||
	    sasl_quote(show, out->data + olen, out->len - olen,
	    SIZE_MAX) == -1)
		return sasl_nomem(err, errlen);
	return SASL_CONTINUE;
}

/* The SCRAM keys of one exchange, kept together so one cleanse wipes all. */
struct sasl_keys {
	unsigned char	 salted[EVP_MAX_MD_SIZE];
	unsigned char	 ckey[EVP_MAX_MD_SIZE];
	unsigned char	 stored[EVP_MAX_MD_SIZE];
	unsigned char	 csig[EVP_MAX_MD_SIZE];
	unsigned char	 proof[EVP_MAX_MD_SIZE];
	unsigned char	 skey[EVP_MAX_MD_SIZE];
};

/*
 * RFC 5802 section 3: SaltedPassword = Hi(password, salt, i), the client
 * proof for the AuthMessage in s->authmsg, and the server signature we
 * expect, kept in s->ssig. Returns 0 or -1.
 */
static int
sasl_scram_keys(struct sasl *s, const struct buf *salt, unsigned long iter,
    struct sasl_keys *k, size_t *hlen)
{
	const char	*mdname = sasl_kinds[s->mech].md;
	EVP_MD		*md;
	size_t		 n, i;
	unsigned int	 dl;
	int		 r = -1;

	if ((md = EVP_MD_fetch(NULL, mdname, NULL)) == NULL)
		return -1;
	n = (size_t)EVP_MD_get_size(md);
	if (PKCS5_PBKDF2_HMAC(s->secret, (int)strlen(s->secret),
	    (const unsigned char *)salt->data, (int)salt->len, (int)iter, md,
	    (int)n, k->salted) != 1)
		goto out;
	if (sasl_hmac(mdname, k->salted, n, "Client Key", 10, k->ckey,
	    hlen) == -1 || *hlen != n)
		goto out;
	if (EVP_Digest(k->ckey, n, k->stored, &dl, md, NULL) != 1 || dl != n)
		goto out;
	if (sasl_hmac(mdname, k->stored, n, s->authmsg.data, s->authmsg.len,
	    k->csig, hlen) == -1)
		goto out;
	for (i = 0; i < n; i++)
		k->proof[i] = k->ckey[i] ^ k->csig[i];
	if (sasl_hmac(mdname, k->salted, n, "Server Key", 10, k->skey,
	    hlen) == -1 ||
	    sasl_hmac(mdname, k->skey, n, s->authmsg.data, s->authmsg.len,
	    s->ssig, &s->ssiglen) == -1)
		goto out;
	r = 0;
out:
	EVP_MD_free(md);
	return r;
}

/*
 * client-final-message for a server-first "r=nonce,s=salt,i=count[,ext]".
 * The checks are the ones a hostile server could abuse: a nonce that
 * replays ours, a salt that is not base64, an iteration count that is
 * nonsense or would keep us busy for minutes.
 */
/*
 * Check a server-first-message (RFC 5802 5.1): no extension we do not
 * know, a nonce that extends ours, a salt, and an iteration count within
 * bounds. 0 with rn, salt and iter filled, -1 with err, -2 out of memory.
 */
static int
sasl_scram_server_first(const struct sasl *s, const char *p, const char **rn,
    size_t *rnlen, struct buf *salt, unsigned long *iter, char *err,
    size_t errlen)
{
	const char	*sv, *iv;
	size_t		 svlen, ivlen, i, ours;
	struct buf	 q;
	int		 r = -1;

	if (p[0] == 'm' && p[1] == '=') {
		sasl_seterr(err, errlen, "the server requires a SCRAM "
		    "extension (m=) that smtpx does not support");
		return -1;
	}
	if ((*rn = sasl_attr(&p, 'r', rnlen)) == NULL ||
	    (sv = sasl_attr(&p, 's', &svlen)) == NULL ||
	    (iv = sasl_attr(&p, 'i', &ivlen)) == NULL) {
		sasl_seterr(err, errlen, "server-first-message is not "
		    "r=...,s=...,i=...");
		return -1;
	}
	ours = s->nonce != NULL ? strlen(s->nonce) : 0;
	if (ours == 0 || *rnlen <= ours || memcmp(*rn, s->nonce, ours) != 0) {
		sasl_seterr(err, errlen, "server nonce does not extend ours");
		return -1;
	}
	for (i = 0; i < *rnlen; i++)
		if ((*rn)[i] < 0x21 || (*rn)[i] > 0x7e) {
			sasl_seterr(err, errlen, "server nonce holds a "
			    "character RFC 5802 does not allow");
			return -1;
		}
	if (b64_decode(sv, svlen, salt) == -1 || salt->len == 0) {
		sasl_seterr(err, errlen, "salt is not valid base64");
		return -1;
	}
	*iter = sasl_iterations(iv, ivlen);
	if (*iter >= SASL_ITER_LOW && *iter <= SASL_ITER_MAX)
		return 0;
	buf_init(&q, 256);
	if (sasl_quote(&q, iv, ivlen, 20) == -1)
		r = -2;
	else if (*iter == 0)
		sasl_seterr(err, errlen, "iteration count \"%s\" is not a "
		    "positive integer", q.data != NULL ? q.data : "");
	else if (*iter > SASL_ITER_MAX)
		sasl_seterr(err, errlen, "iteration count %s is more than the "
		    "%d smtpx allows", q.data, SASL_ITER_MAX);
	else
		/* A low count makes a captured exchange cheap to crack;
		   refusing it keeps the proof from ever being sent. */
		sasl_seterr(err, errlen, "iteration count %lu is below the "
		    "%d RFC 7677 requires", *iter, SASL_ITER_LOW);
	buf_free(&q);
	return r;
}

static enum sasl_status
sasl_scram_final(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	struct sasl_keys	 k;
	struct buf		 text, salt, cfwp, q;
	const char		*rn;
	size_t			 rnlen, hlen;
	unsigned long		 iter;
	enum sasl_status	 st = SASL_FAIL;

	buf_init(&text, SASL_CHAL_MAX);
	buf_init(&salt, SASL_CHAL_MAX);
	buf_init(&cfwp, 2 * SASL_CHAL_MAX);
	buf_init(&q, 256);
	if (sasl_text(chal, chlen, &text) == -1) {
		sasl_seterr(err, errlen, "server-first-message holds a NUL "
		    "byte");
		goto out;
	}
	switch (sasl_scram_server_first(s, text.data != NULL ? text.data : "",
	    &rn, &rnlen, &salt, &iter, err, errlen)) {
	case -1:
		goto out;
	case -2:
		goto nomem;
	}

	/* AuthMessage = client-first-bare "," server-first "," cfwp. */
	if (buf_addstr(&cfwp, "c=") == -1 || sasl_gs2(s, &q) == -1 ||
	    b64_encode(q.data, q.len, &cfwp) == -1 ||
	    buf_addstr(&cfwp, ",r=") == -1 || buf_add(&cfwp, rn, rnlen) == -1 ||
	    buf_addch(&s->authmsg, ',') == -1 ||
	    buf_add(&s->authmsg, text.data, text.len) == -1 ||
	    buf_addch(&s->authmsg, ',') == -1 ||
	    buf_add(&s->authmsg, cfwp.data, cfwp.len) == -1)
		goto nomem;
	if (sasl_scram_keys(s, &salt, iter, &k, &hlen) == -1) {
		sasl_seterr(err, errlen, "OpenSSL could not compute the "
		    "%s keys", sasl_name(s));
		goto out;
	}
	if (buf_add(out, cfwp.data, cfwp.len) == -1 ||
	    buf_addstr(out, ",p=") == -1 ||
	    b64_encode(k.proof, hlen, out) == -1 ||
	    sasl_quote(show, cfwp.data, cfwp.len, SIZE_MAX) == -1 ||
	    buf_addstr(show, ",p=" SASL_MASK) == -1)
		goto nomem;
	st = SASL_CONTINUE;
	goto out;
nomem:
	st = sasl_nomem(err, errlen);
out:
	OPENSSL_cleanse(&k, sizeof k);
	buf_free(&text);
	buf_free(&salt);
	buf_free(&cfwp);
	buf_free(&q);
	return st;
}

/*
 * server-final-message: "v=" signature, or "e=" error. Our answer is
 * empty either way; an error ends the exchange here.
 */
static enum sasl_status
sasl_scram_verify(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *show, char *err, size_t errlen)
{
	struct buf		 text, sig, q;
	const char		*p, *v;
	size_t			 vlen;
	enum sasl_status	 st = SASL_FAIL;

	buf_init(&text, SASL_CHAL_MAX);
	buf_init(&sig, 256);
	buf_init(&q, 1024);
	if (sasl_text(chal, chlen, &text) == -1) {
		sasl_seterr(err, errlen, "server-final-message holds a NUL "
		    "byte");
		goto out;
	}
	p = text.data != NULL ? text.data : "";
	if ((v = sasl_attr(&p, 'e', &vlen)) != NULL) {
		if (sasl_quote(&q, v, vlen, SASL_QUOTE_MAX) == -1)
			st = sasl_nomem(err, errlen);
		else
			sasl_seterr(err, errlen, "server error: %s",
			    q.data != NULL ? q.data : "");
		goto out;
	}
	if ((v = sasl_attr(&p, 'v', &vlen)) == NULL) {
		sasl_seterr(err, errlen, "server-final-message is neither "
		    "v= nor e=");
		goto out;
	}
	if (b64_decode(v, vlen, &sig) == -1) {
		sasl_seterr(err, errlen, "server signature is not valid "
		    "base64");
		goto out;
	}
	if (sig.len != s->ssiglen ||
	    CRYPTO_memcmp(sig.data, s->ssig, s->ssiglen) != 0) {
		sasl_seterr(err, errlen, "server signature does not match: "
		    "the server does not know the password");
		goto out;
	}
	if (buf_addstr(show, "empty response (server signature verified)")
	    == -1) {
		st = sasl_nomem(err, errlen);
		goto out;
	}
	s->verified = 1;
	st = SASL_CONTINUE;
out:
	OPENSSL_cleanse(s->ssig, sizeof s->ssig);
	buf_free(&text);
	buf_free(&sig);
	buf_free(&q);
	return st;
}

/* SCRAM-SHA-1 and SCRAM-SHA-256 (RFC 5802, RFC 7677), one step each. */
static enum sasl_status
sasl_scram(struct sasl *s, const unsigned char *chal, size_t chlen,
    struct buf *out, struct buf *show, char *err, size_t errlen)
{
	switch (s->step) {
	case 0:
		return sasl_scram_first(s, out, show, err, errlen);
	case 1:
		return sasl_scram_final(s, chal, chlen, out, show, err, errlen);
	default:
		return sasl_scram_verify(s, chal, chlen, show, err, errlen);
	}
}

int
sasl_finish(struct sasl *s, char *err, size_t errlen)
{
	const struct sasl_kind	*k = &sasl_kinds[s->mech];

	if (s->failed) {
		sasl_seterr(err, errlen, "the server accepted a %s exchange "
		    "that smtpx had given up", sasl_name(s));
		return -1;
	}
	if (s->step < k->creds) {
		sasl_seterr(err, errlen, "the server accepted before %s was "
		    "sent", s->mech == SASL_LOGIN && s->step == 1 ?
		    "the password" : "any credential");
		return -1;
	}
	/* XOAUTH2's second round exists only to acknowledge an error. */
	if (s->mech == SASL_XOAUTH2 && s->step == 2) {
		sasl_seterr(err, errlen, "the server accepted after reporting "
		    "an XOAUTH2 error");
		return -1;
	}
	if (sasl_is_scram(s) && !s->verified) {
		sasl_seterr(err, errlen, "the server accepted without proving "
		    "it knows the password: its signature was never checked");
		return -1;
	}
	return 0;
}

void
sasl_free(struct sasl *s)
{
	if (s == NULL)
		return;
	if (s->user != NULL)
		OPENSSL_clear_free(s->user, strlen(s->user));
	if (s->secret != NULL)
		OPENSSL_clear_free(s->secret, strlen(s->secret));
	if (s->authzid != NULL)
		OPENSSL_clear_free(s->authzid, strlen(s->authzid));
	if (s->nonce != NULL)
		OPENSSL_clear_free(s->nonce, strlen(s->nonce));
	buf_free(&s->authmsg);
	OPENSSL_cleanse(s, sizeof *s);
	free(s);
}
