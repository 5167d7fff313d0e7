/*
 * Authentication: the SASL exchanges smtpx runs itself (/auth: the AUTH
 * line with an initial response, or one held back for the first 334 when
 * the line would pass 512 octets; each 334 decoded, answered and shown
 * masked) and AUTH typed by hand (its argument masked, challenges shown
 * decoded, the line after a 334 masked, the user of a PLAIN initial
 * response kept for "authenticated as"). Secrets are wiped once sent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/crypto.h>

#include "b64.h"
#include "session_int.h"

void
session_sasl_initial_free(struct session *s)
{
	if (s->sasl_initial != NULL)
		OPENSSL_clear_free(s->sasl_initial, strlen(s->sasl_initial));
	free(s->sasl_initial_show);
	s->sasl_initial = s->sasl_initial_show = NULL;
}

/* Pull the user name out of a hand-typed PLAIN initial response. */
static char *
session_plain_user(const char *b64)
{
	struct buf	 d;
	char		*user = NULL, *p;

	buf_init(&d, 4096);
	if (b64_decode(b64, strlen(b64), &d) == 0 && d.len > 0 &&
	    (p = memchr(d.data, '\0', d.len)) != NULL &&
	    (size_t)(p - d.data) < d.len)
		user = strndup(p + 1, strnlen(p + 1, d.len - (p + 1 - d.data)));
	buf_free(&d);
	return user;
}

static void
session_auth_ok(struct session *s, const char *user)
{
	free(s->auth_user);
	s->auth_user = strdup(user ? user : "(by hand)");
	session_log(s, TR_EVENT, "authenticated as %s", s->auth_user);
	session_changed(s, s->state);
}

/*
 * A SASL exchange that fails on our side (a malformed challenge, a SCRAM
 * server that cannot prove it knows the password, a round too many) ends
 * the connection, like a failed STARTTLS: the server has shown it is not
 * the one we meant to talk to, so nothing more goes to it.
 */
static void
session_sasl_fail(struct session *s, const char *why)
{
	session_fail(s, SESSION_FAIL_AUTH, "%s failed: %s; closing the "
	    "connection without sending anything more", sasl_name(s->sasl),
	    why);
}

/* A 334 during a SASL exchange we run: decode, answer, show masked. */
static void
session_sasl_challenge(struct session *s, const struct reply *r)
{
	struct buf	 chal, out, enc, show;
	char		 err[SESSION_ERR];
	const char	*t = r->lines[0];

	buf_init(&chal, 16384);
	buf_init(&out, 16384);
	buf_init(&enc, 32768);
	buf_init(&show, 4096);
	if (s->sasl_initial != NULL) {
		/* RFC 4954 4: the initial response that did not fit on the
		   AUTH line answers the empty 334. */
		session_write_line(s, s->sasl_initial, strlen(s->sasl_initial),
		    SASL_MASK, TR_F_SECRET);
		if (s->sasl_initial_show[0] != '\0')
			session_decoded(s, "decoded.sent",
			    s->sasl_initial_show);
		session_sasl_initial_free(s);
		goto sent;
	}
	if (b64_decode(t, r->lens[0], &chal) == -1) {
		session_sasl_fail(s, "the server's challenge is not valid "
		    "base64");
		goto done;
	}
	if (chal.len)
		session_decoded(s, "decoded.challenge", chal.data);
	else
		session_decoded(s, "decoded.challenge.empty", NULL);
	if (sasl_step(s->sasl, (unsigned char *)chal.data, chal.len, &out,
	    &show, err, sizeof err) == SASL_FAIL) {
		session_sasl_fail(s, err);
		goto done;
	}
	if (b64_encode(out.data, out.len, &enc) == -1) {
		session_sasl_fail(s, "the response is too large");
		goto done;
	}
	session_write_line(s, enc.data, enc.len, SASL_MASK, TR_F_SECRET);
	session_decoded(s, "decoded.sent", show.data ? show.data : "");
sent:
	s->awaiting = 1;
	session_arm(s, "the reply to AUTH");
done:
	buf_free(&chal);
	buf_free(&out);
	buf_free(&enc);
	buf_free(&show);
}

void
session_reply_auth(struct session *s, const struct reply *r)
{
	char	 err[SESSION_ERR];
	struct buf d;

	if (s->sasl != NULL) {
		if (r->code == 334) {
			session_sasl_challenge(s, r);
			return;
		}
		if (r->code == 235) {
			if (sasl_finish(s->sasl, err, sizeof err) == -1) {
				session_sasl_fail(s, err);
				return;
			}
			session_auth_ok(s, s->current ? s->current->user : NULL);
		}
		session_sasl_initial_free(s);
		sasl_free(s->sasl);
		s->sasl = NULL;
		return;
	}
	/* AUTH typed by hand: show challenges; mask the next line. */
	if (r->code == 334) {
		buf_init(&d, 16384);
		if (r->lens[0] == 0)
			session_decoded(s, "decoded.challenge.empty", NULL);
		else if (b64_decode(r->lines[0], r->lens[0], &d) == 0)
			session_decoded(s, "decoded.challenge",
			    d.data ? d.data : "");
		else
			session_decoded(s, "decoded.challenge.bad", NULL);
		buf_free(&d);
		s->secret_next = 1;
		return;
	}
	if (r->code == 235)
		session_auth_ok(s, s->hand_user);
	s->hand_auth = 0;
	free(s->hand_user);
	s->hand_user = NULL;
}

