/*
 * The front end's language. Messages go through gettext on the "smtpx"
 * domain; the language comes from the locale (LANG, LC_MESSAGES,
 * LANGUAGE) unless --lang or /lang names one. The catalogue is looked
 * for next to the binary (the build tree's build/locale, so `make run`
 * needs no install) and then under PREFIX/share/locale. Switching
 * language changes what is rendered from now on; notes are kept as ids
 * and so are rendered again, events and errors stay as they were made.
 */
#ifndef SMTPX_I18N_H
#define SMTPX_I18N_H

#include <libintl.h>

#define I18N_DOMAIN	"smtpx"

#define _(s)		dgettext(I18N_DOMAIN, s)
#define N_(s)		(s)
#define P_(s, p, n)	dngettext(I18N_DOMAIN, s, p, n)

/*
 * Set the locale's character type and messages from the environment,
 * bind the domain to its catalogue and apply lang ("ja", "en") when not
 * NULL. Call once, first thing. -1 when lang is not a known language
 * (the locale's language is used then).
 */
int		 i18n_init(const char *lang);
/* Pick a language from the command line before it is parsed, so that
   --help and the errors of the parse are in it: the value of the last
   --lang (or NULL). */
const char	*i18n_scan_args(int argc, char **argv);
/* 1 for a language smtpx knows ("ja", "en"). */
int		 i18n_known(const char *lang);
/* Switch the language of everything translated from now on (/lang).
   0, or -1 for an unknown one. */
int		 i18n_set(const char *lang);
/* After a setlocale(LC_ALL, ""): apply the chosen language again. */
void		 i18n_locale_again(void);
/* The language chosen by --lang or /lang, or NULL for the locale's. */
const char	*i18n_current(void);
/* /save and /export write in the language --lang named, whatever /lang
   chose since: switch to it for the length of a write. */
void		 i18n_save_begin(void);
void		 i18n_save_end(void);
/* The directory the catalogue was bound to. */
const char	*i18n_dir(void);

#endif
