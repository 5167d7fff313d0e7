/*
 * GNU readline in the command window, following the recipe in STYLE.md
 * section 3: the callback interface, keypad off so readline decodes keys
 * itself, input from our own byte queue through rl_getc_function with an
 * honest rl_input_available_hook, and display through
 * rl_redisplay_function, which draws rl_display_prompt and
 * rl_line_buffer with the cursor column worked out by wcwidth and the line
 * scrolled sideways to keep the cursor in view. Readline never touches the
 * terminal: terminal preparation is off, signals and SIGWINCH are ours,
 * and rl_outstream is /dev/null. Screen keys (PgUp, F1, Ctrl-S, ...) are
 * named readline functions, so an inputrc can rebind them under
 * "$if smtpx". Lines that will be masked in the transcript (the arguments
 * of AUTH, answers to a 334) are masked while typed and never kept in
 * history; neither are the lines of a message. Empty lines are passed on
 * like any other: in DATA and after a 334 they are lines to send.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <curses.h>
#include <readline/readline.h>
#include <readline/history.h>

#include "buf.h"
#include "caps.h"
#include "screen.h"
#include "sasl.h"
#include "session.h"
#include "smtpcmd.h"
#include "transcript.h"
#include "tui.h"
#include "width.h"

#define CMDLINE_HISTORY_MAX	1000
#define CMDLINE_CANDS_MAX	128

/* Readline is global; so is the screen it works for. */
static struct screen	*cl;
static FILE		*cmdline_sink;


/* Candidates for the word being completed, filled per attempt. */
static const char	*cmdline_cands[CMDLINE_CANDS_MAX];
static size_t		 cmdline_ncands;
static char		*cmdline_owned[CMDLINE_CANDS_MAX];
static size_t		 cmdline_nowned;

/*
 * Input.
 */

static int
cmdline_getc(FILE *fp)
{
	unsigned char	 b;
	int		 c, tries;

	(void)fp;
	/* Readline only asks for more than we offered in the middle of a
	   character or a key; those bytes are on their way. */
	for (tries = 0; cl->qlen == 0 && tries < 20; tries++) {
		wtimeout(cl->cmd_win, 100);
		c = wgetch(cl->cmd_win);
		wtimeout(cl->cmd_win, 0);
		if (c == KEY_RESIZE)
			screen_dirty(cl, SCREEN_D_ALL);
		else if (c >= 0 && c <= 0xff) {
			b = (unsigned char)c;
			screen_queue_add(cl, &b, 1);	/* the queue is empty */
		}
	}
	if (cl->qlen == 0)
		return 7;	/* ^G: abort whatever was half typed */
	c = cl->q[0];
	screen_consume(cl, 1);
	return c;
}

static int
cmdline_input_available(void)
{
	return cl->qlen > 0;
}

/*
 * Display.
 */

static void
cmdline_redisplay(void)
{
	/* More keys are queued (a paste): the loop draws once they are
	   fed, instead of the whole screen once per line. */
	if (cl->qlen > 0)
		return;
	screen_draw(cl);
}

/* Draw one character at column col (relative to the line start) when it
   falls inside the visible part. Returns its width. */
static int
cmdline_char(struct screen *s, const char *p, size_t left, int col,
    attr_t attr, int masked, size_t *used)
{
	WINDOW	*w = s->cmd_win;
	int	 cw, x;
	char	 ctl[2];

	if (masked) {
		(void)width_char(p, left, col, used);
		cw = 1;
	} else
		cw = width_char(p, left, col, used);
	x = col - s->hscroll;
	if (x < 0 || x + cw > s->cols - 1)
		return cw;
	wmove(w, 0, x);
	if (masked)
		screen_put(w, "*", 1, 1, attr);
	else if (*p == '\t')
		wprintw(w, "%*s", cw, "");
	else if ((unsigned char)*p < 0x20 || *p == 0x7f) {
		ctl[0] = '^';
		ctl[1] = *p == 0x7f ? '?' : (char)(*p | 0x40);
		screen_put(w, ctl, 2, cw, attr);
	} else
		screen_put(w, p, *used, cw, attr);
	return cw;
}

/* Columns the cursor sits at, and keep it inside the window. */
static void
cmdline_scroll(struct screen *s, int cursor, int total)
{
	int	 cols = s->cols > 1 ? s->cols : 1;

	if (total < cols - 1)
		s->hscroll = 0;
	else if (cursor < s->hscroll || cursor - s->hscroll > cols - 2)
		s->hscroll = cursor - (cols * 2) / 3;
	if (s->hscroll < 0)
		s->hscroll = 0;
}

