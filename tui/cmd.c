/*
 * The command layer both front ends share. A typed line is either an
 * smtpx command (it starts with "/") or a line for the server. Commands
 * are a table of name, argument counts, a one-line synopsis and a
 * handler; output goes into the session transcript as events, so the
 * screen, the line mode and saved files all show the same record. What
 * only a front end can do (read a secret, ask a question, change the
 * theme, quit) goes through struct frontend.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "b64.h"
#include "buf.h"
#include "caps.h"
#include "compare.h"
#include "dns.h"
#include "export.h"
#include "i18n.h"
#include "lab.h"
#include "msgbuild.h"
#include "msglint.h"
#include "notes.h"
#include "render.h"
#include "replay.h"
#include "sanitize.h"
#include "sasl.h"
#include "session.h"
#include "tls.h"
#include "transcript.h"
#include "tui.h"

#define CMD_MAXARGS	64	/* /send with its message options */
#define CMD_CLOSE_WAIT_MS 3000	/* for the 221 to a /close QUIT */
#define CMD_PIPE_MAX	100	/* lines in a /pipeline group, as core
				   takes them (session_pipeline) */

struct cmd {
	const char	*name;
	int		 min, max;	/* argument counts */
	const char	*synopsis;
	const char	*help;
	int		(*fn)(struct app *, int, char **, const char *);
};

static int	cmd_connect_fn(struct app *, int, char **, const char *);
static int	cmd_close(struct app *, int, char **, const char *);
static int	cmd_starttls(struct app *, int, char **, const char *);
static int	cmd_auth(struct app *, int, char **, const char *);
static int	cmd_send(struct app *, int, char **, const char *);
static int	cmd_data(struct app *, int, char **, const char *);
static int	cmd_bdat(struct app *, int, char **, const char *);
static int	cmd_lint(struct app *, int, char **, const char *);
static int	cmd_pipeline(struct app *, int, char **, const char *);
static int	cmd_explain(struct app *, int, char **, const char *);
static int	cmd_caps(struct app *, int, char **, const char *);
static int	cmd_cert(struct app *, int, char **, const char *);
static int	cmd_status(struct app *, int, char **, const char *);
static int	cmd_b64(struct app *, int, char **, const char *);
static int	cmd_unb64(struct app *, int, char **, const char *);
static int	cmd_save(struct app *, int, char **, const char *);
static int	cmd_export(struct app *, int, char **, const char *);
static int	cmd_reproduce(struct app *, int, char **, const char *);
static int	cmd_compare(struct app *, int, char **, const char *);
static int	cmd_theme(struct app *, int, char **, const char *);
static int	cmd_notes(struct app *, int, char **, const char *);
static int	cmd_lang(struct app *, int, char **, const char *);
static int	cmd_lab(struct app *, int, char **, const char *);
static int	cmd_probe(struct app *, int, char **, const char *);
static int	cmd_lesson(struct app *, int, char **, const char *);
static int	cmd_help_fn(struct app *, int, char **, const char *);
static int	cmd_quit(struct app *, int, char **, const char *);

static const struct cmd cmd_table[] = {
	{ "connect", 1, 14, "/connect HOST [PORT] [--tls] [TLS options]",
	  N_("connect to HOST; PORT defaults to 25; --tls (or port 465) means "
	  "TLS from the first byte. HOST 'lab' is the built-in lab; "
	  "--mx DOMAIN: its MX hosts in order. For this connection only: "
	  "--proxy URL (through a SOCKS5 proxy), --servername NAME (sent as "
	  "SNI and verified, for HOST an address), --ca-file FILE (trust "
	  "that CA), --insecure (go on past a bad certificate), --timeout "
	  "SECONDS (every wait)."),
	  cmd_connect_fn },
	{ "close", 0, 0, "/close",
	  N_("send QUIT if the session is up, wait a moment for the 221, then "
	  "close the connection; smtpx keeps running for the next /connect."),
	  cmd_close },
	{ "starttls", 0, 0, "/starttls",
	  N_("send STARTTLS and upgrade the connection to TLS (RFC 3207); "
	  "nothing typed meanwhile is sent until the handshake is verified."),
	  cmd_starttls },
	{ "auth", 1, 3, "/auth MECH [USER [SECRET]]",
	  N_("authenticate with MECH (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, "
	  "SCRAM-SHA-1, SCRAM-SHA-256); asks for what is missing, secret "
	  "input hidden. The exchange is shown decoded, the secret masked."),
	  cmd_auth },
	{ "send", 2, CMD_MAXARGS - 1, "/send FROM TO [TO...] [--subject TEXT] [...]",
	  N_("MAIL FROM, RCPT TO for each TO, DATA and a message: a short test "
	  "message, or one built from --subject, --header (repeatable), "
	  "--body TEXT or @FILE and --attach FILE (repeatable; MIME with "
	  "base64, streamed from the file), added to the command line's. "
	  "Quote a value with spaces. Date and Message-ID are added, From "
	  "and To unless given; a header that is not ASCII is encoded per "
	  "RFC 2047, or sent as UTF-8 with SMTPUTF8 when the server offers "
	  "it. The message is shown before it is sent; when the server offers "
	  "PIPELINING, MAIL to DATA go in one write."), cmd_send },
	{ "data", 1, 1, "/data FILE",
	  N_("after DATA got 354: send FILE as the message (CRLF line ends, "
	  "dot-stuffed) and end it with CRLF.CRLF."), cmd_data },
	{ "bdat", 1, 2, "/bdat FILE [CHUNK]",
	  N_("after RCPT, instead of DATA: send FILE as it is in BDAT chunks of "
	  "CHUNK bytes (default 1048576), the last one BDAT n LAST "
	  "(CHUNKING, RFC 3030), each chunk's reply shown; a refusal stops "
	  "the rest. Streamed from the file, whatever its size."), cmd_bdat },
	{ "lint", 1, 1, "/lint FILE",
	  N_("check a message file before sending it, as notes: bare LF or CR, "
	  "lines over 998 octets, 8-bit bytes the server did not agree to "
	  "(8BITMIME, SMTPUTF8), raw non-ASCII in headers, a NUL, a missing "
	  "Date, Message-ID or From, headers that end without the blank "
	  "line. /data and /bdat do it too, and send anyway."), cmd_lint },
	{ "pipeline", 0, 1, "/pipeline [end|cancel]",
	  N_("start a pipelined group (PIPELINING, RFC 2920): the SMTP lines "
	  "typed until /pipeline end are held, then sent in one write, and "
	  "each reply is shown with the command it answers. Only MAIL FROM, "
	  "RCPT TO and RSET may come before the last line (EHLO, DATA, AUTH, "
	  "STARTTLS, QUIT, BDAT and the rest may only end a group): "
	  "/pipeline end refuses a group that breaks this and sends nothing "
	  "of it. /pipeline cancel drops the group. Sent even when the "
	  "server did not offer PIPELINING, with a note."), cmd_pipeline },
	{ "explain", 1, CMD_MAXARGS - 1, "/explain CODE",
	  N_("explain a reply code (550), an enhanced status code (5.7.1), "
	  "both, an EHLO keyword, a MAIL or RCPT parameter (NOTIFY=SUCCESS), "
	  "or a whole reply pasted from a bounce."),
	  cmd_explain },
	{ "caps", 0, 0, "/caps",
	  N_("what the server offered in its last EHLO reply."), cmd_caps },
	{ "cert", 0, 3, "/cert [save [--force] FILE]",
	  N_("the server's certificate chain and the TLS connection: names, "
	  "validity, SHA-256 fingerprint, key; also after a failed "
	  "verification. /cert save FILE writes the chain as PEM (mode 0600, "
	  "never through a symbolic link; an existing file is replaced as "
	  "/save replaces it)."), cmd_cert },
	{ "status", 0, 0, "/status",
	  N_("where the session stands, what could come next, and what was "
	  "found out about the server (findings)."), cmd_status },
	{ "b64", 1, CMD_MAXARGS - 1, "/b64 TEXT",
	  N_("base64 of TEXT, for AUTH by hand; \\0 stands for a NUL byte "
	  "(/b64 \\0user\\0password for PLAIN). Kept out of history and of "
	  "saved transcripts."), cmd_b64 },
	{ "unb64", 1, 1, "/unb64 TEXT",
	  N_("decode base64 TEXT (a 334 challenge, say). Kept out of history "
	  "and of saved transcripts."), cmd_unb64 },
	{ "save", 1, 2, "/save [--force] FILE",
	  N_("write the transcript to FILE (mode 0600, ~ is $HOME), secrets "
	  "masked, after a header naming the server and TLS. An existing "
	  "FILE is replaced only when confirmed, or in line mode with "
	  "--force."), cmd_save },
	{ "export", 1, 2, "/export [--force] FILE",
	  N_("write the session for others: FILE.md is Markdown for a ticket "
	  "(header, findings, transcript with latencies), FILE.json is JSON "
	  "Lines for tools, FILE.txt is what /save writes (docs/export.md). "
	  "Secrets masked; the file is written as /save writes it."),
	  cmd_export },
	{ "reproduce", 1, 3, "/reproduce swaks|curl|openssl [[--force] FILE]",
	  N_("the shell command that reruns this session with that tool: host, "
	  "port, TLS and verification, EHLO name, AUTH mechanism and user, "
	  "sender, recipients and the last message. The password is read "
	  "when it runs from the file $PASSWORD_FILE names; it is never "
	  "shown. With FILE the command is written there (as /save writes), "
	  "ready for sh."),
	  cmd_reproduce },
	{ "compare", 2, 2, "/compare A.json B.json",
	  N_("compare two sessions saved with /export FILE.json (or --format "
	  "json) side by side: each command with its replies next to the "
	  "other's, aligned by verb, then the last EHLO's capabilities, TLS, "
	  "the user and the findings; between the columns | marks a "
	  "difference, < a line only in A, > only in B (in the line mode: a "
	  "diff, ! differs, - only in A, + only in B)."), cmd_compare },
	{ "theme", 1, 1, "/theme NAME",
	  N_("switch colours: default, light, high-contrast, mono."), cmd_theme },
	{ "notes", 1, 1, "/notes on|off",
	  N_("show or hide the explanations under replies."), cmd_notes },
	{ "lang", 0, 1, "/lang [ja|en]",
	  N_("the language of the screen: notes already shown are said again "
	  "in it; events keep the words they were made with. Without a word, "
	  "the language now."), cmd_lang },
	{ "lab", 0, 2, "/lab [inbox | op25b on|off]",
	  N_("with --lab: where the lab listens and whether OP25B is on; "
	  "/lab inbox lists the messages the lab accepted; /lab op25b on "
	  "makes its port 25 accept no new connection, as an ISP's block "
	  "of outbound port 25 does (587 and 465 still work)."), cmd_lab },
	{ "probe", 1, 3, "/probe [--proxy URL] TARGET | show N",
	  N_("diagnose every mail port of TARGET (user@domain, a domain, a host, "
	  "or lab for the lab's three ports): DNS facts, each MX on 25, "
	  "submission on 587 and 465, TLS, certificate, AUTH before and "
	  "after TLS, then findings such as op25b-likely. Rows appear as "
	  "each port finishes; Ctrl-C stops it. Nothing is sent but EHLO, "
	  "STARTTLS and QUIT (and AUTH with --user). --proxy URL goes "
	  "through a SOCKS5 proxy. /probe show N shows "
	  "the conversation of the Nth endpoint."), cmd_probe },
	{ "lesson", 0, 1, "/lesson [NAME|next|back|restart|stop]",
	  N_("guided lessons against the lab: no word lists them, NAME (or "
	  "its number) starts one where you left it; next and back move a "
	  "step, restart starts over, stop closes the lesson. Enter sends "
	  "the suggested line; you may type anything instead."), cmd_lesson },
	{ "help", 0, 1, "/help [COMMAND]",
	  N_("list the commands, or explain one."), cmd_help_fn },
	{ "quit", 0, 0, "/quit",
	  N_("send QUIT if connected, then leave."), cmd_quit },
};
#define CMD_COUNT (sizeof cmd_table / sizeof cmd_table[0])

