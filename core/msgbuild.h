/*
 * The message builder behind /send and the line mode's --header,
 * --subject, --body and --attach, like swaks: the user's headers, a
 * subject, a body (text, or a file) and attachments become an RFC 5322
 * message, MIME multipart/mixed with base64 parts when there is an
 * attachment. Date and Message-ID are always there, From and To come
 * from the envelope unless given. A header value that is not ASCII is
 * encoded as RFC 2047 encoded-words, or left as UTF-8 when the server
 * offered SMTPUTF8 and the message uses it (RFC 6532). 8-bit text
 * goes as 8bit to a server that offers 8BITMIME, else as
 * quoted-printable (RFC 6152). Header fields are folded at white space
 * (RFC 5322 2.2.3); one that cannot be kept within 998 characters a
 * line is refused by msgbuild_finish.
 *
 * The header block and the MIME part headers are small and kept in
 * memory; a body file and the attachments are read from their files
 * only when msgbuild_read asks for more, a piece at a time, so memory
 * does not grow with them. Nothing here prints: the preview is text the
 * caller shows.
 */
#ifndef SMTPX_MSGBUILD_H
#define SMTPX_MSGBUILD_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

struct buf;
struct msgbuild;

/* What the envelope and the session give the message. */
struct msgbuild_env {
	const char		*from;		/* MAIL FROM address */
	const char *const	*to;		/* RCPT TO addresses */
	size_t			 nto;
	const char		*domain;	/* for the Message-ID, or NULL */
	const char		*host;		/* the server, for the default
						   body, or NULL */
	int			 smtputf8;	/* the server offers SMTPUTF8 */
	int			 eightbitmime;	/* the server offers 8BITMIME;
						   else 8-bit text goes as
						   quoted-printable */
	time_t			 now;		/* the Date; 0 for now */
};

struct msgbuild	*msgbuild_new(void);
void		 msgbuild_free(struct msgbuild *);

/*
 * The parts, before msgbuild_finish. Each returns 0, or -1 with err
 * ("why") when the argument cannot be used: a header that is not
 * "Name: value", a file that is not a readable regular file, a body
 * file holding a NUL. Headers and attachments may be given many times;
 * a later subject or body replaces an earlier one.
 */
int	msgbuild_header(struct msgbuild *, const char *line, char *err,
	    size_t errlen);
int	msgbuild_subject(struct msgbuild *, const char *text, char *err,
	    size_t errlen);
/* "@FILE" reads the body from FILE when the message is sent; anything
   else is the text itself. */
int	msgbuild_body(struct msgbuild *, const char *arg, char *err,
	    size_t errlen);
int	msgbuild_attach(struct msgbuild *, const char *path, char *err,
	    size_t errlen);

/* 1 when some header value or address is not ASCII (it needs RFC 2047
   or SMTPUTF8). */
int	msgbuild_needs_utf8(const struct msgbuild *, const struct msgbuild_env *);

/* Build the headers for env; after this the parts are fixed. 0, or -1
   with err (a header field that cannot be folded within 998 characters
   names the header). */
int	msgbuild_finish(struct msgbuild *, const struct msgbuild_env *,
	    char *err, size_t errlen);
/* After finish: the headers went out as UTF-8 (use SMTPUTF8 on MAIL);
   the message holds 8-bit bytes (BODY=8BITMIME). */
int	msgbuild_utf8(const struct msgbuild *);
int	msgbuild_8bit(const struct msgbuild *);
/* After finish: what /send shows before it sends: the header block as
   it goes out, then an outline of the body or the MIME parts, the body
   text cut short. Lines end in "\n". -1 when out is full. */
int	msgbuild_preview(const struct msgbuild *, struct buf *out);

/*
 * After finish: the next bytes of the message (CRLF line ends, not
 * dot-stuffed), at most cap of them. Returns the count, 0 at the end,
 * or -1 with err when a file cannot be read (or was changed so that it
 * holds a NUL).
 */
ssize_t	msgbuild_read(struct msgbuild *, char *out, size_t cap, char *err,
	    size_t errlen);

/*
 * RFC 2047: append value to out as it goes in a header of that name,
 * folded: ASCII as it is, otherwise as "=?UTF-8?B?...?=" or "?Q?"
 * encoded-words of at most 75 characters each, never splitting a UTF-8
 * sequence, separated by CRLF SP. name_len is the length of "Name: "
 * already on the line. For an address header only a display name before
 * "<" is encoded. -1 when out is full.
 */
int	msgbuild_encode_value(const char *value, size_t name_len,
	    int address, struct buf *out);

/* The content type guessed from a file name's extension, or
   "application/octet-stream". */
const char *msgbuild_content_type(const char *name);

#endif
