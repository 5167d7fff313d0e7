/*
 * Private to the curses screen: the state shared by screen.c (loop,
 * layout, status line, overlays, front end hooks), pane.c (the transcript
 * view) and cmdline.c (GNU readline in the command window). There is one
 * screen per process, because readline is global.
 */
#ifndef SMTPX_SCREEN_H
#define SMTPX_SCREEN_H

#include <stddef.h>

#include <curses.h>

#include "buf.h"
#include "lesson.h"
#include "theme.h"

struct app;
struct session;
struct transcript;
struct tr_entry;

#define SCREEN_MIN_COLS		20
#define SCREEN_MIN_LINES	5
#define SCREEN_LESSON_ROWS	24	/* lines of the lesson panel kept */
#define SCREEN_QUEUE_MAX	(64 * 1024)	/* terminal bytes held */

/* Keys decoded by screen_key for the screen's own modes (readline sees
   raw bytes and decodes for itself). Below 256: a byte. */
enum screen_keycode {
	SK_NONE = -1,
	SK_UP = 0x100, SK_DOWN, SK_LEFT, SK_RIGHT, SK_PGUP, SK_PGDN,
	SK_HOME, SK_END, SK_F1, SK_F2, SK_F3, SK_F4, SK_ESC, SK_WHEEL_UP,
	SK_WHEEL_DOWN, SK_MOUSE, SK_OTHER,
};

/* The transcript view. The bottom row shown is row bot_row of entry
   bot_entry, unless follow is set, when it is the last row there is. */
struct export;

struct pane {
	WINDOW		*win;
	int		 rows, cols;
	int		 follow;
	size_t		 bot_entry;
	size_t		 bot_row;
	int		 timestamps;	/* and reply latencies (F3) */
	const struct export *latency;	/* where latencies come from */
	int		 notes;		/* show TR_NOTE entries */
	char		*search;	/* term highlighted, or NULL */
	size_t		 search_hit;	/* entry of the last match + 1, or 0 */
	int		 search_run;	/* a search is under way */
	size_t		 search_next;	/* entry it looks at next + 1, or 0 */
	size_t		 dropped;	/* transcript_dropped last seen */
};

/* pane_search_step: what became of the search. */
#define PANE_SEARCH_MORE	(-1)	/* not done: call again */
#define PANE_SEARCH_NONE	0	/* no (older) match */
#define PANE_SEARCH_FOUND	1	/* shown at the bottom */
#define PANE_SEARCH_SLICE	4000	/* entries per step on the screen */

enum screen_mode {
	SCREEN_LINE,		/* readline has the keys */
	SCREEN_SECRET,		/* a masked prompt of our own */
	SCREEN_CONFIRM,		/* a y/n question */
};

#define SCREEN_D_PANE	0x01
#define SCREEN_D_STATUS	0x02
#define SCREEN_D_ALL	0x04	/* clear and repaint everything */

struct screen {
	struct app		*app;
	struct session		*session;
	WINDOW			*status_win;
	WINDOW			*cmd_win;
	WINDOW			*overlay_win;
	struct pane		 pane;
	int			 lines, cols;
	int			 too_small;
	long long		 busy_since;	/* ms; 0 when not waiting */
	char			 hint[160];	/* the last hint while not busy */
	unsigned		 dirty;
	int			 quit;
	int			 status;	/* exit status */
	int			 colors;	/* colours usable */
	int			 no_color;	/* NO_COLOR set */
	struct theme		 theme;
	attr_t			 attr[THEME_NROLES];
	short			 pair[THEME_NROLES];

	/* Bytes read from the terminal, not yet given to anyone: qlen
	   bytes from q, which points into qbuf. Reading stops while qbuf
	   is full, and feeding readline stops while the session's queue is
	   full, so a paste of any size waits in the terminal (the tty
	   buffer, then the pasting program) instead of being dropped. */
	unsigned char		 qbuf[SCREEN_QUEUE_MAX];
	unsigned char		*q;
	size_t			 qlen;
	long long		 qwait;		/* ms clock when a partial
						   sequence started waiting */
	int			 sigpipe[2];
	int			 mouse;

