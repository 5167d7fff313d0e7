/*
 * Lesson files and lessons being followed (see lesson.h for the model,
 * docs/lessons.md for the format). A file is read line by line into a
 * struct lesson; every error is reported with the file and line, and a
 * file with any error is not used. A run follows session events: a
 * reply latches the expectations about it, conditions (state, TLS,
 * authentication, capabilities) are read from the session when a step
 * is checked, and a step is checked only after the learner entered a
 * line in it, so replies to lines typed before cannot finish it.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "caps.h"
#include "datadir.h"
#include "findings.h"
#include "i18n.h"
#include "lesson.h"
#include "session.h"

#ifndef SMTPX_SHAREDIR
#define SMTPX_SHAREDIR	"/usr/local/share/smtpx"
#endif
#define LESSON_NDIRS	(2 * DATADIR_MAX)	/* lessons/LANG, then lessons */
#define LESSON_SUFFIX	".lesson"

static lesson_finding_ok_fn *lesson_finding_check;

/*
 * Reading a file.
 */

struct lesson_parse {
	const char	*path;
	int		 line;
	int		 nerr;
	lesson_err_fn	*err;
	void		*arg;
	struct lesson	*l;
	struct lesson_step *cur;
	int		 text_open;	/* the last key was text: */
};

static void lesson_perr(struct lesson_parse *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

static void
lesson_perr(struct lesson_parse *p, const char *fmt, ...)
{
	char	 msg[600], full[1200];
	va_list	 ap;

	p->nerr++;
	if (p->nerr > LESSON_ERRORS_MAX || p->err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (p->line > 0)
		snprintf(full, sizeof full, "%s:%d: %s", p->path, p->line, msg);
	else
		snprintf(full, sizeof full, "%s: %s", p->path, msg);
	p->err(p->arg, full);
}

static char *
lesson_strdup(const char *s)
{
	char	*d;

	if ((d = strdup(s)) == NULL)
		abort();
	return d;
}

/* Append a line of text: lines of a paragraph join with a space, an
   empty text: line starts a new paragraph. */
static void
lesson_text_add(struct lesson_step *st, const char *v)
{
	size_t	 old = st->text != NULL ? strlen(st->text) : 0;
	char	*t;

	if ((t = realloc(st->text, old + strlen(v) + 2)) == NULL)
		abort();
	st->text = t;
	if (old == 0)
		strcpy(t, *v == '\0' ? "" : v);
	else if (*v == '\0')
		strcpy(t + old, "\n");
	else
		sprintf(t + old, "%s%s", t[old - 1] == '\n' ? "" : " ", v);
}

/* UTF-8 without control characters (a tab is allowed). */
static int
lesson_text_ok(const char *s, size_t len, const char **why)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, need, k;

	for (i = 0; i < len; i++) {
		if (p[i] == '\t')
			continue;
		if (p[i] < 0x20 || p[i] == 0x7f) {
			*why = "a control character";
			return 0;
		}
		if (p[i] < 0x80)
			continue;
		need = p[i] >= 0xf0 && p[i] <= 0xf4 ? 3 : p[i] >= 0xe0 &&
		    p[i] < 0xf0 ? 2 : p[i] >= 0xc2 && p[i] < 0xe0 ? 1 : 0;
		if (need == 0 || i + need >= len) {
			*why = "bytes that are not UTF-8";
			return 0;
		}
		for (k = 1; k <= need; k++)
			if ((p[i + k] & 0xc0) != 0x80) {
				*why = "bytes that are not UTF-8";
				return 0;
			}
		i += need;
	}
	return 1;
}

static const struct {
	const char	*name;
	enum session_state st;
} lesson_states[] = {
	{ "closed", SESSION_CLOSED }, { "greeted", SESSION_READY },
	{ "hello", SESSION_HELLO }, { "mail", SESSION_MAIL },
	{ "rcpt", SESSION_RCPT }, { "data", SESSION_DATA },
};
#define LESSON_NSTATES	(sizeof lesson_states / sizeof lesson_states[0])

static const char *const lesson_conns[] = {
	"ok", "failed", "timeout", "refused",
};

/* "on"/"yes" 1, "off"/"no" 0, else -1. */
static int
lesson_onoff(const char *w)
{
	if (strcmp(w, "on") == 0 || strcmp(w, "yes") == 0)
		return 1;
	if (strcmp(w, "off") == 0 || strcmp(w, "no") == 0)
		return 0;
	return -1;
}

/* A reply code: 2xx, 25x or 250 (first digit 2-5); the digits become a
   prefix. */
static int
lesson_code(const char *w, char code[4])
{
	size_t	 i, n = 0;

	if (strlen(w) != 3 || w[0] < '2' || w[0] > '5')
		return -1;
	for (i = 0; i < 3 && isdigit((unsigned char)w[i]); i++)
		code[n++] = w[i];
	for (; i < 3; i++)
		if (w[i] != 'x' && w[i] != 'X')
			return -1;
	code[n] = '\0';
	return 0;
}

/* An enhanced status code: class.subject.detail (RFC 3463). */
static int
lesson_esc(const char *w)
{
	int	 a, b, c, n = 0;

	if (strlen(w) > 11 || sscanf(w, "%d.%d.%d%n", &a, &b, &c, &n) != 3 ||
	    w[n] != '\0' || (a != 2 && a != 4 && a != 5) || b < 0 ||
	    b > 999 || c < 0 || c > 999 || !isdigit((unsigned char)w[0]))
		return -1;
	return 0;
}

static int
lesson_word_ok(const char *w, int dot)
{
	if (*w == '\0' || strlen(w) >= 64)
		return 0;
	for (; *w != '\0'; w++)
		if (!isalnum((unsigned char)*w) && *w != '-' && *w != '_' &&
		    !(dot && *w == '.'))
			return 0;
	return 1;
}

/* A finding is named by its id in core/findings.c ("auth-before-tls"). */
static int
lesson_finding_default(const char *kind)
{
	int	 k;

	for (k = 0; k < FINDING_COUNT; k++)
		if (strcmp(findings_id((enum finding_kind)k), kind) == 0)
			return 1;
	return 0;
}

void
lesson_set_finding_check(lesson_finding_ok_fn *fn)
{
	lesson_finding_check = fn;
}

/* Parse what follows "expect:" into e; 0, or -1 after an error. */
static int
lesson_parse_exp(struct lesson_parse *p, char *v, struct lesson_exp *e)
{
	char		*w[6];
	int		 n = 0, on;
	size_t		 i;
	enum smtpcmd	 c;

	memset(e, 0, sizeof *e);
	e->line = p->line;
	for (w[n] = strtok(v, " \t"); w[n] != NULL && n < 5;
	    w[++n] = strtok(NULL, " \t"))
		;
	if (n == 0) {
		lesson_perr(p, "'expect' needs what to expect: reply, state, "
		    "tls, auth, capability, connect or finding");
		return -1;
	}
	if (strcmp(w[0], "reply") == 0) {
		e->kind = LESSON_X_REPLY;
		if (n < 3 || n > 4) {
			lesson_perr(p, "usage: expect: reply COMMAND CODE "
			    "[ENHANCED-CODE], as in 'reply RCPT 5xx 5.1.1'");
			return -1;
		}
		if (strcasecmp(w[1], "any") == 0)
			c = SMTPCMD_NONE;
		else if (strcasecmp(w[1], "greeting") == 0)
			c = SMTPCMD_GREETING;
		else if (strcmp(w[1], ".") == 0)
			c = SMTPCMD_DOT;
		else
			c = smtpcmd_lookup(w[1], strlen(w[1]));
		if (c == SMTPCMD_OTHER || c == SMTPCMD_EMPTY) {
			lesson_perr(p, "unknown command '%s' (an SMTP command, "
			    "greeting, '.' or any)", w[1]);
			return -1;
		}
		e->cmd = c;
		if (lesson_code(w[2], e->code) == -1) {
			lesson_perr(p, "bad reply code '%s' (2xx, 25x or 250; "
			    "2 to 5 first)", w[2]);
			return -1;
		}
		if (n == 4) {
			if (lesson_esc(w[3]) == -1 || w[3][0] != e->code[0]) {
				lesson_perr(p, "bad enhanced code '%s' (like "
				    "5.1.1, the same class as the code)",
				    w[3]);
				return -1;
			}
			snprintf(e->esc, sizeof e->esc, "%s", w[3]);
		}
		return 0;
	}
	if (strcmp(w[0], "state") == 0) {
		e->kind = LESSON_X_STATE;
		for (i = 0; n == 2 && i < LESSON_NSTATES; i++)
			if (strcmp(w[1], lesson_states[i].name) == 0) {
				e->state = (int)lesson_states[i].st;
				return 0;
			}
		lesson_perr(p, "usage: expect: state closed|greeted|hello|"
		    "mail|rcpt|data");
		return -1;
	}
	if (strcmp(w[0], "tls") == 0 || strcmp(w[0], "auth") == 0) {
		e->kind = w[0][0] == 't' ? LESSON_X_TLS : LESSON_X_AUTH;
		if (n != 2 || (on = lesson_onoff(w[1])) == -1) {
			lesson_perr(p, "usage: expect: %s on|off", w[0]);
			return -1;
		}
		e->on = on;
		return 0;
	}
	if (strcmp(w[0], "capability") == 0) {
		e->kind = LESSON_X_CAP;
		e->on = 1;
		if (n < 2 || n > 3 || !lesson_word_ok(w[1], 0) || (n == 3 &&
		    strcmp(w[2], "present") != 0 &&
		    strcmp(w[2], "absent") != 0)) {
			lesson_perr(p, "usage: expect: capability KEYWORD "
			    "[present|absent]");
			return -1;
		}
		for (i = 0; w[1][i] != '\0'; i++)
			e->word[i] = (char)toupper((unsigned char)w[1][i]);
		if (n == 3 && strcmp(w[2], "absent") == 0)
			e->on = 0;
		return 0;
	}
	if (strcmp(w[0], "connect") == 0) {
		e->kind = LESSON_X_CONNECT;
		for (i = 0; n == 2 && i < 4; i++)
			if (strcmp(w[1], lesson_conns[i]) == 0) {
				e->conn = (int)i;
				return 0;
			}
		lesson_perr(p, "usage: expect: connect ok|failed|timeout|"
		    "refused");
		return -1;
	}
	if (strcmp(w[0], "finding") == 0) {
		e->kind = LESSON_X_FINDING;
		if (n != 2 || !(lesson_finding_check != NULL ?
		    lesson_finding_check : lesson_finding_default)(w[1])) {
			lesson_perr(p, "usage: expect: finding KIND (a known "
			    "kind of finding)");
			return -1;
		}
		snprintf(e->word, sizeof e->word, "%s", w[1]);
		return 0;
	}
	lesson_perr(p, "unknown expectation '%s' (reply, state, tls, auth, "
	    "capability, connect or finding)", w[0]);
	return -1;
}

static void
lesson_step_free(struct lesson_step *st)
{
	free(st->title);
	free(st->text);
	free(st->send);
	free(st->hint);
}

void
lesson_free(struct lesson *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->nsteps; i++)
		lesson_step_free(&l->steps[i]);
	free(l->steps);
	free(l->title);
	free(l->summary);
	free(l);
}

