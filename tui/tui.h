/*
 * The program side of smtpx: options, the command layer shared by both
 * front ends, the line mode (batch.c) and the curses screen (screen.c).
 * Front ends own the terminal, the poll loop and exit; core/ only reports.
 * The command layer (cmd.c) turns a typed line into session calls and asks
 * the front end, through struct frontend, for what only it can do: read a
 * secret, ask a yes/no question, switch theme, quit.
 */
#ifndef SMTPX_TUI_H
#define SMTPX_TUI_H

#include <stddef.h>

struct buf;
struct export;
struct lab;
struct replay;
struct session;

/* Exit status (DESIGN.md). */
#define EXIT_ALLOK	0	/* every reply 2xx or 3xx */
#define EXIT_REFUSED	1	/* some reply 4xx or 5xx */
#define EXIT_USAGE	2	/* bad option or bad input */
#define EXIT_CONNECT	3	/* connection or TLS failed */

#define MAX_TRANSCRIPT_DEFAULT	((size_t)256 * 1024 * 1024)

struct options {
	const char	*host;
	int		 port;		/* 0 = default for the mode */
	int		 tls;		/* implicit TLS */
	const char	*ca_file;
	const char	*servername;	/* SNI and verification name */
	int		 insecure;
	int		 timeout;	/* seconds */
	const char	*ehlo;
	const char	*user;
	const char	*password_file;
	int		 allow_plaintext_auth;
	int		 batch;
	const char	*script;
	int		 lab;
	int		 lab_serve;
	const char	*listen;
	int		 lab_op25b;
	const char	*lab_at;	/* --lab-at HOST: the teacher's lab */
	int		 port_base;	/* --lab-serve: N+25, N+587, N+465 */
	const char	*lab_ca;	/* --lab-serve: where the CA goes */
	int		 limit_conns;	/* per client address, at once */
	int		 limit_rate;	/* new connections a minute */
	int		 limit_msgs;	/* messages a minute */
	size_t		 limit_memory;	/* in flight, all connections */
	const char	*allow[32];	/* --allow CIDR */
	int		 nallow;
	const char	*theme;
	int		 notes;
	int		 timestamps;
	int		 stop_on_error;	/* line mode: QUIT at the first 4xx/5xx */
	size_t		 max_transcript; /* bytes of transcript kept */
	const char	*debug;		/* --debug FILE, or NULL */
	const char	*lesson;	/* --lesson NAME, or NULL */
	int		 format;	/* line mode: enum export_format */
	const char	*replay;	/* --replay FILE, or NULL */
	const char	*compare[2];	/* --compare A B, or NULLs */
	int		 mx;		/* --mx: host is a mail domain */
	const char	*dns_server;	/* --dns-server ADDR[:PORT] */
	const char	*proxy;		/* --proxy socks5://..., or NULL */
	const char	*proxy_password_file;
	int		 probe;		/* --probe: host is the target */
	int		 probe_ports[3][2]; /* --ports 25=N,...: {25, N} */
	/* /send's message: --header and --attach in order, --subject,
	   --body (core/msgbuild.h; cmd_message_options applies them). */
#define MSG_OPTS_MAX	64
	struct {
		const char	*value;
		int		 attach;
	}		 msg_opts[MSG_OPTS_MAX];
	int		 nmsg_opts;
	const char	*msg_subject;
	const char	*msg_body;
};

/* What the command layer needs from a front end. */
struct frontend {
	void	*arg;
	/* Read a secret for prompt into out (never echoed, never kept in
	   history). Returns 0, or -1 when none can be had. */
	int	(*secret)(void *arg, const char *prompt, struct buf *out);
	/* Ask a yes/no question; 1 for yes. */
	int	(*confirm)(void *arg, const char *question);
	/* /theme NAME: 0, or -1 with err set. NULL where themes mean
	   nothing (line mode). */
	int	(*theme)(void *arg, const char *name, char *err, size_t errlen);
	/* /help in a front end that shows it its own way; NULL to have it
	   written to the transcript. */
	void	(*help)(void *arg, const char *topic);
	/* /lesson [NAME|next|back|restart|stop]: argc words in argv.
	   0, or -1 with err set. NULL where lessons mean nothing. */
	int	(*lesson)(void *arg, int argc, char **argv, char *err,
		    size_t errlen);
	/* /compare: show a and b side by side; the front end owns them
	   after the call. NULL to have the comparison written to the
	   transcript. */
	void	(*compare)(void *arg, struct replay *a, const char *an,
		    struct replay *b, const char *bn);
	/* /lang changed the language: show again in it what the front end
	   keeps (a running lesson's texts). NULL when nothing needs it. */
	void	(*lang)(void *arg);
	/* /quit: the front end decides (it may ask first). */
	void	(*quit)(void *arg);
};

/* A /connect waiting for the open session to close. */
struct cmd_pending {
	int		 set;
	int		 port, tls, insecure, timeout, mx;
	char		 host[256];
	char		 proxy[600];	/* /connect --proxy URL, or "" */
	char		 servername[256];
	char		 ca_file[1024];
};

/* /pipeline: the group being typed (cmd.c). */
struct cmd_pipe {
	int		 on;
	char		**held;
	size_t		 n;
	int		 sent_data;	/* the group sent ended with DATA */
};

