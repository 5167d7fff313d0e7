/*
 * Reply parser throughput: a long EHLO-like reply fed in 4 KiB chunks,
 * many times over. Prints replies and megabytes per second.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "reply.h"

int
main(void)
{
	static char	 in[64 * 1024];
	struct reply_parser *p = reply_parser_new();
	struct reply_line line;
	struct reply	*r;
	struct timespec	 t0, t1;
	char		 err[256];
	size_t		 len = 0, off, n, replies = 0, total = 0;
	int		 i;
	double		 s;

	/* Replies of 20 lines each, like a long EHLO answer. */
	while (len + 20 * 64 < sizeof in) {
		for (i = 0; i < 19; i++)
			len += snprintf(in + len, sizeof in - len,
			    "250-PIPELINING SIZE 10240000 AUTH PLAIN LOGIN\r\n");
		len += snprintf(in + len, sizeof in - len, "250 2.0.0 OK\r\n");
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < 2000; i++) {
		for (off = 0; off < len; off += n) {
			n = len - off < 4096 ? len - off : 4096;
			reply_parser_feed(p, in + off, n);
			for (;;) {
				enum reply_result res = reply_parser_next(p,
				    &line, &r, err, sizeof err);
				if (res == REPLY_MORE)
					break;
				if (res == REPLY_DONE) {
					reply_free(r);
					replies++;
				}
			}
		}
		total += len;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("parser: %zu replies of 20 lines in %.2f s, %.0f MB/s\n",
	    replies, s, total / s / 1e6);
	reply_parser_free(p);
	return 0;
}
