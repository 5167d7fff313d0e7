/*
 * The message builder. What the user gives is kept as it was given
 * until msgbuild_finish; then the message becomes a list of segments:
 * text in memory (the header block, the MIME part headers, a body given
 * as text, the boundaries), a file sent as it is (a body file) and a
 * file sent as base64 (an attachment) or as quoted-printable (a body
 * file with 8-bit text for a server without 8BITMIME, RFC 6152).
 * msgbuild_read walks the list and
 * reads a file only when its segment comes, a window at a time, so the
 * memory held is the text segments plus one window, whatever the sizes
 * of the files. Base64 lines are 76 characters (57 bytes), as MIME
 * wants; a window that ends inside a line keeps the rest for the next.
 * Quoted-printable is made by a small state machine (the column, a
 * white space byte and a CR held back until the next byte says whether
 * a line ends), so it too goes a window at a time. Every header field
 * is folded at white space to lines of 78 characters where it can be,
 * and refused when a line would still pass 998 (RFC 5322 2.1.1).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "b64.h"
#include "buf.h"
#include "file.h"
#include "msgbuild.h"

#define MB_WINDOW	(57 * 256)	/* bytes read from a file at once */
#define MB_B64_LINE	57		/* bytes per 76-character line */
#define MB_WORD_MAX	75		/* an encoded-word (RFC 2047 2) */
#define MB_PREVIEW_LINES 4		/* of a body text in the preview */
#define MB_PREVIEW_COLS	72
#define MB_QP_LINE	76		/* RFC 2045 6.7 (5) */
#define MB_FOLD_LINE	78		/* RFC 5322 2.1.1: SHOULD */
#define MB_LINE_MAX	998		/* and MUST */

enum mb_seg_type {
	MB_SEG_MEM,			/* text: owned bytes */
	MB_SEG_RAW,			/* a file as it is */
	MB_SEG_B64,			/* a file as base64 lines */
	MB_SEG_QP,			/* a file as quoted-printable */
};

struct mb_seg {
	enum mb_seg_type	 type;
	char			*data;	/* MEM: the text; else the path */
	size_t			 len;	/* MEM: its length */
};

struct mb_attach {
	char		*path;
	char		*name;		/* its last component */
	const char	*type;		/* guessed content type */
	off_t		 size;
};

struct msgbuild {
	char		**hdr;		/* "Name: value" as given */
	size_t		  nhdr;
	char		 *subject;
	char		 *body;		/* text, or NULL */
	char		 *body_path;	/* @FILE, or NULL */
	off_t		  body_size;
	int		  body_8bit;
	struct mb_attach *att;
	size_t		  natt;

	/* After finish. */
	int		  finished;
	int		  utf8;		/* headers sent raw under SMTPUTF8 */
	int		  eightbit;
	int		  qp;		/* the text as quoted-printable */
	int		  unoffered;	/* 8-bit under the user's MIME headers
					   to a server without 8BITMIME */
	char		  boundary[48];
	char		 *head;		/* the header block (for the preview) */
	struct mb_seg	 *seg;
	size_t		  nseg;

	/* Reading. */
	size_t		  at;		/* the segment being read */
	size_t		  memoff;
	int		  fd;
	int		  last;		/* the last byte a RAW segment gave */
	unsigned char	  carry[MB_B64_LINE];
	size_t		  ncarry;
	size_t		  qcol;		/* QP: the output column */
	int		  qws;		/* QP: a held SP or TAB, or 0 */
	int		  qcr;		/* QP: a held CR */
	struct buf	  pend;		/* made, not yet handed out */
	size_t		  pendoff;
};

/* Extensions and their types: the common ones; the rest are
   application/octet-stream, which every reader can save. */
static const struct {
	const char	*ext;
	const char	*type;
} mb_types[] = {
	{ "txt", "text/plain" }, { "text", "text/plain" },
	{ "log", "text/plain" }, { "csv", "text/csv" },
	{ "htm", "text/html" }, { "html", "text/html" },
	{ "ics", "text/calendar" }, { "vcf", "text/vcard" },
	{ "json", "application/json" }, { "xml", "application/xml" },
	{ "pdf", "application/pdf" }, { "zip", "application/zip" },
	{ "gz", "application/gzip" }, { "tgz", "application/gzip" },
	{ "tar", "application/x-tar" }, { "7z", "application/x-7z-compressed" },
	{ "doc", "application/msword" },
	{ "docx", "application/vnd.openxmlformats-officedocument."
	    "wordprocessingml.document" },
	{ "xls", "application/vnd.ms-excel" },
	{ "xlsx", "application/vnd.openxmlformats-officedocument."
	    "spreadsheetml.sheet" },
	{ "ppt", "application/vnd.ms-powerpoint" },
	{ "pptx", "application/vnd.openxmlformats-officedocument."
	    "presentationml.presentation" },
	{ "odt", "application/vnd.oasis.opendocument.text" },
	{ "png", "image/png" }, { "jpg", "image/jpeg" },
	{ "jpeg", "image/jpeg" }, { "gif", "image/gif" },
	{ "webp", "image/webp" }, { "svg", "image/svg+xml" },
	{ "bmp", "image/bmp" }, { "tif", "image/tiff" },
	{ "tiff", "image/tiff" }, { "ico", "image/vnd.microsoft.icon" },
	{ "mp3", "audio/mpeg" }, { "wav", "audio/wav" },
	{ "ogg", "audio/ogg" }, { "mp4", "video/mp4" },
	{ "webm", "video/webm" }, { "mov", "video/quicktime" },
};

