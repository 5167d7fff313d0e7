/*
 * One client connection of the lab: bytes in and out through core/io.h
 * (plain, or TLS once it is up, as the session's) and the RFC 5321 state machine that answers
 * them. Input is cut into lines of at most LAB_MAXLINE bytes; each line
 * is a command, a SASL response or a line of message text, depending on
 * the state; a BDAT chunk (RFC 3030) is its octets as they are, counted,
 * whatever lines they hold. Replies are queued in an output buffer and written when the
 * socket takes them; while too much is queued the connection stops
 * reading, so a client that pipelines without reading cannot grow memory.
 * The personality decides the policy: "25" relays for nobody and has no
 * AUTH, "587" and "465" want AUTH (after TLS) before MAIL and then relay
 * anywhere. Every reply past the greeting carries an enhanced status code
 * (RFC 2034, RFC 3463) so notes read as they would against a real server.
 *
 * For the lessons, a few recipients at the lab's domain refuse as real
 * servers do (greylist@, full@, nosuch@, busy@; HELP lists them). Two
 * more are taken and then fail (bounce@) or wait (delay@) after the
 * message, so that a delivery status notification (DSN, RFC 3461 and
 * RFC 3464) can be seen: the lab writes one into its inbox, addressed
 * to the sender, for each kind of event the recipients asked for with
 * NOTIFY (success too). Submission offers SMTPUTF8 (RFC 6531): UTF-8
 * addresses are taken there with the SMTPUTF8 parameter; "25" does not
 * offer it and refuses them with 553 5.6.7, so the difference shows. For
 * the class log, each command is logged by its name with the code of its
 * reply, never with its arguments (the EHLO name aside), and nothing of
 * an AUTH exchange but the outcome.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "b64.h"
#include "buf.h"
#include "i18n_core.h"
#include "io.h"
#include "lab_int.h"
#include "smtpcmd.h"
#include "tls.h"

#define N_(s)	(s)

#define LAB_IN_MAX	8192
#define LAB_OUT_HIGH	(64 * 1024)	/* stop reading above this */
#define LAB_OUT_MAX	(256 * 1024)	/* a client this far behind is cut */
#define LAB_PATH_MAX	256		/* RFC 5321 4.5.3.1.3 */

enum lab_state {
	LAB_S_HANDSHAKE,	/* TLS handshake: 465 at once, or STARTTLS */
	LAB_S_START,		/* greeted; HELO or EHLO expected */
	LAB_S_READY,		/* after HELO/EHLO, no transaction */
	LAB_S_MAIL,		/* MAIL accepted, no recipient yet */
	LAB_S_RCPT,		/* at least one recipient accepted */
	LAB_S_DATA,		/* reading message text */
	LAB_S_BDAT,		/* reading a BDAT chunk's octets */
	LAB_S_AUTH,		/* inside a SASL exchange */
	LAB_S_STARTTLS,		/* 220 queued; TLS begins once it is sent */
	LAB_S_CLOSING,		/* last reply queued; close once it is sent */
};

struct lab_conn {
	struct lab	*lab;
	struct io	 io;		/* the socket, plain or TLS */
	enum lab_personality pers;
	enum lab_state	 state;
	int		 greeted;	/* 220 sent */
	int		 esmtp;		/* EHLO, not HELO */
	int		 eof;		/* the client closed its side */
	int		 dead;		/* give up: output overflowed */
	int		 blocked;	/* lines wait for output to drain */
	int		 fresh;		/* bytes read that lab_input has not
					   looked at yet */
	int		 skipping;	/* inside an over-long line */
	int		 skipcr;	/* and its last byte was CR */
	int		 errors;
	int64_t		 deadline;
	char		 peer[64];
	char		 helo[80];
	char		 tlsver[16];
	char		 user[80];	/* authenticated as, or "" */
	struct lab_msg	*msg;		/* the transaction being built */
	size_t		 nrcpt;
	size_t		 nrefused;
	int		 prevcrlf;	/* DATA: last line ended in CRLF */
	unsigned long long bdat_size;	/* BDAT: the chunk's octets */
	unsigned long long bdat_left;	/* of which still to come */
	int		 bdat_last;	/* it is the LAST chunk */
	int		 bdat_refuse;	/* its reply once read: 503/554, 0 */
	int		 bdat_chunks;	/* chunks of this transaction */
	enum lab_state	 bdat_prev;	/* the state to go back to */
	int		 binary;	/* MAIL said BODY=BINARYMIME */
	int		 smtputf8;	/* MAIL said SMTPUTF8 */
	int		 ret;		/* RET=: 'F' FULL, 'H' HDRS, 0 */
	char		 envid[104];	/* ENVID=, as given, or "" */
	struct buf	 dsn;		/* per recipient accepted:
					   "notify\tkind\torcpt\taddr\n" */
	int		 toobig;
	int		 toolong;
	int		 nomem;		/* over the lab's in-flight cap */
	size_t		 held;		/* counted in lab->inflight */
	int64_t		 active;	/* last bytes from the client */
	int64_t		 greylisted;	/* first greylist@ refusal, or 0 */
	struct lab_client *client;	/* the limits' record */
	struct lab_sasl	*sasl;
	char		 err[256];
};

typedef void lab_cmd_fn(struct lab_conn *, char *);

/* The one place the state changes; entering some states sets a timer. */
static void
lab_conn_state(struct lab_conn *c, enum lab_state s)
{
	if (s == LAB_S_HANDSHAKE)
		c->deadline = lab_now() + LAB_HANDSHAKE_MS;
	else if (s == LAB_S_CLOSING)
		c->deadline = lab_now() + LAB_CLOSE_MS;
	c->state = s;
}

