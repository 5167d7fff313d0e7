/*
 * tui/theme.c: colour names and numbers, the line parser (fields left
 * out, comments, attributes, every kind of bad line leaving the theme
 * unchanged), loading a file with a bad line (reported as FILE:LINE, the
 * rest applied), the search path ($XDG_CONFIG_HOME first, names that
 * could climb out of the directory refused), the shipped theme files
 * (every line good, every role set), and colour downgrading.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "theme.h"

static void
test_colors(void **state)
{
	(void)state;
	assert_int_equal(theme_color_parse("red", 3), 1);
	assert_int_equal(theme_color_parse("RED", 3), 1);
	assert_int_equal(theme_color_parse("bright-blue", 11), 12);
	assert_int_equal(theme_color_parse("brightblue", 10), 12);
	assert_int_equal(theme_color_parse("grey", 4), 8);
	assert_int_equal(theme_color_parse("default", 7), THEME_DEFAULT);
	assert_int_equal(theme_color_parse("0", 1), 0);
	assert_int_equal(theme_color_parse("255", 3), 255);
	assert_int_equal(theme_color_parse("colour208", 9), 208);
	assert_int_equal(theme_color_parse("256", 3), -2);
	assert_int_equal(theme_color_parse("1000", 4), -2);
	assert_int_equal(theme_color_parse("12a", 3), -2);
	assert_int_equal(theme_color_parse("purple", 6), -2);
	assert_int_equal(theme_color_parse("", 0), -2);
}

static void
test_parse_lines(void **state)
{
	struct theme	 t;
	char		 err[256];

	(void)state;
	assert_int_equal(theme_builtin(&t, "default"), 0);
	assert_int_equal(theme_parse_line(&t, "", err, sizeof(err)), 0);
	assert_int_equal(theme_parse_line(&t, "   # comment\n", err,
	    sizeof(err)), 0);
	assert_int_equal(theme_parse_line(&t, "client = red,blue,bold "
	    "underline # sent\n", err, sizeof(err)), 0);
	assert_int_equal(t.style[THEME_CLIENT].fg, 1);
	assert_int_equal(t.style[THEME_CLIENT].bg, 4);
	assert_int_equal(t.style[THEME_CLIENT].attr,
	    THEME_A_BOLD | THEME_A_UNDERLINE);
	/* Fields left out are the terminal's own; '+' joins attributes. */
	assert_int_equal(theme_parse_line(&t, "  Server-5xx=196", err,
	    sizeof(err)), 0);
	assert_int_equal(t.style[THEME_SERVER_5XX].fg, 196);
	assert_int_equal(t.style[THEME_SERVER_5XX].bg, THEME_DEFAULT);
	assert_int_equal(t.style[THEME_SERVER_5XX].attr, 0);
	assert_int_equal(theme_parse_line(&t, "status = ,,reverse+bold", err,
	    sizeof(err)), 0);
	assert_int_equal(t.style[THEME_STATUS].fg, THEME_DEFAULT);
	assert_int_equal(t.style[THEME_STATUS].attr,
	    THEME_A_REVERSE | THEME_A_BOLD);
}

static void
test_bad_lines(void **state)
{
	static const struct {
		const char	*line, *says;
	} bad[] = {
		{ "client red", "expected" },
		{ "cilent = red", "unknown role \"cilent\"" },
		{ "client = purple", "bad foreground colour \"purple\"" },
		{ "client = red,999", "bad background colour \"999\"" },
		{ "client = red,blue,shiny", "unknown attribute \"shiny\"" },
		{ "client = red,blue,bold,extra", "too many fields" },
		{ "= red", "unknown role" },
	};
	struct theme	 t, before;
	char		 err[256];
	size_t		 i;

	(void)state;
	theme_builtin(&t, "default");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		before = t;
		err[0] = '\0';
		assert_int_equal(theme_parse_line(&t, bad[i].line, err,
		    sizeof(err)), -1);
		assert_non_null(strstr(err, bad[i].says));
		assert_memory_equal(&t, &before, sizeof(t));
	}
}

struct warnings {
	int	 n;
	char	 last[512];
};

static void
collect(void *arg, const char *msg)
{
	struct warnings	*w = arg;

	w->n++;
	snprintf(w->last, sizeof(w->last), "%s", msg);
}

