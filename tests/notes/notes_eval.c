/*
 * notes_eval: score the notes against a corpus of real replies (issue
 * 12, tests/notes/eval/README.md). Each record's reply goes through the
 * real reply parser and notes_reply, with a notes context built from its
 * "context:" line (the command answered, the port); each note's topic
 * tag (notes_tag) is compared with the tag an expert gave the reply:
 *
 *   wrong     a note states another cause than the record's tag, or
 *             names a server or provider the record's "server:" does
 *             not name; for an "unclear" reply any cause is wrong, for
 *             a "success" any cause but success;
 *   correct   else, some note states the record's cause (for "unclear":
 *             no note states any cause, which is the right answer);
 *   generic   else: only what the code's class means.
 *
 *   notes_eval [-q] [-g] [-v] [-r] NAME FILE
 *
 * prints NAME's counts and percentages, then each wrong record (with -v
 * also each generic one, to find what the notes miss): with -q
 * (a held-out part, only scored) its id alone, else its id, tag, reply
 * and the notes that were wrong. -g: exit 1 when any record is wrong or
 * fewer than 90% are correct (the gate of make check). -r: the
 * leave-out figures too: what the text reader alone (no known message)
 * says of each record, and how many records are explained only by a
 * known message that explains no other record (a rule written for one
 * wording), or by one whose records all come from one source (with
 * EVAL_READER_RIGHT or EVAL_READER_SILENT set in the environment, and
 * not -q, the records the reader gets right or leaves silent are
 * listed). Bounded: records,
 * lines and notes are capped, and nothing here waits.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "notes.h"
#include "notes_tables.h"
#include "reply.h"
#include "smtpcmd.h"

#define EVAL_REC_MAX	16384	/* bytes of one record */
#define EVAL_WRONG_MAX	8	/* wrong notes listed per record */
#define EVAL_GATE_PCT	90

struct rec {
	char	 id[64];
	char	 source[256];
	char	 server[256];
	char	 context[256];
	char	 tag[64];
	char	 reply[EVAL_REC_MAX];
	size_t	 replylen;
};

/* What the notes of one reply said. */
struct verdict {
	const struct rec *rec;
	int		 right;		/* a note states the record's tag */
	int		 tagged;	/* a note states some cause */
	int		 nwrong;
	char		 wrong[EVAL_WRONG_MAX][160];
	char		 known[64];	/* the known message that stated the
					   right cause, if one did */
};

/* For -r: how many right records each known message explains, and from
   how many sources. */
#define EVAL_KNOWN_MAX	1024
struct kcount {
	char	 id[64];
	int	 n;
	char	 source[256];	/* the first record's */
	int	 sources;	/* records from another source than that */
};

/* Names that stand for one provider in a record's "server:" line. */
static const char *const eval_alias[][6] = {
	{ "microsoft", "microsoft", "exchange", "outlook", "office365",
	    "hotmail" },
	{ "gmail", "gmail", "google", NULL, NULL, NULL },
	{ "google", "gmail", "google", NULL, NULL, NULL },
	{ "yahoo", "yahoo", "aol", NULL, NULL, NULL },
	{ "icloud", "icloud", "apple", NULL, NULL, NULL },
	{ "outlook.com", "microsoft", "exchange", "outlook", "hotmail",
	    NULL },
};

static void
eval_lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* 1 when the record's server line names the server a note names. */
static int
eval_server_ok(const char *rserver, const char *who)
{
	char	 r[256], w[64];
	size_t	 i, j, n;

	snprintf(r, sizeof r, "%s", rserver);
	eval_lower(r);
	/* Its first word: "Microsoft 365" -> "microsoft", "Exim (cPanel)"
	   -> "exim", "Amazon SES" -> "amazon". */
	n = strcspn(who, " (");
	snprintf(w, sizeof w, "%.*s", (int)n, who);
	eval_lower(w);
	for (i = 0; i < sizeof eval_alias / sizeof eval_alias[0]; i++) {
		if (strcmp(eval_alias[i][0], w) != 0)
			continue;
		for (j = 1; j < 6 && eval_alias[i][j] != NULL; j++)
			if (strstr(r, eval_alias[i][j]) != NULL)
				return 1;
		return 0;
	}
	return strstr(r, w) != NULL;
}