/* Queue one reply line; CRLF is added. */
static void
lab_reply(struct lab_conn *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
lab_reply(struct lab_conn *c, const char *fmt, ...)
{
	va_list	 ap;
	char	 line[LAB_MAXLINE];

	va_start(ap, fmt);
	vsnprintf(line, sizeof line - 2, fmt, ap);
	va_end(ap);
	if (line[0] == '5')
		c->errors++;
	if (buf_addstr(c->io.out, line) == -1 ||
	    buf_add(c->io.out, "\r\n", 2) == -1)
		c->dead = 1;
}

static void
lab_greet(struct lab_conn *c)
{
	lab_reply(c, "220 %s ESMTP smtpx lab (port %s personality: %s)",
	    LAB_DOMAIN, lab_pnames[c->pers], lab_pdesc[c->pers]);
	c->greeted = 1;
}

/* Forget the transaction (RSET, HELO, EHLO, after DATA). */
static void
lab_txn_reset(struct lab_conn *c)
{
	lab_msg_free(c->msg);
	c->msg = NULL;
	c->nrcpt = c->nrefused = 0;
	c->toobig = c->toolong = c->nomem = 0;
	c->bdat_chunks = 0;
	c->binary = c->smtputf8 = c->ret = 0;
	c->envid[0] = '\0';
	buf_free(&c->dsn);
	c->lab->inflight -= c->held;
	c->held = 0;
}

/* After STARTTLS everything learned in clear is forgotten (RFC 3207 4.2). */
static void
lab_session_reset(struct lab_conn *c)
{
	lab_txn_reset(c);
	lab_sasl_free(c->sasl);
	c->sasl = NULL;
	c->helo[0] = c->user[0] = '\0';
	c->esmtp = 0;
}

struct lab_conn *
lab_conn_new(struct lab *lab, int fd, enum lab_personality p, const char *peer)
{
	struct lab_conn	*c;
	struct tls	*t;

	if ((c = calloc(1, sizeof *c)) == NULL) {
		close(fd);
		return NULL;
	}
	c->lab = lab;
	io_init(&c->io, fd, LAB_IN_MAX, NULL, LAB_OUT_MAX);
	c->pers = p;
	snprintf(c->peer, sizeof c->peer, "%s", peer);
	c->client = lab_client_get(lab, peer);
	c->client->nconns++;
	c->active = lab_now();
	c->deadline = c->active + LAB_IDLE_MS;
	lab_log(lab, c->peer, p + 1, "connected");
	if (p == LAB_SUBMISSIONS) {
		/* Implicit TLS: the greeting waits for the handshake. */
		if ((t = tls_accept(lab->tls, fd, c->err,
		    sizeof c->err)) == NULL) {
			lab_conn_free(c);
			return NULL;
		}
		io_start_tls(&c->io, t);
		lab_conn_state(c, LAB_S_HANDSHAKE);
	} else {
		lab_conn_state(c, LAB_S_START);
		lab_greet(c);
	}
	return c;
}

void
lab_conn_free(struct lab_conn *c)
{
	if (c == NULL)
		return;
	lab_txn_reset(c);
	if (c->client->nconns > 0)
		c->client->nconns--;
	lab_log(c->lab, c->peer, c->pers + 1, "disconnected");
	io_free(&c->io);
	close(c->io.fd);
	lab_sasl_free(c->sasl);
	free(c);
}

int
lab_conn_fd(const struct lab_conn *c)
{
	return c->io.fd;
}

int64_t
lab_conn_deadline(const struct lab_conn *c)
{
	/* Crowded: an idle client is let go sooner (Postfix's stress). */
	if (c->lab->stressed && c->state != LAB_S_CLOSING &&
	    c->state != LAB_S_HANDSHAKE &&
	    c->active + LAB_STRESS_IDLE_MS < c->deadline)
		return c->active + LAB_STRESS_IDLE_MS;
	return c->deadline;
}

/* Whether new input may be read now. */
static int
lab_conn_reading(const struct lab_conn *c)
{
	switch (c->state) {
	case LAB_S_HANDSHAKE:
	case LAB_S_STARTTLS:	/* the next bytes belong to TLS */
	case LAB_S_CLOSING:
		return 0;
	default:
		return !c->eof && !c->dead && c->io.out->len < LAB_OUT_HIGH &&
		    c->io.in.len < c->io.in.max;
	}
}

short
lab_conn_events(const struct lab_conn *c)
{
	return io_events(&c->io, lab_conn_reading(c));
}

int
lab_conn_ready(const struct lab_conn *c)
{
	if (c->state == LAB_S_HANDSHAKE)
		return 0;
	/* poll cannot see bytes OpenSSL has already decrypted. */
	if (lab_conn_reading(c) && io_pending(&c->io))
		return 1;
	/* A run's last pass may read bytes it does not act on, and poll
	   would wait for nothing: the end of a BDAT chunk, after which the
	   client sends nothing until it has the reply, or input filled to
	   the brim, when reading stops. */
	if (c->state != LAB_S_CLOSING && !c->blocked && c->fresh)
		return 1;
	return (c->blocked && c->io.out->len < LAB_OUT_HIGH) ||
	    (c->eof && c->io.out->len == 0);
}

/* Write what is queued; -1 when the connection broke. */
static int
lab_conn_flush(struct lab_conn *c)
{
	switch (io_flush(&c->io)) {
	case IO_OK:
	case IO_AGAIN:
		return 0;
	default:
		return -1;
	}
}

/* Read once; 1 when bytes came, 0 when none now (or EOF), -1 on error. */
static int
lab_conn_read(struct lab_conn *c)
{
	switch (io_read(&c->io)) {
	case IO_OK:
		c->active = lab_now();
		c->deadline = c->active + LAB_IDLE_MS;
		c->fresh = 1;
		return 1;
	case IO_AGAIN:
		return 0;
	case IO_CLOSED:
		c->eof = 1;
		return 0;
	default:
		return -1;
	}
}

/* 1 when s is well-formed UTF-8 (no overlong forms, no surrogates). */
static int
lab_utf8_ok(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	unsigned		 cp;
	int			 n, i;

	while (*p) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		n = *p >= 0xf0 && *p <= 0xf4 ? 3 : *p >= 0xe0 && *p < 0xf0 ? 2 :
		    *p >= 0xc2 && *p < 0xe0 ? 1 : -1;
		if (n == -1)
			return 0;
		cp = *p & (0x3f >> n);
		for (i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
		    (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return 0;
		p += n + 1;
	}
	return 1;
}

static int
lab_8bit(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* RFC 3461 4: xtext, printable ASCII but "+" and "=", with "+XX" for
   any other byte; not empty. */
static int
lab_xtext_ok(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++) {
		if (*s == '+') {
			if (!isxdigit((unsigned char)s[1]) ||
			    !isxdigit((unsigned char)s[2]))
				return 0;
			s += 2;
		} else if (*s < 0x21 || *s > 0x7e || *s == '=')
			return 0;
	}
	return 1;
}

/* RFC 5321 4.1.2 mailbox, loosely: dot-atom or quoted local part, then a
   domain or an address literal. UTF-8 is let through here (RFC 6531
   3.3); whether it may be used is the caller's question (SMTPUTF8). */
static int
lab_mailbox_ok(const char *a)
{
	static const char atext[] = "!#$%&'*+-/=?^_`{|}~.";
	const char	*at, *p;
	size_t		 llen;

	if (!lab_utf8_ok(a))
		return 0;
	if ((at = strrchr(a, '@')) == NULL)
		return strcasecmp(a, "postmaster") == 0;
	llen = at - a;
	if (llen == 0 || llen > 64 || strlen(at + 1) == 0 ||
	    strlen(at + 1) > 255)
		return 0;
	if (a[0] == '"') {
		if (llen < 2 || at[-1] != '"')
			return 0;
		for (p = a + 1; p < at - 1; p++) {
			if (*p < 0x20 || *p > 0x7e)
				return 0;
			if (*p == '\\' && ++p >= at - 1)
				return 0;
			else if (*p == '"')
				return 0;
		}
	} else {
		if (a[0] == '.' || at[-1] == '.')
			return 0;
		for (p = a; p < at; p++)
			if (!isalnum((unsigned char)*p) &&
			    (unsigned char)*p < 0x80 &&
			    strchr(atext, *p) == NULL)
				return 0;
			else if (*p == '.' && p[1] == '.')
				return 0;
	}
	p = at + 1;
	if (*p == '[') {
		for (p++; *p && *p != ']'; p++)
			if (*p <= 0x20 || *p > 0x7e || *p == '[' || *p == '\\')
				return 0;
		return *p == ']' && p[1] == '\0';
	}
	if (*p == '.' || *p == '-')
		return 0;
	for (; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' &&
		    (unsigned char)*p < 0x80 &&
		    !(*p == '.' && p[1] != '.' && p[1] != '\0'))
			return 0;
	return 1;
}


/* The next space-separated parameter of a MAIL or RCPT line, ended in
   place; NULL at the end. */
static char *
lab_param_next(char **pp)
{
	char	*p = *pp, *tok;

	for (; *p == ' '; p++)
		;
	if (*p == '\0')
		return NULL;
	tok = p;
	for (; *p && *p != ' '; p++)
		;
	if (*p)
		*p++ = '\0';
	*pp = p;
	return tok;
}

/* Parse "<path>" at *pp into addr (source route dropped) and move *pp
   past it. 0, or -1 when it is no valid path. */
static int
lab_path(char **pp, char *addr, size_t addrlen)
{
	char	*p = *pp, *start, *end, *colon;
	int	 inq = 0;
	size_t	 len;

	if (*p != '<')
		return -1;
	for (end = p + 1; *end != '\0'; end++) {
		if (inq) {
			if (*end == '\\' && end[1] != '\0')
				end++;
			else if (*end == '"')
				inq = 0;
		} else if (*end == '"')
			inq = 1;
		else if (*end == '>')
			break;
	}
	if (*end != '>' || (end[1] != '\0' && end[1] != ' '))
		return -1;
	start = p + 1;
	/* A source route ("@a,@b:") is to be ignored (RFC 5321 4.1.2). */
	if (*start == '@') {
		if ((colon = memchr(start, ':', end - start)) == NULL)
			return -1;
		start = colon + 1;
	}
	len = end - start;
	if (len >= addrlen || len > LAB_PATH_MAX)
		return -1;
	memcpy(addr, start, len);
	addr[len] = '\0';
	*pp = end + 1;
	return len == 0 || lab_mailbox_ok(addr) ? 0 : -1;
}

static int
lab_is_local(const char *addr)
{
	const char	*at = strrchr(addr, '@');

	return at == NULL || strcasecmp(at + 1, LAB_DOMAIN) == 0;
}

static void
lab_cmd_hello(struct lab_conn *c, char *args, int esmtp)
{
	const char	*p;

	for (p = args; *p; p++)
		if (*p < 0x20 || *p > 0x7e)
			break;
	if (*args == '\0' || *p != '\0') {
		lab_reply(c, "501 5.5.4 Syntax: %s hostname",
		    esmtp ? "EHLO" : "HELO");
		return;
	}
	/* HELO and EHLO also end any transaction (RFC 5321 4.1.4). */
	lab_txn_reset(c);
	snprintf(c->helo, sizeof c->helo, "%s", args);
	c->esmtp = esmtp;
	lab_conn_state(c, LAB_S_READY);
	if (!esmtp) {
		lab_reply(c, "250 %s", LAB_DOMAIN);
		return;
	}
	lab_reply(c, "250-%s greets %.64s", LAB_DOMAIN, args);
	lab_reply(c, "250-PIPELINING");
	lab_reply(c, "250-SIZE %d", LAB_MAXSIZE);
	if (c->io.tls == NULL)
		lab_reply(c, "250-STARTTLS");
	/* Submission offers AUTH only once the password would be safe. */
	if (c->pers != LAB_RELAY && c->io.tls != NULL)
		lab_reply(c, "250-AUTH %s", LAB_SASL_MECHS);
	lab_reply(c, "250-ENHANCEDSTATUSCODES");
	lab_reply(c, "250-CHUNKING");
	lab_reply(c, "250-BINARYMIME");
	lab_reply(c, "250-DSN");
	/* "25" lacks SMTPUTF8, so a class sees a UTF-8 address refused
	   there and taken on 587. */
	if (c->pers != LAB_RELAY)
		lab_reply(c, "250-SMTPUTF8");
	lab_reply(c, "250 8BITMIME");
}

static void
lab_cmd_helo(struct lab_conn *c, char *args)
{
	lab_cmd_hello(c, args, 0);
}

static void
lab_cmd_ehlo(struct lab_conn *c, char *args)
{
	lab_cmd_hello(c, args, 1);
}

static void
lab_cmd_mail(struct lab_conn *c, char *args)
{
	struct lab_msg	*m;
	char		 addr[LAB_PATH_MAX + 1], *p = args, *tok, *end;
	unsigned long long size;
	int		 binary = 0, utf8 = 0, ret = 0;
	const char	*envid = "";

	if (c->state == LAB_S_START) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "send HELO or EHLO first");
		return;
	}
	if (c->state == LAB_S_MAIL || c->state == LAB_S_RCPT) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "nested MAIL command");
		return;
	}
	/* Submission (RFC 6409): only known users may send. */
	if (c->pers != LAB_RELAY && *c->user == '\0') {
		lab_reply(c, "530 5.7.0 Authentication required");
		return;
	}
	if (strncasecmp(p, "FROM:", 5) != 0) {
		lab_reply(c, "501 5.5.4 Syntax: MAIL FROM:<address>");
		return;
	}
	for (p += 5; *p == ' '; p++)
		;
	if (lab_path(&p, addr, sizeof addr) == -1) {
		lab_reply(c, "501 5.1.7 Bad sender address syntax");
		return;
	}
	while ((tok = lab_param_next(&p)) != NULL) {
		if (!c->esmtp) {
			lab_reply(c, "555 5.5.4 Unsupported option: %.64s "
			    "(parameters need EHLO)", tok);
			return;
		}
		if (strncasecmp(tok, "SIZE=", 5) == 0) {
			errno = 0;
			size = strtoull(tok + 5, &end, 10);
			if (!isdigit((unsigned char)tok[5]) || *end || errno) {
				lab_reply(c, "501 5.5.4 Bad SIZE parameter");
				return;
			}
			if (size > LAB_MAXSIZE) {
				lab_reply(c, "552 5.3.4 Message size exceeds "
				    "fixed maximum message size");
				return;
			}
		} else if (strncasecmp(tok, "BODY=", 5) == 0) {
			binary = strcasecmp(tok + 5, "BINARYMIME") == 0;
			if (strcasecmp(tok + 5, "7BIT") != 0 &&
			    strcasecmp(tok + 5, "8BITMIME") != 0 && !binary) {
				lab_reply(c, "501 5.5.4 Bad BODY parameter");
				return;
			}
		} else if (strncasecmp(tok, "AUTH=", 5) == 0 &&
		    c->pers != LAB_RELAY) {
			/* RFC 4954 5: noted by real servers; ignored here. */
		} else if (strcasecmp(tok, "SMTPUTF8") == 0 &&
		    c->pers != LAB_RELAY) {
			utf8 = 1;
		} else if (strncasecmp(tok, "RET=", 4) == 0) {
			ret = strcasecmp(tok + 4, "FULL") == 0 ? 'F' :
			    strcasecmp(tok + 4, "HDRS") == 0 ? 'H' : 0;
			if (ret == 0) {
				lab_reply(c, "501 5.5.4 Bad RET parameter "
				    "(FULL or HDRS)");
				return;
			}
		} else if (strncasecmp(tok, "ENVID=", 6) == 0) {
			envid = tok + 6;
			/* xtext, 1 to 100 characters (RFC 3461 4.4). */
			if (strlen(envid) > 100 || !lab_xtext_ok(envid)) {
				lab_reply(c, "501 5.5.4 Bad ENVID parameter");
				return;
			}
		} else {
			lab_reply(c, "555 5.5.4 Unsupported option: %.64s", tok);
			return;
		}
	}
	/* RFC 6531 3.4: a UTF-8 address only with SMTPUTF8. */
	if (lab_8bit(addr) && !utf8) {
		lab_reply(c, "553 5.6.7 <%s>: non-ASCII address %s", addr,
		    c->pers == LAB_RELAY ? "not permitted: this server does "
		    "not offer SMTPUTF8" : "needs the SMTPUTF8 parameter on "
		    "MAIL FROM");
		return;
	}
	if (lab_client_msg(c->lab, c->peer) == -1) {
		lab_reply(c, "421 4.7.0 %s Error: too many messages from %s "
		    "(limit %d a minute), try again later", LAB_DOMAIN,
		    c->peer, c->lab->cfg.per_client_msgs);
		lab_log(c->lab, c->peer, c->pers + 1, "limit hit: %d messages "
		    "a minute (421 4.7.0)", c->lab->cfg.per_client_msgs);
		lab_conn_state(c, LAB_S_CLOSING);
		return;
	}
	if ((m = calloc(1, sizeof *m)) == NULL) {
		lab_reply(c, "451 4.3.0 Out of memory");
		return;
	}
	buf_init(&m->from, LAB_PATH_MAX + 1);
	buf_init(&m->rcpts, LAB_MAXRCPT * (LAB_PATH_MAX + 1));
	buf_init(&m->data, LAB_MAXSIZE);
	buf_addstr(&m->from, addr);
	lab_txn_reset(c);
	c->msg = m;
	c->binary = binary;
	c->smtputf8 = utf8;
	c->ret = ret;
	snprintf(c->envid, sizeof c->envid, "%s", envid);
	buf_init(&c->dsn, LAB_MAXRCPT * 2 * (LAB_PATH_MAX + 16));
	lab_conn_state(c, LAB_S_MAIL);
	lab_reply(c, "250 2.1.0 Ok");
}

