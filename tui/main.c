/*
 * main(): read the options, then hand over to one of the front ends: the
 * curses screen, the line mode (--batch), or the lab alone (--lab-serve).
 * Everything that can go wrong before a front end starts is a usage error
 * with exit status 2 and a message on stderr.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>
#include <openssl/crypto.h>
#include <readline/readline.h>

#include "buf.h"
#include "compare.h"
#include "dns.h"
#include "export.h"
#include "i18n.h"
#include "lab.h"
#include "lesson.h"
#include "msgbuild.h"
#include "render.h"
#include "replay.h"
#include "transcript.h"
#include "tui.h"

/* Ports the lab tries first; "/connect lab 587" maps onto them. The
   same ports are --lab-serve's default and --lab-at's. */
#define MAIN_LAB_BASE		10000

enum {
	OPT_TLS = 256, OPT_CA_FILE, OPT_INSECURE, OPT_TIMEOUT, OPT_EHLO,
	OPT_USER, OPT_PASSWORD_FILE, OPT_ALLOW_PLAIN, OPT_BATCH, OPT_SCRIPT,
	OPT_LAB, OPT_LAB_SERVE, OPT_LISTEN, OPT_LAB_OP25B, OPT_THEME,
	OPT_NO_NOTES, OPT_TIMESTAMPS, OPT_STOP_ON_ERROR, OPT_VERSION,
	OPT_SERVERNAME, OPT_MAX_TRANSCRIPT, OPT_DEBUG, OPT_LAB_AT,
	OPT_PORT_BASE, OPT_LAB_CA, OPT_ALLOW, OPT_LIMIT_CONNS, OPT_LIMIT_RATE,
	OPT_LIMIT_MSGS, OPT_LIMIT_MEMORY,
	OPT_LESSON, OPT_LESSONS, OPT_CHECK_LESSON,
	OPT_FORMAT, OPT_REPLAY, OPT_COMPARE, OPT_MX, OPT_DNS_SERVER, OPT_LANG,
	OPT_PROXY, OPT_PROXY_PASSWORD_FILE,
	OPT_PROBE, OPT_PORTS,
	OPT_HEADER, OPT_SUBJECT, OPT_BODY, OPT_ATTACH,
};

