/*
 * --replay FILE on the screen: a saved session shown read-only, one step
 * (a command with its reply and notes, replay_step_end) at a time. The
 * view keeps no copy of the text: each draw formats entries from the
 * last one shown upwards until the window is full (plus the rows
 * scrolled back), the way the line mode writes them (the one sanitiser
 * through transcript_format; notes rendered from their ids in the
 * current language), wrapped to the width. So work per key is bounded
 * by the window, not the session, and a resize needs only a redraw.
 * F3 puts each line's time from the file before it and each reply's
 * latency after its last line. Keys come through curses (keypad on):
 * there is no command line to share them with.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "buf.h"
#include "i18n.h"
#include "render.h"
#include "replay.h"
#include "sanitize.h"
#include "transcript.h"
#include "tui.h"
#include "width.h"

struct rs_line {
	char	*s;
	int	 attr;
};

struct rs {
	const struct replay	*r;
	const char		*name;
	size_t			 step, nsteps, end;
	long			 back;		/* rows scrolled back */
	int			 times;
	int			 notes_on;
	/* The rows built for a draw, the last first. */
	struct rs_line		*l;
	size_t			 n, cap;
	int			 full;		/* ran out of entries */
};

struct rs_wrap {
	struct rs	*v;
	const char	*prefix;
	int		 pw;		/* the prefix's columns */
	int		 attr;
	struct rs_line	*tmp;		/* this entry's rows, in order */
	size_t		 n, cap;
};

static void
rs_wrap_line(void *arg, const char *line, size_t len)
{
	struct rs_wrap	*w = arg;
	struct rs_line	*t;
	struct buf	 b;

	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 8;
		if ((t = realloc(w->tmp, w->cap * sizeof *t)) == NULL) {
			w->cap = w->n;
			return;
		}
		w->tmp = t;
	}
	buf_init(&b, 0);
	if (w->n == 0)
		(void)buf_addstr(&b, w->prefix);
	else
		(void)buf_printf(&b, "%*s", w->pw, "");
	(void)buf_add(&b, line, len);
	if (buf_addch(&b, '\0') == -1) {
		buf_free(&b);
		return;
	}
	w->tmp[w->n].s = b.data;
	w->tmp[w->n].attr = w->attr;
	w->n++;
}

/* Entry i's rows, appended last first to v->l. */
static void
rs_entry(struct rs *v, size_t i, int cols)
{
	const struct replay_entry	*re = &v->r->e[i];
	struct tr_entry			 e;
	struct rs_wrap			 w;
	struct buf			 pre, body, note;
	struct rs_line			*t;
	size_t				 k;

	replay_entry_tr(re, &e);
	buf_init(&pre, 0);
	buf_init(&body, 0);
	buf_init(&note, 0);
	/* "2026-12-04T23:48:48.565Z": the clock part. */
	if (v->times)
		(void)buf_printf(&pre, "%-12.12s ", strlen(re->t) >= 23 ?
		    re->t + 11 : "");
	(void)buf_addstr(&pre, transcript_marker(re->kind));
	if (re->kind == TR_NOTE) {
		(void)render_note_text(re->text, re->len, &note);
		(void)sanitize_text(note.data != NULL ? note.data : "",
		    note.len, &body);
	} else
		(void)transcript_format(&e, 0, TR_TIME_NONE, &body);
	if (v->times && re->latency_ms >= 0)
		(void)buf_printf(&body, "   (%ld ms)", re->latency_ms);
	if (buf_addch(&pre, '\0') == -1 || buf_addch(&body, '\0') == -1)
		goto done;
	memset(&w, 0, sizeof w);
	w.v = v;
	w.prefix = pre.data;
	w.pw = width_str(pre.data, pre.len - 1);
	w.attr = re->kind == TR_SENT ? A_BOLD : re->kind == TR_ERROR ?
	    A_BOLD | A_UNDERLINE : re->kind == TR_NOTE ? A_DIM : A_NORMAL;
	if (body.len <= 1)
		rs_wrap_line(&w, "", 0);
	else
		render_wrap(body.data, body.len - 1, cols - w.pw > 10 ?
		    cols - w.pw : 10, re->kind == TR_NOTE ? RENDER_INDENT : 0,
		    rs_wrap_line, &w);
	for (k = w.n; k-- > 0;) {
		if (v->n == v->cap) {
			v->cap = v->cap ? v->cap * 2 : 64;
			if ((t = realloc(v->l, v->cap * sizeof *t)) == NULL) {
				v->cap = v->n;
				free(w.tmp[k].s);
				continue;
			}
			v->l = t;
		}
		v->l[v->n++] = w.tmp[k];
	}
	free(w.tmp);
done:
	buf_free(&pre);
	buf_free(&body);
	buf_free(&note);
}

