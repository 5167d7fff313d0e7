/*
 * Notes as words: the front end's half of the structured notes. Core
 * emits a note as an id and arguments (core/notes.h) and the transcript
 * keeps it so; this module turns one into text when it is drawn, saved
 * or printed: it finds the template (this file's own tables first, for
 * the ids whose words name our commands and for the findings, then
 * core's), translates it through one function (dgettext on the "smtpx"
 * domain unless a test injects another), fills the placeholders and,
 * when asked, wraps the result by display width. Rendering never changes the stored note, so a
 * transcript can be rendered again in another language or width.
 */
#ifndef SMTPX_RENDER_H
#define SMTPX_RENDER_H

#include <stddef.h>

struct buf;
struct finding;
struct note;
struct tr_entry;

#define RENDER_DOMAIN	"smtpx"
/* The line mode's width for notes, and the indent of their continuation
   lines. */
#define RENDER_COLS	100
#define RENDER_INDENT	2

/* Translate msgid (plural and n pick the plural form; plural may be
   NULL). Must return msgid or plural when it has no translation. */
typedef const char *render_tr_fn(const char *msgid, const char *plural,
	    unsigned long n);
/* Use fn for every translation from now on; NULL restores dgettext. */
void	render_set_translate(render_tr_fn *fn);

/* Append the note's text, unwrapped, to out. 0, or -1 when out is full. */
int	render_note(const struct note *, struct buf *out);
/* A finding (core/findings.h) in words, unwrapped. 0 or -1. */
int	render_finding(const struct finding *, struct buf *out);
/* The same for a TR_NOTE entry's stored text: a serialised note is
   rendered, plain text is copied as it is. */
int	render_note_text(const char *text, size_t len, struct buf *out);

/* A note by a template of the caller's own (tui/probe.c's findings):
   translated, plural chosen, placeholders filled. 0 or -1. */
int	render_template(const char *t, const char *plural,
	    const struct note *, struct buf *out);

/* A table text (notes_text) translated, its actions filled in. */
int	render_table(const char *text, struct buf *out);

typedef void render_line_fn(void *arg, const char *line, size_t len);
/*
 * Cut text into lines of at most cols display columns, where the screen
 * breaks them (width_row_end: at the last space or, in Japanese, the last
 * place kinsoku allows; mid-word, between characters, when there is
 * none); lines after
 * the first start with indent spaces, which count. Spaces at the ends of
 * lines are dropped. Calls fn for each line.
 */
void	render_wrap(const char *text, size_t len, int cols, int indent,
	    render_line_fn *fn, void *arg);

/*
 * Write an entry as the line mode shows it (marker, time stamp as
 * transcript_format) with a line end: a note rendered and wrapped at
 * RENDER_COLS, one line per piece; anything else as one line. 0 or -1.
 */
int	render_entry(const struct tr_entry *, int with_time, struct buf *out);
/* transcript_write's callback: the same, for /save. */
int	render_entry_cb(void *arg, const struct tr_entry *, int with_time,
	    struct buf *out);

/* What to type next, for session_hint's id ("" for none). */
const char *render_hint(const char *id);

#endif