const char *const cmd_names[] = {
	"/connect", "/close", "/starttls", "/auth", "/send", "/data", "/bdat",
	"/lint", "/pipeline", "/explain",
	"/caps", "/cert", "/status", "/b64", "/unb64", "/save", "/export",
	"/reproduce", "/theme", "/notes", "/lang", "/lab", "/probe", "/lesson",
	"/help", "/quit",
	NULL
};

static void
cmd_event(struct app *app, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void
cmd_error(struct app *app, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
cmd_event(struct app *app, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	session_vlog(app->session, TR_EVENT, 0, fmt, ap);
	va_end(ap);
}

static void
cmd_error(struct app *app, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	session_vlog(app->session, TR_ERROR, 0, fmt, ap);
	va_end(ap);
}

/* An error from the session, with the advice core leaves to us. */
static void
cmd_session_error(struct app *app, const char *err)
{
	if (strcmp(err, "not connected") == 0)
		cmd_error(app, "not connected (use /connect HOST PORT)");
	else if (strcmp(err, "no recipient") == 0)
		cmd_error(app, "usage: /send FROM TO [TO...]");
	else if (strcmp(err, "TLS is already on") == 0)
		cmd_error(app, "TLS is already on");
	else if (strncmp(err, "already connected to ", 21) == 0)
		cmd_error(app, "%s; /quit or close first", err);
	else
		cmd_error(app, "%s", err);
}

/* Log each line of a multi-line text as its own entry. */
static void
cmd_lines(struct app *app, enum tr_kind kind, unsigned flags, const char *s)
{
	const char	*nl;

	while (*s) {
		nl = strchr(s, '\n');
		session_log_text(app->session, kind, flags, s,
		    nl ? (size_t)(nl - s) : strlen(s));
		if (nl == NULL)
			break;
		s = nl + 1;
	}
}

/* Say at once that a typed line waits, and for what; otherwise the first
   news of it could be "1 queued line not sent". */
static void
cmd_queued(struct app *app)
{
	switch (session_state(app->session)) {
	case SESSION_RESOLVING:
	case SESSION_CONNECTING:
	case SESSION_GREETING:
		cmd_event(app, "line queued: it is sent after the greeting");
		break;
	case SESSION_TLS:
		cmd_event(app, "line queued: it is sent when the TLS "
		    "handshake is done and the server is ready");
		break;
	default:
		break;
	}
}

static const struct cmd *
cmd_find(const char *name)
{
	size_t	 i;

	if (*name == '/')
		name++;
	for (i = 0; i < CMD_COUNT; i++)
		if (strcasecmp(cmd_table[i].name, name) == 0)
			return &cmd_table[i];
	return NULL;
}

/* The first sentence or clause of a help text: up to "; " or ". " (or
   a Japanese full stop), so "5.7.1" and "CRLF.CRLF" stay whole. */
static size_t
cmd_summary_len(const char *help)
{
	const char	*p;

	for (p = help; *p; p++)
		if (((p[0] == ';' || p[0] == '.') && (p[1] == ' ' ||
		    p[1] == '\0')) || strncmp(p, "\xe3\x80\x82", 3) == 0)
			break;		/* the last, a Japanese full stop */
	return p - help;
}

void
cmd_help(const char *topic, struct buf *out)
{
	const struct cmd	*c;
	size_t			 i;

	if (topic != NULL && *topic) {
		if ((c = cmd_find(topic)) == NULL) {
			buf_printf(out, _("no command %s; /help lists them\n"),
			    topic);
			return;
		}
		buf_printf(out, "%s\n  %s\n", c->synopsis, _(c->help));
		return;
	}
	buf_addstr(out, _("Lines starting with / are smtpx commands; "
	    "anything else is sent to the server as typed.\n"));
	for (i = 0; i < CMD_COUNT; i++)
		buf_printf(out, "  %-30s %.*s\n", cmd_table[i].synopsis,
		    (int)cmd_summary_len(_(cmd_table[i].help)),
		    _(cmd_table[i].help));
	buf_addstr(out, _("SMTP: EHLO name, MAIL FROM:<a@b>, RCPT TO:<c@d>, "
	    "DATA, then message lines and a lone '.', QUIT.\n"));
	buf_addstr(out, _("For a bug report, start smtpx with --debug FILE: "
	    "a trace of states, commands by name and timings, no "
	    "secrets.\n"));
}

/* The number of words (runs of anything but space and tab) in s. */
static size_t
cmd_words(const char *s)
{
	size_t	 n = 0;

	for (;;) {
		s += strspn(s, " \t");
		if (*s == '\0')
			return n;
		n++;
		s += strcspn(s, " \t");
	}
}

int
cmd_history_ok(const char *line)
{
	const char	*p = line + strspn(line, " \t");
	size_t		 len = strcspn(p, " \t");

	/* What the base64 helpers are given may be a secret or its base64. */
	if ((len == 4 && strncasecmp(p, "/b64", 4) == 0) ||
	    (len == 6 && strncasecmp(p, "/unb64", 6) == 0))
		return 0;
	/* /auth MECH USER SECRET: the secret is the fourth word. */
	if (len == 5 && strncasecmp(p, "/auth", 5) == 0)
		return cmd_words(p) < 4;
	/* AUTH MECH INITIAL-RESPONSE typed by hand: the third. */
	if (len == 4 && strncasecmp(p, "AUTH", 4) == 0)
		return cmd_words(p) < 3;
	return 1;
}

/* Split line into words on spaces; returns the count, or -1. */
static int
cmd_split(char *line, char **argv)
{
	int	 argc = 0;
	char	*p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			*p++ = '\0';
		if (*p == '\0')
			return argc;
		if (argc == CMD_MAXARGS)
			return -1;
		argv[argc++] = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
	}
}

/* Free the lines of an open /pipeline group. */
void
cmd_pipe_drop(struct app *app)
{
	size_t	 i;

	for (i = 0; i < app->pipe.n; i++) {
		OPENSSL_cleanse(app->pipe.held[i], strlen(app->pipe.held[i]));
		free(app->pipe.held[i]);
	}
	free(app->pipe.held);
	app->pipe.held = NULL;
	app->pipe.n = 0;
	app->pipe.on = 0;
}

/* A line typed inside a group is held, not sent. */
static int
cmd_pipe_hold(struct app *app, const char *line)
{
	char	**v;

	if (line[strspn(line, " \t")] == '\0')
		return 0;
	if (strpbrk(line, "\r\n") != NULL) {
		cmd_error(app, "a line may not contain CR or LF");
		return -1;
	}
	if (app->pipe.n == CMD_PIPE_MAX) {
		cmd_error(app, "a group holds at most %d lines; /pipeline end "
		    "sends it", CMD_PIPE_MAX);
		return -1;
	}
	if ((v = realloc(app->pipe.held, (app->pipe.n + 1) *
	    sizeof *v)) == NULL) {
		cmd_error(app, "out of memory; line not held");
		return -1;
	}
	app->pipe.held = v;
	v[app->pipe.n++] = xstrdup(line);
	cmd_event(app, "held as line %zu of the group; /pipeline end sends it",
	    app->pipe.n);
	return 0;
}

/* Commands that put lines on the wire would overtake a group being
   typed: they wait until it is sent or dropped. */
static int
cmd_pipe_blocks(const struct cmd *c)
{
	static const char *const names[] = { "connect", "close", "starttls",
	    "auth", "send", "data", "bdat", NULL };
	size_t	 i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(c->name, names[i]) == 0)
			return 1;
	return 0;
}

