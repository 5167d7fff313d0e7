/*
 * Two sessions side by side (compare.h). Each session is cut into steps
 * (replay_step_end): a step is named by its first command's verb
 * ("EHLO", "AUTH"; "greeting" for what comes before any command,
 * "message" for the text sent after a 354) and answered by the code of
 * its last reply line. The two lists of names are aligned by their
 * longest common subsequence; steps paired with the same code are the
 * same, with another code they differ. Everything taken from the files
 * goes through the one sanitiser before it is written.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "compare.h"
#include "replay.h"
#include "render.h"
#include "sanitize.h"
#include "transcript.h"
#include "width.h"

struct compare_step {
	char		 verb[16];
	size_t		 from, to;	/* its entries */
	const char	*cmd;		/* the first command line, or NULL */
	size_t		 cmdlen;
	int		 code;		/* the last reply's code; 0: none */
};

struct compare_side {
	const struct replay	*r;
	struct compare_step	*st;
	size_t			 n;
	size_t			 ehlo;	/* the last EHLO step; n: none */
	size_t			 ehlo_from, ehlo_to;	/* its entries */
};

static int
compare_steps(const struct replay *r, struct compare_side *s)
{
	struct compare_step	*st;
	size_t			 n, k, i, from = 0, to, j, *ends;
	int			 prev = 0;

	memset(s, 0, sizeof *s);
	s->r = r;
	if ((ends = replay_step_ends(r, &n)) == NULL)
		return -1;
	if ((s->st = calloc(n, sizeof *s->st)) == NULL) {
		free(ends);
		return -1;
	}
	s->n = n;
	s->ehlo = n;
	for (k = 0; k < n; k++, from = to) {
		to = ends[k];
		st = &s->st[k];
		st->from = from;
		st->to = to;
		for (i = from; i < to; i++) {
			if (r->e[i].kind == TR_SENT && st->cmd == NULL) {
				st->cmd = r->e[i].text;
				st->cmdlen = r->e[i].len;
			}
			if (r->e[i].kind == TR_RECV &&
			    (r->e[i].flags & TR_F_LAST))
				st->code = r->e[i].code;
		}
		if (st->cmd == NULL)
			snprintf(st->verb, sizeof st->verb, "%s", k == 0 ?
			    "greeting" : "-");
		else if (prev == 354)
			snprintf(st->verb, sizeof st->verb, "message");
		else {
			for (j = 0; j < st->cmdlen && j < sizeof st->verb - 1 &&
			    isalnum((unsigned char)st->cmd[j]); j++)
				st->verb[j] = toupper((unsigned char)st->cmd[j]);
			st->verb[j] = '\0';
			if (j == 0)
				snprintf(st->verb, sizeof st->verb, "?");
		}
		if (strcmp(st->verb, "EHLO") == 0 && st->code == 250) {
			s->ehlo = k;
			s->ehlo_from = from;
			s->ehlo_to = to;
		}
		prev = st->code;
	}
	free(ends);
	return 0;
}

/* Whether compare_add sanitises (compare_write's argument; one
   comparison at a time). */
static int	compare_sanitise = 1;

/* Sanitised, cut to at most max bytes ("..." when cut). */
static int
compare_add(struct buf *out, const char *s, size_t len, size_t max)
{
	int	 r;

	r = compare_sanitise ? sanitize_text(s, len < max ? len : max, out) :
	    buf_add(out, s, len < max ? len : max);
	if (r == 0 && len > max)
		r = buf_addstr(out, "...");
	return r;
}

/* One step: "  EHLO client.example          250 | 250". */
static int
compare_step_line(struct buf *out, char mark, const struct compare_step *a,
    const struct compare_step *b, void *arg)
{
	const struct compare_step	*s = a != NULL ? a : b;
	size_t				 start = out->len, w;
	int				 r;

	(void)arg;
	r = buf_printf(out, "%c ", mark);
	if (s->cmd != NULL && strcmp(s->verb, "message") != 0)
		r |= compare_add(out, s->cmd, s->cmdlen, 40);
	else
		r |= buf_addstr(out, s->verb);
	for (w = out->len - start; r == 0 && w < 48; w++)
		r = buf_addch(out, ' ');
	if (a != NULL)
		r |= a->code ? buf_printf(out, " %d", a->code) :
		    buf_addstr(out, " -");
	if (a != NULL && b != NULL)
		r |= buf_addstr(out, " |");
	if (b != NULL)
		r |= b->code ? buf_printf(out, " %d", b->code) :
		    buf_addstr(out, " -");
	r |= buf_addch(out, '\n');
	return r ? -1 : 0;
}

