/*
 * A fast SMTP sink for the DATA benchmarks, so that the sink is never
 * what is measured. One connection at a time, blocking I/O, on
 * 127.0.0.1; it offers STARTTLS when given a certificate and key. The
 * message bytes (as on the wire, dot-stuffing included, up to and not
 * including the final CRLF.CRLF's last ".\r\n") are counted and hashed
 * (SHA-256), and the 250 that ends DATA carries both, so a benchmark can
 * check that what arrived is exactly what was meant to be sent.
 *
 *   sink [CERT KEY [raw]]   prints its port, then serves until killed
 *
 * With "raw" every connection is TLS from the first byte and everything
 * read is discarded: the TLS ceiling for a client on this machine.
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/ssl.h>

#define SINK_BUF	(256 * 1024)

struct conn {
	int		 fd;
	SSL		*ssl;
	char		 buf[SINK_BUF];
	size_t		 off, len;
};

static ssize_t
sink_read(struct conn *c, char *p, size_t n)
{
	int	 r;

	if (c->ssl == NULL)
		return read(c->fd, p, n);
	r = SSL_read(c->ssl, p, n > INT32_MAX ? INT32_MAX : (int)n);
	return r > 0 ? r : 0;
}

static void
sink_write(struct conn *c, const char *s)
{
	size_t	 n = strlen(s);

	if (c->ssl != NULL)
		SSL_write(c->ssl, s, (int)n);
	else if (write(c->fd, s, n) != (ssize_t)n)
		perror("sink: write");
}

/* Refill the buffer; 0 at the end of the connection. */
static int
sink_fill(struct conn *c)
{
	ssize_t	 n;

	if (c->off > 0) {
		memmove(c->buf, c->buf + c->off, c->len - c->off);
		c->len -= c->off;
		c->off = 0;
	}
	if (c->len == sizeof c->buf)
		return 0;
	n = sink_read(c, c->buf + c->len, sizeof c->buf - c->len);
	if (n <= 0)
		return 0;
	c->len += n;
	return 1;
}

/* The next command line, without CRLF, in line; 0 at the end. */
static int
sink_line(struct conn *c, char *line, size_t max)
{
	char	*nl;
	size_t	 n;

	while ((nl = memchr(c->buf + c->off, '\n', c->len - c->off)) == NULL)
		if (!sink_fill(c))
			return 0;
	n = nl - (c->buf + c->off);
	if (n > 0 && nl[-1] == '\r')
		n--;
	if (n >= max)
		n = max - 1;
	memcpy(line, c->buf + c->off, n);
	line[n] = '\0';
	c->off = nl + 1 - c->buf;
	return 1;
}

/* Read the message up to CRLF.CRLF; answer with its size and hash. */
static int
sink_data(struct conn *c)
{
	static const char end[] = "\r\n.\r\n";
	unsigned char	 md[EVP_MAX_MD_SIZE];
	unsigned int	 mdlen;
	unsigned long long bytes = 0;
	EVP_MD_CTX	*h = EVP_MD_CTX_new();
	char		 reply[256], *p, *hit;
	size_t		 avail, take, i;
	int		 done = 0;

	EVP_DigestInit_ex(h, EVP_sha256(), NULL);
	/* A message may also be empty: ".\r\n" right after the 354. */
	while (c->len - c->off < 3 && sink_fill(c))
		;
	if (c->len - c->off >= 3 && memcmp(c->buf + c->off, ".\r\n", 3) == 0) {
		c->off += 3;
		done = 1;
	}
	while (!done) {
		p = c->buf + c->off;
		avail = c->len - c->off;
		hit = avail >= 5 ? memmem(p, avail, end, 5) : NULL;
		if (hit != NULL) {
			take = hit - p + 2;	/* keep the CRLF before the dot */
			EVP_DigestUpdate(h, p, take);
			bytes += take;
			c->off += take + 3;
			done = 1;
			break;
		}
		/* Keep four bytes: the end may straddle two reads. */
		take = avail > 4 ? avail - 4 : 0;
		EVP_DigestUpdate(h, p, take);
		bytes += take;
		c->off += take;
		if (!sink_fill(c))
			break;
	}
	EVP_DigestFinal_ex(h, md, &mdlen);
	EVP_MD_CTX_free(h);
	if (!done)
		return 0;
	i = (size_t)snprintf(reply, sizeof reply, "250 2.0.0 %llu bytes sha256 ",
	    bytes);
	for (unsigned int k = 0; k < mdlen && i + 3 < sizeof reply; k++)
		i += snprintf(reply + i, sizeof reply - i, "%02x", md[k]);
	snprintf(reply + i, sizeof reply - i, "\r\n");
	sink_write(c, reply);
	return 1;
}

