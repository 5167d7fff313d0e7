/*
 * Reply parser. Received bytes wait in a bounded buffer; each call to
 * reply_parser_next takes one line off it, checks the code and separator,
 * and adds the line to the reply being built, which is handed out when a
 * line with a space separator (or none) completes it. The line returned
 * points into the buffer, so consuming it is deferred to the next call.
 * A line with no end in sight after REPLY_LINE_MAX bytes puts the parser
 * in a skip mode that drops bytes up to the next LF; the session takes
 * that as the end (reply_parser_overlong), a tool may carry on.
 * The enhanced status code of a finished reply is looked for where RFC
 * 3463 puts it and in the two other places real servers write it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "reply.h"

struct reply_parser {
	struct buf	 in;
	size_t		 consume;	/* bytes of the line handed out last */
	int		 skipping;	/* inside an over-long line */
	struct reply	*partial;	/* lines so far of an unfinished reply */
	int		 first;		/* the code of its first line */
};

struct reply_parser *
reply_parser_new(void)
{
	struct reply_parser *p;

	if ((p = calloc(1, sizeof *p)) == NULL)
		return NULL;
	buf_init(&p->in, REPLY_BYTES_MAX);
	return p;
}

void
reply_parser_free(struct reply_parser *p)
{
	if (p == NULL)
		return;
	buf_free(&p->in);
	reply_free(p->partial);
	free(p);
}

int
reply_parser_feed(struct reply_parser *p, const char *data, size_t len)
{
	if (p->consume) {
		buf_consume(&p->in, p->consume);
		p->consume = 0;
	}
	return buf_add(&p->in, data, len);
}

size_t
reply_parser_pending(const struct reply_parser *p)
{
	return p->in.len - p->consume;
}

int
reply_parser_overlong(const struct reply_parser *p)
{
	return p->skipping;
}

void
reply_parser_reset(struct reply_parser *p)
{
	buf_reset(&p->in);
	p->consume = 0;
	p->skipping = 0;
	reply_free(p->partial);
	p->partial = NULL;
}

void
reply_free(struct reply *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nlines; i++)
		free(r->lines[i]);
	free(r->lines);
	free(r->lens);
	free(r);
}

int
reply_class(const struct reply *r)
{
	return r->code / 100;
}

static int
reply_isdigit(char c)
{
	return c >= '0' && c <= '9';
}

size_t
reply_esc(const char *s, size_t len, char out[16])
{
	size_t	 i = 0, part, n;

	out[0] = '\0';
	/* class "." subject "." detail: 2|4|5, 1-3 digits, 1-3 digits. */
	if (len < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') ||
	    s[1] != '.')
		return 0;
	i = 2;
	for (part = 0; part < 2; part++) {
		for (n = 0; i < len && reply_isdigit(s[i]) && n < 4; i++)
			n++;
		if (n < 1 || n > 3)
			return 0;
		if (part == 0) {
			if (i >= len || s[i] != '.')
				return 0;
			i++;
		}
	}
	if (i < len && s[i] != ' ' && s[i] != '\t')
		return 0;
	memcpy(out, s, i);
	out[i] = '\0';
	return i;
}

/* qmail's "(#4.4.2)": the code between "(#" and ")", in s[0..len). */
static size_t
reply_esc_hash(const char *s, size_t len, char out[16])
{
	size_t	 i, j, n;

	for (i = 0; i + 2 < len; i++) {
		if (s[i] != '(' || s[i + 1] != '#')
			continue;
		for (j = i + 2; j < len && j < i + 2 + 12 && s[j] != ')'; j++)
			;
		if (j < len && s[j] == ')' &&
		    (n = reply_esc(s + i + 2, j - (i + 2), out)) == j - (i + 2))
			return n;
	}
	out[0] = '\0';
	return 0;
}

/* A tag word we trust to stand before a code: letters, digits, '_' and
   '-' only, with a letter, at most 32 bytes ("cuda_nsu"). */
static int
reply_tag_word(const char *s, size_t len)
{
	size_t	 i;
	int	 letter = 0;

	if (len == 0 || len > 32)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			letter = 1;
		else if (!reply_isdigit(c) && c != '_' && c != '-')
			return 0;
	}
	return letter;
}