static const struct option main_longopts[] = {
	{ "port",		required_argument, NULL, 'p' },
	{ "tls",		no_argument,	   NULL, OPT_TLS },
	{ "ca-file",		required_argument, NULL, OPT_CA_FILE },
	{ "insecure",		no_argument,	   NULL, OPT_INSECURE },
	{ "servername",		required_argument, NULL, OPT_SERVERNAME },
	{ "mx",			required_argument, NULL, OPT_MX },
	{ "dns-server",		required_argument, NULL, OPT_DNS_SERVER },
	{ "proxy",		required_argument, NULL, OPT_PROXY },
	{ "proxy-password-file", required_argument, NULL,
	    OPT_PROXY_PASSWORD_FILE },
	{ "probe",		no_argument,	   NULL, OPT_PROBE },
	{ "ports",		required_argument, NULL, OPT_PORTS },
	{ "header",		required_argument, NULL, OPT_HEADER },
	{ "subject",		required_argument, NULL, OPT_SUBJECT },
	{ "body",		required_argument, NULL, OPT_BODY },
	{ "attach",		required_argument, NULL, OPT_ATTACH },
	{ "timeout",		required_argument, NULL, OPT_TIMEOUT },
	{ "ehlo",		required_argument, NULL, OPT_EHLO },
	{ "user",		required_argument, NULL, OPT_USER },
	{ "password-file",	required_argument, NULL, OPT_PASSWORD_FILE },
	{ "allow-plaintext-auth", no_argument,	   NULL, OPT_ALLOW_PLAIN },
	{ "batch",		no_argument,	   NULL, OPT_BATCH },
	{ "script",		required_argument, NULL, OPT_SCRIPT },
	{ "stop-on-error",	no_argument,	   NULL, OPT_STOP_ON_ERROR },
	{ "format",		required_argument, NULL, OPT_FORMAT },
	{ "lab",		no_argument,	   NULL, OPT_LAB },
	{ "lab-serve",		no_argument,	   NULL, OPT_LAB_SERVE },
	{ "listen",		required_argument, NULL, OPT_LISTEN },
	{ "lab-op25b",		no_argument,	   NULL, OPT_LAB_OP25B },
	{ "lab-at",		required_argument, NULL, OPT_LAB_AT },
	{ "port-base",		required_argument, NULL, OPT_PORT_BASE },
	{ "lab-ca",		required_argument, NULL, OPT_LAB_CA },
	{ "allow",		required_argument, NULL, OPT_ALLOW },
	{ "limit-conns",	required_argument, NULL, OPT_LIMIT_CONNS },
	{ "limit-rate",		required_argument, NULL, OPT_LIMIT_RATE },
	{ "limit-msgs",		required_argument, NULL, OPT_LIMIT_MSGS },
	{ "limit-memory",	required_argument, NULL, OPT_LIMIT_MEMORY },
	{ "theme",		required_argument, NULL, OPT_THEME },
	{ "no-notes",		no_argument,	   NULL, OPT_NO_NOTES },
	{ "timestamps",		no_argument,	   NULL, OPT_TIMESTAMPS },
	{ "max-transcript",	required_argument, NULL, OPT_MAX_TRANSCRIPT },
	{ "debug",		required_argument, NULL, OPT_DEBUG },
	{ "lesson",		required_argument, NULL, OPT_LESSON },
	{ "lessons",		no_argument,	   NULL, OPT_LESSONS },
	{ "check-lesson",	required_argument, NULL, OPT_CHECK_LESSON },
	{ "replay",		required_argument, NULL, OPT_REPLAY },
	{ "compare",		no_argument,	   NULL, OPT_COMPARE },
	{ "version",		no_argument,	   NULL, OPT_VERSION },
	{ "lang",		required_argument, NULL, OPT_LANG },
	{ "help",		no_argument,	   NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static const char *const main_usage = N_(
"usage: smtpx [options] [HOST [PORT]]           the screen\n"
"       smtpx --batch [options] [HOST [PORT]]   line mode: commands from stdin\n"
"       smtpx [--batch] [options] --mx DOMAIN [PORT]  the domain's MX hosts\n"
"       smtpx --probe [options] TARGET          every mail port of an address,\n"
"                                               domain or host, diagnosed\n"
"       smtpx --lab [--batch PORT]              practise on the built-in lab\n"
"       smtpx --lab-serve [--listen ADDR] [--port-base N]  the lab for a class\n"
"       smtpx --lab-at HOST [--ca-file FILE]    the teacher's lab on HOST\n"
"       smtpx --replay FILE.json [--batch]      a saved session again\n"
"       smtpx --compare A.json B.json           two saved sessions compared\n"
"\n"
"Explore SMTP by hand: connect to a mail server, type the commands, upgrade\n"
"with /starttls, authenticate with /auth, and read every reply explained.\n"
"Port 25 is relay between servers, 587 is submission (STARTTLS, then AUTH),\n"
"465 is submission with TLS from the first byte.\n"
"\n"
"options:\n"
"  -p, --port PORT          server port (default 25, or 465 with --tls)\n"
"      --mx DOMAIN          connect to DOMAIN's mail exchangers (MX) in order,\n"
"                           each verified against its own name (PORT 25)\n"
"      --dns-server ADDR    ask this DNS server, ADDR or ADDR:PORT (split DNS)\n"
"      --proxy URL          connect through a SOCKS5 proxy, URL\n"
"                           socks5://[USER@]HOST:PORT (or socks5h://); the\n"
"                           proxy resolves the server's name\n"
"      --proxy-password-file FILE  the proxy USER's password (first line)\n"
"      --probe              TARGET (user@domain, a domain or a host): DNS facts,\n"
"                           every MX on 25, submission on 587 and 465, TLS,\n"
"                           AUTH, findings (op25b-likely, ...); login too with\n"
"                           --user; --format json for tools (docs/probe.md);\n"
"                           exit 0 all answered and no error, 1 not, 3 none\n"
"      --ports LIST         connect elsewhere for these ports, as\n"
"                           25=2525,587=2587,465=2465 (a tunnel, tests,\n"
"                           classrooms), for --mx's exchangers too; the\n"
"                           notes and the probe keep the port's role\n"
"      --tls                implicit TLS from the first byte (port 465)\n"
"      --ca-file FILE       trust the CA certificates in FILE (PEM)\n"
"      --insecure           go on when the certificate fails verification\n"
"      --servername NAME    the name sent as SNI and verified (HOST an address)\n"
"      --timeout SECONDS    limit for every wait (default 30)\n"
"      --ehlo NAME          name for /send and HELO fallback (default: host name)\n"
"      --header HEADER      a header \"Name: value\" for /send's message\n"
"                           (repeatable; From, To, Subject, Date replace\n"
"                           smtpx's own)\n"
"      --subject TEXT       /send's subject (UTF-8 encoded per RFC 2047, or\n"
"                           sent raw when SMTPUTF8 is offered)\n"
"      --body TEXT|@FILE    /send's body: TEXT, or the contents of FILE\n"
"      --attach FILE        attach FILE to /send's message (repeatable;\n"
"                           MIME multipart/mixed, base64, streamed)\n"
"      --user USER          user name for /auth\n"
"      --password-file FILE read the /auth secret from FILE (line mode)\n"
"      --allow-plaintext-auth  line mode: allow /auth without TLS\n"
"      --batch              line mode: read lines from stdin, print the transcript\n"
"      --script FILE        line mode: read lines from FILE instead of stdin\n"
"      --stop-on-error      line mode: at the first 4xx/5xx reply send QUIT\n"
"                           and stop (exit 1)\n"
"      --format FORMAT      line mode: text (default, as it happens), md\n"
"                           (Markdown for tickets) or json (JSON Lines),\n"
"                           written when the session ends (docs/export.md)\n"
"      --lab                use the built-in lab server (ports 25, 587, 465)\n"
"      --lab-serve          run only the lab, until interrupted\n"
"      --lab-op25b          the lab's port 25 swallows connections (ISP block)\n"
"      --lab-at HOST        the lab is the teacher's --lab-serve on HOST (ports\n"
"                           10025/10587/10465 stand for 25/587/465; trust\n"
"                           its CA with --ca-file)\n"
"      --lesson NAME        follow a guided lesson against the lab (NAME or\n"
"                           its number; implies --lab, or goes to --lab-at)\n"
"      --lessons            list the lessons, one line each, and exit\n"
"      --check-lesson FILE  check a lesson file; errors name file and line\n"
"      --replay FILE        show a session exported as JSON (--format json,\n"
"                           /export F.json) again, notes in the current\n"
"                           language; with --batch printed as the line mode\n"
"      --compare            the two arguments are JSON exports: print them\n"
"                           compared, aligned by command (exit 0 the same,\n"
"                           1 different, 2 a bad file)\n"
"      --theme NAME         colour theme (default, light, high-contrast, mono)\n"
"      --lang LANG          language of the screen, notes and messages: ja or\n"
"                           en (default: the locale's; /lang switches)\n"
"      --no-notes           do not explain replies\n"
"      --timestamps         show the time of every line (line mode: and each\n"
"                           reply's latency in ms on its last line)\n"
"      --max-transcript SIZE  memory for the transcript (K, M or G; default\n"
"                           256M, at least 64K); past it the oldest lines\n"
"                           are dropped and a line says how many\n"
"      --debug FILE         write a trace for bug reports to FILE (replaced;\n"
"                           states, commands by name, reply codes, timings;\n"
"                           never arguments, secrets or message text)\n"
"      --version            print the version, the git commit it was built\n"
"                           from and the OpenSSL, ncurses and readline\n"
"                           versions it runs with\n"
"  -h, --help               print this help\n"
"\n"
"with --lab-serve (the lab for a class; a taken port is an error, exit 3):\n"
"      --listen ADDR        address to listen on (default 127.0.0.1); any\n"
"                           other is warned about at start\n"
"      --port-base N        ports N+25, N+587, N+465 (default 10000; also\n"
"                           with --lab-at)\n"
"      --lab-ca FILE        write the lab's CA certificate there (default\n"
"                           $XDG_STATE_HOME/smtpx/lab-ca.pem)\n"
"      --allow CIDR         only these clients (repeatable, IPv4 or IPv6);\n"
"                           others get a 554 greeting\n"
"      --limit-conns N      connections at once per client address (10)\n"
"      --limit-rate N       new connections a minute per address (60)\n"
"      --limit-msgs N       messages a minute per address (60)\n"
"      --limit-memory SIZE  message bytes all clients together hold in\n"
"                           flight (64M); over limits: 421 4.7.0, 452 4.3.1\n"
"      (0 turns --limit-conns, --limit-rate or --limit-msgs off)\n"
"\n"
"Lines starting with / are smtpx commands (/help lists them); other lines\n"
"are sent to the server as typed. Exit status: 0 every reply 2xx/3xx, 1 some\n"
"reply 4xx/5xx, 2 bad usage or input, 3 connection, TLS, protocol or the\n"
"server's side of AUTH failed; when several went wrong, the first decides.\n");

#ifndef SMTPX_COMMIT
#define SMTPX_COMMIT	""
#endif

/* --version: what was built, and the libraries it runs with now (the
   shared ones may have been upgraded since the build), for bug reports. */
static void
main_version(void)
{
	printf("smtpx %s", SMTPX_VERSION);
	if (SMTPX_COMMIT[0] != '\0')
		printf(" (git %s)", SMTPX_COMMIT);
	printf("\n%s, %s, readline %s\n", OpenSSL_version(OPENSSL_VERSION),
	    curses_version(), rl_library_version);
}

static int
main_number(const char *s, const char *what, int min, int max, int *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *s == '\0' || *end != '\0' || v < min || v > max) {
		fprintf(stderr, "smtpx: bad %s '%s' (%d-%d)\n", what, s, min,
		    max);
		return -1;
	}
	*out = (int)v;
	return 0;
}

static void
main_lesson_err(void *arg, const char *msg)
{
	(void)arg;
	fprintf(stderr, "%s\n", msg);
}

/* --check-lesson FILE: every error with file and line; 0 or 2. */
static int
main_check_lesson(const char *path)
{
	struct lesson	*l;
	int		 nerr;

	if ((l = lesson_load(path, main_lesson_err, NULL, &nerr)) == NULL) {
		if (nerr > LESSON_ERRORS_MAX)
			fprintf(stderr, "%s: %d errors, the first %d shown\n",
			    path, nerr, LESSON_ERRORS_MAX);
		return EXIT_USAGE;
	}
	printf("%s: ok, lesson '%s', %zu steps\n", path, l->title,
	    l->nsteps);
	lesson_free(l);
	return EXIT_ALLOK;
}

/* --lessons: the list, one line each. */
static int
main_lessons(void)
{
	char	 names[LESSON_LIST_MAX][LESSON_NAME_MAX + 1], line[600];
	size_t	 n, i;

	if ((n = lesson_list(names, LESSON_LIST_MAX)) == 0) {
		fprintf(stderr, "smtpx: no lessons found\n");
		return EXIT_USAGE;
	}
	for (i = 0; i < n; i++)
		if (lesson_list_line(names[i], line, sizeof line) == 0)
			printf("%s\n", line);
	return fflush(stdout) == 0 ? EXIT_ALLOK : EXIT_USAGE;
}

/* --lesson NAME must name a lesson without mistakes. */
static int
main_lesson_ok(const char *name)
{
	struct lesson	*l;
	char		 path[1024], found[LESSON_NAME_MAX + 1];

	if (lesson_find(name, path, sizeof path, found, sizeof found) == -1) {
		fprintf(stderr, "smtpx: no lesson '%s'; smtpx --lessons "
		    "lists them\n", name);
		return -1;
	}
	if ((l = lesson_load(path, main_lesson_err, NULL, NULL)) == NULL)
		return -1;
	lesson_free(l);
	return 0;
}

/* A size: digits and an optional K, M or G (binary), 64K to 1024G. */
static int
main_size(const char *s, const char *what, size_t *out)
{
	unsigned long long	 v, mul = 1;
	char			*end;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end == 'k' || *end == 'K')
		mul = 1024, end++;
	else if (*end == 'm' || *end == 'M')
		mul = 1024 * 1024, end++;
	else if (*end == 'g' || *end == 'G')
		mul = 1024 * 1024 * 1024, end++;
	if (errno != 0 || *s < '0' || *s > '9' || *end != '\0' ||
	    v > (1ULL << 40) / mul || v * mul < 64 * 1024 ||
	    v * mul > SIZE_MAX) {
		fprintf(stderr, "smtpx: bad %s '%s' (64K-1024G, with K, M "
		    "or G)\n", what, s);
		return -1;
	}
	*out = (size_t)(v * mul);
	return 0;
}

