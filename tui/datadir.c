/*
 * The search path of datadir.h, in one place for themes and lessons.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datadir.h"

size_t
datadir_list(const char *kind, char dirs[][512], size_t max)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char		 exe[400], *slash = NULL;
	ssize_t		 len;
	size_t		 n = 0;

	/* XDG says a relative XDG_CONFIG_HOME is invalid: ignore it. */
	if (n < max && xdg != NULL && xdg[0] == '/')
		snprintf(dirs[n++], 512, "%.400s/smtpx/%s", xdg, kind);
	else if (n < max && home != NULL && home[0] == '/')
		snprintf(dirs[n++], 512, "%.400s/.config/smtpx/%s", home, kind);
	/* The rest is found from the binary, never from the working
	   directory: next to it (the source tree's ./smtpx, a copy beside
	   the folder), bin/../share/smtpx (an install under any PREFIX or
	   DESTDIR), the configured place, and one level up (build/smtpx,
	   build-asan/smtpx in the source tree). */
	if ((len = readlink("/proc/self/exe", exe, sizeof exe - 1)) > 0) {
		exe[len] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
	}
	if (n < max && slash != NULL)
		snprintf(dirs[n++], 512, "%s/%s", exe, kind);
	if (n < max && slash != NULL)
		snprintf(dirs[n++], 512, "%s/../share/smtpx/%s", exe, kind);
	if (n < max)
		snprintf(dirs[n++], 512, "%.400s/%s", SMTPX_SHAREDIR, kind);
	if (n < max && slash != NULL)
		snprintf(dirs[n++], 512, "%s/../%s", exe, kind);
	return n;
}
