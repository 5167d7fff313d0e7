/*
 * The one safe way to write a user-named file. lstat refuses a link or a
 * device before anything is written; the data goes to a mkstemp file in
 * the same directory (created 0600, so nothing is readable by others even
 * for a moment), which is synced and renamed over the name: rename
 * replaces the name itself and follows no link.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "savefile.h"

int
savefile_write(const char *path, int (*fn)(FILE *, void *), void *arg,
    char *err, size_t errlen)
{
	struct stat	 st;
	char		*tmp = NULL;
	int		 fd = -1, r = -1;
	FILE		*f = NULL;

	if (lstat(path, &st) == 0) {
		if (S_ISLNK(st.st_mode)) {
			snprintf(err, errlen, "%s is a symbolic link; "
			    "not writing through it", path);
			return -1;
		}
		if (!S_ISREG(st.st_mode)) {
			snprintf(err, errlen, "%s is not a regular file", path);
			return -1;
		}
	} else if (errno != ENOENT) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (asprintf(&tmp, "%s.XXXXXX", path) == -1) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if ((fd = mkstemp(tmp)) == -1 || fchmod(fd, 0600) == -1 ||
	    (f = fdopen(fd, "w")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		return -1;
	}
	errno = 0;
	if (fn(f, arg) == -1 || fflush(f) == EOF || fsync(fd) == -1)
		snprintf(err, errlen, "%s: %s", path, errno ? strerror(errno) :
		    "write failed");
	else if (rename(tmp, path) == -1)
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	else
		r = 0;
	fclose(f);
	if (r == -1)
		unlink(tmp);
	free(tmp);
	return r;
}
