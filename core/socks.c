/*
 * The SOCKS5 client of socks.h. One message is in flight at a time: the
 * machine queues a message in out, and once it is sent reads the answer
 * in phases of known length (socks_need), so a read never takes a byte
 * past the proxy's reply. Each phase checks what came before the next
 * message is made; a proxy that sends something else is a failure in
 * words, never a guess.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "socks.h"

#define SOCKS_VER	0x05
#define SOCKS_LOGIN_VER	0x01	/* RFC 1929 */
#define SOCKS_M_NONE	0x00
#define SOCKS_M_LOGIN	0x02
#define SOCKS_M_NOPE	0xff
#define SOCKS_CONNECT	0x01
#define SOCKS_A_IPV4	0x01
#define SOCKS_A_NAME	0x03
#define SOCKS_A_IPV6	0x04

static const char *const socks_replies[] = {
	"succeeded",
	"general failure of the proxy",
	"connection not allowed by the proxy's rule set",
	"network unreachable",
	"host unreachable",
	"connection refused",
	"TTL expired",
	"command not supported",
	"address type not supported",
};

const char *
socks_reply_str(int rep)
{
	if (rep >= 0 && (size_t)rep < sizeof socks_replies /
	    sizeof socks_replies[0])
		return socks_replies[rep];
	return "an unknown reply code";
}

void
socks_config_wipe(struct socks_config *c)
{
	explicit_bzero(c->password, sizeof c->password);
}

int
socks_parse_url(const char *url, struct socks_config *c, char *err,
    size_t errlen)
{
	const char	*p, *at, *colon, *end;
	char		*e;
	long		 port;
	size_t		 len;

	memset(c, 0, sizeof *c);
	if (strncasecmp(url, "socks5://", 9) == 0)
		p = url + 9;
	else if (strncasecmp(url, "socks5h://", 10) == 0) {
		p = url + 10;
		c->remote_dns = 1;
	} else {
		snprintf(err, errlen, "the proxy must be socks5://HOST:PORT "
		    "(or socks5h://)");
		return -1;
	}
	if ((at = strrchr(p, '@')) != NULL) {
		if (memchr(p, ':', at - p) != NULL) {
			snprintf(err, errlen, "no password in the proxy URL: "
			    "it would show in the process list; give the "
			    "user alone, socks5://USER@HOST:PORT");
			return -1;
		}
		len = at - p;
		if (len == 0 || len > SOCKS_NAME_MAX) {
			snprintf(err, errlen, "bad proxy user name (1-255 "
			    "bytes)");
			return -1;
		}
		memcpy(c->user, p, len);
		p = at + 1;
	}
	/* HOST:PORT, HOST "[v6]"; a trailing "/" is forgiven. */
	if (*p == '[') {
		if ((end = strchr(p, ']')) == NULL || end[1] != ':') {
			snprintf(err, errlen, "bad proxy address: want "
			    "[IPv6]:PORT");
			return -1;
		}
		p++;
		colon = end + 1;
	} else {
		if ((colon = strrchr(p, ':')) == NULL) {
			snprintf(err, errlen, "the proxy needs a port: "
			    "socks5://HOST:PORT");
			return -1;
		}
		end = colon;
	}
	len = end - p;
	if (len == 0 || len > SOCKS_NAME_MAX || memchr(p, '/', len) != NULL) {
		snprintf(err, errlen, "bad proxy host");
		return -1;
	}
	memcpy(c->host, p, len);
	for (e = c->host; *e; e++)
		if ((unsigned char)*e <= 0x20 || (unsigned char)*e >= 0x7f) {
			snprintf(err, errlen, "bad proxy host");
			return -1;
		}
	errno = 0;
	port = strtol(colon + 1, &e, 10);
	if (*e == '/' && e[1] == '\0')
		e++;
	if (errno != 0 || e == colon + 1 || *e != '\0' || port < 1 ||
	    port > 65535) {
		snprintf(err, errlen, "bad proxy port (1-65535)");
		return -1;
	}
	c->port = (int)port;
	return 0;
}

static enum socks_status
socks_fail(struct socks *k, int e, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(k->err, sizeof k->err, fmt, ap);
	va_end(ap);
	k->err_errno = e;
	k->phase = SOCKS_P_FAILED;
	k->need = 0;
	socks_wipe(k);
	return SOCKS_FAIL;
}