	/* Help overlay, or two sessions side by side (/compare: the text
	   is made again for the width at each draw). */
	int			 overlay;
	struct buf		 overlay_text;
	int			 overlay_top;
	struct replay		*cmp[2];
	char			*cmp_name[2];

	/* Completion matches shown above the command line. */
	char			**menu;
	size_t			 nmenu;

	/* A one-line message in the status line until the next key. */
	char			 message[256];
	int			 message_warn;

	/* Our own prompts (secret, confirm) and the search prompt. */
	enum screen_mode	 mode;
	const char		*mode_prompt;
	struct buf		 secret;
	int			 mode_done;
	int			 mode_result;
	int			 searching;
	char			*saved_line;	/* line put aside by search */
	int			 search_older;	/* the search runs for Ctrl-S */

	/* The command line's horizontal scroll, in columns. */
	int			 hscroll;
	int			 secret_next;	/* next line answers a 334 */
	char			 history_path[1024];

	/* The lesson being followed (lesson.c), drawn in a panel above
	   the transcript: lesson_rows rows of lesson_text, or one row when
	   folded (F4) or the terminal is small. */
	struct lesson		*lesson;
	struct lesson_run	 run;
	WINDOW			*lesson_win;
	int			 lesson_rows;
	int			 lesson_folded;
	int			 lesson_suggest; /* put the step's line */
	enum lesson_outcome	 lesson_out;	/* to report after progress */
	char			 lesson_miss[400]; /* shown until the next step */
	char			 lesson_text[SCREEN_LESSON_ROWS][512];
	int			 lesson_nrows;
};

/* screen.c */
void	screen_draw(struct screen *);
void	screen_dirty(struct screen *, unsigned);
int	screen_put(WINDOW *, const char *, size_t, int maxcols, attr_t);
int	screen_key(struct screen *, int *key, size_t *used);
void	screen_consume(struct screen *, size_t);
void	screen_queue_add(struct screen *, const unsigned char *, size_t);
void	screen_show_help(struct screen *, const char *topic);
void	screen_menu_set(struct screen *, const char *const *, size_t);
void	screen_menu_clear(struct screen *);
void	screen_message(struct screen *, int warn, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	screen_log(struct screen *, int error, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	screen_quit_request(struct screen *);
void	screen_interrupt(struct screen *);
void	screen_toggle_notes(struct screen *);
void	screen_toggle_timestamps(struct screen *);
void	screen_lesson_toggle(struct screen *);
/* The learner entered line: the lesson may move on. */
void	screen_lesson_line(struct screen *, const char *line);
void	screen_search_slice(struct screen *);
int	screen_set_theme(struct screen *, const char *name, int explicit,
	    char *err, size_t errlen);

/* pane.c */
void	pane_init(struct pane *);
void	pane_free(struct pane *);
void	pane_draw(struct pane *, const struct transcript *,
	    const attr_t *attr);
void	pane_scroll(struct pane *, const struct transcript *, long rows);
void	pane_top(struct pane *, const struct transcript *);
void	pane_bottom(struct pane *);
void	pane_search_begin(struct pane *, const struct transcript *,
	    const char *term);
int	pane_search_step(struct pane *, const struct transcript *,
	    size_t budget);
void	pane_search_stop(struct pane *);
void	pane_search_clear(struct pane *);
int	pane_visible(const struct pane *, const struct tr_entry *);

/* cmdline.c */
int	cmdline_init(struct screen *);
void	cmdline_end(struct screen *);
void	cmdline_feed(struct screen *);
void	cmdline_draw(struct screen *);
void	cmdline_reset(struct screen *);
void	cmdline_prompt_update(struct screen *);
void	cmdline_search_start(struct screen *);
void	cmdline_search_cancel(struct screen *);
size_t	cmdline_mask_from(struct screen *, const char *line, size_t len);
void	cmdline_history_save(struct screen *);
/* Put line on an empty command line, ready to send with Enter. */
void	cmdline_suggest(struct screen *, const char *line);

#endif