/* The lessons' refusals at the lab's domain. 1 when one was given. */
static int
lab_scripted(struct lab_conn *c, const char *addr)
{
	const char	*at = strrchr(addr, '@');
	size_t		 llen;
	int64_t		 now;

	if (at == NULL || strcasecmp(at + 1, LAB_DOMAIN) != 0)
		return 0;
	llen = at - addr;
#define LAB_IS(name) (llen == sizeof name - 1 && \
	strncasecmp(addr, name, llen) == 0)
	if (LAB_IS("greylist")) {
		/* A retry after LAB_GREYLIST_MS in the same session passes,
		   as a greylisting server lets the second try in. */
		now = lab_now();
		if (c->greylisted != 0 && now - c->greylisted >=
		    LAB_GREYLIST_MS)
			return 0;
		if (c->greylisted == 0)
			c->greylisted = now;
		lab_reply(c, "451 4.7.1 Greylisted, try again later");
	} else if (LAB_IS("full"))
		lab_reply(c, "552 5.2.2 Mailbox full");
	else if (LAB_IS("nosuch"))
		lab_reply(c, "550 5.1.1 No such user here");
	else if (LAB_IS("busy")) {
		lab_reply(c, "421 4.7.0 Too many messages from you, slow down");
		lab_conn_state(c, LAB_S_CLOSING);
	} else
		return 0;
