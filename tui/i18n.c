/*
 * The language (see i18n.h). gettext reads the list in LANGUAGE before
 * the locale, so a chosen language is put there; glibc ignores LANGUAGE
 * while LC_MESSAGES is "C" or "POSIX", so then LC_MESSAGES becomes
 * C.UTF-8 (a locale every glibc has, which does honour it), and
 * LC_CTYPE too when it is not UTF-8, or gettext would turn the Japanese
 * into question marks. "en" is the untranslated text: LANGUAGE=en finds
 * no catalogue and gettext returns the msgid. Changing LANGUAGE while
 * running needs gettext's cache dropped (_nl_msg_cat_cntr, as the
 * gettext manual says). A LANG=ja_JP.UTF-8 whose locale is not
 * installed is taken as --lang ja would be, but not as a choice for
 * /save.
 */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "i18n.h"

#ifndef SMTPX_LOCALEDIR
#define SMTPX_LOCALEDIR	"/usr/local/share/locale"
#endif

extern int	_nl_msg_cat_cntr;

static const char	*i18n_forced;	/* --lang */
static const char	*i18n_screen;	/* /lang, or --lang */
static char		 i18n_dirbuf[2200];
static int		 i18n_lost;	/* LANGUAGE, the locale not here */

int
i18n_known(const char *lang)
{
	return lang != NULL && (strcmp(lang, "ja") == 0 ||
	    strcmp(lang, "en") == 0);
}

const char *
i18n_scan_args(int argc, char **argv)
{
	const char	*lang = NULL;
	int		 i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang = argv[++i];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			lang = argv[i] + 7;
	}
	return lang;
}

/* The first place holding a catalogue: next to the binary (./smtpx in
   the source tree, build/smtpx, build-asan/smtpx), then the install. */
static void
i18n_find_dir(void)
{
	static const char *const rel[] = {
		"locale", "build/locale", "../build/locale", "../share/locale",
	};
	char		 exe[2048], try[2200], *slash;
	ssize_t		 len;
	size_t		 i;

	snprintf(i18n_dirbuf, sizeof i18n_dirbuf, "%s", SMTPX_LOCALEDIR);
	if ((len = readlink("/proc/self/exe", exe, sizeof exe - 1)) <= 0)
		return;
	exe[len] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return;
	*slash = '\0';
	for (i = 0; i < sizeof rel / sizeof rel[0]; i++) {
		snprintf(try, sizeof try, "%s/%s/ja/LC_MESSAGES/%s.mo", exe,
		    rel[i], I18N_DOMAIN);
		if (access(try, R_OK) == 0) {
			snprintf(i18n_dirbuf, sizeof i18n_dirbuf, "%s/%s", exe,
			    rel[i]);
			return;
		}
	}
}

static int
i18n_is_c(const char *loc)
{
	return loc == NULL || strcmp(loc, "C") == 0 ||
	    strcmp(loc, "POSIX") == 0;
}

/* Messages from a catalogue, and characters that are UTF-8. */
static void
i18n_utf8(void)
{
	const char	*cs;

	if (i18n_is_c(setlocale(LC_MESSAGES, NULL)))
		(void)setlocale(LC_MESSAGES, "C.UTF-8");
	cs = nl_langinfo(CODESET);
	if (cs == NULL || (strcasecmp(cs, "UTF-8") != 0 &&
	    strcasecmp(cs, "utf8") != 0))
		(void)setlocale(LC_CTYPE, "C.UTF-8");
}

static void
i18n_apply(const char *lang)
{
	if (lang == NULL)
		return;
	if (strcmp(lang, "ja") == 0)
		i18n_utf8();
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
}

/* The language the environment asks for when its locale is not on
   this system (LANG=ja_JP.UTF-8 without the ja_JP locale generated):
   glibc falls back to C then, and would show English. */
static const char *
i18n_env_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			break;
	if (i == sizeof vars / sizeof vars[0])
		return NULL;
	if (strncmp(v, "ja", 2) == 0 && (v[2] == '\0' || v[2] == '_' ||
	    v[2] == '.'))
		return "ja";
	return NULL;
}

int
i18n_init(const char *lang)
{
	int	 lost;

	(void)setlocale(LC_CTYPE, "");
	lost = setlocale(LC_MESSAGES, "") == NULL;
	i18n_find_dir();
	(void)bindtextdomain(I18N_DOMAIN, i18n_dirbuf);
	(void)bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	if (lang == NULL && lost) {
		/* A LANGUAGE list is honoured once LC_MESSAGES is not C. */
		if (getenv("LANGUAGE") != NULL && *getenv("LANGUAGE") != '\0') {
			i18n_lost = 1;
			i18n_utf8();
		} else if ((i18n_screen = i18n_env_lang()) != NULL)
			i18n_apply(i18n_screen);
	}
	if (lang == NULL)
		return 0;
	if (!i18n_known(lang))
		return -1;
	i18n_forced = i18n_screen = strcmp(lang, "ja") == 0 ? "ja" : "en";
	i18n_apply(i18n_forced);
	return 0;
}

int
i18n_set(const char *lang)
{
	if (!i18n_known(lang))
		return -1;
	i18n_screen = strcmp(lang, "ja") == 0 ? "ja" : "en";
	i18n_apply(i18n_screen);
	return 0;
}

void
i18n_locale_again(void)
{
	if (i18n_screen != NULL)
		i18n_apply(i18n_screen);
	else if (i18n_lost)
		i18n_utf8();
}

const char *
i18n_current(void)
{
	return i18n_screen;
}

void
i18n_save_begin(void)
{
	if (i18n_forced != NULL && i18n_screen != i18n_forced)
		i18n_apply(i18n_forced);
}

void
i18n_save_end(void)
{
	if (i18n_forced != NULL && i18n_screen != i18n_forced)
		i18n_apply(i18n_screen);
}

const char *
i18n_dir(void)
{
	return i18n_dirbuf;
}
