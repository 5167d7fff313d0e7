/*
 * tui/util.c: util_expand_path (~ and ~/ become $HOME, ~user is refused)
 * and util_open_new, the one way a file the user names is created for
 * writing (/save, /cert save): mode 0600 whatever the umask, never
 * through a symbolic link (the target stays untouched, a dangling link's
 * target is not created), an existing regular file refused with EEXIST
 * unless forced and then replaced (not written into), directories and
 * devices refused. Files go to a fresh directory under $TMPDIR (or /tmp).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "tui.h"

static char	 dir[256];

static int
setup(void **state)
{
	const char	*tmp = getenv("TMPDIR");

	(void)state;
	snprintf(dir, sizeof dir, "%s/smtpx-test-XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	DIR		*d;
	struct dirent	*de;
	char		 p[512];
	int		 n = 0;

	(void)state;
	if (dir[0] != '\0' && (d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL && n++ < 1000) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
			if (unlink(p) == -1)
				rmdir(p);
		}
		closedir(d);
		rmdir(dir);
	}
	dir[0] = '\0';
	return 0;
}

static const char *
path(const char *name)
{
	static char	 p[4][512];
	static int	 k;

	k = (k + 1) % 4;
	snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
	return p[k];
}

static void
spit(const char *file, const char *text, mode_t mode)
{
	int	 fd;

	assert_true((fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, mode)) >=
	    0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	assert_int_equal(chmod(file, mode), 0);
}

/* The first line of a small file. */
static const char *
first(const char *file)
{
	static char	 line[256];
	FILE		*f;

	line[0] = '\0';
	assert_non_null(f = fopen(file, "r"));
	if (fgets(line, sizeof line, f) == NULL)
		line[0] = '\0';
	fclose(f);
	return line;
}

