/*
 * The probe's front end: `smtpx --probe TARGET` (the line mode: a table
 * in text, or one JSON object with --format json, written when the probe
 * ends) and `/probe TARGET` on the screen (rows appended to the
 * transcript pane as each endpoint finishes, the findings at the end;
 * Ctrl-C stops it). core/probe.c does the work; this file turns its
 * facts into lines and words: the findings' templates are here, keyed
 * by their note ids "probe.ID" and filled by render_template. Every
 * string that came from a server or from DNS goes through the one
 * sanitiser before it is printed, shown or put into JSON.
 */
#include <sys/ioctl.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "caps.h"
#include "dns.h"
#include "export.h"
#include "lab.h"
#include "probe.h"
#include "i18n.h"
#include "render.h"
#include "sanitize.h"
#include "session.h"
#include "socks.h"
#include "transcript.h"
#include "tui.h"
#include "width.h"

#define N_(s)	(s)

/* The findings' words, one whole sentence each ({N}: argument N). */
static const struct probe_msg {
	const char	*id;
	const char	*text;
	const char	*plural;
} probe_msgs[] = {
	{ "probe.op25b-likely",
	    N_("port 25 timed out on every mail exchanger while submission "
	    "(587 or 465) answered: this network most likely blocks outbound "
	    "port 25 (OP25B). That is normal on home and mobile connections: "
	    "providers block it against spam from infected machines. Mail "
	    "programs send on 587 or 465 with a password; only mail servers "
	    "need port 25, and they are not behind such a block"), NULL },
	{ "probe.op25b-likely.proxy",
	    N_("port 25 timed out on every mail exchanger while submission "
	    "(587 or 465) answered, all through the proxy: the proxy's "
	    "network most likely blocks outbound port 25 (OP25B). Probe "
	    "through a proxy on a network that allows port 25 (a server, "
	    "not a home or mobile line) to see the mail exchangers"), NULL },
	{ "probe.port-closed",
	    N_("{1} port {3}: {2}; nothing can be learnt there"), NULL },
	{ "probe.no-starttls",
	    N_("{1} port {2} offers no STARTTLS: mail and passwords there "
	    "cross the network unencrypted"), NULL },
	{ "probe.auth-before-tls",
	    N_("{1} offers AUTH ({2}) before TLS: a client may send its "
	    "password before the connection is encrypted"), NULL },
	{ "probe.plain-before-tls",
	    N_("{1} offers PLAIN or LOGIN ({2}) without TLS: the password "
	    "would cross the network readable (base64 is no encryption)"),
	    NULL },
	{ "probe.cert-name-mismatch",
	    N_("the certificate of {1} does not name it (it names {2}): "
	    "clients that verify refuse the connection"), NULL },
	{ "probe.cert-expired",
	    N_("the certificate of {1} expired {2} day ago"),
	    N_("the certificate of {1} expired {2} days ago") },
	{ "probe.cert-expires-soon",
	    N_("the certificate of {1} expires in {2} day"),
	    N_("the certificate of {1} expires in {2} days") },
	{ "probe.cert-untrusted",
	    N_("the certificate of {1} is not trusted here: {2}"), NULL },
	{ "probe.tls-old-protocol",
	    N_("{1} speaks only TLS 1.1 or older, which RFC 8996 retired: "
	    "smtpx offers TLS 1.2 and 1.3, so no TLS was agreed"), NULL },
	{ "probe.banner-ptr-mismatch",
	    N_("the greeting names {1}, but the address's reverse DNS (PTR) "
	    "is {2}: some receivers distrust a server whose names disagree"),
	    NULL },
	{ "probe.no-reverse-dns",
	    N_("{1} has no reverse DNS (PTR): many receivers refuse mail from "
	    "an address without one"), NULL },
	{ "probe.no-reverse-dns.unconfirmed",
	    N_("the reverse DNS (PTR) of {1} does not resolve back to it (not "
	    "forward-confirmed): many receivers treat that as none"), NULL },
	{ "probe.null-mx",
	    N_("{1} has a null MX (RFC 7505): the domain says it accepts no "
	    "mail at all"), NULL },
	{ "probe.no-mx-implicit",
	    N_("{1} has no MX record: mail goes to the domain's own address "
	    "(the implicit MX of RFC 5321), which is fragile"), NULL },
	{ "probe.no-submission-service",
	    N_("{1} names no submission service (no SRV record of RFC 6186 "
	    "or 8314, no smtp. or mail. host): its users' mail programs "
	    "must be told the server by hand"), NULL },
	{ "probe.login-ok",
	    N_("{1} logged in on {2} over TLS"), NULL },
	{ "probe.login-failed",
	    N_("{1} could not log in on {2}"), NULL },
	{ "probe.greeting-slow",
	    N_("the greeting came after {1} s (more than {2} s): a tarpit, "
	    "or slow checks on the server's side"), NULL },
	{ "probe.mx-no-address",
	    N_("the mail exchanger {1} of {2} has no address (no A or AAAA "
	    "record): mail for the domain cannot be delivered there"), NULL },
	{ "probe.dns-failed",
	    N_("the mail exchangers of {1} could not be looked up"), NULL },
};

/* What DANE would need, said plainly. */
static const char probe_dane[] = N_("not checked: smtpx's resolver "
    "(c-ares) does not validate DNSSEC, so TLSA records are shown but never "
    "matched against the certificate, and no dane-mismatch is claimed");

