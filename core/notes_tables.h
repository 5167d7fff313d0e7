/*
 * The knowledge behind the notes, as const tables: basic reply codes,
 * enhanced status codes (the IANA registry), EHLO keywords (the IANA
 * registry plus common private ones), SASL mechanisms, ports and known
 * messages of real servers. Private to core/notes*.c and to
 * tests/unit/test_notes.c, which walks every table. Each notes_*.c file
 * owns one table and its lookup; core/notes.c holds the rules that use
 * them. Table text is plain words, no newline, no "#" marker; it names
 * a command of ours only as an action placeholder ("{@starttls}") that
 * the front end fills (tui/render.c), and a note refers to it by
 * reference (notes_text: "esc.what:7.1", "known.todo:ID").
 */
#ifndef SMTPX_NOTES_TABLES_H
#define SMTPX_NOTES_TABLES_H

#include <stddef.h>

#include "smtpcmd.h"

struct reply;

/* Reply text considered for known-message matching (bounded work). */
#define NOTES_TEXT_MAX		4096

/* A basic reply code (RFC 5321 section 4.2 and the extensions). */
struct notes_code {
	int		 code;
	const char	*rfc;		/* "RFC 5321" */
	const char	*what;		/* what it means, plain words */
};

/* A basic code as the answer to one command: more telling words. */
struct notes_code_verb {
	int		 code;
	enum smtpcmd	 cmd;		/* as in notes_ctx */
	const char	*what;
};

/* An enhanced status code detail, X.subject.detail (RFC 3463). */
struct notes_esc {
	int		 subject;
	int		 detail;
	const char	*rfc;
	const char	*title;		/* what it names, in plain words */
	const char	*what;		/* what it means and what to do */
	const char	*tag;		/* topic tag when servers use the code
					   for that one cause, else NULL */
};

/* The registry's own name of a detail code, as IANA lists it: /explain
   of a code shows it where the plain title above says it otherwise. */
struct notes_esc_name {
	int		 subject;
	int		 detail;
	const char	*name;
};

/* Parameter read-outs for EHLO keywords. */
enum notes_param {
	NOTES_P_NONE,
	NOTES_P_RAW,		/* show the parameters as they are */
	NOTES_P_SIZE,		/* bytes, shown in MiB */
	NOTES_P_AUTH,		/* SASL mechanisms, rated */
	NOTES_P_DELIVERBY,	/* minimum BY time in seconds */
	NOTES_P_FUTURE,		/* max hold interval, max date */
	NOTES_P_LIMITS,		/* NAME=value pairs of RFC 9422 */
};

#define NOTES_EXT_IANA		0x01	/* in the IANA registry */
#define NOTES_EXT_OBSOLETE	0x02	/* retired or historic */
#define NOTES_EXT_PRIVATE	0x04	/* unregistered, vendor specific */

/* An EHLO keyword. */
struct notes_ext {
	const char	*keyword;	/* upper case */
	const char	*rfc;		/* "RFC 1870", or the vendor */
	unsigned	 flags;		/* NOTES_EXT_* */
	enum notes_param param;
	const char	*what;		/* what it lets a client do */
};

/* How a SASL mechanism rates for SMTP AUTH. */
enum notes_rating {
	NOTES_MECH_PREFERRED,	/* SCRAM family: no password on the wire */
	NOTES_MECH_TOKEN,	/* OAuth bearer tokens */
	NOTES_MECH_NEEDS_TLS,	/* password readable: only inside TLS */
	NOTES_MECH_OBSOLETE,	/* broken or retired */
	NOTES_MECH_OTHER,	/* fine in its own setting */
};

struct notes_mech {
	const char	*name;		/* upper case */
	enum notes_rating rating;
	const char	*what;		/* short, fits in a list */
};

/* What a port is for. */
struct notes_port {
	int		 port;
	const char	*what;		/* first line */
	const char	*more;		/* second line, or NULL */
};

/* What a known message says about a context rule. */
#define NOTES_K_RELAY		0x01	/* relaying refused */
#define NOTES_K_NEEDTLS		0x02	/* STARTTLS required first */
#define NOTES_K_NEEDAUTH	0x04	/* login required first */
#define NOTES_K_AUTHFAIL	0x08	/* login refused */
#define NOTES_K_NOAUTH		0x10	/* AUTH not offered here */
#define NOTES_K_ACCESS		0x20	/* an access rule: by IP, or lifted by
					   logging in where AUTH is offered */
#define NOTES_K_BROAD		0x80	/* a common phrase ("sender
					   rejected"): set aside when the text
					   names another cause outright */
#define NOTES_K_SESSION		0x40	/* states a cause about the session
					   that got it (idle, errors): none
					   when the command is unknown */
#define NOTES_K_RULE		0x100	/* a provider's own rule on a mail
					   server's default words: read so
					   only when the session shows that
					   provider, else the words' own
					   entry speaks */
