/*
 * The one sanitiser for text that came from the network (or from any
 * other untrusted place) on its way to a terminal or a file. Valid UTF-8
 * printable characters pass through; everything else becomes a visible
 * escape: C0 controls and DEL as \xNN (\t, \r, \n spelled so), C1
 * controls as \xNN even when UTF-8 encoded (U+0080-U+009F), invalid or
 * overlong UTF-8 bytes and surrogates as \xNN, and the backslash itself as
 * \\ so an escape cannot be forged. The output holds no byte below 0x20,
 * no 0x7f and no C1 control, whatever the input.
 */
#ifndef SMTPX_SANITIZE_H
#define SMTPX_SANITIZE_H

#include <stddef.h>

struct buf;

/* Append the printable form of s to out. Returns 0 or -1 (out full). */
int	sanitize_text(const char *s, size_t len, struct buf *out);
/* 1 when s needs no escaping at all. */
int	sanitize_clean(const char *s, size_t len);

#endif