static void
cmdline_draw_text(struct screen *s, const char *prompt, const char *line,
    size_t len, size_t point, size_t mask_from)
{
	size_t	 off, used, plen = strlen(prompt);
	int	 col, cursor, total;

	/* First the widths, to scroll; then the drawing. */
	col = width_str(prompt, plen);
	cursor = -1;
	for (off = 0; off < len; off += used) {
		if (off == point)
			cursor = col;
		if (off >= mask_from) {
			(void)width_char(line + off, len - off, col, &used);
			col += 1;
		} else
			col += width_char(line + off, len - off, col, &used);
	}
	total = col;
	if (cursor == -1)
		cursor = col;
	cmdline_scroll(s, cursor, total);

	werase(s->cmd_win);
	for (off = 0, col = 0; off < plen; off += used)
		col += cmdline_char(s, prompt + off, plen - off, col,
		    s->attr[THEME_PROMPT], 0, &used);
	for (off = 0; off < len; off += used)
		col += cmdline_char(s, line + off, len - off, col,
		    s->attr[THEME_INPUT], off >= mask_from, &used);
	if (s->hscroll > 0) {
		/* Say that there is more to the left. */
		mvwaddch(s->cmd_win, 0, 0, '<' | s->attr[THEME_PROMPT]);
	}
	wmove(s->cmd_win, 0, cursor - s->hscroll);
}

void
cmdline_draw(struct screen *s)
{
	char	 q[512], stars[256];
	size_t	 n, i;

	if (s->cmd_win == NULL || s->too_small)
		return;
	switch (s->mode) {
	case SCREEN_SECRET:
		/* The mask is one star per character typed. */
		for (i = n = 0; i < s->secret.len; i++)
			if (((unsigned char)s->secret.data[i] & 0xc0) != 0x80)
				n++;
		if (n >= sizeof(stars))
			n = sizeof(stars) - 1;
		memset(stars, '*', n);
		stars[n] = '\0';
		cmdline_draw_text(s, s->mode_prompt, stars, n, n, (size_t)-1);
		break;
	case SCREEN_CONFIRM:
		snprintf(q, sizeof(q), "%s (y/N) ", s->mode_prompt);
		cmdline_draw_text(s, q, "", 0, 0, (size_t)-1);
		break;
	case SCREEN_LINE:
		cmdline_draw_text(s, rl_display_prompt != NULL ?
		    rl_display_prompt : "", rl_line_buffer != NULL ?
		    rl_line_buffer : "", (size_t)rl_end, (size_t)rl_point,
		    cmdline_mask_from(s, rl_line_buffer, (size_t)rl_end));
		break;
	}
	wnoutrefresh(s->cmd_win);
}

/*
 * Secrets. The engine masks the arguments of AUTH and any line answering
 * a 334; the command line masks the same while it is typed.
 */

static int
cmdline_word_is(const char *s, size_t len, const char *word)
{
	size_t	 n = strlen(word);

	return len >= n && strncasecmp(s, word, n) == 0 &&
	    (len == n || s[n] == ' ' || s[n] == '\t');
}

/* Byte offset of the start of word number nth (0-based), or len. */
static size_t
cmdline_word_start(const char *s, size_t len, int nth)
{
	size_t	 i = 0;
	int	 w = -1;

	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == len)
			break;
		if (++w == nth)
			return i;
		while (i < len && s[i] != ' ' && s[i] != '\t')
			i++;
	}
	return len;
}

