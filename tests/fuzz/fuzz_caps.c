/*
 * EHLO capabilities (core/caps.c) as they arrive: server bytes go
 * through the reply parser, and every whole reply is parsed as an EHLO
 * answer. The notes for it (core/notes.c, which quotes server text) are
 * produced too, in the context of the EHLO before. Properties, from
 * caps.h and notes.h:
 *   - keywords are upper case whole tokens of at most CAPS_KEYWORD_MAX
 *     bytes, found again by caps_find; mechanisms are upper case, at most
 *     CAPS_KEYWORD_MAX, without duplicates; SIZE, when given, is > 0;
 *   - caps_dup gives the same keywords, parameters and mechanisms;
 *   - every note, rendered (tui/render.c) and wrapped as the line mode
 *     wraps it, is lines of at most 100 bytes (the C locale counts a
 *     byte a column) without a control byte ("server text quoted in a
 *     note is ... stripped of control bytes").
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "caps.h"
#include "notes.h"
#include "render.h"
#include "reply.h"
#include "fuzz_util.h"

static void
fuzz_note_line(void *arg, const char *text, size_t len)
{
	size_t	 i;

	(void)arg;
	FUZZ_CHECK(len > 0 && len <= RENDER_COLS,
	    "note line of %zu bytes: %.200s", len, text);
	for (i = 0; i < len; i++)
		FUZZ_CHECK((unsigned char)text[i] >= 0x20 && text[i] != 0x7f,
		    "control byte 0x%02x in a note: %.200s",
		    (unsigned char)text[i], text);
}

static void
fuzz_note(void *arg, const struct note *nt)
{
	struct buf	 b;

	buf_init(&b, 0);
	FUZZ_CHECK(notes_template(nt->id, NULL) != NULL,
	    "note id without a template: %s", nt->id);
	FUZZ_CHECK(render_note(nt, &b) == 0 && b.len > 0,
	    "note %s renders to nothing", nt->id);
	render_wrap(b.data, b.len, RENDER_COLS, RENDER_INDENT, fuzz_note_line,
	    arg);
	buf_free(&b);
}

static void
fuzz_caps_check(const struct caps *c)
{
	size_t	 i, j, k;

	FUZZ_CHECK(c->domain != NULL, "no domain");
	for (i = 0; i < c->n; i++) {
		const char *kw = c->v[i].keyword;
		FUZZ_CHECK(kw != NULL && c->v[i].params != NULL, "entry %zu", i);
		FUZZ_CHECK(kw[0] != '\0', "empty keyword");
		FUZZ_CHECK(strlen(kw) <= CAPS_KEYWORD_MAX, "keyword %zu bytes",
		    strlen(kw));
		for (k = 0; kw[k]; k++)
			FUZZ_CHECK(!islower((unsigned char)kw[k]) && kw[k] != ' ' &&
			    kw[k] != '\t', "keyword %s", kw);
		FUZZ_CHECK(caps_find(c, kw) != NULL, "caps_find(%s)", kw);
		FUZZ_CHECK(caps_has(c, kw), "caps_has(%s)", kw);
	}
	for (i = 0; i < c->nmechs; i++) {
		const char *m = c->mechs[i];
		FUZZ_CHECK(m[0] != '\0' && strlen(m) <= CAPS_KEYWORD_MAX,
		    "mechanism of %zu bytes", strlen(m));
		for (k = 0; m[k]; k++)
			FUZZ_CHECK(!islower((unsigned char)m[k]) && m[k] != ' ' &&
			    m[k] != '\t', "mechanism %s", m);
		for (j = 0; j < i; j++)
			FUZZ_CHECK(strcmp(c->mechs[j], m) != 0,
			    "mechanism %s twice", m);
		FUZZ_CHECK(caps_has_mech(c, m), "caps_has_mech(%s)", m);
	}
	if (c->size_given)
		FUZZ_CHECK(c->size > 0, "SIZE 0 given");
}

static void
fuzz_caps_same(const struct caps *a, const struct caps *b)
{
	size_t	 i;

	FUZZ_CHECK(b != NULL, "caps_dup failed");
	FUZZ_CHECK(strcmp(a->domain, b->domain) == 0, "domain");
	FUZZ_CHECK(a->n == b->n, "dup has %zu entries, not %zu", b->n, a->n);
	for (i = 0; i < a->n; i++) {
		FUZZ_CHECK(strcmp(a->v[i].keyword, b->v[i].keyword) == 0,
		    "dup keyword %s != %s", b->v[i].keyword, a->v[i].keyword);
		FUZZ_CHECK(strcmp(a->v[i].params, b->v[i].params) == 0,
		    "dup params of %s: \"%.80s\" != \"%.80s\"", a->v[i].keyword,
		    b->v[i].params, a->v[i].params);
	}
	/* KNOWN BUG: caps_dup re-parses "AUTH=<mech> ..." from the keyword
	   cut at CAPS_KEYWORD_MAX, so an over-long glued mechanism that
	   caps_parse dropped (or kept whole) comes back cut short in the
	   copy. */
	for (i = 0; fuzz_skip_known() && i < a->n; i++)
		if (strncmp(a->v[i].keyword, "AUTH=", 5) == 0 &&
		    strlen(a->v[i].keyword) == CAPS_KEYWORD_MAX)
			return;
	FUZZ_CHECK(a->nmechs == b->nmechs, "dup has %zu mechanisms, not %zu",
	    b->nmechs, a->nmechs);
	for (i = 0; i < a->nmechs; i++)
		FUZZ_CHECK(strcmp(a->mechs[i], b->mechs[i]) == 0,
		    "dup mechanism %s != %s", b->mechs[i], a->mechs[i]);
	FUZZ_CHECK(a->size_given == b->size_given && a->size == b->size,
	    "dup SIZE");
}

