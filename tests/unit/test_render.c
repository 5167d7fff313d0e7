/*
 * tui/render.c: notes kept as ids in a transcript are rendered again in
 * another "language" (a fake catalogue injected as the translation
 * function, reordering placeholders and choosing plurals), table texts
 * get our words for their actions, and wrapping goes by display width
 * (CJK arguments are two columns a character and are never cut inside).
 */
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "notes.h"
#include "render.h"
#include "transcript.h"
#include "width.h"

/* A tiny catalogue: the templates these tests use, in "Pig Latin"-ish
   words with the placeholders in another order. */
static const char *
fake_tr(const char *msgid, const char *plural, unsigned long n)
{
	static const struct {
		const char	*en, *xx, *xx_plural;
	} cat[] = {
		{ "the server offers {1} extension: {2}",
		    "XX one extension ({1}) offered: {2}",
		    "XX {2} are the {1} extensions offered" },
		{ "{1}: the enhanced code, found on line {3} after the tag "
		    "\"{2}\"", "XX line {3}: tag \"{2}\" then code {1}", NULL },
		{ "port {1} refused: nothing listens there (or a firewall "
		    "rejects); check the host and port",
		    "XX {1} ni kobamareta", NULL },
		{ "/starttls", "/STARTTLS-XX", NULL },
	};
	size_t	 i;

	for (i = 0; i < sizeof cat / sizeof cat[0]; i++)
		if (strcmp(cat[i].en, msgid) == 0)
			return n != 1 && cat[i].xx_plural ? cat[i].xx_plural :
			    cat[i].xx;
	return n != 1 && plural != NULL ? plural : msgid;
}

/* Render entry i of t as one line of text. */
static char *
render_at(struct transcript *t, size_t i)
{
	const struct tr_entry	*e = transcript_get(t, i);
	struct buf		 b;
	char			*s;

	assert_non_null(e);
	assert_int_equal(e->kind, TR_NOTE);
	buf_init(&b, 0);
	assert_int_equal(render_note_text(e->text, e->len, &b), 0);
	assert_non_null(s = strndup(b.data != NULL ? b.data : "", b.len));
	buf_free(&b);
	return s;
}

static struct transcript *tr_notes;

static void
keep(void *arg, const struct note *nt)
{
	struct buf	 b;

	(void)arg;
	buf_init(&b, 0);
	assert_int_equal(notes_serialise(nt, &b), 0);
	assert_non_null(transcript_add(tr_notes, TR_NOTE, 0, 0, b.data, b.len,
	    NULL, 0));
	buf_free(&b);
}

static void
test_rerender(void **state)
{
	struct notes_ctx	 c;
	char			*s;

	(void)state;
	assert_non_null(tr_notes = transcript_new());
	notes_emitf(keep, NULL, "ehlo.offers", "nw", "3",
	    "PIPELINING, SIZE 10 MiB, STARTTLS");
	notes_emitf(keep, NULL, "ehlo.offers", "nw", "1", "STARTTLS");
	notes_emitf(keep, NULL, "esc.where.tag.line", "cqn", "5.7.1", "MSG",
	    "2");
	memset(&c, 0, sizeof c);
	c.port = 587;
	notes_event(&c, NOTES_EV_CONNECT_REFUSED, keep, NULL);
	/* What is stored is the id, not words. */
	assert_null(memmem(transcript_get(tr_notes, 0)->text,
	    transcript_get(tr_notes, 0)->len, "server", 6));

	render_set_translate(NULL);
	s = render_at(tr_notes, 0);
	assert_string_equal(s, "the server offers 3 extensions: PIPELINING, "
	    "SIZE 10 MiB, STARTTLS");
	free(s);
	s = render_at(tr_notes, 1);
	assert_string_equal(s, "the server offers 1 extension: STARTTLS");
	free(s);
	s = render_at(tr_notes, 2);
	assert_string_equal(s, "5.7.1: the enhanced code, found on line 2 "
	    "after the tag \"MSG\"");
	free(s);
	s = render_at(tr_notes, 4);
	assert_string_equal(s, "try 465 with --tls, the other submission "
	    "port");
	free(s);

	/* The same stored entries, in the other language. */
	render_set_translate(fake_tr);
	s = render_at(tr_notes, 0);
	assert_string_equal(s, "XX PIPELINING, SIZE 10 MiB, STARTTLS are the "
	    "3 extensions offered");
	free(s);
	s = render_at(tr_notes, 1);
	assert_string_equal(s, "XX one extension (1) offered: STARTTLS");
	free(s);
	s = render_at(tr_notes, 2);
	assert_string_equal(s, "XX line 2: tag \"MSG\" then code 5.7.1");
	free(s);
	s = render_at(tr_notes, 3);
	assert_string_equal(s, "XX 587 ni kobamareta");
	free(s);
	render_set_translate(NULL);
	transcript_free(tr_notes);
}

