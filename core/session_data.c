/*
 * Messages: lines typed in DATA (dot-stuffed one at a time through the
 * encoder), files and /send's message streamed after 354 a chunk at a
 * time while the output buffer is low (the message made by its builder,
 * core/msgbuild.c, as it is read), the NUL scan that refuses a file
 * before anything of it is sent, and /send, which queues MAIL, each
 * RCPT, DATA and the message as one group that stops at the first
 * refusal that makes the rest pointless (MAIL to DATA pipelined in one
 * write when the server offers PIPELINING); and /bdat, a file sent as
 * BDAT chunks (RFC 3030), streamed the same way.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "file.h"
#include "session_int.h"

static void	session_bdat_more(struct session *);

void
session_stream_free(struct session *s)
{
	if (s->stream == NULL)
		return;
	if (s->stream->fd != -1)
		close(s->stream->fd);
	msgbuild_free(s->stream->gen);
	free(s->stream->name);
	free(s->stream);
	s->stream = NULL;
}

/*
 * DATA was refused: a message typed or pasted ahead of the reply (typed
 * lines up to a lone ".") must not go out as commands. Without a "."
 * queued there is no message yet, and the lines stay.
 */
void
session_drop_message(struct session *s)
{
	struct qitem	*q, *end = NULL;
	size_t		 n = 0;
	int		 last;

	/* A pipelined /send: its message waits at the head. */
	if (s->qhead != NULL && s->qhead->type == Q_TEST_MSG) {
		if (session_drop(s, s->qhead->group) > 0)
			session_log(s, TR_EVENT, "the test message stopped "
			    "after the refusal");
		return;
	}
	for (q = s->qhead; q != NULL && q->type == Q_LINE; q = q->next)
		if (q->cmd == SMTPCMD_DOT) {
			end = q;
			break;
		}
	if (end == NULL)
		return;
	do {
		q = session_qpop(s);
		last = q == end;
		session_qitem_free(q);
		n++;
	} while (!last);
	session_log(s, TR_EVENT, CORE_PL("DATA was not accepted (no 354): %zu "
	    "message line typed ahead not sent", "DATA was not accepted (no "
	    "354): %zu message lines typed ahead not sent", n), n);
}

/*
 * Before a message file goes out: a warning when it is over the server's
 * SIZE, or when its headers are not ASCII and the server lacks SMTPUTF8
 * (notes_message). Shown whatever the notes switch says: it is about
 * what is to be sent, not an explanation.
 */
#define SESSION_HEAD_SCAN	(16 * 1024)

static void
session_file_warnings(struct session *s, int fd, off_t size)
{
	struct notes_ctx	 c;
	char			 head[SESSION_HEAD_SCAN];
	ssize_t			 n;

	if ((n = pread(fd, head, sizeof head, 0)) < 0)
		n = 0;
	memset(&c, 0, sizeof c);
	c.cmd = SMTPCMD_NONE;
	c.caps = s->caps;
	c.tls = s->tls_on;
	notes_message(&c, head, (size_t)n, (unsigned long long)size,
	    session_note_always, s);
}

void
session_start_stream(struct session *s, struct qitem *q)
{
	struct stream	*st;
	char		 err[SESSION_ERR];
	off_t		 size;
	int		 fd = -1;

	if (s->state != SESSION_DATA) {
		session_log(s, TR_ERROR, "not sending %s: the server has not "
		    "said 354 (send DATA first)", q->text);
		return;
	}
	if (q->type == Q_DATA_FILE) {
		if ((fd = file_open_regular(q->text, &size, err,
		    sizeof err)) == -1) {
			session_log(s, TR_ERROR, "%s", err);
			return;
		}
		session_log(s, TR_EVENT, "sending %s (%lld bytes) as the "
		    "message", q->text, (long long)size);
		session_file_warnings(s, fd, size);
	}
	if ((st = calloc(1, sizeof *st)) == NULL) {
		if (fd != -1)
			close(fd);
		return;
	}
	st->fd = fd;
	if (fd == -1) {
		/* The built message is the stream's now; the item stays
		   current for its /send group. */
		st->gen = q->mb;
		q->mb = NULL;
		s->current = q;
		/* Pipelined, DATA went out before the RCPT replies: with
		   none accepted a 354 must get an empty message (RFC 2920
		   3.1), lest it go nowhere or somewhere unmeant. */
		if (q->group != 0 && s->group_rcpts == 0) {
			session_log(s, TR_EVENT, "no recipient was accepted, "
			    "yet DATA was: the message ends at once, empty");
			msgbuild_free(st->gen);
			st->gen = NULL;
		}
	}
	st->name = strdup(q->text);
	dataenc_init(&st->enc);
	s->stream = st;
	session_arm(s, "the server to take %s", st->name);
}