/* "cuda_nsu 4.7.1 ...": the code right after one tag word. */
static size_t
reply_esc_tag(const char *s, size_t len, char out[16])
{
	size_t	 w;

	out[0] = '\0';
	for (w = 0; w < len && s[w] != ' ' && s[w] != '\t'; w++)
		;
	if (w >= len || s[w] != ' ' || !reply_tag_word(s, w))
		return 0;
	return reply_esc(s + w + 1, len - w - 1, out);
}

void
reply_find_esc(struct reply *r)
{
	size_t	 i;
	int	 from;

	r->esc[0] = '\0';
	r->esc_from = REPLY_ESC_NONE;
	r->esc_line = 0;
	r->flags &= ~REPLY_F_ESC_CLASS;
	for (from = REPLY_ESC_START; from <= REPLY_ESC_TAG; from++) {
		for (i = 0; i < r->nlines; i++) {
			if ((from == REPLY_ESC_START &&
			    reply_esc(r->lines[i], r->lens[i], r->esc)) ||
			    (from == REPLY_ESC_HASH &&
			    reply_esc_hash(r->lines[i], r->lens[i], r->esc)) ||
			    (from == REPLY_ESC_TAG &&
			    reply_esc_tag(r->lines[i], r->lens[i], r->esc)))
				goto found;
		}
	}
	return;
found:
	r->esc_from = from;
	r->esc_line = i;
	if (r->esc[0] - '0' != r->code / 100)
		r->flags |= REPLY_F_ESC_CLASS;
}

static int
reply_add_line(struct reply *r, const char *text, size_t len)
{
	char	**lines;
	size_t	 *lens;
	char	 *copy;

	if ((copy = malloc(len + 1)) == NULL)
		return -1;
	memcpy(copy, text, len);
	copy[len] = '\0';
	lines = realloc(r->lines, (r->nlines + 1) * sizeof *lines);
	if (lines == NULL) {
		free(copy);
		return -1;
	}
	r->lines = lines;
	lens = realloc(r->lens, (r->nlines + 1) * sizeof *lens);
	if (lens == NULL) {
		free(copy);
		return -1;
	}
	r->lens = lens;
	r->lines[r->nlines] = copy;
	r->lens[r->nlines++] = len;
	return 0;
}

/* Quote the start of a bad line for an error message, printable only. */
static void
reply_quote(const char *s, size_t len, char *out, size_t outlen)
{
	size_t	 i, o = 0;

	for (i = 0; i < len && o + 5 < outlen && i < 40; i++) {
		unsigned char c = s[i];
		if (c >= 0x20 && c < 0x7f)
			out[o++] = c;
		else
			o += snprintf(out + o, outlen - o, "\\x%02x", c);
	}
	if (i < len && o + 4 < outlen)
		o += snprintf(out + o, outlen - o, "...");
	out[o] = '\0';
}

/* A malformed line inside a reply is left out of it, and the reply is
   marked, so the lines around it still arrive as one reply. */
static void
reply_drop_line(struct reply_parser *p)
{
	if (p->partial != NULL)
		p->partial->flags |= REPLY_F_MALFORMED;
}

static enum reply_result
reply_bad(struct reply_parser *p, char *err, size_t errlen,
    const char *what, const char *line, size_t len)
{
	char	 q[200];

	reply_quote(line, len, q, sizeof q);
	snprintf(err, errlen, "%s: \"%s\"", what, q);
	reply_drop_line(p);
	return REPLY_BAD;
}

/*
 * One line's code, separator and text into line, with its flags (bare
 * LF, odd code, control bytes). 0, or -1 for a line that is no reply
 * line (reported in err by reply_bad).
 */
static int
reply_parse_line(struct reply_parser *p, const char *s, size_t len,
    struct reply_line *line, unsigned *flagsp, char *err, size_t errlen)
{
	unsigned	 flags = *flagsp;
	size_t		 i;