static void
test_load_file(void **state)
{
	char		 dir[] = "/tmp/smtpx-theme.XXXXXX", path[600];
	struct theme	 t;
	struct warnings	 w;
	FILE		*fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/x.theme", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("# test\nstatus = white,blue\nclient = nope\nprompt = yellow\n",
	    fp);
	fclose(fp);
	memset(&w, 0, sizeof(w));
	theme_builtin(&t, "default");
	assert_int_equal(theme_load(&t, path, collect, &w), 0);
	assert_int_equal(w.n, 1);
	assert_non_null(strstr(w.last, "x.theme:3: bad foreground"));
	assert_int_equal(t.style[THEME_STATUS].bg, 4);
	assert_int_equal(t.style[THEME_PROMPT].fg, 3);
	assert_int_equal(t.style[THEME_CLIENT].fg, 81);	/* unchanged */
	snprintf(path, sizeof(path), "%s/missing.theme", dir);
	assert_int_equal(theme_load(&t, path, collect, &w), -1);
	snprintf(path, sizeof(path), "%s/x.theme", dir);
	unlink(path);
	rmdir(dir);
}

static void
test_find(void **state)
{
	char	 dir[] = "/tmp/smtpx-theme.XXXXXX", sub[600], path[1024];
	FILE	*fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(sub, sizeof(sub), "%s/smtpx", dir);
	mkdir(sub, 0700);
	snprintf(sub, sizeof(sub), "%s/smtpx/themes", dir);
	mkdir(sub, 0700);
	snprintf(path, sizeof(path), "%s/mine.theme", sub);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fclose(fp);
	setenv("XDG_CONFIG_HOME", dir, 1);
	assert_int_equal(theme_find("mine", path, sizeof(path)), 0);
	assert_non_null(strstr(path, "/smtpx/themes/mine.theme"));
	assert_int_equal(strncmp(path, dir, strlen(dir)), 0);
	assert_int_equal(theme_find("nosuch", path, sizeof(path)), -1);
	/* Names cannot climb out of the theme directories. */
	assert_int_equal(theme_name_ok("../etc"), 0);
	assert_int_equal(theme_name_ok(".hidden"), 0);
	assert_int_equal(theme_name_ok(""), 0);
	assert_int_equal(theme_name_ok("high-contrast"), 1);
	assert_int_equal(theme_find("..", path, sizeof(path)), -1);
	/* A name with a slash is a path. */
	snprintf(sub, sizeof(sub), "%s/smtpx/themes/mine.theme", dir);
	assert_int_equal(theme_find(sub, path, sizeof(path)), 0);
	assert_string_equal(path, sub);
	unlink(sub);
	snprintf(sub, sizeof(sub), "%s/smtpx/themes", dir);
	rmdir(sub);
	snprintf(sub, sizeof(sub), "%s/smtpx", dir);
	rmdir(sub);
	rmdir(dir);
	unsetenv("XDG_CONFIG_HOME");
}

/* The shipped files: every line good; default.theme is the built-in. */
static void
test_shipped(void **state)
{
	static const char *const names[] = {
		"default", "light", "high-contrast", "mono",
	};
	struct theme	 t, builtin;
	struct warnings	 w;
	char		 path[256];
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(path, sizeof(path), "themes/%s.theme", names[i]);
		memset(&w, 0, sizeof(w));
		theme_builtin(&t, names[i]);
		assert_int_equal(theme_load(&t, path, collect, &w), 0);
		if (w.n != 0)
			fail_msg("%s", w.last);
		if (strcmp(names[i], "default") == 0 ||
		    strcmp(names[i], "mono") == 0) {
			theme_builtin(&builtin, names[i]);
			assert_memory_equal(t.style, builtin.style,
			    sizeof(t.style));
		}
	}
}

static void
test_downgrade(void **state)
{
	(void)state;
	assert_int_equal(theme_downgrade(THEME_DEFAULT, 8), THEME_DEFAULT);
	assert_int_equal(theme_downgrade(200, 256), 200);
	assert_int_equal(theme_downgrade(9, 8), 1);		/* bright red */
	assert_int_equal(theme_downgrade(196, 8), 1);		/* red */
	assert_int_equal(theme_downgrade(46, 8), 2);		/* green */
	assert_int_equal(theme_downgrade(226, 8), 3);		/* yellow */
	assert_int_equal(theme_downgrade(81, 8), 6);		/* sky: cyan */
	assert_int_equal(theme_downgrade(16, 8), 0);		/* black */
	assert_int_equal(theme_downgrade(231, 8), 7);		/* white */
	assert_int_equal(theme_downgrade(236, 8), 0);		/* dark grey */
	assert_int_equal(theme_downgrade(252, 8), 7);		/* light grey */
	assert_int_equal(theme_downgrade(196, 16), 9);
	assert_int_equal(theme_downgrade(5, 0), THEME_DEFAULT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_colors),
		cmocka_unit_test(test_parse_lines),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_load_file),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_downgrade),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
