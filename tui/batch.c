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
#include <strings.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "buf.h"
#include "export.h"
#include "i18n.h"
#include "reply.h"
#include "render.h"
#include "session.h"
#include "tui.h"

#define BATCH_INBUF_MAX	(1024 * 1024)	/* script bytes held at once */

struct batch {
	struct app	*app;
	int		 in;		/* script descriptor */
	struct buf	 inbuf;		/* script bytes read, not yet used */
	int		 eof;
	struct buf	 line;		/* output line being formatted */
	int		 quit;		/* /quit: stop reading */
	int		 quit_sent;
	unsigned long	 lineno;	/* script lines read */
	size_t		 linelen;	/* the last one's length, NULs in it */
	int		 first;		/* exit status of the first failure */
	int		 stop;		/* --stop-on-error was triggered */
};

static int
batch_fail_status(enum session_fail f)
{
	switch (f) {
	case SESSION_OK:
		return EXIT_ALLOK;
	case SESSION_FAIL_USAGE:
		return EXIT_USAGE;
	default:
		/* A connection given up on, for whatever reason. */
		return EXIT_CONNECT;
	}
}

/* The exit status is the first thing that went wrong, so a refusal that
   leads to a closed connection still exits 1. */
static void
batch_first(struct batch *b, int status)
{
	if (b->first == EXIT_ALLOK)
		b->first = status;
}

/* --timestamps: the last line of a reply to a command ends with how
   long the reply took, as the Markdown export shows it. */
static void
batch_latency(struct batch *b, const struct tr_entry *e)
{
	long	 ms;

	if (!b->app->opt->timestamps || e->kind != TR_RECV ||
	    !(e->flags & TR_F_LAST) || b->line.len == 0 ||
	    (ms = export_latency(b->app->export)) < 0)
		return;
	b->line.len--;		/* the line end */
	buf_printf(&b->line, "   (%ld ms)\n", ms);
}

static void
batch_event(const struct session_event *ev, void *arg)
{
	struct batch	*b = arg;
	struct session	*s = b->app->session;

	switch (ev->type) {
	case SESSION_EV_ENTRY:
		/* Notes are rendered and wrapped here, at 100 columns.
		   Markdown and JSON are written whole at the end. */
		if (b->app->opt->format != EXPORT_TEXT)
			break;
		buf_reset(&b->line);
		if (render_entry(ev->entry, b->app->opt->timestamps,
		    &b->line) == 0) {
			batch_latency(b, ev->entry);
			fwrite(b->line.data, 1, b->line.len, stdout);
		}
		break;
	case SESSION_EV_REPLY:
		/* A failure the session saw in this reply (a refused
		   STARTTLS) says more than the reply's class. */
		if (session_failure(s) != SESSION_OK)
			batch_first(b, batch_fail_status(session_failure(s)));
		else if (reply_class(ev->reply) >= 4) {
			batch_first(b, EXIT_REFUSED);
			if (b->app->opt->stop_on_error)
				b->stop = 1;
		}
		break;
	case SESSION_EV_CLOSED:
		batch_first(b, batch_fail_status(ev->fail));
		break;
	default:
		break;
	}
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

	b->quit = 1;
	if (cmd_end_session(b->app, b->app->opt->timeout * 1000))
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
	b->linelen = n;
	b->lineno++;
	return 1;
}

static void
batch_wipe(struct batch *b, char *line)
{
	OPENSSL_cleanse(line, b->linelen);
	free(line);
}