typedef void probe_line_fn(void *arg, int error, const char *line);

/* The screen's probe, between events. */
struct probe_tui {
	struct app	*app;
	struct probe	*p;
	/* /probe --proxy URL: this probe's proxy (its sessions copy it
	   as they start, so it lives as long as the probe). */
	struct socks_config proxy;
	int		 proxy_on;
};

static struct probe_tui	 probe_tui;

static int
probe_finding_text(const struct probe_finding *f, struct buf *out)
{
	struct note	 nt;
	size_t		 i;

	probe_finding_note(f, &nt);
	for (i = 0; i < sizeof probe_msgs / sizeof probe_msgs[0]; i++)
		if (strcmp(probe_msgs[i].id, nt.id) == 0)
			return render_template(probe_msgs[i].text,
			    probe_msgs[i].plural, &nt, out);
	return render_note(&nt, out);
}

/* s made safe to show (and valid UTF-8), into a buffer of its own. */
static const char *
probe_san(struct buf *b, const char *s)
{
	buf_reset(b);
	if (s == NULL || sanitize_text(s, strlen(s), b) == -1)
		return "";
	return b->data != NULL ? b->data : "";
}

static void
probe_emit(probe_line_fn *fn, void *arg, int error, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
probe_emit(probe_line_fn *fn, void *arg, int error, const char *fmt, ...)
{
	char	 line[2048];
	va_list	 ap;

	va_start(ap, fmt);
	/* The format is a msgid (xgettext --keyword=probe_emit:4). */
	vsnprintf(line, sizeof line, _(fmt), ap);
	va_end(ap);
	fn(arg, error, line);
}

static void
probe_mechs(const struct caps *c, struct buf *out)
{
	size_t	 i;

	if (c == NULL) {
		buf_addstr(out, "-");
		return;
	}
	if (c->nmechs == 0)
		buf_addstr(out, "none");
	for (i = 0; i < c->nmechs; i++)
		buf_printf(out, "%s%s", i ? " " : "", c->mechs[i]);
}

/* The DNS facts, a line each. */
static void
probe_text_dns(const struct probe *p, probe_line_fn *fn, void *arg)
{
	const struct probe_dns	*d = probe_dns(p);
	struct buf		 a, b;
	size_t			 i, j;

	buf_init(&a, 0);
	buf_init(&b, 0);
	if (d->domain[0] == '\0') {
		buf_free(&a);
		buf_free(&b);
		return;
	}
	probe_emit(fn, arg, 0, "DNS of %s", probe_san(&a, d->domain));
	if (d->mx_err[0] != '\0')
		probe_emit(fn, arg, 1, "  MX          %s",
		    probe_san(&a, d->mx_err));
	else if (d->null_mx)
		probe_emit(fn, arg, 0, "  MX          0 . (null MX: no mail "
		    "accepted)");
	else if (d->implicit_mx)
		probe_emit(fn, arg, 0, "  MX          none: implicit MX, the "
		    "domain itself");
	for (i = 0; i < d->nmx; i++) {
		buf_reset(&b);
		for (j = 0; j < d->mx[i].addrs.n; j++)
			buf_printf(&b, "%s%s", j ? " " : "", d->mx[i].addrs.v[j]);
		probe_emit(fn, arg, 0, "  MX %4d     %s  %s", d->mx[i].pref,
		    probe_san(&a, d->mx[i].host), b.len ? b.data :
		    "(no address)");
	}
	for (i = 0; i < d->nsub; i++)
		probe_emit(fn, arg, 0, "  submission  %s port %d (%s)",
		    probe_san(&a, d->sub[i].host), d->sub[i].port,
		    strcmp(d->sub[i].source, "srv") == 0 ? "SRV record" :
		    strcmp(d->sub[i].source, "guess") == 0 ?
		    "a guess: no SRV record" : d->sub[i].source);
	if (d->nsub == 0 && d->mx_err[0] == '\0')
		probe_emit(fn, arg, 0, "  submission  none found (no SRV "
		    "record, no smtp. or mail. host)");
	for (i = 0; i < d->spf.n; i++)
		probe_emit(fn, arg, 0, "  SPF         %s",
		    probe_san(&a, d->spf.v[i]));
	for (i = 0; i < d->dmarc.n; i++)
		probe_emit(fn, arg, 0, "  DMARC       %s",
		    probe_san(&a, d->dmarc.v[i]));
	for (i = 0; i < d->mta_sts.n; i++)
		probe_emit(fn, arg, 0, "  MTA-STS     %s",
		    probe_san(&a, d->mta_sts.v[i]));
	if (d->spf.n == 0)
		probe_emit(fn, arg, 0, "  SPF         none");
	if (d->dmarc.n == 0)
		probe_emit(fn, arg, 0, "  DMARC       none");
	if (d->mta_sts.n == 0)
		probe_emit(fn, arg, 0, "  MTA-STS     none");
	for (i = 0; i < d->nmx; i++)
		for (j = 0; j < d->mx[i].tlsa.n; j++)
			probe_emit(fn, arg, 0, "  TLSA        _25._tcp.%s %s",
			    probe_san(&a, d->mx[i].host),
			    probe_san(&b, d->mx[i].tlsa.v[j]));
	if (d->nmx > 0) {
		buf_reset(&b);
		(void)render_table(probe_dane, &b);
		probe_emit(fn, arg, 0, "  DANE        %s", b.data ? b.data :
		    "");
	}
	buf_free(&a);
	buf_free(&b);
}

/* One endpoint as a row: port, role, host [addr], result, greeting
   time, TLS, certificate, AUTH before and after TLS, login. */
static void
probe_text_row(const struct probe *p, size_t i, int numbered,
    probe_line_fn *fn, void *arg)
{
	const struct probe_endpoint *e;
	struct buf		 a, tls, auth;
	char			 ms[32], port[32], num[16];
	long long		 days;
	size_t			 n;

	e = &probe_endpoints(p, &n)[i];
	buf_init(&a, 0);
	buf_init(&tls, 0);
	buf_init(&auth, 0);
	if (e->greeting_ms >= 0)
		snprintf(ms, sizeof ms, "%ld ms", e->greeting_ms);
	else
		snprintf(ms, sizeof ms, "-");
	if (e->connect_port != e->port)
		snprintf(port, sizeof port, "%d>%d", e->port, e->connect_port);
	else
		snprintf(port, sizeof port, "%d", e->port);
	if (!e->have_tls)
		buf_addstr(&tls, e->result == PROBE_R_ANSWERED ? "no TLS" :
		    "-");
	else {
		days = (e->tlsi.valid_until - (long long)time(NULL)) / 86400;
		buf_printf(&tls, "%s, %s, %lld days left",
		    e->tls ? e->tlsi.version : "handshake failed",
		    e->tlsi.verified ? "verified" : "NOT verified", days);
	}
	if (e->result == PROBE_R_ANSWERED) {
		buf_addstr(&auth, "AUTH ");
		probe_mechs(e->caps_before, &auth);
		buf_addstr(&auth, " / ");
		probe_mechs(e->caps_after, &auth);
		if (e->login != PROBE_LOGIN_NONE)
			buf_printf(&auth, ", login %s",
			    probe_login_name(e->login));
	}
	/* The screen numbers the rows for /probe show N. */
	if (numbered)
		snprintf(num, sizeof num, "%-4zu", i + 1);
	else
		snprintf(num, sizeof num, "  ");
	probe_emit(fn, arg, e->result != PROBE_R_ANSWERED, "%s%-9s %-11s "
	    "%s [%s]  %s%s%s%s  %s  %s  %s", num, port,
	    probe_role_name(e->role),
	    probe_san(&a, e->host), probe_addr_text(e),
	    probe_result_name(e->result),
	    e->why[0] ? " (" : "", e->why[0] ? e->why : "", e->why[0] ? ")" :
	    "", ms, tls.data, auth.len ? auth.data : "");
	buf_free(&a);
	buf_free(&tls);
	buf_free(&auth);
}

/* What an answering endpoint said, under its row. */
static void
probe_text_detail(const struct probe *p, size_t i, probe_line_fn *fn,
    void *arg)
{
	const struct probe_endpoint *e;
	struct buf		 a, b;
	size_t			 n, j;

	e = &probe_endpoints(p, &n)[i];
	if (e->result != PROBE_R_ANSWERED && !e->have_tls)
		return;
	buf_init(&a, 0);
	buf_init(&b, 0);
	probe_emit(fn, arg, 0, "%s [%s] port %d", probe_san(&a, e->host),
	    probe_addr_text(e), e->port);
	if (e->greeting != NULL)
		probe_emit(fn, arg, 0, "  greeting    %s",
		    probe_san(&a, e->greeting));
	if (e->ptr_done) {
		buf_reset(&b);
		for (j = 0; j < e->ptr.n; j++)
			buf_printf(&b, "%s%s", j ? " " : "", e->ptr.v[j]);
		probe_emit(fn, arg, 0, "  PTR         %s%s",
		    e->ptr.n ? probe_san(&a, b.data) : "none",
		    e->fcrdns == 1 ? " (forward-confirmed)" : e->fcrdns == 0 ?
		    " (NOT forward-confirmed)" : "");
	}
	if (e->have_tls) {
		probe_emit(fn, arg, 0, "  TLS         %s %s", e->tls ?
		    e->tlsi.version : "failed", e->tlsi.cipher);
		probe_emit(fn, arg, 0, "  certificate %s",
		    e->tlsi.verified ? "verified" : probe_san(&a,
		    e->tlsi.verify_error));
		probe_emit(fn, arg, 0, "  names       %s",
		    probe_san(&a, e->tlsi.names));
		probe_emit(fn, arg, 0, "  issuer      %s",
		    probe_san(&a, e->tlsi.issuer));
		probe_emit(fn, arg, 0, "  not after   %s (%lld days left)",
		    e->tlsi.not_after, (e->tlsi.valid_until -
		    (long long)time(NULL)) / 86400);
	}
	if (e->caps_before != NULL) {
		buf_reset(&b);
		for (j = 0; j < e->caps_before->n; j++)
			buf_printf(&b, "%s%s", j ? " " : "",
			    e->caps_before->v[j].keyword);
		probe_emit(fn, arg, 0, "  EHLO        %s",
		    probe_san(&a, b.data));
	}
	if (e->caps_after != NULL) {
		buf_reset(&b);
		for (j = 0; j < e->caps_after->n; j++)
			buf_printf(&b, "%s%s", j ? " " : "",
			    e->caps_after->v[j].keyword);
		probe_emit(fn, arg, 0, "  EHLO in TLS %s",
		    probe_san(&a, b.data));
	}
	if (e->login != PROBE_LOGIN_NONE)
		probe_emit(fn, arg, e->login == PROBE_LOGIN_FAILED,
		    "  login       %s (%s)", probe_login_name(e->login),
		    probe_san(&a, e->login_why));
	buf_free(&a);
	buf_free(&b);
}

static void
probe_text_findings(const struct probe *p, int numbered, probe_line_fn *fn,
    void *arg)
{
	const struct probe_finding *f;
	struct buf		 t, a;
	size_t			 n, i;

	f = probe_findings(p, &n);
	buf_init(&t, 0);
	buf_init(&a, 0);
	probe_emit(fn, arg, 0, "findings: %zu", n);
	for (i = 0; i < n; i++) {
		buf_reset(&t);
		if (probe_finding_text(&f[i], &t) == -1)
			continue;
		probe_emit(fn, arg, f[i].sev == PROBE_ERROR, "  %-7s %s: %s",
		    probe_severity_name(f[i].sev), f[i].id,
		    probe_san(&a, t.data));
		if (numbered && f[i].endpoint >= 0)
			probe_emit(fn, arg, 0, "          evidence (endpoint "
			    "%d): %s", f[i].endpoint + 1,
			    probe_san(&a, f[i].evidence));
		else
			probe_emit(fn, arg, 0, "          evidence: %s",
			    probe_san(&a, f[i].evidence));
	}
	buf_free(&t);
	buf_free(&a);
}

static void
probe_text_header(const struct probe *p, probe_line_fn *fn, void *arg)
{
	size_t	 n;

	(void)probe_endpoints(p, &n);
	probe_emit(fn, arg, 0, "endpoints: %zu (port, role, host [address], "
	    "result, time to greeting, TLS, AUTH before / after TLS)", n);
}

/* The line mode's text: everything, once the probe is done. */
static void
probe_text(const struct probe *p, probe_line_fn *fn, void *arg)
{
	size_t	 n, i;

	probe_emit(fn, arg, 0, "* probe of %s", probe_target(p));
	probe_text_dns(p, fn, arg);
	probe_text_header(p, fn, arg);
	(void)probe_endpoints(p, &n);
	for (i = 0; i < n; i++)
		probe_text_row(p, i, 0, fn, arg);
	for (i = 0; i < n; i++)
		probe_text_detail(p, i, fn, arg);
	probe_text_findings(p, 0, fn, arg);
}

/* JSON (docs/probe.md). */

static json_t *
probe_jstr(const char *s)
{
	struct buf	 b;
	json_t		*j;

	if (s == NULL)
		return json_null();
	buf_init(&b, 0);
	j = json_string(probe_san(&b, s));
	buf_free(&b);
	return j != NULL ? j : json_string("");
}

static json_t *
probe_jstrs(const struct probe_strs *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < l->n; i++)
		json_array_append_new(a, probe_jstr(l->v[i]));
	return a;
}

