/*
 * Writing a file the user named (/save, /cert save), one way for all of
 * them: mode 0600, never through a symbolic link or onto a device, and
 * atomically (a temporary file beside it, renamed into place), so a
 * failed write leaves the old file as it was.
 */
#ifndef SMTPX_SAVEFILE_H
#define SMTPX_SAVEFILE_H

#include <stddef.h>
#include <stdio.h>

/* Write path with fn, which gets an open stream and arg and returns 0,
   or -1 (errno set) to give up. An existing regular file is replaced.
   Returns 0, or -1 with err set. */
int	savefile_write(const char *path, int (*fn)(FILE *, void *), void *arg,
	    char *err, size_t errlen);

#endif