static int
batch_status(struct batch *b)
{
	struct app	*app = b->app;

	if (b->first != EXIT_ALLOK)
		return b->first;
	/* Nothing was seen as it happened (a failure before the first
	   event); fall back to what the session kept. */
	if (session_failure(app->session) != SESSION_OK)
		return batch_fail_status(session_failure(app->session));
	if (app->usage_errors > 0)
		return EXIT_USAGE;
	if (session_worst_class(app->session) >= 4)
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

	for (;;) {
		cmd_tick(b->app);
		if (!session_busy(s) || session_state(s) == SESSION_CLOSED)
			break;
		/* --stop-on-error: what a /send still has queued stays. A
		   pipelined group's commands are all sent: its replies are
		   awaited, so each is still read as its command's. */
		if (b->stop && !b->quit && !session_in_group(s) &&
		    session_cancel(s))
			continue;
		session_pollfd(s, &pfd.fd, &pfd.events, &timeout);
		pfd.revents = 0;
		n = poll(&pfd, pfd.fd == -1 ? 0 : 1, timeout);
		if (n == -1 && errno != EINTR)
			break;
		session_progress(s, n > 0 ? pfd.revents : 0);
	}
	fflush(stdout);
}

/* 1 when a script line is an SMTP DATA command (as the server will read
   it: the first word). */
static int
batch_is_data(const char *line)
{
	line += strspn(line, " \t");
	return strncasecmp(line, "DATA", 4) == 0 &&
	    (line[4] == '\0' || line[4] == ' ' || line[4] == '\t');
}

/*
 * DATA was not answered 354: the script lines that were to be the
 * message (up to the lone ".", or one /data line) must not reach the
 * server as commands. Without a lone "." before the end of the script
 * they were no message after all (a script that tries DATA and then
 * QUITs), so they are put back and run as commands.
 */
static void
batch_skip_message(struct batch *b)
{
	struct buf	 kept;
	char		*line;
	unsigned long	 n = 0;
	int		 end = 0;

	buf_init(&kept, BATCH_INBUF_MAX);
	while (!end && batch_read(b, &line)) {
		end = n == 0 && strncmp(line, "/data", 5) == 0 ?
		    1 : strcmp(line, ".") == 0;
		n++;
		if (buf_add(&kept, line, b->linelen) == -1 ||
		    buf_addch(&kept, '\n') == -1)
			end = 1;	/* too long to be a script's commands */
		batch_wipe(b, line);
	}
	if (!end && n > 0) {
		/* The script's end came first; inbuf is empty now. */
		buf_reset(&b->inbuf);
		buf_add(&b->inbuf, kept.data, kept.len);
		b->lineno -= n;
		n = 0;
	}
	buf_free(&kept);
	if (n > 0)
		session_log(b->app->session, TR_EVENT, P_("DATA was not "
		    "accepted (no 354): %lu message line of the script "
		    "skipped", "DATA was not accepted (no 354): %lu message "
		    "lines of the script skipped", n), n);
}

/*
 * In DATA, with a message that cannot be sent as the script meant it:
 * the server waits for a message, and the rest of the script would reach
 * it as message lines. Close without the final dot, so the server
 * discards what it has, and stop.
 */
static void
batch_abandon(struct batch *b, const char *why)
{
	session_log(b->app->session, TR_EVENT, "%s: closing without ending "
	    "the message, so the server discards it", _(why));
	session_close(b->app->session);
	b->quit = 1;
}

/*
 * A script line with a NUL byte cannot be sent as it is (RFC 5321
 * 4.1.1.4). In a message, the lines before it are already out: close
 * without the final dot, so the server discards the message. Returns 1
 * when the line must be skipped.
 */
static int
batch_nul(struct batch *b, const char *line, size_t len)
{
	struct session	*s = b->app->session;
	const char	*z = memchr(line, '\0', len);

	if (z == NULL)
		return 0;
	batch_first(b, EXIT_USAGE);
	b->app->usage_errors++;
	if (session_state(s) != SESSION_DATA) {
		session_log(s, TR_ERROR, "script line %lu: a NUL byte at "
		    "offset %zu; line not sent", b->lineno,
		    (size_t)(z - line));
		return 1;
	}
	session_log(s, TR_ERROR, "script line %lu: a NUL byte at offset %zu; "
	    "SMTP does not allow NUL in a message (RFC 5321 4.1.1.4)",
	    b->lineno, (size_t)(z - line));
	batch_abandon(b, N_("the message cannot be sent"));
	return 1;
}

