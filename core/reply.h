/*
 * SMTP reply parser. Bytes go in, in any split; lines and whole replies
 * come out. It is pure (no I/O) and bounded: a line longer than
 * REPLY_LINE_MAX, a reply with more than REPLY_LINES_MAX lines, or more
 * than REPLY_BYTES_MAX buffered is reported as an error instead of growing
 * memory. Like OpenSMTPD's smtp_client_readline, it checks the code (a
 * first digit 2-5 and two more digits) and the separator; unlike it, odd
 * but harmless forms (bare LF, control bytes, mixed codes in one reply, a
 * second digit past 5 like Exchange's "571") are accepted and flagged,
 * because smtpx exists to show what a server did, and RFC 5321 4.2 says a
 * client acts on the first digit of a code it does not know.
 * A line that passes REPLY_LINE_MAX with no line end in sight is beyond
 * repair: reply_parser_overlong says so, and the session closes.
 */
#ifndef SMTPX_REPLY_H
#define SMTPX_REPLY_H

#include <stddef.h>

#define REPLY_LINE_MAX	 4096	/* RFC 5321 allows 512; be generous */
#define REPLY_LINES_MAX	 256
#define REPLY_BYTES_MAX	 (REPLY_LINE_MAX * 4)

/* Anomalies seen in a reply (or a line); none stops parsing. */
#define REPLY_F_BARE_LF		0x01	/* a line ended in LF without CR */
#define REPLY_F_MIXED_CODES	0x02	/* lines of one reply differ in code */
#define REPLY_F_CONTROL		0x04	/* text has control bytes or NUL */
#define REPLY_F_ESC_CLASS	0x08	/* enhanced code class != code class */
#define REPLY_F_NO_SPACE	0x10	/* "250" alone, no separator */
#define REPLY_F_MALFORMED	0x20	/* a malformed line inside the reply
					   was reported and left out */
#define REPLY_F_ODD_CODE	0x40	/* second digit 6-9: not a standard
					   code, read by its first digit */

/* Where the enhanced status code of a reply was found. */
#define REPLY_ESC_NONE		0	/* nowhere */
#define REPLY_ESC_START		1	/* at the start of a line (RFC 3463) */
#define REPLY_ESC_HASH		2	/* qmail's "(#5.7.1)" in the text */
#define REPLY_ESC_TAG		3	/* after one tag word: "cuda_nsu 4.7.1" */

struct reply {
	int	  code;		/* 200-599; with mixed codes, the highest */
	char	  esc[16];	/* enhanced status code "5.7.1", or "" */
	int	  esc_from;	/* REPLY_ESC_*: where it was found */
	size_t	  esc_line;	/* on which line (0 the first) */
	size_t	  nlines;
	char	**lines;	/* text after "NNN-"/"NNN ", NUL-terminated;
				   may contain NUL-free control bytes */
	size_t	 *lens;		/* length of each line (text may hold NUL) */
	unsigned  flags;	/* REPLY_F_* */
};

enum reply_result {
	REPLY_MORE,		/* need more bytes */
	REPLY_LINE,		/* a line of a reply is complete */
	REPLY_DONE,		/* a line, and it completed a reply */
	REPLY_BAD,		/* a malformed line was dropped; see err */
};

/* One parsed line, valid until the next call on the parser. */
struct reply_line {
	const char	*raw;	/* the bytes as received, line end included */
	size_t		 rawlen;
	const char	*text;	/* after the code and separator */
	size_t		 textlen;
	int		 code;
	int		 last;	/* separator was ' ' (or none) */
	unsigned	 flags;	/* REPLY_F_* for this line */
};

struct reply_parser;

struct reply_parser *reply_parser_new(void);
void	reply_parser_free(struct reply_parser *);
/* Add received bytes. Returns 0, or -1 when the buffer limit is hit
   (call reply_parser_next until it says REPLY_MORE, then feed again). */
int	reply_parser_feed(struct reply_parser *, const char *, size_t);
/*
 * Take the next result. For REPLY_LINE and REPLY_DONE *line is filled;
 * for REPLY_DONE *reply is also set to a new reply the caller frees with
 * reply_free. For REPLY_BAD err holds a sentence and any partial reply is
 * discarded; an over-long line is skipped up to its line end.
 */
enum reply_result reply_parser_next(struct reply_parser *,
	    struct reply_line *line, struct reply **reply,
	    char *err, size_t errlen);
/* Bytes received but not yet returned as lines (for the STARTTLS
   injection check: must be 0 after the 220 to STARTTLS). */
size_t	reply_parser_pending(const struct reply_parser *);
/* 1 while the parser drops an over-long line whose end has not come:
   the server broke the protocol, and waiting for more is pointless. */
int	reply_parser_overlong(const struct reply_parser *);
/* Forget everything buffered and any partial reply. */
void	reply_parser_reset(struct reply_parser *);

void	reply_free(struct reply *);
/* The reply's class digit (2-5). */
int	reply_class(const struct reply *);
/* Parse an enhanced status code at the start of s ("5.7.1 text"): copies
   it to out (size >= 16) and returns its length, or 0 if there is none. */
size_t	reply_esc(const char *s, size_t len, char out[16]);
/*
 * Find the reply's enhanced status code and set esc, esc_from, esc_line
 * and REPLY_F_ESC_CLASS (done for every reply the parser returns). In
 * this order: at the start of the first line, at the start of a later
 * line (a bilingual reply's other half), qmail's "(#x.y.z)" anywhere in
 * a line, and "x.y.z" right after one tag word that follows the code
 * ("554 cuda_nsu 4.7.1 ..."). Dotted numbers elsewhere in prose (versions,
 * IP addresses) are never taken.
 */
void	reply_find_esc(struct reply *);

#endif
