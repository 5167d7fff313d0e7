/*
 * Findings (see findings.h): the checks, which look only at what they
 * are given, and the note form a front end renders. A kind's arguments
 * are always filled the same way, so two findings compare field by
 * field.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "caps.h"
#include "findings.h"
#include "notes.h"
#include "reply.h"
#include "tls.h"

static const char *const findings_ids[FINDING_COUNT] = {
	[FINDING_AUTH_BEFORE_TLS] = "auth-before-tls",
	[FINDING_NO_STARTTLS] = "no-starttls",
	[FINDING_CLEAR_PASSWORD] = "clear-password",
	[FINDING_CERT_EXPIRING] = "cert-expiring",
	[FINDING_CERT_EXPIRED] = "cert-expired",
	[FINDING_CERT_UNVERIFIED] = "cert-unverified",
	[FINDING_RELAY_REFUSED] = "relay-refused",
	[FINDING_AUTH_REFUSED] = "auth-refused",
	[FINDING_AUTH_REQUIRED] = "auth-required",
	[FINDING_UNASKED_REPLY] = "unasked-reply",
	[FINDING_SLOW_GREETING] = "slow-greeting",
	[FINDING_CLOSED_NO_221] = "closed-no-221",
	[FINDING_OLD_TLS] = "old-tls",
};

const char *
findings_id(enum finding_kind k)
{
	if ((unsigned)k >= FINDING_COUNT)
		return "unknown";
	return findings_ids[k];
}

const char *
findings_verify_word(int kind)
{
	switch (kind) {
	case TLS_V_OK:
		return "ok";
	case TLS_V_NAME:
		return "name";
	case TLS_V_IP:
		return "address";
	case TLS_V_SELF_SIGNED:
		return "self-signed";
	case TLS_V_ISSUER:
		return "issuer";
	case TLS_V_EXPIRED:
		return "expired";
	case TLS_V_NOT_YET:
		return "not-yet-valid";
	case TLS_V_NO_CERT:
		return "no-certificate";
	default:
		return "other";
	}
}

void
findings_init(struct finding *f, enum finding_kind k)
{
	memset(f, 0, sizeof *f);
	f->kind = k;
	f->cmd = SMTPCMD_NONE;
}

/* Copy text into a finding's word: printable ASCII only, so nothing
   server-given can carry a control byte into a record. */
static void
findings_word(struct finding *f, const char *s, size_t n)
{
	size_t	 i;

	if (n >= sizeof f->word)
		n = sizeof f->word - 1;
	for (i = 0; i < n; i++)
		f->word[i] = (unsigned char)s[i] < 0x20 ||
		    (unsigned char)s[i] >= 0x7f ? '?' : s[i];
	f->word[i] = '\0';
}

static void
findings_append(char *out, size_t outlen, const char *w)
{
	size_t	 len = strlen(out);

	snprintf(out + len, outlen - len, "%s%s", len ? " " : "", w);
}

void
findings_ehlo(const struct caps *c, int tls, int port, findings_fn *fn,
    void *arg)
{
	struct finding	 f;
	char		 list[512] = "";
	size_t		 i;

	if (c == NULL || tls)
		return;
	if (caps_has(c, "STARTTLS") && c->nmechs > 0) {
		findings_init(&f, FINDING_AUTH_BEFORE_TLS);
		for (i = 0; i < c->nmechs; i++)
			findings_append(list, sizeof list, c->mechs[i]);
		findings_word(&f, list, strlen(list));
		fn(arg, &f);
	}
	if (caps_has_mech(c, "PLAIN") || caps_has_mech(c, "LOGIN")) {
		findings_init(&f, FINDING_CLEAR_PASSWORD);
		list[0] = '\0';
		if (caps_has_mech(c, "PLAIN"))
			findings_append(list, sizeof list, "PLAIN");
		if (caps_has_mech(c, "LOGIN"))
			findings_append(list, sizeof list, "LOGIN");
		findings_word(&f, list, strlen(list));
		fn(arg, &f);
	}
	if (!caps_has(c, "STARTTLS") && (port == 25 || port == 587)) {
		findings_init(&f, FINDING_NO_STARTTLS);
		f.num = port;
		fn(arg, &f);
	}
}

/* Whole days, rounded up: a certificate that ends in 9.9 days "expires
   in 10 days". */
static long
findings_days(long long secs)
{
	return (long)((secs + 86399) / 86400);
}

