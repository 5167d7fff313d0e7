/*
 * TLS behind a small interface; core/tls.c is the only file that includes
 * OpenSSL's TLS headers. A struct tls wraps one connection on a
 * non-blocking descriptor the caller owns. Every call that could block
 * returns TLS_WANT_READ or TLS_WANT_WRITE instead, which the caller turns
 * into poll interest, as OpenSMTPD's io_dispatch_*_tls do. Client
 * connections verify the chain and the host name by default (system store,
 * a --ca-file, or extra trust in memory); with insecure set a failed
 * verification is recorded, not fatal. The server side exists for the lab.
 */
#ifndef SMTPX_TLS_H
#define SMTPX_TLS_H

#include <stddef.h>

struct buf;

enum tls_io {
	TLS_OK,
	TLS_WANT_READ,
	TLS_WANT_WRITE,
	TLS_CLOSED,		/* clean close from the peer */
	TLS_ERROR,		/* see err */
};

struct tls_client_config {
	const char	*ca_file;	/* PEM bundle instead of the system */
	const char	*ca_pem;	/* extra trusted PEM in memory, or NULL */
	int		 insecure;	/* go on after failed verification */
};

/* What a front end shows about an established connection. */
struct tls_info {
	char	version[16];		/* "TLSv1.3" */
	char	cipher[64];
	int	verified;		/* chain and name checked and good */
	char	verify_error[160];	/* why not, in words; "" if verified */
	char	subject[256];		/* peer certificate, one line each */
	char	issuer[256];
	char	sans[512];		/* "DNS:a, DNS:b" */
	char	not_before[32];		/* "2026-11-28 12:00:00 UTC" */
	char	not_after[32];
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
/* Decrypted bytes waiting inside OpenSSL (poll will not report them). */
int	tls_pending(const struct tls *);
/* Facts about the connection after the handshake. */
void	tls_get_info(const struct tls *, struct tls_info *);
/* Append the peer's chain, one certificate per paragraph ("subject: …",
   "issuer: …", "valid: … to …", "SANs: …"), lines ending in "\n". */
int	tls_describe_chain(const struct tls *, struct buf *out);
/* Send close_notify if possible and free; the descriptor is not closed. */
void	tls_free(struct tls *);

/* A server context with a fresh self-signed certificate for name (kept
   in memory only). NULL on failure with err set. */
struct tls_server *tls_server_new(const char *name, char *err, size_t errlen);
/* The certificate in PEM, for clients that should trust it. */
const char *tls_server_cert_pem(const struct tls_server *);
void	tls_server_free(struct tls_server *);
/* A server connection on fd; drive it with tls_handshake. */
struct tls *tls_accept(struct tls_server *, int fd, char *err, size_t errlen);

#endif
