/*
 * Findings: facts about a server that a ticket, an export or a lesson
 * needs, as typed records (AUTH offered before TLS, a certificate about
 * to expire, relaying refused...). Notes explain one reply to a reader;
 * a finding is a conclusion kept for the whole session, with the
 * connection it came from, and listed on demand (/status). Like notes,
 * a finding holds no words: a kind and a few typed arguments; the front
 * end renders it (findings_note gives it as a note id and arguments).
 *
 * The checks here are pure: they look at the facts handed to them (an
 * EHLO's capabilities, a certificate, a reply and the command it
 * answers) and call back with each finding. The session (session_find.c)
 * calls them at the right moments, fills in where and when, and keeps
 * one finding of a kind per connection unless its arguments differ.
 */
#ifndef SMTPX_FINDINGS_H
#define SMTPX_FINDINGS_H

#include <stddef.h>
#include <time.h>

#include "smtpcmd.h"

struct caps;
struct note;
struct reply;
struct tls_info;

#define FINDINGS_CERT_DAYS	30	/* "expiring soon" */
#define FINDINGS_GREETING_MS	5000	/* a slow greeting */
#define FINDINGS_MAX		64	/* kept per session */

/* The arguments each kind uses are named after it. */
enum finding_kind {
	FINDING_AUTH_BEFORE_TLS,	/* word: mechanisms offered in clear
					   on a connection offering STARTTLS */
	FINDING_NO_STARTTLS,		/* num: the port (25 or 587) */
	FINDING_CLEAR_PASSWORD,		/* word: "PLAIN", "LOGIN" or both,
					   offered without TLS */
	FINDING_CERT_EXPIRING,		/* num: days left (within 30) */
	FINDING_CERT_EXPIRED,		/* num: days since it expired */
	FINDING_CERT_UNVERIFIED,	/* word: why (finding_verify_word) */
	FINDING_RELAY_REFUSED,		/* code, esc; word: the domain */
	FINDING_AUTH_REFUSED,		/* code, esc; word: the mechanism */
	FINDING_AUTH_REQUIRED,		/* code, esc; cmd: MAIL or RCPT */
	FINDING_UNASKED_REPLY,		/* code, esc */
	FINDING_SLOW_GREETING,		/* num: ms from connect to greeting */
	FINDING_CLOSED_NO_221,		/* cmd: what awaited a reply, or
					   SMTPCMD_NONE */
	FINDING_OLD_TLS,		/* word: the version ("TLSv1.1") */
	FINDING_COUNT
};

struct finding {
	enum finding_kind kind;
	long		 num;
	int		 code;		/* a reply code, or 0 */
	char		 esc[16];	/* its enhanced code, or "" */
	enum smtpcmd	 cmd;
	char		 word[128];	/* no control bytes */
	/* Where and when, filled in by the session. */
	int		 conn;		/* connection number, 1 the first */
	char		 host[256];	/* as connected to */
	int		 port;
	time_t		 when;		/* CLOCK_REALTIME */
	size_t		 entry;		/* the transcript entry that showed it,
					   counted from the session's first
					   (an index until lines are dropped:
					   see transcript_dropped) */
};

typedef void findings_fn(void *arg, struct finding *);

/* A finding of kind with no arguments yet. */
void	findings_init(struct finding *, enum finding_kind);
/* After a 2xx to EHLO: AUTH before TLS, PLAIN or LOGIN in clear,
   STARTTLS missing on port 25 or 587 (port as the notes assume). */
void	findings_ehlo(const struct caps *, int tls, int port, findings_fn *,
	    void *);
/* After a TLS handshake (or one that failed on the certificate): the
   certificate's dates as of now, verification, the version. */
void	findings_tls(const struct tls_info *, long long now, findings_fn *,
	    void *);
/* A reply to cmd (its line as sent, masked, or NULL): relaying refused,
   AUTH refused or required. mech is the AUTH mechanism in use, or NULL. */
void	findings_reply(enum smtpcmd, const char *line, const char *mech,
	    const struct reply *, findings_fn *, void *);

/* Same kind and arguments (where and when aside). */
int	findings_same(const struct finding *, const struct finding *);
/* The stable id of a kind ("auth-before-tls"), for traces and exports. */
const char *findings_id(enum finding_kind);
/* The word of FINDING_CERT_UNVERIFIED for a tls_verify_kind. */
const char *findings_verify_word(int verify_kind);

/*
 * The finding as a note for the front end to render: the id
 * "finding.ID" (or "finding.ID.domain", ".mech", ".cmd" when that
 * optional argument is known) and
 * its arguments, their strings in store. 0, or -1 when store is short.
 */
int	findings_note(const struct finding *, struct note *, char *store,
	    size_t size);

#endif
