/*
 * The sanitiser (core/sanitize.c), the one door from the network to a
 * terminal. Properties, from sanitize.h:
 *   - the output is terminal-safe: valid UTF-8, no C0 control, no DEL,
 *     no C1 control in either encoding, no bidi override or isolate, no
 *     line or paragraph separator;
 *   - it is reversible: reading \\, \t, \r, \n, \xNN and \uNNNN back
 *     gives exactly the input, so no escape can be forged;
 *   - sanitize_clean(s) is 1 exactly when the output equals the input;
 *   - with a bounded buffer it fails cleanly (-1) instead of overrunning.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "sanitize.h"
#include "fuzz_util.h"

static int
fuzz_hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Undo the escapes; -1 on an escape the sanitiser would not write. */
static int
fuzz_unescape(const char *s, size_t len, struct buf *out)
{
	size_t		 i = 0;
	uint32_t	 c;
	int		 k, h;

	while (i < len) {
		if (s[i] != '\\') {
			buf_addch(out, s[i++]);
			continue;
		}
		if (i + 1 >= len)
			return -1;
		switch (s[i + 1]) {
		case '\\':
			buf_addch(out, '\\');
			i += 2;
			break;
		case 't':
			buf_addch(out, '\t');
			i += 2;
			break;
		case 'r':
			buf_addch(out, '\r');
			i += 2;
			break;
		case 'n':
			buf_addch(out, '\n');
			i += 2;
			break;
		case 'x':
			if (i + 3 >= len || fuzz_hex(s[i + 2]) < 0 ||
			    fuzz_hex(s[i + 3]) < 0)
				return -1;
			buf_addch(out, (char)(fuzz_hex(s[i + 2]) * 16 +
			    fuzz_hex(s[i + 3])));
			i += 4;
			break;
		case 'u':
			if (i + 5 >= len)
				return -1;
			for (c = 0, k = 2; k < 6; k++) {
				if ((h = fuzz_hex(s[i + k])) < 0)
					return -1;
				c = c << 4 | (uint32_t)h;
			}
			/* Only what is escaped this way: U+2000 and up. */
			if (c < 0x800)
				return -1;
			buf_addch(out, (char)(0xe0 | c >> 12));
			buf_addch(out, (char)(0x80 | ((c >> 6) & 0x3f)));
			buf_addch(out, (char)(0x80 | (c & 0x3f)));
			i += 6;
			break;
		default:
			return -1;
		}
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf	 out, back, small;
	size_t		 at;
	int		 clean;

	buf_init(&out, 0);
	FUZZ_CHECK(sanitize_text((const char *)data, size, &out) == 0,
	    "sanitize_text failed with no limit");
	FUZZ_CHECK(fuzz_terminal_safe(out.data ? out.data : "", out.len, &at),
	    "unsafe output at %zu: %.80s", at, out.data + (at > 20 ? at - 20 : 0));
	buf_init(&back, 0);
	FUZZ_CHECK(fuzz_unescape(out.data ? out.data : "", out.len, &back) == 0,
	    "output holds an escape that cannot be read back: %.200s",
	    out.data);
	FUZZ_CHECK(back.len == size && (size == 0 ||
	    memcmp(back.data, data, size) == 0),
	    "escapes do not read back to the input");
	clean = sanitize_clean((const char *)data, size);
	FUZZ_CHECK(clean == (out.len == size && (size == 0 ||
	    memcmp(out.data, data, size) == 0)),
	    "sanitize_clean says %d", clean);

	buf_init(&small, size ? data[0] % 32 : 0);
	if (small.max && sanitize_text((const char *)data, size, &small) == 0)
		FUZZ_CHECK(small.len <= small.max, "overran the limit");
	FUZZ_CHECK(small.len <= small.max || small.max == 0, "limit");
	buf_free(&small);
	buf_free(&out);
	buf_free(&back);
	return 0;
}