static void
sink_raw(int fd, SSL_CTX *ctx)
{
	static char	 buf[SINK_BUF];
	SSL		*ssl = SSL_new(ctx);

	SSL_set_fd(ssl, fd);
	if (SSL_accept(ssl) == 1)
		while (SSL_read(ssl, buf, sizeof buf) > 0)
			;
	SSL_free(ssl);
	close(fd);
}

static void
sink_serve(int fd, SSL_CTX *ctx)
{
	static struct conn c;
	char		 line[1024];

	memset(&c, 0, sizeof c);
	c.fd = fd;
	sink_write(&c, "220 sink ESMTP\r\n");
	while (sink_line(&c, line, sizeof line)) {
		if (strncasecmp(line, "EHLO", 4) == 0)
			sink_write(&c, ctx != NULL && c.ssl == NULL ?
			    "250-sink\r\n250-PIPELINING\r\n250-STARTTLS\r\n"
			    "250 8BITMIME\r\n" :
			    "250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n");
		else if (strncasecmp(line, "STARTTLS", 8) == 0 && ctx != NULL &&
		    c.ssl == NULL) {
			sink_write(&c, "220 2.0.0 go ahead\r\n");
			c.off = c.len = 0;
			c.ssl = SSL_new(ctx);
			SSL_set_fd(c.ssl, fd);
			if (SSL_accept(c.ssl) != 1)
				break;
		} else if (strncasecmp(line, "DATA", 4) == 0) {
			sink_write(&c, "354 go ahead\r\n");
			if (!sink_data(&c))
				break;
		} else if (strncasecmp(line, "QUIT", 4) == 0) {
			sink_write(&c, "221 2.0.0 bye\r\n");
			break;
		} else
			sink_write(&c, "250 2.0.0 ok\r\n");
	}
	if (c.ssl != NULL) {
		SSL_shutdown(c.ssl);
		SSL_free(c.ssl);
	}
	close(fd);
}

int
main(int argc, char **argv)
{
	struct sockaddr_in	 sin;
	socklen_t		 sl = sizeof sin;
	SSL_CTX			*ctx = NULL;
	int			 ls, fd, one = 1;

	if (argc == 3 || argc == 4) {
		ctx = SSL_CTX_new(TLS_server_method());
		if (ctx == NULL ||
		    SSL_CTX_use_certificate_chain_file(ctx, argv[1]) != 1 ||
		    SSL_CTX_use_PrivateKey_file(ctx, argv[2],
		    SSL_FILETYPE_PEM) != 1) {
			fprintf(stderr, "sink: cannot load %s, %s\n", argv[1],
			    argv[2]);
			return 1;
		}
	}
	ls = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(ls, (struct sockaddr *)&sin, sizeof sin) == -1 ||
	    listen(ls, 8) == -1 ||
	    getsockname(ls, (struct sockaddr *)&sin, &sl) == -1) {
		perror("sink");
		return 1;
	}
	printf("%d\n", ntohs(sin.sin_port));
	fflush(stdout);
	while ((fd = accept(ls, NULL, NULL)) != -1) {
		/* Replies go out at once, as a real server's do. */
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		if (argc == 4)
			sink_raw(fd, ctx);
		else
			sink_serve(fd, ctx);
	}
	return 0;
}
