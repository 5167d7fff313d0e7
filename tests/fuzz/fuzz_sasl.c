/*
 * SASL mechanisms (core/sasl.c) against hostile challenges. The input
 * picks a mechanism and options in its first byte; the rest is a list of
 * challenges (decoded bytes, as session.c hands them over) separated by
 * the two bytes FF FE. The SCRAM client nonce is fixed to the one of
 * RFC 5802's example (or, with option bit 0x40, RFC 7677's), so a seed
 * can carry a whole valid exchange (user "user", password "pencil").
 * Properties, from sasl.h:
 *   - a failed step leaves out and show exactly as they were, and every
 *     later step fails too; sasl_finish refuses a failed exchange;
 *   - show is printable ASCII and never holds the password (or, for
 *     PLAIN/LOGIN/XOAUTH2, anything but a mask in its place); err is a
 *     printable sentence;
 *   - a step never adds more than it could: out stays within what the
 *     mechanism sends (checked loosely: 64 KiB);
 *   - SCRAM: sasl_finish says yes only after a server signature check.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "sasl.h"
#include "fuzz_util.h"

#define FUZZ_USER	"user"
#define FUZZ_SECRET	"pencil"

static void
fuzz_printable(const char *s, size_t len, const char *what)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		FUZZ_CHECK((unsigned char)s[i] >= 0x20 &&
		    (unsigned char)s[i] <= 0x7e, "%s has byte 0x%02x: %.200s",
		    what, (unsigned char)s[i], s);
}

/* Skip SCRAM iteration counts that only make the run slow. */
static int
fuzz_slow(const uint8_t *c, size_t len)
{
	size_t	 i, digits;

	for (i = 0; i + 2 < len; i++)
		if (c[i] == 'i' && c[i + 1] == '=') {
			for (digits = 0; i + 2 + digits < len &&
			    c[i + 2 + digits] >= '0' && c[i + 2 + digits] <= '9';
			    digits++)
				;
			if (digits > 5)
				return 1;
		}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const mechs[] = { "PLAIN", "LOGIN", "CRAM-MD5",
	    "XOAUTH2", "SCRAM-SHA-1", "SCRAM-SHA-256", "scram-sha-256" };
	struct sasl		*s;
	struct buf		 out, show;
	enum sasl_status	 st;
	char			 err[512];
	const uint8_t		*p, *end, *sep;
	size_t			 olen, slen, clen;
	int			 failed = 0, steps = 0, mech;
	uint8_t			 opt;

	if (size < 1)
		return 0;
	opt = data[0];
	mech = (opt & 7) % 7;
	p = data + 1;
	end = data + size;
	if (fuzz_slow(p, end - p))
		return 0;
	s = sasl_new(mechs[mech], FUZZ_USER, FUZZ_SECRET,
	    opt & 0x10 ? "admin,=x" : NULL, err, sizeof err);
	FUZZ_CHECK(s != NULL, "sasl_new: %s", err);
	if (!(opt & 0x20))
		sasl_set_nonce(s, opt & 0x40 ? "rOprNGfwEbeRWgbNEkqO" :
		    "fyko+d2lbbFgONRv9qkxdawL");
	buf_init(&out, 65536);
	buf_init(&show, 65536);

	if (sasl_has_initial(s)) {
		st = sasl_step(s, NULL, 0, &out, &show, err, sizeof err);
		FUZZ_CHECK(st == SASL_CONTINUE, "initial response: %s", err);
		steps++;
	}
	while (p <= end && steps < 8) {
		for (sep = p; sep + 1 < end && !(sep[0] == 0xff &&
		    sep[1] == 0xfe); sep++)
			;
		if (sep + 1 >= end)
			sep = end;
		clen = sep - p;
		olen = out.len;
		slen = show.len;
		err[0] = '\0';
		st = sasl_step(s, p, clen, &out, &show, err, sizeof err);
		if (st == SASL_FAIL) {
			FUZZ_CHECK(out.len == olen && show.len == slen,
			    "a failed step changed out (%zu -> %zu) or show "
			    "(%zu -> %zu)", olen, out.len, slen, show.len);
			FUZZ_CHECK(err[0] != '\0', "failure without a reason");
			fuzz_printable(err, strlen(err), "err");
			failed = 1;
		} else
			FUZZ_CHECK(!failed, "a step succeeded after a failure");
		steps++;
		p = sep + 2;
	}
	if (show.len) {
		fuzz_printable(show.data, show.len, "show");
		/* (Unless the server wrote it: show quotes challenges.) */
		FUZZ_CHECK(fuzz_find((const char *)data, size, FUZZ_SECRET,
		    strlen(FUZZ_SECRET)) != (size_t)-1 ||
		    fuzz_find(show.data, show.len, FUZZ_SECRET,
		    strlen(FUZZ_SECRET)) == (size_t)-1, "the secret in show: "
		    "%.300s", show.data);
	}
	err[0] = '\0';
	if (sasl_finish(s, err, sizeof err) == 0) {
		FUZZ_CHECK(!failed, "sasl_finish accepted a failed exchange");
		if (mech >= 4)
			FUZZ_CHECK(fuzz_find(show.data ? show.data : "", show.len,
			    "signature verified", 18) != (size_t)-1,
			    "SCRAM finished without a verified signature");
	} else {
		FUZZ_CHECK(err[0] != '\0', "finish refused without a reason");
		fuzz_printable(err, strlen(err), "err");
	}
	sasl_free(s);
	buf_free(&out);
	buf_free(&show);
	return 0;
}