typedef int compare_pair_fn(struct buf *, char, const struct compare_step *,
    const struct compare_step *, void *);

/* The steps, aligned, each pair (or lone step) given to fn. The number of
   differences, or -1. */
static long
compare_align(const struct compare_side *a, const struct compare_side *b,
    compare_pair_fn *fn, void *arg, struct buf *out)
{
	unsigned	*t = NULL;
	size_t		 i = 0, j = 0, n = a->n, m = b->n;
	long		 diff = 0;
	int		 r = 0;

	if (n <= COMPARE_MAX_STEPS && m <= COMPARE_MAX_STEPS &&
	    (t = calloc((n + 1) * (m + 1), sizeof *t)) != NULL) {
		/* t[i][j]: the longest common run of a[i..] and b[j..]. */
		for (i = n; i-- > 0;)
			for (j = m; j-- > 0;)
				t[i * (m + 1) + j] = strcmp(a->st[i].verb,
				    b->st[j].verb) == 0 ?
				    t[(i + 1) * (m + 1) + j + 1] + 1 :
				    t[(i + 1) * (m + 1) + j] >
				    t[i * (m + 1) + j + 1] ?
				    t[(i + 1) * (m + 1) + j] :
				    t[i * (m + 1) + j + 1];
		i = j = 0;
	}
	while (r == 0 && (i < n || j < m)) {
		if (i < n && j < m && (t == NULL || strcmp(a->st[i].verb,
		    b->st[j].verb) == 0)) {
			if (a->st[i].code != b->st[j].code ||
			    strcmp(a->st[i].verb, b->st[j].verb) != 0)
				diff++;
			r = fn(out, a->st[i].code == b->st[j].code &&
			    strcmp(a->st[i].verb, b->st[j].verb) == 0 ? ' ' :
			    '!', &a->st[i], &b->st[j], arg);
			i++;
			j++;
		} else if (i < n && (j == m || t[(i + 1) * (m + 1) + j] >=
		    t[i * (m + 1) + j + 1])) {
			diff++;
			r = fn(out, '-', &a->st[i++], NULL, arg);
		} else {
			diff++;
			r = fn(out, '+', NULL, &b->st[j++], arg);
		}
	}
	free(t);
	return r ? -1 : diff;
}

/* The capability lines of the last EHLO's reply (its first line is the
   server's name): each as an entry. */
static size_t
compare_caps(const struct compare_side *s, const struct replay_entry **caps,
    size_t max)
{
	const struct replay	*r = s->r;
	size_t			 i, n = 0;
	int			 first = 1;

	if (s->ehlo == s->n)
		return 0;
	for (i = s->ehlo_from; i < s->ehlo_to && n < max; i++) {
		if (r->e[i].kind != TR_RECV || r->e[i].len < 5)
			continue;
		if (first) {
			first = 0;
			continue;
		}
		caps[n++] = &r->e[i];
	}
	return n;
}

/* The keyword of a capability line ("AUTH" of "250-AUTH PLAIN"). */
static size_t
compare_kw(const struct replay_entry *e, const char **kw)
{
	*kw = e->text + 4;
	return strcspn(*kw, " =");
}

static const struct replay_entry *
compare_findcap(const struct replay_entry *const *caps, size_t n,
    const struct replay_entry *e)
{
	const char	*k1, *k2;
	size_t		 l1, l2, i;

	l1 = compare_kw(e, &k1);
	for (i = 0; i < n; i++) {
		l2 = compare_kw(caps[i], &k2);
		if (l1 == l2 && strncasecmp(k1, k2, l1) == 0)
			return caps[i];
	}
	return NULL;
}

