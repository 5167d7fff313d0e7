/*
 * main(): read the options, then hand over to one of the front ends: the
 * curses screen, the line mode (--batch), or the lab alone (--lab-serve).
 * Everything that can go wrong before a front end starts is a usage error
 * with exit status 2 and a message on stderr.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export.h"
#include "lab.h"
#include "tui.h"

/* Ports the lab tries first; "/connect lab 587" maps onto them. */
#define MAIN_LAB_RELAY		10025
#define MAIN_LAB_SUBMISSION	10587
#define MAIN_LAB_SUBMISSIONS	10465

enum {
	OPT_TLS = 256, OPT_CA_FILE, OPT_INSECURE, OPT_TIMEOUT, OPT_EHLO,
	OPT_USER, OPT_PASSWORD_FILE, OPT_ALLOW_PLAIN, OPT_BATCH, OPT_SCRIPT,
	OPT_LAB, OPT_LAB_SERVE, OPT_LISTEN, OPT_LAB_OP25B, OPT_THEME,
	OPT_NO_NOTES, OPT_TIMESTAMPS, OPT_STOP_ON_ERROR, OPT_VERSION,
	OPT_SERVERNAME, OPT_MAX_TRANSCRIPT, OPT_DEBUG, OPT_FORMAT,
};

static const struct option main_longopts[] = {
	{ "port",		required_argument, NULL, 'p' },
	{ "tls",		no_argument,	   NULL, OPT_TLS },
	{ "ca-file",		required_argument, NULL, OPT_CA_FILE },
	{ "insecure",		no_argument,	   NULL, OPT_INSECURE },
	{ "servername",		required_argument, NULL, OPT_SERVERNAME },
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
	{ "theme",		required_argument, NULL, OPT_THEME },
	{ "no-notes",		no_argument,	   NULL, OPT_NO_NOTES },
	{ "timestamps",		no_argument,	   NULL, OPT_TIMESTAMPS },
	{ "max-transcript",	required_argument, NULL, OPT_MAX_TRANSCRIPT },
	{ "debug",		required_argument, NULL, OPT_DEBUG },
	{ "version",		no_argument,	   NULL, OPT_VERSION },
	{ "help",		no_argument,	   NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static const char main_usage[] =
"usage: smtpx [options] [HOST [PORT]]           the screen\n"
"       smtpx --batch [options] [HOST [PORT]]   line mode: commands from stdin\n"
"       smtpx --lab [--batch PORT]              practise on the built-in lab\n"
"       smtpx --lab-serve [--listen ADDR]       run the lab alone for a class\n"
"\n"
"Explore SMTP by hand: connect to a mail server, type the commands, upgrade\n"
"with /starttls, authenticate with /auth, and read every reply explained.\n"
"Port 25 is relay between servers, 587 is submission (STARTTLS, then AUTH),\n"
"465 is submission with TLS from the first byte.\n"
"\n"
"options:\n"
"  -p, --port PORT          server port (default 25, or 465 with --tls)\n"
"      --tls                implicit TLS from the first byte (port 465)\n"
"      --ca-file FILE       trust the CA certificates in FILE (PEM)\n"
"      --insecure           go on when the certificate fails verification\n"
"      --servername NAME    the name sent as SNI and verified (HOST an address)\n"
"      --timeout SECONDS    limit for every wait (default 30)\n"
"      --ehlo NAME          name for /send and HELO fallback (default: host name)\n"
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
"      --listen ADDR        with --lab-serve: address to listen on (127.0.0.1)\n"
"      --lab-op25b          the lab's port 25 swallows connections (ISP block)\n"
"      --theme NAME         colour theme (default, light, high-contrast, mono)\n"
"      --no-notes           do not explain replies\n"
"      --timestamps         show the time of every line (line mode: and each\n"
"                           reply's latency in ms on its last line)\n"
"      --max-transcript SIZE  memory for the transcript (K, M or G; default\n"
"                           256M, at least 64K); past it the oldest lines\n"
"                           are dropped and a line says how many\n"
"      --debug FILE         write a trace for bug reports to FILE (replaced;\n"
"                           states, commands by name, reply codes, timings;\n"
"                           never arguments, secrets or message text)\n"
"      --version            print the version\n"
"  -h, --help               print this help\n"
"\n"
"Lines starting with / are smtpx commands (/help lists them); other lines\n"
"are sent to the server as typed. Exit status: 0 every reply 2xx/3xx, 1 some\n"
"reply 4xx/5xx, 2 bad usage or input, 3 connection, TLS, protocol or the\n"
"server's side of AUTH failed; when several went wrong, the first decides.\n";

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
		case OPT_FORMAT:
			if (export_format_parse(optarg, &fmt) == -1) {
				fprintf(stderr, "smtpx: --format: %s: use "
				    "text, md or json\n", optarg);
				return -1;
			}
			o->format = fmt;
			break;
		case OPT_STOP_ON_ERROR:
			o->stop_on_error = 1;
			break;
		case OPT_VERSION:
			printf("smtpx %s\n", SMTPX_VERSION);
			exit(EXIT_ALLOK);
		case 'h':
			fputs(main_usage, stdout);
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
	if (argc > 2) {
		fprintf(stderr, "smtpx: too many arguments: %s\n", argv[2]);
		return -1;
	}
	if (o->lab && o->batch && argc == 1 && o->port == 0) {
		/* smtpx --lab --batch 587 */
		if (main_number(argv[0], "lab port", 1, 65535, &o->port))
			return -1;
		o->host = "lab";
		argc = 0;
	}
	if (argc >= 1)
		o->host = argv[0];
	if (argc == 2 && main_number(argv[1], "port", 1, 65535, &o->port))
		return -1;
	if (o->lab && o->host == NULL && o->batch) {
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
	if (o->listen && !o->lab_serve) {
		fprintf(stderr, "smtpx: --listen goes with --lab-serve\n");
		return -1;
	}
	if (o->format != EXPORT_TEXT && !o->batch) {
		fprintf(stderr, "smtpx: --format goes with --batch (the screen "
		    "has /export)\n");
		return -1;
	}
	return 0;
}

static struct lab *
main_lab(const struct options *o)
{
	struct lab_config	 cfg;
	struct lab		*lab;
	char			 err[256];

	memset(&cfg, 0, sizeof cfg);
	cfg.listen = o->listen;
	cfg.ports[LAB_RELAY] = MAIN_LAB_RELAY;
	cfg.ports[LAB_SUBMISSION] = MAIN_LAB_SUBMISSION;
	cfg.ports[LAB_SUBMISSIONS] = MAIN_LAB_SUBMISSIONS;
	cfg.op25b = o->lab_op25b;
	if ((lab = lab_start(&cfg, err, sizeof err)) == NULL)
		fprintf(stderr, "smtpx: cannot start the lab: %s\n", err);
	return lab;
}

/* --lab-serve: the lab in its thread, this one waiting for a signal. */
static int
main_lab_serve(const struct options *o)
{
	struct lab	*lab;
	sigset_t	 set;
	static const char *const names[LAB_NPERSONALITIES] = {
		"port 25  (relay)", "port 587 (submission)",
		"port 465 (submissions)",
	};
	const char	*addr;
	int		 sig, v6, i;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	/* Block before the lab thread starts, so it inherits the mask. */
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if ((lab = main_lab(o)) == NULL)
		return EXIT_CONNECT;
	printf("smtpx lab serving domain %s; demo account %s, password %s\n",
	    LAB_DOMAIN, LAB_USER, LAB_PASSWORD);
	addr = o->listen ? o->listen : "127.0.0.1";
	v6 = strchr(addr, ':') != NULL;
	for (i = 0; i < LAB_NPERSONALITIES; i++)
		printf("%-22s listening on %s%s%s:%d\n", names[i], v6 ? "[" : "",
		    addr, v6 ? "]" : "", lab_port(lab, i));
	printf("press Ctrl-C to stop\n");
	fflush(stdout);
	sigwait(&set, &sig);
	lab_free(lab);
	printf("lab stopped\n");
	return EXIT_ALLOK;
}

int
main(int argc, char **argv)
{
	struct options	 opt;
	struct app	 app;
	char		 err[512];
	int		 status;

	if (options_parse(&opt, argc, argv) == -1) {
		fputs("Try 'smtpx --help'.\n", stderr);
		return EXIT_USAGE;
	}
	if (opt.lab_serve)
		return main_lab_serve(&opt);
	if (opt.debug != NULL &&
	    config_debug_open(opt.debug, err, sizeof err) == -1) {
		fprintf(stderr, "smtpx: --debug: %s\n", err);
		return EXIT_USAGE;
	}

	/* Line mode's stdout may be a pipe closed early (| head): that is
	   a write error, not death. Sockets need no such help: core/io and
	   core/tls.c send with MSG_NOSIGNAL. */
	signal(SIGPIPE, SIG_IGN);
	memset(&app, 0, sizeof app);
	app.opt = &opt;
	app.notes = opt.notes;
	if (opt.lab && (app.lab = main_lab(&opt)) == NULL)
		return EXIT_CONNECT;
	status = opt.batch ? batch_main(&app) : screen_main(&app);
	lab_free(app.lab);
	config_debug_close();
	return status;
}
