/*
 * The transcript view. The pane keeps no copy of the text: every draw
 * formats the visible entries afresh with transcript_format (the one
 * sanitiser) and wraps them at the current width, so a resize or a
 * toggle of time stamps or notes needs nothing but a redraw. The position
 * is an anchor, the entry and wrapped row shown at the bottom; new entries
 * do not move it, so text read while scrolled back stays put, and follow
 * mode simply anchors to the last row there is. Work per draw is bounded
 * by the pane height, not by the length of the session.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "export.h"
#include "render.h"
#include "screen.h"
#include "transcript.h"
#include "width.h"

#define PANE_TEXT_MAX	(64 * 1024)
#define PANE_TIME_LEN	9		/* "HH:MM:SS " */

/* One entry as drawn: its display text and where the prefix ends. */
struct pane_text {
	struct buf	 b;
	size_t		 time_a;	/* the time stamp's bytes [a, b) */
	size_t		 time_b;
	size_t		 prefix;	/* marker and time stamp */
	int		 indent;	/* columns of continuation rows */
};

void
pane_init(struct pane *p)
{
	memset(p, 0, sizeof(*p));
	p->follow = 1;
	p->notes = 1;
}

void
pane_free(struct pane *p)
{
	free(p->search);
	p->search = NULL;
}

int
pane_visible(const struct pane *p, const struct tr_entry *e)
{
	return e != NULL && (e->kind != TR_NOTE || p->notes);
}

/* The note's text in the user's words, formatted like any entry. */
static void
pane_note(const struct pane *p, const struct tr_entry *e, struct buf *out)
{
	struct tr_entry	 r = *e;
	struct buf	 text;

	buf_init(&text, PANE_TEXT_MAX);
	if (render_note_text(e->text, e->len, &text) == 0 &&
	    text.data != NULL) {
		r.text = text.data;
		r.len = text.len;
	}
	(void)transcript_format(&r, 1, p->timestamps, out);
	buf_free(&text);
}

static void
pane_text(const struct pane *p, const struct tr_entry *e,
    struct pane_text *pt)
{
	const char	*mk = transcript_marker(e->kind);
	size_t		 m = strlen(mk), t = p->timestamps ? PANE_TIME_LEN : 0;
	long		 lat;

	buf_reset(&pt->b);
	/* A text too long for the buffer shows as much as fits. A note is
	   rendered from its id now, and wrapped below to the pane. */
	if (e->kind == TR_NOTE)
		pane_note(p, e, &pt->b);
	else
		(void)transcript_format(e, 1, p->timestamps, &pt->b);
	/* With times, a reply's last line ends with its latency, as in
	   the line mode's --timestamps. */
	if (p->timestamps && e->kind == TR_RECV &&
	    (lat = export_entry_latency(p->latency, e)) >= 0)
		(void)buf_printf(&pt->b, "   (%ld ms)", lat);
	if (pt->b.data == NULL)
		(void)buf_addstr(&pt->b, "");
	/* The time stamp may come before or after the marker. */
	pt->time_a = t > 0 && strncmp(pt->b.data, mk, m) == 0 ? m : 0;
	pt->time_b = pt->time_a + t;
	if (pt->time_b > pt->b.len)
		pt->time_b = pt->b.len;
	pt->prefix = m + t < pt->b.len ? m + t : pt->b.len;
	pt->indent = width_str(pt->b.data, pt->prefix);
	/* Continuation lines of a note stand out, as in the line mode. */
	if (e->kind == TR_NOTE && !(e->flags & TR_F_DECODED))
		pt->indent += RENDER_INDENT;
}

static size_t
pane_rows(const struct pane *p, const struct tr_entry *e,
    struct pane_text *pt)
{
	pane_text(p, e, pt);
	return width_rows(pt->b.data, pt->b.len, p->cols, pt->indent);
}

/* The visible entry before i (exclusive), or -1. */
static long
pane_prev(const struct pane *p, const struct transcript *t, size_t i)
{
	while (i > 0) {
		i--;
		if (pane_visible(p, transcript_get(t, i)))
			return (long)i;
	}
	return -1;
}

static long
pane_next(const struct pane *p, const struct transcript *t, size_t i)
{
	size_t	 n = transcript_count(t);

	for (i++; i < n; i++) {
		if (pane_visible(p, transcript_get(t, i)))
			return (long)i;
	}
	return -1;
}