/* A row of the capabilities, the session or the findings: label, then
   each side's text (NULL: the side has none). */
typedef int compare_row_fn(struct buf *, char, const char *label,
    const char *l, size_t ll, const char *r, size_t rl, void *);

/* "! label left | right": the right side only where the two differ. */
static int
compare_text_row(struct buf *out, char mark, const char *label,
    const char *l, size_t ll, const char *r, size_t rl, void *arg)
{
	int	 rc;

	(void)arg;
	rc = buf_printf(out, "%c %s", mark, label);
	if (l != NULL)
		rc |= compare_add(out, l, ll, 200);
	if (r != NULL && (l == NULL || mark == '!')) {
		if (l != NULL)
			rc |= buf_addstr(out, " | ");
		rc |= compare_add(out, r, rl, 200);
	}
	rc |= buf_addch(out, '\n');
	return rc ? -1 : 0;
}

#define COMPARE_MAX_CAPS	64

static long
compare_capabilities(const struct compare_side *a,
    const struct compare_side *b, compare_row_fn *row, void *arg,
    struct buf *out)
{
	const struct replay_entry	*ca[COMPARE_MAX_CAPS];
	const struct replay_entry	*cb[COMPARE_MAX_CAPS], *o;
	size_t				 na, nb, i;
	long				 diff = 0;
	int				 r = 0, same;

	na = compare_caps(a, ca, COMPARE_MAX_CAPS);
	nb = compare_caps(b, cb, COMPARE_MAX_CAPS);
	for (i = 0; i < na && r == 0; i++) {
		o = compare_findcap(cb, nb, ca[i]);
		same = o != NULL && strcasecmp(o->text + 4, ca[i]->text + 4) ==
		    0;
		diff += !same;
		r = row(out, same ? ' ' : o != NULL ? '!' : '-', "",
		    ca[i]->text + 4, ca[i]->len - 4, o != NULL ? o->text + 4 :
		    NULL, o != NULL ? o->len - 4 : 0, arg);
	}
	for (i = 0; i < nb && r == 0; i++) {
		if (compare_findcap(ca, na, cb[i]) != NULL)
			continue;
		diff++;
		r = row(out, '+', "", NULL, 0, cb[i]->text + 4, cb[i]->len - 4,
		    arg);
	}
	if (r == 0 && na == 0 && nb == 0)
		r = buf_addstr(out, "  (no EHLO answered in either)\n");
	return r ? -1 : diff;
}

/* "TLSv1.3, certificate verified", "none". */
static void
compare_tls(const struct replay *r, char *out, size_t len)
{
	if (r->tls == NULL)
		snprintf(out, len, "none");
	else
		snprintf(out, len, "%.32s, certificate %s", r->tls,
		    r->verified ? "verified" : "not verified");
}

static int
compare_opt(const char *s, struct buf *out)
{
	return s == NULL ? buf_addstr(out, "none") :
	    compare_add(out, s, strlen(s), 200);
}

static int
compare_head(char mark, const char *name, const struct replay *r,
    struct buf *out)
{
	char	 tls[64];
	int	 rc;

	compare_tls(r, tls, sizeof tls);
	rc = buf_printf(out, "%c%c%c ", mark, mark, mark);
	rc |= compare_add(out, name, strlen(name), 200);
	rc |= buf_addstr(out, ": ");
	rc |= compare_opt(r->host, out);
	rc |= buf_printf(out, " port %ld, TLS ", r->port);
	rc |= compare_add(out, tls, strlen(tls), 64);
	rc |= buf_addstr(out, ", user ");
	rc |= compare_opt(r->user, out);
	rc |= buf_addch(out, '\n');
	return rc ? -1 : 0;
}

static int
compare_same(const char *x, const char *y)
{
	return (x == NULL && y == NULL) || (x != NULL && y != NULL &&
	    strcmp(x, y) == 0);
}