/* One line of the file, without its line end. */
static void
lesson_parse_line(struct lesson_parse *p, char *s, size_t len)
{
	static const char *const keys[] = {
		"lesson", "summary", "step", "text", "send", "expect", "hint",
	};
	struct lesson		*l = p->l;
	struct lesson_step	*st, *ns;
	const char		*why;
	char			*colon, *v;
	size_t			 k;

	if (len > LESSON_LINE_MAX) {
		lesson_perr(p, "line too long (%d bytes at most)",
		    LESSON_LINE_MAX);
		return;
	}
	if (!lesson_text_ok(s, len, &why)) {
		lesson_perr(p, "the line holds %s", why);
		return;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		s[--len] = '\0';
	if (len == 0 || s[0] == '#')
		return;
	if ((colon = strchr(s, ':')) == NULL) {
		lesson_perr(p, "expected 'KEY: value' (keys: lesson, summary, "
		    "step, text, send, expect, hint)");
		return;
	}
	*colon = '\0';
	for (v = colon + 1; *v == ' ' || *v == '\t'; v++)
		;
	for (k = 0; k < sizeof keys / sizeof keys[0]; k++)
		if (strcmp(s, keys[k]) == 0)
			break;
	if (k == sizeof keys / sizeof keys[0]) {
		lesson_perr(p, "unknown key '%s' (lesson, summary, step, text, "
		    "send, expect, hint)", s);
		return;
	}
	st = p->cur;
	if (k >= 3 && st == NULL) {
		lesson_perr(p, "'%s' before the first 'step'", s);
		return;
	}
	if (k <= 2 && *v == '\0') {
		lesson_perr(p, "'%s' needs a value", s);
		return;
	}
	switch (k) {
	case 0:
	case 1:
		if (st != NULL) {
			lesson_perr(p, "'%s' belongs before the first 'step'",
			    s);
			return;
		}
		if ((k == 0 ? l->title : l->summary) != NULL) {
			lesson_perr(p, "a second '%s'", s);
			return;
		}
		if (k == 0)
			l->title = lesson_strdup(v);
		else
			l->summary = lesson_strdup(v);
		break;
	case 2:
		if (l->nsteps == LESSON_STEPS_MAX) {
			lesson_perr(p, "too many steps (%d at most)",
			    LESSON_STEPS_MAX);
			return;
		}
		if ((ns = realloc(l->steps, (l->nsteps + 1) *
		    sizeof(*l->steps))) == NULL)
			abort();
		l->steps = ns;
		p->cur = st = &l->steps[l->nsteps++];
		memset(st, 0, sizeof *st);
		st->title = lesson_strdup(v);
		st->line = p->line;
		break;
	case 3:
		lesson_text_add(st, v);
		break;
	case 4:
	case 6:
		if ((k == 4 ? st->send : st->hint) != NULL) {
			lesson_perr(p, "a second '%s' in this step", s);
			return;
		}
		if (*v == '\0') {
			lesson_perr(p, "'%s' needs a value", s);
			return;
		}
		if (k == 4)
			st->send = lesson_strdup(v);
		else
			st->hint = lesson_strdup(v);
		break;
	case 5:
		if (st->nexp == LESSON_EXP_MAX) {
			lesson_perr(p, "too many expectations in this step (%d "
			    "at most)", LESSON_EXP_MAX);
			return;
		}
		if (lesson_parse_exp(p, v, &st->exp[st->nexp]) == 0)
			st->nexp++;
		break;
	}
}

struct lesson *
lesson_load(const char *path, lesson_err_fn *err, void *arg, int *nerr)
{
	struct lesson_parse	 p;
	struct stat		 sb;
	FILE			*f;
	char			*line = NULL;
	const char		*base, *dot;
	size_t			 cap = 0, i;
	ssize_t			 n;

	memset(&p, 0, sizeof p);
	p.path = path;
	p.err = err;
	p.arg = arg;
	if (nerr != NULL)
		*nerr = 0;
	if ((f = fopen(path, "r")) == NULL || fstat(fileno(f), &sb) == -1 ||
	    !S_ISREG(sb.st_mode)) {
		lesson_perr(&p, "cannot read it: %s", f != NULL &&
		    fstat(fileno(f), &sb) == 0 ? "not a regular file" :
		    strerror(errno));
		if (f != NULL)
			fclose(f);
		if (nerr != NULL)
			*nerr = p.nerr;
		return NULL;
	}
	/* A lesson is read whole into memory: keep it small. */
	if (sb.st_size > LESSON_FILE_MAX) {
		lesson_perr(&p, "the file is too big (%d KiB at most)",
		    LESSON_FILE_MAX / 1024);
		fclose(f);
		if (nerr != NULL)
			*nerr = p.nerr;
		return NULL;
	}
	if ((p.l = calloc(1, sizeof *p.l)) == NULL)
		abort();
	base = (base = strrchr(path, '/')) != NULL ? base + 1 : path;
	dot = strstr(base, LESSON_SUFFIX);
	snprintf(p.l->name, sizeof p.l->name, "%.*s", (int)(dot != NULL &&
	    dot[strlen(LESSON_SUFFIX)] == '\0' ? (size_t)(dot - base) :
	    strlen(base)), base);
	while ((n = getline(&line, &cap, f)) != -1) {
		p.line++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (memchr(line, '\0', (size_t)n) != NULL) {
			lesson_perr(&p, "the line holds a NUL byte");
			continue;
		}
		lesson_parse_line(&p, line, (size_t)n);
	}
	free(line);
	fclose(f);
	p.line = 0;
	if (p.l->title == NULL)
		lesson_perr(&p, "no 'lesson:' line with the lesson's title");
	if (p.l->nsteps == 0)
		lesson_perr(&p, "no steps ('step:' lines)");
	for (i = 0; i < p.l->nsteps; i++) {
		p.line = p.l->steps[i].line;
		if (p.l->steps[i].text == NULL)
			lesson_perr(&p, "the step has no 'text:'");
	}
	if (nerr != NULL)
		*nerr = p.nerr;
	if (p.nerr > 0) {
		lesson_free(p.l);
		return NULL;
	}
	return p.l;
}

/*
 * Finding lessons: the user's own (XDG config), then like themes, from
 * the binary: next to it (the source tree's ./smtpx), bin/../share/smtpx
 * (an install under any PREFIX), the configured place, and one level up
 * (build/smtpx in the source tree).
 */

int
lesson_name_ok(const char *name)
{
	return name != NULL && name[0] != '.' &&
	    strlen(name) <= LESSON_NAME_MAX && lesson_word_ok(name, 1);
}

/*
 * The language of the messages, as gettext picks it: the first entry of
 * LANGUAGE, unless the locale of messages is C or POSIX (glibc ignores
 * LANGUAGE then), else that locale's language ("ja" of ja_JP.UTF-8).
 * --lang and /lang set LANGUAGE, so they choose the lessons too. NULL
 * for English or an unusable name.
 */
static const char *
lesson_lang(char *buf, size_t len)
{
	const char	*loc = setlocale(LC_MESSAGES, NULL);
	const char	*lang = getenv("LANGUAGE");
	size_t		 n;

	if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
		return NULL;
	if (lang == NULL || *lang == '\0' || *lang == ':')
		lang = loc;
	n = strspn(lang, "abcdefghijklmnopqrstuvwxyz");
	if (n < 2 || n > 3 || n >= len || strncmp(lang, "en", n) == 0 ||
	    strchr(":_.@", lang[n]) == NULL)
		return NULL;
	memcpy(buf, lang, n);
	buf[n] = '\0';
	return buf;
}

/* Lessons in the language of the messages (lessons/ja) come first, so
   they win over the English ones of the same name, which stay as the
   fallback for a lesson not translated. */
size_t
lesson_dirs(char dirs[][512], size_t max)
{
	char	 kind[16], lang[4];
	size_t	 n = 0;

	if (lesson_lang(lang, sizeof lang) != NULL) {
		snprintf(kind, sizeof kind, "lessons/%s", lang);
		n = datadir_list(kind, dirs, max);
	}
	return n + datadir_list("lessons", dirs + n, max - n);
}

static int
lesson_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

size_t
lesson_list(char names[][LESSON_NAME_MAX + 1], size_t max)
{
	char		 dirs[LESSON_NDIRS + 1][512];
	struct dirent	*de;
	DIR		*d;
	size_t		 nd, i, j, n = 0, len, sl = strlen(LESSON_SUFFIX);

	nd = lesson_dirs(dirs, LESSON_NDIRS + 1);
	for (i = 0; i < nd; i++) {
		if ((d = opendir(dirs[i])) == NULL)
			continue;
		while (n < max && (de = readdir(d)) != NULL) {
			len = strlen(de->d_name);
			if (len <= sl || strcmp(de->d_name + len - sl,
			    LESSON_SUFFIX) != 0)
				continue;
			de->d_name[len - sl] = '\0';
			if (!lesson_name_ok(de->d_name))
				continue;
			for (j = 0; j < n; j++)
				if (strcmp(names[j], de->d_name) == 0)
					break;
			if (j == n)
				snprintf(names[n++], LESSON_NAME_MAX + 1,
				    "%.*s", LESSON_NAME_MAX, de->d_name);
		}
		closedir(d);
	}
	qsort(names, n, sizeof(names[0]), lesson_cmp);
	return n;
}

int
lesson_find(const char *name, char *path, size_t pathlen, char *found,
    size_t foundlen)
{
	char	 dirs[LESSON_NDIRS + 1][512];
	char	 names[LESSON_LIST_MAX][LESSON_NAME_MAX + 1];
	size_t	 n, i, nl;
	int	 r;

	if (name != NULL && strchr(name, '/') != NULL) {
		if (access(name, R_OK) == -1)
			return -1;
		r = snprintf(path, pathlen, "%s", name);
		snprintf(found, foundlen, "%s", strrchr(name, '/') + 1);
		if ((i = strlen(found)) > strlen(LESSON_SUFFIX) &&
		    strcmp(found + i - strlen(LESSON_SUFFIX),
		    LESSON_SUFFIX) == 0)
			found[i - strlen(LESSON_SUFFIX)] = '\0';
		return r < 0 || (size_t)r >= pathlen ? -1 : 0;
	}
	if (!lesson_name_ok(name))
		return -1;
	/* A number names the lesson whose name starts with it and '-'. */
	if (strspn(name, "0123456789") == strlen(name)) {
		nl = lesson_list(names, LESSON_LIST_MAX);
		for (i = 0; i < nl; i++)
			if (strncmp(names[i], name, strlen(name)) == 0 &&
			    names[i][strlen(name)] == '-')
				break;
		if (i == nl)
			return -1;
		name = names[i];
	}
	n = lesson_dirs(dirs, LESSON_NDIRS + 1);
	for (i = 0; i < n; i++) {
		r = snprintf(path, pathlen, "%s/%s%s", dirs[i], name,
		    LESSON_SUFFIX);
		if (r < 0 || (size_t)r >= pathlen)
			continue;
		if (access(path, R_OK) == 0) {
			snprintf(found, foundlen, "%s", name);
			return 0;
		}
	}
	return -1;
}

int
lesson_list_line(const char *name, char *out, size_t outlen)
{
	struct lesson	*l;
	char		 path[1024], found[LESSON_NAME_MAX + 1];
	int		 at;

	if (lesson_find(name, path, sizeof path, found, sizeof found) == -1 ||
	    (l = lesson_load(path, NULL, NULL, NULL)) == NULL)
		return -1;
	at = lesson_progress_load(found);
	if (at >= (int)l->nsteps)
		snprintf(out, outlen, "%-12s %s (%zu steps, done)", found,
		    l->title, l->nsteps);
	else if (at > 0)
		snprintf(out, outlen, "%-12s %s (%zu steps, at step %d)", found,
		    l->title, l->nsteps, at + 1);
	else
		snprintf(out, outlen, "%-12s %s (%zu steps)", found, l->title,
		    l->nsteps);
	lesson_free(l);
	return 0;
}

/*
 * Progress: $XDG_STATE_HOME/smtpx/lessons/NAME (default ~/.local/state),
 * one line, "step N" (from 1) or "done N", mode 0600.
 */

static int
lesson_progress_path(const char *name, char *path, size_t len)
{
	const char	*state = getenv("XDG_STATE_HOME");
	const char	*home = getenv("HOME");
	int		 r;

	if (!lesson_name_ok(name))
		return -1;
	if (state != NULL && state[0] == '/')
		r = snprintf(path, len, "%s/smtpx/lessons/%s", state, name);
	else if (home != NULL && home[0] == '/')
		r = snprintf(path, len, "%s/.local/state/smtpx/lessons/%s",
		    home, name);
	else
		return -1;
	return r < 0 || (size_t)r >= len ? -1 : 0;
}

int
lesson_progress_load(const char *name)
{
	char	 path[1024], word[8];
	FILE	*f;
	int	 n;

	if (lesson_progress_path(name, path, sizeof path) == -1 ||
	    (f = fopen(path, "r")) == NULL)
		return -1;
	if (fscanf(f, "%7s %d", word, &n) != 2 || n < 1 ||
	    n > LESSON_STEPS_MAX || (strcmp(word, "step") != 0 &&
	    strcmp(word, "done") != 0))
		n = 0;
	fclose(f);
	if (n == 0)
		return -1;
	return strcmp(word, "done") == 0 ? n : n - 1;
}

int
lesson_progress_save(const char *name, size_t step)
{
	char	 path[1024], tmp[1100], *p;
	int	 fd, len;
	char	 line[32];

	if (lesson_progress_path(name, path, sizeof path) == -1)
		return -1;
	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) == -1 && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	len = snprintf(line, sizeof line, "step %zu\n", step + 1);
	(void)unlink(tmp);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600)) == -1)
		return -1;
	if (write(fd, line, (size_t)len) != len || close(fd) == -1 ||
	    rename(tmp, path) == -1) {
		(void)unlink(tmp);
		return -1;
	}
	return 0;
}