#undef LAB_IS
	return 1;
}

/* NOTIFY= words (RFC 3461 4.1), as bits; none given is 0. */
#define LAB_N_SUCCESS	0x01
#define LAB_N_FAILURE	0x02
#define LAB_N_DELAY	0x04
#define LAB_N_NEVER	0x08

/* NOTIFY=NEVER, or SUCCESS, FAILURE and DELAY in a list: the bits, or
   0 when it is not that. */
static unsigned
lab_notify(const char *v)
{
	unsigned	 bits = 0, b;
	size_t		 n;

	if (strcasecmp(v, "NEVER") == 0)
		return LAB_N_NEVER;
	for (;;) {
		n = strcspn(v, ",");
		b = n == 7 && strncasecmp(v, "SUCCESS", 7) == 0 ?
		    LAB_N_SUCCESS : n == 7 && strncasecmp(v, "FAILURE", 7) ==
		    0 ? LAB_N_FAILURE : n == 5 && strncasecmp(v, "DELAY", 5) ==
		    0 ? LAB_N_DELAY : 0;
		if (b == 0 || (bits & b))
			return 0;
		bits |= b;
		if (v[n] == '\0')
			return bits;
		v += n + 1;
	}
}

/* The parameters of RCPT after the path: NOTIFY and ORCPT (RFC 3461),
   the DSN extension every personality offers. 0, or -1 once refused. */
static int
lab_rcpt_params(struct lab_conn *c, char *p, unsigned *notify, char *orcpt,
    size_t orcptlen)
{
	char	*tok, *semi;

	*notify = 0;
	*orcpt = '\0';
	while ((tok = lab_param_next(&p)) != NULL) {
		if (!c->esmtp) {
			lab_reply(c, "555 5.5.4 Unsupported option: %.64s "
			    "(parameters need EHLO)", tok);
			return -1;
		}
		if (strncasecmp(tok, "NOTIFY=", 7) == 0) {
			if ((*notify = lab_notify(tok + 7)) == 0) {
				lab_reply(c, "501 5.5.4 Bad NOTIFY parameter "
				    "(NEVER, or SUCCESS,FAILURE,DELAY)");
				return -1;
			}
		} else if (strncasecmp(tok, "ORCPT=", 6) == 0) {
			/* addr-type ";" xtext (RFC 3461 4.2); UTF-8 is let
			   through for the utf-8 type of RFC 6533. */
			semi = strchr(tok + 6, ';');
			if (semi == NULL || semi == tok + 6 || semi[1] == '\0' ||
			    strlen(tok + 6) >= orcptlen ||
			    !lab_utf8_ok(tok + 6) ||
			    strpbrk(tok + 6, "\t") != NULL) {
				lab_reply(c, "501 5.5.4 Bad ORCPT parameter "
				    "(type;address, rfc822;user@example.com)");
				return -1;
			}
			snprintf(orcpt, orcptlen, "%s", tok + 6);
		} else {
			lab_reply(c, "555 5.5.4 Unsupported option: %.64s", tok);
			return -1;
		}
	}
	return 0;
}

/* What becomes of a recipient after the message: 'b' bounce@ fails,
   'd' delay@ waits, '-' delivered (or relayed, off the lab's domain). */
static char
lab_dsn_kind(const char *addr)
{
	const char	*at = strrchr(addr, '@');

	if (at == NULL || strcasecmp(at + 1, LAB_DOMAIN) != 0)
		return lab_is_local(addr) ? '-' : 'r';
	if ((size_t)(at - addr) == 6 && strncasecmp(addr, "bounce", 6) == 0)
		return 'b';
	if ((size_t)(at - addr) == 5 && strncasecmp(addr, "delay", 5) == 0)
		return 'd';
	return '-';
}

static void
lab_cmd_rcpt(struct lab_conn *c, char *args)
{
	char	 addr[LAB_PATH_MAX + 1], *p = args;
	char	 orcpt[LAB_PATH_MAX + 16];
	unsigned notify;

	if (c->state != LAB_S_MAIL && c->state != LAB_S_RCPT) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "need MAIL first");
		return;
	}
	if (strncasecmp(p, "TO:", 3) != 0) {
		lab_reply(c, "501 5.5.4 Syntax: RCPT TO:<address>");
		return;
	}
	for (p += 3; *p == ' '; p++)
		;
	if (lab_path(&p, addr, sizeof addr) == -1 || *addr == '\0') {
		lab_reply(c, "501 5.1.3 Bad recipient address syntax");
		return;
	}
	if (lab_rcpt_params(c, p, &notify, orcpt, sizeof orcpt) == -1)
		return;
	if (lab_8bit(addr) && !c->smtputf8) {
		lab_reply(c, "553 5.6.7 <%s>: non-ASCII address %s", addr,
		    c->pers == LAB_RELAY ? "not permitted: this server does "
		    "not offer SMTPUTF8" : "needs the SMTPUTF8 parameter on "
		    "MAIL FROM");
		return;
	}
	if (c->nrcpt >= LAB_MAXRCPT) {
		lab_reply(c, "452 4.5.3 Too many recipients");
		return;
	}
	/* The difference between the ports: who may relay. "25" takes
	   mail for its own domain only; submission, after AUTH, for any. */
	if (!lab_is_local(addr) && (c->pers == LAB_RELAY || *c->user == '\0')) {
		c->nrefused++;
		lab_reply(c, "554 5.7.1 <%s>: Relay access denied", addr);
		return;
	}
	if (lab_scripted(c, addr) == 1) {
		c->nrefused++;
		return;
	}
	if (buf_printf(&c->msg->rcpts, "%s\n", addr) == -1 ||
	    buf_printf(&c->dsn, "%u\t%c\t%s\t%s\n", notify,
	    lab_dsn_kind(addr), orcpt, addr) == -1) {
		lab_reply(c, "452 4.5.3 Too many recipients");
		return;
	}
	c->nrcpt++;
	lab_conn_state(c, LAB_S_RCPT);
	lab_reply(c, "250 2.1.5 Ok");
}

static void
lab_cmd_data(struct lab_conn *c, char *args)
{
	if (*args) {
		lab_reply(c, "501 5.5.4 Syntax: DATA (no parameters)");
		return;
	}
	if (c->state == LAB_S_MAIL && c->nrefused) {
		lab_reply(c, "554 5.5.1 Error: no valid recipients");
		return;
	}
	if (c->state != LAB_S_RCPT) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: need %s first",
		    c->state == LAB_S_MAIL ? "RCPT" : "MAIL");
		return;
	}
	if (c->binary) {
		/* RFC 3030 3: a binary body can only go in BDAT chunks. */
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "BODY=BINARYMIME needs BDAT, not DATA");
		return;
	}
	if (c->bdat_chunks > 0) {
		/* RFC 3030 2: DATA may not follow BDAT in a transaction. */
		lab_reply(c, "503 5.5.1 Bad sequence of commands: DATA after "
		    "BDAT (end the message with BDAT n LAST, or RSET)");
		return;
	}
	c->prevcrlf = 1;
	lab_conn_state(c, LAB_S_DATA);
	lab_reply(c, "354 End data with <CR><LF>.<CR><LF>");
}