static json_t *
probe_jmechs(const struct caps *c)
{
	json_t	*a;
	size_t	 i;

	if (c == NULL)
		return json_null();
	a = json_array();
	for (i = 0; i < c->nmechs; i++)
		json_array_append_new(a, probe_jstr(c->mechs[i]));
	return a;
}

static json_t *
probe_jcaps(const struct caps *c)
{
	json_t	*a;
	size_t	 i;

	if (c == NULL)
		return json_null();
	a = json_array();
	for (i = 0; i < c->n; i++)
		json_array_append_new(a, probe_jstr(c->v[i].keyword));
	return a;
}

static json_t *
probe_json(const struct probe *p)
{
	const struct probe_dns		*d = probe_dns(p);
	const struct probe_endpoint	*e;
	const struct probe_finding	*f;
	json_t	*o, *dns, *a, *x, *t;
	struct buf b;
	size_t	 n, i;

	o = json_object();
	json_object_set_new(o, "version", json_integer(PROBE_FORMAT_VERSION));
	json_object_set_new(o, "target", probe_jstr(probe_target(p)));
	dns = json_object();
	json_object_set_new(dns, "domain", d->domain[0] ?
	    probe_jstr(d->domain) : json_null());
	json_object_set_new(dns, "null_mx", json_boolean(d->null_mx));
	json_object_set_new(dns, "implicit_mx", json_boolean(d->implicit_mx));
	json_object_set_new(dns, "error", d->mx_err[0] ?
	    probe_jstr(d->mx_err) : json_null());
	a = json_array();
	for (i = 0; i < d->nmx; i++) {
		x = json_object();
		json_object_set_new(x, "host", probe_jstr(d->mx[i].host));
		json_object_set_new(x, "pref", json_integer(d->mx[i].pref));
		json_object_set_new(x, "addrs", probe_jstrs(&d->mx[i].addrs));
		json_object_set_new(x, "tlsa", probe_jstrs(&d->mx[i].tlsa));
		json_array_append_new(a, x);
	}
	json_object_set_new(dns, "mx", a);
	a = json_array();
	for (i = 0; i < d->nsub; i++) {
		x = json_object();
		json_object_set_new(x, "host", probe_jstr(d->sub[i].host));
		json_object_set_new(x, "port", json_integer(d->sub[i].port));
		json_object_set_new(x, "source", json_string(d->sub[i].source));
		json_array_append_new(a, x);
	}
	json_object_set_new(dns, "submission", a);
	json_object_set_new(dns, "spf", probe_jstrs(&d->spf));
	json_object_set_new(dns, "dmarc", probe_jstrs(&d->dmarc));
	json_object_set_new(dns, "mta_sts", probe_jstrs(&d->mta_sts));
	json_object_set_new(dns, "dane", json_string("not-checked"));
	json_object_set_new(o, "dns", dns);

	a = json_array();
	e = probe_endpoints(p, &n);
	for (i = 0; i < n; i++, e++) {
		x = json_object();
		json_object_set_new(x, "host", probe_jstr(e->host));
		json_object_set_new(x, "addr", e->addr[0] != '\0' ?
		    json_string(e->addr) : json_null());
		json_object_set_new(x, "port", json_integer(e->port));
		json_object_set_new(x, "connect_port",
		    json_integer(e->connect_port));
		json_object_set_new(x, "role",
		    json_string(probe_role_name(e->role)));
		json_object_set_new(x, "result",
		    json_string(probe_result_name(e->result)));
		json_object_set_new(x, "why", e->why[0] ? probe_jstr(e->why) :
		    json_null());
		json_object_set_new(x, "greeting_ms", e->greeting_ms >= 0 ?
		    json_integer(e->greeting_ms) : json_null());
		json_object_set_new(x, "greeting", probe_jstr(e->greeting));
		json_object_set_new(x, "ptr", e->ptr_done ?
		    probe_jstrs(&e->ptr) : json_null());
		json_object_set_new(x, "fcrdns", e->fcrdns < 0 ? json_null() :
		    json_boolean(e->fcrdns));
		if (e->have_tls) {
			t = json_object();
			json_object_set_new(t, "version", e->tls ?
			    json_string(e->tlsi.version) : json_null());
			json_object_set_new(t, "verified",
			    json_boolean(e->tlsi.verified));
			json_object_set_new(t, "reason", e->tlsi.verified ?
			    json_null() : probe_jstr(e->tlsi.verify_error));
			json_object_set_new(t, "names",
			    probe_jstr(e->tlsi.names));
			json_object_set_new(t, "issuer",
			    probe_jstr(e->tlsi.issuer));
			json_object_set_new(t, "not_after",
			    json_string(e->tlsi.not_after));
			json_object_set_new(t, "days_left",
			    json_integer((e->tlsi.valid_until -
			    (long long)time(NULL)) / 86400));
		} else
			t = json_null();
		json_object_set_new(x, "tls", t);
		json_object_set_new(x, "auth_before_tls",
		    probe_jmechs(e->caps_before));
		json_object_set_new(x, "auth_after_tls",
		    probe_jmechs(e->caps_after));
		json_object_set_new(x, "extensions", probe_jcaps(
		    e->caps_after != NULL ? e->caps_after : e->caps_before));
		json_object_set_new(x, "login", e->login == PROBE_LOGIN_NONE ?
		    json_null() : json_string(probe_login_name(e->login)));
		json_array_append_new(a, x);
	}
	json_object_set_new(o, "endpoints", a);

	a = json_array();
	f = probe_findings(p, &n);
	buf_init(&b, 0);
	for (i = 0; i < n; i++) {
		x = json_object();
		json_object_set_new(x, "id", json_string(f[i].id));
		json_object_set_new(x, "severity",
		    json_string(probe_severity_name(f[i].sev)));
		buf_reset(&b);
		(void)probe_finding_text(&f[i], &b);
		json_object_set_new(x, "text", probe_jstr(b.data ? b.data :
		    ""));
		json_object_set_new(x, "evidence", probe_jstr(f[i].evidence));
		json_object_set_new(x, "endpoint", f[i].endpoint >= 0 ?
		    json_integer(f[i].endpoint) : json_null());
		json_array_append_new(a, x);
	}
	buf_free(&b);
	json_object_set_new(o, "findings", a);
	json_object_set_new(o, "status", json_integer(probe_status(p)));
	return o;
}

