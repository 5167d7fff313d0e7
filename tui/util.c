/*
 * Allocation that cannot fail, for the program side only: running out of
 * memory in the front end is not something a user can act on, so it ends
 * the program after the terminal is put back (tmux xmalloc.c). core/
 * never uses these; it reports failures instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui.h"

void (*util_cleanup)(void);

static void
util_oom(void)
{
	if (util_cleanup != NULL)
		util_cleanup();
	fputs("smtpx: out of memory\n", stderr);
	exit(EXIT_CONNECT);
}

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n ? n : 1)) == NULL)
		util_oom();
	return p;
}

char *
xstrdup(const char *s)
{
	char	*p;

	if ((p = strdup(s)) == NULL)
		util_oom();
	return p;
}