int
cmd_pipe_sent_data(struct app *app)
{
	int	 r = app->pipe.sent_data;

	app->pipe.sent_data = 0;
	return r;
}

int
cmd_exec(struct app *app, const char *line)
{
	const struct cmd	*c;
	char			*copy, *argv[CMD_MAXARGS];
	char			 err[512];
	int			 argc, r;

	if (line[0] != '/' && app->pipe.on) {
		if ((r = cmd_pipe_hold(app, line)) == -1)
			app->usage_errors++;
		return r;
	}
	if (line[0] != '/') {
		/* A blank line is a message line (the one between headers
		   and body) or an answer to a 334; elsewhere it does
		   nothing. */
		if (line[strspn(line, " \t")] == '\0' &&
		    !session_in_message(app->session) &&
		    !session_expects_secret(app->session))
			return 0;
		if (session_submit(app->session, line, 0, err, sizeof err)) {
			cmd_session_error(app, err);
			app->usage_errors++;
			return -1;
		}
		cmd_queued(app);
		return 0;
	}
	/* A command's words go into SMTP lines: no CR or LF inside. */
	if (strpbrk(line, "\r\n") != NULL) {
		cmd_error(app, "a command may not contain CR or LF");
		app->usage_errors++;
		return -1;
	}
	copy = xstrdup(line);
	argc = cmd_split(copy + 1, argv);
	if (argc <= 0) {
		cmd_error(app, argc == 0 ? "a lone / is not a command; /help "
		    "lists them" : "too many words");
		r = -1;
	} else if ((c = cmd_find(argv[0])) == NULL) {
		cmd_error(app, "unknown command /%s; /help lists them",
		    argv[0]);
		r = -1;
	} else if (argc - 1 < c->min || argc - 1 > c->max) {
		cmd_error(app, "usage: %s", c->synopsis);
		r = -1;
	} else if (app->pipe.on && cmd_pipe_blocks(c)) {
		cmd_error(app, "/%s waits: a pipelined group is open (/pipeline "
		    "end sends it, /pipeline cancel drops it)", c->name);
		r = -1;
	} else
		r = c->fn(app, argc - 1, argv + 1, line);
	OPENSSL_cleanse(copy, strlen(line));
	free(copy);
	if (r == -1)
		app->usage_errors++;
	return r;
}

int
cmd_servername_ok(const char *s)
{
	size_t	 n = strlen(s);

	if (n == 0 || n > 253)
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s <= 0x20 || (unsigned char)*s >= 0x7f)
			return 0;
	return 1;
}

/* A whole decimal number from min to max into *out: 0, or -1. A port is
   1 to 65535; /connect --timeout's seconds 1 to 3600. */
static int
cmd_number(const char *s, long min, long max, int *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *s == '\0' || *end != '\0' || v < min || v > max)
		return -1;
	*out = (int)v;
	return 0;
}

/* The TLS choices of one connection: the command line's, with what
   /connect gave on top (ct may be NULL). */
static int
cmd_conn_tls(struct app *app, const struct conn_tls *ct)
{
	struct tls_client_config	 tc;
	struct socks_config		 pc;
	char				 err[512];

	memset(&tc, 0, sizeof tc);
	tc.ca_file = app->opt->ca_file;
	tc.servername = app->opt->servername;
	tc.insecure = app->opt->insecure;
	if (ct != NULL) {
		if (ct->ca_file != NULL)
			tc.ca_file = ct->ca_file;
		if (ct->servername != NULL)
			tc.servername = ct->servername;
		tc.insecure |= ct->insecure;
	}
	if (session_set_tls(app->session, &tc) == -1) {
		cmd_error(app, "out of memory");
		return -1;
	}
	/* --timeout of /connect holds for this connection only. */
	session_set_timeout(app->session, ct != NULL ? ct->timeout * 1000 : 0);
	/* So does --proxy; without it, --proxy of the command line. */
	if (ct != NULL && ct->proxy != NULL) {
		if (config_proxy(ct->proxy, app->opt->proxy_password_file, &pc,
		    err, sizeof err) == -1) {
			cmd_error(app, "--proxy: %s", err);
			return -1;
		}
		session_set_proxy(app->session, &pc);
		socks_config_wipe(&pc);
	} else
		session_set_proxy(app->session, NULL);
	return 0;
}

/*
 * QUIT if the session is up and close when its reply comes (at most
 * wait_ms later; Ctrl-C closes at once). The engine waits, so the
 * screen stays live; a /connect made meanwhile waits in app->pending
 * until cmd_tick sees the session closed.
 */
int
cmd_end_session(struct app *app, int wait_ms)
{
	struct session		*s = app->session;
	enum session_state	 st = session_state(s);

	if (st >= SESSION_READY && st != SESSION_QUIT && session_in_message(s))
		cmd_event(app, "the message was not ended with \".\"; "
		    "closing without QUIT drops it");
	return session_quit(s, wait_ms);
}

/* Keep a /connect for when the open session has closed. */
static int
cmd_pend(struct app *app, const char *host, int port, int tls,
    const struct conn_tls *ct)
{
	struct cmd_pending	*p = &app->pending;

	memset(p, 0, sizeof *p);
	if ((size_t)snprintf(p->host, sizeof p->host, "%s", host) >=
	    sizeof p->host || (ct != NULL && ct->ca_file != NULL &&
	    (size_t)snprintf(p->ca_file, sizeof p->ca_file, "%s",
	    ct->ca_file) >= sizeof p->ca_file) || (ct != NULL &&
	    ct->servername != NULL && (size_t)snprintf(p->servername,
	    sizeof p->servername, "%s", ct->servername) >=
	    sizeof p->servername) || (ct != NULL && ct->proxy != NULL &&
	    (size_t)snprintf(p->proxy, sizeof p->proxy, "%s", ct->proxy) >=
	    sizeof p->proxy)) {
		cmd_error(app, "/connect: a name is too long");
		return -1;
	}
	p->port = port;
	p->tls = tls;
	p->insecure = ct != NULL && ct->insecure;
	p->timeout = ct != NULL ? ct->timeout : 0;
	p->mx = ct != NULL && ct->mx;
	p->set = 1;
	return 0;
}

void
cmd_tick(struct app *app)
{
	struct cmd_pending	 p = app->pending;
	struct conn_tls		 ct;

	if (!p.set || session_state(app->session) != SESSION_CLOSED)
		return;
	app->pending.set = 0;
	ct.ca_file = p.ca_file[0] ? p.ca_file : NULL;
	ct.servername = p.servername[0] ? p.servername : NULL;
	ct.insecure = p.insecure;
	ct.timeout = p.timeout;
	ct.mx = p.mx;
	ct.proxy = p.proxy[0] ? p.proxy : NULL;
	if (cmd_connect_tls(app, p.host, p.port, p.tls, &ct) == -1)
		app->usage_errors++;
}

int
cmd_connect(struct app *app, const char *host, int port, int tls)
{
	struct conn_tls	 ct;

	if (!app->opt->mx)
		return cmd_connect_tls(app, host, port, tls, NULL);
	memset(&ct, 0, sizeof ct);
	ct.mx = 1;
	return cmd_connect_tls(app, host, port, tls, &ct);
}

/* The port --ports sends a nominal port to (587=2587: 2587), or 0. */
static int
cmd_ports_to(const struct app *app, int port)
{
	int	 i;

	for (i = 0; i < 3; i++)
		if (app->opt->probe_ports[i][0] == port)
			return app->opt->probe_ports[i][1];
	return 0;
}

/* --mx: the domain's exchangers through c-ares (--dns-server's, or one
   on the system's servers made for these connections), each verified
   against its own name unless --servername says otherwise. */
static int
cmd_connect_mx(struct app *app, const char *domain, int port, int tls)
{
	struct resolver	*r = app->dns;
	char		 err[512];
	int		 p;

	if (strcasecmp(domain, "lab") == 0) {
		cmd_error(app, "--mx wants a mail domain, not the lab");
		return -1;
	}
	/* --ports 25=2525: every exchanger's port, as for one host. */
	if ((p = cmd_ports_to(app, port)) != 0) {
		cmd_event(app, "port %d is port %d on each mail exchanger "
		    "here (--ports)", port, p);
		session_set_nominal_port(app->session, port);
		port = p;
	}
	if (r == NULL && (r = app->mx_dns) == NULL &&
	    (r = app->mx_dns = resolver_dns_new(NULL, 0, err,
	    sizeof err)) == NULL) {
		cmd_session_error(app, err);
		return -1;
	}
	session_set_resolver(app->session, r);
	if (session_connect_mx(app->session, domain, port, tls, err,
	    sizeof err) == -1) {
		cmd_session_error(app, err);
		return -1;
	}
	return 0;
}