static void
test_actions(void **state)
{
	struct buf	 b;

	(void)state;
	/* A table text names the action; we say it in our words. */
	buf_init(&b, 0);
	assert_int_equal(render_table("{@starttls}, EHLO, then {@auth-mech}",
	    &b), 0);
	assert_string_equal(b.data, "/starttls, EHLO, then /auth MECH");
	buf_reset(&b);
	/* And translate the words of the action too. */
	render_set_translate(fake_tr);
	assert_int_equal(render_table("type {@starttls} now", &b), 0);
	assert_string_equal(b.data, "type /STARTTLS-XX now");
	render_set_translate(NULL);
	buf_free(&b);
	/* Hints are ids the front end words. */
	assert_string_equal(render_hint("hint.connect"), "/connect HOST PORT");
	assert_string_equal(render_hint(""), "");
}

struct lines {
	int	 n;
	char	 v[16][256];
};

static void
take(void *arg, const char *line, size_t len)
{
	struct lines	*l = arg;

	assert_true(l->n < 16 && len < sizeof l->v[0]);
	memcpy(l->v[l->n], line, len);
	l->v[l->n++][len] = '\0';
}

static void
test_wrap_width(void **state)
{
	/* 日本語 is 3 characters, 9 bytes, 6 columns. */
	static const char jp[] = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e";
	char		 q[256];
	struct buf	 b;
	struct lines	 l;
	int		 i;

	(void)state;
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	snprintf(q, sizeof q, "%s%s%s %s%s", jp, jp, jp, jp, jp);
	buf_init(&b, 0);
	{
		struct note	 nt = { "auth.chal.text", 1,
		    { { NOTE_A_QUOTE, q } } };

		assert_int_equal(render_note(&nt, &b), 0);
	}
	/* "challenge decoded: "<18 cols> <12 cols>": at 24 columns.
	   Japanese breaks between any two characters (width.c), so the
	   rows are full; the opening quote stays with what it opens and
	   the closing one with what it closes. */
	memset(&l, 0, sizeof l);
	render_wrap(b.data, b.len, 24, RENDER_INDENT, take, &l);
	assert_int_equal(l.n, 3);
	for (i = 0; i < l.n; i++) {
		assert_true(width_str(l.v[i], strlen(l.v[i])) <= 24);
		if (i > 0)
			assert_true(strncmp(l.v[i], "  ", 2) == 0 &&
			    l.v[i][2] != ' ');
	}
	/* 18 + 2 + 4 columns fit, by width: by bytes they would be 26. */
	assert_string_equal(l.v[0], "challenge decoded: \"\xe6\x97\xa5"
	    "\xe6\x9c\xac");
	snprintf(q, sizeof q, "  \xe8\xaa\x9e%s%s %s", jp, jp, jp);
	assert_string_equal(l.v[1], q);
	snprintf(q, sizeof q, "  %s\"", jp);
	assert_string_equal(l.v[2], q);
	/* A word too wide for the row is cut between characters, never
	   inside one: 6 + 2 indent = 8 columns, 1 character to spare. */
	memset(&l, 0, sizeof l);
	render_wrap(jp, strlen(jp), 5, RENDER_INDENT, take, &l);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0], "\xe6\x97\xa5\xe6\x9c\xac");
	assert_string_equal(l.v[1], "  \xe8\xaa\x9e");
	buf_free(&b);
}

