/*
 * Theme tables and the theme file parser. A theme is a fixed array of
 * styles indexed by role; files only override entries, starting from the
 * built-in default, so the screen always has a complete table even with
 * no theme files installed. Parsing is line by line and all-or-nothing
 * per line: a line is checked completely before its role is changed.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "datadir.h"
#include "theme.h"

#ifndef SMTPX_SHAREDIR
#define SMTPX_SHAREDIR	"/usr/local/share/smtpx"
#endif

#define D	THEME_DEFAULT
#define B	THEME_A_BOLD
#define U	THEME_A_UNDERLINE
#define R	THEME_A_REVERSE
#define DIM	THEME_A_DIM

static const char *const theme_role_names[THEME_NROLES] = {
	"normal", "client", "server-2xx", "server-3xx", "server-4xx",
	"server-5xx", "event", "error", "note", "timestamp", "status",
	"status-ok", "status-warn", "prompt", "input", "search", "menu",
	"overlay",
};

/* Dark: the same as themes/default.theme, so no file is needed. */
static const struct theme_style theme_default_table[THEME_NROLES] = {
	[THEME_NORMAL] =	{ D, D, 0 },
	[THEME_CLIENT] =	{ 81, D, B },
	[THEME_SERVER_2XX] =	{ 114, D, 0 },
	[THEME_SERVER_3XX] =	{ 221, D, 0 },
	[THEME_SERVER_4XX] =	{ 214, D, 0 },
	[THEME_SERVER_5XX] =	{ 203, D, B },
	[THEME_EVENT] =		{ 176, D, 0 },
	[THEME_ERROR] =		{ 196, D, B },
	[THEME_NOTE] =		{ 248, D, 0 },
	[THEME_TIMESTAMP] =	{ 242, D, 0 },
	[THEME_STATUS] =	{ 252, 236, 0 },
	[THEME_STATUS_OK] =	{ 114, 236, B },
	[THEME_STATUS_WARN] =	{ 226, 52, B },
	[THEME_PROMPT] =	{ 81, D, B },
	[THEME_INPUT] =		{ D, D, 0 },
	[THEME_SEARCH] =	{ 16, 220, 0 },
	[THEME_MENU] =		{ 252, 238, 0 },
	[THEME_OVERLAY] =	{ 252, 235, 0 },
};

/* No colour at all: roles told apart by attributes only. */
static const struct theme_style theme_mono_table[THEME_NROLES] = {
	[THEME_NORMAL] =	{ D, D, 0 },
	[THEME_CLIENT] =	{ D, D, B },
	[THEME_SERVER_2XX] =	{ D, D, 0 },
	[THEME_SERVER_3XX] =	{ D, D, 0 },
	[THEME_SERVER_4XX] =	{ D, D, U },
	[THEME_SERVER_5XX] =	{ D, D, B | U },
	[THEME_EVENT] =		{ D, D, 0 },
	[THEME_ERROR] =		{ D, D, B },
	[THEME_NOTE] =		{ D, D, DIM },
	[THEME_TIMESTAMP] =	{ D, D, DIM },
	[THEME_STATUS] =	{ D, D, R },
	[THEME_STATUS_OK] =	{ D, D, R | B },
	[THEME_STATUS_WARN] =	{ D, D, R | B | U },
	[THEME_PROMPT] =	{ D, D, B },
	[THEME_INPUT] =		{ D, D, 0 },
	[THEME_SEARCH] =	{ D, D, R },
	[THEME_MENU] =		{ D, D, R },
	[THEME_OVERLAY] =	{ D, D, 0 },
};

static const struct {
	const char	*name;
	int		 color;
} theme_colors[] = {
	{ "default", D },
	{ "black", 0 }, { "red", 1 }, { "green", 2 }, { "yellow", 3 },
	{ "blue", 4 }, { "magenta", 5 }, { "cyan", 6 }, { "white", 7 },
	{ "gray", 8 }, { "grey", 8 },
	{ "bright-black", 8 }, { "bright-red", 9 }, { "bright-green", 10 },
	{ "bright-yellow", 11 }, { "bright-blue", 12 },
	{ "bright-magenta", 13 }, { "bright-cyan", 14 }, { "bright-white", 15 },
};