/* Configuration shared by both front ends. */

static void
probe_config(struct app *app, struct probe_config *pc,
    struct session_config *sc, char *name, size_t namelen)
{
	const struct options	*o = app->opt;
	int			 i;

	memset(pc, 0, sizeof *pc);
	config_session(o, sc, name, namelen);
	pc->session = *sc;
	pc->session.timeout_ms = o->timeout * 1000;
	pc->session.debug = NULL;
	for (i = 0; i < 3; i++) {
		pc->ports[i][0] = o->probe_ports[i][0];
		pc->ports[i][1] = o->probe_ports[i][1];
	}
	/* --proxy came with config_session: every endpoint's session goes
	   through it. pc->prepare can add per-probe options. */
	pc->prepare = NULL;
}

/* --ports 25=2525,587=2587,465=2465: 0, or -1 (a bad list). */
int
probe_ports_parse(const char *s, int ports[3][2])
{
	char	*end;
	long	 from, to;
	int	 n = 0;

	memset(ports, 0, sizeof(int) * 6);
	while (*s != '\0') {
		from = strtol(s, &end, 10);
		if (end == s || *end != '=' || (from != 25 && from != 587 &&
		    from != 465))
			return -1;
		s = end + 1;
		to = strtol(s, &end, 10);
		if (end == s || to < 1 || to > 65535 || n == 3 ||
		    (*end != ',' && *end != '\0'))
			return -1;
		ports[n][0] = (int)from;
		ports[n++][1] = (int)to;
		s = *end == ',' ? end + 1 : end;
	}
	return n > 0 ? 0 : -1;
}

