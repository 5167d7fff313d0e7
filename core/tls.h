/*
 * TLS behind a small interface; core/tls.c is the only file that includes
 * OpenSSL's TLS headers. A struct tls wraps one connection on a
 * non-blocking descriptor the caller owns. Every call that could block
 * returns TLS_WANT_READ or TLS_WANT_WRITE instead, which the caller turns
 * into poll interest, as OpenSMTPD's io_dispatch_*_tls do. Client
 * connections verify the chain and the host name by default (system store,
 * a --ca-file, or extra trust in memory); with insecure set a failed
 * verification is recorded, not fatal. The server side exists for the lab.
 * The descriptor is driven through a BIO of our own that writes with
 * send(MSG_NOSIGNAL), so a peer that went away is an error, never a
 * SIGPIPE, and no front end needs to ignore the signal for TLS.
 */
#ifndef SMTPX_TLS_H
#define SMTPX_TLS_H

#include <stddef.h>

#include "notes.h"

struct buf;

enum tls_io {
	TLS_OK,
	TLS_WANT_READ,
	TLS_WANT_WRITE,
	TLS_CLOSED,		/* clean close from the peer */
	TLS_ERROR,		/* see err and tls_error_class */
};

/* What kind of failure the last TLS_ERROR (or TLS_CLOSED) was, so that
   callers never match OpenSSL's words. */
enum tls_err {
	TLS_E_NONE,
	TLS_E_NOT_TLS,		/* the peer does not speak TLS here: a
				   plaintext reply read as a record */
	TLS_E_EOF,		/* the peer closed without close_notify */
	TLS_E_CLOSED,		/* the connection is gone (reset or closed
				   under us); errno-like cause in err */
	TLS_E_VERIFY,		/* certificate verification failed */
	TLS_E_OLD_VERSION,	/* the peer speaks only a version older
				   than TLS 1.2, which we do not offer */
	TLS_E_PROTOCOL,		/* any other TLS failure (alert, cipher,
				   malformed record) */
	TLS_E_SETUP,		/* could not set up: memory, CA file */
};

struct tls_client_config {
	const char	*ca_file;	/* PEM bundle instead of the system */
	const char	*ca_pem;	/* extra trusted PEM in memory, or NULL */
	const char	*servername;	/* SNI and the name verified, instead
					   of the host connected to; or NULL */
	int		 insecure;	/* go on after failed verification */
};

/* What went wrong in verification, by kind, for advice. */
enum tls_verify_kind {
	TLS_V_OK,
	TLS_V_NAME,		/* host name not in the certificate */
	TLS_V_IP,		/* address not in the certificate */
	TLS_V_SELF_SIGNED,	/* a self-signed leaf or root in the chain */
	TLS_V_ISSUER,		/* issuer unknown (private CA, no intermediate) */
	TLS_V_EXPIRED,
	TLS_V_NOT_YET,
	TLS_V_NO_CERT,		/* the server sent none */
	TLS_V_OTHER,
};

/* What a front end shows about a connection's certificate, after the
   handshake, or after it failed (then only the certificate facts). */
struct tls_info {
	char	version[16];		/* "TLSv1.3" */
	char	cipher[64];
	int	verified;		/* chain and name checked and good */
	enum tls_verify_kind verify_kind;
	char	verify_error[160];	/* why not, in words; "" if verified */
	char	checked[256];		/* the name or address verified */
	int	have_cert;		/* the fields below are filled */
	char	subject[256];		/* peer certificate, one line each */
	char	issuer[256];
	char	sans[512];		/* "DNS:a, DNS:b" */
	char	names[512];		/* sans, or "CN:x" when it has none */
	char	not_before[32];		/* "2026-11-28 12:00:00 UTC" */
	char	not_after[32];
	long long valid_from;		/* the same, seconds since the epoch */
	long long valid_until;
	char	fingerprint[100];	/* SHA-256, "AB:CD:..." */
	char	key[64];		/* "EC 256 bits (prime256v1)" */
};

struct tls;
struct tls_server;

/* A client connection on fd for host (SNI and name check; an address
   literal is checked against the certificate's IP entries). NULL on
   failure with err set. */
struct tls *tls_client_new(int fd, const char *host,
	    const struct tls_client_config *, char *err, size_t errlen);
/* Drive the handshake. TLS_OK when done (verified or not: see info). */
enum tls_io tls_handshake(struct tls *, char *err, size_t errlen);
/* Read or write up to len bytes; *n is set on TLS_OK. */
enum tls_io tls_read(struct tls *, void *, size_t len, size_t *n,
	    char *err, size_t errlen);
enum tls_io tls_write(struct tls *, const void *, size_t len, size_t *n,
	    char *err, size_t errlen);
/* The class of the last failure on this connection (TLS_E_NONE after
   success; TLS_E_CLOSED after TLS_CLOSED from a clean close_notify). */
enum tls_err tls_error_class(const struct tls *);
/* Make the peer's next read write something: on TLS 1.3 a KeyUpdate
   that asks for one back (RFC 8446 4.6.3), on TLS 1.2 a server's
   HelloRequest (renegotiation). 0, or -1 (see err). The unit tests make
   "a read that needs a write" with it. */
int	tls_rekey(struct tls *, char *err, size_t errlen);
/* Decrypted bytes waiting inside OpenSSL (poll will not report them). */
int	tls_pending(const struct tls *);
/* Facts about the connection after the handshake, or after a failed
   one (the certificate the server sent, if it got that far). */
void	tls_get_info(const struct tls *, struct tls_info *);
/* Append the peer's chain as PEM; 0 (nothing appended without one) or
   -1 when out is full. Works after a failed handshake too. */
int	tls_chain_pem(const struct tls *, struct buf *out);
/* Append a description of each certificate in pem ("certificate N:
   subject", then "  issuer:", "  valid:", "  names:", "  SHA-256:",
   "  key:" lines), lines ending in "\n". now gives the days left. */
int	tls_describe_pem(const char *pem, size_t len, long long now,
	    struct buf *out);
/* "FROM to UNTIL (N days left)", "(expired N days ago)" or "(not valid
   for N more days)", as of now. */
void	tls_validity(const struct tls_info *, long long now, char *out,
	    size_t outlen);
/* A failed verification as two notes (ids "cert.*", see notes.h): what
   is wrong (comparing the names for a name mismatch) and what to do.
   Nothing when verified. */
void	tls_advice(const struct tls_info *, notes_emit_fn *emit, void *arg);
/* Send close_notify if possible and free; the descriptor is not closed. */
void	tls_free(struct tls *);

/* A server context with a fresh self-signed certificate for name (kept
   in memory only). NULL on failure with err set. */
struct tls_server *tls_server_new(const char *name, char *err, size_t errlen);
/* Speak TLS 1.2 at most on connections accepted from now on (tests). */
void	tls_server_tls12(struct tls_server *);
/* The certificate in PEM, for clients that should trust it. */
const char *tls_server_cert_pem(const struct tls_server *);
void	tls_server_free(struct tls_server *);
/* A server connection on fd; drive it with tls_handshake. */
struct tls *tls_accept(struct tls_server *, int fd, char *err, size_t errlen);

#endif