static int
main_printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 0;
	return 1;
}

int
options_parse(struct options *o, int argc, char **argv)
{
	enum export_format	 fmt;
	int			 c;

	memset(o, 0, sizeof *o);
	o->timeout = 30;
	o->notes = 1;
	o->max_transcript = MAX_TRANSCRIPT_DEFAULT;
	o->port_base = MAIN_LAB_BASE;
	o->limit_conns = LAB_DEF_CLIENT_CONNS;
	o->limit_rate = LAB_DEF_CLIENT_RATE;
	o->limit_msgs = LAB_DEF_CLIENT_MSGS;
	o->limit_memory = LAB_DEF_INFLIGHT;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":p:h", main_longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'p':
			if (main_number(optarg, "port", 1, 65535, &o->port))
				return -1;
			break;
		case OPT_TLS:
			o->tls = 1;
			break;
		case OPT_CA_FILE:
			if (access(optarg, R_OK) == -1) {
				fprintf(stderr, "smtpx: --ca-file %s: %s\n",
				    optarg, strerror(errno));
				return -1;
			}
			o->ca_file = optarg;
			break;
		case OPT_INSECURE:
			o->insecure = 1;
			break;
		case OPT_SERVERNAME:
			if (!cmd_servername_ok(optarg)) {
				fprintf(stderr, "smtpx: bad --servername: it "
				    "must be a host name or address, no "
				    "spaces\n");
				return -1;
			}
			o->servername = optarg;
			break;
		case OPT_TIMEOUT:
			if (main_number(optarg, "timeout", 1, 3600, &o->timeout))
				return -1;
			break;
		case OPT_EHLO:
			if (strlen(optarg) == 0 || strlen(optarg) > 255 ||
			    strpbrk(optarg, " \t\r\n") != NULL ||
			    !main_printable(optarg)) {
				fprintf(stderr, "smtpx: bad --ehlo name: it must "
				    "be a host name or [address], no spaces\n");
				return -1;
			}
			o->ehlo = optarg;
			break;
		case OPT_USER:
			o->user = optarg;
			break;
		case OPT_PASSWORD_FILE:
			if (access(optarg, R_OK) == -1) {
				fprintf(stderr, "smtpx: --password-file %s: %s\n",
				    optarg, strerror(errno));
				return -1;
			}
			o->password_file = optarg;
			break;
		case OPT_ALLOW_PLAIN:
			o->allow_plaintext_auth = 1;
			break;
		case OPT_BATCH:
			o->batch = 1;
			break;
		case OPT_SCRIPT:
			o->script = optarg;
			o->batch = 1;
			break;
		case OPT_LAB:
			o->lab = 1;
			break;
		case OPT_LAB_SERVE:
			o->lab_serve = 1;
			break;
		case OPT_LISTEN:
			o->listen = optarg;
			break;
		case OPT_LAB_OP25B:
			o->lab_op25b = 1;
			break;
		case OPT_LAB_AT:
			if (!cmd_servername_ok(optarg)) {
				fprintf(stderr, "smtpx: bad --lab-at: it must "
				    "be a host name or address\n");
				return -1;
			}
			o->lab_at = optarg;
			break;
		case OPT_PORT_BASE:
			/* N+587 must still be a port. */
			if (main_number(optarg, "--port-base", 1, 65535 - 587,
			    &o->port_base))
				return -1;
			break;
		case OPT_LAB_CA:
			o->lab_ca = optarg;
			break;
		case OPT_ALLOW: {
			struct lab_cidr	 cidr;

			if (lab_cidr_parse(optarg, &cidr) == -1) {
				fprintf(stderr, "smtpx: bad --allow '%s': an "
				    "address or ADDRESS/BITS (10.0.0.0/8, "
				    "2001:db8::/32)\n", optarg);
				return -1;
			}
			if (o->nallow == LAB_MAXALLOW) {
				fprintf(stderr, "smtpx: at most %d --allow\n",
				    LAB_MAXALLOW);
				return -1;
			}
			o->allow[o->nallow++] = optarg;
			break;
		}
		case OPT_LIMIT_CONNS:
			if (main_number(optarg, "--limit-conns", 0, 100000,
			    &o->limit_conns))
				return -1;
			break;
		case OPT_LIMIT_RATE:
			if (main_number(optarg, "--limit-rate", 0, 1000000,
			    &o->limit_rate))
				return -1;
			break;
		case OPT_LIMIT_MSGS:
			if (main_number(optarg, "--limit-msgs", 0, 1000000,
			    &o->limit_msgs))
				return -1;
			break;
		case OPT_LIMIT_MEMORY:
			if (main_size(optarg, "--limit-memory",
			    &o->limit_memory) == -1)
				return -1;
			break;
		case OPT_THEME:
			o->theme = optarg;
			break;
		case OPT_NO_NOTES:
			o->notes = 0;
			break;
		case OPT_TIMESTAMPS:
			o->timestamps = 1;
			break;
		case OPT_MAX_TRANSCRIPT:
			if (main_size(optarg, "--max-transcript",
			    &o->max_transcript) == -1)
				return -1;
			break;
		case OPT_DEBUG:
			o->debug = optarg;
			break;
		case OPT_LESSON:
			o->lesson = optarg;
			break;
		case OPT_LESSONS:
			exit(main_lessons());
		case OPT_CHECK_LESSON:
			exit(main_check_lesson(optarg));
		case OPT_FORMAT:
			if (export_format_parse(optarg, &fmt) == -1) {
				fprintf(stderr, "smtpx: --format: %s: use "
				    "text, md or json\n", optarg);
				return -1;
			}
			o->format = fmt;
			break;
		case OPT_REPLAY:
			o->replay = optarg;
			break;
		case OPT_COMPARE:
			o->compare[0] = "";
			break;
		case OPT_STOP_ON_ERROR:
			o->stop_on_error = 1;
			break;
		case OPT_MX:
			o->mx = 1;
			o->host = optarg;
			break;
		case OPT_DNS_SERVER:
			o->dns_server = optarg;
			break;
		case OPT_PROXY:
			o->proxy = optarg;
			break;
		case OPT_PROXY_PASSWORD_FILE:
			o->proxy_password_file = optarg;
			break;
		case OPT_PROBE:
			o->probe = 1;
			break;
		case OPT_PORTS:
			if (probe_ports_parse(optarg, o->probe_ports) == -1) {
				fprintf(stderr, _("smtpx: bad --ports '%s': give "
				    "25=N,587=N,465=N (any of them)\n"), optarg);
				return -1;
			}
			break;
		case OPT_LANG:
			/* Applied before the parse (i18n_scan_args). */
			if (!i18n_known(optarg)) {
				fprintf(stderr, _("smtpx: --lang: %s: use ja or "
				    "en\n"), optarg);
				return -1;
			}
			break;
		case OPT_HEADER:
		case OPT_ATTACH:
			if (o->nmsg_opts == MSG_OPTS_MAX) {
				fprintf(stderr, _("smtpx: at most %d --header "
				    "and --attach\n"), MSG_OPTS_MAX);
				return -1;
			}
			o->msg_opts[o->nmsg_opts].attach = c == OPT_ATTACH;
			o->msg_opts[o->nmsg_opts++].value = optarg;
			break;
		case OPT_SUBJECT:
			o->msg_subject = optarg;
			break;
		case OPT_BODY:
			o->msg_body = optarg;
			break;
		case OPT_VERSION:
			main_version();
			exit(EXIT_ALLOK);
		case 'h':
			fputs(_(main_usage), stdout);
			exit(EXIT_ALLOK);
		case ':':
			fprintf(stderr, "smtpx: option '%s' needs a value\n",
			    argv[optind - 1]);
			return -1;
		case '?':
		default:
			if (optopt)
				fprintf(stderr, "smtpx: bad option '-%c'\n", optopt);
			else
				fprintf(stderr, "smtpx: bad option '%s'\n",
				    argv[optind - 1]);
			return -1;
		}
	}
	argc -= optind;
	argv += optind;
	if (o->nmsg_opts > 0 || o->msg_subject != NULL || o->msg_body != NULL) {
		/* A bad header or a missing file is a usage error now, not
		   at the first /send. */
		struct msgbuild	*mb = msgbuild_new();
		char		 err[512];

		if (mb == NULL || cmd_message_options(o, mb, err, sizeof err)) {
			fprintf(stderr, "smtpx: %s\n", mb == NULL ?
			    "out of memory" : err);
			msgbuild_free(mb);
			return -1;
		}
		msgbuild_free(mb);
	}
	if (o->compare[0] != NULL) {
		if (argc != 2 || o->replay != NULL) {
			fprintf(stderr, "smtpx: --compare takes two JSON "
			    "exports: smtpx --compare A.json B.json\n");
			return -1;
		}
		o->compare[0] = argv[0];
		o->compare[1] = argv[1];
		return 0;
	}
	if (o->replay != NULL && (argc > 0 || o->lab || o->lab_at ||
	    o->lab_serve || o->lesson != NULL || o->script != NULL ||
	    o->format != EXPORT_TEXT)) {
		fprintf(stderr, "smtpx: --replay FILE shows a saved session; "
		    "it takes no HOST, lab, lesson, --script or --format\n");
		return -1;
	}
	if (argc > 2) {
		fprintf(stderr, "smtpx: too many arguments: %s\n", argv[2]);
		return -1;
	}
	if ((o->lab || o->lab_at) && o->batch && argc == 1 && o->port == 0) {
		/* smtpx --lab --batch 587 */
		if (main_number(argv[0], "lab port", 1, 65535, &o->port))
			return -1;
		o->host = "lab";
		argc = 0;
	}
	if (o->probe) {
		/* smtpx --probe TARGET: the line mode, one target. */
		if (argc != 1 || o->mx || o->lab || o->lab_at ||
		    o->lab_serve || o->script != NULL || o->replay != NULL ||
		    o->lesson != NULL || o->format == EXPORT_MD) {
			fprintf(stderr, "smtpx: --probe takes one TARGET (an "
			    "address, a domain or a host), and --format text "
			    "or json\n");
			return -1;
		}
		o->host = argv[0];
		o->batch = 1;
		return 0;
	}
	if (o->mx) {
		/* smtpx --mx DOMAIN [PORT] */
		if (argc == 2 || o->lab || o->lab_at) {
			fprintf(stderr, "smtpx: --mx DOMAIN takes no HOST (and "
			    "not the lab); a port may follow\n");
			return -1;
		}
		if (argc == 1 && main_number(argv[0], "port", 1, 65535,
		    &o->port))
			return -1;
		argc = 0;
	}
	if (argc >= 1)
		o->host = argv[0];
	if (argc == 2 && main_number(argv[1], "port", 1, 65535, &o->port))
		return -1;
	if ((o->lab || o->lab_at) && o->host == NULL && o->batch) {
		fprintf(stderr, "smtpx: --lab --batch needs a port: 25, 587 "
		    "or 465\n");
		return -1;
	}
	if (o->port == 0)
		o->port = o->tls ? 465 : 25;
	if (o->lab_serve && (o->batch || o->lab)) {
		fprintf(stderr, "smtpx: --lab-serve runs the lab alone; it does "
		    "not go with --batch or --lab\n");
		return -1;
	}
	if (o->lesson != NULL) {
		if (o->batch || o->lab_serve || o->host != NULL) {
			fprintf(stderr, "smtpx: --lesson runs on the screen "
			    "against the lab; it takes no HOST, --batch or "
			    "--lab-serve\n");
			return -1;
		}
		if (main_lesson_ok(o->lesson) == -1)
			return -1;
		/* A student in class follows it against the teacher's lab. */
		if (!o->lab_at)
			o->lab = 1;
	}
	if (o->port_base != MAIN_LAB_BASE && !o->lab_serve && !o->lab_at) {
		fprintf(stderr, "smtpx: --port-base goes with --lab-serve or "
		    "--lab-at\n");
		return -1;
	}
	if (!o->lab_serve && (o->listen || o->lab_ca || o->nallow)) {
		fprintf(stderr, "smtpx: %s goes with --lab-serve\n",
		    o->listen ? "--listen" : o->lab_ca ? "--lab-ca" : "--allow");
		return -1;
	}
	if (o->lab_at && (o->lab || o->lab_serve)) {
		fprintf(stderr, "smtpx: --lab-at uses the teacher's lab; it "
		    "does not go with --lab or --lab-serve\n");
		return -1;
	}
	if (o->format != EXPORT_TEXT && !o->batch) {
		fprintf(stderr, "smtpx: --format goes with --batch (the screen "
		    "has /export)\n");
		return -1;
	}
	return 0;
}