/* The lab's ports by name: where --lab-at finds the teacher's lab
   (--port-base, by default 10000 as --lab-serve's). */
#define CMD_LAB_BASE	(app->opt->port_base)

static int
cmd_lab_nominal(int p)
{
	return p == LAB_RELAY ? 25 : p == LAB_SUBMISSION ? 587 : 465;
}

static const char *
cmd_lab_pdesc(int p)
{
	return p == LAB_RELAY ? "relay" : p == LAB_SUBMISSION ?
	    "submission" : "submission over TLS";
}

/* "25", "587", "465" or the teacher's real port; -1 otherwise. */
static int
cmd_lab_personality(const struct app *app, int port)
{
	int	 p;

	for (p = 0; p < LAB_NPERSONALITIES; p++)
		if (port == cmd_lab_nominal(p) ||
		    port == CMD_LAB_BASE + cmd_lab_nominal(p))
			return p;
	return -1;
}

int
cmd_connect_tls(struct app *app, const char *host, int port, int tls,
    const struct conn_tls *ct)
{
	struct session_target	 t;
	const char		*lab_name = NULL;
	char			 err[512];
	int			 p;

	/* Close the open session first: the line mode does it, the screen
	   asks. Settle it before touching the session's settings. */
	if (session_state(app->session) != SESSION_CLOSED) {
		snprintf(err, sizeof err, "The session with %s is open. Close "
		    "it (QUIT) and connect to %s?", session_host(app->session),
		    host);
		if (!app->opt->batch && (app->fe.confirm == NULL ||
		    !app->fe.confirm(app->fe.arg, err))) {
			cmd_event(app, "still connected to %s; /close ends "
			    "that session", session_host(app->session));
			return 0;
		}
		if (cmd_pend(app, host, port, tls, ct) == -1)
			return -1;
		cmd_end_session(app, CMD_CLOSE_WAIT_MS);
		cmd_tick(app);		/* at once if it closed at once */
		return 0;
	}
	session_set_trust(app->session, NULL);
	session_set_nominal_port(app->session, 0);
	if (cmd_conn_tls(app, ct) == -1)
		return -1;
	if (strcasecmp(host, "lab") != 0 && port == 465)
		tls = 1;	/* 465 is TLS from the first byte (RFC 8314) */
	if (ct != NULL && ct->mx)
		return cmd_connect_mx(app, host, port, tls);
	/* Names go to --dns-server's resolver, else to getaddrinfo. */
	session_set_resolver(app->session, app->dns);
	if (strcasecmp(host, "lab") == 0 && app->opt->lab_at != NULL) {
		/* The teacher's lab: its default ports stand for the real
		   ones, its certificate is for the lab's domain and is
		   trusted through --ca-file. */
		if ((p = cmd_lab_personality(app, port)) == -1) {
			cmd_error(app, "the lab has ports 25, 587 and 465, "
			    "not %d", port);
			return -1;
		}
		cmd_event(app, "lab port %d (%s) is the teacher's lab at "
		    "%s:%d", port, cmd_lab_pdesc(p), app->opt->lab_at,
		    CMD_LAB_BASE + cmd_lab_nominal(p));
		tls = tls || p == LAB_SUBMISSIONS;
		session_set_nominal_port(app->session, cmd_lab_nominal(p));
		port = CMD_LAB_BASE + cmd_lab_nominal(p);
		host = app->opt->lab_at;
		if ((ct == NULL || ct->servername == NULL) &&
		    app->opt->servername == NULL)
			lab_name = LAB_DOMAIN;
	} else if (strcasecmp(host, "lab") == 0) {
		if (app->lab == NULL) {
			cmd_error(app, "the lab is not running; start smtpx "
			    "with --lab");
			return -1;
		}
		if ((p = lab_lookup(app->lab, port)) == -1) {
			cmd_error(app, "the lab has ports 25, 587 and 465, "
			    "not %d", port);
			return -1;
		}
		cmd_event(app, "lab port %d (%s) is %s:%d", port,
		    cmd_lab_pdesc(p), "127.0.0.1", lab_port(app->lab, p));
		tls = tls || p == LAB_SUBMISSIONS;
		session_set_nominal_port(app->session, cmd_lab_nominal(p));
		port = lab_port(app->lab, p);
		host = "127.0.0.1";
		/* The lab's throwaway certificate, for this connection only. */
		session_set_trust(app->session, lab_ca_pem(app->lab));
	} else if ((p = cmd_ports_to(app, port)) != 0) {
		/* --ports 587=2587: a tunnel or a classroom's server stands
		   for the real port; the notes keep the port's role. */
		cmd_event(app, "port %d is %s:%d here (--ports)", port, host,
		    p);
		session_set_nominal_port(app->session, port);
		port = p;
	}
	/* One target; its name to verify is --servername when given. */
	memset(&t, 0, sizeof t);
	t.host = host;
	t.port = port;
	t.implicit_tls = tls;
	t.verify_name = ct != NULL && ct->servername != NULL ?
	    ct->servername : app->opt->servername;
	if (lab_name != NULL)
		t.verify_name = lab_name;
	if (session_connect_targets(app->session, &t, 1, err,
	    sizeof err) == -1) {
		cmd_session_error(app, err);
		return -1;
	}
	return 0;
}

/* /connect --proxy URL: checked now, its password read when it is
   used (cmd_conn_tls). */
static int
cmd_proxy_arg(struct app *app, const char *url, struct conn_tls *ct,
    const char *usage)
{
	struct socks_config	 c;
	char			 err[512];

	if (url == NULL) {
		cmd_error(app, "--proxy needs socks5://HOST:PORT; %s", usage);
		return -1;
	}
	if (config_proxy_parse(url, &c, err, sizeof err) == -1) {
		cmd_error(app, "--proxy: %s", err);
		return -1;
	}
	ct->proxy = url;
	return 0;
}

static int
cmd_connect_fn(struct app *app, int argc, char **argv, const char *line)
{
	struct conn_tls	 ct;
	int		 port = 0, tls = 0, i;
	const char	*usage = "usage: /connect [--mx] [--proxy URL] HOST "
	    "[PORT] [--tls] [--servername NAME] [--ca-file FILE] "
	    "[--insecure] [--timeout SECONDS]";

	(void)line;
	memset(&ct, 0, sizeof ct);
	/* --mx and --proxy URL may come before HOST. */
	while (argc > 0 && (strcmp(argv[0], "--mx") == 0 ||
	    strcmp(argv[0], "--proxy") == 0)) {
		if (strcmp(argv[0], "--mx") == 0)
			ct.mx = 1;
		else if (cmd_proxy_arg(app, argc > 1 ? argv[1] : NULL, &ct,
		    usage) == -1)
			return -1;
		else {
			argv++;
			argc--;
		}
		argv++;
		argc--;
	}
	if (argc == 0) {
		if (ct.mx)
			cmd_error(app, "--mx needs a domain; %s", usage);
		else
			cmd_error(app, "no HOST; %s", usage);
		return -1;
	}
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--tls") == 0)
			tls = 1;
		else if (strcmp(argv[i], "--timeout") == 0) {
			if (i + 1 == argc || cmd_number(argv[i + 1], 1, 3600,
			    &ct.timeout) == -1) {
				cmd_error(app, "--timeout needs seconds, 1 to "
				    "3600; %s", usage);
				return -1;
			}
			i++;
		}
		else if (strcmp(argv[i], "--insecure") == 0)
			ct.insecure = 1;
		else if (strcmp(argv[i], "--proxy") == 0) {
			if (cmd_proxy_arg(app, i + 1 < argc ? argv[i + 1] :
			    NULL, &ct, usage) == -1)
				return -1;
			i++;
		} else if (strcmp(argv[i], "--servername") == 0 ||
		    strcmp(argv[i], "--ca-file") == 0) {
			if (i + 1 == argc) {
				cmd_error(app, "%s needs a value; %s", argv[i],
				    usage);
				return -1;
			}
			if (strcmp(argv[i], "--servername") == 0) {
				if (!cmd_servername_ok(argv[i + 1])) {
					cmd_error(app, "bad --servername: it "
					    "must be a host name or address");
					return -1;
				}
				ct.servername = argv[++i];
			} else {
				if (access(argv[i + 1], R_OK) == -1) {
					cmd_error(app, "--ca-file %s: %s",
					    argv[i + 1], strerror(errno));
					return -1;
				}
				ct.ca_file = argv[++i];
			}
		} else if (port == 0 && cmd_number(argv[i], 1, 65535, &port) == 0)
			continue;
		else {
			cmd_error(app, "bad port or option '%s'; %s", argv[i],
			    usage);
			return -1;
		}
	}
	if (port == 0)
		port = tls ? 465 : 25;
	return cmd_connect_tls(app, argv[0], port, tls, &ct);
}

static int
cmd_close(struct app *app, int argc, char **argv, const char *line)
{
	(void)argc, (void)argv, (void)line;
	if (session_state(app->session) == SESSION_CLOSED) {
		cmd_event(app, "not connected");
		return 0;
	}
	app->pending.set = 0;
	cmd_end_session(app, CMD_CLOSE_WAIT_MS);
	return 0;
}

static int
cmd_starttls(struct app *app, int argc, char **argv, const char *line)
{
	char	 err[256];

	(void)argc, (void)argv, (void)line;
	if (session_starttls(app->session, err, sizeof err) == -1) {
		cmd_session_error(app, err);
		return -1;
	}
	return 0;
}

