/*
 * tui/lesson.c: a lesson file is read into steps and expectations, and a
 * run follows events the way the screen feeds them: replies latch the
 * expectations about them only after the learner entered a line in the
 * step, an idle session after such a line with the step unmet says what
 * happened, connects and findings are matched by kind. Progress goes to
 * the XDG state directory and back. The lesson folders put the
 * language of the messages first (lessons/ja), as gettext picks it.
 */
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lesson.h"
#include "reply.h"
#include "session.h"

static char	 dir[] = "/tmp/test_lesson.XXXXXX";

static struct lesson *
load(const char *text, int *nerr)
{
	char		 path[128];
	FILE		*f;
	struct lesson	*l;

	snprintf(path, sizeof path, "%s/t.lesson", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs(text, f);
	fclose(f);
	l = lesson_load(path, NULL, NULL, nerr);
	unlink(path);
	return l;
}

static const char demo[] =
    "lesson: Demo\n"
    "step: Refused\n"
    "text: one\n"
    "send: RCPT TO:<nosuch@lab.test>\n"
    "expect: reply RCPT 5xx 5.1.1\n"
    "hint: try nosuch\n"
    "step: Timeout\n"
    "text: two\n"
    "expect: connect timeout\n"
    "step: Finding\n"
    "text: three\n"
    "expect: finding relay-refused\n";

static enum lesson_outcome
reply_ev(struct lesson_run *r, enum smtpcmd cmd, int code, const char *esc)
{
	struct session_event	 ev;
	struct reply		 rp;

	memset(&ev, 0, sizeof ev);
	memset(&rp, 0, sizeof rp);
	rp.code = code;
	snprintf(rp.esc, sizeof rp.esc, "%s", esc);
	ev.type = SESSION_EV_REPLY;
	ev.reply = &rp;
	ev.cmd = cmd;
	return lesson_event(r, &ev, NULL);
}

static enum lesson_outcome
simple_ev(struct lesson_run *r, enum session_ev_type type)
{
	struct session_event	 ev;

	memset(&ev, 0, sizeof ev);
	ev.type = type;
	return lesson_event(r, &ev, NULL);
}

static void
test_parse(void **state)
{
	struct lesson	*l;
	int		 nerr;

	(void)state;
	assert_non_null(l = load(demo, &nerr));
	assert_int_equal(nerr, 0);
	assert_string_equal(l->title, "Demo");
	assert_int_equal(l->nsteps, 3);
	assert_string_equal(l->steps[0].send, "RCPT TO:<nosuch@lab.test>");
	assert_int_equal(l->steps[0].nexp, 1);
	assert_int_equal(l->steps[0].exp[0].kind, LESSON_X_REPLY);
	assert_int_equal(l->steps[0].exp[0].cmd, SMTPCMD_RCPT);
	assert_string_equal(l->steps[0].exp[0].code, "5");
	assert_string_equal(l->steps[0].exp[0].esc, "5.1.1");
	assert_int_equal(l->steps[1].exp[0].kind, LESSON_X_CONNECT);
	assert_int_equal(l->steps[2].exp[0].kind, LESSON_X_FINDING);
	assert_string_equal(l->steps[2].exp[0].word, "relay-refused");
	lesson_free(l);
	/* Paragraphs: text lines join, an empty one breaks. */
	assert_non_null(l = load("lesson: P\nstep: S\ntext: a\ntext: b\n"
	    "text:\ntext: c\n", &nerr));
	assert_string_equal(l->steps[0].text, "a b\nc");
	lesson_free(l);
}

static void
test_reply(void **state)
{
	struct lesson		*l;
	struct lesson_run	 r;

	(void)state;
	assert_non_null(l = load(demo, NULL));
	lesson_run_start(&r, l, 0);
	/* Before the learner typed anything, a reply finishes nothing. */
	assert_int_equal(reply_ev(&r, SMTPCMD_RCPT, 550, "5.1.1"),
	    LESSON_NOTHING);
	assert_int_equal(r.step, 0);
	/* A line, then a reply to another command, then idle: missed. */
	assert_int_equal(lesson_line(&r, "NOOP"), LESSON_NOTHING);
	assert_int_equal(reply_ev(&r, SMTPCMD_NOOP, 250, "2.0.0"),
	    LESSON_NOTHING);
	assert_int_equal(simple_ev(&r, SESSION_EV_IDLE), LESSON_MISSED);
	assert_string_equal(r.miss, "this step expected a reply 5xx 5.1.1 "
	    "to RCPT; what happened: 250 2.0.0 to NOOP");
	/* The right command with the wrong enhanced code is no match. */
	lesson_line(&r, "RCPT TO:<x@lab.test>");
	assert_int_equal(reply_ev(&r, SMTPCMD_RCPT, 550, "5.7.1"),
	    LESSON_NOTHING);
	assert_int_equal(simple_ev(&r, SESSION_EV_IDLE), LESSON_MISSED);
	lesson_line(&r, "RCPT TO:<nosuch@lab.test>");
	assert_int_equal(reply_ev(&r, SMTPCMD_RCPT, 550, "5.1.1"),
	    LESSON_STEP_DONE);
	assert_int_equal(r.step, 1);
	assert_int_equal(r.tried, 0);
	lesson_free(l);
}

static void
test_connect_and_finding(void **state)
{
	struct lesson			*l;
	struct lesson_run		 r;
	struct session_event		 ev;
	struct session_target_report	 tr;

	(void)state;
	assert_non_null(l = load(demo, NULL));
	lesson_run_start(&r, l, 1);
	memset(&ev, 0, sizeof ev);
	memset(&tr, 0, sizeof tr);
	ev.type = SESSION_EV_TARGET;
	ev.target = &tr;
	lesson_line(&r, "/connect lab 25 --timeout 3");
	tr.result = SESSION_TARGET_REFUSED;
	assert_int_equal(lesson_event(&r, &ev, NULL), LESSON_NOTHING);
	assert_int_equal(simple_ev(&r, SESSION_EV_CLOSED), LESSON_MISSED);
	assert_non_null(strstr(r.miss, "the connect to time out; what "
	    "happened: the connection was refused"));
	lesson_line(&r, "/connect lab 25 --timeout 3");
	tr.result = SESSION_TARGET_TIMEOUT;
	assert_int_equal(lesson_event(&r, &ev, NULL), LESSON_STEP_DONE);
	/* A finding of another kind is no match; its own kind is. */
	lesson_line(&r, "RCPT TO:<friend@example.org>");
	assert_int_equal(lesson_finding(&r, "clear-password", NULL),
	    LESSON_NOTHING);
	assert_int_equal(lesson_finding(&r, "relay-refused", NULL),
	    LESSON_COMPLETE);
	assert_null(lesson_run_step(&r));
	lesson_free(l);
}

static int
strict_finding(const char *kind)
{
	return strcmp(kind, "relay-refused") == 0;
}

static void
test_finding_check(void **state)
{
	struct lesson	*l;
	int		 nerr;

	(void)state;
	lesson_set_finding_check(strict_finding);
	assert_null(load("lesson: F\nstep: S\ntext: t\n"
	    "expect: finding no-such-kind\n", &nerr));
	assert_int_equal(nerr, 1);
	assert_non_null(l = load(demo, &nerr));
	lesson_free(l);
	lesson_set_finding_check(NULL);
}

static void
test_progress(void **state)
{
	char	 st[160];

	(void)state;
	snprintf(st, sizeof st, "%s/state", dir);
	setenv("XDG_STATE_HOME", st, 1);
	assert_int_equal(lesson_progress_load("demo"), -1);
	assert_int_equal(lesson_progress_save("demo", 4), 0);
	assert_int_equal(lesson_progress_load("demo"), 4);
	assert_int_equal(lesson_progress_save("demo", 0), 0);
	assert_int_equal(lesson_progress_load("demo"), 0);
	/* A name that could leave the directory is refused. */
	assert_int_equal(lesson_progress_save("../x", 1), -1);
	snprintf(st, sizeof st, "rm -rf %s/state", dir);
	assert_int_equal(system(st), 0);
}

/* ends(s, tail): s ends with tail. */
static int
ends(const char *s, const char *tail)
{
	size_t	 n = strlen(s), k = strlen(tail);

	return n >= k && strcmp(s + n - k, tail) == 0;
}

static void
test_dirs_lang(void **state)
{
	char	 dirs[16][512];
	size_t	 n, nen;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/nonexistent-conf", 1);
	assert_non_null(setlocale(LC_MESSAGES, "C.UTF-8"));
	unsetenv("LANGUAGE");
	nen = lesson_dirs(dirs, 16);
	assert_true(nen >= 2);
	assert_string_equal(dirs[0], "/nonexistent-conf/smtpx/lessons");

	/* Japanese messages: each place's ja/ first, then the English. */
	setenv("LANGUAGE", "ja", 1);
	n = lesson_dirs(dirs, 16);
	assert_int_equal(n, 2 * nen);
	assert_string_equal(dirs[0], "/nonexistent-conf/smtpx/lessons/ja");
	assert_true(ends(dirs[nen - 1], "/lessons/ja"));
	assert_string_equal(dirs[nen], "/nonexistent-conf/smtpx/lessons");
	setenv("LANGUAGE", "ja:en", 1);
	assert_int_equal(lesson_dirs(dirs, 16), 2 * nen);
	assert_true(ends(dirs[0], "/lessons/ja"));
	setenv("LANGUAGE", "ja_JP", 1);
	assert_int_equal(lesson_dirs(dirs, 16), 2 * nen);
	/* English, a name that is no language, and no room: English only. */
	setenv("LANGUAGE", "en", 1);
	assert_int_equal(lesson_dirs(dirs, 16), nen);
	setenv("LANGUAGE", "../x", 1);
	assert_int_equal(lesson_dirs(dirs, 16), nen);
	setenv("LANGUAGE", "ja", 1);
	assert_int_equal(lesson_dirs(dirs, 3), 3);
	assert_true(ends(dirs[0], "/lessons/ja"));
	/* glibc ignores LANGUAGE in the C locale, and so does this. */
	assert_non_null(setlocale(LC_MESSAGES, "C"));
	assert_int_equal(lesson_dirs(dirs, 16), nen);
	unsetenv("LANGUAGE");
	unsetenv("XDG_CONFIG_HOME");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_reply),
		cmocka_unit_test(test_connect_and_finding),
		cmocka_unit_test(test_finding_check),
		cmocka_unit_test(test_progress),
		cmocka_unit_test(test_dirs_lang),
	};
	int	 r;

	if (mkdtemp(dir) == NULL)
		return 1;
	r = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(dir);
	return r;
}