static const struct {
	const char	*name;
	unsigned	 attr;
} theme_attrs[] = {
	{ "none", 0 }, { "normal", 0 },
	{ "bold", THEME_A_BOLD }, { "dim", THEME_A_DIM },
	{ "underline", THEME_A_UNDERLINE }, { "reverse", THEME_A_REVERSE },
	{ "italic", THEME_A_ITALIC }, { "blink", THEME_A_BLINK },
	{ "standout", THEME_A_STANDOUT },
};

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

const char *
theme_role_name(enum theme_role r)
{
	if ((int)r < 0 || r >= THEME_NROLES)
		return "?";
	return theme_role_names[r];
}

int
theme_role_lookup(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < THEME_NROLES; i++) {
		if (strlen(theme_role_names[i]) == len &&
		    strncasecmp(theme_role_names[i], name, len) == 0)
			return (int)i;
	}
	return -1;
}

int
theme_color_parse(const char *s, size_t len)
{
	size_t	 i;
	int	 n = 0;

	/* tmux spells 256 colours "colour123"; accept that too. */
	if (len > 6 && strncasecmp(s, "colour", 6) == 0) {
		s += 6;
		len -= 6;
	} else if (len > 5 && strncasecmp(s, "color", 5) == 0) {
		s += 5;
		len -= 5;
	}
	if (len > 0 && isdigit((unsigned char)s[0])) {
		if (len > 3)
			return -2;
		for (i = 0; i < len; i++) {
			if (!isdigit((unsigned char)s[i]))
				return -2;
			n = n * 10 + (s[i] - '0');
		}
		return n <= 255 ? n : -2;
	}
	for (i = 0; i < NITEMS(theme_colors); i++) {
		if (strlen(theme_colors[i].name) == len &&
		    strncasecmp(theme_colors[i].name, s, len) == 0)
			return theme_colors[i].color;
	}
	/* "brightred" as well as "bright-red". */
	if (len > 6 && strncasecmp(s, "bright", 6) == 0 && s[6] != '-') {
		for (i = 0; i < NITEMS(theme_colors); i++) {
			if (strncmp(theme_colors[i].name, "bright-", 7) == 0 &&
			    strlen(theme_colors[i].name + 7) == len - 6 &&
			    strncasecmp(theme_colors[i].name + 7, s + 6,
			    len - 6) == 0)
				return theme_colors[i].color;
		}
	}
	return -2;
}

int
theme_builtin(struct theme *t, const char *name)
{
	int	 mono = name != NULL && strcmp(name, "mono") == 0;

	memcpy(t->style, mono ? theme_mono_table : theme_default_table,
	    sizeof(t->style));
	snprintf(t->name, sizeof(t->name), "%s", mono ? "mono" : "default");
	if (name == NULL || mono || strcmp(name, "default") == 0)
		return 0;
	return -1;
}

