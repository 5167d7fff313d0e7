/*
 * The session configuration, built in one place for both front ends, so
 * the screen and the line mode cannot drift apart: the same EHLO/HELO
 * name (--ehlo, else this host's name, as the manual promises), the same
 * timeout, the same TLS trust and the same bound on the transcript.
 * The --debug trace is set up here too: core hands it lines, this file
 * stamps them with the monotonic time since the start and writes them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "session.h"
#include "tui.h"

static int		 config_debug_fd = -1;
static struct timespec	 config_debug_t0;

/* The debug sink: "   12.345 line" (seconds since the start). */
static void
config_debug_line(void *arg, const char *line)
{
	struct timespec	 now;
	char		 out[600];
	long		 ms;
	int		 n;

	(void)arg;
	if (config_debug_fd == -1)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (long)(now.tv_sec - config_debug_t0.tv_sec) * 1000 +
	    (now.tv_nsec - config_debug_t0.tv_nsec) / 1000000;
	n = snprintf(out, sizeof out, "%6ld.%03ld %s\n", ms / 1000, ms % 1000,
	    line);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof out) {
		n = sizeof out - 1;
		out[n - 1] = '\n';
	}
	(void)util_write_all(config_debug_fd, out, n);
}

void
config_session(const struct options *o, struct session_config *cfg,
    char *name, size_t namelen)
{
	memset(cfg, 0, sizeof *cfg);
	/* core falls back to "localhost" for a name it cannot use. */
	if (o->ehlo != NULL)
		cfg->ehlo_name = o->ehlo;
	else if (namelen > 0 && gethostname(name, namelen) == 0) {
		name[namelen - 1] = '\0';
		cfg->ehlo_name = name;
	}
	cfg->timeout_ms = o->timeout > 0 ? o->timeout * 1000 : 0;
	cfg->transcript_max = o->max_transcript;
	cfg->tls.ca_file = o->ca_file;
	cfg->tls.insecure = o->insecure;
	if (config_debug_fd != -1) {
		cfg->debug = config_debug_line;
		cfg->debug_arg = NULL;
	}
}

int
config_debug_open(const char *path, char *err, size_t errlen)
{
	/* Replaced each run: a bug report wants one run's trace. */
	if ((config_debug_fd = util_open_new(path, 1, err, errlen)) == -1)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &config_debug_t0);
	config_debug_line(NULL, "smtpx " SMTPX_VERSION " debug trace");
	return 0;
}

void
config_debug_close(void)
{
	if (config_debug_fd != -1)
		close(config_debug_fd);
	config_debug_fd = -1;
}