static long
compare_session(const struct replay *a, const struct replay *b,
    compare_row_fn *row, void *arg, struct buf *out)
{
	const char	*ua = a->user != NULL ? a->user : "none";
	const char	*ub = b->user != NULL ? b->user : "none";
	char		 ta[64], tb[64];
	long		 diff = 0;
	int		 same, r;

	compare_tls(a, ta, sizeof ta);
	compare_tls(b, tb, sizeof tb);
	same = compare_same(a->tls, b->tls) && (a->tls == NULL ||
	    a->verified == b->verified);
	diff += !same;
	r = row(out, same ? ' ' : '!', "TLS: ", ta, strlen(ta), tb,
	    strlen(tb), arg);
	same = compare_same(a->user, b->user);
	diff += !same;
	r |= row(out, same ? ' ' : '!', "authenticated as: ", ua, strlen(ua),
	    ub, strlen(ub), arg);
	return r ? -1 : diff;
}

static const struct replay_finding *
compare_hasf(const struct replay *r, const char *id)
{
	size_t	 i;

	for (i = 0; i < r->nf; i++)
		if (strcmp(r->f[i].id, id) == 0)
			return &r->f[i];
	return NULL;
}

/* "id: text" of f into b (reset first); NULL f leaves b empty. */
static int
compare_fstr(const struct replay_finding *f, struct buf *b)
{
	buf_reset(b);
	if (f == NULL)
		return 0;
	if (buf_addstr(b, f->id) == -1 || (f->text != NULL &&
	    (buf_addstr(b, ": ") == -1 || buf_addstr(b, f->text) == -1)))
		return -1;
	return 0;
}

static long
compare_findings(const struct replay *a, const struct replay *b,
    compare_row_fn *row, void *arg, struct buf *out)
{
	const struct replay_finding	*o;
	struct buf			 fa, fb;
	size_t				 i;
	long				 diff = 0;
	int				 r = 0;

	buf_init(&fa, 0);
	buf_init(&fb, 0);
	for (i = 0; i < a->nf && r == 0; i++) {
		o = compare_hasf(b, a->f[i].id);
		diff += o == NULL;
		r = compare_fstr(&a->f[i], &fa) | compare_fstr(o, &fb);
		r |= row(out, o != NULL ? ' ' : '-', "", fa.data, fa.len,
		    o != NULL ? fb.data : NULL, fb.len, arg);
	}
	for (i = 0; i < b->nf && r == 0; i++) {
		if (compare_hasf(a, b->f[i].id) != NULL)
			continue;
		diff++;
		r = compare_fstr(&b->f[i], &fb);
		r |= row(out, '+', "", NULL, 0, fb.data, fb.len, arg);
	}
	if (r == 0 && a->nf == 0 && b->nf == 0)
		r = buf_addstr(out, "  (none in either)\n");
	buf_free(&fa);
	buf_free(&fb);
	return r ? -1 : diff;
}

/* The sections after the steps; the differences added to *diff. */
static int
compare_rest(const struct compare_side *sa, const struct compare_side *sb,
    compare_row_fn *row, void *arg, struct buf *out, long *diff)
{
	long	 d;

	if (buf_addstr(out, "@@ capabilities (the last EHLO)\n") == -1 ||
	    (d = compare_capabilities(sa, sb, row, arg, out)) == -1)
		return -1;
	*diff += d;
	if (buf_addstr(out, "@@ session\n") == -1 ||
	    (d = compare_session(sa->r, sb->r, row, arg, out)) == -1)
		return -1;
	*diff += d;
	if (buf_addstr(out, "@@ findings\n") == -1 ||
	    (d = compare_findings(sa->r, sb->r, row, arg, out)) == -1)
		return -1;
	*diff += d;
	return 0;
}

static int
compare_load(const struct replay *a, const struct replay *b,
    struct compare_side *sa, struct compare_side *sb)
{
	if (compare_steps(a, sa) == -1)
		return -1;
	if (compare_steps(b, sb) == -1) {
		free(sa->st);
		return -1;
	}
	return 0;
}

/*
 * Side by side. Each side of a row is wrapped into its column (rows
 * collected '\n'-ended in a buffer), then the two are zipped with a
 * gutter that carries the mark the way sdiff does: ' ' the same, '|'
 * different, '<' only on the left, '>' only on the right.
 */