/* Move more of a streamed message into the output buffer. */
void
session_stream_more(struct session *s)
{
	struct stream	*st = s->stream;
	char		 chunk[SESSION_CHUNK], err[SESSION_ERR];
	ssize_t		 n;

	if (st->bdat) {
		session_bdat_more(s);
		return;
	}
	while (s->out.len < SESSION_OUT_LOW) {
		if (st->fd != -1) {
			n = read(st->fd, chunk, sizeof chunk);
			if (n == -1 && errno == EINTR)
				continue;
			if (n == -1) {
				session_fail(s, SESSION_FAIL_INTERNAL,
				    "reading %s: %s", st->name, strerror(errno));
				return;
			}
			if (memchr(chunk, '\0', n) != NULL) {
				/* Changed since it was checked: without the
				   final dot the server discards the message. */
				session_fail(s, SESSION_FAIL_USAGE, "%s now holds "
				    "a NUL byte; closing without ending the "
				    "message, so the server discards it",
				    st->name);
				return;
			}
			if (n > 0 && dataenc_feed(&st->enc, chunk, n,
			    &s->out) == -1)
				goto full;
		} else if (st->gen != NULL) {
			/* Made a piece at a time: its files are read as
			   they come (core/msgbuild.c). */
			n = msgbuild_read(st->gen, chunk, sizeof chunk, err,
			    sizeof err);
			if (n == -1) {
				session_fail(s, SESSION_FAIL_USAGE, "%s; closing "
				    "without ending the message, so the server "
				    "discards it", err);
				return;
			}
			if (n > 0 && dataenc_feed(&st->enc, chunk, n,
			    &s->out) == -1)
				goto full;
		} else
			n = 0;	/* cut short */
		st->bytes += n;
		if (n == 0)
			break;
	}
	if (s->out.len < SESSION_OUT_LOW) {
		if (dataenc_finish(&st->enc, &s->out) == -1)
			goto full;
		session_log(s, TR_EVENT, "sent %s: %llu bytes in %zu lines "
		    "(%zu dot-stuffed)", st->name, st->bytes, st->enc.lines,
		    st->enc.stuffed);
		session_entry(s, TR_SENT, 0, 0, ".", 1, ".\r\n", 3);
		session_stream_free(s);
		session_set_cmd(s, SMTPCMD_DOT, ".");
		s->awaiting = 1;
		session_arm(s, "the reply to the end of the message");
	}
	return;
full:
	session_fail(s, SESSION_FAIL_INTERNAL, "output buffer full");
}

void
session_data_line(struct session *s, struct qitem *q)
{
	struct dataenc	 enc;
	size_t		 at = s->out.len;

	if (q->cmd == SMTPCMD_DOT) {
		session_set_cmd(s, SMTPCMD_DOT, ".");
		session_write_line(s, ".", 1, ".", 0);
		s->awaiting = 1;
		session_arm(s, "the reply to the end of the message");
		return;
	}
	/* One line through the encoder: CRLF and dot-stuffing as always. */
	dataenc_init(&enc);
	if (dataenc_feed(&enc, q->text, strlen(q->text), &s->out) == -1 ||
	    buf_add(&s->out, "\r\n", 2) == -1) {
		s->out.len = at;
		session_log(s, TR_ERROR, "output buffer full; line not sent");
		return;
	}
	session_entry(s, TR_SENT, 0, 0, q->text, strlen(q->text),
	    s->out.data + at, s->out.len - at);
}

/*
 * The offset of the first NUL in the first size bytes of fd, -1 for
 * none, -2 on an error (errno set). The file is mapped a window at a
 * time: no copy, and the memory it holds stays small whatever its size.
 */
