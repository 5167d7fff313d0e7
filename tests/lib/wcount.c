/*
 * An LD_PRELOAD counter of terminal writes per frame, for the tui tests
 * and tests/bench/redraw.sh. A frame is one call of doupdate(3); the
 * counter wraps doupdate and write(2) and, after each frame, rewrites
 * the file named by WCOUNT_FILE with totals:
 *
 *	frames F writes W bytes B max M multi X
 *
 * F frames, W writes to the terminal (fd 1) made inside them, B bytes,
 * M the most writes any one frame made, X the frames that made more than
 * one. Writes outside doupdate (the mouse mode switch, endwin) are not
 * part of a frame and are counted as "other N". Counting, not timing:
 * the figures are the same on any machine.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static ssize_t	(*wcount_write)(int, const void *, size_t);
static int	(*wcount_doupdate)(void);
static int	 wcount_inframe;
static unsigned long wcount_frames, wcount_writes, wcount_bytes, wcount_max,
		 wcount_multi, wcount_other, wcount_cur;

static void
wcount_save(void)
{
	const char	*path = getenv("WCOUNT_FILE");
	char		 line[256], tmp[4096];
	int		 fd, n;

	if (path == NULL || wcount_write == NULL)
		return;
	n = snprintf(line, sizeof(line), "frames %lu writes %lu bytes %lu "
	    "max %lu multi %lu other %lu\n", wcount_frames, wcount_writes,
	    wcount_bytes, wcount_max, wcount_multi, wcount_other);
	/* Whole or not at all: the test reads it while frames go on. */
	if (snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= (int)sizeof(tmp) ||
	    (fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1)
		return;
	(void)wcount_write(fd, line, (size_t)n);
	close(fd);
	(void)rename(tmp, path);
}

ssize_t
write(int fd, const void *p, size_t n)
{
	ssize_t	 r;

	if (wcount_write == NULL)
		wcount_write = (ssize_t (*)(int, const void *, size_t))
		    dlsym(RTLD_NEXT, "write");
	r = wcount_write(fd, p, n);
	if (fd == STDOUT_FILENO) {
		if (wcount_inframe) {
			wcount_cur++;
			wcount_writes++;
			if (r > 0)
				wcount_bytes += (unsigned long)r;
		} else
			wcount_other++;
	}
	return r;
}

int
doupdate(void)
{
	int	 r;

	if (wcount_doupdate == NULL)
		wcount_doupdate = (int (*)(void))dlsym(RTLD_NEXT, "doupdate");
	if (wcount_write == NULL)
		wcount_write = (ssize_t (*)(int, const void *, size_t))
		    dlsym(RTLD_NEXT, "write");
	wcount_inframe = 1;
	wcount_cur = 0;
	r = wcount_doupdate();
	wcount_inframe = 0;
	wcount_frames++;
	if (wcount_cur > wcount_max)
		wcount_max = wcount_cur;
	if (wcount_cur > 1)
		wcount_multi++;
	wcount_save();
	return r;
}