/* The line mode. */

/* The hanging indent of a line's continuation rows: under the words of
   a finding (after its severity) or of its evidence, under the value
   column of a "  LABEL       value" line (12 wide), under the role of
   an endpoint row, else two more than the line's own indent. */
static int
probe_hang(const char *line)
{
	size_t	 lead = strspn(line, " ");
	size_t	 len = strlen(line);
	const char *w = line + lead;

	if (strncmp(w, "info ", 5) == 0 || strncmp(w, "warning ", 8) == 0 ||
	    strncmp(w, "error ", 6) == 0)
		return (int)lead + 8;
	if (strncmp(w, "evidence", 8) == 0)
		return (int)lead + 10;
	if (lead == 2 && len > 14 && line[13] == ' ' && line[14] != ' ')
		return 14;
	if (lead == 2 && *w >= '0' && *w <= '9')
		return 12;
	return (int)lead + 2;
}

/* The line mode's table, wrapped at the terminal's width (80 when not a
   terminal) by display width: rows break after a space, continuation
   rows hang under the line's words, no row ends in spaces. */
static void
probe_print_line(void *arg, int error, const char *line)
{
	const int	*cols = arg;
	size_t		 len = strlen(line), off = 0, end, n;
	int		 hang = probe_hang(line), w = *cols;

	(void)error;
	while (len > 0 && line[len - 1] == ' ')
		len--;
	if (hang * 2 > *cols)
		hang = 2;
	do {
		end = width_row_end(line, len, off, w);
		n = end;
		while (n > off && line[n - 1] == ' ')
			n--;
		printf("%*s%.*s\n", off > 0 ? hang : 0, "", (int)(n - off),
		    line + off);
		off = end;
		while (off < len && line[off] == ' ')
			off++;
		w = *cols - hang;
	} while (off < len);
}

