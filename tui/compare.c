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
#include "sanitize.h"

struct compare_step {
	char		 verb[16];
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
    const struct compare_step *b)
{
	const struct compare_step	*s = a != NULL ? a : b;
	size_t				 start = out->len, w;
	int				 r;

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

/* The steps, aligned. The number of differences, or -1. */
static long
compare_align(const struct compare_side *a, const struct compare_side *b,
    struct buf *out)
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
			r = compare_step_line(out, a->st[i].code ==
			    b->st[j].code && strcmp(a->st[i].verb,
			    b->st[j].verb) == 0 ? ' ' : '!', &a->st[i],
			    &b->st[j]);
			i++;
			j++;
		} else if (i < n && (j == m || t[(i + 1) * (m + 1) + j] >=
		    t[i * (m + 1) + j + 1])) {
			diff++;
			r = compare_step_line(out, '-', &a->st[i++], NULL);
		} else {
			diff++;
			r = compare_step_line(out, '+', NULL, &b->st[j++]);
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

#define COMPARE_MAX_CAPS	64

static long
compare_capabilities(const struct compare_side *a,
    const struct compare_side *b, struct buf *out)
{
	const struct replay_entry	*ca[COMPARE_MAX_CAPS];
	const struct replay_entry	*cb[COMPARE_MAX_CAPS], *o;
	size_t				 na, nb, i;
	long				 diff = 0;
	int				 r = 0;

	na = compare_caps(a, ca, COMPARE_MAX_CAPS);
	nb = compare_caps(b, cb, COMPARE_MAX_CAPS);
	for (i = 0; i < na && r == 0; i++) {
		o = compare_findcap(cb, nb, ca[i]);
		if (o != NULL && strcasecmp(o->text + 4, ca[i]->text + 4) == 0)
			r = buf_addstr(out, "  ");
		else {
			diff++;
			r = buf_addstr(out, o != NULL ? "! " : "- ");
		}
		r |= compare_add(out, ca[i]->text + 4, ca[i]->len - 4, 200);
		if (o != NULL && strcasecmp(o->text + 4, ca[i]->text + 4) != 0) {
			r |= buf_addstr(out, " | ");
			r |= compare_add(out, o->text + 4, o->len - 4, 200);
		}
		r |= buf_addch(out, '\n');
	}
	for (i = 0; i < nb && r == 0; i++) {
		if (compare_findcap(ca, na, cb[i]) != NULL)
			continue;
		diff++;
		r = buf_addstr(out, "+ ");
		r |= compare_add(out, cb[i]->text + 4, cb[i]->len - 4, 200);
		r |= buf_addch(out, '\n');
	}
	if (r == 0 && na == 0 && nb == 0)
		r = buf_addstr(out, "  (no EHLO answered in either)\n");
	return r ? -1 : diff;
}

static int
compare_tls(const struct replay *r, struct buf *out)
{
	if (r->tls == NULL)
		return buf_addstr(out, "none");
	if (compare_add(out, r->tls, strlen(r->tls), 32) == -1)
		return -1;
	return buf_addstr(out, r->verified ? ", certificate verified" :
	    ", certificate not verified");
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
	int	 rc;

	rc = buf_printf(out, "%c%c%c ", mark, mark, mark);
	rc |= compare_add(out, name, strlen(name), 200);
	rc |= buf_addstr(out, ": ");
	rc |= compare_opt(r->host, out);
	rc |= buf_printf(out, " port %ld, TLS ", r->port);
	rc |= compare_tls(r, out);
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
    struct buf *out)
{
	long	 diff = 0;
	int	 same, r;

	same = compare_same(a->tls, b->tls) && (a->tls == NULL ||
	    a->verified == b->verified);
	diff += !same;
	r = buf_addstr(out, same ? "  TLS: " : "! TLS: ");
	r |= compare_tls(a, out);
	if (!same) {
		r |= buf_addstr(out, " | ");
		r |= compare_tls(b, out);
	}
	same = compare_same(a->user, b->user);
	diff += !same;
	r |= buf_addstr(out, same ? "\n  authenticated as: " :
	    "\n! authenticated as: ");
	r |= compare_opt(a->user, out);
	if (!same) {
		r |= buf_addstr(out, " | ");
		r |= compare_opt(b->user, out);
	}
	r |= buf_addch(out, '\n');
	return r ? -1 : diff;
}

static int
compare_hasf(const struct replay *r, const char *id)
{
	size_t	 i;

	for (i = 0; i < r->nf; i++)
		if (strcmp(r->f[i].id, id) == 0)
			return 1;
	return 0;
}

static int
compare_fline(struct buf *out, char mark, const struct replay_finding *f)
{
	int	 r;

	r = buf_printf(out, "%c ", mark);
	r |= compare_add(out, f->id, strlen(f->id), 64);
	if (f->text != NULL) {
		r |= buf_addstr(out, ": ");
		r |= compare_add(out, f->text, strlen(f->text), 200);
	}
	r |= buf_addch(out, '\n');
	return r ? -1 : 0;
}

static long
compare_findings(const struct replay *a, const struct replay *b,
    struct buf *out)
{
	size_t	 i;
	long	 diff = 0;
	int	 r = 0, in;

	for (i = 0; i < a->nf && r == 0; i++) {
		in = compare_hasf(b, a->f[i].id);
		diff += !in;
		r = compare_fline(out, in ? ' ' : '-', &a->f[i]);
	}
	for (i = 0; i < b->nf && r == 0; i++) {
		if (compare_hasf(a, b->f[i].id))
			continue;
		diff++;
		r = compare_fline(out, '+', &b->f[i]);
	}
	if (r == 0 && a->nf == 0 && b->nf == 0)
		r = buf_addstr(out, "  (none in either)\n");
	return r ? -1 : diff;
}

long
compare_write(const struct replay *a, const char *an, const struct replay *b,
    const char *bn, int sanitise, struct buf *out)
{
	struct compare_side	 sa, sb;
	long			 d, diff = -1;

	compare_sanitise = sanitise;
	if (compare_steps(a, &sa) == -1)
		return -1;
	if (compare_steps(b, &sb) == -1) {
		free(sa.st);
		return -1;
	}
	if (compare_head('-', an, a, out) == -1 ||
	    compare_head('+', bn, b, out) == -1 ||
	    buf_addstr(out, "@@ commands (reply codes: first | second)\n") ==
	    -1 || (diff = compare_align(&sa, &sb, out)) == -1)
		goto done;
	if (buf_addstr(out, "@@ capabilities (the last EHLO)\n") == -1 ||
	    (d = compare_capabilities(&sa, &sb, out)) == -1)
		goto fail;
	diff += d;
	if (buf_addstr(out, "@@ session\n") == -1 ||
	    (d = compare_session(a, b, out)) == -1)
		goto fail;
	diff += d;
	if (buf_addstr(out, "@@ findings\n") == -1 ||
	    (d = compare_findings(a, b, out)) == -1)
		goto fail;
	diff += d;
	if (buf_printf(out, "%ld difference%s\n", diff, diff == 1 ? "" :
	    "s") == -1)
		goto fail;
	goto done;
fail:
	diff = -1;
done:
	free(sa.st);
	free(sb.st);
	return diff;
}
