/*
 * Colour themes: a style (foreground, background, attributes) for each
 * role the screen draws. Pure: no curses; the screen turns styles into
 * colour pairs. Theme files are plain text, one "role = fg,bg,attributes"
 * a line, '#' starts a comment; colours are names or 0-255, attributes are
 * words joined by spaces or '+'. A file is applied over the built-in
 * default table, so a theme may set only what it changes, and a bad line
 * is reported and skipped while the rest still loads.
 */
#ifndef SMTPX_THEME_H
#define SMTPX_THEME_H

#include <stddef.h>

enum theme_role {
	THEME_NORMAL,		/* transcript background and plain text */
	THEME_CLIENT,		/* C: lines sent */
	THEME_SERVER_2XX,	/* S: lines by reply class */
	THEME_SERVER_3XX,
	THEME_SERVER_4XX,
	THEME_SERVER_5XX,
	THEME_EVENT,		/* * events */
	THEME_ERROR,		/* ! errors */
	THEME_NOTE,		/* # notes */
	THEME_TIMESTAMP,
	THEME_STATUS,		/* the status line */
	THEME_STATUS_OK,	/* "TLS verified", "authenticated" */
	THEME_STATUS_WARN,	/* "TLS NOT verified", messages */
	THEME_PROMPT,
	THEME_INPUT,		/* the command line text */
	THEME_SEARCH,		/* search matches */
	THEME_MENU,		/* completion matches */
	THEME_OVERLAY,		/* help overlay */
	THEME_NROLES
};

#define THEME_DEFAULT	(-1)	/* the terminal's own colour */

#define THEME_A_BOLD		0x01
#define THEME_A_DIM		0x02
#define THEME_A_UNDERLINE	0x04
#define THEME_A_REVERSE		0x08
#define THEME_A_ITALIC		0x10
#define THEME_A_BLINK		0x20
#define THEME_A_STANDOUT	0x40

struct theme_style {
	int		fg;		/* THEME_DEFAULT or 0-255 */
	int		bg;
	unsigned	attr;		/* THEME_A_* */
};

struct theme {
	char			name[64];
	struct theme_style	style[THEME_NROLES];
};

#define THEME_NAME_MAX	63

/* A role's name in theme files ("server-5xx"), and back (-1 if none). */
const char *theme_role_name(enum theme_role);
int	theme_role_lookup(const char *name, size_t len);
/* A colour by name ("red", "bright-blue", "default") or number 0-255:
   0-255, THEME_DEFAULT, or -2 when it is not a colour. */
int	theme_color_parse(const char *s, size_t len);
/* Fill t with a built-in table: "default" or "mono". Returns 0, or -1
   (t then holds "default") for another name. */
int	theme_builtin(struct theme *t, const char *name);
/* Apply one line of a theme file. Returns 0 (also for blank lines and
   comments), or -1 with a sentence in err; t is then unchanged. */
int	theme_parse_line(struct theme *t, const char *line, char *err,
	    size_t errlen);

typedef void theme_warn_fn(void *arg, const char *msg);

/* Apply the file at path to t; each bad line is passed to warn as
   "FILE:LINE: sentence". Returns 0, or -1 when the file cannot be read
   (errno set). */
int	theme_load(struct theme *t, const char *path, theme_warn_fn *warn,
	    void *arg);
/*
 * Find the file for a theme name: $XDG_CONFIG_HOME/smtpx/themes (default
 * ~/.config/smtpx/themes), then places found from the binary
 * (/proc/self/exe): its dir/themes, dir/../share/smtpx/themes, then
 * SMTPX_SHAREDIR/themes, then dir/../themes; never the working directory.
 * A name with a '/' is a path used as it is. Returns 0 with path filled,
 * or -1 (bad name or not found).
 */
int	theme_find(const char *name, char *path, size_t pathlen);
/* The directories theme_find looks in, in order; returns how many were
   filled (at most max), each into dirs[i] of dirlen bytes. */
#define THEME_NDIRS	5	/* what theme_dirs can return: DATADIR_MAX */
size_t	theme_dirs(char dirs[][512], size_t max);
/* The names of the themes that exist (built-in and files in those
   directories), sorted, each once; returns how many (at most max). */
#define THEME_LIST_MAX	64
size_t	theme_list(char names[][THEME_NAME_MAX + 1], size_t max);
/* 1 when name is acceptable as a theme name (not a path). */
int	theme_name_ok(const char *name);
/* The nearest colour a terminal with ncolors colours can show. */
int	theme_downgrade(int color, int ncolors);

#endif