/* Read the secret for /auth: from the line, or from the front end. */
static int
cmd_auth(struct app *app, int argc, char **argv, const char *line)
{
	const char	*mech = argv[0], *user;
	struct buf	 secret;
	const struct caps *caps = session_caps(app->session);
	char		 prompt[300], err[512];
	int		 r = -1;

	(void)line;
	if (!sasl_supported(mech)) {
		struct buf	 known;
		size_t		 i;

		buf_init(&known, 256);
		for (i = 0; sasl_mechs[i] != NULL; i++)
			buf_printf(&known, "%s%s", i ? ", " : "", sasl_mechs[i]);
		cmd_error(app, "smtpx does not know the mechanism %s; it has "
		    "%s", mech, known.len ? known.data : "none");
		buf_free(&known);
		return -1;
	}
	if (session_state(app->session) == SESSION_CLOSED) {
		cmd_error(app, "not connected (use /connect HOST PORT)");
		return -1;
	}
	user = argc >= 2 ? argv[1] : app->opt->user;
	if (user == NULL) {
		cmd_error(app, "usage: /auth %s USER (or start smtpx with "
		    "--user)", mech);
		return -1;
	}
	if (caps != NULL && caps->n > 0 && !caps_has_mech(caps, mech))
		cmd_event(app, "the server did not offer %s; trying anyway",
		    mech);
	if (!session_tls_active(app->session)) {
		snprintf(prompt, sizeof prompt, "This connection is not "
		    "encrypted: send the credentials for %s in clear?", user);
		if (app->fe.confirm == NULL ||
		    !app->fe.confirm(app->fe.arg, prompt)) {
			cmd_error(app, "not sending credentials without TLS "
			    "(use /starttls first%s)", app->opt->batch ?
			    ", or --allow-plaintext-auth" : "");
			return -1;
		}
	}
	buf_init(&secret, 4096);
	if (argc == 3)
		buf_addstr(&secret, argv[2]);
	else {
		snprintf(prompt, sizeof prompt, "%s for %s: ",
		    strcasecmp(mech, "XOAUTH2") == 0 ? "token" : "password",
		    user);
		if (app->fe.secret == NULL ||
		    app->fe.secret(app->fe.arg, prompt, &secret) == -1) {
			cmd_error(app, "no secret given; /auth cancelled%s",
			    app->opt->batch ? " (use --password-file FILE)" :
			    "");
			goto done;
		}
	}
	if (session_auth(app->session, mech, user, secret.data ?
	    secret.data : "", err, sizeof err) == -1) {
		cmd_session_error(app, err);
		goto done;
	}
	r = 0;
done:
	buf_free(&secret);
	return r;
}

/*
 * Split s into words as a shell would for the simple cases: spaces
 * separate, "..." and '...' quote (a backslash escapes " and \ inside
 * double quotes). The words are written into store (as long as s).
 * Returns the count, -1 for an unmatched quote, -2 for too many words.
 */
static int
cmd_split_quoted(const char *s, char *store, char **argv, int max)
{
	int	 argc = 0;
	char	 q;

	for (;;) {
		s += strspn(s, " \t");
		if (*s == '\0')
			return argc;
		if (argc == max)
			return -2;
		argv[argc++] = store;
		while (*s && *s != ' ' && *s != '\t') {
			if (*s != '"' && *s != '\'') {
				*store++ = *s++;
				continue;
			}
			q = *s++;
			while (*s && *s != q) {
				if (q == '"' && *s == '\\' && (s[1] == '"' ||
				    s[1] == '\\'))
					s++;
				*store++ = *s++;
			}
			if (*s != q)
				return -1;
			s++;
		}
		*store++ = '\0';
	}
}

int
cmd_message_options(const struct options *o, struct msgbuild *mb, char *err,
    size_t errlen)
{
	char	 why[512];
	int	 i;

	/* Core's words name no option: the option is said here. */
	for (i = 0; i < o->nmsg_opts; i++)
		if ((o->msg_opts[i].attach ? msgbuild_attach(mb,
		    o->msg_opts[i].value, why, sizeof why) : msgbuild_header(mb,
		    o->msg_opts[i].value, why, sizeof why)) == -1) {
			snprintf(err, errlen, "%s: %s", o->msg_opts[i].attach ?
			    "--attach" : "--header", why);
			return -1;
		}
	if (o->msg_subject != NULL &&
	    msgbuild_subject(mb, o->msg_subject, why, sizeof why) == -1) {
		snprintf(err, errlen, "--subject: %s", why);
		return -1;
	}
	if (o->msg_body != NULL &&
	    msgbuild_body(mb, o->msg_body, why, sizeof why) == -1) {
		snprintf(err, errlen, "--body: %s", why);
		return -1;
	}
	return 0;
}

/* Show what /send is about to send, one event line each. */
static void
cmd_send_preview(struct app *app, const struct msgbuild *mb)
{
	struct buf	 b;

	buf_init(&b, 0);
	if (msgbuild_preview(mb, &b) == 0) {
		cmd_event(app, "the message to send:");
		cmd_lines(app, TR_EVENT, 0, b.data);
	}
	buf_free(&b);
}

static int
cmd_send(struct app *app, int argc, char **argv, const char *line)
{
	struct msgbuild_env	 env;
	struct msgbuild		*mb;
	const char		*to[CMD_MAXARGS], *opt, *v;
	char			 err[512], *store, *w[CMD_MAXARGS];
	size_t			 nto = 0;
	int			 i, n, r = -1;

	(void)argc, (void)argv;
	/* The words again, with quotes: a subject has spaces. */
	line += strspn(line, " \t");
	line += strcspn(line, " \t");
	store = xmalloc(strlen(line) + 1);
	if ((mb = msgbuild_new()) == NULL) {
		cmd_error(app, "out of memory");
		goto done;
	}
	if ((n = cmd_split_quoted(line, store, w, CMD_MAXARGS)) < 0) {
		cmd_error(app, "/send: %s", n == -1 ? "a quote is not closed" :
		    "too many words");
		goto done;
	}
	if (cmd_message_options(app->opt, mb, err, sizeof err) == -1) {
		cmd_error(app, "/send: %s", err);
		goto done;
	}
	for (i = 0; i < n; i++) {
		if (strncmp(w[i], "--", 2) != 0 || w[i][2] == '\0') {
			to[nto++] = w[i];
			continue;
		}
		/* --name VALUE or --name=VALUE */
		opt = w[i];
		if ((v = strchr(opt, '=')) != NULL)
			w[i][v++ - opt] = '\0';
		else if (i + 1 < n)
			v = w[++i];
		else {
			cmd_error(app, "/send: %s needs a value", opt);
			goto done;
		}
		if (strcmp(opt, "--header") == 0)
			r = msgbuild_header(mb, v, err, sizeof err);
		else if (strcmp(opt, "--subject") == 0)
			r = msgbuild_subject(mb, v, err, sizeof err);
		else if (strcmp(opt, "--body") == 0)
			r = msgbuild_body(mb, v, err, sizeof err);
		else if (strcmp(opt, "--attach") == 0)
			r = msgbuild_attach(mb, v, err, sizeof err);
		else {
			cmd_error(app, "/send: unknown option %s (--subject, "
			    "--header, --body, --attach)", opt);
			r = -1;
			goto done;
		}
		if (r == -1) {
			cmd_error(app, "/send %s: %s", opt, err);
			goto done;
		}
	}
	r = -1;
	if (nto < 2) {
		cmd_error(app, "usage: /send FROM TO [TO...] [--subject TEXT] "
		    "[--header \"NAME: VALUE\"] [--body TEXT|@FILE] "
		    "[--attach FILE]");
		goto done;
	}
	memset(&env, 0, sizeof env);
	session_msg_env(app->session, &env);
	env.from = to[0];
	env.to = to + 1;
	env.nto = nto - 1;
	if (msgbuild_finish(mb, &env, err, sizeof err) == -1) {
		cmd_error(app, "/send: %s", err);
		goto done;
	}
	if (session_state(app->session) == SESSION_CLOSED) {
		cmd_session_error(app, "not connected");
		goto done;
	}
	cmd_send_preview(app, mb);
	r = session_send_message(app->session, to[0], to + 1, nto - 1, mb,
	    err, sizeof err);
	mb = NULL;
	if (r == -1)
		cmd_session_error(app, err);
done:
	msgbuild_free(mb);
	free(store);
	return r;
}

static void	cmd_note_emit(void *, const struct note *);

/* Lint path as notes; with quiet, only the notes (before /data and
   /bdat, which say what they send). -1 when it cannot be read. */
static int
cmd_lint_file(struct app *app, const char *path, int quiet)
{
	const struct caps	*c = session_caps(app->session);
	struct msglint_caps	 mc;
	unsigned long long	 lines, bytes;
	char			 err[512];
	int			 n;

	memset(&mc, 0, sizeof mc);
	if (c != NULL) {
		mc.known = 1;
		mc.eightbitmime = caps_has(c, "8BITMIME");
		mc.smtputf8 = caps_has(c, "SMTPUTF8");
	}
	n = msglint_file(path, &mc, cmd_note_emit, app, &lines, &bytes, err,
	    sizeof err);
	if (n == -1) {
		if (!quiet)
			cmd_error(app, "/lint %s", err);
		return -1;
	}
	if (!quiet)
		cmd_event(app, "lint %s: %llu line%s, %llu byte%s, %d note%s",
		    path, lines, lines == 1 ? "" : "s", bytes, bytes == 1 ?
		    "" : "s", n, n == 1 ? "" : "s");
	return 0;
}

