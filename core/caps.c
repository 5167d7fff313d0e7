/*
 * EHLO capability parsing. The first line of a 250 reply is the server's
 * domain and greeting; every further line is "KEYWORD [params]". The
 * keyword is the first token up to a space, kept upper case, so lookups
 * are whole-token and case-insensitive. AUTH mechanisms are collected from
 * "AUTH" and the pre-standard "AUTH=" lines into one list without
 * duplicates.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "caps.h"
#include "reply.h"

void
caps_free(struct caps *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->v[i].keyword);
		free(c->v[i].params);
	}
	for (i = 0; i < c->nmechs; i++)
		free(c->mechs[i]);
	free(c->v);
	free(c->mechs);
	free(c->domain);
	free(c);
}

static char *
caps_strndup_upper(const char *s, size_t n)
{
	char	*p;
	size_t	 i;

	if ((p = malloc(n + 1)) == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		p[i] = toupper((unsigned char)s[i]);
	p[n] = '\0';
	return p;
}

/* Add each space-separated mechanism in s[0..len) not seen before. */
static int
caps_add_mechs(struct caps *c, const char *s, size_t len)
{
	size_t	 i = 0, j, k;
	char	**v, *m;

	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		for (j = i; j < len && s[j] != ' ' && s[j] != '\t'; j++)
			;
		if (j > i && j - i <= CAPS_KEYWORD_MAX) {
			if ((m = caps_strndup_upper(s + i, j - i)) == NULL)
				return -1;
			for (k = 0; k < c->nmechs; k++)
				if (strcmp(c->mechs[k], m) == 0)
					break;
			if (k < c->nmechs) {
				free(m);
			} else {
				v = realloc(c->mechs,
				    (c->nmechs + 1) * sizeof *v);
				if (v == NULL) {
					free(m);
					return -1;
				}
				c->mechs = v;
				c->mechs[c->nmechs++] = m;
			}
		}
		i = j;
	}
	return 0;
}

static void
caps_size(struct caps *c, const char *s)
{
	unsigned long long	 v;
	char			*end;

	while (*s == ' ')
		s++;
	if (*s < '0' || *s > '9')
		return;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno == ERANGE || (*end != '\0' && *end != ' ') || v == 0)
		return;
	c->size_given = 1;
	c->size = v;
}

static int
caps_add(struct caps *c, const char *s, size_t len)
{
	struct caps_entry	*v, *e;
	size_t			 k, kw;

	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	if (len == 0)
		return 0;
	for (k = 0; k < len && s[k] != ' ' && s[k] != '\t'; k++)
		;
	v = realloc(c->v, (c->n + 1) * sizeof *v);
	if (v == NULL)
		return -1;
	c->v = v;
	e = &c->v[c->n];
	kw = k > CAPS_KEYWORD_MAX ? CAPS_KEYWORD_MAX : k;
	e->keyword = caps_strndup_upper(s, kw);
	while (k < len && (s[k] == ' ' || s[k] == '\t'))
		k++;
	e->params = strndup(s + k, len - k);
	if (e->keyword == NULL || e->params == NULL) {
		free(e->keyword);
		free(e->params);
		return -1;
	}
	c->n++;
	if (strcmp(e->keyword, "AUTH") == 0)
		return caps_add_mechs(c, e->params, strlen(e->params));
	if (strncmp(e->keyword, "AUTH=", 5) == 0) {
		/* Old form: the first mechanism is glued to the keyword. */
		if (caps_add_mechs(c, s + 5, k - 5) == -1)
			return -1;
		return caps_add_mechs(c, e->params, strlen(e->params));
	}
	if (strcmp(e->keyword, "SIZE") == 0)
		caps_size(c, e->params);
	return 0;
}

struct caps *
caps_parse(const struct reply *r)
{
	struct caps	*c;
	size_t		 i;

	if ((c = calloc(1, sizeof *c)) == NULL)
		return NULL;
	if (r == NULL || r->code / 100 != 2 || r->nlines == 0) {
		if ((c->domain = strdup("")) == NULL)
			goto fail;
		return c;
	}
	if ((c->domain = strndup(r->lines[0], r->lens[0])) == NULL)
		goto fail;
	for (i = 1; i < r->nlines; i++)
		if (caps_add(c, r->lines[i], strlen(r->lines[i])) == -1)
			goto fail;
	return c;
fail:
	caps_free(c);
	return NULL;
}

/* Copy field by field: re-parsing would see keywords already cut to
   CAPS_KEYWORD_MAX and could derive something the original did not. */
struct caps *
caps_dup(const struct caps *c)
{
	struct caps	*d;
	size_t		 i;

	if (c == NULL || (d = calloc(1, sizeof *d)) == NULL)
		return NULL;
	d->size_given = c->size_given;
	d->size = c->size;
	if ((d->domain = strdup(c->domain)) == NULL ||
	    (c->n && (d->v = calloc(c->n, sizeof *d->v)) == NULL) ||
	    (c->nmechs && (d->mechs = calloc(c->nmechs,
	    sizeof *d->mechs)) == NULL))
		goto fail;
	for (; d->n < c->n; d->n++) {
		d->v[d->n].keyword = strdup(c->v[d->n].keyword);
		d->v[d->n].params = strdup(c->v[d->n].params);
		if (d->v[d->n].keyword == NULL || d->v[d->n].params == NULL) {
			d->n++;
			goto fail;
		}
	}
	for (i = 0; i < c->nmechs; i++, d->nmechs++)
		if ((d->mechs[i] = strdup(c->mechs[i])) == NULL)
			goto fail;
	return d;
fail:
	caps_free(d);
	return NULL;
}

const struct caps_entry *
caps_find(const struct caps *c, const char *keyword)
{
	size_t	 i;

	if (c == NULL)
		return NULL;
	for (i = 0; i < c->n; i++)
		if (strcasecmp(c->v[i].keyword, keyword) == 0)
			return &c->v[i];
	return NULL;
}

int
caps_has(const struct caps *c, const char *keyword)
{
	return caps_find(c, keyword) != NULL;
}

int
caps_has_mech(const struct caps *c, const char *mech)
{
	size_t	 i;

	if (c == NULL)
		return 0;
	for (i = 0; i < c->nmechs; i++)
		if (strcasecmp(c->mechs[i], mech) == 0)
			return 1;
	return 0;
}
