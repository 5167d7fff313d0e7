/*
 * Where the program's data is found: themes and lessons live in folders of
 * the same name, looked for first in the user's XDG config, then from the
 * binary's own place (never the working directory), so the source tree,
 * a build directory and any install prefix all work without settings.
 */
#ifndef SMTPX_DATADIR_H
#define SMTPX_DATADIR_H

#include <stddef.h>

#define DATADIR_MAX	5	/* what datadir_list can return */

/* The directories for kind ("themes", "lessons"), the user's first: up
   to max of them into dirs; how many. */
size_t	datadir_list(const char *kind, char dirs[][512], size_t max);

#endif