/* The context line: the first command word, and "port N". */
static void
eval_context(const char *s, struct notes_ctx *ctx)
{
	static const struct {
		const char	*word;
		enum smtpcmd	 cmd;
	} words[] = {
		{ "greeting", SMTPCMD_GREETING },
		{ "end of data", SMTPCMD_DOT },
		{ "ehlo", SMTPCMD_EHLO }, { "helo", SMTPCMD_HELO },
		{ "lhlo", SMTPCMD_LHLO }, { "mail", SMTPCMD_MAIL },
		{ "rcpt", SMTPCMD_RCPT }, { "data", SMTPCMD_DATA },
		{ "bdat", SMTPCMD_BDAT }, { "rset", SMTPCMD_RSET },
		{ "quit", SMTPCMD_QUIT }, { "starttls", SMTPCMD_STARTTLS },
		{ "auth", SMTPCMD_AUTH }, { "vrfy", SMTPCMD_VRFY },
	};
	const char	*p;
	size_t		 i;

	memset(ctx, 0, sizeof *ctx);
	ctx->cmd = SMTPCMD_NONE;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strncasecmp(s, words[i].word, strlen(words[i].word)) ==
		    0) {
			ctx->cmd = words[i].cmd;
			break;
		}
	if ((p = strstr(s, "port ")) != NULL)
		ctx->port = atoi(p + 5);
	ctx->implicit_tls = ctx->tls = ctx->port == 465;
}

static void
eval_collect(void *arg, const struct note *nt)
{
	struct verdict	*v = arg;
	const char	*server, *tag = notes_tag(nt, &server);
	const char	*rt = v->rec->tag;
	char		 what[160];
	int		 bad = 0, k;

	snprintf(what, sizeof what, "%s", nt->id);
	if (nt->nargs > 0 && (strcmp(nt->id, "known.cause") == 0 ||
	    strcmp(nt->id, "esc.full") == 0))
		snprintf(what, sizeof what, "%s %s", nt->id, nt->a[0].s);
	if (server != NULL && !eval_server_ok(v->rec->server, server)) {
		bad = 1;
		snprintf(what + strlen(what), sizeof what - strlen(what),
		    " names %s", server);
	}
	if (tag != NULL) {
		v->tagged = 1;
		if (strcmp(tag, rt) == 0) {
			v->right = 1;
			for (k = 0; v->known[0] == '\0' && k < nt->nargs &&
			    strncmp(nt->id, "known.", 6) == 0; k++)
				if (strncmp(nt->a[k].s, "known.cause:", 12) ==
				    0)
					snprintf(v->known, sizeof v->known,
					    "%s", nt->a[k].s + 12);
		}
		else {
			bad = 1;
			snprintf(what + strlen(what), sizeof what -
			    strlen(what), " says %s", tag);
		}
	}
	if (bad && v->nwrong < EVAL_WRONG_MAX)
		snprintf(v->wrong[v->nwrong++], sizeof v->wrong[0], "%s",
		    what);
	else if (bad)
		v->nwrong++;
}

/* The reply through the real parser; NULL when it does not parse. */
static struct reply *
eval_parse(const struct rec *rc)
{
	struct reply_parser	*p;
	struct reply_line	 line;
	struct reply		*r = NULL;
	enum reply_result	 res;
	char			 err[256], *buf;
	size_t			 i, o = 0;

	if ((buf = malloc(rc->replylen * 2 + 3)) == NULL)
		return NULL;
	for (i = 0; i < rc->replylen; i++) {
		if (rc->reply[i] == '\n')
			buf[o++] = '\r';
		buf[o++] = rc->reply[i];
	}
	if ((p = reply_parser_new()) == NULL) {
		free(buf);
		return NULL;
	}
	reply_parser_feed(p, buf, o);
	free(buf);
	do {
		res = reply_parser_next(p, &line, &r, err, sizeof err);
	} while (res == REPLY_LINE || res == REPLY_BAD);
	reply_parser_free(p);
	return r;
}

/* Copy a field's value, cut to the field. */
static void
eval_field(char *dst, size_t size, const char *src)
{
	size_t	 n = strlen(src);

	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Read the next record; 0 at the end. */
static int
eval_read(FILE *fp, struct rec *rc)
{
	char	 line[4096];
	int	 inreply = 0, any = 0;
	size_t	 n;

	memset(rc, 0, sizeof *rc);
	while (fgets(line, sizeof line, fp) != NULL) {
		n = strlen(line);
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n == 0) {
			if (any)
				return 1;
			continue;
		}
		any = 1;
		if (inreply) {
			if (rc->replylen + n + 2 < sizeof rc->reply) {
				memcpy(rc->reply + rc->replylen, line, n);
				rc->replylen += n;
				rc->reply[rc->replylen++] = '\n';
			}
		} else if (strncmp(line, "id: ", 4) == 0)
			eval_field(rc->id, sizeof rc->id, line + 4);
		else if (strncmp(line, "source: ", 8) == 0)
			eval_field(rc->source, sizeof rc->source, line + 8);
		else if (strncmp(line, "server: ", 8) == 0)
			eval_field(rc->server, sizeof rc->server, line + 8);
		else if (strncmp(line, "context: ", 9) == 0)
			eval_field(rc->context, sizeof rc->context, line + 9);
		else if (strncmp(line, "tag: ", 5) == 0)
			eval_field(rc->tag, sizeof rc->tag, line + 5);
		else if (strcmp(line, "reply:") == 0)
			inreply = 1;
	}
	return any;
}

