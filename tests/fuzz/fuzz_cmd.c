/*
 * The line-mode command layer (tui/cmd.c cmd_exec), which needs no
 * terminal: each input line is typed, as the line mode would, into a
 * session connected to a small in-process server on loopback that
 * answers every command (EHLO with AUTH and STARTTLS, 354 to DATA, 334
 * rounds to AUTH, 454 to STARTTLS, 221 and a close to QUIT). Lines whose
 * command would touch the machine are left out or pinned: /connect,
 * /save and /cert save are skipped, /data always sends one fixed hostile
 * file.
 * Properties:
 *   - goal 6: every byte the session puts on the wire is in lines ending
 *     CRLF, with no bare CR or LF, whatever was typed;
 *   - every transcript entry formats terminal-safe;
 *   - the secret the front end hands to /auth never shows in the
 *     transcript, and entries marked secret keep no raw bytes;
 *   - cmd_exec returns 0 or -1.
 * Lines go in the order given; at most 64 per input. (The seed send-cr
 * is the first bug this found: a CR inside a /send address went out
 * bare.)
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "session.h"
#include "transcript.h"
#include "tui.h"
#include "fuzz_util.h"

#define FUZZ_SECRET	"fuzz-Secret-Pw-71"

static int		 fuzz_lfd = -1;
static int		 fuzz_port;
static char		 fuzz_msg[64];

struct fuzz_srv {
	int		 fd;
	struct buf	 in;
	int		 data;		/* inside a message */
	int		 auth;		/* AUTH rounds still to answer */
};

struct fuzz_state {
	struct app	*app;
	const uint8_t	*input;
	size_t		 inlen;
};

static void
fuzz_setup(void)
{
	struct sockaddr_in	 sin;
	socklen_t		 len = sizeof sin;
	FILE			*f;

	fuzz_lfd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	FUZZ_CHECK(bind(fuzz_lfd, (struct sockaddr *)&sin, sizeof sin) == 0 &&
	    listen(fuzz_lfd, 8) == 0 &&
	    getsockname(fuzz_lfd, (struct sockaddr *)&sin, &len) == 0,
	    "listen");
	fuzz_port = ntohs(sin.sin_port);
	snprintf(fuzz_msg, sizeof fuzz_msg, "/tmp/smtpx-fuzz-msg-%d",
	    (int)getpid());
	FUZZ_CHECK((f = fopen(fuzz_msg, "w")) != NULL, "message file");
	fputs(".first\r\nbare LF\nbare CR\r\n.\n\r.\r\r\n.\r\nlast", f);
	fclose(f);
}

static void
fuzz_event(const struct session_event *ev, void *arg)
{
	struct fuzz_state	*st = arg;
	struct buf		 line;
	size_t			 at;

	if (ev->type != SESSION_EV_ENTRY)
		return;
	buf_init(&line, 0);
	FUZZ_CHECK(transcript_format(ev->entry, 1, 1, &line) == 0, "format");
	FUZZ_CHECK(fuzz_terminal_safe(line.data, line.len, &at),
	    "unsafe entry at %zu: %.120s", at, line.data);
	if (fuzz_find((const char *)st->input, st->inlen, FUZZ_SECRET,
	    strlen(FUZZ_SECRET)) == (size_t)-1)
		FUZZ_CHECK(fuzz_find(ev->entry->text, ev->entry->len,
		    FUZZ_SECRET, strlen(FUZZ_SECRET)) == (size_t)-1,
		    "the /auth secret in the transcript: %.120s", line.data);
	if (ev->entry->flags & TR_F_SECRET)
		FUZZ_CHECK(ev->entry->raw == NULL, "secret entry with raw bytes");
	buf_free(&line);
}

static int
fuzz_secret(void *arg, const char *prompt, struct buf *out)
{
	(void)arg, (void)prompt;
	return buf_addstr(out, FUZZ_SECRET);
}

static int
fuzz_confirm(void *arg, const char *question)
{
	(void)arg, (void)question;
	return 1;
}

static void
fuzz_quit(void *arg)
{
	struct fuzz_state	*st = arg;
	char			 err[128];

	if (session_state(st->app->session) != SESSION_CLOSED)
		session_submit(st->app->session, "QUIT", 0, err, sizeof err);
}

static void
fuzz_send(struct fuzz_srv *srv, const char *s)
{
	if (srv->fd != -1 && write(srv->fd, s, strlen(s)) < 0) {
		close(srv->fd);
		srv->fd = -1;
	}
}

