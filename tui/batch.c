/*
 * The line mode: a second front end, like tmux's control mode. It reads
 * lines from stdin or --script, hands each to the command layer when the
 * session has nothing outstanding (so every command waits for its reply),
 * and prints every transcript entry as it is added, with the fixed
 * markers of DESIGN.md. Secrets come only from --password-file or the
 * /auth line; nothing here ever prompts.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "buf.h"
#include "session.h"
#include "tui.h"

struct batch {
	struct app	*app;
	int		 in;		/* script descriptor */
	struct buf	 inbuf;		/* script bytes read, not yet used */
	int		 eof;
	struct buf	 line;		/* output line being formatted */
	int		 quit;		/* /quit: stop reading */
	int		 quit_sent;
};

static void
batch_event(const struct session_event *ev, void *arg)
{
	struct batch	*b = arg;

	if (ev->type != SESSION_EV_ENTRY)
		return;
	buf_reset(&b->line);
	if (transcript_format(ev->entry, 1, b->app->opt->timestamps,
	    &b->line) == 0)
		printf("%s\n", b->line.data);
}

/* Read all of fd (at most max bytes) into out; wipes what it used. */
static int
batch_slurp(int fd, struct buf *out)
{
	char	 chunk[4096];
	ssize_t	 n;
	int	 r = 0;

	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 || buf_add(out, chunk, n) == -1) {
			r = -1;
			break;
		}
	}
	OPENSSL_cleanse(chunk, sizeof chunk);
	return r;
}

/* The secret is the first line of --password-file. Read without stdio,
   whose buffers are freed unwiped. */