static double
eval_pct(int n, int total)
{
	return total > 0 ? 100.0 * n / total : 0.0;
}

int
main(int argc, char **argv)
{
	struct notes_ctx	 ctx;
	struct verdict		 v;
	struct reply		*r;
	struct rec		*rc;
	FILE			*fp;
	int			 quiet = 0, gate = 0, verbose = 0;
	int			 leave = 0, rd_right = 0, rd_wrong = 0;
	int			 rd_fitted = 0, nk = 0, j;
	char			 text[NOTES_TEXT_MAX];
	const char		*rt;
	struct kcount		*kc;
	char			(*rec_known)[64];
	char			*rec_rd;
	int			 total = 0, right = 0;
	int			 generic = 0, wrong = 0, bad = 0, i;
	char			**lst;
	size_t			 nlst = 0;

	while (argc > 1 && argv[1][0] == '-') {
		if (strcmp(argv[1], "-q") == 0)
			quiet = 1;
		else if (strcmp(argv[1], "-g") == 0)
			gate = 1;
		else if (strcmp(argv[1], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[1], "-r") == 0)
			leave = 1;
		else
			break;
		argc--, argv++;
	}
	if (argc != 3) {
		fprintf(stderr,
		    "usage: notes_eval [-q] [-g] [-v] [-r] name corpus\n");
		return 2;
	}
	if ((fp = fopen(argv[2], "r")) == NULL) {
		perror(argv[2]);
		return 2;
	}
	if ((rc = malloc(sizeof *rc)) == NULL ||
	    (lst = calloc(10000, sizeof *lst)) == NULL ||
	    (kc = calloc(EVAL_KNOWN_MAX, sizeof *kc)) == NULL ||
	    (rec_known = calloc(10000, sizeof *rec_known)) == NULL ||
	    (rec_rd = calloc(10000, 1)) == NULL)
		return 2;
	while (eval_read(fp, rc) && total < 10000) {
		/* A block without an id is a comment. */
		if (rc->id[0] == '\0')
			continue;
		if (rc->tag[0] == '\0' || rc->replylen == 0) {
			bad++;
			continue;
		}
		total++;
		eval_context(rc->context, &ctx);
		memset(&v, 0, sizeof v);
		v.rec = rc;
		if ((r = eval_parse(rc)) == NULL) {
			/* Not a reply the parser takes: no notes at all. */
			generic++;
			continue;
		}
		notes_reply(&ctx, r, eval_collect, &v);
		if (leave) {
			/* The reader alone, as if no known message existed. */
			notes_known_text(r, text, sizeof text);
			if ((rt = notes_reader_tag(&ctx, r->code, text)) !=
			    NULL && strcmp(rt, rc->tag) == 0) {
				rd_right++;
				rec_rd[total - 1] = 1;
				if (getenv("EVAL_READER_RIGHT") != NULL &&
				    !quiet)
					printf("  reader right: %s\n", rc->id);
			}
			else if (rt != NULL) {
				rd_wrong++;
				if (verbose && !quiet)
					printf("  reader: %s says %s (%s)\n",
					    rc->id, rt, rc->tag);
			/* Debugging the reader: what it leaves silent. */
			} else if (getenv("EVAL_READER_SILENT") != NULL &&
			    !quiet)
				printf("  reader silent: %s (%s) %.*s\n", rc->id,
				    rc->tag, (int)strcspn(rc->reply, "\n"),
				    rc->reply);
		}
		reply_free(r);
		if (leave && v.nwrong == 0 && v.right && v.known[0] != '\0') {
			for (j = 0; j < nk; j++)
				if (strcmp(kc[j].id, v.known) == 0)
					break;
			if (j == nk && nk < EVAL_KNOWN_MAX) {
				snprintf(kc[j].id, sizeof kc[j].id, "%s",
				    v.known);
				snprintf(kc[j].source, sizeof kc[j].source,
				    "%s", rc->source);
				nk++;
			}
			if (j < nk) {
				kc[j].n++;
				if (strcmp(kc[j].source, rc->source) != 0)
					kc[j].sources++;
				snprintf(rec_known[total - 1],
				    sizeof rec_known[0], "%s", v.known);
			}
		}
		if (strcmp(rc->tag, "unclear") == 0 && !v.tagged &&
		    v.nwrong == 0)
			v.right = 1;
		if (v.nwrong == 0 && !v.right && verbose && !quiet) {
			size_t	 sz = 1024 + rc->replylen;
			char	*s = malloc(sz);

			if (s == NULL)
				return 2;
			snprintf(s, sz, "  %s (%s, %s; %s) generic\n    %.*s",
			    rc->id, rc->tag, rc->server, rc->context,
			    (int)rc->replylen - 1, rc->reply);
			lst[nlst++] = s;
		}
		if (v.nwrong > 0) {
			wrong++;
			if (quiet)
				lst[nlst] = strdup(rc->id);
			else {
				size_t	 sz = 1024 + rc->replylen;
				char	*s = malloc(sz);
				int	 k;

				if (s == NULL)
					return 2;
				snprintf(s, sz, "  %s (%s, %s; %s)\n", rc->id,
				    rc->tag, rc->server, rc->context);
				for (k = 0; k < v.nwrong &&
				    k < EVAL_WRONG_MAX; k++)
					snprintf(s + strlen(s), sz - strlen(s),
					    "    wrong: %s\n", v.wrong[k]);
				snprintf(s + strlen(s), sz - strlen(s),
				    "    %.*s", (int)rc->replylen - 1,
				    rc->reply);
				lst[nlst] = s;
			}
			nlst++;
		} else if (v.right)
			right++;
		else
			generic++;
	}
	fclose(fp);
	printf("%s: %d replies: %d specific and correct (%.1f%%), "
	    "%d generic (%.1f%%), %d wrong (%.1f%%)\n", argv[1], total,
	    right, eval_pct(right, total), generic, eval_pct(generic, total),
	    wrong, eval_pct(wrong, total));
	if (bad > 0)
		printf("%s: %d records without a tag or reply skipped\n",
		    argv[1], bad);
	if (leave) {
		int	 one = 0, onesrc = 0, many = 0, one_rec = 0;

		for (j = 0; j < nk; j++) {
			if (kc[j].n == 1 && verbose && !quiet)
				printf("  one record: known %s\n", kc[j].id);
			if (kc[j].n == 1)
				one++;
			else if (kc[j].sources == 0)
				onesrc += kc[j].n;
			else
				many += kc[j].n;
		}
		for (i = 0; i < total && i < 10000; i++)
			for (j = 0; rec_known[i][0] != '\0' && j < nk; j++)
				if (strcmp(kc[j].id, rec_known[i]) == 0 &&
				    kc[j].n == 1) {
					one_rec++;
					rd_fitted += rec_rd[i];
				}
		printf("%s: text reader alone: %d right (%.1f%%), %d wrong, "
		    "%d silent\n", argv[1], rd_right,
		    eval_pct(rd_right, total), rd_wrong,
		    total - rd_right - rd_wrong);
		printf("%s: known messages: %d explain right records; %d of "
		    "them only one record; %d records from a rule that "
		    "explains several from one source, %d from a rule with "
		    "records of several sources\n", argv[1], nk, one, onesrc,
		    many);
		printf("%s: of the %d records only a one-record rule explains, "
		    "the text reader alone gets %d right\n", argv[1], one_rec,
		    rd_fitted);
	}
	if (nlst > 0 && quiet)
		printf("%s wrong:", argv[1]);
	for (i = 0; i < (int)nlst; i++) {
		if (quiet)
			printf(" %s", lst[i]);
		else {
			/* Indent the reply's lines under the record. */
			char	*p, *s = lst[i];

			while ((p = strchr(s, '\n')) != NULL) {
				printf("%.*s", (int)(p - s + 1), s);
				s = p + 1;
				if (*s != '\0' && *s != ' ')
					printf("    ");
			}
			printf("%s\n", s);
		}
		free(lst[i]);
	}
	if (nlst > 0 && quiet)
		printf("\n");
	free(lst);
	free(rc);
	free(kc);
	free(rec_known);
	free(rec_rd);
	if (gate && (wrong > 0 || right * 100 < total * EVAL_GATE_PCT)) {
		printf("%s: below the gate (0 wrong, %d%% correct)\n", argv[1],
		    EVAL_GATE_PCT);
		return 1;
	}
	return 0;
}