static int
cmd_lint(struct app *app, int argc, char **argv, const char *line)
{
	(void)argc, (void)line;
	return cmd_lint_file(app, argv[0], 0);
}

static int
cmd_data(struct app *app, int argc, char **argv, const char *line)
{
	char	 err[512];

	(void)argc, (void)line;
	(void)cmd_lint_file(app, argv[0], 1);
	if (session_data_file(app->session, argv[0], err, sizeof err) == -1) {
		cmd_session_error(app, err);
		return -1;
	}
	return 0;
}

#define CMD_BDAT_CHUNK	(1024 * 1024)

static int
cmd_bdat(struct app *app, int argc, char **argv, const char *line)
{
	char		 err[512], *end;
	unsigned long long chunk = CMD_BDAT_CHUNK;

	(void)line;
	if (argc == 2) {
		errno = 0;
		chunk = strtoull(argv[1], &end, 10);
		if (argv[1][0] < '0' || argv[1][0] > '9' || *end != '\0' ||
		    errno != 0 || chunk == 0 || chunk > SIZE_MAX / 2) {
			cmd_error(app, "usage: /bdat FILE [CHUNK]: CHUNK is "
			    "a number of bytes, at least 1");
			return -1;
		}
	}
	(void)cmd_lint_file(app, argv[0], 1);
	if (session_bdat_file(app->session, argv[0], (size_t)chunk, err,
	    sizeof err) == -1) {
		cmd_session_error(app, err);
		return -1;
	}
	return 0;
}

static int
cmd_pipeline(struct app *app, int argc, char **argv, const char *line)
{
	char	 err[512];
	size_t	 n = app->pipe.n;
	int	 data;

	(void)line;
	if (argc == 0) {
		if (app->pipe.on) {
			cmd_error(app, "a group is already open (%zu line%s); "
			    "/pipeline end sends it", n, n == 1 ? "" : "s");
			return -1;
		}
		app->pipe.on = 1;
		cmd_event(app, "pipelined group begun: type its commands, then "
		    "/pipeline end sends them in one write");
		return 0;
	}
	if (strcasecmp(argv[0], "end") != 0 &&
	    strcasecmp(argv[0], "cancel") != 0) {
		cmd_error(app, "usage: /pipeline [end|cancel]");
		return -1;
	}
	if (!app->pipe.on) {
		cmd_error(app, "no group is open; /pipeline starts one");
		return -1;
	}
	if (strcasecmp(argv[0], "cancel") == 0) {
		cmd_pipe_drop(app);
		cmd_event(app, "group dropped: %zu line%s not sent", n,
		    n == 1 ? "" : "s");
		return 0;
	}
	data = n > 0 && strncasecmp(app->pipe.held[n - 1] +
	    strspn(app->pipe.held[n - 1], " \t"), "DATA", 4) == 0;
	if (session_pipeline(app->session, (const char *const *)
	    app->pipe.held, n, err, sizeof err) == -1) {
		cmd_pipe_drop(app);
		cmd_session_error(app, err);
		return -1;
	}
	cmd_pipe_drop(app);
	app->pipe.sent_data = data;
	cmd_queued(app);
	return 0;
}

static void
cmd_note_emit(void *arg, const struct note *nt)
{
	struct app	*app = arg;
	struct buf	 b;

	/* Kept as an id, rendered where it is shown (render.c). */
	buf_init(&b, 0);
	if (notes_serialise(nt, &b) == 0)
		session_log_text(app->session, TR_NOTE, 0, b.data, b.len);
	buf_free(&b);
}

static int
cmd_explain(struct app *app, int argc, char **argv, const char *line)
{
	const char	*q;

	(void)argc, (void)argv;
	/* Everything after the command: a code, or a reply pasted from a
	   bounce ("550 5.7.1 Relay access denied"). */
	q = line + strcspn(line, " \t");
	q += strspn(q, " \t");
	cmd_event(app, "explain %s", q);
	return notes_explain(q, cmd_note_emit, app) == 0 ? 0 : -1;
}

static int
cmd_caps(struct app *app, int argc, char **argv, const char *line)
{
	const struct caps	*c = session_caps(app->session);
	size_t			 i, name;

	(void)argc, (void)argv, (void)line;
	if (c == NULL) {
		cmd_event(app, "no capabilities known: send EHLO%s",
		    session_tls_active(app->session) ? " again after STARTTLS" :
		    " first");
		return 0;
	}
	/* The first line is "name greeting words": only the name is the
	   server's, the rest would make "x greets me offers 5". */
	name = strcspn(c->domain, " \t");
	if (name > 0)
		cmd_event(app, P_("%.*s offers %zu extension:",
		    "%.*s offers %zu extensions:", c->n), (int)name,
		    c->domain, c->n);
	else
		cmd_event(app, P_("the server offers %zu extension:",
		    "the server offers %zu extensions:", c->n), c->n);
	for (i = 0; i < c->n; i++)
		cmd_event(app, "  %s%s%s", c->v[i].keyword,
		    c->v[i].params[0] ? " " : "", c->v[i].params);
	if (c->size_given)
		cmd_event(app, "  message size limit: %llu bytes (%.1f MiB)",
		    (unsigned long long)c->size, c->size / 1048576.0);
	return 0;
}

/*
 * Open a file the user named, for /save and /cert save: util_open_new
 * expands ~, creates it 0600 and never follows a link. An existing file
 * is replaced only with --force or, on the screen, when the user says y.
 * Returns the descriptor (full holds the expanded name), -1 after an
 * error was shown, -2 when the user said no.
 */
static int
cmd_open_out(struct app *app, const char *cmd, const char *file, int force,
    char *full, size_t fullsz)
{
	char	 err[512], q[600];
	int	 fd;

	if (util_expand_path(file, full, fullsz, err, sizeof err) == -1) {
		cmd_error(app, "%s: %s", cmd, err);
		return -1;
	}
	fd = util_open_new(file, force, err, sizeof err);
	if (fd == -1 && errno == EEXIST) {
		/* The screen asks; the line mode never overwrites unasked. */
		if (app->opt->batch || app->fe.confirm == NULL) {
			cmd_error(app, "%s: %s; %s --force %s replaces it",
			    cmd, err, cmd, file);
			return -1;
		}
		snprintf(q, sizeof q, "%.500s exists. Overwrite it?", full);
		if (!app->fe.confirm(app->fe.arg, q)) {
			cmd_event(app, "not saved; %s left as it was", full);
			return -2;
		}
		fd = util_open_new(file, 1, err, sizeof err);
	}
	if (fd == -1)
		cmd_error(app, "%s: %s", cmd, err);
	return fd;
}

/* Finish a file from cmd_open_out; r is how the writing went (0 or -1
   with errno). Returns 0, or -1 after the error was shown. */
static int
cmd_close_out(struct app *app, const char *cmd, const char *full, int fd,
    int r)
{
	if (r == 0 && fsync(fd) == -1)
		r = -1;
	if (r == -1) {
		cmd_error(app, "%s: %s: %s", cmd, full, strerror(errno));
		close(fd);
		return -1;
	}
	if (close(fd) == -1) {
		cmd_error(app, "%s: %s: %s", cmd, full, strerror(errno));
		return -1;
	}
	return 0;
}

/* /cert save [--force] FILE: the chain as PEM, opened as /save opens. */
static int
cmd_cert_save(struct app *app, const char *path, int force)
{
	const char	*pem;
	char		 full[4096];
	size_t		 len;
	int		 fd;

	if ((pem = session_cert_pem(app->session, &len)) == NULL) {
		cmd_error(app, "/cert save: no certificate to save (connect "
		    "with TLS first)");
		return -1;
	}
	if ((fd = cmd_open_out(app, "/cert save", path, force, full,
	    sizeof full)) < 0)
		return fd == -2 ? 0 : -1;
	if (cmd_close_out(app, "/cert save", full, fd,
	    util_write_all(fd, pem, len)) == -1)
		return -1;
	cmd_event(app, "certificate chain saved to %s (PEM)", full);
	return 0;
}

static int
cmd_cert(struct app *app, int argc, char **argv, const char *line)
{
	const struct tls_info	*ti = session_tls_info(app->session);
	const struct tls_info	*ci = session_cert_info(app->session);
	struct buf		 out;

	(void)line;
	if (argc > 0) {
		if (argc < 2 || strcasecmp(argv[0], "save") != 0 ||
		    (argc == 3 && strcmp(argv[1], "--force") != 0)) {
			cmd_error(app, "usage: /cert [save [--force] FILE]");
			return -1;
		}
		return cmd_cert_save(app, argv[argc - 1], argc == 3);
	}
	if (ci == NULL) {
		cmd_event(app, "no certificate yet: the server has not sent one "
		    "on this connection (/starttls, or connect with --tls)");
		return 0;
	}
	if (ti != NULL)
		cmd_event(app, "TLS: %s, cipher %s", ti->version, ti->cipher);
	else
		cmd_event(app, "no TLS session now; the certificate %s sent "
		    "last:", session_host(app->session));
	if (ci->verified)
		cmd_event(app, "verified: chain and name %s are good",
		    ci->checked);
	else {
		cmd_error(app, "NOT verified: %s", ci->verify_error);
		tls_advice(ci, cmd_note_emit, app);
	}
	buf_init(&out, 1024 * 1024);
	if (session_tls_chain(app->session, &out) == 0 && out.len)
		cmd_lines(app, TR_EVENT, 0, out.data);
	buf_free(&out);
	return 0;
}

