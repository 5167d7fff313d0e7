/*
 * The command table. Lookups walk it linearly: it has two dozen
 * entries, and a line is classified once when it is sent.
 */
#include <string.h>
#include <strings.h>

#include "smtpcmd.h"

#define T	SMTPCMD_F_TYPED
#define A	SMTPCMD_F_ARG
#define TA	(T | A)

const struct smtpcmd_info smtpcmd_table[] = {
	{ SMTPCMD_EHLO,		"EHLO",		"EHLO",		TA },
	{ SMTPCMD_HELO,		"HELO",		"HELO",		TA },
	{ SMTPCMD_MAIL,		"MAIL",		"MAIL FROM:<",	TA },
	{ SMTPCMD_RCPT,		"RCPT",		"RCPT TO:<",	TA },
	{ SMTPCMD_DATA,		"DATA",		"DATA",		T },
	{ SMTPCMD_RSET,		"RSET",		"RSET",		T },
	{ SMTPCMD_NOOP,		"NOOP",		"NOOP",		T },
	{ SMTPCMD_QUIT,		"QUIT",		"QUIT",		T },
	{ SMTPCMD_VRFY,		"VRFY",		"VRFY",		TA },
	{ SMTPCMD_EXPN,		"EXPN",		"EXPN",		TA },
	{ SMTPCMD_HELP,		"HELP",		"HELP",		T },
	{ SMTPCMD_STARTTLS,	"STARTTLS",	"STARTTLS",	T },
	{ SMTPCMD_AUTH,		"AUTH",		"AUTH",		TA },
	{ SMTPCMD_BDAT,		"BDAT",		"BDAT",		TA },
	{ SMTPCMD_LHLO,		"LHLO",		"LHLO",		A },
	{ SMTPCMD_ETRN,		"ETRN",		"ETRN",		A },
	{ SMTPCMD_ATRN,		"ATRN",		"ATRN",		A },
	{ SMTPCMD_TURN,		"TURN",		"TURN",		0 },
	{ SMTPCMD_XCLIENT,	"XCLIENT",	"XCLIENT",	A },
	{ SMTPCMD_XFORWARD,	"XFORWARD",	"XFORWARD",	A },
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