static void
rs_clear(struct rs *v)
{
	size_t	 i;

	for (i = 0; i < v->n; i++)
		free(v->l[i].s);
	v->n = 0;
}

static void
rs_draw(struct rs *v)
{
	struct buf	 st;
	size_t		 i, need, top;
	int		 rows = LINES - 1, cols = COLS, y;

	/* Room for the time, the marker and some text. */
	if (rows < 1 || cols < 40) {
		erase();
		mvaddstr(0, 0, "too small");
		refresh();
		return;
	}
	rs_clear(v);
	need = (size_t)rows + (size_t)v->back;
	v->full = 0;
	for (i = v->end; i-- > 0 && v->n < need;)
		if (v->r->e[i].kind != TR_NOTE || v->notes_on)
			rs_entry(v, i, cols);
	if (v->n < need) {
		v->full = 1;
		/* Scrolled past the top: stay at the top. */
		v->back = v->n > (size_t)rows ? (long)(v->n - rows) : 0;
	}
	erase();
	top = v->back + (size_t)rows;
	for (y = 0; y < rows; y++) {
		if (top - y - 1 >= v->n)
			continue;
		i = top - y - 1;
		attrset(v->l[i].attr);
		mvaddnstr(y, 0, v->l[i].s, -1);
	}
	attrset(A_REVERSE);
	buf_init(&st, 0);
	(void)buf_printf(&st, " step %zu of %zu%s%s | Space/Enter next, "
	    "Backspace back, F3 times, q quits | replay ", v->step + 1,
	    v->nsteps, v->times ? " | times" : "", v->back ? " | scrolled" :
	    "");
	(void)sanitize_text(v->name, strlen(v->name), &st);
	if (buf_addch(&st, '\0') == 0) {
		mvhline(rows, 0, ' ', cols);
		/* Not into the last column: the cursor would wrap. */
		mvaddnstr(rows, 0, st.data, (int)width_row_end(st.data,
		    st.len - 1, 0, cols - 1));
	}
	buf_free(&st);
	attrset(A_NORMAL);
	refresh();
}

/* Show step k: entries [0, end of step k), the latest at the bottom. */
static void
rs_go(struct rs *v, size_t k)
{
	v->step = k;
	v->end = replay_step_end(v->r, k, NULL);
	v->back = 0;
}

int
replay_screen(const struct options *o, int notes)
{
	struct replay	*r;
	struct rs	 v;
	SCREEN		*scr;
	const char	*term = getenv("TERM");
	char		 err[512];
	int		 key, quit = 0, terr = 0;

	if ((r = replay_load(o->replay, err, sizeof err)) == NULL) {
		fprintf(stderr, "smtpx: --replay: %s\n", err);
		return EXIT_USAGE;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) ||
	    term == NULL || strcmp(term, "dumb") == 0 ||
	    setupterm(NULL, STDOUT_FILENO, &terr) != OK) {
		fprintf(stderr, "smtpx: --replay needs a terminal; use "
		    "--replay FILE --batch to print the session\n");
		replay_free(r);
		return EXIT_USAGE;
	}
	/* Only a check: newterm reads the terminal's entry again. */
	del_curterm(cur_term);
	setlocale(LC_ALL, "");
	i18n_locale_again();
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, "smtpx: cannot start the screen; use "
		    "--replay FILE --batch\n");
		replay_free(r);
		return EXIT_USAGE;
	}
	raw();			/* ^C comes as a key: q or ^C quits */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	(void)curs_set(0);
	memset(&v, 0, sizeof v);
	v.r = r;
	v.name = o->replay;
	v.notes_on = notes;
	(void)replay_step_end(r, 0, &v.nsteps);
	rs_go(&v, 0);
	while (!quit) {
		rs_draw(&v);
		key = getch();
		switch (key) {
		case ' ':
		case '\n':
		case '\r':
		case KEY_ENTER:
			if (v.step + 1 < v.nsteps)
				rs_go(&v, v.step + 1);
			else
				beep();
			break;
		case KEY_BACKSPACE:
		case 127:
		case 8:
			if (v.step > 0)
				rs_go(&v, v.step - 1);
			else
				beep();
			break;
		case KEY_F(3):
			v.times = !v.times;
			break;
		case KEY_PPAGE:
			if (!v.full)
				v.back += LINES > 2 ? LINES - 2 : 1;
			break;
		case KEY_NPAGE:
			v.back -= LINES > 2 ? LINES - 2 : 1;
			if (v.back < 0)
				v.back = 0;
			break;
		case 'q':
		case 'Q':
		case 3:		/* ^C */
		case 4:		/* ^D */
		case ERR:	/* the terminal is gone */
			quit = 1;
			break;
		default:
			break;
		}
	}
	rs_clear(&v);
	free(v.l);
	endwin();
	delscreen(scr);
	replay_free(r);
	return EXIT_ALLOK;
}