/* The chunk has been read: answer it (RFC 3030 2: only then). */
static void lab_data_end(struct lab_conn *);
static void lab_log_reply(struct lab_conn *, size_t, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
lab_bdat_done(struct lab_conn *c)
{
	size_t	 before = c->io.out->len;

	lab_conn_state(c, c->bdat_prev);
	if (c->bdat_refuse == 554)
		lab_reply(c, "554 5.5.1 Error: no valid recipients");
	else if (c->bdat_refuse)
		lab_reply(c, "503 5.5.1 Bad sequence of commands: need %s "
		    "first", c->state == LAB_S_MAIL ? "RCPT" : "MAIL");
	else if (c->bdat_last)
		lab_data_end(c);
	else
		lab_reply(c, "250 2.0.0 Ok: chunk %d, %llu octet%s received",
		    c->bdat_chunks, c->bdat_size, c->bdat_size == 1 ? "" : "s");
	if (!c->bdat_last || c->bdat_refuse)
		lab_log_reply(c, before, "BDAT");
}

static void
lab_cmd_bdat(struct lab_conn *c, char *args)
{
	unsigned long long	 n;
	char			*end;

	errno = 0;
	n = strtoull(args, &end, 10);
	if (!isdigit((unsigned char)*args) || errno != 0 ||
	    (*end != '\0' && (*end != ' ' ||
	    strcasecmp(end + strspn(end, " "), "LAST") != 0))) {
		/* Without a size the octets cannot be told from commands. */
		lab_reply(c, "501 5.5.4 Syntax: BDAT size [LAST]");
		return;
	}
	c->bdat_size = c->bdat_left = n;
	c->bdat_last = *end != '\0';
	c->bdat_prev = c->state;
	c->bdat_refuse = c->state == LAB_S_RCPT ? 0 : c->state == LAB_S_MAIL &&
	    c->nrefused ? 554 : 503;
	if (!c->bdat_refuse)
		c->bdat_chunks++;
	lab_conn_state(c, LAB_S_BDAT);
	if (n == 0)
		lab_bdat_done(c);
}

static void
lab_cmd_rset(struct lab_conn *c, char *args)
{
	if (*args) {
		lab_reply(c, "501 5.5.4 Syntax: RSET");
		return;
	}
	lab_txn_reset(c);
	if (c->state != LAB_S_START)
		lab_conn_state(c, LAB_S_READY);
	lab_reply(c, "250 2.0.0 Ok");
}

static void
lab_cmd_noop(struct lab_conn *c, char *args)
{
	(void)args;
	lab_reply(c, "250 2.0.0 Ok");
}

static void
lab_cmd_quit(struct lab_conn *c, char *args)
{
	(void)args;
	lab_reply(c, "221 2.0.0 Bye");
	lab_conn_state(c, LAB_S_CLOSING);
}

static void
lab_cmd_vrfy(struct lab_conn *c, char *args)
{
	if (*args == '\0') {
		lab_reply(c, "501 5.5.4 Syntax: VRFY address");
		return;
	}
	/* RFC 5321 3.5.3: 252 is the answer of a server that will not
	   confirm addresses, which is what real ones do today. */
	lab_reply(c, "252 2.0.0 Cannot VRFY user, but will accept message "
	    "and attempt delivery");
}

static void
lab_cmd_expn(struct lab_conn *c, char *args)
{
	(void)args;
	lab_reply(c, "502 5.5.1 EXPN not implemented");
}

static void
lab_cmd_help(struct lab_conn *c, char *args)
{
	(void)args;
	lab_reply(c, "214-2.0.0 smtpx lab: a practice server for %s that "
	    "delivers nothing", LAB_DOMAIN);
	lab_reply(c, "214-2.0.0 Commands: HELO EHLO MAIL RCPT DATA RSET NOOP "
	    "QUIT VRFY HELP STARTTLS%s", c->pers != LAB_RELAY ? " AUTH" : "");
	if (c->pers != LAB_RELAY)
		lab_reply(c, "214-2.0.0 Demo account: %s, password %s "
		    "(AUTH after STARTTLS)", LAB_USER, LAB_PASSWORD);
	lab_reply(c, "214-2.0.0 Refusals to practise on, as RCPT TO: "
	    "greylist@%s 451 4.7.1 (a retry after 2 s passes),", LAB_DOMAIN);
	lab_reply(c, "214-2.0.0 full@%s 552 5.2.2, nosuch@%s 550 5.1.1, "
	    "busy@%s 421 4.7.0 (and the connection closes)", LAB_DOMAIN,
	    LAB_DOMAIN, LAB_DOMAIN);
	lab_reply(c, "214-2.0.0 Reports (DSN) in the lab inbox: bounce@%s "
	    "fails after the message, delay@%s waits; NOTIFY=SUCCESS on RCPT "
	    "reports delivery", LAB_DOMAIN, LAB_DOMAIN);
	lab_reply(c, "214 2.0.0 End of HELP info");
}

static void
lab_cmd_starttls(struct lab_conn *c, char *args)
{
	if (*args) {
		lab_reply(c, "501 5.5.4 Syntax: STARTTLS");
		return;
	}
	if (c->io.tls != NULL) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "TLS already active");
		return;
	}
	if (c->state == LAB_S_START) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "send EHLO first");
		return;
	}
	if (c->state == LAB_S_MAIL || c->state == LAB_S_RCPT) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "mail transaction in progress");
		return;
	}
	lab_reply(c, "220 2.0.0 Ready to start TLS");
	lab_conn_state(c, LAB_S_STARTTLS);
}

/* Give one decoded client message to the SASL exchange and answer. */
static void
lab_auth_feed(struct lab_conn *c, const struct buf *in, int have)
{
	struct buf	 out, enc;

	buf_init(&out, 4096);
	buf_init(&enc, 8192);
	switch (lab_sasl_step(c->sasl, (const unsigned char *)in->data,
	    in->len, have, &out)) {
	case LAB_SASL_CONTINUE:
		if (b64_encode(out.data, out.len, &enc) == -1) {
			lab_reply(c, "454 4.7.0 Temporary authentication "
			    "failure");
			break;
		}
		lab_reply(c, "334 %s", enc.len ? enc.data : "");
		lab_conn_state(c, LAB_S_AUTH);
		goto keep;
	case LAB_SASL_OK:
		snprintf(c->user, sizeof c->user, "%s",
		    lab_sasl_user(c->sasl));
		lab_reply(c, "235 2.7.0 Authentication successful");
		break;
	case LAB_SASL_DENIED:
		lab_reply(c, "535 5.7.8 Authentication credentials invalid");
		break;
	case LAB_SASL_MALFORMED:
		lab_reply(c, "501 5.5.2 Malformed %s authentication data",
		    lab_sasl_mech(c->sasl));
		break;
	}
	lab_sasl_free(c->sasl);
	c->sasl = NULL;
	lab_conn_state(c, LAB_S_READY);
keep:
	buf_free(&out);
	buf_free(&enc);
}

static void
lab_cmd_auth(struct lab_conn *c, char *args)
{
	struct buf	 ir;
	char		*mech = args, *resp;

	if (c->pers == LAB_RELAY) {
		lab_reply(c, "503 5.5.1 Error: authentication not enabled "
		    "(this is a relay; submission is \"587\")");
		return;
	}
	if (c->io.tls == NULL) {
		lab_reply(c, "530 5.7.0 Must issue a STARTTLS command first");
		return;
	}
	if (c->state == LAB_S_START || !c->esmtp) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "send EHLO first");
		return;
	}
	if (*c->user) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "already authenticated");
		return;
	}
	if (c->state != LAB_S_READY) {
		lab_reply(c, "503 5.5.1 Bad sequence of commands: "
		    "AUTH not allowed during a mail transaction");
		return;
	}
	if ((resp = strchr(mech, ' ')) != NULL)
		for (*resp++ = '\0'; *resp == ' '; resp++)
			;
	if (*mech == '\0') {
		lab_reply(c, "501 5.5.4 Syntax: AUTH mechanism "
		    "[initial-response]");
		return;
	}
	if ((c->sasl = lab_sasl_new(&c->lab->scram, mech)) == NULL) {
		lab_reply(c, "504 5.5.4 Unrecognized authentication type");
		return;
	}
	buf_init(&ir, LAB_MAXLINE);
	/* "=" is an empty initial response (RFC 4954 4). */
	if (resp != NULL && *resp && strcmp(resp, "=") != 0 &&
	    b64_decode(resp, strlen(resp), &ir) == -1) {
		lab_reply(c, "501 5.5.2 Cannot decode the initial response");
		lab_sasl_free(c->sasl);
		c->sasl = NULL;
	} else
		lab_auth_feed(c, &ir, resp != NULL && *resp);
	buf_free(&ir);
}