static off_t
session_find_nul(int fd, off_t size)
{
	const char	*map, *z;
	off_t		 at;
	size_t		 n;

	for (at = 0; at < size; at += (off_t)n) {
		n = size - at < SESSION_SCAN_WINDOW ? (size_t)(size - at) :
		    SESSION_SCAN_WINDOW;
		if ((map = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, at)) ==
		    MAP_FAILED)
			return -2;
		z = memchr(map, '\0', n);
		munmap((void *)map, n);
		if (z != NULL)
			return at + (z - map);
	}
	return -1;
}

int
session_data_file(struct session *s, const char *path, char *err,
    size_t errlen)
{
	off_t		 size, at;
	int		 fd;

	/* RFC 5321 4.1.1.4: a message holds no NUL. Look before sending,
	   so that a refused file sends nothing of itself. */
	if ((fd = file_open_regular(path, &size, err, errlen)) == -1)
		return -1;
	at = session_find_nul(fd, size);
	close(fd);
	if (at == -2) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (at >= 0) {
		snprintf(err, errlen, "%s: a NUL byte at offset %lld; SMTP "
		    "does not allow NUL in a message (RFC 5321 4.1.1.4), so "
		    "nothing of it was sent", path, (long long)at);
		return -1;
	}
	if (session_enqueue(s, Q_DATA_FILE, path, 0, 0, err, errlen) == NULL)
		return -1;
	return session_kick(s);
}

/* /send when the server offers PIPELINING (RFC 2920): MAIL, each RCPT
   and DATA as one group in one write (the message follows after 354). */