static void
theme_trim(const char **s, size_t *len)
{
	while (*len > 0 && isspace((unsigned char)**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

static int
theme_parse_attrs(const char *s, size_t len, unsigned *attr, char *err,
    size_t errlen)
{
	size_t	 i, w;
	int	 found;

	*attr = 0;
	while (len > 0) {
		if (isspace((unsigned char)*s) || *s == '+' || *s == '|') {
			s++;
			len--;
			continue;
		}
		for (w = 0; w < len && !isspace((unsigned char)s[w]) &&
		    s[w] != '+' && s[w] != '|'; w++)
			;
		found = 0;
		for (i = 0; i < NITEMS(theme_attrs); i++) {
			if (strlen(theme_attrs[i].name) == w &&
			    strncasecmp(theme_attrs[i].name, s, w) == 0) {
				*attr |= theme_attrs[i].attr;
				found = 1;
				break;
			}
		}
		if (!found) {
			snprintf(err, errlen, "unknown attribute \"%.*s\" "
			    "(bold, dim, underline, reverse, italic, blink, "
			    "standout, none)", (int)(w > 32 ? 32 : w), s);
			return -1;
		}
		s += w;
		len -= w;
	}
	return 0;
}

static int
theme_field_color(const char *s, size_t len, int *color, const char *what,
    char *err, size_t errlen)
{
	theme_trim(&s, &len);
	if (len == 0) {
		*color = THEME_DEFAULT;
		return 0;
	}
	if ((*color = theme_color_parse(s, len)) == -2) {
		snprintf(err, errlen, "bad %s colour \"%.*s\" (a name such as "
		    "red or bright-blue, default, or 0-255)", what,
		    (int)(len > 32 ? 32 : len), s);
		return -1;
	}
	return 0;
}

int
theme_parse_line(struct theme *t, const char *line, char *err, size_t errlen)
{
	struct theme_style	 st;
	const char		*s = line, *eq, *f[3], *p;
	size_t			 len, rlen, flen[3], n, i;
	int			 role;

	/* A '#' starts a comment anywhere: no field may contain one. */
	len = (p = strchr(s, '#')) != NULL ? (size_t)(p - s) : strlen(s);
	theme_trim(&s, &len);
	if (len == 0)
		return 0;
	if ((eq = memchr(s, '=', len)) == NULL) {
		snprintf(err, errlen, "expected \"role = fg,bg,attributes\"");
		return -1;
	}
	rlen = (size_t)(eq - s);
	while (rlen > 0 && isspace((unsigned char)s[rlen - 1]))
		rlen--;
	if ((role = theme_role_lookup(s, rlen)) == -1) {
		snprintf(err, errlen, "unknown role \"%.*s\"",
		    (int)(rlen > 32 ? 32 : rlen), s);
		return -1;
	}
	p = eq + 1;
	len -= (size_t)(p - s);
	for (n = 0; n < 3; n++) {
		f[n] = p;
		for (flen[n] = 0; flen[n] < len && p[flen[n]] != ','; flen[n]++)
			;
		if (flen[n] == len) {
			n++;
			break;
		}
		p += flen[n] + 1;
		len -= flen[n] + 1;
		if (n == 2) {
			snprintf(err, errlen, "too many fields "
			    "(role = fg,bg,attributes)");
			return -1;
		}
	}
	for (i = n; i < 3; i++) {
		f[i] = "";
		flen[i] = 0;
	}
	if (theme_field_color(f[0], flen[0], &st.fg, "foreground", err,
	    errlen) == -1 ||
	    theme_field_color(f[1], flen[1], &st.bg, "background", err,
	    errlen) == -1 ||
	    theme_parse_attrs(f[2], flen[2], &st.attr, err, errlen) == -1)
		return -1;
	t->style[role] = st;
	return 0;
}

int
theme_load(struct theme *t, const char *path, theme_warn_fn *warn, void *arg)
{
	FILE		*fp;
	char		 line[1024], err[256], msg[1024 + 256];
	size_t		 lineno = 0, len;
	int		 toolong = 0;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		len = strlen(line);
		if (toolong) {
			/* The rest of a line already reported. */
			toolong = len > 0 && line[len - 1] != '\n';
			continue;
		}
		lineno++;
		if (len > 0 && line[len - 1] != '\n' && !feof(fp)) {
			toolong = 1;
			snprintf(msg, sizeof(msg), "%s:%zu: line too long",
			    path, lineno);
			if (warn != NULL)
				warn(arg, msg);
			continue;
		}
		if (theme_parse_line(t, line, err, sizeof(err)) == -1 &&
		    warn != NULL) {
			snprintf(msg, sizeof(msg), "%s:%zu: %s", path, lineno,
			    err);
			warn(arg, msg);
		}
	}
	fclose(fp);
	return 0;
}

int
theme_name_ok(const char *name)
{
	const char	*p;

	if (name == NULL || *name == '\0' || *name == '.' ||
	    strlen(name) > THEME_NAME_MAX)
		return 0;
	for (p = name; *p != '\0'; p++) {
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_' &&
		    *p != '.')
			return 0;
	}
	return 1;
}

size_t
theme_dirs(char dirs[][512], size_t max)
{
	return datadir_list("themes", dirs, max);
}

static int
theme_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t
theme_list(char names[][THEME_NAME_MAX + 1], size_t max)
{
	char		 dirs[THEME_NDIRS][512];
	char		*sorted[THEME_LIST_MAX];
	char		 copy[THEME_LIST_MAX][THEME_NAME_MAX + 1];
	struct dirent	*de;
	DIR		*d;
	size_t		 nd, i, j, n = 0, len;

	if (max > THEME_LIST_MAX)
		max = THEME_LIST_MAX;
	/* The built-in ones exist without files. */
	if (n < max)
		snprintf(copy[n++], THEME_NAME_MAX + 1, "default");
	if (n < max)
		snprintf(copy[n++], THEME_NAME_MAX + 1, "mono");
	nd = theme_dirs(dirs, THEME_NDIRS);
	for (i = 0; i < nd; i++) {
		if ((d = opendir(dirs[i])) == NULL)
			continue;
		while (n < max && (de = readdir(d)) != NULL) {
			len = strlen(de->d_name);
			if (len <= 6 || len - 6 > THEME_NAME_MAX ||
			    strcmp(de->d_name + len - 6, ".theme") != 0)
				continue;
			de->d_name[len - 6] = '\0';
			if (!theme_name_ok(de->d_name))
				continue;
			for (j = 0; j < n; j++)
				if (strcmp(copy[j], de->d_name) == 0)
					break;
			if (j == n)
				snprintf(copy[n++], THEME_NAME_MAX + 1, "%.*s",
				    THEME_NAME_MAX, de->d_name);
		}
		closedir(d);
	}
	for (i = 0; i < n; i++)
		sorted[i] = copy[i];
	qsort(sorted, n, sizeof(sorted[0]), theme_cmp);
	for (i = 0; i < n; i++)
		snprintf(names[i], THEME_NAME_MAX + 1, "%s", sorted[i]);
	return n;
}

int
theme_find(const char *name, char *path, size_t pathlen)
{
	char	 dirs[THEME_NDIRS][512];
	size_t	 n, i;
	int	 r;

	if (name != NULL && strchr(name, '/') != NULL) {
		if (access(name, R_OK) == -1)
			return -1;
		r = snprintf(path, pathlen, "%s", name);
		return r < 0 || (size_t)r >= pathlen ? -1 : 0;
	}
	if (!theme_name_ok(name))
		return -1;
	n = theme_dirs(dirs, THEME_NDIRS);
	for (i = 0; i < n; i++) {
		r = snprintf(path, pathlen, "%s/%s.theme", dirs[i], name);
		if (r < 0 || (size_t)r >= pathlen)
			continue;
		if (access(path, R_OK) == 0)
			return 0;
	}
	return -1;
}

int
theme_downgrade(int c, int ncolors)
{
	int	 r, g, b, base, grey;

	if (c < 0 || c < ncolors)
		return c;
	if (ncolors < 8)
		return THEME_DEFAULT;
	if (c < 16)
		return c - 8;			/* bright to plain */
	if (c >= 232) {
		grey = c - 232;			/* 0-23, dark to light */
		if (ncolors >= 16)
			return grey < 6 ? 0 : grey < 12 ? 8 : grey < 18 ?
			    7 : 15;
		return grey < 6 ? 0 : 7;
	}
	c -= 16;
	r = c / 36;
	g = (c / 6) % 6;
	b = c % 6;
	/* ANSI order is the bit pattern red 1, green 2, blue 4. */
	base = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0);
	if (ncolors >= 16 && (r >= 4 || g >= 4 || b >= 4) &&
	    (r == 0 || r >= 4) && (g == 0 || g >= 4) && (b == 0 || b >= 4))
		base += 8;
	return base;
}