struct compare_cols {
	int		 w;		/* each column's width */
	struct buf	 l, r;		/* the two sides' rows */
	struct buf	 tmp, join;	/* sanitised; label and text */
	struct buf	*cur;		/* where compare_col_row adds */
	int		 err;
};

static void
compare_col_row(void *arg, const char *line, size_t len)
{
	struct compare_cols	*c = arg;

	if (buf_add(c->cur, line, len) == -1 || buf_addch(c->cur, '\n') == -1)
		c->err = 1;
}

/* text, sanitised, wrapped into side b; continuation rows indented. */
static void
compare_col_text(struct compare_cols *c, struct buf *b, const char *text,
    size_t len, int indent)
{
	buf_reset(&c->tmp);
	if (sanitize_text(text, len, &c->tmp) == -1) {
		c->err = 1;
		return;
	}
	c->cur = b;
	if (c->tmp.len == 0)
		compare_col_row(c, "", 0);
	else
		render_wrap(c->tmp.data, c->tmp.len, c->w, indent,
		    compare_col_row, c);
}

/* One cell: at most w columns of the row at *p, padded to w when pad. */
static int
compare_cell(struct buf *out, const char **p, const char *end, int w,
    int pad)
{
	const char	*nl;
	size_t		 len, cut;
	int		 n = 0;

	if (*p < end) {
		nl = memchr(*p, '\n', (size_t)(end - *p));
		len = nl != NULL ? (size_t)(nl - *p) : (size_t)(end - *p);
		cut = width_row_end(*p, len, 0, w);
		if (cut < len)
			cut = len;	/* wrapped to w already */
		if (buf_add(out, *p, cut) == -1)
			return -1;
		n = width_str(*p, cut);
		*p += len + (nl != NULL);
	}
	for (; pad && n < w; n++)
		if (buf_addch(out, ' ') == -1)
			return -1;
	return 0;
}

/* The two sides' rows, zipped under one mark, and emptied. */
static int
compare_zip(struct compare_cols *c, char mark, struct buf *out)
{
	const char	*p = c->l.data, *pe = p + c->l.len;
	const char	*q = c->r.data, *qe = q + c->r.len;
	char		 g = mark == '!' ? '|' : mark == '-' ? '<' :
			    mark == '+' ? '>' : ' ';
	int		 r = c->err ? -1 : 0;

	while (r == 0 && (p < pe || q < qe)) {
		r = compare_cell(out, &p, pe, c->w, 1);
		r |= buf_printf(out, " %c ", g);
		r |= compare_cell(out, &q, qe, c->w, 0);
		r |= buf_addch(out, '\n');
	}
	buf_reset(&c->l);
	buf_reset(&c->r);
	c->err = 0;
	return r ? -1 : 0;
}

/* One side of a step: its entries as the transcript shows them (notes
   left out: the columns are for what was said). */
static void
compare_col_step(struct compare_cols *c, struct buf *b,
    const struct replay *r, const struct compare_step *st)
{
	const struct replay_entry	*re;
	struct tr_entry			 e;
	struct buf			 line;
	size_t				 i;

	buf_init(&line, 0);
	for (i = st != NULL ? st->from : 0; st != NULL && i < st->to; i++) {
		re = &r->e[i];
		if (re->kind == TR_NOTE)
			continue;
		replay_entry_tr(re, &e);
		buf_reset(&line);
		if (transcript_format(&e, 1, TR_TIME_NONE, &line) == -1) {
			c->err = 1;
			break;
		}
		/* transcript_format made it printable already. */
		c->cur = b;
		render_wrap(line.data, line.len, c->w, 3, compare_col_row, c);
	}
	buf_free(&line);
}

struct compare_colarg {
	struct compare_cols	*c;
	const struct replay	*a, *b;
};

static int
compare_col_pair(struct buf *out, char mark, const struct compare_step *a,
    const struct compare_step *b, void *arg)
{
	struct compare_colarg	*x = arg;

	compare_col_step(x->c, &x->c->l, x->a, a);
	compare_col_step(x->c, &x->c->r, x->b, b);
	return compare_zip(x->c, mark, out);
}

