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

/* "text", "md", "json" (also "markdown"): 0, or -1 for another name. */
int	export_format_parse(const char *name, enum export_format *);
/* By the file name's extension (.txt, .md, .json, .jsonl): 0 or -1. */
int	export_format_of_file(const char *path, enum export_format *);

/*
 * Append the session in fmt (EXPORT_MD or EXPORT_JSON) to out: notes
 * only with notes, exit the status the line mode exits with or -1 when
 * it is not known yet (the screen). 0, or -1 when out is full.
 */
int	export_write(const struct export *, const struct session *,
	    enum export_format fmt, int notes, int exit, struct buf *out);

#endif