/* Headers that take addresses: only a display name is encoded. */
static const char *const mb_addr_headers[] = {
	"From", "To", "Cc", "Bcc", "Reply-To", "Sender", NULL
};

static int
mb_ascii_n(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

static int
mb_ascii(const char *s)
{
	return mb_ascii_n(s, strlen(s));
}

/* A header value holds no control byte but TAB (RFC 5322 2.2): none
   could be shown or sent safely. */
static int
mb_ctl(const char *s)
{
	for (; *s; s++)
		if (((unsigned char)*s < 0x20 && *s != '\t') || *s == 0x7f)
			return 1;
	return 0;
}

static char *
mb_strdup(const char *s, char *err, size_t errlen)
{
	char	*p;

	if ((p = strdup(s)) == NULL)
		snprintf(err, errlen, "out of memory");
	return p;
}

struct msgbuild *
msgbuild_new(void)
{
	struct msgbuild	*mb;

	if ((mb = calloc(1, sizeof *mb)) == NULL)
		return NULL;
	mb->fd = -1;
	mb->last = '\n';
	buf_init(&mb->pend, 0);
	return mb;
}

void
msgbuild_free(struct msgbuild *mb)
{
	size_t	 i;

	if (mb == NULL)
		return;
	for (i = 0; i < mb->nhdr; i++)
		free(mb->hdr[i]);
	free(mb->hdr);
	free(mb->subject);
	free(mb->body);
	free(mb->body_path);
	for (i = 0; i < mb->natt; i++) {
		free(mb->att[i].path);
		free(mb->att[i].name);
	}
	free(mb->att);
	free(mb->head);
	for (i = 0; i < mb->nseg; i++)
		free(mb->seg[i].data);
	free(mb->seg);
	if (mb->fd != -1)
		close(mb->fd);
	buf_free(&mb->pend);
	free(mb);
}

/* The length of the field name of "Name: value", or 0 when it is not a
   header: printable ASCII without a colon (RFC 5322 2.2), then ':'. */
static size_t
mb_header_name(const char *line)
{
	size_t	 n;

	for (n = 0; line[n] > 0x20 && line[n] < 0x7f && line[n] != ':'; n++)
		;
	return n > 0 && line[n] == ':' ? n : 0;
}

/* The value of header name among the user's, or NULL. */
static const char *
mb_user_header(const struct msgbuild *mb, const char *name)
{
	size_t	 i, n = strlen(name);

	for (i = 0; i < mb->nhdr; i++)
		if (mb_header_name(mb->hdr[i]) == n &&
		    strncasecmp(mb->hdr[i], name, n) == 0)
			return mb->hdr[i] + n + 1;
	return NULL;
}

int
msgbuild_header(struct msgbuild *mb, const char *line, char *err,
    size_t errlen)
{
	char	**v, *copy;
	size_t	  n;

	if ((n = mb_header_name(line)) == 0) {
		snprintf(err, errlen, "a header is \"Name: value\" (a name of "
		    "printable ASCII, then a colon)");
		return -1;
	}
	if (mb_ctl(line)) {
		snprintf(err, errlen, "a header may not hold control "
		    "characters (CR, LF, ...)");
		return -1;
	}
	if ((copy = mb_strdup(line, err, errlen)) == NULL)
		return -1;
	if ((v = reallocarray(mb->hdr, mb->nhdr + 1, sizeof *v)) == NULL) {
		free(copy);
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	mb->hdr = v;
	mb->hdr[mb->nhdr++] = copy;
	return 0;
}

int
msgbuild_subject(struct msgbuild *mb, const char *text, char *err,
    size_t errlen)
{
	char	*copy;

	if (mb_ctl(text)) {
		snprintf(err, errlen, "a subject may not hold control "
		    "characters (CR, LF, ...)");
		return -1;
	}
	if ((copy = mb_strdup(text, err, errlen)) == NULL)
		return -1;
	free(mb->subject);
	mb->subject = copy;
	return 0;
}

int
msgbuild_body(struct msgbuild *mb, const char *arg, char *err, size_t errlen)
{
	unsigned char	 w[MB_WINDOW];
	char		*copy;
	off_t		 size, at = 0;
	ssize_t		 n, i;
	int		 fd, eight = 0;

	if (arg[0] != '@') {
		if ((copy = mb_strdup(arg, err, errlen)) == NULL)
			return -1;
		free(mb->body);
		free(mb->body_path);
		mb->body = copy;
		mb->body_path = NULL;
		mb->body_8bit = !mb_ascii(arg);
		return 0;
	}
	/* Looked at once now, a window at a time: a NUL refuses it before
	   anything is sent, 8-bit bytes decide the transfer encoding. */
	if ((fd = file_open_regular(arg + 1, &size, err, errlen)) == -1)
		return -1;
	for (;;) {
		n = read(fd, w, sizeof w);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			snprintf(err, errlen, "%s: %s", arg + 1,
			    strerror(errno));
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		for (i = 0; i < n; i++) {
			if (w[i] == '\0') {
				snprintf(err, errlen, "%s: a NUL byte at "
				    "offset %lld; SMTP does not allow NUL in "
				    "a message (RFC 5321 4.1.1.4)", arg + 1,
				    (long long)(at + i));
				close(fd);
				return -1;
			}
			if (w[i] >= 0x80)
				eight = 1;
		}
		at += n;
	}
	close(fd);
	if ((copy = mb_strdup(arg + 1, err, errlen)) == NULL)
		return -1;
	free(mb->body);
	free(mb->body_path);
	mb->body = NULL;
	mb->body_path = copy;
	mb->body_size = at;
	mb->body_8bit = eight;
	(void)size;
	return 0;
}

const char *
msgbuild_content_type(const char *name)
{
	const char	*dot = strrchr(name, '.');
	size_t		 i;

	if (dot != NULL && dot != name && strchr(dot, '/') == NULL)
		for (i = 0; i < sizeof mb_types / sizeof mb_types[0]; i++)
			if (strcasecmp(dot + 1, mb_types[i].ext) == 0)
				return mb_types[i].type;
	return "application/octet-stream";
}

int
msgbuild_attach(struct msgbuild *mb, const char *path, char *err,
    size_t errlen)
{
	struct mb_attach	*v, *a;
	const char		*base;
	off_t			 size;
	int			 fd;

	if ((fd = file_open_regular(path, &size, err, errlen)) == -1)
		return -1;
	close(fd);
	if ((v = reallocarray(mb->att, mb->natt + 1, sizeof *v)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	mb->att = v;
	a = &mb->att[mb->natt];
	base = strrchr(path, '/');
	base = base != NULL && base[1] != '\0' ? base + 1 : path;
	if ((a->path = mb_strdup(path, err, errlen)) == NULL)
		return -1;
	if ((a->name = mb_strdup(base, err, errlen)) == NULL) {
		free(a->path);
		return -1;
	}
	a->type = msgbuild_content_type(a->name);
	a->size = size;
	mb->natt++;
	return 0;
}

int
msgbuild_needs_utf8(const struct msgbuild *mb, const struct msgbuild_env *env)
{
	size_t	 i;

	for (i = 0; i < mb->nhdr; i++)
		if (!mb_ascii(mb->hdr[i]))
			return 1;
	if (mb->subject != NULL && !mb_ascii(mb->subject))
		return 1;
	if (env != NULL) {
		if (env->from != NULL && !mb_ascii(env->from))
			return 1;
		for (i = 0; i < env->nto; i++)
			if (!mb_ascii(env->to[i]))
				return 1;
	}
	return 0;
}

/* ---- RFC 2047 ------------------------------------------------------------ */

/* Safe as themselves in a Q word in a phrase (RFC 2047 5 (3)). */
static int
mb_q_safe(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '!' || c == '*' || c == '+' ||
	    c == '-' || c == '/';
}

/* The length of the UTF-8 sequence at p (at most left bytes); a byte
   that does not start a valid sequence counts alone. */
static size_t
mb_utf8_len(const unsigned char *p, size_t left)
{
	size_t	 n, i;

	if (p[0] < 0x80)
		return 1;
	if ((p[0] & 0xe0) == 0xc0)
		n = 2;
	else if ((p[0] & 0xf0) == 0xe0)
		n = 3;
	else if ((p[0] & 0xf8) == 0xf0)
		n = 4;
	else
		return 1;
	if (n > left)
		return 1;
	for (i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 1;
	return n;
}

/* The characters a Q word needs for the byte c. */
static size_t
mb_q_cost(unsigned char c)
{
	return c == ' ' || mb_q_safe(c) ? 1 : 3;
}

static int
mb_q_add(struct buf *out, const unsigned char *p, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		  i;

	for (i = 0; i < n; i++) {
		if (p[i] == ' ') {
			if (buf_addch(out, '_') == -1)
				return -1;
		} else if (mb_q_safe(p[i])) {
			if (buf_addch(out, p[i]) == -1)
				return -1;
		} else if (buf_addch(out, '=') == -1 ||
		    buf_addch(out, hex[p[i] >> 4]) == -1 ||
		    buf_addch(out, hex[p[i] & 15]) == -1)
			return -1;
	}
	return 0;
}

/*
 * Encode len bytes of s as encoded-words. Q when it comes out no longer
 * than B (mostly ASCII text stays readable), else B. A word takes whole
 * UTF-8 sequences only, so each decodes to whole characters on its own
 * (RFC 2047 5: "each 'encoded-word' MUST represent an integral number
 * of characters"). The first word fits what is left of a 76-character
 * line after col characters when it can.
 */
static int
mb_encode_words(const unsigned char *s, size_t len, size_t col,
    struct buf *out)
{
	size_t	 i, qlen = 0, blen = 4 * ((len + 2) / 3);
	size_t	 start, take, cost, room, seq, words = 0;
	int	 q;

	for (i = 0; i < len; i++)
		qlen += mb_q_cost(s[i]);
	q = qlen <= blen;
	for (start = 0; start < len; start = take) {
		/* "=?UTF-8?X?" and "?=" around the text. */
		room = MB_WORD_MAX;
		if (words == 0 && col < 76 && 76 - col >= 24 &&
		    76 - col < MB_WORD_MAX)
			room = 76 - col;
		room -= 12;
		cost = 0;
		for (take = start; take < len; take += seq) {
			seq = mb_utf8_len(s + take, len - take);
			if (q) {
				for (i = 0; i < seq; i++)
					cost += mb_q_cost(s[take + i]);
				if (cost > room)
					break;
			} else if (4 * ((take + seq - start + 2) / 3) > room)
				break;
		}
		if (take == start)	/* never: a sequence is 4 bytes */
			take = start + mb_utf8_len(s + start, len - start);
		if (words > 0 && buf_add(out, "\r\n ", 3) == -1)
			return -1;
		if (buf_addstr(out, q ? "=?UTF-8?Q?" : "=?UTF-8?B?") == -1)
			return -1;
		if (q ? mb_q_add(out, s + start, take - start) :
		    b64_encode(s + start, take - start, out))
			return -1;
		if (buf_addstr(out, "?=") == -1)
			return -1;
		words++;
	}
	return 0;
}

int
msgbuild_encode_value(const char *value, size_t name_len, int address,
    struct buf *out)
{
	const char	*lt, *end;

	if (mb_ascii(value))
		return buf_addstr(out, value);
	if (!address)
		return mb_encode_words((const unsigned char *)value,
		    strlen(value), name_len, out);
	/* "Name <a@b>": the phrase is encoded, the address cannot be
	   (an address not ASCII needs SMTPUTF8). */
	if ((lt = strchr(value, '<')) == NULL)
		return buf_addstr(out, value);
	for (end = lt; end > value && (end[-1] == ' ' || end[-1] == '\t');
	    end--)
		;
	if (end == value || mb_ascii_n(value, end - value))
		return buf_addstr(out, value);
	if (mb_encode_words((const unsigned char *)value, end - value,
	    name_len, out) == -1)
		return -1;
	return buf_addstr(out, " ") == -1 ? -1 : buf_addstr(out, lt);
}

/* ---- quoted-printable (RFC 2045 6.7) ------------------------------------- */

/* One encoded unit ("a" or "=C3"), after a soft line break when it
   would not leave room for the "=" of one on its line. */
static int
mb_qp_unit(struct msgbuild *mb, struct buf *o, const char *u, size_t n)
{
	if (mb->qcol + n > MB_QP_LINE - 1) {
		if (buf_addstr(o, "=\r\n") == -1)
			return -1;
		mb->qcol = 0;
	}
	mb->qcol += n;
	return buf_add(o, u, n);
}

/* The byte c: as itself when it is printable ASCII but '=' (rule 2)
   and lit allows, else "=XX" (rule 1). */
static int
mb_qp_byte(struct msgbuild *mb, struct buf *o, unsigned char c, int lit)
{
	char	 u[4];

	if (lit && ((c >= 33 && c <= 126 && c != '=') || c == ' ' ||
	    c == '\t')) {
		u[0] = c;
		return mb_qp_unit(mb, o, u, 1);
	}
	snprintf(u, sizeof u, "=%02X", c);
	return mb_qp_unit(mb, o, u, 3);
}

/* The held white space: as itself when something follows it on its
   line, encoded when a line ends after it (rule 3). */
static int
mb_qp_ws(struct msgbuild *mb, struct buf *o, int at_end)
{
	int	 c = mb->qws;

	mb->qws = 0;
	return c == 0 ? 0 : mb_qp_byte(mb, o, c, !at_end);
}

/*
 * n bytes of text as quoted-printable onto o, the state kept in mb
 * between calls. A line end (CRLF, or a bare LF) is a hard line break
 * (CRLF); a CR on its own is encoded. end: no more text; the last line
 * then gets its line end.
 */
static int
mb_qp(struct msgbuild *mb, struct buf *o, const unsigned char *p, size_t n,
    int end)
{
	size_t	 i;
	int	 c;

	for (i = 0; i < n; i++) {
		c = p[i];
		if (mb->qcr) {
			mb->qcr = 0;
			if (c != '\n' && (mb_qp_ws(mb, o, 0) == -1 ||
			    mb_qp_byte(mb, o, '\r', 0) == -1))
				return -1;
		}
		if (c == '\r') {
			mb->qcr = 1;
			continue;
		}
		if (c == '\n') {
			if (mb_qp_ws(mb, o, 1) == -1 ||
			    buf_addstr(o, "\r\n") == -1)
				return -1;
			mb->qcol = 0;
			continue;
		}
		if (mb_qp_ws(mb, o, 0) == -1)
			return -1;
		if (c == ' ' || c == '\t')
			mb->qws = c;
		else if (mb_qp_byte(mb, o, c, 1) == -1)
			return -1;
	}
	if (!end)
		return 0;
	if (mb->qcr) {
		mb->qcr = 0;
		if (mb_qp_ws(mb, o, 0) == -1 ||
		    mb_qp_byte(mb, o, '\r', 0) == -1)
			return -1;
	}
	if (mb_qp_ws(mb, o, 1) == -1)
		return -1;
	if (mb->qcol > 0 && buf_addstr(o, "\r\n") == -1)
		return -1;
	mb->qcol = 0;
	return 0;
}

/* ---- folding (RFC 5322 2.2.3) --------------------------------------------- */

static int
mb_wsp(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * The field f (f_len bytes, "Name: value" without its last CRLF, maybe
 * folded already) onto out, each line longer than 78 characters folded
 * by a CRLF before white space: the last white space that keeps the
 * line within 78, else the first after. Never in the name, never so
 * that a line holds only white space. -1 with err naming the header
 * when a line still passes 998 (a word too long), or out is full.
 */
static int
mb_fold(const char *f, size_t f_len, struct buf *out, char *err,
    size_t errlen)
{
	const char	*line = f, *e, *fend = f + f_len;
	size_t		 len, start, i, brk, min, lastnw, name_len;

	name_len = strcspn(f, ":");
	for (min = name_len + 1; line < fend; min = 1) {
		e = memmem(line, fend - line, "\r\n", 2);
		len = e != NULL ? (size_t)(e - line) : (size_t)(fend - line);
		for (lastnw = len; lastnw > 0 && mb_wsp(line[lastnw - 1]);
		    lastnw--)
			;
		for (start = 0; len - start > MB_FOLD_LINE; start = brk) {
			brk = 0;
			for (i = start + min; i < lastnw; i++) {
				if (!mb_wsp(line[i]) || mb_wsp(line[i - 1]))
					continue;
				if (i - start > MB_FOLD_LINE && brk != 0)
					break;
				brk = i;
				if (i - start > MB_FOLD_LINE)
					break;
			}
			if (brk == 0)
				break;
			if (brk - start > MB_LINE_MAX)
				goto long_word;
			if (buf_add(out, line + start, brk - start) == -1 ||
			    buf_addstr(out, "\r\n") == -1)
				return -1;
			min = 1;
		}
		if (len - start > MB_LINE_MAX)
			goto long_word;
		if (buf_add(out, line + start, len - start) == -1)
			return -1;
		if (e == NULL)
			break;
		if (buf_addstr(out, "\r\n") == -1)
			return -1;
		line = e + 2;
	}
	return 0;
long_word:
	snprintf(err, errlen, "the %.*s header cannot be folded into lines "
	    "of at most %d characters: it holds a word too long to break "
	    "(RFC 5322 2.1.1)", (int)(name_len > 64 ? 64 : name_len), f,
	    MB_LINE_MAX);
	return -1;
}

/* ---- building ----------------------------------------------------------- */

static int
mb_add_seg(struct msgbuild *mb, enum mb_seg_type type, char *data,
    size_t len)
{
	struct mb_seg	*v;

	if (data == NULL)
		return -1;
	if ((v = reallocarray(mb->seg, mb->nseg + 1, sizeof *v)) == NULL) {
		free(data);
		return -1;
	}
	mb->seg = v;
	v[mb->nseg].type = type;
	v[mb->nseg].data = data;
	v[mb->nseg].len = len;
	mb->nseg++;
	return 0;
}

/* Move the text of t into a memory segment and empty t. */
static int
mb_flush_text(struct msgbuild *mb, struct buf *t)
{
	char	*p;

	if (t->len == 0)
		return 0;
	if ((p = malloc(t->len + 1)) == NULL)
		return -1;
	memcpy(p, t->data, t->len + 1);
	if (mb_add_seg(mb, MB_SEG_MEM, p, t->len) == -1)
		return -1;
	buf_reset(t);
	return 0;
}

/* Text with every line end made CRLF, ending in one. */
static int
mb_add_text(struct buf *t, const char *s)
{
	for (; *s; s++) {
		if (*s == '\n' && (t->len == 0 || t->data[t->len - 1] != '\r'))
			if (buf_addch(t, '\r') == -1)
				return -1;
		if (buf_addch(t, *s) == -1)
			return -1;
	}
	if (t->len > 0 && t->data[t->len - 1] != '\n')
		return buf_addstr(t, "\r\n");
	return 0;
}

/* A parameter of a part's header: quoted when it is plain ASCII, else
   RFC 2231's percent form in UTF-8. */
static int
mb_param(struct buf *t, const char *attr, const char *v)
{
	const unsigned char	*p;
	int			 plain = 1;

	for (p = (const unsigned char *)v; *p; p++)
		if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\')
			plain = 0;
	if (plain)
		return buf_printf(t, "; %s=\"%s\"", attr, v);
	if (buf_printf(t, "; %s*=utf-8''", attr) == -1)
		return -1;
	for (p = (const unsigned char *)v; *p; p++)
		if (((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("!#$&+-.^_`|~", *p)) &&
		    *p != '\0') {
			if (buf_addch(t, *p) == -1)
				return -1;
		} else if (buf_printf(t, "%%%02X", *p) == -1)
			return -1;
	return 0;
}

static int
mb_is_addr_header(const char *line, size_t n)
{
	size_t	 i;

	for (i = 0; mb_addr_headers[i] != NULL; i++)
		if (strlen(mb_addr_headers[i]) == n &&
		    strncasecmp(line, mb_addr_headers[i], n) == 0)
			return 1;
	return 0;
}

/* The field made in h from st on, folded in place, and its CRLF. */
static int
mb_field_end(struct buf *h, size_t st, char *err, size_t errlen)
{
	char	*f;
	size_t	 n = h->len - st;
	int	 r;

	if ((f = malloc(n + 1)) == NULL) {
		snprintf(err, errlen, "out of memory building the message");
		return -1;
	}
	memcpy(f, h->data + st, n);
	f[n] = '\0';
	h->len = st;
	h->data[st] = '\0';
	r = mb_fold(f, n, h, err, errlen);
	free(f);
	if (r == 0 && (r = buf_addstr(h, "\r\n")) == -1)
		snprintf(err, errlen, "out of memory building the message");
	return r;
}

/* To: the envelope's recipients. */
static int
mb_head_to(const struct msgbuild_env *env, struct buf *h, char *err,
    size_t errlen)
{
	size_t	 i, st = h->len;

	/* mb_field_end folds it after a comma where a line would pass 78. */
	buf_addstr(h, "To: ");
	for (i = 0; i < env->nto; i++)
		buf_printf(h, "%s<%s>", i > 0 ? ", " : "", env->to[i]);
	return mb_field_end(h, st, err, errlen);
}

/* The header block, the blank line after it included. -1 with err. */
static int
mb_head(struct msgbuild *mb, const struct msgbuild_env *env, struct buf *h,
    int user_mime, char *err, size_t errlen)
{
	unsigned char	 rnd[16];
	char		 date[64], id[33];
	struct tm	 tm;
	time_t		 now = env->now ? env->now : time(NULL);
	const char	*v;
	size_t		 i, n, st;

	if (mb_user_header(mb, "Date") == NULL) {
		localtime_r(&now, &tm);
		strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S %z", &tm);
		buf_printf(h, "Date: %s\r\n", date);
	}
	if (mb_user_header(mb, "Message-ID") == NULL) {
		if (RAND_bytes(rnd, sizeof rnd) != 1)
			return -1;
		for (i = 0; i < sizeof rnd; i++)
			snprintf(id + 2 * i, 3, "%02x", rnd[i]);
		buf_printf(h, "Message-ID: <%s@%s>\r\n", id,
		    env->domain != NULL && *env->domain ? env->domain :
		    "smtpx.invalid");
	}
	if (mb_user_header(mb, "From") == NULL) {
		st = h->len;
		buf_printf(h, "From: <%s>", env->from);
		if (mb_field_end(h, st, err, errlen) == -1)
			return -1;
	}
	if (mb_user_header(mb, "To") == NULL &&
	    mb_head_to(env, h, err, errlen) == -1)
		return -1;
	if (mb_user_header(mb, "Subject") == NULL) {
		st = h->len;
		buf_addstr(h, "Subject: ");
		v = mb->subject != NULL ? mb->subject : "smtpx test message";
		if (mb->utf8)
			buf_addstr(h, v);
		else
			msgbuild_encode_value(v, 9, 0, h);
		if (mb_field_end(h, st, err, errlen) == -1)
			return -1;
	}
	for (i = 0; i < mb->nhdr; i++) {
		st = h->len;
		n = mb_header_name(mb->hdr[i]);
		if (mb->utf8 || mb_ascii(mb->hdr[i]))
			buf_addstr(h, mb->hdr[i]);
		else {
			v = mb->hdr[i] + n + 1;
			v += strspn(v, " \t");
			buf_printf(h, "%.*s: ", (int)n, mb->hdr[i]);
			msgbuild_encode_value(v, n + 2,
			    mb_is_addr_header(mb->hdr[i], n), h);
		}
		if (mb_field_end(h, st, err, errlen) == -1)
			return -1;
	}
	if (mb->natt > 0)
		buf_printf(h, "MIME-Version: 1.0\r\nContent-Type: "
		    "multipart/mixed;\r\n boundary=\"%s\"\r\n", mb->boundary);
	else if (mb->body_8bit && !user_mime)
		buf_printf(h, "MIME-Version: 1.0\r\nContent-Type: text/plain; "
		    "charset=utf-8\r\nContent-Transfer-Encoding: %s\r\n",
		    mb->qp ? "quoted-printable" : "8bit");
	if (buf_addstr(h, "\r\n") == -1) {
		snprintf(err, errlen, "out of memory building the message");
		return -1;
	}
	return 0;
}

/* The body text after what t holds: a file's segment, or the text. */
static int
mb_body(struct msgbuild *mb, const struct msgbuild_env *env, struct buf *t)
{
	if (mb->body_path != NULL)
		return mb_flush_text(mb, t) == -1 ? -1 : mb_add_seg(mb,
		    mb->qp ? MB_SEG_QP : MB_SEG_RAW, strdup(mb->body_path), 0);
	if (mb->body != NULL && mb->qp)
		return mb_qp(mb, t, (const unsigned char *)mb->body,
		    strlen(mb->body), 1);
	if (mb->body != NULL)
		return mb_add_text(t, mb->body);
	return buf_printf(t, "This is a test message sent by smtpx to check "
	    "that mail from\r\n<%s> is accepted by %s.\r\n", env->from,
	    env->host != NULL ? env->host : "?");
}

/* A multipart boundary of random hex: "=_" occurs in neither base64
   nor quoted-printable, so no part's text can contain it. */
static int
mb_boundary(struct msgbuild *mb, char *err, size_t errlen)
{
	unsigned char	 rnd[12];
	size_t		 i;

	if (RAND_bytes(rnd, sizeof rnd) != 1) {
		snprintf(err, errlen, "no random bytes for a boundary");
		return -1;
	}
	memcpy(mb->boundary, "=_smtpx_", 8);
	for (i = 0; i < sizeof rnd; i++)
		snprintf(mb->boundary + 8 + 2 * i, 3, "%02x", rnd[i]);
	return 0;
}

int
msgbuild_finish(struct msgbuild *mb, const struct msgbuild_env *env,
    char *err, size_t errlen)
{
	static const char *const mime[] = { "Content-Type",
	    "Content-Transfer-Encoding", "MIME-Version", NULL };
	struct buf	 t;
	size_t		 i;
	int		 r = -1, user_mime = 0;

	if (mb->finished) {
		snprintf(err, errlen, "the message is already built");
		return -1;
	}
	for (i = 0; mb->natt > 0 && mime[i] != NULL; i++)
		if (mb_user_header(mb, mime[i]) != NULL) {
			snprintf(err, errlen, "a %s header cannot go with "
			    "attachments: the message is multipart/mixed, and "
			    "its MIME headers are smtpx's", mime[i]);
			return -1;
		}
	for (i = 0; mime[i] != NULL && !user_mime; i++)
		user_mime = mb_user_header(mb, mime[i]) != NULL;
	mb->utf8 = env->smtputf8 && msgbuild_needs_utf8(mb, env);
	/* RFC 6152 3: no 8-bit data to a server without 8BITMIME; the
	   text goes in 7 bits. (SMTPUTF8 implies 8BITMIME, RFC 6531 3.1.)
	   A body under MIME headers of the user's goes as they say. */
	mb->qp = mb->body_8bit && !env->eightbitmime && !mb->utf8 &&
	    (mb->natt > 0 || !user_mime);
	mb->eightbit = mb->utf8 || (mb->body_8bit && !mb->qp);
	mb->unoffered = mb->eightbit && !mb->utf8 && !env->eightbitmime;
	if (mb->natt > 0 && mb_boundary(mb, err, errlen) == -1)
		return -1;
	buf_init(&t, 1024 * 1024);
	if (mb_head(mb, env, &t, user_mime, err, errlen) == -1) {
		buf_free(&t);
		return -1;
	}
	if ((mb->head = strdup(t.data)) == NULL)
		goto fail;
	if (mb->natt > 0 && buf_printf(&t, "This is a multi-part message in "
	    "MIME format.\r\n\r\n--%s\r\nContent-Type: text/plain; "
	    "charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n",
	    mb->boundary, mb->body_8bit ? "utf-8" : "us-ascii",
	    mb->qp ? "quoted-printable" : mb->body_8bit ? "8bit" : "7bit") ==
	    -1)
		goto fail;
	if (mb_body(mb, env, &t) == -1)
		goto fail;
	for (i = 0; i < mb->natt; i++) {
		/* The text keeps its last line end: the CRLF before a
		   boundary belongs to the boundary (RFC 2046 5.1.1). */
		if ((i == 0 && buf_addstr(&t, "\r\n") == -1) ||
		    buf_printf(&t, "--%s\r\nContent-Type: %s", mb->boundary,
		    mb->att[i].type) == -1 ||
		    mb_param(&t, "name", mb->att[i].name) == -1 ||
		    buf_addstr(&t, "\r\nContent-Disposition: attachment") ==
		    -1 || mb_param(&t, "filename", mb->att[i].name) == -1 ||
		    buf_addstr(&t, "\r\nContent-Transfer-Encoding: base64"
		    "\r\n\r\n") == -1 ||
		    mb_flush_text(mb, &t) == -1 ||
		    mb_add_seg(mb, MB_SEG_B64, strdup(mb->att[i].path), 0) ==
		    -1)
			goto fail;
	}
	if (mb->natt > 0 && buf_printf(&t, "--%s--\r\n", mb->boundary) == -1)
		goto fail;
	if (mb_flush_text(mb, &t) == -1)
		goto fail;
	mb->finished = 1;
	r = 0;
fail:
	if (r == -1)
		snprintf(err, errlen, "out of memory building the message");
	buf_free(&t);
	return r;
}

int
msgbuild_utf8(const struct msgbuild *mb)
{
	return mb->utf8;
}

int
msgbuild_8bit(const struct msgbuild *mb)
{
	return mb->eightbit;
}

/* Up to MB_PREVIEW_LINES lines of text, indented, each cut short. */
static int
mb_preview_text(const char *s, struct buf *out)
{
	size_t	 n, lines = 0, more = 0;

	while (*s) {
		n = strcspn(s, "\r\n");
		if (lines < MB_PREVIEW_LINES) {
			if (buf_printf(out, "    %.*s%s\n", (int)(n >
			    MB_PREVIEW_COLS ? MB_PREVIEW_COLS : n), s,
			    n > MB_PREVIEW_COLS ? "..." : "") == -1)
				return -1;
			lines++;
		} else
			more++;
		s += n;
		if (*s == '\r')
			s++;
		if (*s == '\n')
			s++;
	}
	if (more > 0)
		return buf_printf(out, "    ... (%zu more line%s)\n", more,
		    more == 1 ? "" : "s");
	return 0;
}

int
msgbuild_preview(const struct msgbuild *mb, struct buf *out)
{
	const char	*p = mb->head, *nl;
	size_t		 i, len;

	/* The header block, the blank line after it left out. */
	while (*p && !(p[0] == '\r' && p[1] == '\n')) {
		nl = strstr(p, "\r\n");
		len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		if (buf_printf(out, "%.*s\n", (int)len, p) == -1)
			return -1;
		p += len + (nl != NULL ? 2 : 0);
	}
	if (mb->natt > 0 && buf_printf(out, "[multipart/mixed: %zu part%s]\n",
	    mb->natt + 1, mb->natt + 1 == 1 ? "" : "s") == -1)
		return -1;
	if (buf_printf(out, "%stext/plain, %s", mb->natt > 0 ? "[1] " :
	    "[body] ", !mb->body_8bit ? "ASCII (7bit)" : mb->qp ?
	    "UTF-8 (quoted-printable: the server offers no 8BITMIME)" :
	    mb->unoffered ? "UTF-8 (8bit as your MIME headers leave it, but "
	    "the server offers no 8BITMIME, which RFC 6152 wants for 8-bit "
	    "data)" : "UTF-8 (8bit)") == -1)
		return -1;
	if (mb->body_path != NULL) {
		if (buf_printf(out, ", %lld bytes from %s\n",
		    (long long)mb->body_size, mb->body_path) == -1)
			return -1;
	} else if (mb->body != NULL) {
		if (buf_printf(out, ", %zu bytes:\n", strlen(mb->body)) == -1 ||
		    mb_preview_text(mb->body, out) == -1)
			return -1;
	} else if (buf_addstr(out, ", the test text\n") == -1)
		return -1;
	for (i = 0; i < mb->natt; i++)
		if (buf_printf(out, "[%zu] %s, %s, %lld bytes as base64\n",
		    i + 2, mb->att[i].type, mb->att[i].path,
		    (long long)mb->att[i].size) == -1)
			return -1;
	return 0;
}

/* ---- reading ------------------------------------------------------------- */

static int
mb_read_window(struct msgbuild *mb, const char *path, unsigned char *w,
    size_t cap, ssize_t *got, char *err, size_t errlen)
{
	ssize_t	 n;

	if (mb->fd == -1 && (mb->fd = file_open_regular(path, NULL, err, errlen)) == -1)
		return -1;
	do
		n = read(mb->fd, w, cap);
	while (n == -1 && errno == EINTR);
	if (n == -1) {
		snprintf(err, errlen, "reading %s: %s", path, strerror(errno));
		return -1;
	}
	*got = n;
	return 0;
}

/* Base64 lines of 57 bytes each from p (and the carry before it); the
   rest waits in the carry, all of it at the end. */
static int
mb_b64_lines(struct msgbuild *mb, const unsigned char *p, size_t n, int end)
{
	size_t	 take;

	while (n > 0 || (end && mb->ncarry > 0)) {
		take = MB_B64_LINE - mb->ncarry;
		if (take > n)
			take = n;
		memcpy(mb->carry + mb->ncarry, p, take);
		mb->ncarry += take;
		p += take;
		n -= take;
		if (mb->ncarry < MB_B64_LINE && !end)
			break;
		if (b64_encode(mb->carry, mb->ncarry, &mb->pend) == -1 ||
		    buf_addstr(&mb->pend, "\r\n") == -1)
			return -1;
		mb->ncarry = 0;
	}
	return 0;
}

/* Make the next piece of the message into pend; 0 at the end. */
static int
mb_produce(struct msgbuild *mb, char *err, size_t errlen)
{
	unsigned char	 w[MB_WINDOW];
	struct mb_seg	*sg;
	ssize_t		 n;

	while (mb->at < mb->nseg && mb->pend.len == 0) {
		sg = &mb->seg[mb->at];
		if (sg->type == MB_SEG_MEM) {
			n = sg->len - mb->memoff < MB_WINDOW ?
			    (ssize_t)(sg->len - mb->memoff) : MB_WINDOW;
			if (buf_add(&mb->pend, sg->data + mb->memoff, n) == -1)
				goto full;
			if ((mb->memoff += n) == sg->len) {
				mb->memoff = 0;
				mb->at++;
			}
			continue;
		}
		if (mb_read_window(mb, sg->data, w, sizeof w, &n, err,
		    errlen) == -1)
			return -1;
		/* A body sent as it is may not hold a NUL (checked when it
		   was given; this is a file changed since). */
		if (sg->type != MB_SEG_B64 && n > 0 &&
		    memchr(w, '\0', n) != NULL) {
			snprintf(err, errlen, "%s now holds a NUL byte",
			    sg->data);
			return -1;
		}
		if (sg->type == MB_SEG_RAW) {
			if (n > 0) {
				if (buf_add(&mb->pend, w, n) == -1)
					goto full;
				mb->last = w[n - 1];
				continue;
			}
			/* A body without a last line end gets one, so
			   what follows starts a line of its own. */
			if (mb->last != '\n' &&
			    buf_addstr(&mb->pend, "\r\n") == -1)
				goto full;
		} else if (sg->type == MB_SEG_QP) {
			if (mb_qp(mb, &mb->pend, w, n, n == 0) == -1)
				goto full;
		} else if (mb_b64_lines(mb, w, n, n == 0) == -1)
			goto full;
		if (n > 0)
			continue;
		close(mb->fd);
		mb->fd = -1;
		mb->last = '\n';
		mb->at++;
	}
	return mb->pend.len > 0;
full:
	snprintf(err, errlen, "out of memory building the message");
	return -1;
}

ssize_t
msgbuild_read(struct msgbuild *mb, char *out, size_t cap, char *err,
    size_t errlen)
{
	size_t	 n;
	int	 r;

	if (!mb->finished) {
		snprintf(err, errlen, "the message is not built");
		return -1;
	}
	if (mb->pendoff == mb->pend.len) {
		buf_reset(&mb->pend);
		mb->pendoff = 0;
		if ((r = mb_produce(mb, err, errlen)) <= 0)
			return r;
	}
	n = mb->pend.len - mb->pendoff;
	if (n > cap)
		n = cap;
	memcpy(out, mb->pend.data + mb->pendoff, n);
	mb->pendoff += n;
	return (ssize_t)n;
}
