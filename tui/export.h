/*
 * Exports: a session written for others to read (Markdown, for tickets)
 * or for tools (JSON Lines; docs/export.md). The transcript keeps what
 * was said in whole seconds; an export also says when to the
 * millisecond, which command each reply answers and how long it took.
 * Those facts are learnt from the session's events as they happen, so an
 * export must subscribe (export_new) before the session connects; it
 * keeps them in a table keyed by entry number counted from the session's
 * first (the transcript's index plus the lines it dropped), and the
 * connection's facts (TLS, the user) as they were last seen, since a
 * closed session forgets them. Everything written comes from the
 * transcript, where secrets are masked before they are stored.
 */
#ifndef SMTPX_EXPORT_H
#define SMTPX_EXPORT_H

#include <stddef.h>

struct buf;
struct session;

enum export_format {
	EXPORT_TEXT,		/* the line mode's transcript (/save) */
	EXPORT_MD,		/* Markdown for tickets */
	EXPORT_JSON,		/* JSON Lines for tools */
};

/* The version of the JSON Lines and Markdown layouts (docs/export.md). */
#define EXPORT_VERSION	1

struct export;

/* Start recording the session's timings (subscribes to it). NULL when
   out of memory or the session has no room for another subscriber. */
struct export *export_new(struct session *);
/* Unsubscribe (if the session is still there) and free. NULL is fine. */
void	export_free(struct export *, struct session *);

/* Milliseconds since the last line sent, while its reply is awaited or
   coming; -1 otherwise (the greeting, an unasked reply). A reply's
   latency when called for its last line. */
long	export_latency(const struct export *);

struct tr_entry;
/* The latency of the reply whose last line is e (an entry of the
   session's transcript, as transcript_get gives it), in ms; -1 for any
   other entry. For the screen's F3. */
long	export_entry_latency(const struct export *, const struct tr_entry *e);

/* "text", "md", "json" (also "markdown"): 0, or -1 for another name. */
int	export_format_parse(const char *name, enum export_format *);
/* By the file name's extension (.txt, .md, .json, .jsonl): 0 or -1. */
int	export_format_of_file(const char *path, enum export_format *);

struct export_tls;
/*
 * Append the session in fmt (EXPORT_MD or EXPORT_JSON) to out: notes
 * only with notes, exit the status the line mode exits with or -1 when
 * it is not known yet (the screen); Markdown ends with the commands that
 * rerun the session (export_reproduce, with tls). 0, or -1 when out is
 * full.
 */
int	export_write(const struct export *, const struct session *,
	    enum export_format fmt, int notes, int exit,
	    const struct export_tls *tls, struct buf *out);

/* The TLS choices of the command line, which a rerun needs too. */
struct export_tls {
	const char	*ca_file;	/* or NULL */
	const char	*servername;	/* or NULL */
	int		 insecure;
};

/* The tools /reproduce knows, in the order the Markdown export shows
   them; NULL-terminated. */
extern const char *const export_tools[];
/*
 * Append a POSIX sh command that reruns the session with tool ("swaks",
 * "curl", "openssl"): host, port, TLS mode, verification, EHLO name,
 * AUTH mechanism and user, sender, recipients and the message of the
 * last transaction, as the transcript shows them. The password is read
 * at run time from the file $PASSWORD_FILE names, never written here
 * and never put on a command line. 0, or -1 for an unknown tool.
 */
int	export_reproduce(const struct export *, const struct session *,
	    const char *tool, const struct export_tls *, struct buf *out);

#endif