#define NOTES_K_NODELIVERY	0x200	/* a 2xx whose words say the
					   message goes to no mailbox
					   (discarded, quarantined) */

/*
 * A known message of a real server or provider. It matches when the code
 * fits (0 any, 2-5 a class, else the exact code), the enhanced code fits
 * ("" any, else equal; "X" as the class digit matches any class) and the
 * match pattern occurs in the reply text. The pattern is lower case;
 * "|" separates alternatives and "&" joins parts that must all occur;
 * a "^" at either end of a part asks for a word edge there.
 * Text is matched lower-cased, with runs of white space made one space
 * and the enhanced code at the start of each line removed.
 */
struct notes_known {
	const char	*id;		/* short name, for tests and corpus */
	const char	*tag;		/* topic tag (notes_tags), or NULL
					   when the text names no one cause
					   (a provider's catch-all) */
	int		 server;	/* who names the server or provider
					   that sent the reply, not a topic */
	const char	*who;		/* "Gmail", "Postfix", "Greylisting" */
	int		 code;
	const char	*esc;
	const char	*match;
	unsigned	 flags;		/* NOTES_K_* */
	const char	*cause;		/* likely cause */
	const char	*todo;		/* what to do, or NULL */
	const char	*example;	/* a real reply it matches: "550 ..." */
};

extern const struct notes_code		notes_codes[];
extern const size_t			notes_ncodes;
extern const struct notes_code		notes_codes_cmd[];
extern const size_t			notes_ncodes_cmd;
extern const struct notes_code		notes_codes_tls[];
extern const size_t			notes_ncodes_tls;
extern const struct notes_code		notes_codes_tlsreq[];
extern const size_t			notes_ncodes_tlsreq;
extern const struct notes_code_verb	notes_code_verbs[];
extern const size_t			notes_ncode_verbs;
extern const char *const		notes_class_what[10];
extern const char *const		notes_class_word[10];
extern const char *const		notes_digit2_what[10];
extern const struct notes_port		notes_ports[];
extern const size_t			notes_nports;

extern const char *const		notes_esc_class_what[10];
extern const char *const		notes_esc_subject_what[8];
extern const char *const		notes_esc_subject_word[8];
extern const struct notes_esc		notes_escs[];
extern const size_t			notes_nescs;
extern const struct notes_esc_name	notes_esc_names[];
extern const size_t			notes_nesc_names;

extern const struct notes_ext		notes_exts[];
extern const size_t			notes_nexts;
extern const struct notes_mech		notes_mechs[];
extern const size_t			notes_nmechs;

extern const struct notes_known		notes_knowns[];
/* The topic tags of tests/notes/eval/README.md, NULL-terminated. */
extern const char *const		notes_tags[];
extern const size_t			notes_nknowns;

/* notes_codes.c */
const struct notes_code *notes_code_find(int);
/* The code's words in answer to a command other than the greeting,
   where they differ from notes_code_find's; NULL when they do not. */
const struct notes_code *notes_code_cmd_find(int);
const struct notes_code *notes_code_tls_find(int);
const struct notes_code *notes_code_tlsreq_find(int);
const struct notes_code_verb *notes_code_verb_find(int, enum smtpcmd);
const struct notes_port *notes_port_find(int);

/* notes_esc.c: parse "5.7.1" into its numbers; 0, or -1 if not one. */
int	notes_esc_parse(const char *, int *cls, int *subject, int *detail);
const struct notes_esc *notes_esc_find(int subject, int detail);
const char	*notes_esc_name(int subject, int detail);

/* notes_ext.c: lookups are case-insensitive. */
const struct notes_ext *notes_ext_find(const char *keyword);
const struct notes_mech *notes_mech_find(const char *name);

/* notes_known.c */
/* The reply's text for matching, as described above; returns length. */
size_t	notes_known_text(const struct reply *, char *buf, size_t size);
/* The first known message matching code, esc and prepared text. */
const struct notes_known *notes_known_find(int code, const char *esc,
	    const char *text);
/* The next one after a match (NULL: the first), when the rules set a
   match aside because the session or the text contradicts it. */
const struct notes_known *notes_known_next(const struct notes_known *after,
	    int code, const char *esc, const char *text);
/* The known message defined by its enhanced code alone (Microsoft's
   5.7.57, 5.7.708...), for /explain of a bare code; or NULL. */
const struct notes_known *notes_known_find_esc(const char *esc);
/* 1 when pattern (see struct notes_known) occurs in the prepared text. */
int	notes_known_match(const char *pattern, const char *text);

/* notes.c: the cause the text reader finds a prepared text to name, as
   its topic tag, or NULL (for tests/notes/notes_eval.c's leave-out). */
struct notes_ctx;
const char *notes_reader_tag(const struct notes_ctx *, int code,
	    const char *text);

#endif