/*
 * Following a lesson.
 */

void
lesson_run_start(struct lesson_run *r, struct lesson *l, size_t step)
{
	memset(r, 0, sizeof *r);
	r->lesson = l;
	lesson_run_goto(r, step);
}

void
lesson_run_goto(struct lesson_run *r, size_t step)
{
	if (step > r->lesson->nsteps)
		step = r->lesson->nsteps;
	r->step = step;
	memset(r->met, 0, sizeof r->met);
	r->tried = 0;
	r->miss[0] = '\0';
}

const struct lesson_step *
lesson_run_step(const struct lesson_run *r)
{
	if (r->lesson == NULL || r->step >= r->lesson->nsteps)
		return NULL;
	return &r->lesson->steps[r->step];
}

/* The command as the learner knows it. */
static const char *
lesson_cmd_word(enum smtpcmd c)
{
	if (c == SMTPCMD_GREETING)
		return _("the greeting");
	if (c == SMTPCMD_DOT)
		return _("the final dot");
	if (c == SMTPCMD_NONE)
		return _("a command");
	return smtpcmd_name(c);
}

/* What e expects, in words. */
static void
lesson_exp_words(const struct lesson_exp *e, char *out, size_t len)
{
	static const char *const conn[] = {
		N_("the server to answer the connect"),
		N_("the connect to fail"), N_("the connect to time out"),
		N_("the connect to be refused"),
	};
	switch (e->kind) {
	case LESSON_X_REPLY:
		snprintf(out, len, _("a reply %s%.*s%s%s to %s"), e->code,
		    (int)(3 - strlen(e->code)), "xxx", e->esc[0] != '\0' ?
		    " " : "", e->esc, lesson_cmd_word(e->cmd));
		break;
	case LESSON_X_STATE:
		snprintf(out, len, _("the session to be %s"),
		    session_state_name((enum session_state)e->state));
		break;
	case LESSON_X_TLS:
		snprintf(out, len, "%s", e->on ? _("TLS to be on") :
		    _("TLS to be off"));
		break;
	case LESSON_X_AUTH:
		snprintf(out, len, "%s", e->on ? _("to be authenticated") :
		    _("not to be authenticated"));
		break;
	case LESSON_X_CAP:
		snprintf(out, len, e->on ? _("the server to offer %s") :
		    _("the server not to offer %s"), e->word);
		break;
	case LESSON_X_CONNECT:
		snprintf(out, len, "%s", _(conn[e->conn]));
		break;
	case LESSON_X_FINDING:
		snprintf(out, len, _("a finding: %s"), e->word);
		break;
	}
}

