/*
 * Reading a session back: the JSON Lines export (docs/export.md, version
 * 1) turned into entries again, for --replay and --compare. A file is
 * read whole (bounded in size, lines and entries) and checked line by
 * line; the first thing wrong stops the load with "FILE:LINE: reason",
 * so a bad or hostile file gives a sentence, never a crash. A note is
 * kept as its id, argument types and arguments (serialised as core
 * keeps notes, core/notes.h), so it is rendered again in the current
 * language; a note written without types (an export from before they
 * were added) keeps the words it was written with.
 */
#ifndef SMTPX_REPLAY_H
#define SMTPX_REPLAY_H

#include <stddef.h>

#include "transcript.h"

/* Limits on what is read. */
#define REPLAY_MAX_BYTES	(64u * 1024 * 1024)
#define REPLAY_MAX_ENTRIES	1000000

struct replay_entry {
	enum tr_kind	 kind;
	unsigned	 flags;		/* TR_F_SECRET, TR_F_LAST */
	int		 code;		/* TR_RECV */
	char		 answers[16];	/* TR_RECV: "EHLO", "greeting"; "" */
	long		 latency_ms;	/* -1: none */
	char		 t[32];		/* the "t" field as written */
	char		*text;		/* a note: serialised when typed */
	size_t		 len;
};

struct replay_finding {
	char		*id;
	char		*text;
};

struct replay {
	struct replay_entry	*e;
	size_t			 n, cap;
	/* The closing object. */
	char			*host;		/* NULL: none */
	long			 port;
	char			*tls;		/* NULL: none */
	int			 verified;
	char			*user;		/* NULL: none */
	struct replay_finding	*f;
	size_t			 nf;
};

/* Read and check path. NULL with err set ("FILE:LINE: reason"). */
struct replay *replay_load(const char *path, char *err, size_t errlen);
/* The same from bytes in memory; name is used in messages. */
struct replay *replay_parse(const char *name, const char *data, size_t len,
	    char *err, size_t errlen);
void	replay_free(struct replay *);

/* Entry re as a transcript entry (its text borrowed), for
   transcript_format. */
struct tr_entry;
void	replay_entry_tr(const struct replay_entry *re, struct tr_entry *e);
/* Add entries [from, to) to tr as the session kept them. 0 or -1. */
int	replay_fill(const struct replay *, size_t from, size_t to,
	    struct transcript *tr);

/*
 * Steps for stepping through: a step is a command with its reply and
 * the notes after it (what comes before the first command, the greeting,
 * is step 0). Returns the index of the first entry after step k, so
 * steps [0, k] are entries [0, replay_step_end(k)); the number of steps
 * in *nsteps when not NULL.
 */
size_t	replay_step_end(const struct replay *, size_t k, size_t *nsteps);
/* Every step's end at once (one pass): an array of *nsteps, to free;
   NULL when out of memory. */
size_t	*replay_step_ends(const struct replay *, size_t *nsteps);

struct options;
/* --replay FILE on the screen (replay_screen.c): the exit status. */
int	replay_screen(const struct options *, int notes);

#endif