/* The session's findings, one line each, in words (render.c); with
   their connection when they come from more than one. */
static void
cmd_status_findings(struct app *app)
{
	const struct finding	*f;
	struct buf		 b;
	size_t			 n, i;
	int			 many = 0;

	f = session_findings(app->session, &n);
	if (n == 0) {
		cmd_event(app, "findings: none");
		return;
	}
	cmd_event(app, "findings:");
	for (i = 1; i < n; i++)
		if (f[i].conn != f[0].conn)
			many = 1;
	buf_init(&b, 0);
	for (i = 0; i < n; i++) {
		buf_reset(&b);
		if (render_finding(&f[i], &b) == -1 || b.len == 0)
			continue;
		if (many)
			cmd_event(app, "  %s port %d (connection %d): %.*s",
			    f[i].host, f[i].port, f[i].conn, (int)b.len,
			    b.data);
		else
			cmd_event(app, "  %.*s", (int)b.len, b.data);
	}
	buf_free(&b);
}

static int
cmd_status(struct app *app, int argc, char **argv, const char *line)
{
	struct session		*s = app->session;
	const struct tls_info	*ti = session_tls_info(s);

	(void)argc, (void)argv, (void)line;
	if (session_state(s) == SESSION_CLOSED) {
		cmd_event(app, "not connected; next: %s",
		    render_hint(session_hint(s)));
		cmd_status_findings(app);
		return 0;
	}
	cmd_event(app, "%s port %d: %s", session_host(s), session_port(s),
	    session_state_name(session_state(s)));
	if (ti != NULL)
		cmd_event(app, "TLS %s (%s)%s", ti->version, ti->cipher,
		    ti->verified ? ", verified" : ", NOT verified");
	else
		cmd_event(app, "no TLS: everything is sent in clear");
	if (session_auth_user(s) != NULL)
		cmd_event(app, "authenticated as %s", session_auth_user(s));
	else
		cmd_event(app, "not authenticated");
	cmd_event(app, "next: %s", render_hint(session_hint(s)));
	cmd_status_findings(app);
	return 0;
}

/* Join the arguments back as typed (one space each), then \0 -> NUL. */
static size_t
cmd_unescape(int argc, char **argv, char *out)
{
	size_t	 n = 0;
	int	 i;
	char	*p;

	for (i = 0; i < argc; i++) {
		if (i)
			out[n++] = ' ';
		for (p = argv[i]; *p; p++) {
			if (p[0] == '\\' && p[1] == '0') {
				out[n++] = '\0';
				p++;
			} else
				out[n++] = *p;
		}
	}
	return n;
}

static int
cmd_b64(struct app *app, int argc, char **argv, const char *line)
{
	struct buf	 out;
	char		*raw = xmalloc(strlen(line) + 1);
	size_t		 n = cmd_unescape(argc, argv, raw);

	buf_init(&out, 0);
	buf_addstr(&out, "base64: ");
	b64_encode(raw, n, &out);
	session_log_text(app->session, TR_EVENT, TR_F_NOSAVE, out.data,
	    out.len);
	OPENSSL_cleanse(raw, n);
	free(raw);
	buf_free(&out);
	return 0;
}

static int
cmd_unb64(struct app *app, int argc, char **argv, const char *line)
{
	struct buf	 out;
	size_t		 i;
	int		 r = 0;

	(void)argc, (void)line;
	buf_init(&out, 65536);
	if (b64_decode(argv[0], strlen(argv[0]), &out) == -1) {
		cmd_error(app, "not valid base64");
		r = -1;
	} else {
		/* NULs (as in PLAIN) shown as \0 rather than cutting. */
		struct buf shown;
		buf_init(&shown, 0);
		buf_addstr(&shown, "decoded: ");
		for (i = 0; i < out.len; i++)
			if (out.data[i] == '\0')
				buf_addstr(&shown, "\\0");
			else
				buf_addch(&shown, out.data[i]);
		session_log_text(app->session, TR_EVENT, TR_F_NOSAVE,
		    shown.data, shown.len);
		buf_free(&shown);
	}
	buf_free(&out);
	return r;
}

/* The lines a saved transcript starts with: what made it, when, and the
   connection it records (host, port, TLS and its verification), in the
   language of the notes that follow (i18n_save_begin). */
static void
cmd_save_header(struct app *app, struct buf *out)
{
	struct session		*s = app->session;
	const struct tls_info	*ti = session_tls_info(s);
	const char		*host = session_host(s);
	struct buf		 safe;
	struct tm		 tm;
	time_t			 now = time(NULL);
	char			 when[64];

	localtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S %z", &tm);
	buf_init(&safe, 0);
	buf_printf(out, "# ");
	buf_printf(out, _("smtpx %s transcript, saved %s"), SMTPX_VERSION,
	    when);
	buf_addstr(out, "\n# ");
	if (host != NULL) {
		(void)sanitize_text(host, strlen(host), &safe);
		buf_addch(&safe, '\0');
		buf_printf(out, session_state(s) == SESSION_CLOSED ?
		    _("server: %s port %d (closed when saved)") :
		    _("server: %s port %d"), safe.data, session_port(s));
	} else
		buf_addstr(out, _("server: none (never connected)"));
	buf_addstr(out, "\n# ");
	if (ti == NULL && host != NULL && session_state(s) == SESSION_CLOSED)
		/* Closing forgets the TLS state; the transcript keeps it. */
		buf_addstr(out, _("TLS: not known (closed when saved; see "
		    "the transcript)"));
	else if (ti == NULL)
		buf_addstr(out, _("TLS: none"));
	else if (ti->verified)
		buf_printf(out, _("TLS: %s, certificate verified"),
		    ti->version);
	else {
		buf_reset(&safe);
		(void)sanitize_text(ti->verify_error,
		    strlen(ti->verify_error), &safe);
		buf_addch(&safe, '\0');
		buf_printf(out, _("TLS: %s, certificate NOT verified: %s"),
		    ti->version, safe.data);
	}
	buf_addch(out, '\n');
	buf_free(&safe);
}

static int
cmd_save(struct app *app, int argc, char **argv, const char *line)
{
	struct buf	 head;
	const char	*file = argv[argc - 1];
	char		 full[4096];
	size_t		 dropped;
	int		 force = 0, fd, r;

	(void)line;
	if (argc == 2 && strcmp(argv[0], "--force") == 0)
		force = 1;
	else if (argc == 2) {
		cmd_error(app, "usage: /save [--force] FILE");
		return -1;
	}
	if ((fd = cmd_open_out(app, "/save", file, force, full,
	    sizeof full)) < 0)
		return fd == -2 ? 0 : -1;
	buf_init(&head, 0);
	i18n_save_begin();
	cmd_save_header(app, &head);
	r = util_write_all(fd, head.data, head.len);
	buf_free(&head);
	if (r == 0)
		r = transcript_write(session_transcript(app->session), fd,
		    app->notes, app->opt->timestamps ? TR_TIME_FULL :
		    TR_TIME_NONE, render_entry_cb, NULL);
	i18n_save_end();
	if (cmd_close_out(app, "/save", full, fd, r) == -1)
		return -1;
	dropped = transcript_dropped(session_transcript(app->session));
	if (dropped > 0)
		cmd_event(app, "transcript saved to %s; the oldest %zu lines "
		    "were dropped before (--max-transcript) and are not in "
		    "it", full, dropped);
	else
		cmd_event(app, "transcript saved to %s", full);
	return 0;
}

/* The command line's TLS choices, which a rerun of the session needs. */
static const struct export_tls *
cmd_export_tls(struct app *app, struct export_tls *tls)
{
	tls->ca_file = app->opt->ca_file;
	tls->servername = app->opt->servername;
	tls->insecure = app->opt->insecure;
	return tls;
}

/*
 * /reproduce swaks|curl|openssl [[--force] FILE]: the command that
 * reruns the session, shown (the sanitiser shows a backslash doubled)
 * or written as it is to FILE, opened as /save opens.
 */
static int
cmd_reproduce(struct app *app, int argc, char **argv, const char *line)
{
	struct export_tls	 tls;
	struct buf		 out;
	const char		*file = argc > 1 ? argv[argc - 1] : NULL;
	char			 full[4096];
	int			 fd, r;

	(void)line;
	if (app->export == NULL) {
		cmd_error(app, "/reproduce: out of memory");
		return -1;
	}
	buf_init(&out, 0);
	if ((argc == 3 && strcmp(argv[1], "--force") != 0) ||
	    export_reproduce(app->export, app->session, argv[0],
	    cmd_export_tls(app, &tls), &out) == -1) {
		buf_free(&out);
		cmd_error(app, "usage: /reproduce swaks|curl|openssl "
		    "[[--force] FILE]");
		return -1;
	}
	if (file != NULL) {
		if ((fd = cmd_open_out(app, "/reproduce", file, argc == 3,
		    full, sizeof full)) < 0) {
			buf_free(&out);
			return fd == -2 ? 0 : -1;
		}
		r = util_write_all(fd, out.data, out.len);
		buf_free(&out);
		if (cmd_close_out(app, "/reproduce", full, fd, r) == -1)
			return -1;
		cmd_event(app, "the %s command is in %s; run it with "
		    "PASSWORD_FILE=FILE sh %s", argv[0], full, full);
		return 0;
	}
	cmd_event(app, "to rerun this session with %s (the password is read "
	    "from the file $PASSWORD_FILE names; /reproduce %s FILE writes "
	    "it without the doubled backslashes shown here):", argv[0],
	    argv[0]);
	buf_addch(&out, '\0');
	cmd_lines(app, TR_EVENT, 0, out.data);
	buf_free(&out);
	return 0;
}