static int
lesson_reply_matches(const struct lesson_exp *e, const struct reply *rp)
{
	char	 code[8];

	snprintf(code, sizeof code, "%d", rp->code);
	if (strncmp(code, e->code, strlen(e->code)) != 0)
		return 0;
	return e->esc[0] == '\0' || strcmp(e->esc, rp->esc) == 0;
}

/* A condition read from the session now. */
static int
lesson_holds(const struct lesson_exp *e, const struct session *s)
{
	const struct caps	*c;

	switch (e->kind) {
	case LESSON_X_STATE:
		return (int)session_state(s) == e->state;
	case LESSON_X_TLS:
		return !!session_tls_active(s) == e->on;
	case LESSON_X_AUTH:
		return (session_auth_user(s) != NULL) == e->on;
	case LESSON_X_CAP:
		c = session_caps(s);
		return (c != NULL && caps_has(c, e->word)) == e->on;
	default:
		return 0;
	}
}

/* Every expectation of the step holds: move on. */
static enum lesson_outcome
lesson_check(struct lesson_run *r, const struct session *s)
{
	const struct lesson_step	*st = lesson_run_step(r);
	size_t				 i;

	if (st == NULL || !r->tried)
		return LESSON_NOTHING;
	for (i = 0; i < st->nexp; i++) {
		switch (st->exp[i].kind) {
		case LESSON_X_REPLY:
		case LESSON_X_CONNECT:
		case LESSON_X_FINDING:
			if (!r->met[i])
				return LESSON_NOTHING;
			break;
		default:
			if (s == NULL || !lesson_holds(&st->exp[i], s))
				return LESSON_NOTHING;
			break;
		}
	}
	lesson_run_goto(r, r->step + 1);
	return r->step == r->lesson->nsteps ? LESSON_COMPLETE :
	    LESSON_STEP_DONE;
}