void
findings_tls(const struct tls_info *ti, long long now, findings_fn *fn,
    void *arg)
{
	struct finding	 f;

	if (ti->have_cert && ti->valid_until > 0) {
		if (ti->valid_until <= now) {
			findings_init(&f, FINDING_CERT_EXPIRED);
			f.num = findings_days(now - ti->valid_until);
			fn(arg, &f);
		} else if (ti->valid_until - now <=
		    (long long)FINDINGS_CERT_DAYS * 86400) {
			findings_init(&f, FINDING_CERT_EXPIRING);
			f.num = findings_days(ti->valid_until - now);
			fn(arg, &f);
		}
	}
	if (ti->have_cert && !ti->verified) {
		findings_init(&f, FINDING_CERT_UNVERIFIED);
		snprintf(f.word, sizeof f.word, "%s",
		    findings_verify_word(ti->verify_kind));
		fn(arg, &f);
	}
	/* RFC 8996: TLS 1.0 and 1.1 are deprecated; SSL long before. */
	if (strncmp(ti->version, "SSL", 3) == 0 ||
	    strcmp(ti->version, "TLSv1") == 0 ||
	    strcmp(ti->version, "TLSv1.1") == 0) {
		findings_init(&f, FINDING_OLD_TLS);
		findings_word(&f, ti->version, strlen(ti->version));
		fn(arg, &f);
	}
}

/* Any line of r mentions word (ASCII, any case). */
static int
findings_says(const struct reply *r, const char *word)
{
	size_t	 i, j, n = strlen(word);

	for (i = 0; i < r->nlines; i++)
		for (j = 0; j + n <= r->lens[i]; j++)
			if (strncasecmp(r->lines[i] + j, word, n) == 0)
				return 1;
	return 0;
}

static void
findings_code(struct finding *f, const struct reply *r)
{
	f->code = r->code;
	snprintf(f->esc, sizeof f->esc, "%s", r->esc);
}

/* The domain of "RCPT TO:<user@domain> ...", or "" without one. */
static void
findings_rcpt_domain(struct finding *f, const char *line)
{
	const char	*at, *end;

	if (line == NULL || (at = strrchr(line, '@')) == NULL)
		return;
	at++;
	end = at + strcspn(at, "> \t");
	findings_word(f, at, (size_t)(end - at));
}

void
findings_reply(enum smtpcmd cmd, const char *line, const char *mech,
    const struct reply *r, findings_fn *fn, void *arg)
{
	struct finding	 f;

	if (cmd == SMTPCMD_RCPT && reply_class(r) == 5 &&
	    findings_says(r, "relay")) {
		findings_init(&f, FINDING_RELAY_REFUSED);
		findings_code(&f, r);
		findings_rcpt_domain(&f, line);
		fn(arg, &f);
		return;
	}
	if (cmd == SMTPCMD_AUTH && (r->code == 535 || r->code == 534 ||
	    r->code == 538)) {
		findings_init(&f, FINDING_AUTH_REFUSED);
		findings_code(&f, r);
		if (mech != NULL)
			findings_word(&f, mech, strlen(mech));
		fn(arg, &f);
		return;
	}
	if ((cmd == SMTPCMD_MAIL || cmd == SMTPCMD_RCPT) &&
	    (r->code == 530 || (reply_class(r) == 5 &&
	    (strcmp(r->esc, "5.7.0") == 0 || strcmp(r->esc, "5.7.1") == 0) &&
	    findings_says(r, "authentication required")))) {
		findings_init(&f, FINDING_AUTH_REQUIRED);
		findings_code(&f, r);
		f.cmd = cmd;
		fn(arg, &f);
	}
}

int
findings_same(const struct finding *a, const struct finding *b)
{
	return a->kind == b->kind && a->num == b->num && a->code == b->code &&
	    a->cmd == b->cmd && strcmp(a->esc, b->esc) == 0 &&
	    strcmp(a->word, b->word) == 0;
}

/* Room in store for one argument's string. */
struct findings_store {
	char	*p;
	size_t	 left;
	int	 full;
};

static const char *
findings_put(struct findings_store *st, const char *s)
{
	char	*at = st->p;
	int	 n;

	n = snprintf(st->p, st->left, "%s", s);
	if (n < 0 || (size_t)n >= st->left) {
		st->full = 1;
		return "";
	}
	st->p += n + 1;
	st->left -= n + 1;
	return at;
}

static void
findings_arg(struct note *nt, char type, const char *s)
{
	nt->a[nt->nargs].type = type;
	nt->a[nt->nargs].s = s;
	nt->nargs++;
}

/* "550 5.7.1", or the code alone. */
static const char *
findings_codes(struct findings_store *st, const struct finding *f)
{
	char	 c[32];

	snprintf(c, sizeof c, f->esc[0] ? "%d %s" : "%d", f->code, f->esc);
	return findings_put(st, c);
}

