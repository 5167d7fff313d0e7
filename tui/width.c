/*
 * Display width and wrapping. Everything is computed from the bytes with
 * mbrtowc/wcwidth one character at a time, so invalid UTF-8 costs one
 * column per byte and never stalls the walk. Wrapping happens at draw
 * time, so these functions are called for every visible row; they keep no
 * state and allocate nothing.
 */
#include <string.h>
#include <wchar.h>

#include "width.h"

int
width_char(const char *s, size_t len, int col, size_t *nbytes)
{
	unsigned char	 c = (unsigned char)s[0];
	mbstate_t	 ps;
	wchar_t		 wc;
	size_t		 n;
	int		 w;

	*nbytes = 1;
	if (c == '\t')
		return WIDTH_TAB - (col % WIDTH_TAB);
	if (c < 0x20 || c == 0x7f)
		return 2;
	if (c < 0x80)
		return 1;
	memset(&ps, 0, sizeof(ps));
	n = mbrtowc(&wc, s, len, &ps);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0)
		return 1;
	*nbytes = n;
	w = wcwidth(wc);
	/* Unprintable (C1 controls, unassigned): drawn as '?'. */
	return w < 0 ? 1 : w;
}

int
width_drawable(const char *s, size_t len)
{
	unsigned char	 c = (unsigned char)s[0];
	mbstate_t	 ps;
	wchar_t		 wc;
	size_t		 n;

	if (c < 0x20 || c == 0x7f)
		return 0;
	if (c < 0x80)
		return 1;
	memset(&ps, 0, sizeof(ps));
	n = mbrtowc(&wc, s, len, &ps);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0)
		return 0;
	return wcwidth(wc) >= 0;
}

int
width_str(const char *s, size_t len)
{
	size_t	 off = 0, n;
	int	 col = 0;

	while (off < len) {
		col += width_char(s + off, len - off, col, &n);
		off += n;
	}
	return col;
}

int
width_col(const char *s, size_t len, size_t off)
{
	return width_str(s, off < len ? off : len);
}

size_t
width_row_end(const char *s, size_t len, size_t off, int cols)
{
	size_t	 end = off, n, brk = 0;
	int	 col = 0, w;

	while (end < len) {
		w = width_char(s + end, len - end, col, &n);
		if (col + w > cols && end > off)
			break;
		if (s[end] == ' ')
			brk = end + n;
		col += w;
		end += n;
		if (col >= cols)
			break;
	}
	/* Break after a space rather than inside a word, unless the space
	   is the very start (one long word fills the row anyway). */
	if (end < len && s[end] != ' ' && brk > off && brk < end)
		return brk;
	/* A space right at the edge belongs to this row (drawn clipped), so
	   the next row does not start with it. */
	if (end < len && s[end] == ' ')
		return end + 1;
	return end;
}

int
width_indent(int cols, int indent)
{
	/* An indent that would leave less than half the row is dropped. */
	if (indent < 0 || indent * 2 > cols)
		return 0;
	return indent;
}

size_t
width_rows(const char *s, size_t len, int cols, int indent)
{
	size_t	 off = 0, rows = 0;
	int	 w = cols;

	if (cols < 1)
		cols = 1;
	indent = width_indent(cols, indent);
	if (len == 0)
		return 1;
	while (off < len) {
		off = width_row_end(s, len, off, w);
		rows++;
		w = cols - indent;
	}
	return rows;
}
