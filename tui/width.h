/*
 * Display width of UTF-8 text for the screen, and wrapping by columns.
 * Pure: no curses. The rules match how the screen draws a character:
 * printable characters take wcwidth() columns, control characters two
 * (drawn ^X), a tab runs to the next multiple of eight, an invalid byte or
 * an unprintable character one (drawn '?'). Callers must have called
 * setlocale(LC_CTYPE, ...) with a UTF-8 locale.
 */
#ifndef SMTPX_WIDTH_H
#define SMTPX_WIDTH_H

#include <stddef.h>

#define WIDTH_TAB	8

/* Width of the character at s (len bytes left, len > 0) when it starts at
   column col; *nbytes is set to the bytes it takes (at least 1). */
int	width_char(const char *s, size_t len, int col, size_t *nbytes);
/* 1 when the character at s is drawn as itself, 0 when it is drawn as
   '?' (invalid UTF-8, unprintable) or ^X (control). */
int	width_drawable(const char *s, size_t len);
/* Width of s drawn from column 0. */
int	width_str(const char *s, size_t len);
/* Column at which byte offset off of s starts (off <= len). */
int	width_col(const char *s, size_t len, size_t off);
/*
 * The end of the row that starts at byte off when rows are cols wide:
 * as many whole characters as fit, broken at the last place a line may
 * break (width_can_break) when the row would otherwise end where it may
 * not. Always takes at least one character, so wrapping makes progress
 * even in one column; a combining mark is never parted from its base.
 */
size_t	width_row_end(const char *s, size_t len, size_t off, int cols);
/*
 * 1 when a line may break between the character starting at prev and
 * the one starting at at: after a space; between two characters when
 * one is wide (Japanese), but not before 。、」) and the like nor after
 * 「( (kinsoku); never before a combining mark; not inside a Latin word.
 */
int	width_can_break(const char *s, size_t len, size_t prev, size_t at);
/* Rows s takes when the first row is cols wide and the rest are
   cols - indent wide (indent is ignored when it leaves too little). */
size_t	width_rows(const char *s, size_t len, int cols, int indent);
/* The indent actually used for continuation rows (see width_rows). */
int	width_indent(int cols, int indent);

#endif