static int
batch_secret(void *arg, const char *prompt, struct buf *out)
{
	struct batch	*b = arg;
	const char	*path = b->app->opt->password_file;
	struct buf	 all;
	size_t		 n;
	int		 fd, r = -1;

	(void)prompt;
	if (path == NULL || (fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	buf_init(&all, 65536);
	if (batch_slurp(fd, &all) == 0 && all.len > 0) {
		n = strcspn(all.data, "\r\n");
		r = buf_add(out, all.data, n);
	}
	buf_free(&all);
	close(fd);
	return r;
}

static int
batch_confirm(void *arg, const char *question)
{
	struct batch	*b = arg;

	(void)question;
	return b->app->opt->allow_plaintext_auth;
}

static void
batch_quit(void *arg)
{
	struct batch	*b = arg;
	char		 err[256];

	b->quit = 1;
	if (session_state(b->app->session) != SESSION_CLOSED &&
	    session_state(b->app->session) != SESSION_QUIT &&
	    session_submit(b->app->session, "QUIT", 0, err, sizeof err) == 0)
		b->quit_sent = 1;
}

/*
 * The next script line, without its line end, in *line (freed by the
 * caller with batch_wipe); 0 at the end. Lines may hold secrets (/auth
 * with a password, a hand-typed AUTH), so the script is read with read(2)
 * into a buffer that wipes what it gives out, not through stdio.
 */
static int
batch_read(struct batch *b, char **line)
{
	char	 chunk[4096];
	char	*nl;
	size_t	 n;
	ssize_t	 got;

	while ((nl = b->inbuf.len ? memchr(b->inbuf.data, '\n',
	    b->inbuf.len) : NULL) == NULL && !b->eof) {
		got = read(b->in, chunk, sizeof chunk);
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0 || buf_add(&b->inbuf, chunk, got) == -1)
			b->eof = 1;
		OPENSSL_cleanse(chunk, sizeof chunk);
	}
	if (nl == NULL && b->inbuf.len == 0)
		return 0;
	n = nl ? (size_t)(nl - b->inbuf.data) : b->inbuf.len;
	*line = xmalloc(n + 1);
	memcpy(*line, b->inbuf.data, n);
	(*line)[n] = '\0';
	buf_consume(&b->inbuf, nl ? n + 1 : n);
	while (n > 0 && (*line)[n - 1] == '\r')
		(*line)[--n] = '\0';
	return 1;
}

static void
batch_wipe(char *line)
{
	OPENSSL_cleanse(line, strlen(line));
	free(line);
}

static int
batch_status(struct app *app)
{
	enum session_fail	 f = session_failure(app->session);

	/* A connection given up on, for whatever reason, is a failed one. */
	if (f == SESSION_FAIL_CONNECT || f == SESSION_FAIL_TLS ||
	    f == SESSION_FAIL_INTERNAL || f == SESSION_FAIL_PROTOCOL)
		return EXIT_CONNECT;
	if (app->usage_errors > 0)
		return EXIT_USAGE;
	if (session_worst_class(app->session) >= 4 || f != SESSION_OK)
		return EXIT_REFUSED;
	return EXIT_ALLOK;
}

/* Wait on the session until it has nothing outstanding. */
static void
batch_wait(struct batch *b)
{
	struct session	*s = b->app->session;
	struct pollfd	 pfd;
	int		 timeout, n;

	while (session_busy(s) && session_state(s) != SESSION_CLOSED) {
		session_pollfd(s, &pfd.fd, &pfd.events, &timeout);
		pfd.revents = 0;
		n = poll(&pfd, pfd.fd == -1 ? 0 : 1, timeout);
		if (n == -1 && errno != EINTR)
			break;
		session_progress(s, n > 0 ? pfd.revents : 0);
	}
	fflush(stdout);
}

int
batch_main(struct app *app)
{
	struct batch		 b;
	struct session_config	 cfg;
	char			 hostname[256];
	char			*line;
	enum session_fail	 f;
	int			 status;

	memset(&b, 0, sizeof b);
	b.app = app;
	b.in = STDIN_FILENO;
	if (app->opt->script != NULL && (b.in = open(app->opt->script,
	    O_RDONLY | O_CLOEXEC)) == -1) {
		fprintf(stderr, "smtpx: --script %s: %s\n", app->opt->script,
		    strerror(errno));
		return EXIT_USAGE;
	}
	buf_init(&b.inbuf, 1024 * 1024);
	setvbuf(stdout, NULL, _IOLBF, 0);
	buf_init(&b.line, 0);
	config_session(app->opt, &cfg, hostname, sizeof hostname);
	if ((app->session = session_new(&cfg, batch_event, &b)) == NULL) {
		fprintf(stderr, "smtpx: out of memory\n");
		return EXIT_CONNECT;
	}
	session_set_notes(app->session, app->notes);
	app->fe.arg = &b;
	app->fe.secret = batch_secret;
	app->fe.confirm = batch_confirm;
	app->fe.quit = batch_quit;

	if (app->opt->host != NULL &&
	    cmd_connect(app, app->opt->host, app->opt->port,
	    app->opt->tls) == -1)
		goto done;
	batch_wait(&b);
	while (!b.quit) {
		/* In line mode a failed connection, STARTTLS or certificate
		   ends the script, so nothing more is sent in clear. */
		f = session_failure(app->session);
		if (f == SESSION_FAIL_TLS || (f != SESSION_OK &&
		    session_state(app->session) == SESSION_CLOSED))
			break;
		if (!batch_read(&b, &line))
			break;
		/* Comments in scripts, except inside a message. */
		if (line[0] != '#' ||
		    session_state(app->session) == SESSION_DATA)
			cmd_exec(app, line);
		batch_wipe(line);
		batch_wait(&b);
	}
	if (b.quit_sent)
		batch_wait(&b);
	if (session_state(app->session) != SESSION_CLOSED)
		session_close(app->session);
done:
	status = batch_status(app);
	fflush(stdout);
	session_free(app->session);
	app->session = NULL;
	buf_free(&b.line);
	buf_free(&b.inbuf);
	if (b.in != STDIN_FILENO)
		close(b.in);
	return status;
}