static int
compare_col_side(struct compare_cols *c, struct buf *b, const char *label,
    const char *t, size_t len)
{
	if (t == NULL)
		return 0;
	buf_reset(&c->join);
	if (buf_addstr(&c->join, label) == -1 ||
	    buf_add(&c->join, t, len) == -1)
		return -1;
	compare_col_text(c, b, c->join.data, c->join.len, 2);
	return 0;
}

static int
compare_col_row_fn(struct buf *out, char mark, const char *label,
    const char *l, size_t ll, const char *r, size_t rl, void *arg)
{
	struct compare_colarg	*x = arg;

	if (compare_col_side(x->c, &x->c->l, label, l, ll) == -1 ||
	    compare_col_side(x->c, &x->c->r, label, r, rl) == -1)
		return -1;
	return compare_zip(x->c, mark, out);
}

/* The header: each side's name and target in its column. */
static int
compare_col_head(struct compare_cols *c, const char *an,
    const struct replay *a, const char *bn, const struct replay *b,
    struct buf *out)
{
	const struct replay	*r[2] = { a, b };
	const char		*n[2] = { an, bn };
	struct buf		*side[2] = { &c->l, &c->r }, t;
	int			 i, rc = 0;

	buf_init(&t, 0);
	for (i = 0; i < 2 && rc == 0; i++) {
		compare_col_text(c, side[i], n[i], strlen(n[i]), 2);
		buf_reset(&t);
		rc = buf_printf(&t, "%s port %ld", r[i]->host != NULL ?
		    r[i]->host : "?", r[i]->port);
		compare_col_text(c, side[i], t.data, t.len, 2);
	}
	buf_free(&t);
	return rc == -1 ? -1 : compare_zip(c, ' ', out);
}

long
compare_columns(const struct replay *a, const char *an,
    const struct replay *b, const char *bn, int width, struct buf *out)
{
	struct compare_side	 sa, sb;
	struct compare_cols	 c;
	struct compare_colarg	 x;
	long			 diff = -1;

	memset(&c, 0, sizeof c);
	c.w = width > 23 ? (width - 3) / 2 : 10;
	buf_init(&c.l, 0);
	buf_init(&c.r, 0);
	buf_init(&c.tmp, 0);
	buf_init(&c.join, 0);
	x.c = &c;
	x.a = a;
	x.b = b;
	compare_sanitise = 1;
	if (compare_load(a, b, &sa, &sb) == -1)
		goto done;
	if (compare_col_head(&c, an, a, bn, b, out) == -1 ||
	    buf_addstr(out, "@@ commands and replies\n") == -1 ||
	    (diff = compare_align(&sa, &sb, compare_col_pair, &x, out)) ==
	    -1 || compare_rest(&sa, &sb, compare_col_row_fn, &x, out,
	    &diff) == -1 || buf_printf(out, "%ld difference%s (' ' the same, "
	    "'|' different, '<' only left, '>' only right)\n", diff,
	    diff == 1 ? "" : "s") == -1)
		diff = -1;
	free(sa.st);
	free(sb.st);
done:
	buf_free(&c.l);
	buf_free(&c.r);
	buf_free(&c.tmp);
	buf_free(&c.join);
	return diff;
}

long
compare_write(const struct replay *a, const char *an, const struct replay *b,
    const char *bn, int sanitise, struct buf *out)
{
	struct compare_side	 sa, sb;
	long			 diff = -1;

	compare_sanitise = sanitise;
	if (compare_load(a, b, &sa, &sb) == -1)
		return -1;
	if (compare_head('-', an, a, out) == -1 ||
	    compare_head('+', bn, b, out) == -1 ||
	    buf_addstr(out, "@@ commands (reply codes: first | second)\n") ==
	    -1 || (diff = compare_align(&sa, &sb, compare_step_line, NULL,
	    out)) == -1 || compare_rest(&sa, &sb, compare_text_row, NULL, out,
	    &diff) == -1 || buf_printf(out, "%ld difference%s\n", diff,
	    diff == 1 ? "" : "s") == -1)
		diff = -1;
	free(sa.st);
	free(sb.st);
	return diff;
}