/* --format md|json: the whole session on stdout, once it is over. */
static void
batch_export(struct batch *b, int status)
{
	struct app	*app = b->app;
	struct buf	 out;

	if (app->export == NULL) {
		fprintf(stderr, "smtpx: --format: out of memory\n");
		return;
	}
	struct export_tls tls = { app->opt->ca_file, app->opt->servername,
			    app->opt->insecure };

	buf_init(&out, 0);
	if (export_write(app->export, app->session, app->opt->format,
	    app->notes, status, &tls, &out) == 0)
		fwrite(out.data, 1, out.len, stdout);
	else
		fprintf(stderr, "smtpx: --format: out of memory\n");
	buf_free(&out);
}

int
batch_main(struct app *app)
{
	struct batch		 b;
	struct session_config	 cfg;
	char			 hostname[256];
	char			*line;
	enum session_fail	 f;
	int			 status, in_data, is_data, usage;

	memset(&b, 0, sizeof b);
	b.app = app;
	b.in = STDIN_FILENO;
	if (app->opt->script != NULL && (b.in = open(app->opt->script,
	    O_RDONLY | O_CLOEXEC)) == -1) {
		fprintf(stderr, "smtpx: --script %s: %s\n", app->opt->script,
		    strerror(errno));
		return EXIT_USAGE;
	}
	buf_init(&b.inbuf, BATCH_INBUF_MAX);
	setvbuf(stdout, NULL, _IOLBF, 0);
	buf_init(&b.line, 0);
	config_session(app->opt, &cfg, hostname, sizeof hostname);
	if ((app->session = session_new(&cfg, batch_event, &b)) == NULL) {
		fprintf(stderr, "smtpx: out of memory\n");
		return EXIT_CONNECT;
	}
	session_set_notes(app->session, app->notes);
	/* Timings for --format and /export, from the first entry on. */
	app->export = export_new(app->session);
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
		if (b.stop) {
			session_log(app->session, TR_EVENT, "stopping at the "
			    "first refusal (--stop-on-error)");
			batch_quit(&b);
			break;
		}
		if (!batch_read(&b, &line))
			break;
		in_data = session_state(app->session) == SESSION_DATA;
		usage = app->usage_errors;
		/* Comments in scripts, except inside a message. */
		if (!batch_nul(&b, line, b.linelen) &&
		    (line[0] != '#' || in_data))
			cmd_exec(app, line);
		if (app->usage_errors > usage) {
			batch_first(&b, EXIT_USAGE);
			if (in_data && strncmp(line, "/data", 5) == 0)
				batch_abandon(&b, N_("the message file was "
				    "refused"));
		}
		/* A DATA held in a group goes with it; its message comes
		   after the group was sent. */
		is_data = !in_data && !app->pipe.on && (batch_is_data(line) ||
		    cmd_pipe_sent_data(app));
		batch_wipe(&b, line);
		batch_wait(&b);
		if (is_data && session_state(app->session) != SESSION_DATA)
			batch_skip_message(&b);
	}
	if (app->pipe.on) {
		session_log(app->session, TR_ERROR, "the script ended inside a "
		    "pipelined group (no /pipeline end): nothing of it sent");
		batch_first(&b, EXIT_USAGE);
		cmd_pipe_drop(app);
	}
	if (b.quit_sent)
		batch_wait(&b);
	if (session_state(app->session) != SESSION_CLOSED)
		session_close(app->session);
done:
	status = batch_status(&b);
	if (app->opt->format != EXPORT_TEXT)
		batch_export(&b, status);
	fflush(stdout);
	export_free(app->export, app->session);
	app->export = NULL;
	session_free(app->session);
	app->session = NULL;
	buf_free(&b.line);
	buf_free(&b.inbuf);
	if (b.in != STDIN_FILENO)
		close(b.in);
	return status;
}
