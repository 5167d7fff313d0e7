/*
 * The line mode: a second front end, like tmux's control mode. It reads
 * lines from stdin or --script, hands each to the command layer when the
 * session has nothing outstanding (so every command waits for its reply),
 * and prints every transcript entry as it is added, with the fixed
 * markers of DESIGN.md. Secrets come only from --password-file or the
 * /auth line; nothing here ever prompts.
 */
#include <errno.h>
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
	FILE		*in;
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

static int
batch_secret(void *arg, const char *prompt, struct buf *out)
{
	struct batch	*b = arg;
	const char	*path = b->app->opt->password_file;
	FILE		*f;
	char		*line = NULL;
	size_t		 cap = 0;
	ssize_t		 n;
	int		 r = -1;

	(void)prompt;
	if (path == NULL || (f = fopen(path, "r")) == NULL)
		return -1;
	if ((n = getline(&line, &cap, f)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		r = buf_add(out, line, n);
	}
	if (line != NULL) {
		OPENSSL_cleanse(line, cap);
		free(line);
	}
	fclose(f);
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

/* Read the next line, without its line end; NULL at the end. */
static char *
batch_read(struct batch *b, char **line, size_t *cap)
{
	ssize_t	 n;

	if ((n = getline(line, cap, b->in)) == -1)
		return NULL;
	while (n > 0 && ((*line)[n - 1] == '\n' || (*line)[n - 1] == '\r'))
		(*line)[--n] = '\0';
	return *line;
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
	char			*line = NULL;
	size_t			 cap = 0;
	enum session_fail	 f;
	int			 status;

	memset(&b, 0, sizeof b);
	b.app = app;
	b.in = stdin;
	if (app->opt->script != NULL &&
	    (b.in = fopen(app->opt->script, "r")) == NULL) {
		fprintf(stderr, "smtpx: --script %s: %s\n", app->opt->script,
		    strerror(errno));
		return EXIT_USAGE;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	buf_init(&b.line, 0);
	memset(&cfg, 0, sizeof cfg);
	if (gethostname(hostname, sizeof hostname) == -1)
		snprintf(hostname, sizeof hostname, "localhost");
	hostname[sizeof hostname - 1] = '\0';
	cfg.ehlo_name = app->opt->ehlo ? app->opt->ehlo : hostname;
	cfg.timeout_ms = app->opt->timeout * 1000;
	cfg.tls.ca_file = app->opt->ca_file;
	cfg.tls.insecure = app->opt->insecure;
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
		if (batch_read(&b, &line, &cap) == NULL)
			break;
		/* Comments in scripts, except inside a message. */
		if (line[0] == '#' &&
		    session_state(app->session) != SESSION_DATA)
			continue;
		cmd_exec(app, line);
		batch_wait(&b);
	}
	if (b.quit_sent)
		batch_wait(&b);
	if (session_state(app->session) != SESSION_CLOSED)
		session_close(app->session);
done:
	status = batch_status(app);
	fflush(stdout);
	if (line != NULL) {
		OPENSSL_cleanse(line, cap);
		free(line);
	}
	session_free(app->session);
	app->session = NULL;
	buf_free(&b.line);
	if (b.in != stdin)
		fclose(b.in);
	return status;
}