/* The width the line mode wraps at. */
static int
probe_columns(void)
{
	struct winsize	 ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ,
	    &ws) == 0 && ws.ws_col >= 40)
		return ws.ws_col;
	return 80;
}

/* The password for --user: the first line of --password-file, else
   asked on the terminal without echo. 0, or -1. */
static int
probe_password(const struct options *o, struct buf *out)
{
	struct termios	 old, quiet;
	char		 b[1024];
	ssize_t		 n;
	size_t		 len = 0;
	int		 fd, tty = 0, r = -1;

	if (o->password_file != NULL)
		fd = open(o->password_file, O_RDONLY | O_CLOEXEC);
	else {
		if ((fd = open("/dev/tty", O_RDWR | O_CLOEXEC)) == -1)
			return -1;
		tty = 1;
		if (tcgetattr(fd, &old) == 0) {
			quiet = old;
			quiet.c_lflag &= ~(tcflag_t)ECHO;
			(void)tcsetattr(fd, TCSAFLUSH, &quiet);
		}
		(void)!write(fd, "password: ", 10);
	}
	if (fd == -1)
		return -1;
	while (len < sizeof b - 1 && (n = read(fd, b + len, 1)) == 1 &&
	    b[len] != '\n')
		len++;
	if (len > 0 && b[len - 1] == '\r')
		len--;
	if (len > 0 || o->password_file == NULL)
		r = buf_add(out, b, len);
	if (tty) {
		(void)tcsetattr(fd, TCSAFLUSH, &old);
		(void)!write(fd, "\n", 1);
	}
	explicit_bzero(b, sizeof b);
	close(fd);
	return r;
}

/* Run a probe to its end with a poll loop of its own. */
static void
probe_run(struct probe *p)
{
	struct pollfd	 pfd[PROBE_MAX_POLL];
	size_t		 n;
	int		 tmo, r;

	(void)probe_start(p);
	probe_progress(p, pfd, 0);
	while (!probe_done(p)) {
		n = probe_pollfds(p, pfd, PROBE_MAX_POLL, &tmo);
		if (tmo < 0 || tmo > 1000)
			tmo = 1000;
		r = poll(pfd, (nfds_t)n, tmo);
		if (r == -1 && errno != EINTR)
			break;
		if (r <= 0)
			for (size_t i = 0; i < n; i++)
				pfd[i].revents = 0;
		probe_progress(p, pfd, n);
	}
	if (!probe_done(p))
		probe_cancel(p);
}