/* Read the next n bytes as phase ph. */
static void
socks_expect(struct socks *k, enum socks_phase ph, size_t n)
{
	k->phase = ph;
	k->inlen = 0;
	k->need = n;
}

int
socks_start(struct socks *k, const struct socks_config *c, const char *host,
    int port)
{
	size_t	 n = 0;

	memset(k, 0, sizeof *k);
	k->rep = -1;
	if (strlen(host) > SOCKS_NAME_MAX || *host == '\0') {
		socks_fail(k, EINVAL, "the name %s is too long for SOCKS5 "
		    "(255 bytes at most)", host);
		return -1;
	}
	snprintf(k->host, sizeof k->host, "%s", host);
	k->port = port;
	memcpy(k->user, c->user, sizeof k->user);
	memcpy(k->password, c->password, sizeof k->password);
	k->out[n++] = SOCKS_VER;
	if (k->user[0] != '\0') {
		/* Offer both: a proxy that needs no login may skip it. */
		k->out[n++] = 2;
		k->out[n++] = SOCKS_M_NONE;
		k->out[n++] = SOCKS_M_LOGIN;
	} else {
		k->out[n++] = 1;
		k->out[n++] = SOCKS_M_NONE;
	}
	k->outlen = n;
	socks_expect(k, SOCKS_P_METHOD, 2);
	return 0;
}

void
socks_wipe(struct socks *k)
{
	explicit_bzero(k->password, sizeof k->password);
	explicit_bzero(k->out, sizeof k->out);
	k->outlen = k->outoff = 0;
}

/* The CONNECT request: the target as an address when it is one, else
   by name, for the proxy to resolve. */
static void
socks_request(struct socks *k)
{
	unsigned char	 a6[16];
	size_t		 n = 0, len;

	k->out[n++] = SOCKS_VER;
	k->out[n++] = SOCKS_CONNECT;
	k->out[n++] = 0;
	if (inet_pton(AF_INET, k->host, a6) == 1) {
		k->out[n++] = SOCKS_A_IPV4;
		memcpy(k->out + n, a6, 4);
		n += 4;
	} else if (inet_pton(AF_INET6, k->host, a6) == 1) {
		k->out[n++] = SOCKS_A_IPV6;
		memcpy(k->out + n, a6, 16);
		n += 16;
	} else {
		len = strlen(k->host);
		k->out[n++] = SOCKS_A_NAME;
		k->out[n++] = (unsigned char)len;
		memcpy(k->out + n, k->host, len);
		n += len;
	}
	k->out[n++] = (unsigned char)(k->port >> 8);
	k->out[n++] = (unsigned char)(k->port & 0xff);
	k->outlen = n;
	k->outoff = 0;
	socks_expect(k, SOCKS_P_REPLY, 4);
}

/* RFC 1929: VER ULEN USER PLEN PASSWD. */
static void
socks_login(struct socks *k)
{
	size_t	 n = 0, ul = strlen(k->user), pl = strlen(k->password);

	k->out[n++] = SOCKS_LOGIN_VER;
	k->out[n++] = (unsigned char)ul;
	memcpy(k->out + n, k->user, ul);
	n += ul;
	k->out[n++] = (unsigned char)pl;
	memcpy(k->out + n, k->password, pl);
	n += pl;
	explicit_bzero(k->password, sizeof k->password);
	k->outlen = n;
	k->outoff = 0;
	socks_expect(k, SOCKS_P_LOGIN, 2);
}

static enum socks_status
socks_method(struct socks *k)
{
	if (k->in[0] != SOCKS_VER)
		return socks_fail(k, EPROTO, "the proxy's first answer has "
		    "version %u, not 5: not a SOCKS5 proxy", k->in[0]);
	switch (k->in[1]) {
	case SOCKS_M_NONE:
		explicit_bzero(k->password, sizeof k->password);
		socks_request(k);
		return SOCKS_MORE;
	case SOCKS_M_LOGIN:
		if (k->user[0] != '\0') {
			socks_login(k);
			return SOCKS_MORE;
		}
		return socks_fail(k, EACCES, "the proxy chose a login "
		    "(username/password) that was not offered: it wants a "
		    "user, socks5://USER@HOST:PORT");
	case SOCKS_M_NOPE:
		return socks_fail(k, EACCES, "the proxy accepts none of the "
		    "offered ways in (%s)", k->user[0] != '\0' ?
		    "no login, username/password" : "no login; it may want "
		    "a user: socks5://USER@HOST:PORT");
	default:
		return socks_fail(k, EPROTO, "the proxy chose method %u, "
		    "which was not offered", k->in[1]);
	}
}

