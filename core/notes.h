/*
 * Notes: plain-language explanations of what a server said. The knowledge
 * is data (tables of reply codes, enhanced status codes, EHLO keywords and
 * known server messages); the rules here pick from it using the session's
 * context (port, TLS, authentication, the command that was answered).
 * Notes never change what is sent. A note handed to emit is an id and
 * arguments, never words (see struct note); its arguments may quote
 * server text, and the front end sanitises everything it displays.
 */
#ifndef SMTPX_NOTES_H
#define SMTPX_NOTES_H

#include <stddef.h>

#include "smtpcmd.h"

struct buf;
struct caps;
struct reply;

/*
 * A note is an id and its arguments, never finished text: the front end
 * looks up the id's template (notes_template, or its own table for the
 * ids whose words name its commands), translates it, fills the
 * placeholders and wraps it to its width when it draws. Templates are
 * whole sentences with positional placeholders "{1}".."{9}" (a
 * translation may reorder them) and action placeholders "{@starttls}"
 * that the front end replaces by its own words for that action. A
 * template with a plural form is chosen by the first NOTE_A_NUM
 * argument (ngettext).
 */
#define NOTE_ARGS_MAX	6

/* Argument types, also their letter in the serialised form. */
#define NOTE_A_CODE	'c'	/* a reply code or enhanced code, as is */
#define NOTE_A_WORD	'w'	/* a keyword, name or RFC: shown as is */
#define NOTE_A_NUM	'n'	/* a decimal number; picks the plural */
#define NOTE_A_QUOTE	'q'	/* server text, cut short, no control
				   bytes; sanitised again on display */
#define NOTE_A_TEXT	't'	/* a table text by reference
				   ("esc.what:7.1"): see notes_text */
#define NOTE_A_MECHS	'm'	/* "NAME:r NAME:r": SASL mechanisms with
				   their rating letter (NOTES_R_*) */
#define NOTE_A_RFC	'r'	/* "RFC 1870" */
#define NOTE_A_RFC_OLD	'o'	/* the same, of an obsolete extension */
#define NOTE_A_RFC_PRIV	'p'	/* a vendor's unregistered extension */
#define NOTE_A_RFC_SEEN	'R'	/* an RFC this session referred to
				   before: the front end leaves its
				   " (RFC n)" out (once per topic) */
#define NOTE_A_LIMITS	'L'	/* LIMITS parameters, NAME=value pairs */
#define NOTE_A_DATA	'd'	/* data shown as it is (a decoded AUTH
				   step): control bytes are kept for the
				   sanitiser to show, but 0x1e and 0x1f */

/* Rating letters of NOTE_A_MECHS. */
#define NOTES_R_PREFERRED	'p'
#define NOTES_R_TOKEN		'o'
#define NOTES_R_NEEDS_TLS	't'
#define NOTES_R_OBSOLETE	'x'
#define NOTES_R_OTHER		'w'	/* the table's words: "mech:NAME" */
#define NOTES_R_SCRAM		's'	/* an unlisted SCRAM-* */
#define NOTES_R_UNKNOWN		'u'

struct note_arg {
	char		 type;		/* NOTE_A_* */
	const char	*s;		/* the value, NUL-terminated */
};

/* Valid during the emit call only; copy it (notes_serialise) to keep. */
struct note {
	const char	*id;		/* stable ASCII: "ehlo.no-starttls" */
	int		 nargs;
	struct note_arg	 a[NOTE_ARGS_MAX];
};

/* The RFCs a session's notes referred to so far: each is given once. */
#define NOTES_REFS_MAX	32
struct notes_refs {
	char	ref[NOTES_REFS_MAX][12];	/* "RFC 3463" */
	int	n;
};

/* Where the session stood when the reply or event came. */
struct notes_ctx {
	int			 port;		/* server port, 0 if unknown */
	int			 implicit_tls;	/* connected with TLS from the start */
	int			 tls;		/* TLS is on now */
	int			 authenticated;
	enum smtpcmd		 cmd;		/* command answered:
						   SMTPCMD_GREETING, _DOT for
						   the end of the message, or
						   SMTPCMD_NONE if unknown */
	const struct caps	*caps;		/* after EHLO, or NULL */
	const struct caps	*prev_caps;	/* the EHLO before, or NULL */
	const char		*greeting;	/* the greeting's text (its
						   lines joined), or NULL: the
						   evidence of who the server
						   is, with caps->domain */
	struct notes_refs	*refs;		/* the session's references
						   so far, or NULL: give each
						   note its reference */
	long			 latency_ms;	/* how long the reply took
						   (from the command, or the
						   connect for a greeting); 0
						   when unknown */
	const char		*cmdline;	/* the line answered, as
						   shown, or NULL */
	int			 quoted;	/* the reply was quoted from a
						   bounce (/explain): it
						   answered the server that
						   passed the mail on, not
						   this session */
	int			 tx_reset;	/* STARTTLS ended the transaction
						   begun before it (RFC 3207
						   4.2), and no MAIL FROM was
						   taken since */
	int			 in_tx;		/* a MAIL FROM was accepted and
						   the transaction is open */
};

/* A reply slower than this gets a note on why servers take their time. */
#define NOTES_SLOW_MS	5000