/* Note ids: [0] without the optional argument, [1] with it. */
static const char *const findings_note_ids[FINDING_COUNT][2] = {
	[FINDING_AUTH_BEFORE_TLS] = { "finding.auth-before-tls" },
	[FINDING_NO_STARTTLS] = { "finding.no-starttls" },
	[FINDING_CLEAR_PASSWORD] = { "finding.clear-password" },
	[FINDING_CERT_EXPIRING] = { "finding.cert-expiring" },
	[FINDING_CERT_EXPIRED] = { "finding.cert-expired" },
	[FINDING_CERT_UNVERIFIED] = { "finding.cert-unverified" },
	[FINDING_RELAY_REFUSED] = { "finding.relay-refused",
	    "finding.relay-refused.domain" },
	[FINDING_AUTH_REFUSED] = { "finding.auth-refused",
	    "finding.auth-refused.mech" },
	[FINDING_AUTH_REQUIRED] = { "finding.auth-required",
	    "finding.auth-required.cmd" },
	[FINDING_UNASKED_REPLY] = { "finding.unasked-reply" },
	[FINDING_SLOW_GREETING] = { "finding.slow-greeting" },
	[FINDING_CLOSED_NO_221] = { "finding.closed-no-221",
	    "finding.closed-no-221.cmd" },
	[FINDING_OLD_TLS] = { "finding.old-tls" },
};

/* One whole sentence per reason a certificate was not verified. */
static const char *
findings_unverified_id(const char *why)
{
	static const char *const ids[] = {
		"finding.cert-unverified.name",
		"finding.cert-unverified.address",
		"finding.cert-unverified.self-signed",
		"finding.cert-unverified.issuer",
		"finding.cert-unverified.expired",
		"finding.cert-unverified.not-yet-valid",
		"finding.cert-unverified.no-certificate",
	};
	size_t	 i, n = strlen("finding.cert-unverified.");

	for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
		if (strcmp(ids[i] + n, why) == 0)
			return ids[i];
	return "finding.cert-unverified";
}

int
findings_note(const struct finding *f, struct note *nt, char *store,
    size_t size)
{
	struct findings_store st = { store, size, 0 };
	char		 t[32];
	int		 var = 0;

	memset(nt, 0, sizeof *nt);
	switch (f->kind) {
	case FINDING_AUTH_BEFORE_TLS:
	case FINDING_CLEAR_PASSWORD:
	case FINDING_CERT_UNVERIFIED:
	case FINDING_OLD_TLS:
		findings_arg(nt, NOTE_A_WORD, findings_put(&st, f->word));
		break;
	case FINDING_NO_STARTTLS:
	case FINDING_CERT_EXPIRING:
	case FINDING_CERT_EXPIRED:
		snprintf(t, sizeof t, "%ld", f->num);
		findings_arg(nt, NOTE_A_NUM, findings_put(&st, t));
		break;
	case FINDING_RELAY_REFUSED:
	case FINDING_AUTH_REFUSED:
		findings_arg(nt, NOTE_A_CODE, findings_codes(&st, f));
		findings_arg(nt, NOTE_A_WORD, findings_put(&st, f->word));
		var = f->word[0] != '\0';
		break;
	case FINDING_AUTH_REQUIRED:
	case FINDING_CLOSED_NO_221:
		if (f->kind == FINDING_AUTH_REQUIRED)
			findings_arg(nt, NOTE_A_CODE, findings_codes(&st, f));
		if (f->cmd != SMTPCMD_NONE) {
			findings_arg(nt, NOTE_A_WORD, findings_put(&st,
			    f->cmd == SMTPCMD_GREETING ? "greeting" :
			    smtpcmd_name(f->cmd)));
			var = 1;
		}
		break;
	case FINDING_UNASKED_REPLY:
		findings_arg(nt, NOTE_A_CODE, findings_codes(&st, f));
		break;
	case FINDING_SLOW_GREETING:
		/* Seconds with a tenth: "5.5"; then the threshold. */
		snprintf(t, sizeof t, "%ld.%ld", f->num / 1000,
		    (f->num % 1000) / 100);
		findings_arg(nt, NOTE_A_WORD, findings_put(&st, t));
		snprintf(t, sizeof t, "%d", FINDINGS_GREETING_MS / 1000);
		findings_arg(nt, NOTE_A_WORD, findings_put(&st, t));
		break;
	default:
		return -1;
	}
	nt->id = findings_note_ids[f->kind][var];
	if (f->kind == FINDING_CERT_UNVERIFIED)
		nt->id = findings_unverified_id(f->word);
	return st.full ? -1 : 0;
}
