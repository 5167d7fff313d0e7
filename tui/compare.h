/*
 * Two saved sessions (JSON Lines exports, read by replay.c) compared:
 * the commands aligned by their verb (the longest common sequence, so
 * port 25's session lines up with port 587's though one has STARTTLS
 * and AUTH the other lacks), then the capabilities the last EHLO
 * listed, the connection (TLS, user) and the findings. The layout is
 * plain text like a diff: ' ' the same, '!' in both but different, '-'
 * only in the first, '+' only in the second.
 */
#ifndef SMTPX_COMPARE_H
#define SMTPX_COMPARE_H

struct buf;
struct replay;

/* Above this many steps in either session, steps are paired in order
   instead (the alignment's table is the product of the two). */
#define COMPARE_MAX_STEPS	2000

/* Append the comparison of a (named an) and b to out, text from the
   files through the sanitiser when sanitise (not when the lines go into
   a transcript, which sanitises them itself). The number of
   differences, or -1 when out is full. */
long	compare_write(const struct replay *a, const char *an,
	    const struct replay *b, const char *bn, int sanitise,
	    struct buf *out);

/* The same side by side, for a screen width columns wide: each step's
   lines in two columns, the mark between them. The number of
   differences, or -1. */
long	compare_columns(const struct replay *a, const char *an,
	    const struct replay *b, const char *bn, int width,
	    struct buf *out);

#endif