	if (len > REPLY_LINE_MAX) {
		reply_bad(p, err, errlen, "server line too long", s,
		    len);
		return -1;
	}
	/*
	 * Code: first digit 2-5, then two digits. A second digit past 5
	 * ("571") is no standard code, but RFC 5321 4.2 has the client act
	 * on the first digit, so it is a reply, flagged.
	 */
	if (len < 3 || s[0] < '2' || s[0] > '5' || !reply_isdigit(s[1]) ||
	    !reply_isdigit(s[2])) {
		reply_bad(p, err, errlen, "not a reply line (no valid code)", s,
		    len);
		return -1;
	}
	if (s[1] > '5')
		flags |= REPLY_F_ODD_CODE;
	if (len > 3 && s[3] != ' ' && s[3] != '-') {
		reply_bad(p, err, errlen, "bad separator after the reply code", s,
		    len);
		return -1;
	}
	if (len == 3)
		flags |= REPLY_F_NO_SPACE;
	line->code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	line->last = len == 3 || s[3] == ' ';
	line->text = s + (len > 3 ? 4 : 3);
	line->textlen = len > 3 ? len - 4 : 0;
	for (i = 0; i < line->textlen; i++) {
		unsigned char c = line->text[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f)
			flags |= REPLY_F_CONTROL;
	}
	*flagsp = flags;
	return 0;
}

/* Add a parsed line to the reply being built: REPLY_LINE, REPLY_DONE
   with *reply at its last line, or REPLY_BAD. */
static enum reply_result
reply_collect(struct reply_parser *p, struct reply_line *line,
    unsigned flags, struct reply **reply, char *err, size_t errlen)
{
	if (p->partial == NULL) {
		if ((p->partial = calloc(1, sizeof *p->partial)) == NULL)
			goto nomem;
		p->partial->code = p->first = line->code;
	} else if (line->code != p->first) {
		/* Mixed codes: the reply counts as its worst line, so a
		   "250-" before a "550" is never taken for success. */
		flags |= REPLY_F_MIXED_CODES;
		if (line->code > p->partial->code)
			p->partial->code = line->code;
	}
	if (p->partial->nlines >= REPLY_LINES_MAX) {
		snprintf(err, errlen, "server reply has more than %d lines; "
		    "dropped", REPLY_LINES_MAX);
		reply_free(p->partial);
		p->partial = NULL;
		return REPLY_BAD;
	}
	if (reply_add_line(p->partial, line->text, line->textlen) == -1)
		goto nomem;
	p->partial->flags |= flags;
	line->flags = flags;
	if (!line->last)
		return REPLY_LINE;
	*reply = p->partial;
	p->partial = NULL;
	reply_find_esc(*reply);
	return REPLY_DONE;

nomem:
	snprintf(err, errlen, "out of memory reading a reply");
	reply_free(p->partial);
	p->partial = NULL;
	return REPLY_BAD;
}

enum reply_result
reply_parser_next(struct reply_parser *p, struct reply_line *line,
    struct reply **reply, char *err, size_t errlen)
{
	const char		*s, *lf;
	size_t			 len;
	unsigned		 flags = 0;

	*reply = NULL;
	if (p->consume) {
		buf_consume(&p->in, p->consume);
		p->consume = 0;
	}
	s = p->in.data;
	lf = p->in.len ? memchr(s, '\n', p->in.len) : NULL;
	if (p->skipping) {
		if (lf == NULL) {
			buf_reset(&p->in);
			return REPLY_MORE;
		}
		p->skipping = 0;
		buf_consume(&p->in, lf - s + 1);
		return reply_parser_next(p, line, reply, err, errlen);
	}
	if (lf == NULL) {
		/* Room for the longest line, and its CR with the LF to come. */
		if (p->in.len <= REPLY_LINE_MAX || (p->in.len ==
		    REPLY_LINE_MAX + 1 && s[REPLY_LINE_MAX] == '\r'))
			return REPLY_MORE;
		p->skipping = 1;
		snprintf(err, errlen, "server line longer than %d bytes "
		    "without a line end; skipped", REPLY_LINE_MAX);
		buf_reset(&p->in);
		reply_drop_line(p);
		return REPLY_BAD;
	}
	p->consume = lf - s + 1;
	line->raw = s;
	line->rawlen = p->consume;
	len = lf - s;
	if (len > 0 && s[len - 1] == '\r')
		len--;
	else
		flags |= REPLY_F_BARE_LF;
	if (reply_parse_line(p, s, len, line, &flags, err, errlen) == -1)
		return REPLY_BAD;
	return reply_collect(p, line, flags, reply, err, errlen);
}
