/*
 * EHLO capabilities: the keywords a server listed in its 250 reply to
 * EHLO, each with its parameters. Keywords compare case-insensitively as
 * whole tokens, so XSTARTTLS is not STARTTLS. AUTH mechanisms are gathered
 * from both "AUTH m1 m2" and the old "AUTH=m1 m2" form. SIZE is read as a
 * number; a missing, zero, overflowing or non-numeric value means "no
 * limit given".
 */
#ifndef SMTPX_CAPS_H
#define SMTPX_CAPS_H

#include <stddef.h>
#include <stdint.h>

struct reply;

#define CAPS_KEYWORD_MAX	64	/* longer keywords are kept, cut */

struct caps_entry {
	char	*keyword;	/* upper case as sent; cut at CAPS_KEYWORD_MAX */
	char	*params;	/* everything after the keyword, "" if none */
};

struct caps {
	char			*domain;	/* first line of the reply */
	size_t			 n;
	struct caps_entry	*v;
	size_t			 nmechs;
	char			**mechs;	/* AUTH mechanisms, upper case,
						   no duplicates */
	int			 size_given;	/* SIZE had a usable number */
	uint64_t		 size;
};

/* Parse the lines of an EHLO reply (any code; nothing is kept from a
   non-2xx reply). Returns a new caps, or NULL when out of memory. */
struct caps *caps_parse(const struct reply *);
void	caps_free(struct caps *);
/* Copy; NULL in gives NULL out. */
struct caps *caps_dup(const struct caps *);
/* The entry for a keyword, or NULL. */
const struct caps_entry *caps_find(const struct caps *, const char *keyword);
int	caps_has(const struct caps *, const char *keyword);
int	caps_has_mech(const struct caps *, const char *mech);

#endif
