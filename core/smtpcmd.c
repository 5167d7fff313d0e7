/*
 * The command table. Lookups walk it linearly: it has two dozen
 * entries, and a line is classified once when it is sent.
 */
#include <string.h>
#include <strings.h>

#include "smtpcmd.h"

const struct smtpcmd_info smtpcmd_table[] = {
	{ SMTPCMD_EHLO,		"EHLO",		"EHLO",		SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_HELO,		"HELO",		"HELO",		SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_MAIL,		"MAIL",		"MAIL FROM:<",	SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_RCPT,		"RCPT",		"RCPT TO:<",	SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_DATA,		"DATA",		"DATA",		SMTPCMD_F_TYPED },
	{ SMTPCMD_RSET,		"RSET",		"RSET",		SMTPCMD_F_TYPED },
	{ SMTPCMD_NOOP,		"NOOP",		"NOOP",		SMTPCMD_F_TYPED },
	{ SMTPCMD_QUIT,		"QUIT",		"QUIT",		SMTPCMD_F_TYPED },
	{ SMTPCMD_VRFY,		"VRFY",		"VRFY",		SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_EXPN,		"EXPN",		"EXPN",		SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_HELP,		"HELP",		"HELP",		SMTPCMD_F_TYPED },
	{ SMTPCMD_STARTTLS,	"STARTTLS",	"STARTTLS",	SMTPCMD_F_TYPED },
	{ SMTPCMD_AUTH,		"AUTH",		"AUTH",		SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_BDAT,		"BDAT",		"BDAT",		SMTPCMD_F_TYPED | SMTPCMD_F_ARG },
	{ SMTPCMD_LHLO,		"LHLO",		"LHLO",		SMTPCMD_F_ARG },
	{ SMTPCMD_ETRN,		"ETRN",		"ETRN",		SMTPCMD_F_ARG },
	{ SMTPCMD_ATRN,		"ATRN",		"ATRN",		SMTPCMD_F_ARG },
	{ SMTPCMD_TURN,		"TURN",		"TURN",		0 },
	{ SMTPCMD_XCLIENT,	"XCLIENT",	"XCLIENT",	SMTPCMD_F_ARG },
	{ SMTPCMD_XFORWARD,	"XFORWARD",	"XFORWARD",	SMTPCMD_F_ARG },
	{ SMTPCMD_NONE,		NULL,		NULL,		0 }
};

const char *
smtpcmd_name(enum smtpcmd c)
{
	size_t	 i;

	switch (c) {
	case SMTPCMD_GREETING:
	case SMTPCMD_EMPTY:
		return "";
	case SMTPCMD_DOT:
		return ".";
	default:
		break;
	}
	for (i = 0; smtpcmd_table[i].name != NULL; i++)
		if (smtpcmd_table[i].cmd == c)
			return smtpcmd_table[i].name;
	return "?";
}

enum smtpcmd
smtpcmd_lookup(const char *word, size_t len)
{
	size_t	 i;

	for (i = 0; smtpcmd_table[i].name != NULL; i++)
		if (strlen(smtpcmd_table[i].name) == len &&
		    strncasecmp(smtpcmd_table[i].name, word, len) == 0)
			return smtpcmd_table[i].cmd;
	return SMTPCMD_OTHER;
}

enum smtpcmd
smtpcmd_of(const char *line, size_t len)
{
	size_t	 i = 0, w;

	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	for (w = i; w < len && line[w] != ' ' && line[w] != '\t'; w++)
		;
	if (w == i)
		return SMTPCMD_EMPTY;
	return smtpcmd_lookup(line + i, w - i);
}
