/*
 * The lab: a small teaching SMTP server inside smtpx, on loopback unless
 * told otherwise, with one personality per port. "25" behaves like a
 * relay MTA (no AUTH, relaying refused), "587" like a submission server
 * (STARTTLS, then AUTH, then relaying), "465" the same inside implicit
 * TLS. It runs its own poll loop in a thread of its own, so the screen
 * never waits on it; accepted messages stay in memory until lab_free.
 * It delivers nothing.
 */
#ifndef SMTPX_LAB_H
#define SMTPX_LAB_H

#include <stddef.h>

struct buf;

#define LAB_DOMAIN	"lab.test"
#define LAB_USER	"student@lab.test"
#define LAB_PASSWORD	"secret"

enum lab_personality {
	LAB_RELAY,		/* "25" */
	LAB_SUBMISSION,		/* "587" */
	LAB_SUBMISSIONS,	/* "465" */
	LAB_NPERSONALITIES
};

struct lab_config {
	const char	*listen;	/* address to bind; NULL = 127.0.0.1 */
	int		 ports[LAB_NPERSONALITIES]; /* preferred; 0 = any free */
	int		 op25b;		/* "25" accepts and stays silent */
};

struct lab;

/* Bind the three listeners (the preferred port, else a free one) and
   start serving. NULL on failure with err set. */
struct lab *lab_start(const struct lab_config *, char *err, size_t errlen);
/* Stop serving, close everything, wipe and free the inbox. */
void	lab_free(struct lab *);
/* The port a personality really listens on. */
int	lab_port(const struct lab *, enum lab_personality);
/* Which personality a port ("25", "587", "465" or the real port) means,
   or -1. */
int	lab_lookup(const struct lab *, int port);
/* The lab's certificate in PEM: clients trust it for lab connections. */
const char *lab_ca_pem(const struct lab *);
/* Append a listing of the messages accepted so far (envelope, then the
   message as received, dot-stuffing undone), lines ending in "\n".
   Returns the number of messages. */
size_t	lab_inbox(struct lab *, struct buf *out);

#endif
