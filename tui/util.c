/*
 * Helpers for the program side only. Allocation that cannot fail:
 * running out of memory in the front end is not something a user can act
 * on, so it ends the program after the terminal is put back (tmux
 * xmalloc.c); core/ never uses these, it reports failures instead. And
 * the one way a file the user names is created for writing (/save, /cert
 * save): ~ expanded, never through a symbolic link, never over an
 * existing file unless forced, mode 0600.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

int
util_expand_path(const char *path, char *out, size_t outlen, char *err,
    size_t errlen)
{
	const char	*home;
	int		 r;

	if (path == NULL || *path == '\0') {
		snprintf(err, errlen, "no file name");
		return -1;
	}
	if (path[0] != '~')
		r = snprintf(out, outlen, "%s", path);
	else if (path[1] != '\0' && path[1] != '/') {
		/* No user database look-ups: say what is understood. */
		snprintf(err, errlen, "%s: only ~ and ~/ are expanded", path);
		return -1;
	} else {
		if ((home = getenv("HOME")) == NULL || *home == '\0') {
			snprintf(err, errlen, "%s: HOME is not set", path);
			return -1;
		}
		r = snprintf(out, outlen, "%s%s", home, path + 1);
	}
	if (r < 0 || (size_t)r >= outlen) {
		snprintf(err, errlen, "file name too long");
		return -1;
	}
	return 0;
}

int
util_open_new(const char *path, int force, char *err, size_t errlen)
{
	struct stat	 st;
	char		 full[4096];
	int		 fd;

	if (util_expand_path(path, full, sizeof full, err, errlen) == -1)
		return -1;
	if (lstat(full, &st) == 0) {
		if (S_ISLNK(st.st_mode)) {
			snprintf(err, errlen, "%s is a symbolic link; not "
			    "writing through it", full);
			errno = ELOOP;
			return -1;
		}
		if (!S_ISREG(st.st_mode)) {
			snprintf(err, errlen, "%s is not a regular file", full);
			errno = EINVAL;
			return -1;
		}
		if (!force) {
			snprintf(err, errlen, "%s exists", full);
			errno = EEXIST;
			return -1;
		}
		/* Remove the name itself (unlink follows no link), then
		   create afresh, so the new file is ours and 0600 whatever
		   the old one was. */
		if (unlink(full) == -1) {
			snprintf(err, errlen, "%s: %s", full, strerror(errno));
			return -1;
		}
	} else if (errno != ENOENT) {
		snprintf(err, errlen, "%s: %s", full, strerror(errno));
		return -1;
	}
	/* O_EXCL with O_NOFOLLOW: whatever appeared meanwhile (a link
	   planted after the check) makes this fail rather than be used. */
	if ((fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600)) == -1) {
		snprintf(err, errlen, "%s: %s", full, strerror(errno));
		return -1;
	}
	if (fchmod(fd, 0600) == -1) {
		snprintf(err, errlen, "%s: %s", full, strerror(errno));
		close(fd);
		unlink(full);
		return -1;
	}
	return fd;
}

int
util_write_all(int fd, const void *p, size_t len)
{
	const char	*c = p;
	ssize_t		 n;

	while (len > 0) {
		if ((n = write(fd, c, len)) == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		c += n;
		len -= n;
	}
	return 0;
}
