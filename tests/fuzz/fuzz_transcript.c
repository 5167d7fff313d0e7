/*
 * The transcript formatter (core/transcript.c): entries with hostile
 * text, formatted for the line mode and saved to a file. The input is a
 * list of entries separated by LF, each "K F text" where byte K picks the
 * kind and byte F the flags (the text may hold any byte but LF, NUL
 * included; CR and the like are what it is about). Properties:
 *   - a formatted entry starts with its own marker (and the time stamp
 *     when asked), and the rest is terminal-safe, one line: so an entry
 *     cannot pass for another, e.g. a server line for a "C: " line;
 *   - transcript_get gives the entries back in order, with their text,
 *     flags, code and raw bytes as they went into the packed store;
 *   - a saved file has one line per entry that is kept (notes only with
 *     notes on unless decoded, never TR_F_NOSAVE), each the formatted
 *     entry, mode 0600, and every "C: " line in it is a TR_SENT entry;
 *   - secret entries keep no raw bytes.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "transcript.h"
#include "fuzz_util.h"

static char	 fuzz_dir[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct transcript	*t;
	const struct tr_entry	*e;
	struct buf		 line, file;
	struct stat		 st;
	char			 path[128];
	int			 sfd;
	const uint8_t		*p = data, *end = data + size, *nl;
	size_t			 i, n, at, kept = 0, off;
	int			 notes, kinds[512];
	unsigned		 flags[512];
	const uint8_t		*texts[512];
	size_t			 lens[512], linelens[512];
	FILE			*f;

	if (fuzz_dir[0] == '\0') {
		snprintf(fuzz_dir, sizeof fuzz_dir, "%s/smtpx-fuzz-XXXXXX",
		    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
		FUZZ_CHECK(mkdtemp(fuzz_dir) != NULL, "mkdtemp");
	}
	if (size < 1)
		return 0;
	notes = data[0] & 1;
	p++;
	t = transcript_new();
	FUZZ_CHECK(t != NULL, "transcript_new");
	for (n = 0; p < end && n < 512; n++) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		kinds[n] = nl - p > 0 ? p[0] % 5 : TR_EVENT;
		flags[n] = nl - p > 1 ? p[1] & 0x0f : 0;
		off = nl - p > 2 ? 2 : (size_t)(nl - p);
		e = transcript_add(t, (enum tr_kind)kinds[n], flags[n], 250,
		    (const char *)p + off, nl - p - off, (const char *)p,
		    nl - p);
		FUZZ_CHECK(e != NULL, "transcript_add");
		texts[n] = p;
		lens[n] = nl - p - off;
		linelens[n] = nl - p;
		FUZZ_CHECK(e->seq == n, "seq %zu for entry %zu", e->seq, n);
		if (flags[n] & TR_F_SECRET)
			FUZZ_CHECK(e->raw == NULL, "secret entry kept raw bytes");
		p = nl + 1;
	}
	FUZZ_CHECK(transcript_count(t) == n, "count");
	buf_init(&line, 0);
	for (i = 0; i < n; i++) {
		e = transcript_get(t, i);
		FUZZ_CHECK(e != NULL && (int)e->kind == kinds[i], "get %zu", i);
		/* The packed store gives back what went in. */
		FUZZ_CHECK(e->flags == flags[i] && e->code == 250 &&
		    e->len == lens[i] && memcmp(e->text,
		    texts[i] + (linelens[i] - lens[i]), lens[i]) == 0 &&
		    e->text[e->len] == '\0', "entry %zu changed", i);
		if (flags[i] & TR_F_SECRET)
			FUZZ_CHECK(e->raw == NULL, "secret %zu has raw", i);
		else
			FUZZ_CHECK(e->raw != NULL &&
			    e->rawlen == linelens[i] &&
			    memcmp(e->raw, texts[i], linelens[i]) == 0,
			    "raw of entry %zu changed", i);
		buf_reset(&line);
		FUZZ_CHECK(transcript_format(e, 1, i & 1, &line) == 0, "format");
		at = (i & 1) ? 9 : 0;		/* "HH:MM:SS " */
		FUZZ_CHECK(line.len >= at + strlen(transcript_marker(e->kind)) &&
		    memcmp(line.data + at, transcript_marker(e->kind),
		    strlen(transcript_marker(e->kind))) == 0, "marker");
		FUZZ_CHECK(fuzz_terminal_safe(line.data, line.len, &at),
		    "entry %zu unsafe at %zu: %.100s", i, at, line.data);
		if (!((e->kind == TR_NOTE && !notes &&
		    !(e->flags & TR_F_DECODED)) || e->flags & TR_F_NOSAVE))
			kept++;
	}
	FUZZ_CHECK(transcript_get(t, n) == NULL, "get past the end");

	snprintf(path, sizeof path, "%s/saved", fuzz_dir);
	/* The file is opened as tui's util_open_new does (new, 0600). */
	unlink(path);
	sfd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
	FUZZ_CHECK(sfd != -1, "create saved");
	FUZZ_CHECK(transcript_write(t, sfd, notes, TR_TIME_NONE, NULL, NULL) == 0,
	    "write: %s", strerror(errno));
	close(sfd);
	FUZZ_CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "saved mode %o", st.st_mode & 0777);
	buf_init(&file, 0);
	FUZZ_CHECK((f = fopen(path, "r")) != NULL, "open saved");
	{
		char	 chunk[4096];
		size_t	 r;
		while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(&file, chunk, r);
	}
	fclose(f);
	/* Line by line, against the entries that are kept. */
	p = (const uint8_t *)(file.data ? file.data : "");
	end = p + file.len;
	for (i = 0; i < n; i++) {
		e = transcript_get(t, i);
		if ((e->kind == TR_NOTE && !notes &&
		    !(e->flags & TR_F_DECODED)) || e->flags & TR_F_NOSAVE)
			continue;
		FUZZ_CHECK(p < end, "saved file is short");
		nl = memchr(p, '\n', end - p);
		FUZZ_CHECK(nl != NULL, "saved line without LF");
		buf_reset(&line);
		transcript_format(e, 1, 0, &line);
		FUZZ_CHECK((size_t)(nl - p) == line.len &&
		    memcmp(p, line.data, line.len) == 0,
		    "saved line %zu differs from the formatted entry", i);
		if (nl - p >= 3 && memcmp(p, "C: ", 3) == 0)
			FUZZ_CHECK(e->kind == TR_SENT, "a C: line for kind %d",
			    e->kind);
		p = nl + 1;
	}
	FUZZ_CHECK(p == end, "saved file has %zu extra bytes", (size_t)(end - p));
	(void)kept;
	unlink(path);
	buf_free(&file);
	buf_free(&line);
	transcript_free(t);
	return 0;
}