int
probe_main(struct app *app)
{
	const struct options	*o = app->opt;
	struct probe_config	 pc;
	struct session_config	 sc;
	struct resolver		*own = NULL;
	struct probe		*p;
	struct buf		 secret;
	char			 name[256], err[512], *s;
	json_t			*j;
	int			 status, cols;

	probe_config(app, &pc, &sc, name, sizeof name);
	pc.target = o->host;
	if ((pc.dns = app->dns) == NULL &&
	    (pc.dns = own = resolver_dns_new(NULL, 0, err, sizeof err)) ==
	    NULL) {
		fprintf(stderr, _("smtpx: --probe: %s\n"), err);
		return EXIT_USAGE;
	}
	buf_init(&secret, 4096);
	if (o->user != NULL) {
		if (probe_password(o, &secret) == -1) {
			fprintf(stderr, _("smtpx: --probe --user: no password "
			    "(give --password-file FILE, or run it on a "
			    "terminal)\n"));
			buf_free(&secret);
			resolver_free(own);
			return EXIT_USAGE;
		}
		pc.user = o->user;
		pc.secret = secret.data != NULL ? secret.data : "";
	}
	p = probe_new(&pc, NULL, NULL, err, sizeof err);
	buf_free(&secret);
	if (p == NULL) {
		fprintf(stderr, _("smtpx: --probe: %s\n"), err);
		resolver_free(own);
		return EXIT_USAGE;
	}
	probe_run(p);
	if (o->format == EXPORT_JSON) {
		j = probe_json(p);
		if ((s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER)) !=
		    NULL) {
			printf("%s\n", s);
			free(s);
		}
		json_decref(j);
	} else {
		/* Display widths need the character set of the terminal. */
		(void)setlocale(LC_CTYPE, "");
		cols = probe_columns();
		probe_text(p, probe_print_line, &cols);
	}
	status = probe_status(p);
	if (fflush(stdout) == EOF)
		status = EXIT_USAGE;
	probe_free(p);
	resolver_free(own);
	return status;
}

/* The screen: /probe TARGET, /probe lab. */

static void
probe_log_line(void *arg, int error, const char *line)
{
	struct app	*app = arg;

	session_log(app->session, error ? TR_ERROR : TR_EVENT, "%s", line);
}

static void
probe_tui_event(void *arg, enum probe_ev ev, size_t index)
{
	struct probe_tui	*t = arg;
	struct app		*app = t->app;
	size_t			 n;

	switch (ev) {
	case PROBE_EV_DNS:
		probe_text_dns(t->p, probe_log_line, app);
		(void)probe_endpoints(t->p, &n);
		if (n == 0)
			break;
		probe_text_header(t->p, probe_log_line, app);
		break;
	case PROBE_EV_START:
		break;
	case PROBE_EV_ENDPOINT:
		probe_text_row(t->p, index, 1, probe_log_line, app);
		break;
	case PROBE_EV_DONE:
		(void)probe_endpoints(t->p, &n);
		for (size_t i = 0; i < n; i++)
			probe_text_detail(t->p, i, probe_log_line, app);
		probe_text_findings(t->p, 1, probe_log_line, app);
		session_log(app->session, TR_EVENT, "probe of %s finished "
		    "(exit status %d in the line mode)", probe_target(t->p),
		    probe_status(t->p));
		if (n > 0)
			session_log(app->session, TR_EVENT, "/probe show N shows "
			    "the conversation of endpoint N (1 to %zu: the "
			    "number that starts its row; a finding's evidence "
			    "names its endpoint)", n);
		break;
	}
}

static void
probe_lab_endpoints(struct app *app, struct probe *p)
{
	static const enum probe_role roles[] = { PROBE_ROLE_MX,
		PROBE_ROLE_SUBMISSION, PROBE_ROLE_SUBMISSIONS };
	static const int nominal[] = { 25, 587, 465 };
	int	 i;

	for (i = 0; i < LAB_NPERSONALITIES; i++)
		(void)probe_add_endpoint(p, LAB_DOMAIN, "127.0.0.1",
		    nominal[i], lab_port(app->lab, i), roles[i]);
}

/* /probe show N: endpoint N's conversation, as the line mode prints
   it (secrets were masked by the engine), into the pane. */
static int
probe_show(struct app *app, const char *which, char *err, size_t errlen)
{
	const struct session	*s;
	const struct transcript	*tr;
	const struct tr_entry	*e;
	struct buf		 out;
	char			*end, *line, *nl;
	long			 n;
	size_t			 count, i;

	if (probe_tui.p == NULL) {
		snprintf(err, errlen, _("no probe yet: /probe TARGET"));
		return -1;
	}
	(void)probe_endpoints(probe_tui.p, &count);
	n = strtol(which, &end, 10);
	if (*which == '\0' || *end != '\0' || n < 1 || (size_t)n > count ||
	    (s = probe_session(probe_tui.p, (size_t)n - 1)) == NULL) {
		snprintf(err, errlen, _("usage: /probe show N, N from 1 to %zu "
		    "(the rows, in order)"), count);
		return -1;
	}
	tr = session_transcript(s);
	buf_init(&out, 0);
	session_log(app->session, TR_EVENT, "probe endpoint %ld, its "
	    "conversation:", n);
	for (i = 0; i < transcript_count(tr); i++) {
		e = transcript_get(tr, i);
		if (e->flags & TR_F_NOSAVE || (e->kind == TR_NOTE && !app->notes))
			continue;
		buf_reset(&out);
		if (render_entry(e, 0, &out) == -1 || out.data == NULL)
			continue;
		for (line = out.data; *line != '\0'; line = nl + 1) {
			if ((nl = strchr(line, '\n')) == NULL)
				nl = line + strlen(line) - 1;
			session_log_text(app->session, TR_EVENT, 0, line,
			    (size_t)(nl - line) + (*nl != '\n'));
		}
	}
	buf_free(&out);
	return 0;
}

