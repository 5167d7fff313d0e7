/*
 * The session configuration, built in one place for both front ends, so
 * the screen and the line mode cannot drift apart: the same EHLO/HELO
 * name (--ehlo, else this host's name, as the manual promises), the same
 * timeout, the same TLS trust and the same bound on the transcript.
 * The --proxy of both is parsed here once, its password read from
 * --proxy-password-file (never a command line).
 * The --debug trace is set up here too: core hands it lines, this file
 * stamps them with the monotonic time since the start and writes them.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "session.h"
#include "tui.h"

static int		 config_debug_fd = -1;
static struct socks_config config_proxy_cfg;
static int		 config_proxy_on;
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
	cfg->proxy = config_proxy_on ? &config_proxy_cfg : NULL;
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

/* The first line of path into pw (wiped on every way out). */
static int
config_read_password(const char *path, char *pw, size_t pwlen, char *err,
    size_t errlen)
{
	char	 b[512];
	size_t	 n = 0, len;
	ssize_t	 r;
	int	 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(err, errlen, "--proxy-password-file %s: %s", path,
		    strerror(errno));
		return -1;
	}
	while (n < sizeof b - 1 &&
	    (r = read(fd, b + n, sizeof b - 1 - n)) != 0) {
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1)
			break;
		n += (size_t)r;
	}
	close(fd);
	b[n] = '\0';
	len = strcspn(b, "\r\n");
	if (len == 0 || len >= pwlen) {
		explicit_bzero(b, sizeof b);
		snprintf(err, errlen, "--proxy-password-file %s: want the "
		    "password on its first line (1-255 bytes)", path);
		return -1;
	}
	memcpy(pw, b, len);
	pw[len] = '\0';
	explicit_bzero(b, sizeof b);
	return 0;
}

int
config_proxy_parse(const char *url, struct socks_config *c, char *err,
    size_t errlen)
{
	size_t	 n;

	if (socks_parse_url(url, c, err, errlen) == 0)
		return 0;
	/* Where the password goes instead: a front end's word. */
	if (strstr(err, "no password") != NULL && (n = strlen(err)) < errlen)
		snprintf(err + n, errlen - n, ", and the password in "
		    "--proxy-password-file");
	return -1;
}

int
config_proxy(const char *url, const char *pwfile, struct socks_config *c,
    char *err, size_t errlen)
{
	if (config_proxy_parse(url, c, err, errlen) == -1)
		return -1;
	if (c->user[0] == '\0')
		return 0;
	if (pwfile == NULL) {
		snprintf(err, errlen, "the proxy user %s needs its password "
		    "in a file: --proxy-password-file FILE", c->user);
		return -1;
	}
	return config_read_password(pwfile, c->password, sizeof c->password,
	    err, errlen);
}

int
config_proxy_init(const struct options *o, char *err, size_t errlen)
{
	if (o->proxy == NULL)
		return 0;
	if (config_proxy(o->proxy, o->proxy_password_file, &config_proxy_cfg,
	    err, errlen) == -1)
		return -1;
	config_proxy_on = 1;
	return 0;
}

void
config_proxy_free(void)
{
	socks_config_wipe(&config_proxy_cfg);
	config_proxy_on = 0;
}