static enum socks_status
socks_reply_head(struct socks *k)
{
	if (k->in[0] != SOCKS_VER)
		return socks_fail(k, EPROTO, "the proxy's reply has version "
		    "%u, not 5: a malformed reply", k->in[0]);
	k->rep = k->in[1];
	if (k->rep != 0)
		return socks_fail(k, k->rep == 5 ? ECONNREFUSED : k->rep == 3 ?
		    ENETUNREACH : k->rep == 4 ? EHOSTUNREACH : k->rep == 6 ?
		    ETIMEDOUT : k->rep == 2 ? EACCES : EPROTO,
		    "the proxy could not connect to %s port %d: %s (SOCKS "
		    "reply %d)", k->host, k->port, socks_reply_str(k->rep),
		    k->rep);
	switch (k->in[3]) {
	case SOCKS_A_IPV4:
		socks_expect(k, SOCKS_P_ADDR, 4 + 2);
		break;
	case SOCKS_A_IPV6:
		socks_expect(k, SOCKS_P_ADDR, 16 + 2);
		break;
	case SOCKS_A_NAME:
		socks_expect(k, SOCKS_P_ADDRLEN, 1);
		break;
	default:
		return socks_fail(k, EPROTO, "the proxy's reply has address "
		    "type %u, which SOCKS5 does not have: a malformed reply",
		    k->in[3]);
	}
	k->atyp = k->in[3];
	return SOCKS_MORE;
}

/* BND.ADDR and BND.PORT, for the transcript. */
static enum socks_status
socks_bound_addr(struct socks *k, int type)
{
	char	 a[INET6_ADDRSTRLEN];
	size_t	 alen = k->inlen - 2;
	int	 port = k->in[alen] << 8 | k->in[alen + 1];
	size_t	 i;

	if (type == SOCKS_A_IPV4 || type == SOCKS_A_IPV6) {
		inet_ntop(type == SOCKS_A_IPV4 ? AF_INET : AF_INET6, k->in, a,
		    sizeof a);
		snprintf(k->bound, sizeof k->bound, type == SOCKS_A_IPV4 ?
		    "%s:%d" : "[%s]:%d", a, port);
	} else {
		/* A name from the proxy: printable ASCII only. */
		for (i = 0; i < alen; i++)
			if (k->in[i] <= 0x20 || k->in[i] >= 0x7f)
				k->in[i] = '?';
		snprintf(k->bound, sizeof k->bound, "%.*s:%d", (int)alen,
		    (const char *)k->in, port);
	}
	k->phase = SOCKS_P_DONE;
	k->need = 0;
	socks_wipe(k);
	return SOCKS_DONE;
}

/* A phase's bytes are all in: check them and go on. */
static enum socks_status
socks_phase_done(struct socks *k)
{
	switch (k->phase) {
	case SOCKS_P_METHOD:
		return socks_method(k);
	case SOCKS_P_LOGIN:
		if (k->in[0] != SOCKS_LOGIN_VER)
			return socks_fail(k, EPROTO, "the proxy's answer to "
			    "the login has version %u, not 1: a malformed "
			    "reply", k->in[0]);
		if (k->in[1] != 0)
			return socks_fail(k, EACCES, "the proxy refused the "
			    "login of user %s (status %u): wrong user or "
			    "password", k->user, k->in[1]);
		socks_request(k);
		return SOCKS_MORE;
	case SOCKS_P_REPLY:
		return socks_reply_head(k);
	case SOCKS_P_ADDRLEN:
		if (k->in[0] == 0)
			return socks_fail(k, EPROTO, "the proxy's reply has "
			    "an empty name: a malformed reply");
		socks_expect(k, SOCKS_P_ADDR, (size_t)k->in[0] + 2);
		return SOCKS_MORE;
	case SOCKS_P_ADDR:
		return socks_bound_addr(k, k->atyp);
	default:
		return SOCKS_FAIL;
	}
}