static void
test_entry_lines(void **state)
{
	struct transcript	*t;
	const struct tr_entry	*e;
	struct buf		 b;
	char			 ser[256];

	(void)state;
	/* The line mode: marker, wrapped at 100 columns, indent 2. */
	assert_non_null(t = transcript_new());
	tr_notes = t;
	notes_emitf(keep, NULL, "ehlo.offers", "nw", "9", "AAAA, BBBB, CCCC, "
	    "DDDD, EEEE, FFFF, GGGG, HHHH, IIIIIIII, JJJJJJJJJJ, KKKKKKKKKK, "
	    "LLLLLLLLL, MMMMMMMM");
	buf_init(&b, 0);
	e = transcript_get(t, 0);
	assert_int_equal(render_entry(e, 0, &b), 0);
	assert_string_equal(b.data, "   # the server offers 9 extensions: "
	    "AAAA, BBBB, CCCC, DDDD, EEEE, FFFF, GGGG, HHHH, IIIIIIII,\n"
	    "   #   JJJJJJJJJJ, KKKKKKKKKK, LLLLLLLLL, MMMMMMMM\n");
	/* Plain text notes (decoded AUTH data) are shown as they are. */
	assert_non_null(transcript_add(t, TR_NOTE, TR_F_DECODED, 0, "sent: x",
	    7, NULL, 0));
	buf_reset(&b);
	assert_int_equal(render_entry(transcript_get(t, 1), 0, &b), 0);
	assert_string_equal(b.data, "   # sent: x\n");
	/* An id this smtpx does not know shows as id and arguments. */
	snprintf(ser, sizeof ser, "%cnew.id%cwARG", NOTES_SER_MARK,
	    NOTES_SER_SEP);
	assert_non_null(transcript_add(t, TR_NOTE, 0, 0, ser, strlen(ser),
	    NULL, 0));
	buf_reset(&b);
	assert_int_equal(render_entry(transcript_get(t, 2), 0, &b), 0);
	assert_string_equal(b.data, "   # new.id ARG\n");
	/* Decoded AUTH data: kept as it came (the sanitiser shows its
	   control bytes), and never wrapped. */
	{
		char		 data[160];
		struct note	 nt = { "decoded.challenge", 1,
		    { { NOTE_A_DATA, data } } };
		struct buf	 sb;

		memset(data, 'r', sizeof data - 1);
		data[sizeof data - 1] = '\0';
		data[1] = '\x01';
		buf_init(&sb, 0);
		assert_int_equal(notes_serialise(&nt, &sb), 0);
		assert_non_null(transcript_add(t, TR_NOTE, TR_F_DECODED, 0,
		    sb.data, sb.len, NULL, 0));
		buf_free(&sb);
		buf_reset(&b);
		assert_int_equal(render_entry(transcript_get(t, 3), 0, &b), 0);
		assert_int_equal(strncmp(b.data, "   # challenge: r\\x01rrr",
		    24), 0);
		assert_int_equal(b.len, strlen("   # challenge: ") + 159 + 3 +
		    1);
		assert_non_null(strchr(b.data, '\n'));
		assert_ptr_equal(strchr(b.data, '\n'), b.data + b.len - 1);
	}
	buf_free(&b);
	transcript_free(t);
}

static void
test_serialise(void **state)
{
	struct note	 nt = { "x.y", 2, { { NOTE_A_QUOTE, "a\x1f" "b\x1e" },
			    { NOTE_A_WORD, "" } } }, back;
	struct buf	 b;
	char		 store[64];

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(notes_serialise(&nt, &b), 0);
	/* Control bytes in values never break the form. */
	assert_int_equal(notes_parse(b.data, b.len, &back, store,
	    sizeof store), 0);
	assert_string_equal(back.id, "x.y");
	assert_int_equal(back.nargs, 2);
	assert_int_equal(back.a[0].type, NOTE_A_QUOTE);
	assert_string_equal(back.a[0].s, "a?b?");
	assert_string_equal(back.a[1].s, "");
	assert_int_equal(notes_parse("plain", 5, &back, store, sizeof store),
	    -1);
	assert_int_equal(notes_parse(b.data, b.len, &back, store, 4), -1);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rerender),
		cmocka_unit_test(test_actions),
		cmocka_unit_test(test_wrap_width),
		cmocka_unit_test(test_entry_lines),
		cmocka_unit_test(test_serialise),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
