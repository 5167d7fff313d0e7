/*
 * Core's words in the user's language, without knowing about any front
 * end: the formats of events and errors (session_log, session_fail) are
 * marked for xgettext by those functions' names (the Makefile's
 * keywords) and translated through gettext's "smtpx" domain when the line
 * is made, so a transcript keeps the words it was made with. A program
 * that binds no catalogue (the unit tests, another front end) gets the
 * English formats back as they are. Notes are not made here: core keeps
 * them as ids and the front end renders them.
 */
#ifndef SMTPX_I18N_CORE_H
#define SMTPX_I18N_CORE_H

#include <libintl.h>

#define CORE_DOMAIN		"smtpx"
/* A format translated now. */
#define CORE_TR(s)		dgettext(CORE_DOMAIN, s)
/* The plural form for n, translated now. */
#define CORE_PL(s, p, n)	dngettext(CORE_DOMAIN, s, p, n)

#endif
