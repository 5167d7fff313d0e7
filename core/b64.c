/*
 * Base64 through EVP_EncodeBlock/EVP_DecodeBlock. DecodeBlock counts the
 * padding as output bytes and forgives stray characters, so the input is
 * checked here first and the padding subtracted after.
 */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "b64.h"
#include "buf.h"

int
b64_encode(const void *p, size_t len, struct buf *out)
{
	size_t	 need = 4 * ((len + 2) / 3);
	size_t	 at = out->len;

	if (len > (size_t)(1 << 30))
		return -1;
	/* Reserve space, then encode in place. */
	if (buf_add(out, "", 0) == -1 || need > out->max - out->len)
		return -1;
	while (need) {
		char pad[64] = { 0 };
		size_t n = need < sizeof pad ? need : sizeof pad;
		if (buf_add(out, pad, n) == -1)
			return -1;
		need -= n;
	}
	EVP_EncodeBlock((unsigned char *)out->data + at, p, (int)len);
	return 0;
}

static int
b64_valid(const char *s, size_t len, size_t *pad)
{
	size_t	 i;

	*pad = 0;
	if (len % 4 != 0)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c == '=') {
			/* Padding only in the last two places, and to the end. */
			if (i < len - 2)
				return 0;
			(*pad)++;
			continue;
		}
		if (*pad)
			return 0;
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '+' || c == '/'))
			return 0;
	}
	return 1;
}

int
b64_decode(const char *s, size_t len, struct buf *out)
{
	unsigned char	*tmp;
	size_t		 pad;
	int		 n, r;

	if (len == 0)
		return 0;
	if (len > (size_t)(1 << 30) || !b64_valid(s, len, &pad))
		return -1;
	if ((tmp = OPENSSL_malloc(len / 4 * 3 + 1)) == NULL)
		return -1;
	n = EVP_DecodeBlock(tmp, (const unsigned char *)s, (int)len);
	r = n < 0 ? -1 : buf_add(out, tmp, (size_t)n - pad);
	OPENSSL_clear_free(tmp, len / 4 * 3 + 1);
	return r;
}
