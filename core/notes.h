/*
 * Notes: plain-language explanations of what a server said. The knowledge
 * is data (tables of reply codes, enhanced status codes, EHLO keywords and
 * known server messages); the rules here pick from it using the session's
 * context (port, TLS, authentication, the command that was answered).
 * Notes never change what is sent. Text handed to emit may quote server
 * text; the front end sanitises everything it displays.
 */
#ifndef SMTPX_NOTES_H
#define SMTPX_NOTES_H

struct caps;
struct reply;

/* Where the session stood when the reply or event came. */
struct notes_ctx {
	int			 port;		/* server port, 0 if unknown */
	int			 implicit_tls;	/* connected with TLS from the start */
	int			 tls;		/* TLS is on now */
	int			 authenticated;
	const char		*verb;		/* command answered, upper case:
						   "" for the greeting, "EHLO",
						   "MAIL", "RCPT", "DATA", "." for
						   the end of the message, "AUTH",
						   "STARTTLS", ... or "?" */
	const struct caps	*caps;		/* after EHLO, or NULL */
	const struct caps	*prev_caps;	/* the EHLO before, or NULL */
};

/* Events without a reply that deserve a note. */
enum notes_event {
	NOTES_EV_CONNECTED,		/* say what this port is for */
	NOTES_EV_CONNECT_TIMEOUT,	/* no answer to connect (OP25B?) */
	NOTES_EV_CONNECT_REFUSED,
	NOTES_EV_GREETING_TIMEOUT,	/* connected, but no greeting: maybe
					   the port wants implicit TLS */
	NOTES_EV_TLS_NOT_TLS,		/* implicit TLS got plaintext back */
	NOTES_EV_AUTH_NO_TLS,		/* AUTH offered/used in clear */
};

typedef void notes_emit_fn(void *arg, const char *text);

/* Emit the notes for one whole reply, most specific first. */
void	notes_reply(const struct notes_ctx *, const struct reply *,
	    notes_emit_fn *emit, void *arg);
/* Emit the notes for an event. */
void	notes_event(const struct notes_ctx *, enum notes_event,
	    notes_emit_fn *emit, void *arg);
/*
 * /explain: query is a basic code ("550"), an enhanced code ("5.7.1"),
 * both ("550 5.7.1"), or an EHLO keyword ("PIPELINING"). Returns 0 after
 * emitting at least one note, -1 when the query is not understood (emit
 * is then called once with a sentence saying why).
 */
int	notes_explain(const char *query, notes_emit_fn *emit, void *arg);

#endif