/* The state a command runs against. */
struct app {
	struct options		*opt;
	struct session		*session;
	struct lab		*lab;		/* NULL unless --lab */
	struct frontend		 fe;
	int			 notes;
	int			 usage_errors;	/* bad lines typed (exit 2) */
	struct cmd_pending	 pending;
	struct cmd_pipe		 pipe;
	struct export		*export;	/* timings for /export (the
						   front end frees it) */
	/* c-ares (core/dns.h): --dns-server's, for every name; else made
	   for --mx and used by those connections only. main frees them. */
	struct resolver		*dns;
	struct resolver		*mx_dns;
};

/* Options (main.c). */
int	options_parse(struct options *, int argc, char **argv);
/* The session configuration both front ends use (config.c); name is
   where this host's name goes, the default EHLO/HELO name. */
struct session_config;
void	config_session(const struct options *, struct session_config *,
	    char *name, size_t namelen);
/* --debug FILE: create it anew (0600, never through a symbolic link)
   and send the session's debug trace there, each line with a monotonic
   time stamp. Returns 0, or -1 with err. */
int	config_debug_open(const char *path, char *err, size_t errlen);
void	config_debug_close(void);
/* --proxy URL with the password from pwfile (when URL has a user) into
   c; 0, or -1 with err. config_proxy_init does it for the command line
   (config_session then hands it on); config_proxy_free wipes it. */
struct socks_config;
/* Only parse URL (config_proxy_parse), for a check as it is typed. */
int	config_proxy_parse(const char *url, struct socks_config *c,
	    char *err, size_t errlen);
int	config_proxy(const char *url, const char *pwfile,
	    struct socks_config *c, char *err, size_t errlen);
int	config_proxy_init(const struct options *, char *err, size_t errlen);
void	config_proxy_free(void);

/* The command line's --header, --subject, --body and --attach, added to
   mb (cmd.c, which /send and the fuzzer link); 0, or -1 with err. */
struct msgbuild;
int	cmd_message_options(const struct options *, struct msgbuild *,
	    char *err, size_t errlen);
/* Run one typed line: a /command, or an SMTP line for the session.
   Errors are written to the transcript; returns 0, or -1 for a line that
   was refused as bad input. */
int	cmd_exec(struct app *, const char *line);
/* /pipeline: free an open group's lines (nothing is sent); 1 once after
   a group that ended with DATA was sent (the line mode then knows the
   lines after it are the message, or are skipped if DATA is refused). */
void	cmd_pipe_drop(struct app *);
int	cmd_pipe_sent_data(struct app *);
/* QUIT and close when the reply comes or wait_ms passes (at once inside
   a message, saying the message is dropped); 1 while the reply to QUIT
   is awaited. */
int	cmd_end_session(struct app *, int wait_ms);
/* Front ends call this after each session_progress: it runs a /connect
   that waited for the open session to close. */
void	cmd_tick(struct app *);
/* The /commands, for completion and help: NULL-terminated names with
   their leading '/'. */
extern const char *const cmd_names[];
/* Help text: all commands, or one topic. Lines end in "\n". */
void	cmd_help(const char *topic, struct buf *out);
/* TLS choices /connect makes for one connection, over the command
   line's (NULL: keep the command line's). */
struct conn_tls {
	const char	*ca_file;
	const char	*servername;
	int		 insecure;
	int		 timeout;	/* seconds, 0 for --timeout's */
	int		 mx;		/* host is a domain: its MX hosts */
	const char	*proxy;		/* --proxy URL for this one, or NULL */
};

/* Connect the session as /connect would, honouring "lab" as a host,
   with the command line's TLS choices (cmd_connect) or those and ct. */
int	cmd_connect(struct app *, const char *host, int port, int tls);
int	cmd_connect_tls(struct app *, const char *host, int port, int tls,
	    const struct conn_tls *ct);
/* 1 when s may be a --servername: printable, no spaces, 1-253 bytes. */
int	cmd_servername_ok(const char *s);

/* The probe (probe.c): --probe in the line mode (the exit status);
   /probe on the screen, whose poll loop drives it; "lab" probes the
   lab's three ports. */
struct pollfd;
int	probe_main(struct app *);
int	probe_ports_parse(const char *, int ports[3][2]);
int	probe_cmd(struct app *, int argc, char **argv, char *err,
	    size_t errlen);
size_t	probe_tui_pollfds(struct app *, struct pollfd *, size_t max,
	    int *timeout_ms);
void	probe_tui_progress(struct app *, const struct pollfd *, size_t n);
/* Ctrl-C: 1 when a running probe was stopped. */
int	probe_tui_cancel(struct app *);
void	probe_tui_free(struct app *);

/* The front ends; each returns the exit status. */
int	batch_main(struct app *);
int	screen_main(struct app *);

/* 0 when a typed line must stay out of history (it holds a secret). */
int	cmd_history_ok(const char *line);

/* tui/util.c: die helpers for the program side only. util_cleanup, when
   set, runs first (the screen puts the terminal back). */
extern void (*util_cleanup)(void);
void	*xmalloc(size_t);
char	*xstrdup(const char *);
/* A file name as the user typed it, with a leading ~ or ~/ made $HOME.
   0, or -1 with err set. */
int	util_expand_path(const char *path, char *out, size_t outlen,
	    char *err, size_t errlen);
/* Create path (~ expanded) for writing, mode 0600, never through a
   symbolic link and never a device; an existing regular file only with
   force (it is replaced, not written into). Returns the descriptor, or
   -1 with err set and errno EEXIST when only force was missing. */
int	util_open_new(const char *path, int force, char *err, size_t errlen);
/* write(2) all of p, retrying short writes; 0, or -1 with errno. */
int	util_write_all(int fd, const void *p, size_t len);

#endif
