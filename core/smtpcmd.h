/*
 * SMTP commands as an enum, with the one table of their names. The
 * session tracks which command a reply answers with it, notes read it
 * from their context, events carry it, and the front ends complete and
 * the lab dispatches from the same table. Two entries are not words a
 * client types: SMTPCMD_GREETING (the reply that comes before any
 * command) and SMTPCMD_DOT (the end of a message). A line whose first
 * word is no known command is SMTPCMD_OTHER, and an empty one
 * SMTPCMD_EMPTY; both are still sent, since a learner may type anything.
 */
#ifndef SMTPX_SMTPCMD_H
#define SMTPX_SMTPCMD_H

#include <stddef.h>

enum smtpcmd {
	SMTPCMD_NONE,		/* nothing sent yet, or unknown context */
	SMTPCMD_GREETING,	/* the 220 (or 554) on connect */
	SMTPCMD_EHLO,
	SMTPCMD_HELO,
	SMTPCMD_LHLO,
	SMTPCMD_MAIL,
	SMTPCMD_RCPT,
	SMTPCMD_DATA,
	SMTPCMD_DOT,		/* "." that ends a message, or its stream */
	SMTPCMD_BDAT,
	SMTPCMD_RSET,
	SMTPCMD_NOOP,
	SMTPCMD_QUIT,
	SMTPCMD_VRFY,
	SMTPCMD_EXPN,
	SMTPCMD_HELP,
	SMTPCMD_STARTTLS,
	SMTPCMD_AUTH,
	SMTPCMD_ETRN,
	SMTPCMD_ATRN,
	SMTPCMD_TURN,
	SMTPCMD_XCLIENT,
	SMTPCMD_XFORWARD,
	SMTPCMD_EMPTY,		/* an empty line */
	SMTPCMD_OTHER,		/* a word smtpx does not know */
	SMTPCMD_COUNT
};

/* Flags of a command in the table. */
#define SMTPCMD_F_TYPED		0x01	/* a client types it (completion) */
#define SMTPCMD_F_ARG		0x02	/* takes an argument */

struct smtpcmd_info {
	enum smtpcmd	 cmd;
	const char	*name;		/* upper case, as sent: "MAIL" */
	const char	*complete;	/* what completion inserts: "MAIL FROM:<" */
	unsigned	 flags;
};

/* The table, in the order completion offers it; ends with a NULL name. */
extern const struct smtpcmd_info smtpcmd_table[];

/* The command's name ("" for the greeting, "." for the end of data,
   "?" for SMTPCMD_NONE and SMTPCMD_OTHER). Never NULL. */
const char	*smtpcmd_name(enum smtpcmd);
/* The command a line starts with (its first word, any case). */
enum smtpcmd	 smtpcmd_of(const char *line, size_t len);
/* The command named by word[0..len) exactly (any case), or SMTPCMD_OTHER. */
enum smtpcmd	 smtpcmd_lookup(const char *word, size_t len);

#endif