static int
session_send_pipelined(struct session *s, const char *mail,
    const char *const *to, size_t nto, int g, char *err, size_t errlen)
{
	char	**lines;
	size_t	  i, n = nto + 2;
	int	  r = -1;

	if (n > SESSION_PIPE_MAX) {
		snprintf(err, errlen, "more than %d recipients",
		    SESSION_PIPE_MAX - 2);
		return -1;
	}
	if ((lines = calloc(n, sizeof *lines)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	lines[0] = strdup(mail);
	for (i = 0; i < nto; i++)
		if (asprintf(&lines[i + 1], "RCPT TO:<%s>", to[i]) == -1)
			lines[i + 1] = NULL;
	lines[n - 1] = strdup("DATA");
	for (i = 0; i < n && lines[i] != NULL; i++)
		;
	if (i < n)
		snprintf(err, errlen, "out of memory");
	else if (session_pipe_enqueue(s, (const char *const *)lines, n, g,
	    err, errlen) != NULL) {
		session_log(s, TR_EVENT, "the server offers PIPELINING: MAIL "
		    "FROM, RCPT TO and DATA go in one write");
		r = 0;
	}
	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	return r;
}

void
session_msg_env(const struct session *s, struct msgbuild_env *env)
{
	env->domain = s->ehlo_name;
	env->host = s->host;
	env->smtputf8 = s->caps != NULL && caps_has(s->caps, "SMTPUTF8");
	env->eightbitmime = s->caps != NULL && caps_has(s->caps, "8BITMIME");
}

int
session_send_test(struct session *s, const char *from,
    const char *const *to, size_t nto, char *err, size_t errlen)
{
	return session_send_message(s, from, to, nto, NULL, err, errlen);
}

/*
 * /send: MAIL, each RCPT, DATA and the message, queued as one group
 * that stops at the first refusal that makes the rest pointless. The
 * message is made as it is sent (msgbuild_read), so attachments are
 * never held whole. Without mb it is the short test message.
 */
int
session_send_message(struct session *s, const char *from,
    const char *const *to, size_t nto, struct msgbuild *mb, char *err,
    size_t errlen)
{
	static int		 groups;
	struct msgbuild_env	 env;
	struct qitem		*q;
	struct buf		 line;
	size_t			 i;
	int			 g = ++groups, r = -1, own = mb == NULL;

	buf_init(&line, 2048);
	if (nto == 0) {
		snprintf(err, errlen, "no recipient");
		goto done;
	}
	for (i = 0; i <= nto; i++) {
		const char *a = i == 0 ? from : to[i - 1];
		for (; *a; a++)
			if ((unsigned char)*a < 0x20 || *a == 0x7f) {
				snprintf(err, errlen, "an address may not hold "
				    "control characters");
				goto done;
			}
	}
	if (mb == NULL) {
		memset(&env, 0, sizeof env);
		session_msg_env(s, &env);
		env.from = from;
		env.to = to;
		env.nto = nto;
		if ((mb = msgbuild_new()) == NULL) {
			snprintf(err, errlen, "out of memory");
			goto done;
		}
		if (msgbuild_finish(mb, &env, err, errlen) == -1)
			goto done;
	}

	/* Queue the whole macro before pumping, so it goes out in order. */
	buf_printf(&line, "MAIL FROM:<%s>%s%s", from, msgbuild_utf8(mb) ?
	    " SMTPUTF8" : "", msgbuild_8bit(mb) && s->caps != NULL &&
	    caps_has(s->caps, "8BITMIME") ? " BODY=8BITMIME" : "");
	if (caps_has(s->caps, "PIPELINING")) {
		if (session_send_pipelined(s, line.data, to, nto, g, err,
		    errlen) == -1)
			goto done;
	} else {
		if (session_enqueue(s, Q_LINE, line.data, 0, g, err,
		    errlen) == NULL)
			goto done;
		for (i = 0; i < nto; i++) {
			buf_reset(&line);
			buf_printf(&line, "RCPT TO:<%s>", to[i]);
			if (session_enqueue(s, Q_LINE, line.data, 0, g, err,
			    errlen) == NULL)
				goto done;
		}
		if (session_enqueue(s, Q_LINE, "DATA", 0, g, err, errlen) ==
		    NULL)
			goto done;
	}
	if ((q = session_enqueue(s, Q_TEST_MSG, own ? "the test message" :
	    "the message", 0, g, err, errlen)) == NULL)
		goto done;
	q->mb = mb;
	mb = NULL;
	r = 0;
done:
	msgbuild_free(mb);
	if (r == -1)
		session_drop(s, g);
	buf_free(&line);
	session_kick(s);
	return r;
}

/*
 * BDAT (RFC 3030). The file goes out as it is, no CRLF or dot-stuffing:
 * a chunk is "BDAT n" (or "BDAT n LAST") and then exactly n bytes, read
 * from the file a piece at a time while the output buffer is low, so a
 * file of any size holds no more memory than a DATA stream. Each chunk's
 * reply comes before the next chunk; a refusal (or a cancel) stops the
 * rest, and then the transaction is unfinished on the server's side,
 * which RSET ends.
 */
int
session_bdat_file(struct session *s, const char *path, size_t chunk,
    char *err, size_t errlen)
{
	struct qitem	*q;

	if (chunk == 0) {
		snprintf(err, errlen, "a chunk size of at least 1 byte");
		return -1;
	}
	if ((q = session_enqueue(s, Q_BDAT_FILE, path, 0, 0, err,
	    errlen)) == NULL)
		return -1;
	q->chunk = chunk;
	return session_kick(s);
}

/* Write the next "BDAT n [LAST]" line; its bytes follow from
   session_stream_more. */
static void
session_bdat_next(struct session *s)
{
	struct stream		*st = s->stream;
	unsigned long long	 rest = st->size - st->bytes;
	char			 line[64];

	st->left = rest < st->chunk ? rest : st->chunk;
	st->last = st->left == rest;
	snprintf(line, sizeof line, "BDAT %llu%s", st->left,
	    st->last ? " LAST" : "");
	if (session_write_line(s, line, strlen(line), line, 0) == -1) {
		session_fail(s, SESSION_FAIL_INTERNAL, "output buffer full");
		return;
	}
	st->chunks++;
	session_set_cmd(s, SMTPCMD_BDAT, line);
	/* The reply may come only after the last byte, but it is owed now:
	   one that comes sooner is the server out of step. */
	s->awaiting = 1;
	if (st->left > 0)
		session_arm(s, "the server to take %s", st->name);
	else
		session_arm(s, "the reply to BDAT");
}

void
session_start_bdat(struct session *s, struct qitem *q)
{
	struct stream	*st;
	char		 err[SESSION_ERR];
	off_t		 size;
	int		 fd;

	if (s->state == SESSION_DATA) {
		session_log(s, TR_ERROR, "not sending %s as BDAT: inside DATA "
		    "the BDAT line would be a line of the message", q->text);
		return;
	}
	if ((fd = file_open_regular(q->text, &size, err, sizeof err)) == -1) {
		session_log(s, TR_ERROR, "%s", err);
		return;
	}
	if ((st = calloc(1, sizeof *st)) == NULL ||
	    (st->name = strdup(q->text)) == NULL) {
		free(st);
		close(fd);
		session_log(s, TR_ERROR, "out of memory");
		return;
	}
	st->fd = fd;
	st->bdat = 1;
	st->chunk = q->chunk;
	st->size = (unsigned long long)size;
	s->stream = st;
	if (s->caps != NULL && !caps_has(s->caps, "CHUNKING"))
		session_log(s, TR_EVENT, "the server did not offer CHUNKING; "
		    "sending BDAT anyway");
	session_log(s, TR_EVENT, "sending %s (%llu bytes) as BDAT chunks of "
	    "up to %zu bytes", st->name, st->size, st->chunk);
	session_file_warnings(s, fd, size);
	session_bdat_next(s);
}

/* Stopped (cancel, QUIT) once the chunk in flight has all its bytes. */
static void
session_bdat_stopped(struct session *s)
{
	struct stream	*st = s->stream;

	if (st->last)
		session_log(s, TR_EVENT, "stopped after the LAST BDAT chunk "
		    "of %s: all %llu bytes were sent", st->name, st->bytes);
	else
		session_log(s, TR_EVENT, "stopped after BDAT chunk %zu; the "
		    "rest of %s not sent (%llu of %llu bytes were; RSET ends "
		    "the transaction)", st->chunks, st->name, st->bytes,
		    st->size);
	session_stream_free(s);
}

/* Move more of the current chunk into the output buffer. */
static void
session_bdat_more(struct session *s)
{
	struct stream	*st = s->stream;
	char		 piece[SESSION_CHUNK];
	size_t		 want;
	ssize_t		 n;

	while (st->left > 0 && s->out.len < SESSION_OUT_LOW) {
		want = st->left < sizeof piece ? st->left : sizeof piece;
		n = read(st->fd, piece, want);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			/* The server counts the bytes promised: without them
			   nothing more we send can be read right. */
			session_fail(s, SESSION_FAIL_INTERNAL, "%s: %s before "
			    "the chunk's %llu bytes were read; closing",
			    st->name, n == 0 ? "shorter than it was" :
			    strerror(errno), st->left);
			return;
		}
		if (buf_add(&s->out, piece, n) == -1) {
			session_fail(s, SESSION_FAIL_INTERNAL,
			    "output buffer full");
			return;
		}
		st->left -= n;
		st->bytes += n;
		/* Cancelled: its reply comes late, past the handler.
		   Otherwise the handler stops after the reply. */
		if (st->left == 0 && st->stop && !s->awaiting) {
			session_bdat_stopped(s);
			return;
		}
	}
	/* Once the whole chunk is with the server, what is owed is its
	   reply (the writer armed "to take more" before calling here). */
	if (st->left == 0 && s->out.len == 0)
		session_arm(s, "the reply to BDAT");
}

void
session_reply_bdat(struct session *s, const struct reply *r)
{
	struct stream	*st = s->stream;

	if (st == NULL || !st->bdat)
		return;		/* a BDAT typed by hand */
	if (st->left > 0 || s->out.len > 0) {
		session_fail(s, SESSION_FAIL_PROTOCOL, "the server answered "
		    "BDAT before its chunk was all sent (%llu bytes to go): "
		    "it is out of step with the chunks; closing",
		    st->left + (unsigned long long)s->out.len);
		return;
	}
	if (reply_class(r) != 2) {
		session_log(s, TR_EVENT, "BDAT chunk %zu refused: the rest of "
		    "%s not sent (%llu of %llu bytes were); the server drops "
		    "the message, RSET starts again", st->chunks, st->name,
		    st->bytes, st->size);
		session_stream_free(s);
		return;
	}
	if (st->last) {
		session_log(s, TR_EVENT, CORE_PL("sent %s: %llu bytes in %zu "
		    "BDAT chunk", "sent %s: %llu bytes in %zu BDAT chunks",
		    st->chunks), st->name, st->bytes, st->chunks);
		session_stream_free(s);
		session_set_state(s, SESSION_HELLO);
		return;
	}
	if (st->stop) {
		session_bdat_stopped(s);
		return;
	}
	session_bdat_next(s);
}

/* Cancelled: a chunk half sent must still get its bytes (the server
   counts them), then nothing more. */
void
session_bdat_cancel(struct session *s)
{
	struct stream	*st = s->stream;

	st->stop = 1;
	if (st->left == 0)
		session_bdat_stopped(s);
}
