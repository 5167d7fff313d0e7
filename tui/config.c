/*
 * The session configuration, built in one place for both front ends, so
 * the screen and the line mode cannot drift apart: the same EHLO/HELO
 * name (--ehlo, else this host's name, as the manual promises), the same
 * timeout, the same TLS trust and the same bound on the transcript.
 */
#include <string.h>
#include <unistd.h>

#include "session.h"
#include "tui.h"

void
config_session(const struct options *o, struct session_config *cfg,
    char *name, size_t namelen)
{
	memset(cfg, 0, sizeof *cfg);
	/* core falls back to "localhost" for a name it cannot use. */
	if (o->ehlo != NULL)
		cfg->ehlo_name = o->ehlo;
	else if (namelen > 0 && gethostname(name, namelen) == 0) {
		name[namelen - 1] = '\0';
		cfg->ehlo_name = name;
	}
	cfg->timeout_ms = o->timeout > 0 ? o->timeout * 1000 : 0;
	cfg->transcript_max = o->max_transcript;
	cfg->tls.ca_file = o->ca_file;
	cfg->tls.insecure = o->insecure;
}