/* One whole line from the client (with its CRLF): check it, answer it. */
static void
fuzz_answer(struct fuzz_srv *srv, const char *l, size_t len)
{
	char	 verb[8];
	size_t	 i, words = 0;

	FUZZ_CHECK(len >= 2 && l[len - 2] == '\r' &&
	    fuzz_crlf_only(l, len, NULL), "bare CR or LF on the wire: "
	    "\"%.*s\"", (int)(len > 200 ? 200 : len), l);
	len -= 2;
	if (srv->data) {
		if (len == 1 && l[0] == '.') {
			srv->data = 0;
			fuzz_send(srv, "250 2.0.0 queued\r\n");
		}
		return;
	}
	if (srv->auth > 0) {
		fuzz_send(srv, --srv->auth ? "334 UGFzc3dvcmQ6\r\n" :
		    "235 2.7.0 ok\r\n");
		return;
	}
	for (i = 0; i < sizeof verb - 1 && i < len && l[i] != ' '; i++)
		verb[i] = toupper((unsigned char)l[i]);
	verb[i] = '\0';
	for (i = 0; i < len; i++)
		if (l[i] != ' ' && (i == 0 || l[i - 1] == ' '))
			words++;
	if (strcmp(verb, "EHLO") == 0)
		fuzz_send(srv, "250-fuzz.test\r\n250-AUTH PLAIN LOGIN CRAM-MD5 "
		    "SCRAM-SHA-256 XOAUTH2\r\n250-SIZE 1000000\r\n"
		    "250 STARTTLS\r\n");
	else if (strcmp(verb, "DATA") == 0) {
		srv->data = 1;
		fuzz_send(srv, "354 go ahead\r\n");
	} else if (strcmp(verb, "STARTTLS") == 0)
		fuzz_send(srv, "454 4.7.0 not today\r\n");
	else if (strcmp(verb, "QUIT") == 0) {
		fuzz_send(srv, "221 bye\r\n");
		close(srv->fd);
		srv->fd = -1;
	} else if (strcmp(verb, "AUTH") == 0 && words >= 3)
		fuzz_send(srv, "235 2.7.0 ok\r\n");
	else if (strcmp(verb, "AUTH") == 0 && words == 2 &&
	    strncasecmp(l + 5, "CRAM-MD5", 8) == 0) {
		srv->auth = 1;
		fuzz_send(srv, "334 PDEyMzQ1QGZ1enoudGVzdD4=\r\n");
	} else if (strcmp(verb, "AUTH") == 0) {
		srv->auth = 2;
		fuzz_send(srv, "334 VXNlcm5hbWU6\r\n");
	} else if (len == 1 && l[0] == '*')
		fuzz_send(srv, "501 5.7.0 cancelled\r\n");
	else
		fuzz_send(srv, "250 ok\r\n");
}

static void
fuzz_serve(struct fuzz_srv *srv)
{
	char	 chunk[8192];
	char	*nl;
	ssize_t	 n;

	while (srv->fd != -1 && (n = read(srv->fd, chunk, sizeof chunk)) > 0) {
		buf_add(&srv->in, chunk, n);
		while (srv->in.len > 0 &&
		    (nl = memchr(srv->in.data, '\n', srv->in.len)) != NULL) {
			size_t len = nl - srv->in.data + 1;
			fuzz_answer(srv, srv->in.data, len);
			buf_consume(&srv->in, len);
		}
	}
	if (srv->in.len > 0)	/* a line end must never be bare */
		FUZZ_CHECK(fuzz_crlf_only(srv->in.data, srv->in.len, NULL) ||
		    (srv->in.data[srv->in.len - 1] == '\r' &&
		    fuzz_crlf_only(srv->in.data, srv->in.len - 1, NULL)),
		    "bare CR or LF on the wire: \"%.*s\"",
		    (int)(srv->in.len > 200 ? 200 : srv->in.len), srv->in.data);
}