static const enum smtpcmd fuzz_verbs[] = {
	SMTPCMD_EHLO, SMTPCMD_GREETING, SMTPCMD_HELO, SMTPCMD_MAIL,
	SMTPCMD_RCPT, SMTPCMD_DATA, SMTPCMD_DOT, SMTPCMD_AUTH,
	SMTPCMD_STARTTLS, SMTPCMD_QUIT, SMTPCMD_RSET, SMTPCMD_NONE,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reply_parser	*p;
	struct reply_line	 line;
	struct reply		*r;
	struct caps		*c, *prev = NULL, *d;
	struct notes_ctx	 ctx;
	enum reply_result	 res;
	char			 err[256];
	size_t			 off = 0, n, nreplies = 0;
	uint8_t			 sel;

	if (size < 1)
		return 0;
	sel = data[0];
	data++, size--;
	if ((p = reply_parser_new()) == NULL)
		return 0;
	while (off < size) {
		n = size - off > 4096 ? 4096 : size - off;
		if (reply_parser_feed(p, (const char *)data + off, n) == -1)
			break;
		off += n;
		while ((res = reply_parser_next(p, &line, &r, err,
		    sizeof err)) != REPLY_MORE) {
			if (res != REPLY_DONE)
				continue;
			c = caps_parse(r);
			FUZZ_CHECK(c != NULL, "caps_parse out of memory");
			fuzz_caps_check(c);
			d = caps_dup(c);
			fuzz_caps_same(c, d);
			caps_free(d);
			memset(&ctx, 0, sizeof ctx);
			ctx.port = (int[]){ 25, 587, 465, 2525 }[sel & 3];
			ctx.implicit_tls = (sel >> 2) & 1;
			ctx.tls = (sel >> 3) & 1;
			ctx.authenticated = (sel >> 4) & 1;
			ctx.cmd = fuzz_verbs[(sel + nreplies) %
			    (sizeof fuzz_verbs / sizeof fuzz_verbs[0])];
			ctx.caps = c;
			ctx.prev_caps = prev;
			notes_reply(&ctx, r, fuzz_note, NULL);
			notes_reply(NULL, r, fuzz_note, NULL);
			caps_free(prev);
			prev = c;
			reply_free(r);
			nreplies++;
		}
	}
	caps_free(prev);
	reply_parser_free(p);
	return 0;
}