/* The first expectation not met, in r->miss with what happened. */
static enum lesson_outcome
lesson_missed(struct lesson_run *r, const struct session *s)
{
	const struct lesson_step	*st = lesson_run_step(r);
	char				 want[160] = "";
	size_t				 i;

	for (i = 0; i < st->nexp; i++) {
		if (r->met[i])
			continue;
		if (st->exp[i].kind != LESSON_X_REPLY &&
		    st->exp[i].kind != LESSON_X_CONNECT &&
		    st->exp[i].kind != LESSON_X_FINDING &&
		    lesson_holds(&st->exp[i], s))
			continue;
		lesson_exp_words(&st->exp[i], want, sizeof want);
		break;
	}
	if (r->last[0] != '\0')
		snprintf(r->miss, sizeof r->miss, _("this step expected %s; "
		    "what happened: %s"), want, r->last);
	else
		snprintf(r->miss, sizeof r->miss, _("this step expected %s"),
		    want);
	r->tried = 0;
	return LESSON_MISSED;
}

enum lesson_outcome
lesson_line(struct lesson_run *r, const char *line)
{
	const struct lesson_step	*st = lesson_run_step(r);

	(void)line;
	if (st == NULL)
		return LESSON_NOTHING;
	r->tried = 1;
	r->last[0] = '\0';
	r->miss[0] = '\0';
	/* A step with nothing to expect is done once a line is entered. */
	if (st->nexp == 0)
		return lesson_check(r, NULL);
	return LESSON_NOTHING;
}

