/*
 * Theme files (tui/theme.c), which is pure and needs no terminal. The
 * input is a theme file. Properties, from theme.h:
 *   - theme_parse_line returns 0 or -1; on -1 the theme is unchanged and
 *     err holds a sentence; every style stays in range (fg and bg -1 or
 *     0-255, attributes only THEME_A_* bits);
 *   - theme_load of the same bytes as a file gives the same theme as
 *     applying the lines one by one (lines under 1023 bytes), and every
 *     warning is a "FILE:LINE: sentence";
 *   - theme_color_parse gives -2, -1 or 0-255; theme_role_lookup -1 or a
 *     role; theme_downgrade keeps a colour within what the terminal has;
 *     theme_name_ok never accepts a '/' or a leading '.'.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "theme.h"
#include "fuzz_util.h"

#define FUZZ_ATTRS	(THEME_A_BOLD | THEME_A_DIM | THEME_A_UNDERLINE | \
	THEME_A_REVERSE | THEME_A_ITALIC | THEME_A_BLINK | THEME_A_STANDOUT)

static char	 fuzz_path[64];
static size_t	 fuzz_warnings;

static void
fuzz_theme_ok(const struct theme *t)
{
	int	 r;

	for (r = 0; r < THEME_NROLES; r++) {
		FUZZ_CHECK(t->style[r].fg >= -1 && t->style[r].fg <= 255,
		    "fg %d", t->style[r].fg);
		FUZZ_CHECK(t->style[r].bg >= -1 && t->style[r].bg <= 255,
		    "bg %d", t->style[r].bg);
		FUZZ_CHECK((t->style[r].attr & ~FUZZ_ATTRS) == 0, "attr %#x",
		    t->style[r].attr);
	}
}

static void
fuzz_warn(void *arg, const char *msg)
{
	(void)arg;
	FUZZ_CHECK(strncmp(msg, fuzz_path, strlen(fuzz_path)) == 0 &&
	    msg[strlen(fuzz_path)] == ':', "warning %.100s", msg);
	fuzz_warnings++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct theme	 t, before, loaded;
	char		 err[256], *line;
	const uint8_t	*p = data, *end = data + size, *nl;
	size_t		 len, nlines = 0, bad = 0;
	int		 c, r, n, simple = 1;
	FILE		*f;

	if (fuzz_path[0] == '\0')
		snprintf(fuzz_path, sizeof fuzz_path, "%s/smtpx-fuzz-theme-%d",
		    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp",
		    (int)getpid());
	theme_builtin(&t, "default");
	fuzz_theme_ok(&t);
	while (p < end) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		len = nl - p;
		if (len >= 1022 || memchr(p, '\0', len) != NULL)
			simple = 0;
		line = malloc(len + 1);
		FUZZ_CHECK(line != NULL, "malloc");
		memcpy(line, p, len);
		line[len] = '\0';
		before = t;
		err[0] = '\0';
		r = theme_parse_line(&t, line, err, sizeof err);
		FUZZ_CHECK(r == 0 || r == -1, "returned %d", r);
		if (r == -1) {
			FUZZ_CHECK(memcmp(&before, &t, sizeof t) == 0,
			    "a bad line changed the theme");
			FUZZ_CHECK(err[0] != '\0' && strlen(err) < sizeof err,
			    "no reason");
			bad++;
		}
		fuzz_theme_ok(&t);

		c = theme_color_parse(line, strlen(line));
		FUZZ_CHECK(c >= -2 && c <= 255, "colour %d", c);
		r = theme_role_lookup(line, strlen(line));
		FUZZ_CHECK(r >= -1 && r < THEME_NROLES, "role %d", r);
		if (r >= 0)
			FUZZ_CHECK(theme_role_lookup(theme_role_name(r),
			    strlen(theme_role_name(r))) == r, "role name");
		if (theme_name_ok(line))
			FUZZ_CHECK(strchr(line, '/') == NULL && line[0] != '.' &&
			    line[0] != '\0', "name %s accepted", line);
		for (n = 0; n <= 256; n += (n < 16 ? 8 : 240)) {
			int g = theme_downgrade(c < 0 ? (int)(len % 256) : c, n);
			FUZZ_CHECK(g >= -1 && (g < (n ? n : 1) || g < 0 ||
			    n >= 256), "downgrade %d to %d colours gave %d",
			    c, n, g);
		}
		free(line);
		nlines++;
		p = nl + 1;
	}

	/* The same bytes as a file. */
	if ((f = fopen(fuzz_path, "w")) != NULL) {
		fwrite(data, 1, size, f);
		fclose(f);
		theme_builtin(&loaded, "default");
		fuzz_warnings = 0;
		FUZZ_CHECK(theme_load(&loaded, fuzz_path, fuzz_warn, NULL) == 0,
		    "theme_load");
		fuzz_theme_ok(&loaded);
		if (simple) {
			FUZZ_CHECK(memcmp(loaded.style, t.style,
			    sizeof t.style) == 0, "theme_load differs from "
			    "the lines applied one by one");
			FUZZ_CHECK(fuzz_warnings == bad, "%zu warnings for %zu "
			    "bad lines", fuzz_warnings, bad);
		}
		unlink(fuzz_path);
	}
	(void)nlines;
	return 0;
}