/*
 * Where old index i is now that the transcript dropped lines from d0 to
 * d1 (index 0 becomes the marker when the first lines go), or
 * (size_t)-1 when its line was dropped.
 */
static size_t
pane_shift(size_t i, size_t d0, size_t d1)
{
	size_t	 m0 = d0 > 0, m1 = d1 > 0;

	if (i < m0)
		return i;		/* the marker stays the marker */
	if (i - m0 < d1 - d0)
		return (size_t)-1;
	return i - m0 - (d1 - d0) + m1;
}

/* Keep the indexes the pane holds on their lines when the transcript
   drops its oldest ones; a line dropped gives way to the marker. */
static void
pane_sync(struct pane *p, const struct transcript *t)
{
	size_t	 d = transcript_dropped(t), i;

	if (d == p->dropped)
		return;
	if ((i = pane_shift(p->bot_entry, p->dropped, d)) == (size_t)-1) {
		i = 0;
		p->bot_row = 0;
	}
	p->bot_entry = i;
	if (p->search_hit > 0) {
		i = pane_shift(p->search_hit - 1, p->dropped, d);
		p->search_hit = i == (size_t)-1 ? 0 : i + 1;
	}
	if (p->search_next > 0) {
		i = pane_shift(p->search_next - 1, p->dropped, d);
		/* What was left to look at went: the marker is left. */
		p->search_next = i == (size_t)-1 ? 1 : i + 1;
	}
	p->dropped = d;
}

/*
 * Settle the anchor on a visible entry and a row it really has (a resize
 * changes row counts; a notes toggle hides entries). Returns 0, or -1
 * when nothing is visible.
 */
static int
pane_anchor(struct pane *p, const struct transcript *t,
    struct pane_text *pt)
{
	size_t	 n = transcript_count(t), rows;
	long	 i;

	pane_sync(p, t);
	if (n == 0)
		return -1;
	if (p->follow || p->bot_entry >= n) {
		if ((i = pane_prev(p, t, n)) == -1)
			return -1;
		p->bot_entry = (size_t)i;
		p->bot_row = (size_t)-1;
	} else if (!pane_visible(p, transcript_get(t, p->bot_entry))) {
		if ((i = pane_prev(p, t, p->bot_entry)) == -1 &&
		    (i = pane_next(p, t, p->bot_entry)) == -1)
			return -1;
		p->bot_entry = (size_t)i;
		p->bot_row = (size_t)-1;
	}
	rows = pane_rows(p, transcript_get(t, p->bot_entry), pt);
	if (p->bot_row >= rows)
		p->bot_row = rows - 1;
	return 0;
}

/* Mark the bytes of text that match the search term. */
static unsigned char *
pane_matches(const char *term, const char *s, size_t len)
{
	unsigned char	*hl;
	size_t		 tl = strlen(term), i;

	if (tl == 0 || tl > len || (hl = calloc(1, len)) == NULL)
		return NULL;
	for (i = 0; i + tl <= len; i++) {
		if (strncasecmp(s + i, term, tl) == 0) {
			memset(hl + i, 1, tl);
			i += tl - 1;
		}
	}
	return hl;
}

static attr_t
pane_role_attr(const struct tr_entry *e, const attr_t *attr)
{
	switch (e->kind) {
	case TR_SENT:
		return attr[THEME_CLIENT];
	case TR_RECV:
		switch (e->code / 100) {
		case 2:
			return attr[THEME_SERVER_2XX];
		case 3:
			return attr[THEME_SERVER_3XX];
		case 4:
			return attr[THEME_SERVER_4XX];
		case 5:
			return attr[THEME_SERVER_5XX];
		}
		return attr[THEME_NORMAL];
	case TR_EVENT:
		return attr[THEME_EVENT];
	case TR_ERROR:
		return attr[THEME_ERROR];
	case TR_NOTE:
		return attr[THEME_NOTE];
	}
	return attr[THEME_NORMAL];
}

/* Draw bytes [a, b) of the entry's text from the cursor, splitting into
   runs by attribute. Returns the columns left. */