const unsigned char *
socks_output(const struct socks *k, size_t *len)
{
	*len = k->outlen - k->outoff;
	return k->out + k->outoff;
}

void
socks_sent(struct socks *k, size_t n)
{
	k->outoff += n;
	if (k->outoff >= k->outlen) {
		/* Sent in full: the login's password goes at once. */
		explicit_bzero(k->out, sizeof k->out);
		k->outlen = k->outoff = 0;
	}
}

size_t
socks_need(const struct socks *k)
{
	if (k->outlen > 0 || k->phase >= SOCKS_P_DONE)
		return 0;
	return k->need - k->inlen;
}

enum socks_status
socks_feed(struct socks *k, const void *p, size_t n)
{
	enum socks_status	 st;
	const unsigned char	*b = p;
	size_t			 take;

	if (k->phase == SOCKS_P_FAILED)
		return SOCKS_FAIL;
	if (k->phase == SOCKS_P_DONE)
		return SOCKS_DONE;
	while (n > 0) {
		if ((take = socks_need(k)) == 0)
			return socks_fail(k, EPROTO, "the proxy sent %zu "
			    "byte%s before it was asked", n, n == 1 ? "" :
			    "s");
		if (take > n)
			take = n;
		memcpy(k->in + k->inlen, b, take);
		k->inlen += take;
		b += take;
		n -= take;
		if (k->inlen < k->need)
			continue;
		if ((st = socks_phase_done(k)) != SOCKS_MORE)
			return st;
	}
	return SOCKS_MORE;
}

enum socks_status
socks_eof(struct socks *k)
{
	static const char *const what[] = {
		"its choice of method", "its answer to the login",
		"its reply", "its reply", "its reply",
	};

	if (k->phase >= SOCKS_P_DONE)
		return k->phase == SOCKS_P_DONE ? SOCKS_DONE : SOCKS_FAIL;
	return socks_fail(k, EPROTO, "the proxy closed the connection "
	    "before %s was whole (%zu of %zu bytes came): a short reply",
	    what[k->phase], k->inlen, k->need);
}

enum socks_status
socks_step(struct socks *k, int fd)
{
	unsigned char	 b[SOCKS_NAME_MAX + 8];
	const unsigned char *p;
	enum socks_status st;
	size_t		 len, want;
	ssize_t		 r;

	if (k->phase >= SOCKS_P_DONE)
		return k->phase == SOCKS_P_DONE ? SOCKS_DONE : SOCKS_FAIL;
	while ((p = socks_output(k, &len)), len > 0) {
		r = send(fd, p, len, MSG_NOSIGNAL);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return SOCKS_MORE;
		if (r == -1)
			return socks_fail(k, errno, "sending to the proxy: %s",
			    strerror(errno));
		socks_sent(k, (size_t)r);
	}
	/* Exactly what the phase wants, never a byte of the target's. */
	while ((want = socks_need(k)) > 0) {
		r = recv(fd, b, want, 0);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return SOCKS_MORE;
		if (r == -1)
			return socks_fail(k, errno, "reading from the proxy: "
			    "%s", strerror(errno));
		if (r == 0)
			return socks_eof(k);
		st = socks_feed(k, b, (size_t)r);
		explicit_bzero(b, sizeof b);
		if (st != SOCKS_MORE)
			return st;
		if (k->outlen > 0)
			return socks_step(k, fd);	/* the next message */
	}
	return k->phase == SOCKS_P_DONE ? SOCKS_DONE : SOCKS_MORE;
}

short
socks_events(const struct socks *k)
{
	return k->outlen > k->outoff ? POLLOUT : POLLIN;
}

const char *
socks_error(const struct socks *k)
{
	return k->err;
}

int
socks_reply(const struct socks *k)
{
	return k->rep;
}

int
socks_errno(const struct socks *k)
{
	return k->err_errno;
}

const char *
socks_bound(const struct socks *k)
{
	return k->bound;
}