/* A line inside the SASL exchange: base64, or "*" to cancel. */
static void
lab_auth_line(struct lab_conn *c, const char *line)
{
	struct buf	 in;

	if (strcmp(line, "*") == 0) {
		lab_reply(c, "501 5.7.0 Authentication aborted");
		lab_sasl_free(c->sasl);
		c->sasl = NULL;
		lab_conn_state(c, LAB_S_READY);
		return;
	}
	buf_init(&in, LAB_MAXLINE);
	if (b64_decode(line, strlen(line), &in) == -1) {
		lab_reply(c, "501 5.5.2 Cannot decode the response");
		lab_sasl_free(c->sasl);
		c->sasl = NULL;
		lab_conn_state(c, LAB_S_READY);
	} else
		lab_auth_feed(c, &in, 1);
	buf_free(&in);
}

/* The commands the lab serves, by the one command table's enum. */
static lab_cmd_fn *const lab_cmds[SMTPCMD_COUNT] = {
	[SMTPCMD_HELO] = lab_cmd_helo,
	[SMTPCMD_EHLO] = lab_cmd_ehlo,
	[SMTPCMD_MAIL] = lab_cmd_mail,
	[SMTPCMD_RCPT] = lab_cmd_rcpt,
	[SMTPCMD_DATA] = lab_cmd_data,
	[SMTPCMD_BDAT] = lab_cmd_bdat,
	[SMTPCMD_RSET] = lab_cmd_rset,
	[SMTPCMD_NOOP] = lab_cmd_noop,
	[SMTPCMD_QUIT] = lab_cmd_quit,
	[SMTPCMD_VRFY] = lab_cmd_vrfy,
	[SMTPCMD_EXPN] = lab_cmd_expn,
	[SMTPCMD_HELP] = lab_cmd_help,
	[SMTPCMD_STARTTLS] = lab_cmd_starttls,
	[SMTPCMD_AUTH] = lab_cmd_auth,
};

