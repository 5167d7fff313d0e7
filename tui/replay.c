/*
 * Reading a session back (replay.h). The file is read whole, then cut
 * into lines; each non-blank line must be one JSON object (jansson
 * parses it, so escapes and UTF-8 are not ours to get wrong) with the
 * fields docs/export.md gives, of the right types, and the last must be
 * the closing object. Strings are kept as written: they were sanitised
 * when exported and are sanitised again when shown. A typed note is
 * serialised again the way core stores notes (0x1e id, then 0x1f, type
 * letter, value per argument), control bytes made '?' as
 * notes_serialise does, so render.c draws it in the current language.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "notes.h"
#include "replay.h"

struct replay_ctx {
	const char	*name;
	size_t		 line;
	char		*err;
	size_t		 errlen;
};

static void
replay_err(struct replay_ctx *c, const char *fmt, ...)
{
	char	 msg[256];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (c->line > 0)
		snprintf(c->err, c->errlen, "%s:%zu: %s", c->name, c->line,
		    msg);
	else
		snprintf(c->err, c->errlen, "%s: %s", c->name, msg);
}

void
replay_free(struct replay *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++)
		free(r->e[i].text);
	for (i = 0; i < r->nf; i++) {
		free(r->f[i].id);
		free(r->f[i].text);
	}
	free(r->e);
	free(r->f);
	free(r->host);
	free(r->tls);
	free(r->user);
	free(r);
}

/* A copy of a JSON string, or NULL (out of memory). */
static char *
replay_dup(json_t *s, size_t *len)
{
	char	*p;
	size_t	 n = json_string_length(s);

	if ((p = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(p, json_string_value(s), n);
	p[n] = '\0';
	if (len != NULL)
		*len = n;
	return p;
}

/* Append a note's value, control bytes and separators as '?'. */
static int
replay_addval(struct buf *b, json_t *s)
{
	const unsigned char	*p = (const unsigned char *)json_string_value(s);
	size_t			 i, n = json_string_length(s);
	int			 r = 0;

	for (i = 0; i < n && r == 0; i++)
		r = buf_addch(b, p[i] < 0x20 || p[i] == 0x7f ? '?' : p[i]);
	return r;
}

/* The stored form of a note entry: serialised when it has id, args and
   types that agree; else its words as written (plain text). */
static int
replay_note(struct replay_ctx *c, json_t *o, struct replay_entry *e)
{
	static const char	 known[] = {
		NOTE_A_CODE, NOTE_A_WORD, NOTE_A_NUM, NOTE_A_QUOTE,
		NOTE_A_TEXT, NOTE_A_MECHS, NOTE_A_RFC, NOTE_A_RFC_OLD,
		NOTE_A_RFC_PRIV, NOTE_A_RFC_SEEN, NOTE_A_LIMITS, NOTE_A_DATA, 0
	};
	json_t			*id, *args, *types, *a;
	const char		*ty;
	struct buf		 b;
	size_t			 i, n;

	id = json_object_get(o, "id");
	args = json_object_get(o, "args");
	types = json_object_get(o, "types");
	if (id != NULL && !json_is_string(id)) {
		replay_err(c, "\"id\" is not a string");
		return -1;
	}
	if (args != NULL && !json_is_array(args)) {
		replay_err(c, "\"args\" is not an array");
		return -1;
	}
	if (types != NULL && !json_is_string(types)) {
		replay_err(c, "\"types\" is not a string");
		return -1;
	}
	if (id == NULL || types == NULL)
		return 0;	/* the words as written */
	n = args != NULL ? json_array_size(args) : 0;
	ty = json_string_value(types);
	if (json_string_length(types) != n || n > NOTE_ARGS_MAX) {
		replay_err(c, "a note's \"types\" does not match its %zu "
		    "arguments (at most %d)", n, NOTE_ARGS_MAX);
		return -1;
	}
	if (json_string_length(id) == 0 || json_string_length(id) > 128 ||
	    strspn(json_string_value(id), "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:") !=
	    json_string_length(id)) {
		replay_err(c, "a note's \"id\" is not a note id");
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (ty[i] == '\0' || strchr(known, ty[i]) == NULL) {
			replay_err(c, "a note's argument type '%c' is not "
			    "known", ty[i] >= 0x20 && ty[i] < 0x7f ? ty[i] :
			    '?');
			return -1;
		}
		if (!json_is_string(json_array_get(args, i))) {
			replay_err(c, "a note's argument %zu is not a string",
			    i + 1);
			return -1;
		}
	}
	buf_init(&b, 0);
	if (buf_addch(&b, NOTES_SER_MARK) == -1 || buf_addstr(&b,
	    json_string_value(id)) == -1)
		goto oom;
	for (i = 0; i < n; i++) {
		a = json_array_get(args, i);
		if (buf_addch(&b, NOTES_SER_SEP) == -1 ||
		    buf_addch(&b, ty[i]) == -1 || replay_addval(&b, a) == -1)
			goto oom;
	}
	if (buf_addch(&b, '\0') == -1)
		goto oom;
	free(e->text);
	e->text = b.data;
	e->len = b.len - 1;
	return 0;
oom:
	buf_free(&b);
	replay_err(c, "out of memory");
	return -1;
}

static int
replay_kind(const char *dir, enum tr_kind *k)
{
	static const struct {
		const char	*name;
		enum tr_kind	 kind;
	} dirs[] = {
		{ "C", TR_SENT }, { "S", TR_RECV }, { "event", TR_EVENT },
		{ "error", TR_ERROR }, { "note", TR_NOTE },
	};
	size_t	 i;

	for (i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		if (strcmp(dir, dirs[i].name) == 0) {
			*k = dirs[i].kind;
			return 0;
		}
	return -1;
}

static int
replay_entry(struct replay_ctx *c, struct replay *r, json_t *o)
{
	struct replay_entry	*e, *ne;
	json_t			*dir, *text, *t, *v;
	enum tr_kind		 kind;
	size_t			 cap;

	dir = json_object_get(o, "dir");
	text = json_object_get(o, "text");
	if (!json_is_string(dir) || replay_kind(json_string_value(dir),
	    &kind) == -1) {
		replay_err(c, "\"dir\" must be \"C\", \"S\", \"event\", "
		    "\"error\" or \"note\"");
		return -1;
	}
	if (!json_is_string(text)) {
		replay_err(c, "\"text\" is missing or not a string");
		return -1;
	}
	if (r->n >= REPLAY_MAX_ENTRIES) {
		replay_err(c, "more than %d entries", REPLAY_MAX_ENTRIES);
		return -1;
	}
	/* Grown by doubling: n is bounded, so is the size. */
	if (r->n == r->cap) {
		cap = r->cap ? r->cap * 2 : 64;
		if ((ne = realloc(r->e, cap * sizeof *ne)) == NULL) {
			replay_err(c, "out of memory");
			return -1;
		}
		r->e = ne;
		r->cap = cap;
	}
	e = &r->e[r->n];
	memset(e, 0, sizeof *e);
	e->kind = kind;
	e->latency_ms = -1;
	if ((e->text = replay_dup(text, &e->len)) == NULL) {
		replay_err(c, "out of memory");
		return -1;
	}
	r->n++;		/* from here e is freed with r */
	if ((t = json_object_get(o, "t")) != NULL) {
		if (!json_is_string(t)) {
			replay_err(c, "\"t\" is not a string");
			return -1;
		}
		snprintf(e->t, sizeof e->t, "%s", json_string_value(t));
	}
	if ((v = json_object_get(o, "secret")) != NULL && json_is_true(v))
		e->flags |= TR_F_SECRET;
	if (kind == TR_RECV) {
		v = json_object_get(o, "code");
		if (!json_is_integer(v) || json_integer_value(v) < 0 ||
		    json_integer_value(v) > 999) {
			replay_err(c, "a server line needs a \"code\" from 0 "
			    "to 999");
			return -1;
		}
		e->code = (int)json_integer_value(v);
		if ((v = json_object_get(o, "answers")) != NULL) {
			if (!json_is_string(v)) {
				replay_err(c, "\"answers\" is not a string");
				return -1;
			}
			snprintf(e->answers, sizeof e->answers, "%s",
			    json_string_value(v));
		}
		if ((v = json_object_get(o, "latency_ms")) != NULL) {
			if (!json_is_integer(v) || json_integer_value(v) < 0 ||
			    json_integer_value(v) > 86400000) {
				replay_err(c, "\"latency_ms\" is not a number "
				    "of milliseconds");
				return -1;
			}
			e->latency_ms = (long)json_integer_value(v);
		}
		/* The last line of a reply: "250 ok", not "250-". */
		if (e->len < 4 || e->text[3] != '-')
			e->flags |= TR_F_LAST;
	}
	if (kind == TR_NOTE)
		return replay_note(c, o, e);
	return 0;
}

/* A string field of the closing object, or null: copied into *out. */
static int
replay_endstr(struct replay_ctx *c, json_t *o, const char *key, char **out)
{
	json_t	*v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_string(v)) {
		replay_err(c, "\"%s\" in the closing object is not a string",
		    key);
		return -1;
	}
	if ((*out = replay_dup(v, NULL)) == NULL) {
		replay_err(c, "out of memory");
		return -1;
	}
	return 0;
}

static int
replay_end(struct replay_ctx *c, struct replay *r, json_t *o)
{
	json_t	*v, *f, *id, *text;
	size_t	 i, n;

	v = json_object_get(o, "version");
	if (!json_is_integer(v)) {
		replay_err(c, "the closing object has no \"version\"");
		return -1;
	}
	if (json_integer_value(v) != 1) {
		replay_err(c, "export version %lld; this smtpx reads version "
		    "1", (long long)json_integer_value(v));
		return -1;
	}
	if (replay_endstr(c, o, "host", &r->host) == -1 ||
	    replay_endstr(c, o, "tls", &r->tls) == -1 ||
	    replay_endstr(c, o, "user", &r->user) == -1)
		return -1;
	if ((v = json_object_get(o, "port")) != NULL && json_is_integer(v))
		r->port = (long)json_integer_value(v);
	r->verified = json_is_true(json_object_get(o, "verified"));
	v = json_object_get(o, "findings");
	if (v == NULL)
		return 0;
	if (!json_is_array(v)) {
		replay_err(c, "\"findings\" is not an array");
		return -1;
	}
	n = json_array_size(v);
	if (n > 10000) {
		replay_err(c, "too many findings");
		return -1;
	}
	if (n > 0 && (r->f = calloc(n, sizeof *r->f)) == NULL) {
		replay_err(c, "out of memory");
		return -1;
	}
	for (i = 0; i < n; i++) {
		f = json_array_get(v, i);
		id = json_object_get(f, "id");
		text = json_object_get(f, "text");
		if (!json_is_string(id) || (text != NULL &&
		    !json_is_string(text))) {
			replay_err(c, "finding %zu has no \"id\" string", i + 1);
			return -1;
		}
		r->nf++;
		if ((r->f[i].id = replay_dup(id, NULL)) == NULL ||
		    (text != NULL && (r->f[i].text = replay_dup(text,
		    NULL)) == NULL)) {
			replay_err(c, "out of memory");
			return -1;
		}
	}
	return 0;
}

struct replay *
replay_parse(const char *name, const char *data, size_t len, char *err,
    size_t errlen)
{
	struct replay_ctx	 c = { name, 0, err, errlen };
	struct replay		*r;
	json_error_t		 je;
	json_t			*o;
	const char		*p = data, *end = data + len, *nl, *q;
	int			 ended = 0, rc;

	if ((r = calloc(1, sizeof *r)) == NULL) {
		replay_err(&c, "out of memory");
		return NULL;
	}
	while (p < end) {
		c.line++;
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		for (q = p; q < nl && (*q == ' ' || *q == '\t' || *q == '\r');
		    q++)
			;
		if (q == nl) {
			p = nl + 1;
			continue;	/* a blank line */
		}
		if (ended) {
			replay_err(&c, "text after the closing object");
			goto fail;
		}
		o = json_loadb(p, nl - p, JSON_REJECT_DUPLICATES, &je);
		if (o == NULL) {
			replay_err(&c, "not JSON: %s", je.text);
			goto fail;
		}
		if (!json_is_object(o)) {
			json_decref(o);
			replay_err(&c, "not a JSON object");
			goto fail;
		}
		if (json_is_true(json_object_get(o, "end"))) {
			ended = 1;
			rc = replay_end(&c, r, o);
		} else
			rc = replay_entry(&c, r, o);
		json_decref(o);
		if (rc == -1)
			goto fail;
		p = nl + 1;
	}
	if (!ended) {
		c.line = 0;
		replay_err(&c, "no closing object (an smtpx JSON export "
		    "ends with one; is the file cut short?)");
		goto fail;
	}
	return r;
fail:
	replay_free(r);
	return NULL;
}

struct replay *
replay_load(const char *path, char *err, size_t errlen)
{
	struct replay	*r;
	struct stat	 st;
	char		*data;
	size_t		 off = 0;
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		close(fd);
		return NULL;
	}
	if ((size_t)st.st_size > REPLAY_MAX_BYTES) {
		snprintf(err, errlen, "%s: larger than %u MB", path,
		    REPLAY_MAX_BYTES / (1024 * 1024));
		close(fd);
		return NULL;
	}
	if ((data = malloc((size_t)st.st_size + 1)) == NULL) {
		snprintf(err, errlen, "%s: out of memory", path);
		close(fd);
		return NULL;
	}
	/* The size seen by fstat bounds the read, if the file grows. */
	while (off < (size_t)st.st_size) {
		n = read(fd, data + off, (size_t)st.st_size - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			free(data);
			close(fd);
			return NULL;
		}
		if (n == 0)
			break;
		off += (size_t)n;
	}
	close(fd);
	r = replay_parse(path, data, off, err, errlen);
	free(data);
	return r;
}

void
replay_entry_tr(const struct replay_entry *re, struct tr_entry *e)
{
	memset(e, 0, sizeof *e);
	e->kind = re->kind;
	e->flags = re->flags;
	e->code = re->code;
	e->text = re->text;
	e->len = re->len;
}

int
replay_fill(const struct replay *r, size_t from, size_t to,
    struct transcript *tr)
{
	const struct replay_entry	*e;
	size_t				 i;

	for (i = from; i < to && i < r->n; i++) {
		e = &r->e[i];
		if (transcript_add(tr, e->kind, e->flags, e->code, e->text,
		    e->len, NULL, 0) == NULL)
			return -1;
	}
	return 0;
}

size_t
replay_step_end(const struct replay *r, size_t k, size_t *nsteps)
{
	size_t	 i, step = 0, end = r->n;
	int	 seen = 0;

	for (i = 0; i < r->n; i++) {
		/* A command starts a step; the lines of one command
		   (DATA's text) do not. */
		if (r->e[i].kind == TR_SENT && seen) {
			if (step == k && end == r->n)
				end = i;
			step++;
			seen = 0;
		}
		if (r->e[i].kind == TR_RECV)
			seen = 1;
	}
	if (nsteps != NULL)
		*nsteps = step + 1;
	return end;
}

size_t *
replay_step_ends(const struct replay *r, size_t *nsteps)
{
	size_t	*ends, i, k = 0;
	int	 seen = 0;

	(void)replay_step_end(r, (size_t)-1, nsteps);
	if ((ends = calloc(*nsteps, sizeof *ends)) == NULL)
		return NULL;
	for (i = 0; i < r->n; i++) {
		if (r->e[i].kind == TR_SENT && seen) {
			ends[k++] = i;
			seen = 0;
		}
		if (r->e[i].kind == TR_RECV)
			seen = 1;
	}
	ends[k] = r->n;
	return ends;
}
