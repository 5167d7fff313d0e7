/*
 * Files the user names for a message (/data, /bdat, /lint, /send's
 * --body @FILE and --attach): opened for reading only when they are
 * regular files, so a FIFO or a device cannot block the poll loop.
 */
#ifndef SMTPX_FILE_H
#define SMTPX_FILE_H

#include <sys/types.h>

/* The descriptor (close-on-exec) and, when size is not NULL, the size;
   or -1 with err set to "PATH: why". */
int	file_open_regular(const char *path, off_t *size, char *err,
	    size_t errlen);

#endif