/* Log what was done with the code of the reply queued from before on. */
static void
lab_log_reply(struct lab_conn *c, size_t before, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
lab_log_reply(struct lab_conn *c, size_t before, const char *fmt, ...)
{
	va_list	 ap;
	char	 what[128], code[16];
	size_t	 n = 0;

	if (c->lab->cfg.log == NULL)
		return;
	va_start(ap, fmt);
	/* xgettext --keyword=lab_log_reply:3 */
	vsnprintf(what, sizeof what, CORE_TR(fmt), ap);
	va_end(ap);
	/* "250 2.1.5" from "250 2.1.5 Ok", "354" from "354 End...". */
	if (c->io.out->len >= before + 3) {
		const char *r = c->io.out->data + before;
		size_t	 avail = c->io.out->len - before, k;

		memcpy(code, r, n = 3);
		if (avail > 4 && r[3] == ' ' && isdigit((unsigned char)r[4])) {
			for (k = 4; k < avail && k < 13 && (isdigit(
			    (unsigned char)r[k]) || r[k] == '.'); k++)
				;
			memcpy(code + 3, r + 3, k - 3);
			n = k;
		}
	}
	code[n] = '\0';
	if (n)
		lab_log(c->lab, c->peer, c->pers + 1, "%s -> %s", what, code);
	else
		lab_log(c->lab, c->peer, c->pers + 1, "%s -> (no reply)",
		    what);
}

static void
lab_command(struct lab_conn *c, char *line)
{
	char		*verb, *args, *e;
	size_t		 vlen, before = c->io.out->len;
	lab_cmd_fn	*fn;
	enum smtpcmd	 cmd;

	for (verb = line; *verb == ' '; verb++)
		;
	vlen = strcspn(verb, " ");
	for (args = verb + vlen; *args == ' '; args++)
		;
	for (e = args + strlen(args); e > args && (e[-1] == ' ' ||
	    e[-1] == '\t'); e--)
		;
	*e = '\0';
	if (vlen == 0) {
		lab_reply(c, "500 5.5.2 Error: bad syntax");
		return;
	}
	cmd = smtpcmd_lookup(verb, vlen);
	if ((fn = lab_cmds[cmd]) != NULL)
		fn(c, args);
	else
		lab_reply(c, "500 5.5.2 Error: command not recognized");
	/* The log: by name, with the EHLO name, never other arguments. A
	   chunk is logged once its octets are read and answered. */
	if (c->state == LAB_S_BDAT)
		;
	else if (fn == NULL)
		lab_log_reply(c, before, "unknown command");
	else if (cmd == SMTPCMD_HELO || cmd == SMTPCMD_EHLO)
		lab_log_reply(c, before, "%s %.64s", smtpcmd_name(cmd), args);
	else
		lab_log_reply(c, before, "%s", smtpcmd_name(cmd));
}

/* An RFC 5322 date, in UTC and in English whatever the locale. */
static void
lab_date(time_t t, char *out, size_t size)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed",
	    "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm	 tm;

	gmtime_r(&t, &tm);
	snprintf(out, size, "%s, %d %s %d %02d:%02d:%02d +0000",
	    days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* Does a recipient line of c->dsn ("notify\tkind\torcpt\taddr") get a
   DSN of this kind: 'f' failure, 'd' delay, 's' success? */
static int
lab_dsn_wants(unsigned notify, char rkind, int kind)
{
	/* Without NOTIFY a server reports failures and delays as it
	   would anyway (RFC 3461 4.1); NEVER is never. */
	switch (kind) {
	case 'f':
		return rkind == 'b' && (notify == 0 ||
		    (notify & LAB_N_FAILURE));
	case 'd':
		return rkind == 'd' && (notify == 0 ||
		    (notify & LAB_N_DELAY));
	default:
		return rkind != 'b' && rkind != 'd' &&
		    (notify & LAB_N_SUCCESS);
	}
}

/*
 * A delivery status notification (RFC 3464) of one kind for the
 * transaction's message m, to its sender, or NULL when no recipient
 * asked for that kind (or the sender is <>: never a DSN to it, RFC 3461
 * 6.2). multipart/report: words for people, the message/delivery-status
 * record (its global form under SMTPUTF8, RFC 6533), then the message or
 * its headers (RET).
 */
static struct lab_msg *
lab_dsn(struct lab_conn *c, const struct lab_msg *m, int kind)
{
	struct lab_msg	*d;
	struct buf	*b;
	const char	*line, *nl, *t1, *t2, *t3, *addr, *ctype;
	char		 date[48], later[48], bound[48];
	unsigned	 notify;
	size_t		 hlen, n = 0;
	int		 full, u8 = c->smtputf8;
	time_t		 now = time(NULL);

	if (m->from.len == 0 || c->dsn.len == 0)
		return NULL;
	for (line = c->dsn.data; (nl = strchr(line, '\n')) != NULL;
	    line = nl + 1)
		if (lab_dsn_wants((unsigned)strtoul(line, NULL, 10),
		    strchr(line, '\t')[1], kind))
			n++;
	if (n == 0 || (d = calloc(1, sizeof *d)) == NULL)
		return NULL;
	buf_init(&d->from, 1);
	buf_init(&d->rcpts, LAB_PATH_MAX + 2);
	buf_init(&d->data, LAB_MAXSIZE + 64 * 1024);
	buf_printf(&d->rcpts, "%s\n", m->from.data);
	d->dsn = 1;
	d->when = now;
	d->pers = c->pers;
	b = &d->data;
	lab_date(now, date, sizeof date);
	lab_date(now + 5 * 24 * 3600, later, sizeof later);
	snprintf(bound, sizeof bound, "=_lab_dsn_%lld_%c",
	    (long long)lab_now(), kind);
	buf_printf(b, "From: Mail Delivery System <MAILER-DAEMON@%s>\r\n"
	    "To: <%s>\r\n"
	    "Subject: Delivery Status Notification (%s)\r\n"
	    "Date: %s\r\n"
	    "Message-ID: <%s@%s>\r\n"
	    "Auto-Submitted: auto-replied\r\n"
	    "MIME-Version: 1.0\r\n"
	    "Content-Type: multipart/report; report-type=%s;\r\n"
	    " boundary=\"%s\"\r\n\r\n"
	    "This is a delivery status notification in MIME format.\r\n"
	    "\r\n--%s\r\n"
	    "Content-Type: text/plain; charset=%s\r\n\r\n"
	    "This is the mail system of the smtpx lab at %s.\r\n\r\n",
	    LAB_DOMAIN, m->from.data, kind == 'f' ? "Failure" : kind == 'd' ?
	    "Delay" : "Success", date, bound + 2, LAB_DOMAIN,
	    u8 ? "global-delivery-status" : "delivery-status", bound, bound,
	    u8 ? "utf-8" : "us-ascii", LAB_DOMAIN);
	if (kind == 'f')
		buf_printf(b, "Your message could not be delivered to the "
		    "recipients below.\r\n(bounce@%s fails after the "
		    "message on purpose, to show this report.)\r\n",
		    LAB_DOMAIN);
	else if (kind == 'd')
		buf_printf(b, "Your message has not been delivered yet to the "
		    "recipients below;\r\nthe mail system keeps trying until "
		    "%s.\r\n(delay@%s waits on purpose, to show this report; "
		    "nothing more comes.)\r\n", later, LAB_DOMAIN);
	else
		buf_printf(b, "Your message was delivered (or passed on) to the "
		    "recipients below,\r\nwho were given with "
		    "NOTIFY=SUCCESS.\r\n");
	for (line = c->dsn.data; (nl = strchr(line, '\n')) != NULL;
	    line = nl + 1) {
		t1 = strchr(line, '\t');
		addr = strchr(strchr(t1 + 1, '\t') + 1, '\t') + 1;
		if (lab_dsn_wants((unsigned)strtoul(line, NULL, 10), t1[1],
		    kind))
			buf_printf(b, "\r\n<%.*s>\r\n", (int)(nl - addr), addr);
	}
	buf_printf(b, "\r\n--%s\r\nContent-Type: message/%s\r\n\r\n"
	    "Reporting-MTA: dns; %s\r\n", bound, u8 ?
	    "global-delivery-status" : "delivery-status", LAB_DOMAIN);
	if (*c->envid)
		buf_printf(b, "Original-Envelope-Id: %s\r\n", c->envid);
	buf_printf(b, "Arrival-Date: %s\r\n", date);
	for (line = c->dsn.data; (nl = strchr(line, '\n')) != NULL;
	    line = nl + 1) {
		notify = (unsigned)strtoul(line, NULL, 10);
		t1 = strchr(line, '\t');
		t2 = strchr(t1 + 1, '\t');
		t3 = strchr(t2 + 1, '\t');
		addr = t3 + 1;
		if (!lab_dsn_wants(notify, t1[1], kind))
			continue;
		buf_addstr(b, "\r\n");
		if (t3 > t2 + 1)
			buf_printf(b, "Original-Recipient: %.*s\r\n",
			    (int)(t3 - t2 - 1), t2 + 1);
		buf_printf(b, "Final-Recipient: %s; %.*s\r\n",
		    lab_8bit(addr) ? "utf-8" : "rfc822", (int)(nl - addr), addr);
		if (kind == 'f')
			buf_printf(b, "Action: failed\r\nStatus: 5.1.1\r\n"
			    "Diagnostic-Code: smtp; 550 5.1.1 <%.*s>: "
			    "Recipient address rejected: the lab's bounce "
			    "address\r\n", (int)(nl - addr), addr);
		else if (kind == 'd')
			buf_printf(b, "Action: delayed\r\nStatus: 4.4.1\r\n"
			    "Diagnostic-Code: smtp; 451 4.4.1 <%.*s>: no "
			    "answer from the next host (the lab's delay "
			    "address)\r\nWill-Retry-Until: %s\r\n",
			    (int)(nl - addr), addr, later);
		else
			buf_printf(b, "Action: %s\r\nStatus: 2.0.0\r\n",
			    t1[1] == 'r' ? "relayed" : "delivered");
	}
	/* The message itself with a failure, unless RET=HDRS; else its
	   headers (RFC 3461 4.3, RFC 6522 for the headers' type). */
	full = kind == 'f' && c->ret != 'H';
	for (hlen = 0; hlen < m->data.len; hlen++)
		if (m->data.data[hlen] == '\n' && (hlen + 1 == m->data.len ||
		    m->data.data[hlen + 1] == '\n' ||
		    (m->data.data[hlen + 1] == '\r' && hlen + 2 <
		    m->data.len && m->data.data[hlen + 2] == '\n'))) {
			hlen++;
			break;
		}
	ctype = full ? (u8 ? "message/global" : "message/rfc822") :
	    (u8 ? "message/global-headers" : "text/rfc822-headers");
	buf_printf(b, "\r\n--%s\r\nContent-Type: %s\r\n\r\n", bound, ctype);
	if (buf_add(b, m->data.data, full ? m->data.len : hlen) == -1) {
		lab_msg_free(d);
		return NULL;
	}
	if (b->len > 0 && b->data[b->len - 1] != '\n')
		buf_addstr(b, "\r\n");
	if (buf_printf(b, "\r\n--%s--\r\n", bound) == -1) {
		lab_msg_free(d);
		return NULL;
	}
	return d;
}

/* The final dot: keep the message, or say why not. */
static void
lab_data_end(struct lab_conn *c)
{
	struct lab_msg	*m = c->msg, *dsn[3];
	size_t		 before = c->io.out->len, len = m->data.len, i;

	if (c->nomem)
		lab_reply(c, "452 4.3.1 Insufficient system storage: the lab "
		    "holds too many messages in flight, try again later");
	else if (c->toobig)
		lab_reply(c, "552 5.3.4 Message size exceeds fixed maximum "
		    "message size");
	else if (c->toolong)
		lab_reply(c, "554 5.6.0 Message rejected: a line is longer "
		    "than %d bytes", LAB_MAXLINE);
	else {
		m->when = time(NULL);
		m->pers = c->pers;
		snprintf(m->tls, sizeof m->tls, "%s", c->tlsver);
		snprintf(m->user, sizeof m->user, "%s", c->user);
		snprintf(m->peer, sizeof m->peer, "%s", c->peer);
		snprintf(m->helo, sizeof m->helo, "%s %s",
		    c->esmtp ? "EHLO" : "HELO", c->helo);
		c->msg = NULL;
		/* The reports come after the message, as they would. */
		dsn[0] = lab_dsn(c, m, 'f');
		dsn[1] = lab_dsn(c, m, 'd');
		dsn[2] = lab_dsn(c, m, 's');
		/* The newest message is never the one dropped, and only
		   this thread frees messages, so m->id stays readable. */
		lab_inbox_add(c->lab, m);
		lab_reply(c, "250 2.0.0 Ok: queued as %s", m->id);
		for (i = 0; i < 3; i++)
			if (dsn[i] != NULL) {
				lab_inbox_add(c->lab, dsn[i]);
				lab_log(c->lab, c->peer, c->pers + 1, "%s",
				    CORE_TR(i == 0 ? N_("delivery status "
				    "notification (failure) to the sender") :
				    i == 1 ? N_("delivery status notification "
				    "(delay) to the sender") : N_("delivery "
				    "status notification (success) to the "
				    "sender")));
			}
	}
	if (c->nomem)
		lab_log(c->lab, c->peer, c->pers + 1, "limit hit: in-flight "
		    "memory of the lab (452 4.3.1)");
	lab_log_reply(c, before, "end of message, %zu bytes", len);
	lab_txn_reset(c);
	lab_conn_state(c, LAB_S_READY);
}

static void	lab_msg_add(struct lab_conn *, const char *, size_t,
		    const char *);

/* One line of message text, without its line end. */
static void
lab_data_line(struct lab_conn *c, const char *p, size_t len, int crlf)
{
	/* Only CRLF "." CRLF ends the message (RFC 5321 4.1.1.4): a bare LF
	   never does, so nothing can be smuggled past the end. */
	if (crlf && c->prevcrlf && len == 1 && p[0] == '.') {
		lab_data_end(c);
		return;
	}
	c->prevcrlf = crlf;
	/* Undo dot-stuffing (RFC 5321 4.5.2). */
	if (len > 0 && p[0] == '.') {
		p++;
		len--;
	}
	lab_msg_add(c, p, len, crlf ? "\r\n" : "\n");
}

/* Add bytes and a line end ("" for none) to the message, within the
   size limit and the lab's in-flight cap. */
static void
lab_msg_add(struct lab_conn *c, const char *p, size_t len, const char *eol)
{
	size_t	 add = len + strlen(eol);

	if (c->toobig || c->nomem)
		return;
	if (c->msg->data.len + add > LAB_MAXSIZE) {
		c->toobig = 1;
		goto drop;
	}
	/* All connections together hold at most inflight_max. */
	if (c->lab->inflight + add > c->lab->cfg.inflight_max) {
		c->nomem = 1;
		goto drop;
	}
	if (buf_add(&c->msg->data, p, len) == -1 ||
	    buf_addstr(&c->msg->data, eol) == -1) {
		c->toobig = 1;
		goto drop;
	}
	c->held += add;
	c->lab->inflight += add;
	return;
drop:
	buf_free(&c->msg->data);
	c->lab->inflight -= c->held;
	c->held = 0;
}

/* A line over LAB_MAXLINE has been skipped to its end. */
static void
lab_toolong(struct lab_conn *c, int crlf)
{
	if (c->state == LAB_S_DATA) {
		c->toolong = 1;
		c->prevcrlf = crlf;
		return;
	}
	if (c->state == LAB_S_AUTH) {
		lab_sasl_free(c->sasl);
		c->sasl = NULL;
		lab_conn_state(c, LAB_S_READY);
	}
	lab_reply(c, "500 5.5.2 Line too long");
}

static void
lab_line(struct lab_conn *c, const char *p, size_t len, int crlf)
{
	char	 line[LAB_MAXLINE + 1];

	if (c->state == LAB_S_DATA) {
		lab_data_line(c, p, len, crlf);
		return;
	}
	if (memchr(p, '\0', len) != NULL) {
		lab_reply(c, "500 5.5.2 Error: NUL byte in command");
		return;
	}
	memcpy(line, p, len);
	line[len] = '\0';
	if (c->state == LAB_S_AUTH) {
		size_t before = c->io.out->len;

		lab_auth_line(c, line);
		/* Only how the exchange went, never what was sent in it. */
		if (c->state != LAB_S_AUTH)
			lab_log_reply(c, before, "AUTH finished");
	} else
		lab_command(c, line);
	OPENSSL_cleanse(line, len);
}

/* Act on the whole lines received, as far as the state allows. */
static void
lab_input(struct lab_conn *c)
{
	char	*p, *lf;
	size_t	 off = 0, avail, len;
	int	 crlf;

	c->blocked = 0;
	c->fresh = 0;
	while (off < c->io.in.len && !c->dead) {
		if (c->state == LAB_S_CLOSING || c->state == LAB_S_HANDSHAKE)
			break;
		if (c->state == LAB_S_STARTTLS) {
			/* Bytes sent after STARTTLS in clear would be taken
			   as if they came over TLS: drop them (RFC 3207 5,
			   CVE-2011-0411). */
			off = c->io.in.len;
			break;
		}
		if (c->io.out->len >= LAB_OUT_HIGH) {
			c->blocked = 1;
			break;
		}
		p = c->io.in.data + off;
		avail = c->io.in.len - off;
		if (c->state == LAB_S_BDAT) {
			len = avail < c->bdat_left ? avail : c->bdat_left;
			if (!c->bdat_refuse)
				lab_msg_add(c, p, len, "");
			c->bdat_left -= len;
			off += len;
			if (c->bdat_left == 0)
				lab_bdat_done(c);
			continue;
		}
		lf = memchr(p, '\n', avail);
		if (c->skipping) {
			if (lf == NULL) {
				c->skipcr = p[avail - 1] == '\r';
				off = c->io.in.len;
				break;
			}
			crlf = lf > p ? lf[-1] == '\r' : c->skipcr;
			off += lf - p + 1;
			c->skipping = 0;
			lab_toolong(c, crlf);
			continue;
		}
		if (lf == NULL) {
			if (avail >= LAB_MAXLINE) {
				c->skipping = 1;
				c->skipcr = p[avail - 1] == '\r';
				off = c->io.in.len;
			}
			break;
		}
		len = lf - p + 1;
		off += len;
		if (len > LAB_MAXLINE) {
			lab_toolong(c, lf[-1] == '\r');
			continue;
		}
		crlf = len >= 2 && lf[-1] == '\r';
		lab_line(c, p, len - (crlf ? 2 : 1), crlf);
		if (c->errors >= LAB_MAXERRORS && c->state != LAB_S_CLOSING) {
			lab_reply(c, "421 4.7.0 %s Error: too many errors",
			    LAB_DOMAIN);
			lab_conn_state(c, LAB_S_CLOSING);
		}
	}
	buf_consume(&c->io.in, off);
}

/* Drive the TLS handshake; -1 when it failed. */
static int
lab_handshake(struct lab_conn *c)
{
	struct tls_info	 info;

	switch (io_handshake(&c->io)) {
	case IO_OK:
		tls_get_info(c->io.tls, &info);
		snprintf(c->tlsver, sizeof c->tlsver, "%s", info.version);
		lab_session_reset(c);
		c->deadline = lab_now() + LAB_IDLE_MS;
		lab_conn_state(c, LAB_S_START);
		if (!c->greeted)
			lab_greet(c);
		return 0;
	case IO_AGAIN:
		return 0;
	default:
		return -1;
	}
}

/* The 220 for STARTTLS has gone out: the next byte is TLS. */
static int
lab_starttls(struct lab_conn *c)
{
	struct tls	*t;

	buf_reset(&c->io.in);
	c->skipping = 0;
	if ((t = tls_accept(c->lab->tls, c->io.fd, c->err,
	    sizeof c->err)) == NULL)
		return -1;
	io_start_tls(&c->io, t);
	lab_conn_state(c, LAB_S_HANDSHAKE);
	return lab_handshake(c);
}

int
lab_conn_run(struct lab_conn *c, short revents, int64_t now)
{
	int	 pass, r;

	if (revents & POLLNVAL)
		return -1;
	if (now >= lab_conn_deadline(c)) {
		if (c->state == LAB_S_HANDSHAKE ||
		    c->state == LAB_S_CLOSING || c->state == LAB_S_STARTTLS)
			return -1;
		lab_reply(c, "421 4.4.2 %s Error: timeout exceeded",
		    LAB_DOMAIN);
		lab_conn_state(c, LAB_S_CLOSING);
	}
	/* A few rounds of write, act, read; poll brings us back for more,
	   so one busy client cannot starve the others. */
	for (pass = 0; pass < 16; pass++) {
		if (c->state == LAB_S_HANDSHAKE) {
			if (lab_handshake(c) == -1)
				return -1;
			if (c->state == LAB_S_HANDSHAKE)
				return 0;
		}
		if (lab_conn_flush(c) == -1 || c->dead)
			return -1;
		if (c->io.out->len == 0) {
			if (c->state == LAB_S_CLOSING)
				return -1;
			if (c->state == LAB_S_STARTTLS) {
				if (lab_starttls(c) == -1)
					return -1;
				continue;
			}
			if (c->eof) {
				/* Answer what came before the close, if
				   the client still listens. */
				lab_input(c);
				if (c->io.out->len == 0 ||
				    lab_conn_flush(c) == -1)
					return -1;
				break;
			}
		}
		lab_input(c);
		if (c->dead || lab_conn_flush(c) == -1)
			return -1;
		if (!lab_conn_reading(c)) {
			/* Closing, STARTTLS or EOF is dealt with above
			   once the output is gone; else wait for poll. */
			if (c->io.out->len == 0 && (c->eof ||
			    c->state == LAB_S_CLOSING ||
			    c->state == LAB_S_STARTTLS))
				continue;
			break;
		}
		if ((r = lab_conn_read(c)) == -1)
			return -1;
		if (r == 0 && !c->eof)
			break;
	}
	return c->dead ? -1 : 0;
}
