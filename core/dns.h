/*
 * A resolver on c-ares behind resolve.h: every kind of query (addresses,
 * MX, TXT, SRV, PTR), each with a deadline, cancellable, and polled
 * through the descriptor c-ares gives, so the front end's poll loop
 * drives it like any other socket.
 */
#ifndef SMTPX_DNS_H
#define SMTPX_DNS_H

#include <stddef.h>

#include "resolve.h"

/* The default deadline of one query. */
#define DNS_TIMEOUT_MS	10000

/*
 * A c-ares resolver asking server ("ADDR", "ADDR:PORT", "[V6ADDR]:PORT";
 * NULL for the system's servers in /etc/resolv.conf), each query given
 * timeout_ms at most (0 for DNS_TIMEOUT_MS). NULL with err when server
 * is not an address or c-ares cannot start.
 */
struct resolver *resolver_dns_new(const char *server, int timeout_ms,
	    char *err, size_t errlen);

#endif