/* Mask everything after "AUTH MECH" in a hand-typed AUTH line, however
   it is spaced. */
static void
session_mask_auth(const char *line, char *shown, size_t n)
{
	size_t	 len = strlen(line), from = sasl_mask_from(line, len);

	if (from == (size_t)-1 || from >= len) {
		snprintf(shown, n, "%s", line);
		return;
	}
	while (from > 0 && (line[from - 1] == ' ' || line[from - 1] == '\t'))
		from--;
	snprintf(shown, n, "%.*s %s", (int)from, line, SASL_MASK);
}

/*
 * A hand-typed AUTH line: note it in clear, mask its argument in shown,
 * and remember the user of a PLAIN initial response for "authenticated
 * as". Returns 1 when shown differs from the line (a secret was masked).
 */
int
session_typed_auth(struct session *s, const char *line, char *shown,
    size_t n)
{
	const char	*p;

	if (!s->tls_on)
		session_note_event(s, NOTES_EV_AUTH_NO_TLS);
	session_mask_auth(line, shown, n);
	free(s->hand_user);
	s->hand_user = NULL;
	p = line + strspn(line, " \t") + 4;
	p += strspn(p, " \t");
	if (strncasecmp(p, "PLAIN", 5) == 0 && (p[5] == ' ' || p[5] == '\t')) {
		p += 5 + strspn(p + 5, " \t");
		s->hand_user = session_plain_user(p);
	}
	return strcmp(shown, line) != 0;
}

void
session_start_auth(struct session *s, struct qitem *q)
{
	struct buf	 out, enc, show, line;
	char		 err[SESSION_ERR], shown[128];

	s->sasl = q->sasl;
	q->sasl = NULL;
	if (!s->tls_on)
		session_note_event(s, NOTES_EV_AUTH_NO_TLS);
	buf_init(&out, 16384);
	buf_init(&enc, 32768);
	buf_init(&show, 4096);
	buf_init(&line, 40000);
	buf_printf(&line, "AUTH %s", sasl_name(s->sasl));
	snprintf(shown, sizeof shown, "AUTH %s", sasl_name(s->sasl));
	snprintf(err, sizeof err, "response too large");
	if (sasl_has_initial(s->sasl)) {
		if (sasl_step(s->sasl, NULL, 0, &out, &show, err,
		    sizeof err) == SASL_FAIL ||
		    b64_encode(out.data, out.len, &enc) == -1) {
			session_log(s, TR_ERROR, "AUTH %s: %s",
			    sasl_name(s->sasl), err);
			sasl_free(s->sasl);
			s->sasl = NULL;
			goto done;
		}
		if (line.len + 1 + enc.len + 2 > SESSION_AUTH_LINE_MAX) {
			/* RFC 4954 4: a command line is at most 512 octets;
			   a longer initial response waits for an empty 334. */
			if ((s->sasl_initial = OPENSSL_strdup(enc.data)) ==
			    NULL || (s->sasl_initial_show = strdup(show.len ?
			    show.data : "")) == NULL) {
				session_log(s, TR_ERROR, "out of memory");
				session_sasl_initial_free(s);
				sasl_free(s->sasl);
				s->sasl = NULL;
				goto done;
			}
			session_decoded(s, "decoded.initial-long", NULL);
			buf_reset(&show);
		} else {
			/* RFC 4954: an empty initial response is "=". */
			buf_printf(&line, " %s", enc.len ? enc.data : "=");
			snprintf(shown, sizeof shown, "AUTH %s %s",
			    sasl_name(s->sasl), SASL_MASK);
		}
	}
	if (session_write_line(s, line.data, line.len, shown,
	    s->sasl_initial == NULL && sasl_has_initial(s->sasl) ?
	    TR_F_SECRET : 0) == 0) {
		if (show.len)
			session_decoded(s, "decoded.sent", show.data);
		session_set_cmd(s, SMTPCMD_AUTH, shown);
		s->awaiting = 1;
		session_arm(s, "the reply to AUTH");
	} else {
		sasl_free(s->sasl);
		s->sasl = NULL;
	}
done:
	buf_free(&out);
	buf_free(&enc);
	buf_free(&show);
	buf_free(&line);
}

int
session_auth(struct session *s, const char *mech, const char *user,
    const char *secret, char *err, size_t errlen)
{
	struct sasl	*sa;
	struct qitem	*q;

	if (s->state == SESSION_CLOSED) {
		snprintf(err, errlen, "not connected");
		return -1;
	}
	if ((sa = sasl_new(mech, user, secret, NULL, err, errlen)) == NULL)
		return -1;
	if ((q = session_enqueue(s, Q_AUTH, NULL, 0, 0, err, errlen)) == NULL) {
		sasl_free(sa);
		return -1;
	}
	q->sasl = sa;
	q->user = strdup(user);
	return session_kick(s);
}
