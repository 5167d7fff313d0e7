/*
 * SASL client mechanisms for SMTP AUTH (RFC 4954), built on OpenSSL's
 * HMAC, digest and PBKDF2 primitives: PLAIN (RFC 4616), LOGIN, CRAM-MD5
 * (RFC 2195), XOAUTH2, SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677).
 * Everything here works on raw (decoded) bytes; the session does the
 * base64. Each step also writes a printable description of what is being
 * sent with the secret replaced by SASL_MASK, for the transcript. The
 * secret and everything derived from it are wiped on sasl_free.
 */
#ifndef SMTPX_SASL_H
#define SMTPX_SASL_H

#include <stddef.h>

struct buf;

#define SASL_MASK	"********"

enum sasl_status {
	SASL_CONTINUE,		/* response produced; more may follow */
	SASL_FAIL,		/* the challenge is unacceptable; see err */
};

struct sasl;

/* Mechanism names smtpx implements, upper case, NULL-terminated. */
extern const char *const sasl_mechs[];
/* 1 when mech (any case) is implemented. */
int	sasl_supported(const char *mech);
/*
 * Where the secret starts in a hand-typed "AUTH MECH [initial-response]"
 * line: the offset of its third word (len when there is none), or
 * (size_t)-1 when the line is not AUTH. The one masking rule the engine
 * (transcript) and the front ends (typing, history) share.
 */
size_t	sasl_mask_from(const char *line, size_t len);
/*
 * Start a mechanism for user with secret (a password, or the OAuth token
 * for XOAUTH2). authzid may be NULL. Returns NULL with err set for an
 * unknown mechanism or a missing user or secret.
 */
struct sasl *sasl_new(const char *mech, const char *user, const char *secret,
	    const char *authzid, char *err, size_t errlen);
/* Upper-case name of the mechanism. */
const char *sasl_name(const struct sasl *);
/* Whether the mechanism sends an initial response with AUTH. */
int	sasl_has_initial(const struct sasl *);
/*
 * Produce the next client message: the initial response when called
 * first and sasl_has_initial(), otherwise the answer to chal (decoded,
 * possibly empty). Appends raw bytes to out and a masked, printable
 * description to show. SCRAM checks the server nonce extends ours, the
 * salt is base64, the iteration count is from 4096 (RFC 7677) to
 * 1,000,000 (refused before any key is computed) and the server
 * signature.
 */
enum sasl_status sasl_step(struct sasl *, const unsigned char *chal,
	    size_t chlen, struct buf *out, struct buf *show,
	    char *err, size_t errlen);
/*
 * The server said 235. Returns 0 when the mechanism agrees the exchange
 * is complete, -1 with err when it is not (SCRAM: the server never proved
 * it knows the password; any: success before the credentials were sent).
 */
int	sasl_finish(struct sasl *, char *err, size_t errlen);
void	sasl_free(struct sasl *);

/* For tests: fix the SCRAM client nonce instead of a random one. */
void	sasl_set_nonce(struct sasl *, const char *nonce);

#endif