enum lesson_outcome
lesson_event(struct lesson_run *r, const struct session_event *ev,
    const struct session *s)
{
	static const char *const conn_words[] = {
		N_("the server answered"), N_("the name did not resolve"),
		N_("the connection was refused"), N_("the connect timed out"),
		N_("the TLS handshake failed"), N_("the server closed at once"),
		N_("the connect failed"), N_("the target was skipped"),
	};
	const struct lesson_step	*st = lesson_run_step(r);
	const struct lesson_exp		*e;
	enum lesson_outcome		 o;
	size_t				 i;
	int				 res, kind;

	if (st == NULL || !r->tried)
		return LESSON_NOTHING;
	switch (ev->type) {
	case SESSION_EV_REPLY:
		snprintf(r->last, sizeof r->last, _("%d%s%s to %s"),
		    ev->reply->code, ev->reply->esc[0] != '\0' ? " " : "",
		    ev->reply->esc, lesson_cmd_word(ev->cmd));
		for (i = 0; i < st->nexp; i++) {
			e = &st->exp[i];
			if (e->kind == LESSON_X_REPLY && !r->met[i] &&
			    (e->cmd == SMTPCMD_NONE || e->cmd == ev->cmd) &&
			    lesson_reply_matches(e, ev->reply))
				r->met[i] = 1;
		}
		break;
	case SESSION_EV_TARGET:
		res = (int)ev->target->result;
		if (res >= 0 && res < (int)(sizeof conn_words /
		    sizeof conn_words[0]))
			snprintf(r->last, sizeof r->last, "%s",
			    _(conn_words[res]));
		kind = res == SESSION_TARGET_ANSWERED ? LESSON_CONN_OK :
		    res == SESSION_TARGET_TIMEOUT ? LESSON_CONN_TIMEOUT :
		    res == SESSION_TARGET_REFUSED ? LESSON_CONN_REFUSED :
		    LESSON_CONN_FAILED;
		for (i = 0; i < st->nexp; i++) {
			e = &st->exp[i];
			if (e->kind == LESSON_X_CONNECT && (e->conn == kind ||
			    (e->conn == LESSON_CONN_FAILED &&
			    kind != LESSON_CONN_OK)))
				r->met[i] = 1;
		}
		break;
	case SESSION_EV_CLOSED:
		if (r->last[0] == '\0')
			snprintf(r->last, sizeof r->last, "%s",
			    _("the connection closed"));
		break;
	default:
		break;
	}
	if ((o = lesson_check(r, s)) != LESSON_NOTHING)
		return o;
	if (ev->type == SESSION_EV_IDLE || ev->type == SESSION_EV_CLOSED)
		return lesson_missed(r, s);
	return LESSON_NOTHING;
}

enum lesson_outcome
lesson_finding(struct lesson_run *r, const char *kind,
    const struct session *s)
{
	const struct lesson_step	*st = lesson_run_step(r);
	size_t				 i;

	if (st == NULL || !r->tried)
		return LESSON_NOTHING;
	for (i = 0; i < st->nexp; i++)
		if (st->exp[i].kind == LESSON_X_FINDING &&
		    strcmp(st->exp[i].word, kind) == 0)
			r->met[i] = 1;
	return lesson_check(r, s);
}