int
probe_cmd(struct app *app, int argc, char **argv, char *err, size_t errlen)
{
	struct probe_config	 pc;
	struct session_config	 sc;
	struct buf		 secret;
	const char		*target = argv[0], *url = NULL;
	char			 name[256];
	int			 lab;

	if (strcasecmp(target, "show") == 0 && argc <= 2)
		return probe_show(app, argc > 1 ? argv[1] : "", err, errlen);
	/* --proxy URL before TARGET, as on /connect. */
	if (strcmp(target, "--proxy") == 0 && argc == 3) {
		url = argv[1];
		target = argv[2];
	} else if (argc > 1 || strcmp(target, "--proxy") == 0) {
		snprintf(err, errlen, _("usage: /probe [--proxy URL] TARGET, or "
		    "/probe show N"));
		return -1;
	}
	lab = strcasecmp(target, "lab") == 0;
	if (probe_tui.p != NULL && !probe_done(probe_tui.p)) {
		snprintf(err, errlen, _("a probe is running; Ctrl-C stops it"));
		return -1;
	}
	probe_tui_free(app);
	if (lab && app->lab == NULL) {
		snprintf(err, errlen, _("the lab is not running; start smtpx "
		    "with --lab"));
		return -1;
	}
	if (url != NULL) {
		if (lab) {
			snprintf(err, errlen, _("/probe lab is on this machine: "
			    "no --proxy"));
			return -1;
		}
		if (config_proxy(url, app->opt->proxy_password_file,
		    &probe_tui.proxy, err, errlen) == -1) {
			socks_config_wipe(&probe_tui.proxy);
			return -1;
		}
		probe_tui.proxy_on = 1;
	}
	probe_config(app, &pc, &sc, name, sizeof name);
	pc.target = lab ? LAB_DOMAIN : target;
	if (probe_tui.proxy_on)
		pc.session.proxy = &probe_tui.proxy;
	else if (lab)
		pc.session.proxy = NULL;
	if (lab) {
		pc.session.tls.ca_pem = lab_ca_pem(app->lab);
		memset(pc.ports, 0, sizeof pc.ports);
	} else if ((pc.dns = app->dns) == NULL) {
		if (app->mx_dns == NULL &&
		    (app->mx_dns = resolver_dns_new(NULL, 0, err, errlen)) ==
		    NULL)
			return -1;
		pc.dns = app->mx_dns;
	}
	buf_init(&secret, 4096);
	if (app->opt->user != NULL && app->fe.secret != NULL) {
		if (app->fe.secret(app->fe.arg, "password for the probe's "
		    "login: ", &secret) == -1) {
			buf_free(&secret);
			snprintf(err, errlen, _("no password: the probe is not "
			    "started"));
			return -1;
		}
		pc.user = app->opt->user;
		pc.secret = secret.data != NULL ? secret.data : "";
	}
	probe_tui.app = app;
	probe_tui.p = probe_new(&pc, probe_tui_event, &probe_tui, err,
	    errlen);
	buf_free(&secret);
	if (probe_tui.p == NULL)
		return -1;
	if (lab)
		probe_lab_endpoints(app, probe_tui.p);
	/* Two whole sentences, so that each is translated. */
	if (lab)
		session_log(app->session, TR_EVENT, "probe of the lab (its "
		    "ports 25, 587 and 465): every mail port, at most %d at "
		    "once, %d s each; Ctrl-C stops it", PROBE_PARALLEL,
		    app->opt->timeout);
	else
		session_log(app->session, TR_EVENT, "probe of %s: every mail "
		    "port, at most %d at once, %d s each; Ctrl-C stops it",
		    target, PROBE_PARALLEL, app->opt->timeout);
	if (pc.session.proxy != NULL)
		session_log(app->session, TR_EVENT, "through the SOCKS5 proxy "
		    "at %s port %d, which resolves the names",
		    pc.session.proxy->host, pc.session.proxy->port);
	(void)probe_start(probe_tui.p);
	probe_progress(probe_tui.p, NULL, 0);
	return 0;
}

size_t
probe_tui_pollfds(struct app *app, struct pollfd *pfd, size_t max,
    int *timeout_ms)
{
	(void)app;
	*timeout_ms = -1;
	if (probe_tui.p == NULL || probe_done(probe_tui.p))
		return 0;
	return probe_pollfds(probe_tui.p, pfd, max, timeout_ms);
}

void
probe_tui_progress(struct app *app, const struct pollfd *pfd, size_t n)
{
	(void)app;
	if (probe_tui.p != NULL && !probe_done(probe_tui.p))
		probe_progress(probe_tui.p, pfd, n);
}

int
probe_tui_cancel(struct app *app)
{
	if (probe_tui.p == NULL || probe_done(probe_tui.p))
		return 0;
	session_log(app->session, TR_EVENT, "probe stopped");
	probe_cancel(probe_tui.p);
	return 1;
}

void
probe_tui_free(struct app *app)
{
	(void)app;
	probe_free(probe_tui.p);
	probe_tui.p = NULL;
	if (probe_tui.proxy_on)
		socks_config_wipe(&probe_tui.proxy);
	probe_tui.proxy_on = 0;
}
