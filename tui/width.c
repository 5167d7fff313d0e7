/*
 * Display width and wrapping (with the Japanese rules of line breaking
 * below). Everything is computed from the bytes with
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

/*
 * Line breaking. Latin text breaks after a space only. Japanese has no
 * spaces: a line may break between any two characters when one of them
 * is wide (CJK), except where kinsoku forbids it: never before a
 * character that may not start a line (closing brackets and quotes, the
 * full stop and comma, small kana, the prolonged sound mark, and their
 * ASCII cousins), never after one that may not end a line (opening
 * brackets), and never before a zero-width character (a combining mark
 * belongs to the character before it).
 */
static const char *const width_no_start[] = {
	"\xe3\x80\x81", "\xe3\x80\x82",		/* 、。 */
	"\xef\xbc\x8c", "\xef\xbc\x8e",		/* ，． */
	"\xe3\x83\xbb", "\xef\xbc\x9a", "\xef\xbc\x9b",	/* ・：； */
	"\xef\xbc\x9f", "\xef\xbc\x81",		/* ？！ */
	"\xe3\x83\xbc", "\xe3\x80\x85",		/* ー々 */
	"\xe3\x80\x8d", "\xe3\x80\x8f", "\xef\xbc\x89",	/* 」』） */
	"\xe3\x80\x95", "\xef\xbc\xbd", "\xef\xbd\x9d",	/* 〕］｝ */
	"\xe3\x80\x89", "\xe3\x80\x8b", "\xe3\x80\x91",	/* 〉》】 */
	"\xe3\x81\x81", "\xe3\x81\x83", "\xe3\x81\x85",	/* ぁぃぅ */
	"\xe3\x81\x87", "\xe3\x81\x89", "\xe3\x81\xa3",	/* ぇぉっ */
	"\xe3\x82\x83", "\xe3\x82\x85", "\xe3\x82\x87",	/* ゃゅょ */
	"\xe3\x82\xa1", "\xe3\x82\xa3", "\xe3\x82\xa5",	/* ァィゥ */
	"\xe3\x82\xa7", "\xe3\x82\xa9", "\xe3\x83\x83",	/* ェォッ */
	"\xe3\x83\xa3", "\xe3\x83\xa5", "\xe3\x83\xa7",	/* ャュョ */
	")", "]", "}", ",", ".", ":", ";", "!", "?", "%",
};
static const char *const width_no_end[] = {
	"\xe3\x80\x8c", "\xe3\x80\x8e", "\xef\xbc\x88",	/* 「『（ */
	"\xe3\x80\x94", "\xef\xbc\xbb", "\xef\xbd\x9b",	/* 〔［｛ */
	"\xe3\x80\x88", "\xe3\x80\x8a", "\xe3\x80\x90",	/* 〈《【 */
	"(", "[", "{",
};

static int
width_in(const char *const *set, size_t n, const char *s, size_t len)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		k = strlen(set[i]);
		if (k <= len && memcmp(s, set[i], k) == 0)
			return 1;
	}
	return 0;
}

#define WIDTH_IN(set, s, len) \
	width_in(set, sizeof set / sizeof set[0], s, len)

int
width_can_break(const char *s, size_t len, size_t prev, size_t at)
{
	size_t	 n;
	int	 wa, wb;

	if (at >= len || at <= prev)
		return 1;
	if (s[prev] == ' ')
		return 1;
	if (s[at] == ' ')
		return 0;	/* the break comes after the space */
	wb = width_char(s + at, len - at, 0, &n);
	if (wb == 0 && (unsigned char)s[at] >= 0x80)
		return 0;	/* a combining mark */
	wa = width_char(s + prev, len - prev, 0, &n);
	if (wa < 2 && wb < 2)
		return 0;	/* inside a Latin word */
	if (WIDTH_IN(width_no_start, s + at, len - at) ||
	    WIDTH_IN(width_no_end, s + prev, len - prev))
		return 0;
	/* A straight quote after a space opens, elsewhere it closes. */
	if ((s[at] == '"' || s[at] == '\'') && s[prev] != ' ')
		return 0;
	if ((s[prev] == '"' || s[prev] == '\'') &&
	    (prev == 0 || s[prev - 1] == ' '))
		return 0;
	return 1;
}

size_t
width_row_end(const char *s, size_t len, size_t off, int cols)
{
	size_t	 end = off, n, brk = 0, base = off;
	int	 col = 0, w;

	while (end < len) {
		w = width_char(s + end, len - end, col, &n);
		if (col + w > cols && end > off)
			break;
		/* A break before this character, with all before it on the
		   row: the last one found is where the row ends. */
		if (end > off && width_can_break(s, len, base, end))
			brk = end;
		if (w > 0 || (unsigned char)s[end] < 0x80)
			base = end;
		col += w;
		end += n;
		if (col >= cols) {
			/* Zero-width marks stay with their character. */
			while (end < len && (unsigned char)s[end] >= 0x80 &&
			    width_char(s + end, len - end, col, &n) == 0)
				end += n;
			break;
		}
	}
	/* A space right at the edge belongs to this row (drawn clipped), so
	   the next row does not start with it. */
	if (end < len && s[end] == ' ')
		return end + 1;
	/* Break where allowed: at the edge, or back at the last
	   opportunity, unless that is the very start (one long word, or a
	   run of characters that may not be parted, fills the row). */
	if (end < len && !width_can_break(s, len, base, end) && brk > off)
		return brk;
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
