/*
 * Base64 (RFC 4648) on OpenSSL's EVP block coder. Decoding is strict:
 * only the base64 alphabet, correct padding, no white space, so a hostile
 * challenge is reported instead of half-decoded.
 */
#ifndef SMTPX_B64_H
#define SMTPX_B64_H

#include <stddef.h>

struct buf;

/* Append the encoding of p to out. Returns 0, or -1 (out of memory). */
int	b64_encode(const void *p, size_t len, struct buf *out);
/* Append the decoding of s to out. Returns 0, or -1 when s is not valid
   base64 or out is full. An empty s decodes to nothing. */
int	b64_decode(const char *s, size_t len, struct buf *out);

#endif