static int
pane_draw_span(struct pane *p, const struct pane_text *pt,
    const unsigned char *hl, size_t a, size_t b, attr_t role,
    const attr_t *attr, int left)
{
	size_t	 run;
	attr_t	 at;

	while (a < b && left > 0) {
		if (hl != NULL && hl[a])
			at = attr[THEME_SEARCH];
		else if (a >= pt->time_a && a < pt->time_b)
			at = attr[THEME_TIMESTAMP];
		else
			at = role;
		for (run = a + 1; run < b; run++) {
			if ((hl != NULL && hl[run] != hl[a]) ||
			    run == pt->time_a || run == pt->time_b)
				break;
		}
		left -= screen_put(p->win, pt->b.data + a, run - a, left, at);
		a = run;
	}
	return left;
}

void
pane_draw(struct pane *p, const struct transcript *t, const attr_t *attr)
{
	struct pane_text	 pt;
	const struct tr_entry	*e;
	unsigned char		*hl;
	size_t			 top, toprow, need, n, row, off, end;
	long			 i;
	int			 y, x, w;
	attr_t			 role;

	werase(p->win);
	buf_init(&pt.b, PANE_TEXT_MAX);
	if (p->rows <= 0 || p->cols <= 0 || t == NULL ||
	    pane_anchor(p, t, &pt) == -1)
		goto done;

	/* Walk up from the anchor to find the first row to draw. */
	need = (size_t)p->rows;
	top = p->bot_entry;
	toprow = 0;
	if (p->bot_row + 1 >= need)
		toprow = p->bot_row + 1 - need;
	else {
		need -= p->bot_row + 1;
		for (i = pane_prev(p, t, top); i != -1;
		    i = pane_prev(p, t, (size_t)i)) {
			n = pane_rows(p, transcript_get(t, (size_t)i), &pt);
			top = (size_t)i;
			if (n >= need) {
				toprow = n - need;
				break;
			}
			need -= n;
		}
	}

	/* Then draw down to the anchor. */
	y = 0;
	for (i = (long)top; i != -1 && y < p->rows;
	    i = pane_next(p, t, (size_t)i)) {
		e = transcript_get(t, (size_t)i);
		pane_text(p, e, &pt);
		role = pane_role_attr(e, attr);
		hl = p->search != NULL ?
		    pane_matches(p->search, pt.b.data, pt.b.len) : NULL;
		off = 0;
		w = p->cols;
		for (row = 0; y < p->rows; row++) {
			end = width_row_end(pt.b.data, pt.b.len, off, w);
			if ((size_t)i != top || row >= toprow) {
				x = row > 0 ? width_indent(p->cols,
				    pt.indent) : 0;
				wmove(p->win, y, x);
				(void)pane_draw_span(p, &pt, hl, off, end,
				    role, attr, p->cols - x);
				y++;
			}
			if ((size_t)i == p->bot_entry && row >= p->bot_row)
				break;
			off = end;
			if (off >= pt.b.len)
				break;
			w = p->cols - width_indent(p->cols, pt.indent);
		}
		free(hl);
		if ((size_t)i == p->bot_entry)
			break;
	}
done:
	buf_free(&pt.b);
}

/* Put the anchor so that the first visible row is at the top, or follow
   when everything fits. */
void
pane_top(struct pane *p, const struct transcript *t)
{
	struct pane_text	 pt;
	size_t			 need = p->rows > 0 ? (size_t)p->rows : 1, n;
	long			 i, last = -1;

	buf_init(&pt.b, PANE_TEXT_MAX);
	for (i = pane_next(p, t, (size_t)-1); i != -1;
	    i = pane_next(p, t, (size_t)i)) {
		n = pane_rows(p, transcript_get(t, (size_t)i), &pt);
		last = i;
		if (n >= need) {
			p->follow = 0;
			p->bot_entry = (size_t)i;
			p->bot_row = need - 1;
			/* Still follow when that is the very end. */
			if (pane_next(p, t, (size_t)i) == -1 && need == n)
				p->follow = 1;
			buf_free(&pt.b);
			return;
		}
		need -= n;
	}
	(void)last;
	p->follow = 1;
	buf_free(&pt.b);
}

void
pane_bottom(struct pane *p)
{
	p->follow = 1;
}

/* Rows from the first visible row to the anchor, stopping at limit. */
static size_t
pane_rows_above(struct pane *p, const struct transcript *t,
    struct pane_text *pt, size_t limit)
{
	size_t	 n = p->bot_row + 1;
	long	 i;

	for (i = pane_prev(p, t, p->bot_entry); i != -1 && n < limit;
	    i = pane_prev(p, t, (size_t)i))
		n += pane_rows(p, transcript_get(t, (size_t)i), pt);
	return n;
}