/* The lab inside smtpx (--lab): one learner, loopback, the preferred
   ports else free ones, no per-client limits. */
static struct lab *
main_lab(const struct options *o)
{
	struct lab_config	 cfg;
	struct lab		*lab;
	char			 err[256];

	memset(&cfg, 0, sizeof cfg);
	cfg.ports[LAB_RELAY] = MAIN_LAB_BASE + 25;
	cfg.ports[LAB_SUBMISSION] = MAIN_LAB_BASE + 587;
	cfg.ports[LAB_SUBMISSIONS] = MAIN_LAB_BASE + 465;
	cfg.op25b = o->lab_op25b;
	if ((lab = lab_start(&cfg, err, sizeof err)) == NULL)
		fprintf(stderr, "smtpx: cannot start the lab: %s\n", err);
	return lab;
}

/* The class log: the lab's thread calls this; stdout is the teacher's. */
static void
main_class_log(void *arg, const char *line)
{
	struct tm	 tm;
	time_t		 now = time(NULL);
	char		 when[16];

	(void)arg;
	localtime_r(&now, &tm);
	strftime(when, sizeof when, "%H:%M:%S", &tm);
	printf("%s %s\n", when, line);
	fflush(stdout);
}

/* Where the lab's CA certificate goes: --lab-ca, else the state dir. */
static int
main_ca_path(const struct options *o, char *path, size_t len)
{
	const char	*state = getenv("XDG_STATE_HOME");
	const char	*home = getenv("HOME");
	char		*p;
	int		 r;

	if (o->lab_ca != NULL)
		r = snprintf(path, len, "%s", o->lab_ca);
	else if (state != NULL && state[0] == '/')
		r = snprintf(path, len, "%s/smtpx/lab-ca.pem", state);
	else if (home != NULL && home[0] == '/')
		r = snprintf(path, len, "%s/.local/state/smtpx/lab-ca.pem",
		    home);
	else {
		fprintf(stderr, "smtpx: no HOME or XDG_STATE_HOME for the "
		    "lab's CA certificate; give --lab-ca FILE\n");
		return -1;
	}
	if (r < 0 || (size_t)r >= len) {
		fprintf(stderr, "smtpx: the --lab-ca path is too long\n");
		return -1;
	}
	if (o->lab_ca != NULL)
		return 0;
	/* The state directories, private as the history's are. */
	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		r = mkdir(path, 0700);
		*p = '/';
		if (r == -1 && errno != EEXIST) {
			fprintf(stderr, "smtpx: cannot make the directory for "
			    "%s: %s\n", path, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* Write the CA certificate, readable by all (it is public), 0644. */
static int
main_ca_write(const char *path, const char *pem)
{
	size_t	 len = strlen(pem), off = 0;
	ssize_t	 w;
	int	 fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
	    0644);
	if (fd == -1) {
		fprintf(stderr, "smtpx: --lab-ca %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	(void)fchmod(fd, 0644);
	while (off < len) {
		if ((w = write(fd, pem + off, len - off)) == -1) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "smtpx: --lab-ca %s: %s\n", path,
			    strerror(errno));
			close(fd);
			return -1;
		}
		off += w;
	}
	return close(fd);
}

/* --lab-serve: the lab in its thread, this one waiting for a signal. */
static int
main_lab_serve(const struct options *o)
{
	struct lab_config cfg;
	struct lab	*lab;
	sigset_t	 set;
	static const char *const names[LAB_NPERSONALITIES] = {
		"port 25  (relay)", "port 587 (submission)",
		"port 465 (submissions)",
	};
	const char	*addr, *host;
	char		 err[512], ca[4096], fp[128];
	int		 sig, v6, i;

	addr = o->listen ? o->listen : "127.0.0.1";
	if (main_ca_path(o, ca, sizeof ca) == -1)
		return EXIT_USAGE;
	memset(&cfg, 0, sizeof cfg);
	cfg.listen = addr;
	cfg.strict_ports = 1;
	cfg.ports[LAB_RELAY] = o->port_base + 25;
	cfg.ports[LAB_SUBMISSION] = o->port_base + 587;
	cfg.ports[LAB_SUBMISSIONS] = o->port_base + 465;
	cfg.op25b = o->lab_op25b;
	cfg.per_client_conns = o->limit_conns;
	cfg.per_client_rate = o->limit_rate;
	cfg.per_client_msgs = o->limit_msgs;
	cfg.inflight_max = o->limit_memory;
	for (i = 0; i < o->nallow; i++)
		(void)lab_cidr_parse(o->allow[i], &cfg.allow[cfg.nallow++]);
	cfg.log = main_class_log;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	/* Block before the lab thread starts, so it inherits the mask. */
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	/* Anyone who reaches the address can use the public demo account. */
	if (!(strcmp(addr, "127.0.0.1") == 0 || strcmp(addr, "::1") == 0 ||
	    strcmp(addr, "localhost") == 0))
		fprintf(stderr, "smtpx: warning: listening on %s, not on "
		    "127.0.0.1: anyone who can reach that address can "
		    "connect, and the demo account (%s, password %s) is "
		    "public.%s\n", addr, LAB_USER, LAB_PASSWORD,
		    o->nallow ? "" : " Say who may connect with --allow CIDR.");
	if ((lab = lab_start(&cfg, err, sizeof err)) == NULL) {
		fprintf(stderr, "smtpx: cannot start the lab: %s%s\n", err,
		    strstr(err, "in use") ? "; stop it, or choose other ports "
		    "with --port-base N" : "");
		return EXIT_CONNECT;
	}
	if (main_ca_write(ca, lab_ca_pem(lab)) == -1) {
		lab_free(lab);
		return EXIT_USAGE;
	}
	printf(_("smtpx lab serving domain %s; demo account %s, password %s\n"),
	    LAB_DOMAIN, LAB_USER, LAB_PASSWORD);
	v6 = strchr(addr, ':') != NULL;
	for (i = 0; i < LAB_NPERSONALITIES; i++)
		printf(_("%-22s listening on %s%s%s:%d\n"), names[i],
		    v6 ? "[" : "", addr, v6 ? "]" : "", lab_port(lab, i));
	printf(_("CA certificate: %s\n"), ca);
	if (lab_ca_fingerprint(lab, fp, sizeof fp) == 0)
		printf(_("SHA-256 fingerprint: %s\n"), fp);
	/* On a wildcard address students need this machine's name. */
	host = strcmp(addr, "0.0.0.0") == 0 || strcmp(addr, "::") == 0 ?
	    "THIS-HOST" : addr;
	printf(_("students copy that file and run:  smtpx --ca-file lab-ca.pem "
	    "--servername %s %s %d\n"), LAB_DOMAIN, host,
	    lab_port(lab, LAB_SUBMISSION));
	printf(_("  (or, for the lab's ports by name:  smtpx --ca-file "
	    "lab-ca.pem --lab-at %s%s%.0d)\n"), host, o->port_base !=
	    MAIN_LAB_BASE ? " --port-base " : "", o->port_base !=
	    MAIN_LAB_BASE ? o->port_base : 0);
	printf(_("limits per client address: %d connections at once, %d new "
	    "a minute, %d messages a minute; %zu KB in flight for all "
	    "(0 = no limit)\n"), o->limit_conns, o->limit_rate, o->limit_msgs,
	    o->limit_memory / 1024);
	fputs(_("class log follows; press Ctrl-C to stop\n"), stdout);
	fflush(stdout);
	sigwait(&set, &sig);
	lab_free(lab);
	fputs(_("lab stopped\n"), stdout);
	return EXIT_ALLOK;
}

/* --compare A B: the comparison on stdout; 0 the same, 1 not, 2 a bad
   file. */
static int
main_compare(const char *a, const char *b)
{
	struct replay	*ra, *rb = NULL;
	struct buf	 out;
	char		 err[512];
	long		 diff;
	int		 rc = EXIT_USAGE;

	if ((ra = replay_load(a, err, sizeof err)) == NULL ||
	    (rb = replay_load(b, err, sizeof err)) == NULL) {
		fprintf(stderr, "smtpx: --compare: %s\n", err);
		replay_free(ra);
		return EXIT_USAGE;
	}
	buf_init(&out, 0);
	if ((diff = compare_write(ra, a, rb, b, 1, &out)) == -1)
		fprintf(stderr, "smtpx: --compare: out of memory\n");
	else if (fwrite(out.data, 1, out.len, stdout) != out.len ||
	    fflush(stdout) == EOF)
		fprintf(stderr, "smtpx: --compare: %s\n", strerror(errno));
	else
		rc = diff > 0 ? 1 : 0;
	buf_free(&out);
	replay_free(ra);
	replay_free(rb);
	return rc;
}

/* --replay FILE --batch: the session as the line mode printed it, notes
   rendered again (in the current language, unless --no-notes). */
static int
main_replay_print(const struct options *o)
{
	struct replay		*r;
	struct transcript	*tr;
	const struct tr_entry	*e;
	struct buf		 out;
	char			 err[512];
	size_t			 i;
	int			 rc = EXIT_ALLOK;

	if ((r = replay_load(o->replay, err, sizeof err)) == NULL) {
		fprintf(stderr, "smtpx: --replay: %s\n", err);
		return EXIT_USAGE;
	}
	buf_init(&out, 0);
	if ((tr = transcript_new()) == NULL ||
	    replay_fill(r, 0, r->n, tr) == -1) {
		fprintf(stderr, "smtpx: --replay: out of memory\n");
		rc = EXIT_USAGE;
	}
	for (i = 0; rc == EXIT_ALLOK && i < transcript_count(tr); i++) {
		e = transcript_get(tr, i);
		if (e->kind == TR_NOTE && !o->notes)
			continue;
		if (render_entry(e, 0, &out) == -1) {
			fprintf(stderr, "smtpx: --replay: out of memory\n");
			rc = EXIT_USAGE;
		}
	}
	if (rc == EXIT_ALLOK && (fwrite(out.data, 1, out.len, stdout) !=
	    out.len || fflush(stdout) == EOF)) {
		fprintf(stderr, "smtpx: --replay: %s\n", strerror(errno));
		rc = EXIT_USAGE;
	}
	buf_free(&out);
	transcript_free(tr);
	replay_free(r);
	return rc;
}

int
main(int argc, char **argv)
{
	struct options	 opt;
	struct app	 app;
	char		 err[512];
	int		 status;

	(void)i18n_init(i18n_scan_args(argc, argv));
	if (options_parse(&opt, argc, argv) == -1) {
		fputs(_("Try 'smtpx --help'.\n"), stderr);
		return EXIT_USAGE;
	}
	if (opt.lab_serve)
		return main_lab_serve(&opt);
	if (opt.compare[0] != NULL)
		return main_compare(opt.compare[0], opt.compare[1]);
	if (opt.replay != NULL && opt.batch)
		return main_replay_print(&opt);
	if (opt.replay != NULL)
		return replay_screen(&opt, opt.notes);
	if (opt.debug != NULL &&
	    config_debug_open(opt.debug, err, sizeof err) == -1) {
		fprintf(stderr, "smtpx: --debug: %s\n", err);
		return EXIT_USAGE;
	}

	/* Line mode's stdout may be a pipe closed early (| head): that is
	   a write error, not death. Sockets need no such help: core/io and
	   core/tls.c send with MSG_NOSIGNAL. */
	signal(SIGPIPE, SIG_IGN);
	if (config_proxy_init(&opt, err, sizeof err) == -1) {
		fprintf(stderr, "smtpx: --proxy: %s\n", err);
		config_debug_close();
		return EXIT_USAGE;
	}
	memset(&app, 0, sizeof app);
	app.opt = &opt;
	app.notes = opt.notes;
	if (opt.dns_server != NULL && (app.dns = resolver_dns_new(
	    opt.dns_server, 0, err, sizeof err)) == NULL) {
		fprintf(stderr, "smtpx: --dns-server: %s\n", err);
		config_debug_close();
		return EXIT_USAGE;
	}
	if (opt.lab && (app.lab = main_lab(&opt)) == NULL) {
		resolver_free(app.dns);
		return EXIT_CONNECT;
	}
	status = opt.probe ? probe_main(&app) : opt.batch ?
	    batch_main(&app) : screen_main(&app);
	cmd_pipe_drop(&app);
	resolver_free(app.dns);
	resolver_free(app.mx_dns);
	lab_free(app.lab);
	config_proxy_free();
	config_debug_close();
	return status;
}