static int
count_files(void)
{
	DIR		*d;
	struct dirent	*de;
	int		 n = 0;

	assert_non_null(d = opendir(dir));
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static void
assert_mode_0600(const char *file)
{
	struct stat	 st;

	assert_int_equal(lstat(file, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	if ((st.st_mode & 07777) != 0600)
		fail_msg("%s: mode %o, want 600", file,
		    (unsigned)(st.st_mode & 07777));
}

static void
put(int fd, const char *text)
{
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	assert_int_equal(close(fd), 0);
}

static void
test_expand(void **state)
{
	char	 out[512], err[256];

	(void)state;
	assert_int_equal(setenv("HOME", "/home/test", 1), 0);
	assert_int_equal(util_expand_path("~/t.txt", out, sizeof out, err,
	    sizeof err), 0);
	assert_string_equal(out, "/home/test/t.txt");
	assert_int_equal(util_expand_path("~", out, sizeof out, err,
	    sizeof err), 0);
	assert_string_equal(out, "/home/test");
	assert_int_equal(util_expand_path("a/~/b", out, sizeof out, err,
	    sizeof err), 0);
	assert_string_equal(out, "a/~/b");
	err[0] = '\0';
	assert_int_equal(util_expand_path("~bob/t.txt", out, sizeof out, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "~bob"));
	assert_int_equal(util_expand_path("", out, sizeof out, err,
	    sizeof err), -1);
	assert_int_equal(unsetenv("HOME"), 0);
	err[0] = '\0';
	assert_int_equal(util_expand_path("~/t.txt", out, sizeof out, err,
	    sizeof err), -1);
	assert_non_null(strstr(err, "HOME"));
	assert_int_equal(util_expand_path("/x/y", out, 4, err, sizeof err),
	    -1);
}

/* ~/ lands in $HOME. */
static void
test_open_home(void **state)
{
	char	 err[256];

	(void)state;
	assert_int_equal(setenv("HOME", dir, 1), 0);
	put(util_open_new("~/h.txt", 0, err, sizeof err), "home\n");
	assert_string_equal(first(path("h.txt")), "home\n");
	assert_mode_0600(path("h.txt"));
}

/* 0600 whatever the umask says. */
static void
test_open_umask(void **state)
{
	static const mode_t masks[] = { 0, 022, 077, 0777 };
	char	 err[256], name[32];
	mode_t	 old;
	size_t	 i;
	int	 fd;

	(void)state;
	for (i = 0; i < sizeof masks / sizeof masks[0]; i++) {
		snprintf(name, sizeof name, "u%zu.txt", i);
		old = umask(masks[i]);
		fd = util_open_new(path(name), 0, err, sizeof err);
		umask(old);
		put(fd, "x\n");
		assert_mode_0600(path(name));
	}
}

/* An existing file: EEXIST and untouched without force; replaced (new
   contents, no tail of the old, mode 0600) with it. */
static void
test_open_existing(void **state)
{
	char	 err[256];
	int	 i;

	(void)state;
	for (i = 0; i < 2; i++) {
		spit(path("r.txt"), "old contents, longer than the new\n",
		    i ? 0644 : 0666);
		err[0] = '\0';
		errno = 0;
		assert_int_equal(util_open_new(path("r.txt"), 0, err,
		    sizeof err), -1);
		assert_int_equal(errno, EEXIST);
		assert_non_null(strstr(err, "exists"));
		assert_string_equal(first(path("r.txt")),
		    "old contents, longer than the new\n");
		put(util_open_new(path("r.txt"), 1, err, sizeof err), "new\n");
		assert_string_equal(first(path("r.txt")), "new\n");
		assert_mode_0600(path("r.txt"));
		assert_int_equal(count_files(), 1);
	}
}

/* Never through a symbolic link, forced or not: refused, and the target
   untouched. */
static void
test_open_symlink(void **state)
{
	char		 err[256], target[512];
	struct stat	 st;
	int		 force;

	(void)state;
	snprintf(target, sizeof target, "%s", path("target"));
	spit(target, "precious\n", 0644);
	assert_int_equal(symlink(target, path("link")), 0);
	for (force = 0; force < 2; force++) {
		err[0] = '\0';
		assert_int_equal(util_open_new(path("link"), force, err,
		    sizeof err), -1);
		assert_true(errno != EEXIST);
		assert_non_null(strstr(err, "link"));
	}
	assert_string_equal(first(target), "precious\n");
	assert_int_equal(stat(target, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0644);
	assert_int_equal(lstat(path("link"), &st), 0);
	assert_true(S_ISLNK(st.st_mode));

	/* A dangling link: refused, and its target not created. */
	assert_int_equal(symlink(path("nowhere"), path("dangling")), 0);
	assert_int_equal(util_open_new(path("dangling"), 1, err, sizeof err),
	    -1);
	assert_int_equal(lstat(path("nowhere"), &st), -1);

	/* A link to a directory. */
	assert_int_equal(mkdir(path("sub"), 0700), 0);
	assert_int_equal(symlink(path("sub"), path("dirlink")), 0);
	assert_int_equal(util_open_new(path("dirlink"), 1, err, sizeof err),
	    -1);
	assert_int_equal(rmdir(path("sub")), 0);	/* still empty */
}

/* Not a regular file, or nowhere to write: an error with a message. */
static void
test_open_errors(void **state)
{
	char	 err[256];

	(void)state;
	assert_int_equal(mkdir(path("adir"), 0700), 0);
	err[0] = '\0';
	assert_int_equal(util_open_new(path("adir"), 1, err, sizeof err), -1);
	assert_true(strlen(err) > 0);
	assert_int_equal(rmdir(path("adir")), 0);

	err[0] = '\0';
	assert_int_equal(util_open_new(path("no/such/dir/t.txt"), 0, err,
	    sizeof err), -1);
	assert_true(strlen(err) > 0);

	err[0] = '\0';
	assert_int_equal(util_open_new("/dev/null", 1, err, sizeof err), -1);
	assert_true(strlen(err) > 0);
	assert_int_equal(count_files(), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_expand),
		cmocka_unit_test_setup_teardown(test_open_home, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_open_umask, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_open_existing, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_open_symlink, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_open_errors, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
