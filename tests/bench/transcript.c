/*
 * Transcript memory: 1,000,000 typical lines (commands, the replies to
 * them with their raw bytes, an event and a note now and then) added to
 * a transcript with no bound, then the heap they hold (mallinfo2, before
 * and after) per line against the bytes of their text. The goal is at
 * most 1.5 times the text. Then the same lines under a 64 MiB bound, to
 * show the bound holds.
 */
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "transcript.h"

#define LINES	1000000

static const struct {
	enum tr_kind	 kind;
	unsigned	 flags;
	int		 code;
	const char	*text;
} mix[] = {
	{ TR_SENT, 0, 0, "MAIL FROM:<alice@example.org>" },
	{ TR_RECV, TR_F_LAST, 250, "250 2.1.0 Ok" },
	{ TR_SENT, 0, 0, "RCPT TO:<bob@example.net>" },
	{ TR_RECV, TR_F_LAST, 250, "250 2.1.5 Ok" },
	{ TR_SENT, 0, 0, "RSET" },
	{ TR_RECV, TR_F_LAST, 250, "250 2.0.0 Ok" },
	{ TR_SENT, 0, 0, "NOOP" },
	{ TR_RECV, TR_F_LAST, 250, "250 2.0.0 Ok" },
	{ TR_NOTE, 0, 0, "250 2.0.0: success; the action was completed" },
	{ TR_EVENT, 0, 0, "reply in 1 ms" },
};

static size_t
fill(struct transcript *t, size_t lines)
{
	char	 raw[256];
	size_t	 i, len, text = 0;
	int	 k;

	for (i = 0; i < lines; i++) {
		k = (int)(i % (sizeof mix / sizeof mix[0]));
		len = strlen(mix[k].text);
		memcpy(raw, mix[k].text, len);
		memcpy(raw + len, "\r\n", 2);
		if (transcript_add(t, mix[k].kind, mix[k].flags, mix[k].code,
		    mix[k].text, len, mix[k].kind == TR_SENT ||
		    mix[k].kind == TR_RECV ? raw : NULL, len + 2) == NULL) {
			fprintf(stderr, "out of memory at line %zu\n", i);
			return 0;
		}
		text += len;
	}
	return text;
}

int
main(void)
{
	struct transcript	*t;
	struct mallinfo2	 a, b;
	size_t			 text, heap;
	double			 ratio;

	a = mallinfo2();
	if ((t = transcript_new()) == NULL || (text = fill(t, LINES)) == 0)
		return 1;
	b = mallinfo2();
	heap = b.uordblks + b.hblkhd - a.uordblks - a.hblkhd;
	ratio = (double)heap / (double)text;
	printf("transcript: %d lines, text %.1f bytes/line, heap %.1f "
	    "bytes/line, heap/text %.2fx (goal <= 1.50x): %s\n", LINES,
	    (double)text / LINES, (double)heap / LINES, ratio,
	    ratio <= 1.5 ? "met" : "NOT MET");
	printf("transcript: %d lines hold %.1f MiB of heap\n", LINES,
	    (double)heap / (1024 * 1024));
	transcript_free(t);

	a = mallinfo2();
	if ((t = transcript_new()) == NULL)
		return 1;
	transcript_set_max(t, 16 * 1024 * 1024);
	if (fill(t, 4 * LINES) == 0)
		return 1;
	b = mallinfo2();
	heap = b.uordblks + b.hblkhd - a.uordblks - a.hblkhd;
	printf("transcript: %d lines under a 16 MiB bound hold %.1f MiB, "
	    "%zu dropped: %s\n", 4 * LINES, (double)heap / (1024 * 1024),
	    transcript_dropped(t),
	    heap <= 17 * 1024 * 1024 ? "bounded" : "NOT BOUNDED");
	transcript_free(t);
	return ratio <= 1.5 ? 0 : 1;
}