void
pane_scroll(struct pane *p, const struct transcript *t, long delta)
{
	struct pane_text	 pt;
	size_t			 rows;
	long			 i;

	buf_init(&pt.b, PANE_TEXT_MAX);
	if (pane_anchor(p, t, &pt) == -1)
		goto done;
	rows = pane_rows(p, transcript_get(t, p->bot_entry), &pt);
	if (delta < 0) {
		p->follow = 0;
		for (; delta < 0; delta++) {
			if (p->bot_row > 0) {
				p->bot_row--;
				continue;
			}
			if ((i = pane_prev(p, t, p->bot_entry)) == -1)
				break;
			p->bot_entry = (size_t)i;
			rows = pane_rows(p, transcript_get(t, (size_t)i), &pt);
			p->bot_row = rows - 1;
		}
		/* Never leave blank rows above the first line. */
		if (pane_rows_above(p, t, &pt, (size_t)p->rows) <
		    (size_t)p->rows)
			pane_top(p, t);
	} else {
		for (; delta > 0 && !p->follow; delta--) {
			if (p->bot_row + 1 < rows) {
				p->bot_row++;
			} else if ((i = pane_next(p, t, p->bot_entry)) != -1) {
				p->bot_entry = (size_t)i;
				p->bot_row = 0;
				rows = pane_rows(p, transcript_get(t,
				    (size_t)i), &pt);
			} else
				p->follow = 1;
		}
		if (!p->follow && p->bot_row + 1 >= rows &&
		    pane_next(p, t, p->bot_entry) == -1)
			p->follow = 1;
	}
done:
	buf_free(&pt.b);
}

/*
 * A search runs backwards from where it starts, budget entries a step,
 * so the screen's loop can run it between keys: at a million lines the
 * screen stays live and Ctrl-C (pane_search_stop) ends it.
 */
void
pane_search_begin(struct pane *p, const struct transcript *t,
    const char *term)
{
	size_t	 n = transcript_count(t), i;

	pane_sync(p, t);
	if (p->search == NULL || strcmp(p->search, term) != 0) {
		free(p->search);
		p->search = strdup(term);
		p->search_hit = 0;
	}
	p->search_run = 1;
	p->search_next = 0;
	if (n == 0 || *term == '\0' || p->search == NULL)
		return;
	/* Start at the bottom row shown; go on from the last match. */
	i = p->follow || p->bot_entry >= n ? n - 1 : p->bot_entry;
	if (p->search_hit != 0 && i + 1 >= p->search_hit)
		i = p->search_hit - 1;	/* the one before the hit, + 1 */
	else
		i++;
	p->search_next = i;
}

int
pane_search_step(struct pane *p, const struct transcript *t, size_t budget)
{
	struct pane_text	 pt;
	const struct tr_entry	*e;
	size_t			 tl, j, i;
	int			 found = 0;

	if (!p->search_run)
		return PANE_SEARCH_NONE;
	pane_sync(p, t);
	tl = p->search != NULL ? strlen(p->search) : 0;
	buf_init(&pt.b, PANE_TEXT_MAX);
	for (; p->search_next > 0 && budget > 0 && !found; budget--) {
		i = --p->search_next;
		e = transcript_get(t, i);
		if (!pane_visible(p, e))
			continue;
		pane_text(p, e, &pt);
		for (j = pt.prefix; j + tl <= pt.b.len; j++) {
			if (strncasecmp(pt.b.data + j, p->search, tl) == 0) {
				found = 1;
				break;
			}
		}
		if (found) {
			p->follow = 0;
			p->bot_entry = i;
			p->bot_row = width_rows(pt.b.data, pt.b.len, p->cols,
			    pt.indent) - 1;
			p->search_hit = i + 1;
		}
	}
	buf_free(&pt.b);
	if (!found && p->search_next > 0)
		return PANE_SEARCH_MORE;
	p->search_run = 0;
	return found ? PANE_SEARCH_FOUND : PANE_SEARCH_NONE;
}

void
pane_search_stop(struct pane *p)
{
	p->search_run = 0;
	p->search_next = 0;
}

void
pane_search_clear(struct pane *p)
{
	free(p->search);
	p->search = NULL;
	p->search_hit = 0;
	pane_search_stop(p);
}