/* Let the session and the server talk until the session is idle. */
static void
fuzz_pump(struct session *s, struct fuzz_srv *srv, int final)
{
	struct pollfd	 pfd[2];
	int		 timeout, i, n;

	for (i = 0; i < 400; i++) {
		session_pollfd(s, &pfd[0].fd, &pfd[0].events, &timeout);
		pfd[0].revents = 0;
		pfd[1].fd = srv->fd;
		pfd[1].events = POLLIN;
		pfd[1].revents = 0;
		if (pfd[0].fd == -1 && srv->fd == -1)
			break;
		/* Nothing the session waits on can take long: the server
		   answers at once. A quiet round means it is done. */
		n = poll(pfd, 2, 0);
		if (n == 0 && !session_busy(s))
			break;
		if (n == 0)
			n = poll(pfd, 2, 20);
		session_progress(s, pfd[0].fd != -1 ? pfd[0].revents : 0);
		if (pfd[1].revents)
			fuzz_serve(srv);
		if (!final && !session_busy(s) && !(pfd[0].events & POLLOUT))
			break;
	}
	fuzz_serve(srv);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct options		 opt;
	struct app		 app;
	struct session_config	 cfg;
	struct fuzz_state	 st;
	struct fuzz_srv		 srv;
	const uint8_t		*p = data, *end = data + size, *nl;
	char			*line, *w, err[256], fixed[128];
	size_t			 len, nlines = 0, k;
	int			 r;

	if (fuzz_lfd == -1)
		fuzz_setup();
	memset(&opt, 0, sizeof opt);
	opt.batch = 1;
	opt.allow_plaintext_auth = 1;
	opt.timeout = 2;
	opt.notes = 1;
	opt.user = "fuzzuser";
	memset(&app, 0, sizeof app);
	app.opt = &opt;
	app.notes = 1;
	st.app = &app;
	st.input = data;
	st.inlen = size;
	memset(&cfg, 0, sizeof cfg);
	cfg.ehlo_name = "fuzz.test";
	cfg.timeout_ms = 300;
	app.session = session_new(&cfg, fuzz_event, &st);
	FUZZ_CHECK(app.session != NULL, "session_new");
	app.fe.arg = &st;
	app.fe.secret = fuzz_secret;
	app.fe.confirm = fuzz_confirm;
	app.fe.quit = fuzz_quit;

	memset(&srv, 0, sizeof srv);
	buf_init(&srv.in, 1 << 22);
	FUZZ_CHECK(session_connect(app.session, "127.0.0.1", fuzz_port, 0, err,
	    sizeof err) == 0, "connect: %s", err);
	srv.fd = accept(fuzz_lfd, NULL, NULL);
	FUZZ_CHECK(srv.fd != -1, "accept");
	fcntl(srv.fd, F_SETFL, O_NONBLOCK);
	/* Speed only: no Nagle delays on either end of the loopback. */
	{
		int one = 1, cfd;
		short ev;
		int to;
		session_pollfd(app.session, &cfd, &ev, &to);
		setsockopt(srv.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		if (cfd != -1)
			setsockopt(cfd, IPPROTO_TCP, TCP_NODELAY, &one,
			    sizeof one);
	}
	fuzz_send(&srv, "220 fuzz.test ESMTP\r\n");
	fuzz_pump(app.session, &srv, 0);

	while (p < end && nlines++ < 64) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		len = nl - p;
		line = malloc(len + 1);
		FUZZ_CHECK(line != NULL, "malloc");
		memcpy(line, p, len);
		line[len] = '\0';
		len = strlen(line);
		while (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		p = nl + 1;
		/* The command word, as cmd.c finds it. */
		for (k = 0, w = line + 1; line[0] == '/' && w[k] &&
		    w[k] != ' ' && w[k] != '\t'; k++)
			;
		if (line[0] == '/' && ((k == 7 && strncasecmp(w, "connect",
		    7) == 0) || (k == 4 && strncasecmp(w, "save", 4) == 0) ||
		    (k == 4 && strncasecmp(w, "cert", 4) == 0 &&
		    strcasestr(w, "save") != NULL))) {
			free(line);
			continue;
		}
		if (line[0] == '/' && k == 4 && strncasecmp(w, "data", 4) == 0) {
			snprintf(fixed, sizeof fixed, "/data %s", fuzz_msg);
			free(line);
			line = strdup(fixed);
			FUZZ_CHECK(line != NULL, "strdup");
			w = line + 1;
		}
		r = cmd_exec(&app, line);
		FUZZ_CHECK(r == 0 || r == -1, "cmd_exec returned %d", r);
		free(line);
		fuzz_pump(app.session, &srv, 0);
	}
	fuzz_pump(app.session, &srv, 1);
	session_free(app.session);
	if (srv.fd != -1)
		close(srv.fd);
	buf_free(&srv.in);
	return 0;
}