size_t
cmdline_mask_from(struct screen *s, const char *line, size_t len)
{
	size_t	 i;

	if (line == NULL || s->searching)
		return (size_t)-1;
	if (s->secret_next)
		return 0;
	for (i = 0; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
		;
	if ((i = sasl_mask_from(line, len)) != (size_t)-1)
		return i;
	for (i = 0; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
		;
	if (cmdline_word_is(line + i, len - i, "/auth"))
		return cmdline_word_start(line, len, 3);
	return (size_t)-1;
}

/*
 * History: $XDG_STATE_HOME/smtpx/history (default ~/.local/state),
 * mode 0600, never a secret.
 */

static int
cmdline_mkdirs(char *path)
{
	char	*p;

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
	return 0;
}

static void
cmdline_history_load(struct screen *s)
{
	const char	*state = getenv("XDG_STATE_HOME");
	const char	*home = getenv("HOME");
	int		 r;

	s->history_path[0] = '\0';
	if (state != NULL && state[0] == '/')
		r = snprintf(s->history_path, sizeof(s->history_path),
		    "%s/smtpx/history", state);
	else if (home != NULL && home[0] == '/')
		r = snprintf(s->history_path, sizeof(s->history_path),
		    "%s/.local/state/smtpx/history", home);
	else
		return;
	if (r < 0 || (size_t)r >= sizeof(s->history_path)) {
		s->history_path[0] = '\0';
		return;
	}
	using_history();
	stifle_history(CMDLINE_HISTORY_MAX);
	(void)read_history(s->history_path);
}

void
cmdline_history_save(struct screen *s)
{
	char	 dir[sizeof(s->history_path)];
	int	 fd;

	if (s->history_path[0] == '\0')
		return;
	snprintf(dir, sizeof(dir), "%s", s->history_path);
	if (cmdline_mkdirs(dir) == -1)
		return;
	/* Create it 0600 before readline writes a line into it. */
	fd = open(s->history_path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd == -1)
		return;
	(void)fchmod(fd, 0600);
	close(fd);
	(void)write_history(s->history_path);
	(void)chmod(s->history_path, 0600);
}

/* What of a line may be kept: the line, a shortened copy, or nothing. */
static char *
cmdline_history_form(struct screen *s, const char *line)
{
	size_t	 len = strlen(line), cut;
	char	*h;

	/* Like bash's ignorespace: a leading space keeps a line out. A
	   message line may be a customer's text: out like a secret. */
	if (len == 0 || line[0] == ' ' || s->secret_next)
		return NULL;
	if (line[0] != '/' && s->session != NULL &&
	    session_in_message(s->session))
		return NULL;
	cut = cmdline_mask_from(s, line, len);
	if (cut == 0)
		return NULL;
	if (cut != (size_t)-1) {
		while (cut > 0 && (line[cut - 1] == ' ' || line[cut - 1] == '\t'))
			cut--;
		h = strndup(line, cut);
	} else
		h = strdup(line);
	/* The command layer's rule: no /b64, /unb64, no AUTH arguments. */
	if (h != NULL && !cmd_history_ok(h)) {
		explicit_bzero(h, strlen(h));
		free(h);
		h = NULL;
	}
	return h;
}

static void
cmdline_history_add(struct screen *s, const char *line)
{
	HIST_ENTRY	*last;
	char		*h;

	if ((h = cmdline_history_form(s, line)) == NULL)
		return;
	last = history_length > 0 ? history_get(history_base +
	    history_length - 1) : NULL;
	if (last == NULL || strcmp(last->line, h) != 0)
		add_history(h);
	free(h);
}

/*
 * Lines.
 */

static const char *
cmdline_prompt_for(struct screen *s)
{
	if (s->searching)
		return "search: ";
	if (s->session == NULL)
		return "smtpx> ";
	switch (session_state(s->session)) {
	case SESSION_CLOSED:
		return "smtpx> ";
	case SESSION_DATA:
		return "data> ";
	default:
		/* Only a 334 that came makes this an answer; a typed AUTH
		   still waiting (say behind a TLS handshake) does not. */
		return session_asked_secret(s->session) ? "334> " : "smtp> ";
	}
}

void
cmdline_prompt_update(struct screen *s)
{
	const char	*p;

	/* The engine knows when a typed line may answer a 334. */
	s->secret_next = s->session != NULL &&
	    session_expects_secret(s->session);
	if (RL_ISSTATE(RL_STATE_ISEARCH | RL_STATE_NSEARCH | RL_STATE_SEARCH))
		return;
	p = cmdline_prompt_for(s);
	if (rl_prompt == NULL || strcmp(rl_prompt, p) != 0)
		rl_set_prompt(p);
}

static void
cmdline_search_end(struct screen *s)
{
	s->searching = 0;
	cmdline_prompt_update(s);
}

static int
cmdline_pre_input(void)
{
	/* Put back the line that a search put aside. */
	if (cl->saved_line != NULL) {
		rl_insert_text(cl->saved_line);
		free(cl->saved_line);
		cl->saved_line = NULL;
	}
	return 0;
}

static void
cmdline_line(char *line)
{
	struct screen	*s = cl;
	size_t		 len;

	if (line == NULL) {
		/* Ctrl-D on an empty line. */
		if (s->searching) {
			cmdline_search_cancel(s);
			return;
		}
		screen_quit_request(s);
		return;
	}
	len = strlen(line);
	if (s->searching) {
		cmdline_search_end(s);
		if (len == 0)
			pane_search_clear(&s->pane);
		else {
			/* Runs a slice now and the rest between keys. */
			pane_search_begin(&s->pane,
			    session_transcript(s->session), line);
			s->search_older = 0;
			screen_search_slice(s);
		}
		screen_dirty(s, SCREEN_D_PANE);
		free(line);
		return;
	}
	s->hscroll = 0;
	/* The engine knows when a typed line may answer a 334. */
	s->secret_next = s->session != NULL &&
	    session_expects_secret(s->session);
	/* An empty line too: the command layer knows when it is a line
	   of a message or the answer to a 334. */
	cmdline_history_add(s, line);
	(void)cmd_exec(s->app, line);
	screen_lesson_line(s, line);
	/* The line may have held a secret: wipe both copies. */
	explicit_bzero(line, len);
	if (rl_line_buffer != NULL)
		explicit_bzero(rl_line_buffer, (size_t)rl_end);
	free(line);
	cmdline_prompt_update(s);
	screen_dirty(s, SCREEN_D_PANE);
}

void
cmdline_search_start(struct screen *s)
{
	if (s->searching) {
		/* Ctrl-S again: look for the next older match now. */
		if (rl_end > 0) {
			pane_search_begin(&s->pane,
			    session_transcript(s->session), rl_line_buffer);
			s->search_older = 1;
			screen_search_slice(s);
		}
		screen_dirty(s, SCREEN_D_PANE);
		return;
	}
	free(s->saved_line);
	s->saved_line = rl_end > 0 ? strdup(rl_line_buffer) : NULL;
	s->searching = 1;
	rl_set_prompt("search: ");
	rl_replace_line(s->pane.search != NULL ? s->pane.search : "", 1);
	rl_point = rl_end;
	screen_message(s, 0, "Enter: find older; Ctrl-S: next; Ctrl-C: stop");
}

void
cmdline_search_cancel(struct screen *s)
{
	if (!s->searching)
		return;
	s->searching = 0;
	pane_search_clear(&s->pane);
	rl_replace_line(s->saved_line != NULL ? s->saved_line : "", 1);
	rl_point = rl_end;
	free(s->saved_line);
	s->saved_line = NULL;
	cmdline_prompt_update(s);
	screen_dirty(s, SCREEN_D_PANE);
}

/* Ctrl-C with nothing to cancel: drop the line and any half-done key. */
void
cmdline_reset(struct screen *s)
{
	if (s->searching) {
		rl_callback_sigcleanup();
		cmdline_search_cancel(s);
		return;
	}
	rl_callback_sigcleanup();
	rl_free_line_state();
	rl_replace_line("", 1);
	rl_point = rl_end = rl_mark = 0;
	s->hscroll = 0;
	cmdline_prompt_update(s);
}

/* A lesson's suggested line, only over an empty command line: what the
   learner started typing is theirs. */
void
cmdline_suggest(struct screen *s, const char *line)
{
	if (s->searching || s->mode != SCREEN_LINE || rl_end > 0 ||
	    line == NULL)
		return;
	rl_replace_line(line, 1);
	rl_point = rl_end;
	s->hscroll = 0;
}

/*
 * Completion: SMTP verbs, /commands, AUTH mechanisms the server offered,
 * EHLO keywords, MAIL and RCPT parameters the server supports, themes.
 */

static void
cmdline_cands_reset(void)
{
	size_t	 i;

	for (i = 0; i < cmdline_nowned; i++)
		free(cmdline_owned[i]);
	cmdline_nowned = cmdline_ncands = 0;
}

static void
cmdline_cand(const char *c)
{
	size_t	 i;

	for (i = 0; i < cmdline_ncands; i++)
		if (strcasecmp(cmdline_cands[i], c) == 0)
			return;
	if (cmdline_ncands < CMDLINE_CANDS_MAX)
		cmdline_cands[cmdline_ncands++] = c;
}

static void
cmdline_cand_owned(char *c)
{
	if (c == NULL)
		return;
	if (cmdline_nowned >= CMDLINE_CANDS_MAX) {
		free(c);
		return;
	}
	cmdline_owned[cmdline_nowned++] = c;
	cmdline_cand(c);
}

static void
cmdline_cands_list(const char *const *list)
{
	for (; *list != NULL; list++)
		cmdline_cand(*list);
}

static void
cmdline_cands_mechs(struct screen *s)
{
	const struct caps	*c = session_caps(s->session);
	size_t			 i;

	if (c != NULL && c->nmechs > 0) {
		for (i = 0; i < c->nmechs; i++)
			cmdline_cand(c->mechs[i]);
	} else
		cmdline_cands_list(sasl_mechs);
}

static void
cmdline_cands_themes(void)
{
	char		 dirs[THEME_NDIRS][512], *name;
	struct dirent	*de;
	DIR		*d;
	size_t		 n, i, len;

	cmdline_cand("default");
	cmdline_cand("mono");
	n = theme_dirs(dirs, THEME_NDIRS);
	for (i = 0; i < n; i++) {
		if ((d = opendir(dirs[i])) == NULL)
			continue;
		while ((de = readdir(d)) != NULL) {
			len = strlen(de->d_name);
			if (len <= 6 || strcmp(de->d_name + len - 6,
			    ".theme") != 0)
				continue;
			if ((name = strndup(de->d_name, len - 6)) == NULL)
				continue;
			if (theme_name_ok(name))
				cmdline_cand_owned(name);
			else
				free(name);
		}
		closedir(d);
	}
}

/* 1 when the line has a parameter named name (up to "=") already. */
static int
cmdline_has_param(const char *line, const char *name)
{
	const char	*p = line;
	size_t		 n = strcspn(name, "=");

	while ((p = strchr(p, ' ')) != NULL) {
		p++;
		if (strncasecmp(p, name, n) == 0 && (p[n] == '=' ||
		    p[n] == ' ' || p[n] == '\0'))
			return 1;
	}
	return 0;
}

/* A parameter, unless the line has it already. */
static void
cmdline_cand_param(const char *line, const char *cand)
{
	if (!cmdline_has_param(line, cand))
		cmdline_cand(cand);
}

/*
 * MAIL and RCPT parameters of the extensions the server offered (RFC
 * 5321 4.1.1.11: others get 555), each once on a line. The notes explain
 * each as the line goes out (core/notes_ext.c).
 */
static void
cmdline_cands_params(struct screen *s, int rcpt, const char *line)
{
	const struct caps	*c = session_caps(s->session);
	const char		*lt, *gt;
	char			*orcpt;

	if (c == NULL)
		return;
	if (!rcpt) {
		if (caps_has(c, "SIZE"))
			cmdline_cand_param(line, "SIZE=");
		if (caps_has(c, "8BITMIME") && !cmdline_has_param(line, "BODY"))
			cmdline_cand("BODY=8BITMIME");
		if (caps_has(c, "BINARYMIME") &&
		    !cmdline_has_param(line, "BODY"))
			cmdline_cand("BODY=BINARYMIME");
		if (caps_has(c, "SMTPUTF8"))
			cmdline_cand_param(line, "SMTPUTF8");
		if (caps_has(c, "DSN") && !cmdline_has_param(line, "RET")) {
			cmdline_cand("RET=HDRS");
			cmdline_cand("RET=FULL");
		}
		if (caps_has(c, "DSN"))
			cmdline_cand_param(line, "ENVID=");
		if (caps_has(c, "AUTH"))
			cmdline_cand_param(line, "AUTH=<>");
		if (caps_has(c, "REQUIRETLS"))
			cmdline_cand_param(line, "REQUIRETLS");
		if (caps_has(c, "MT-PRIORITY"))
			cmdline_cand_param(line, "MT-PRIORITY=");
		if (caps_has(c, "FUTURERELEASE") &&
		    !cmdline_has_param(line, "HOLDFOR") &&
		    !cmdline_has_param(line, "HOLDUNTIL")) {
			cmdline_cand("HOLDFOR=");
			cmdline_cand("HOLDUNTIL=");
		}
		if (caps_has(c, "DELIVERBY"))
			cmdline_cand_param(line, "BY=");
	} else if (caps_has(c, "DSN")) {
		if (!cmdline_has_param(line, "NOTIFY")) {
			cmdline_cand("NOTIFY=SUCCESS,FAILURE");
			cmdline_cand("NOTIFY=SUCCESS,FAILURE,DELAY");
			cmdline_cand("NOTIFY=FAILURE,DELAY");
			cmdline_cand("NOTIFY=NEVER");
		}
		if (cmdline_has_param(line, "ORCPT"))
			return;
		/* The original recipient is most often the one typed. */
		if ((lt = strchr(line, '<')) != NULL &&
		    (gt = strchr(lt, '>')) != NULL && gt > lt + 1 &&
		    asprintf(&orcpt, "ORCPT=rfc822;%.*s", (int)(gt - lt - 1),
		    lt + 1) != -1)
			cmdline_cand_owned(orcpt);
		else
			cmdline_cand("ORCPT=rfc822;");
	}
}

static void
cmdline_cands_verbs(struct screen *s)
{
	const struct caps	*c = session_caps(s->session);
	const struct smtpcmd_info *t;
	size_t			 i;

	/* Every command a client types, then the extension verbs the
	   server offered (ETRN, ATRN, XCLIENT, ...). */
	for (t = smtpcmd_table; t->name != NULL; t++)
		if (t->flags & SMTPCMD_F_TYPED)
			cmdline_cand(t->complete);
	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++)
		for (t = smtpcmd_table; t->name != NULL; t++)
			if (!(t->flags & SMTPCMD_F_TYPED) &&
			    strcmp(c->v[i].keyword, t->name) == 0)
				cmdline_cand(t->name);
}

static char *
cmdline_case(const char *cand, const char *text)
{
	char	*r = strdup(cand), *p;

	/* Typed in lower case: answer in lower case (SMTP does not mind). */
	if (r != NULL && text[0] != '\0' && islower((unsigned char)text[0]))
		for (p = r; *p != '\0'; p++)
			*p = (char)tolower((unsigned char)*p);
	return r;
}

static char **
cmdline_matches(const char *text, int fold)
{
	char	**m;
	size_t	 i, n = 0, tl = strlen(text), lcd, j;

	if ((m = calloc(cmdline_ncands + 2, sizeof(*m))) == NULL)
		return NULL;
	for (i = 0; i < cmdline_ncands; i++) {
		if (strncasecmp(cmdline_cands[i], text, tl) == 0)
			m[1 + n++] = fold ? cmdline_case(cmdline_cands[i],
			    text) : strdup(cmdline_cands[i]);
	}
	if (n == 0) {
		free(m);
		return NULL;
	}
	/* m[0] is the longest common prefix (case-insensitively). */
	lcd = strlen(m[1]);
	for (i = 2; i <= n; i++) {
		for (j = 0; j < lcd && m[i][j] != '\0' &&
		    tolower((unsigned char)m[i][j]) ==
		    tolower((unsigned char)m[1][j]); j++)
			;
		lcd = j;
	}
	if (lcd < tl)
		lcd = tl;
	if (n == 1)
		m[0] = m[1], m[1] = NULL;
	else if ((m[0] = strndup(m[1], lcd)) != NULL && lcd == tl)
		memcpy(m[0], text, tl);		/* keep what was typed */
	if (m[0] == NULL) {
		for (i = 1; i <= n; i++)
			free(m[i]);
		free(m);
		return NULL;
	}
	if (n == 1) {
		j = strlen(m[0]);
		if (j > 0 && strchr("<=:;", m[0][j - 1]) != NULL)
			rl_completion_suppress_append = 1;
	}
	return m;
}

static char **
cmdline_complete(const char *text, int start, int end)
{
	struct screen	*s = cl;
	const char	*line = rl_line_buffer;
	size_t		 w0, w0len;
	int		 nwords = 0, fold = 0;
	size_t		 i;
	char		*before;

	(void)end;
	rl_attempted_completion_over = 1;
	cmdline_cands_reset();
	if (s->searching)
		return NULL;
	/* Count the words before the one being completed. */
	for (i = 0; i < (size_t)start; ) {
		while (i < (size_t)start && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i >= (size_t)start)
			break;
		nwords++;
		while (i < (size_t)start && line[i] != ' ' && line[i] != '\t')
			i++;
	}
	for (w0 = 0; line[w0] == ' ' || line[w0] == '\t'; w0++)
		;
	for (w0len = 0; line[w0 + w0len] != '\0' && line[w0 + w0len] != ' ' &&
	    line[w0 + w0len] != '\t'; w0len++)
		;
	line += w0;

	if (s->session != NULL && session_state(s->session) == SESSION_DATA &&
	    text[0] != '/')
		return NULL;		/* message text */
	if (nwords == 0) {
		if (text[0] == '/') {
			cmdline_cands_list(cmd_names);
		} else {
			cmdline_cands_verbs(s);
			fold = 1;
		}
	} else if (cmdline_word_is(line, w0len, "/auth") && nwords == 1) {
		cmdline_cands_mechs(s);
	} else if (cmdline_word_is(line, w0len, "AUTH") && nwords == 1) {
		cmdline_cands_mechs(s);
	} else if (cmdline_word_is(line, w0len, "/theme") && nwords == 1) {
		cmdline_cands_themes();
	} else if (cmdline_word_is(line, w0len, "/notes") && nwords == 1) {
		cmdline_cand("on");
		cmdline_cand("off");
	} else if (cmdline_word_is(line, w0len, "/help") && nwords == 1) {
		cmdline_cands_list(cmd_names);
	} else if (cmdline_word_is(line, w0len, "/explain") && nwords == 1) {
		const struct caps	*c = session_caps(s->session);

		for (i = 0; c != NULL && i < c->n; i++)
			cmdline_cand(c->v[i].keyword);
	} else if (cmdline_word_is(line, w0len, "/connect")) {
		if (nwords == 1)
			cmdline_cand("lab");
		else if (nwords == 2) {
			cmdline_cand("25");
			cmdline_cand("587");
			cmdline_cand("465");
		} else
			cmdline_cand("--tls");
	} else if (cmdline_word_is(line, w0len, "/probe")) {
		/* /probe [--proxy URL] TARGET | show N */
		for (i = w0len; line[i] == ' ' || line[i] == '\t'; i++)
			;
		if (nwords == 1) {
			cmdline_cand("lab");
			cmdline_cand("show");
			cmdline_cand("--proxy");
		} else if (nwords == 2 && strncmp(line + i, "--proxy ", 8) == 0)
			cmdline_cand("socks5://localhost:1080");
	} else if (cmdline_word_is(line, w0len, "/data") ||
	    (cmdline_word_is(line, w0len, "/bdat") && nwords == 1) ||
	    (cmdline_word_is(line, w0len, "/lint") && nwords == 1) ||
	    cmdline_word_is(line, w0len, "/save")) {
		rl_attempted_completion_over = 0;	/* file names */
		return NULL;
	} else if (cmdline_word_is(line, w0len, "/send") && nwords >= 3) {
		/* After FROM and a TO: the message options; a file after
		   --attach. */
		for (i = (size_t)start - w0; i > 0 && (line[i - 1] == ' ' ||
		    line[i - 1] == '\t'); i--)
			;
		if (i >= 8 && strncmp(line + i - 8, "--attach", 8) == 0) {
			rl_attempted_completion_over = 0;
			return NULL;
		}
		if (text[0] == '-') {
			cmdline_cand("--subject");
			cmdline_cand("--header");
			cmdline_cand("--body");
			cmdline_cand("--attach");
		}
	} else if ((cmdline_word_is(line, w0len, "MAIL") ||
	    cmdline_word_is(line, w0len, "RCPT")) && nwords >= 2) {
		/* The words before this one: a parameter there is given. */
		if ((before = strndup(line, (size_t)start - w0)) != NULL)
			cmdline_cands_params(s, toupper((unsigned char)
			    line[0]) == 'R', before);
		free(before);
		fold = 1;
	}
	if (cmdline_ncands == 0)
		return NULL;
	return cmdline_matches(text, fold);
}

static void
cmdline_show_matches(char **matches, int n, int maxlen)
{
	(void)maxlen;
	screen_menu_set(cl, (const char *const *)matches + 1, (size_t)n);
}

/*
 * Screen keys as named readline functions.
 */

static int
cmdline_fn_pgup(int count, int key)
{
	(void)count, (void)key;
	pane_scroll(&cl->pane, session_transcript(cl->session),
	    -(long)(cl->pane.rows > 2 ? cl->pane.rows - 1 : 1));
	screen_dirty(cl, SCREEN_D_PANE);
	return 0;
}

static int
cmdline_fn_pgdn(int count, int key)
{
	(void)count, (void)key;
	pane_scroll(&cl->pane, session_transcript(cl->session),
	    (long)(cl->pane.rows > 2 ? cl->pane.rows - 1 : 1));
	screen_dirty(cl, SCREEN_D_PANE);
	return 0;
}

static int
cmdline_fn_top(int count, int key)
{
	(void)count, (void)key;
	pane_top(&cl->pane, session_transcript(cl->session));
	screen_dirty(cl, SCREEN_D_PANE);
	return 0;
}

static int
cmdline_fn_bottom(int count, int key)
{
	(void)count, (void)key;
	pane_bottom(&cl->pane);
	screen_dirty(cl, SCREEN_D_PANE);
	return 0;
}

/* Home and End move in the line, or in the transcript when it is empty. */
static int
cmdline_fn_home(int count, int key)
{
	if (rl_end == 0)
		return cmdline_fn_top(count, key);
	return rl_beg_of_line(count, key);
}

static int
cmdline_fn_end(int count, int key)
{
	if (rl_end == 0)
		return cmdline_fn_bottom(count, key);
	return rl_end_of_line(count, key);
}

static int
cmdline_fn_help(int count, int key)
{
	(void)count, (void)key;
	screen_show_help(cl, NULL);
	return 0;
}

static int
cmdline_fn_notes(int count, int key)
{
	(void)count, (void)key;
	screen_toggle_notes(cl);
	return 0;
}

static int
cmdline_fn_times(int count, int key)
{
	(void)count, (void)key;
	screen_toggle_timestamps(cl);
	return 0;
}

static int
cmdline_fn_lesson(int count, int key)
{
	(void)count, (void)key;
	screen_lesson_toggle(cl);
	return 0;
}

static int
cmdline_fn_redraw(int count, int key)
{
	(void)count, (void)key;
	screen_dirty(cl, SCREEN_D_ALL);
	return 0;
}

static int
cmdline_fn_search(int count, int key)
{
	(void)count, (void)key;
	cmdline_search_start(cl);
	return 0;
}

static int
cmdline_fn_abort(int count, int key)
{
	if (cl->searching) {
		cmdline_search_cancel(cl);
		return 0;
	}
	return rl_abort(count, key);
}

static void
cmdline_bind(const char *seq, rl_command_func_t *fn)
{
	if (seq == NULL || seq == (char *)-1 || seq[0] == '\0')
		return;
	rl_bind_keyseq_in_map(seq, fn, emacs_standard_keymap);
	rl_bind_keyseq_in_map(seq, fn, vi_insertion_keymap);
	rl_bind_keyseq_in_map(seq, fn, vi_movement_keymap);
}

static void
cmdline_bind_all(const char *const *seqs, const char *capname,
    rl_command_func_t *fn)
{
	for (; *seqs != NULL; seqs++)
		cmdline_bind(*seqs, fn);
	if (capname != NULL)
		cmdline_bind(tigetstr(capname), fn);
}

static void
cmdline_keys(void)
{
	static const char *const pgup[] = { "\033[5~", NULL };
	static const char *const pgdn[] = { "\033[6~", NULL };
	static const char *const home[] = { "\033[1~", "\033[H", "\033OH",
	    "\033[7~", NULL };
	static const char *const end[] = { "\033[4~", "\033[F", "\033OF",
	    "\033[8~", NULL };
	static const char *const top[] = { "\033[1;5H", "\033[1;3H",
	    "\033[5;5~", NULL };
	static const char *const bot[] = { "\033[1;5F", "\033[1;3F",
	    "\033[6;5~", NULL };
	static const char *const f1[] = { "\033OP", "\033[11~", "\033[[A",
	    NULL };
	static const char *const f2[] = { "\033OQ", "\033[12~", "\033[[B",
	    NULL };
	static const char *const f3[] = { "\033OR", "\033[13~", "\033[[C",
	    NULL };
	static const char *const f4[] = { "\033OS", "\033[14~", "\033[[D",
	    NULL };

	rl_add_defun("smtpx-page-up", cmdline_fn_pgup, -1);
	rl_add_defun("smtpx-page-down", cmdline_fn_pgdn, -1);
	rl_add_defun("smtpx-transcript-top", cmdline_fn_top, -1);
	rl_add_defun("smtpx-transcript-bottom", cmdline_fn_bottom, -1);
	rl_add_defun("smtpx-home", cmdline_fn_home, -1);
	rl_add_defun("smtpx-end", cmdline_fn_end, -1);
	rl_add_defun("smtpx-help", cmdline_fn_help, -1);
	rl_add_defun("smtpx-toggle-notes", cmdline_fn_notes, -1);
	rl_add_defun("smtpx-toggle-timestamps", cmdline_fn_times, -1);
	rl_add_defun("smtpx-redraw", cmdline_fn_redraw, -1);
	rl_add_defun("smtpx-lesson-panel", cmdline_fn_lesson, -1);
	rl_add_defun("smtpx-search", cmdline_fn_search, -1);
	rl_add_defun("smtpx-abort", cmdline_fn_abort, -1);

	cmdline_bind_all(pgup, "kpp", cmdline_fn_pgup);
	cmdline_bind_all(pgdn, "knp", cmdline_fn_pgdn);
	cmdline_bind_all(home, "khome", cmdline_fn_home);
	cmdline_bind_all(end, "kend", cmdline_fn_end);
	cmdline_bind_all(top, NULL, cmdline_fn_top);
	cmdline_bind_all(bot, NULL, cmdline_fn_bottom);
	cmdline_bind_all(f1, "kf1", cmdline_fn_help);
	cmdline_bind_all(f2, "kf2", cmdline_fn_notes);
	cmdline_bind_all(f3, "kf3", cmdline_fn_times);
	cmdline_bind_all(f4, "kf4", cmdline_fn_lesson);
	rl_bind_key_in_map(CTRL('L'), cmdline_fn_redraw, emacs_standard_keymap);
	rl_bind_key_in_map(CTRL('L'), cmdline_fn_redraw, vi_insertion_keymap);
	rl_bind_key_in_map(CTRL('S'), cmdline_fn_search, emacs_standard_keymap);
	rl_bind_key_in_map(CTRL('S'), cmdline_fn_search, vi_insertion_keymap);
	rl_bind_key_in_map(CTRL('G'), cmdline_fn_abort, emacs_standard_keymap);
	rl_bind_key_in_map(CTRL('G'), cmdline_fn_abort, vi_insertion_keymap);
}

/*
 * Setup and teardown.
 */

int
cmdline_init(struct screen *s)
{
	cl = s;
	if ((cmdline_sink = fopen("/dev/null", "w")) == NULL)
		return -1;
	rl_readline_name = "smtpx";
	rl_instream = stdin;
	rl_outstream = cmdline_sink;
	rl_catch_signals = 0;
	rl_catch_sigwinch = 0;
	rl_change_environment = 0;
	rl_prep_term_function = NULL;
	rl_deprep_term_function = NULL;
	rl_getc_function = cmdline_getc;
	rl_input_available_hook = cmdline_input_available;
	rl_redisplay_function = cmdline_redisplay;
	rl_pre_input_hook = cmdline_pre_input;
	rl_attempted_completion_function = cmdline_complete;
	rl_completion_display_matches_hook = cmdline_show_matches;
	rl_completion_query_items = -1;
	rl_completer_word_break_characters = " \t";
	rl_basic_word_break_characters = " \t";
	rl_inhibit_completion = 0;
	cmdline_keys();
	cmdline_history_load(s);
	/* Installing reads the user's inputrc ($INPUTRC or ~/.inputrc),
	   which may override any binding above. */
	rl_callback_handler_install(cmdline_prompt_for(s), cmdline_line);
	rl_variable_bind("enable-bracketed-paste", "off");
	rl_variable_bind("page-completions", "off");
	rl_variable_bind("bell-style", "none");
	return 0;
}

void
cmdline_end(struct screen *s)
{
	rl_callback_handler_remove();
	cmdline_history_save(s);
	cmdline_cands_reset();
	free(s->saved_line);
	s->saved_line = NULL;
	if (cmdline_sink != NULL) {
		fclose(cmdline_sink);
		cmdline_sink = NULL;
	}
	rl_outstream = NULL;
	cl = NULL;
}

void
cmdline_feed(struct screen *s)
{
	(void)s;
	rl_callback_read_char();
}