/* /compare A B: the two side by side where the front end can show them
   (the screen), else the comparison (compare.c) as events; a file that
   is not a JSON export is an error naming its line. */
static int
cmd_compare(struct app *app, int argc, char **argv, const char *line)
{
	struct replay	*r[2] = { NULL, NULL };
	struct buf	 out;
	char		 full[2][4096], err[512];
	long		 diff;
	int		 i;

	(void)argc;
	(void)line;
	for (i = 0; i < 2; i++)
		if (util_expand_path(argv[i], full[i], sizeof full[i], err,
		    sizeof err) == -1 || (r[i] = replay_load(full[i], err,
		    sizeof err)) == NULL) {
			cmd_error(app, "/compare: %s", err);
			replay_free(r[0]);
			return -1;
		}
	buf_init(&out, 0);
	diff = compare_write(r[0], full[0], r[1], full[1], 0, &out);
	if (diff == -1 || buf_addch(&out, '\0') == -1)
		cmd_error(app, "/compare: out of memory");
	else if (app->fe.compare != NULL) {
		cmd_event(app, "%s and %s compared: %ld difference%s, shown "
		    "side by side", full[0], full[1], diff, diff == 1 ? "" :
		    "s");
		app->fe.compare(app->fe.arg, r[0], full[0], r[1], full[1]);
		r[0] = r[1] = NULL;
	} else {
		cmd_event(app, "%s and %s compared:", full[0], full[1]);
		cmd_lines(app, TR_EVENT, 0, out.data);
	}
	buf_free(&out);
	replay_free(r[0]);
	replay_free(r[1]);
	return diff == -1 ? -1 : 0;
}

/* /export [--force] FILE: the format by the file's extension. */
static int
cmd_export(struct app *app, int argc, char **argv, const char *line)
{
	struct export_tls	 tls;
	struct buf		 out;
	enum export_format	 fmt;
	const char		*file = argv[argc - 1];
	char			 full[4096];
	int			 force = 0, fd, r;

	if (argc == 2 && strcmp(argv[0], "--force") == 0)
		force = 1;
	else if (argc == 2) {
		cmd_error(app, "usage: /export [--force] FILE");
		return -1;
	}
	if (export_format_of_file(file, &fmt) == -1) {
		cmd_error(app, "/export: %s: name it .md (Markdown), .json "
		    "(JSON Lines) or .txt (as /save)", file);
		return -1;
	}
	if (fmt == EXPORT_TEXT)
		return cmd_save(app, argc, argv, line);
	if (app->export == NULL) {
		cmd_error(app, "/export: out of memory");
		return -1;
	}
	buf_init(&out, 0);
	i18n_save_begin();
	r = export_write(app->export, app->session, fmt, app->notes, -1,
	    cmd_export_tls(app, &tls), &out);
	i18n_save_end();
	if (r == -1) {
		buf_free(&out);
		cmd_error(app, "/export: out of memory");
		return -1;
	}
	if ((fd = cmd_open_out(app, "/export", file, force, full,
	    sizeof full)) < 0) {
		buf_free(&out);
		return fd == -2 ? 0 : -1;
	}
	r = util_write_all(fd, out.data, out.len);
	buf_free(&out);
	if (cmd_close_out(app, "/export", full, fd, r) == -1)
		return -1;
	cmd_event(app, "session exported to %s (%s)", full,
	    fmt == EXPORT_MD ? "Markdown" : "JSON Lines");
	return 0;
}

static int
cmd_theme(struct app *app, int argc, char **argv, const char *line)
{
	char	 err[512];

	(void)argc, (void)line;
	if (app->fe.theme == NULL) {
		cmd_event(app, "themes colour the screen; the line mode has "
		    "none");
		return 0;
	}
	if (app->fe.theme(app->fe.arg, argv[0], err, sizeof err) == -1) {
		cmd_error(app, "/theme: %s", err);
		return -1;
	}
	cmd_event(app, "theme %s is now active", argv[0]);
	return 0;
}

static int
cmd_notes(struct app *app, int argc, char **argv, const char *line)
{
	(void)argc, (void)line;
	if (strcasecmp(argv[0], "on") == 0)
		app->notes = 1;
	else if (strcasecmp(argv[0], "off") == 0)
		app->notes = 0;
	else {
		cmd_error(app, "usage: /notes on|off");
		return -1;
	}
	session_set_notes(app->session, app->notes);
	cmd_event(app, "notes %s", app->notes ? "on" : "off");
	return 0;
}

/* /lang: the screen draws notes from their ids, so the next draw says
   them in the new language; /save and /export follow unless --lang
   chose theirs. */
static int
cmd_lang(struct app *app, int argc, char **argv, const char *line)
{
	const char	*now;

	(void)line;
	if (argc == 1 && i18n_set(argv[0]) == -1) {
		cmd_error(app, "usage: /lang [ja|en]");
		return -1;
	}
	now = i18n_current();
	cmd_event(app, "language: %s", now != NULL ? now :
	    _("the locale's"));
	if (argc == 1 && app->fe.lang != NULL)
		app->fe.lang(app->fe.arg);
	return 0;
}

static int
cmd_lab(struct app *app, int argc, char **argv, const char *line)
{
	struct buf	 out;
	size_t		 n;
	int		 p;

	(void)line;
	if (app->lab == NULL && app->opt->lab_at != NULL) {
		if (argc > 0) {
			cmd_error(app, "the lab is the teacher's, at %s: its "
			    "inbox and its OP25B switch are on the teacher's "
			    "side", app->opt->lab_at);
			return -1;
		}
		for (p = 0; p < LAB_NPERSONALITIES; p++)
			cmd_event(app, "lab port %d (%s) is the teacher's lab "
			    "at %s:%d", cmd_lab_nominal(p), cmd_lab_pdesc(p),
			    app->opt->lab_at, CMD_LAB_BASE + cmd_lab_nominal(p));
		return 0;
	}
	if (app->lab == NULL) {
		cmd_error(app, "the lab is not running; start smtpx with --lab");
		return -1;
	}
	if (argc == 0) {
		for (p = 0; p < LAB_NPERSONALITIES; p++)
			cmd_event(app, "lab port %d (%s) is 127.0.0.1:%d%s",
			    cmd_lab_nominal(p), cmd_lab_pdesc(p),
			    lab_port(app->lab, p), p == LAB_RELAY &&
			    lab_op25b(app->lab) ? ", blocked (OP25B)" : "");
		cmd_event(app, "lab OP25B is %s", lab_op25b(app->lab) ?
		    "on: port 25 accepts no new connection" : "off");
		return 0;
	}
	if (strcasecmp(argv[0], "op25b") == 0 && argc == 2 &&
	    (strcasecmp(argv[1], "on") == 0 ||
	    strcasecmp(argv[1], "off") == 0)) {
		lab_set_op25b(app->lab, strcasecmp(argv[1], "on") == 0);
		cmd_event(app, "lab OP25B is %s", lab_op25b(app->lab) ?
		    "on: port 25 accepts no new connection (a connect times "
		    "out, as behind an ISP that blocks port 25); 587 and 465 "
		    "work" : "off: port 25 answers again");
		return 0;
	}
	if (strcasecmp(argv[0], "inbox") != 0 || argc != 1) {
		cmd_error(app, "usage: /lab [inbox | op25b on|off]");
		return -1;
	}
	buf_init(&out, 0);
	n = lab_inbox(app->lab, &out);
	cmd_event(app, P_("lab inbox: %zu message", "lab inbox: %zu messages",
	    n), n);
	if (out.len)
		cmd_lines(app, TR_EVENT, 0, out.data);
	buf_free(&out);
	return 0;
}

static int
cmd_probe(struct app *app, int argc, char **argv, const char *line)
{
	char	 err[512];

	(void)line;
	if (app->opt->batch) {
		cmd_error(app, "/probe works on the screen; the line mode has "
		    "smtpx --probe TARGET");
		return -1;
	}
	if (probe_cmd(app, argc, argv, err, sizeof err) == -1) {
		cmd_error(app, "%s", err);
		return -1;
	}
	return 0;
}

static int
cmd_lesson(struct app *app, int argc, char **argv, const char *line)
{
	char	 err[512];

	(void)line;
	if (app->fe.lesson == NULL) {
		cmd_error(app, "/lesson works on the screen, not in the line "
		    "mode");
		return -1;
	}
	if (app->fe.lesson(app->fe.arg, argc, argv, err, sizeof err) == -1) {
		cmd_error(app, "%s", err);
		return -1;
	}
	return 0;
}

static int
cmd_help_fn(struct app *app, int argc, char **argv, const char *line)
{
	struct buf	 out;

	(void)line;
	if (app->fe.help != NULL) {
		app->fe.help(app->fe.arg, argc ? argv[0] : NULL);
		return 0;
	}
	buf_init(&out, 0);
	cmd_help(argc ? argv[0] : NULL, &out);
	cmd_lines(app, TR_EVENT, 0, out.data);
	buf_free(&out);
	return 0;
}

static int
cmd_quit(struct app *app, int argc, char **argv, const char *line)
{
	(void)argc, (void)argv, (void)line;
	if (app->fe.quit != NULL)
		app->fe.quit(app->fe.arg);
	return 0;
}
