/*
 * Lessons: a guided walk through SMTP, read from plain text files (the
 * format is in docs/lessons.md). A lesson is a list of steps; each step
 * has a title, a text, a suggested line and what to expect, checked from
 * session events. This module parses and checks lesson files, finds them
 * (like themes: next to the binary, PREFIX/share/smtpx/lessons), follows
 * a running lesson from events, and remembers progress per lesson in the
 * XDG state directory. It draws nothing: the screen shows a run.
 *
 * The learner is never blocked: lines are sent whatever the step says;
 * the lesson only watches what happens, moves on when every expectation
 * of the step is met, and says what happened with the step's hint when
 * a line it watched ended otherwise.
 */
#ifndef SMTPX_LESSON_H
#define SMTPX_LESSON_H

#include <stddef.h>

#include "smtpcmd.h"

struct session;
struct session_event;

#define LESSON_NAME_MAX		48
#define LESSON_EXP_MAX		6	/* expectations per step */
#define LESSON_STEPS_MAX	64
#define LESSON_LINE_MAX		1000	/* bytes of one line of a file */
#define LESSON_FILE_MAX		(256 * 1024)	/* bytes of a file */
#define LESSON_ERRORS_MAX	20	/* errors reported per file */
#define LESSON_LIST_MAX		64

enum lesson_exp_kind {
	LESSON_X_REPLY,		/* a reply to a command: class or code */
	LESSON_X_STATE,		/* where the session stands */
	LESSON_X_TLS,		/* TLS on or off */
	LESSON_X_AUTH,		/* authenticated or not */
	LESSON_X_CAP,		/* a capability present or absent */
	LESSON_X_CONNECT,	/* how a connect ended */
	LESSON_X_FINDING,	/* a finding of a kind (by its name) */
};

/* How a connect ended, for LESSON_X_CONNECT. */
enum lesson_connect {
	LESSON_CONN_OK,		/* the server greeted */
	LESSON_CONN_FAILED,	/* any failure */
	LESSON_CONN_TIMEOUT,
	LESSON_CONN_REFUSED,
};

struct lesson_exp {
	enum lesson_exp_kind	 kind;
	enum smtpcmd		 cmd;	/* REPLY; SMTPCMD_NONE for any */
	char			 code[4]; /* REPLY: "2", "55", "550" (prefix) */
	char			 esc[16]; /* REPLY: "5.1.1" or "" */
	int			 state;	/* STATE: enum session_state */
	int			 on;	/* TLS, AUTH, CAP: 1 or 0 */
	int			 conn;	/* CONNECT: enum lesson_connect */
	char			 word[64]; /* CAP keyword, FINDING kind */
	int			 line;	/* where it was written */
};

struct lesson_step {
	char			*title;
	char			*text;	/* paragraphs; "\n" between lines */
	char			*send;	/* the suggested line, or NULL */
	char			*hint;	/* or NULL */
	struct lesson_exp	 exp[LESSON_EXP_MAX];
	size_t			 nexp;
	int			 line;
};

struct lesson {
	char			 name[LESSON_NAME_MAX + 1];
	char			*title;
	char			*summary;
	struct lesson_step	*steps;
	size_t			 nsteps;
};

/* Called with each error: "FILE:LINE: message" without a line end. */
typedef void lesson_err_fn(void *arg, const char *msg);

/*
 * Read and check the lesson file at path. Returns the lesson, or NULL
 * after reporting every error found (up to LESSON_ERRORS_MAX) through
 * err; *nerr, when not NULL, gets the count.
 */
struct lesson	*lesson_load(const char *path, lesson_err_fn *err, void *arg,
		    int *nerr);
void		 lesson_free(struct lesson *);

/* 1 when name may name a lesson file: letters, digits, - _ . */
int		 lesson_name_ok(const char *name);
/* The directories lessons are looked for in, most specific first. */
size_t		 lesson_dirs(char dirs[][512], size_t max);
/*
 * Find a lesson by name ("1-ports"), by its number ("1": the one whose
 * name starts with "1-"), or by a path with a '/'. Fills path and name;
 * 0, or -1 when there is none.
 */
int		 lesson_find(const char *name, char *path, size_t pathlen,
		    char *found, size_t foundlen);
/* The names of every lesson found, sorted; returns the count. */
size_t		 lesson_list(char names[][LESSON_NAME_MAX + 1], size_t max);
/* One line for the list: "NAME  TITLE (N steps, PROGRESS)", no line
   end. Returns 0, or -1 when the lesson does not load. */
int		 lesson_list_line(const char *name, char *out, size_t outlen);

/*
 * A finding's kind named in a lesson. Until findings reach the screen
 * (SESSION_EV_FINDING), any name of letters, digits and '-' is accepted;
 * the lead may install a stricter check.
 */
typedef int	 lesson_finding_ok_fn(const char *kind);
void		 lesson_set_finding_check(lesson_finding_ok_fn *fn);

/* Progress: the step reached (from 0), nsteps when done, -1 for none. */
int		 lesson_progress_load(const char *name);
int		 lesson_progress_save(const char *name, size_t step);

/* A lesson being followed. */
struct lesson_run {
	struct lesson	*lesson;
	size_t		 step;		/* current; nsteps when complete */
	int		 met[LESSON_EXP_MAX];
	int		 tried;		/* a line was entered in this step */
	char		 last[200];	/* what happened last, in words */
	char		 miss[400];	/* why the step did not complete */
};

/* What lesson_event and lesson_line say happened. */
enum lesson_outcome {
	LESSON_NOTHING,
	LESSON_STEP_DONE,	/* the step is done; run->step moved on */
	LESSON_COMPLETE,	/* that was the last step */
	LESSON_MISSED,		/* the outcome differs: run->miss says how */
};

void	lesson_run_start(struct lesson_run *, struct lesson *, size_t step);
/* Go to step (clamped); forgets what was met. */
void	lesson_run_goto(struct lesson_run *, size_t step);
const struct lesson_step *lesson_run_step(const struct lesson_run *);
/* The learner entered line (not a /lesson command). */
enum lesson_outcome lesson_line(struct lesson_run *, const char *line);
/* A session event; s is the session (for state, TLS, capabilities). */
enum lesson_outcome lesson_event(struct lesson_run *,
	    const struct session_event *, const struct session *s);
/* A finding of kind happened (the lead connects SESSION_EV_FINDING). */
enum lesson_outcome lesson_finding(struct lesson_run *, const char *kind,
	    const struct session *s);

#endif