/* Events without a reply that deserve a note. */
enum notes_event {
	NOTES_EV_CONNECTED,		/* say what this port is for */
	NOTES_EV_CONNECT_TIMEOUT,	/* no answer to connect (OP25B?) */
	NOTES_EV_CONNECT_REFUSED,
	NOTES_EV_GREETING_TIMEOUT,	/* connected, but no greeting: maybe
					   the port wants implicit TLS */
	NOTES_EV_TLS_NOT_TLS,		/* implicit TLS got plaintext back */
	NOTES_EV_TLS_OLD,		/* the server speaks only TLS < 1.2 */
	NOTES_EV_AUTH_NO_TLS,		/* AUTH offered/used in clear */
};

typedef void notes_emit_fn(void *arg, const struct note *);

/* Emit the notes for one whole reply, most specific first. */
void	notes_reply(const struct notes_ctx *, const struct reply *,
	    notes_emit_fn *emit, void *arg);
/* Emit the notes for an event. */
void	notes_event(const struct notes_ctx *, enum notes_event,
	    notes_emit_fn *emit, void *arg);
/*
 * Notes on a MAIL or RCPT line as it goes out: each parameter explained
 * (SIZE, BODY, SMTPUTF8, the DSN ones, REQUIRETLS, MT-PRIORITY, HOLDFOR,
 * BY, ...), a parameter whose extension the server did not offer, a
 * SIZE over its limit, a non-ASCII address without SMTPUTF8. Nothing for
 * other lines.
 */
void	notes_command(const struct notes_ctx *, const char *line,
	    notes_emit_fn *emit, void *arg);
/* Before a message file is sent: size bytes against the server's SIZE,
   and its header section (at the start of head) against SMTPUTF8. */
void	notes_message(const struct notes_ctx *, const char *head, size_t len,
	    unsigned long long size, notes_emit_fn *emit, void *arg);
/* /explain of a parameter as typed ("NOTIFY=SUCCESS"), on the command
   it belongs to, no server's offer judged: 0 after its notes, -1 (and
   nothing emitted) when param is no NAME=value of a known parameter. */
int	notes_param_explain(const char *param, notes_emit_fn *emit,
	    void *arg);
/* 1 when the address of a MAIL FROM or RCPT TO line is not ASCII. */
int	notes_needs_utf8(const char *line);
/*
 * /explain: query is a basic code ("550"), an enhanced code ("5.7.1"),
 * both ("550 5.7.1"), or an EHLO keyword ("PIPELINING"). Returns 0 after
 * emitting at least one note, -1 when the query is not understood (emit
 * is then called once with a sentence saying why).
 */
int	notes_explain(const char *query, notes_emit_fn *emit, void *arg);

/*
 * The topic tag of a note (tests/notes/eval/README.md lists them:
 * "unknown-user", "rate-limit", ...): what cause the note states, so a
 * wrong explanation can be measured. NULL for a note that states no
 * cause (what a code class means, what the text mentions). A note of a
 * known message that names the server or provider sets *server to that
 * name (else NULL), when server is not NULL.
 */
const char *notes_tag(const struct note *, const char **server);

/*
 * The serialised form kept in a TR_NOTE transcript entry: the byte 0x1e,
 * the id, then for each argument 0x1f, its type letter and its value.
 * Control bytes in values are stored as '?' (NOTE_A_DATA: only 0x1e and
 * 0x1f), so the separators cannot occur inside them. A TR_NOTE text without the leading 0x1e is plain
 * text (decoded AUTH data, /b64 output) and is shown as it is.
 */
#define NOTES_SER_MARK	'\x1e'
#define NOTES_SER_SEP	'\x1f'
/* Append the serialised note to out; 0, or -1 when out is full. */
int	notes_serialise(const struct note *, struct buf *out);
/* Parse a serialised note; its strings point into store (size bytes).
   0, or -1 when text is not a note or does not fit. */
int	notes_parse(const char *text, size_t len, struct note *,
	    char *store, size_t size);
/* Emit a note built from an id and arguments: types holds one NOTE_A_*
   letter per argument, each a const char * (a number as its digits). */
void	notes_emitf(notes_emit_fn *emit, void *arg, const char *id,
	    const char *types, ...);

/*
 * The untranslated template of a core note id (marked N_() where it is
 * defined), its plural in *plural (NULL when it has none); NULL when the
 * id is not core's. An id holding ':' is a table text (see notes_text),
 * and its template is that text.
 */
const char *notes_template(const char *id, const char **plural);
/*
 * A table text by reference: "code:550", "code.cmd:250:RCPT",
 * "code.after:554" (a code's words answering a command, not the
 * greeting),
 * "class.word:5", "class.what:5", "digit2:5", "esc.title:7.1",
 * "esc.what:7.1", "esc.subject.what:7", "esc.subject.word:7",
 * "esc.class.what:5", "ext:SIZE", "mech:CRAM-MD5", "port.what:25",
 * "port.more:25", "known.who:ID", "known.cause:ID", "known.todo:ID",
 * "read:read.syntax.todo" (the text reader's template of that id),
 * "word:none"... Untranslated; NULL when there is no such text.
 */
const char *notes_text(const char *ref);

#endif
