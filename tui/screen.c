/*
 * The interactive screen: a transcript pane, a status line and a readline
 * command line in three curses windows, driven by one poll loop that
 * waits on the terminal, the session's descriptor and a signal pipe at
 * once, so a slow server never freezes the screen. Nothing draws as it
 * happens: session events and keys only mark what is dirty, and one draw
 * per wake-up refreshes the pane and status line with wnoutrefresh, the
 * command line last (it owns the cursor), then a single doupdate. The
 * prompts the command layer needs (a secret, a yes/no question) run the
 * same loop nested, with keys going to a small editor of our own instead
 * of readline, so a secret never enters readline's buffers or history.
 * Terminal resizes come as KEY_RESIZE from ncurses' own SIGWINCH handler;
 * SIGWINCH is blocked except inside ppoll so none is lost.
 * Input is never dropped: terminal bytes go into a bounded queue, and
 * while it is full, or the session's queue is, the screen stops reading,
 * so the rest of a paste waits in the terminal instead of in memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <stdarg.h>
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
#include "export.h"
#include "i18n.h"
#include "sanitize.h"
#include "render.h"
#include "replay.h"
#include "screen.h"
#include "session.h"
#include "tls.h"
#include "transcript.h"
#include "lab.h"
#include "probe.h"
#include "tui.h"
#include "width.h"

/* Last: term.h defines macros (lines, columns) that clash with names. */
#include <term.h>
#undef lines
#undef columns

#define SCREEN_KEY_WAIT_MS	50	/* for the rest of an escape sequence */
#define SCREEN_QUEUE_SPARE	16	/* room kept for bytes from wgetch */
#define SCREEN_WAIT_SHOW_MS	300	/* a reply this late shows "waiting" */
#define SCREEN_SECRET_MAX	4096
#define SCREEN_MOUSE_ON		"\033[?1000h\033[?1006h"
#define SCREEN_MOUSE_OFF	"\033[?1006l\033[?1000l"

static struct screen	 screen_storage;
static int		 screen_sigfd = -1;
static SCREEN		*screen_scr;

static void	screen_loop(struct screen *, const int *done);

static long long
screen_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Drawing helpers.
 */

int
screen_put(WINDOW *w, const char *s, size_t len, int maxcols, attr_t attr)
{
	size_t	 off, n;
	int	 used = 0, cw;
	char	 ctl[2];

	wattr_set(w, attr & ~A_COLOR, PAIR_NUMBER(attr), NULL);
	for (off = 0; off < len; off += n) {
		cw = width_char(s + off, len - off, used, &n);
		if (used + cw > maxcols)
			break;
		if (s[off] == '\t')
			wprintw(w, "%*s", cw, "");
		else if ((unsigned char)s[off] < 0x20 || s[off] == 0x7f) {
			/* Text here is sanitised; this is only a backstop. */
			ctl[0] = '^';
			ctl[1] = s[off] == 0x7f ? '?' : (char)(s[off] | 0x40);
			waddnstr(w, ctl, 2);
		} else if (!width_drawable(s + off, len - off))
			waddch(w, '?');
		else
			waddnstr(w, s + off, (int)n);
		used += cw;
	}
	wattr_set(w, A_NORMAL, 0, NULL);
	return used;
}

void
screen_dirty(struct screen *s, unsigned what)
{
	s->dirty |= what;
}

void
screen_message(struct screen *s, int warn, const char *fmt, ...)
{
	va_list	 ap;
	char	 raw[sizeof(s->message)];
	struct buf b;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), _(fmt), ap);
	va_end(ap);
	/* Messages may quote what the user typed: make it printable. */
	buf_init(&b, sizeof(s->message) - 1);
	(void)sanitize_text(raw, strlen(raw), &b);
	snprintf(s->message, sizeof(s->message), "%s", b.data ? b.data : "");
	buf_free(&b);
	s->message_warn = warn;
	s->dirty |= SCREEN_D_STATUS;
}

void
screen_log(struct screen *s, int error, const char *fmt, ...)
{
	va_list	 ap;
	char	 msg[1024];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), _(fmt), ap);
	va_end(ap);
	if (s->session != NULL)
		session_log(s->session, error ? TR_ERROR : TR_EVENT, "%s", msg);
	s->dirty |= SCREEN_D_PANE;
}

/*
 * Themes.
 */

static attr_t
screen_attrs(unsigned a)
{
	attr_t	 r = A_NORMAL;

	if (a & THEME_A_BOLD)
		r |= A_BOLD;
	if (a & THEME_A_DIM)
		r |= A_DIM;
	if (a & THEME_A_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & THEME_A_REVERSE)
		r |= A_REVERSE;
	if (a & THEME_A_ITALIC)
		r |= A_ITALIC;
	if (a & THEME_A_BLINK)
		r |= A_BLINK;
	if (a & THEME_A_STANDOUT)
		r |= A_STANDOUT;
	return r;
}

/* The role whose background shows through a role with none of its own. */
static enum theme_role
screen_role_base(enum theme_role r)
{
	switch (r) {
	case THEME_STATUS_OK:
	case THEME_STATUS_WARN:
		return THEME_STATUS;
	case THEME_STATUS:
	case THEME_OVERLAY:
	case THEME_NORMAL:
		return r;
	default:
		return THEME_NORMAL;
	}
}

static void
screen_apply_theme(struct screen *s)
{
	const struct theme_style	*st;
	int				 r, fg, bg;

	for (r = 0; r < THEME_NROLES; r++) {
		st = &s->theme.style[r];
		s->attr[r] = screen_attrs(st->attr);
		if (!s->colors)
			continue;
		fg = st->fg;
		bg = st->bg;
		if (bg == THEME_DEFAULT)
			bg = s->theme.style[screen_role_base(r)].bg;
		if (fg == THEME_DEFAULT && r != THEME_NORMAL &&
		    screen_role_base(r) != (enum theme_role)r)
			fg = s->theme.style[screen_role_base(r)].fg;
		fg = theme_downgrade(fg, COLORS);
		bg = theme_downgrade(bg, COLORS);
		s->pair[r] = (short)(r + 1);
		init_pair(s->pair[r], (short)fg, (short)bg);
		s->attr[r] |= COLOR_PAIR(s->pair[r]);
	}
	if (s->too_small)
		return;
	if (s->pane.win != NULL)
		wbkgdset(s->pane.win, ' ' | s->attr[THEME_NORMAL]);
	if (s->status_win != NULL)
		wbkgdset(s->status_win, ' ' | s->attr[THEME_STATUS]);
	if (s->cmd_win != NULL)
		wbkgdset(s->cmd_win, ' ' | s->attr[THEME_INPUT]);
	s->dirty |= SCREEN_D_ALL;
}

static void
screen_theme_warn(void *arg, const char *msg)
{
	struct screen	*s = arg;

	screen_log(s, 1, "theme: %s", msg);
}

int
screen_set_theme(struct screen *s, const char *name, int explicit,
    char *err, size_t errlen)
{
	struct theme	 t;
	struct buf	 known;
	char		 path[1024], names[THEME_LIST_MAX][THEME_NAME_MAX + 1];
	size_t		 n, i;

	if (name == NULL || *name == '\0')
		name = s->no_color && !explicit ? "mono" : "default";
	if (theme_find(name, path, sizeof(path)) == 0) {
		(void)theme_builtin(&t, name);
		if (theme_load(&t, path, screen_theme_warn, s) == -1) {
			snprintf(err, errlen, "cannot read %s: %s", path,
			    strerror(errno));
			return -1;
		}
	} else if (theme_builtin(&t, name) == -1) {
		/* Name what there is to choose from, not where we looked. */
		n = theme_list(names, THEME_LIST_MAX);
		buf_init(&known, 0);
		for (i = 0; i < n; i++)
			buf_printf(&known, "%s%s", i ? ", " : "", names[i]);
		snprintf(err, errlen, "no theme \"%s\"; the themes are: %s",
		    name, known.data ? known.data : "");
		buf_free(&known);
		return -1;
	}
	snprintf(t.name, sizeof(t.name), "%s", name);
	s->theme = t;
	screen_apply_theme(s);
	return 0;
}

/*
 * Layout.
 */

static void
screen_windows_free(struct screen *s)
{
	if (s->overlay_win != NULL)
		delwin(s->overlay_win);
	if (s->pane.win != NULL)
		delwin(s->pane.win);
	if (s->status_win != NULL)
		delwin(s->status_win);
	if (s->cmd_win != NULL)
		delwin(s->cmd_win);
	if (s->lesson_win != NULL)
		delwin(s->lesson_win);
	s->overlay_win = s->pane.win = s->status_win = s->cmd_win = NULL;
	s->lesson_win = NULL;
}

static int	screen_lesson_rows(struct screen *);
static void	screen_lesson_suggest_now(struct screen *);
static void	screen_lesson_draw(struct screen *);

static void
screen_layout(struct screen *s)
{
	screen_windows_free(s);
	getmaxyx(stdscr, s->lines, s->cols);
	s->too_small = s->lines < SCREEN_MIN_LINES || s->cols < SCREEN_MIN_COLS;
	/* The command window is where keys are read, so it always exists. */
	s->cmd_win = newwin(1, s->cols > 0 ? s->cols : 1,
	    s->lines > 0 ? s->lines - 1 : 0, 0);
	nodelay(s->cmd_win, TRUE);
	keypad(s->cmd_win, FALSE);
	if (!s->too_small) {
		/* The lesson panel takes rows off the top of the pane. */
		s->lesson_rows = screen_lesson_rows(s);
		if (s->lesson_rows > 0)
			s->lesson_win = newwin(s->lesson_rows, s->cols, 0, 0);
		s->pane.win = newwin(s->lines - 2 - s->lesson_rows, s->cols,
		    s->lesson_rows, 0);
		s->status_win = newwin(1, s->cols, s->lines - 2, 0);
		s->pane.rows = s->lines - 2 - s->lesson_rows;
		s->pane.cols = s->cols;
	} else {
		s->pane.rows = s->pane.cols = 0;
	}
	screen_apply_theme(s);
	s->dirty |= SCREEN_D_ALL;
}

/*
 * The status line: where the session stands, in words.
 */

/*
 * Each segment has a priority: what a user must not lose comes first (the
 * state with TLS and its verification, the authenticated user, that we
 * are waiting), the hint last. Segments are chosen in priority order
 * while they fit, then drawn in reading order; a segment with a short
 * form (the lab's host) takes it when the long one does not fit. Each
 * thing is said once: while waiting there is no "next:" hint.
 */
enum screen_seg_pri {
	SCREEN_PRI_STATE,		/* connected, TLS verified, ... */
	SCREEN_PRI_USER,		/* authenticated as */
	SCREEN_PRI_WAIT,		/* waiting, closing */
	SCREEN_PRI_HOST,
	SCREEN_PRI_TLSVER,
	SCREEN_PRI_HINT,
	SCREEN_NPRI
};

struct screen_seg {
	char		 text[320];
	char		 brief[320];	/* shorter form, or "" */
	enum theme_role	 role;
	int		 pri;
	int		 shown;		/* 0 no, 1 brief, 2 whole */
};

/*
 * "waiting" shows once a reply is SCREEN_WAIT_SHOW_MS late. A reply that
 * comes sooner leaves the status line as it was: at a person's pace the
 * word would flash on and off at every exchange, and the line would be
 * written twice each time. The loop wakes when the delay runs out.
 */
static int
screen_wait_shown(struct screen *s)
{
	long long	 now = screen_now();

	if (s->busy_since == 0)
		s->busy_since = now;
	return now - s->busy_since >= SCREEN_WAIT_SHOW_MS;
}

/* Milliseconds until "waiting" shows, or -1 when there is nothing to
   wait for. */
static int
screen_wait_left(struct screen *s)
{
	long long	 left;

	if (!session_busy(s->session)) {
		s->busy_since = 0;
		return -1;
	}
	if (s->busy_since == 0)
		return -1;
	left = s->busy_since + SCREEN_WAIT_SHOW_MS - screen_now();
	return left > 0 ? (int)left : -1;
}

static size_t
screen_segs(struct screen *s, struct screen_seg *seg, size_t max)
{
	struct session		*ss = s->session;
	const struct tls_info	*ti;
	enum session_state	 st = session_state(ss);
	const char		*host, *user, *hint, *w = NULL;
	struct buf		 b;
	size_t			 n = 0;
	enum theme_role		 role = THEME_STATUS;

#define SEG(p, r, ...) do {						\
	if (n < max) {							\
		memset(&seg[n], 0, sizeof(seg[n]));			\
		snprintf(seg[n].text, sizeof(seg[n].text), __VA_ARGS__); \
		seg[n].pri = (p);					\
		seg[n++].role = (r);					\
	}								\
} while (0)

	buf_init(&b, 256);
	host = session_host(ss);
	if (st != SESSION_CLOSED && host != NULL) {
		(void)sanitize_text(host, strlen(host), &b);
		/* The lab's "587" listens elsewhere: say which it is. */
		if (session_nominal_port(ss) != 0) {
			SEG(SCREEN_PRI_HOST, THEME_STATUS, _("lab %d (%s:%d)"),
			    session_nominal_port(ss), b.data ? b.data : "",
			    session_port(ss));
			snprintf(seg[n - 1].brief, sizeof(seg[n - 1].brief),
			    _("lab %d"), session_nominal_port(ss));
		} else
			SEG(SCREEN_PRI_HOST, THEME_STATUS, "%s:%d",
			    b.data ? b.data : "", session_port(ss));
		buf_reset(&b);
	}
	ti = session_tls_active(ss) ? session_tls_info(ss) : NULL;
	switch (st) {
	case SESSION_CLOSED:
		w = _("not connected");
		break;
	case SESSION_RESOLVING:
	case SESSION_CONNECTING:
		w = _("connecting");
		break;
	case SESSION_TLS:
		w = _("TLS handshake");
		break;
	default:
		if (ti != NULL && ti->verified) {
			w = _("TLS verified");
			role = THEME_STATUS_OK;
		} else if (ti != NULL) {
			w = _("TLS NOT verified");
			role = THEME_STATUS_WARN;
		} else
			w = _("connected");
		break;
	}
	SEG(SCREEN_PRI_STATE, role, "%s", w);
	if (st != SESSION_CLOSED && (user = session_auth_user(ss)) != NULL) {
		(void)sanitize_text(user, strlen(user), &b);
		SEG(SCREEN_PRI_USER, THEME_STATUS_OK, _("authenticated as %s"),
		    b.data ? b.data : "");
		buf_reset(&b);
	}
	if (ti != NULL && ti->version[0] != '\0')
		SEG(SCREEN_PRI_TLSVER, THEME_STATUS, "%s", ti->version);
	/* The key that cancels is the screen's business, not core's. */
	if (st == SESSION_QUIT)
		SEG(SCREEN_PRI_WAIT, THEME_STATUS, "%s", _("closing"));
	else if (session_busy(ss) && screen_wait_shown(s))
		SEG(SCREEN_PRI_WAIT, THEME_STATUS_WARN, "%s",
		    _("waiting (Ctrl-C cancels)"));
	else {
		/* Until "waiting" shows, the hint from before the wait. */
		if (!session_busy(ss))
			snprintf(s->hint, sizeof(s->hint), "%s",
			    (hint = render_hint(session_hint(ss))) != NULL ?
			    hint : "");
		if (st != SESSION_CLOSED && s->hint[0] != '\0')
			SEG(SCREEN_PRI_HINT, THEME_STATUS, _("next: %s"),
			    s->hint);
	}
	buf_free(&b);
#undef SEG
	return n;
}

/* Choose what shows in room columns (3 between segments): by priority,
   brief forms first, then whole forms where they still fit. */
static void
screen_segs_fit(struct screen_seg *seg, size_t n, int room)
{
	size_t	 i;
	int	 p, used = 0, w, wb, pass;

	for (i = 0; i < n; i++)
		seg[i].shown = 0;
	for (pass = 0; pass < 2; pass++) {
		for (p = 0; p < SCREEN_NPRI; p++) {
			for (i = 0; i < n; i++) {
				if (seg[i].pri != p)
					continue;
				w = width_str(seg[i].text, strlen(seg[i].text));
				wb = seg[i].brief[0] != '\0' ?
				    width_str(seg[i].brief,
				    strlen(seg[i].brief)) : w;
				if (pass == 0 && seg[i].shown == 0) {
					if (used + (used ? 3 : 0) + wb <= room ||
					    p == SCREEN_PRI_STATE) {
						used += (used ? 3 : 0) + wb;
						seg[i].shown = wb == w ? 2 : 1;
					}
				} else if (pass == 1 && seg[i].shown == 1 &&
				    used - wb + w <= room) {
					used += w - wb;
					seg[i].shown = 2;
				}
			}
		}
	}
}

static void
screen_status_draw(struct screen *s)
{
	struct screen_seg	 seg[8];
	WINDOW			*w = s->status_win;
	char			 right[320];
	const char		*t;
	size_t			 n, i;
	int			 col = 1, rw, room, first = 1;
	attr_t			 rattr = s->attr[THEME_STATUS];

	werase(w);
	n = screen_segs(s, seg, 8);
	if (s->message[0] != '\0') {
		snprintf(right, sizeof(right), "%s", s->message);
		if (s->message_warn)
			rattr = s->attr[THEME_STATUS_WARN];
	} else {
		snprintf(right, sizeof(right), "%s%s%s%s",
		    s->pane.follow ? "" : _("scrolled back (End) | "),
		    s->pane.notes ? "" : _("notes off | "),
		    s->pane.timestamps ? _("times | ") : "", _("F1 help"));
	}
	rw = width_str(right, strlen(right));
	/* The message wins over the segments when space is short. */
	room = s->cols - 1;
	if (s->message[0] != '\0' && rw > room / 2)
		room = s->cols - 1 - (rw < s->cols - 2 ? rw : s->cols - 2) - 1;
	else
		room = s->cols - rw - 2;
	screen_segs_fit(seg, n, room - col);
	for (i = 0; i < n && col < room; i++) {
		if (seg[i].shown == 0)
			continue;
		t = seg[i].shown == 1 ? seg[i].brief : seg[i].text;
		if (!first) {
			wmove(w, 0, col);
			col += screen_put(w, " | ", 3, room - col,
			    s->attr[THEME_STATUS]);
		}
		first = 0;
		wmove(w, 0, col);
		/* Only the state can be cut; the rest fit by choice. */
		col += screen_put(w, t, strlen(t), room - col,
		    s->attr[seg[i].role]);
	}
	if (rw > s->cols - 2)
		rw = s->cols - 2;
	wmove(w, 0, s->cols - 1 - rw);
	(void)screen_put(w, right, strlen(right), rw, rattr);
	wnoutrefresh(w);
}

/*
 * Completion matches, drawn over the bottom of the pane until the next
 * key.
 */

void
screen_menu_clear(struct screen *s)
{
	size_t	 i;

	if (s->menu == NULL)
		return;
	for (i = 0; i < s->nmenu; i++)
		free(s->menu[i]);
	free(s->menu);
	s->menu = NULL;
	s->nmenu = 0;
	s->dirty |= SCREEN_D_PANE;
}

void
screen_menu_set(struct screen *s, const char *const *m, size_t n)
{
	size_t	 i, j = 0;

	screen_menu_clear(s);
	if (n == 0 || (s->menu = calloc(n, sizeof(*s->menu))) == NULL)
		return;
	for (i = 0; i < n; i++)
		if (m[i] != NULL && (s->menu[j] = strdup(m[i])) != NULL)
			j++;
	s->nmenu = j;
	s->dirty |= SCREEN_D_PANE;
}

static void
screen_menu_draw(struct screen *s)
{
	WINDOW	*w = s->pane.win;
	size_t	 i, maxw = 1, percol, rows, maxrows, shown;
	int	 cw, y, x;
	char	 more[64];

	for (i = 0; i < s->nmenu; i++) {
		cw = width_str(s->menu[i], strlen(s->menu[i]));
		if ((size_t)cw > maxw)
			maxw = (size_t)cw;
	}
	maxw += 2;
	percol = (size_t)s->cols / maxw;
	if (percol == 0)
		percol = 1;
	rows = (s->nmenu + percol - 1) / percol;
	maxrows = (size_t)(s->pane.rows > 2 ? s->pane.rows / 2 : 1);
	shown = s->nmenu;
	if (rows > maxrows) {
		rows = maxrows;
		shown = rows * percol - 1;
	}
	for (y = 0; (size_t)y < rows; y++) {
		wmove(w, s->pane.rows - (int)rows + y, 0);
		wattr_set(w, s->attr[THEME_MENU] & ~A_COLOR,
		    PAIR_NUMBER(s->attr[THEME_MENU]), NULL);
		wclrtoeol(w);
		for (x = 0; (size_t)x < percol; x++) {
			i = (size_t)y * percol + (size_t)x;
			if (i >= shown)
				break;
			wmove(w, s->pane.rows - (int)rows + y,
			    x * (int)maxw);
			(void)screen_put(w, s->menu[i], strlen(s->menu[i]),
			    (int)maxw, s->attr[THEME_MENU]);
		}
	}
	if (shown < s->nmenu) {
		snprintf(more, sizeof(more), "... %zu more",
		    s->nmenu - shown);
		wmove(w, s->pane.rows - 1, (int)((percol - 1) * maxw));
		(void)screen_put(w, more, strlen(more), (int)maxw,
		    s->attr[THEME_MENU]);
	}
	wattr_set(w, A_NORMAL, 0, NULL);
}

/*
 * The help overlay.
 */

static const char *const screen_keys_help = N_(
    "\nKeys\n"
    "  F1            this help (q or Esc closes)\n"
    "  F2            notes on or off\n"
    "  F3            time stamps and reply latencies on or off\n"
    "  PgUp PgDn     scroll the transcript (also the mouse wheel)\n"
    "  Home End      transcript top and bottom when the line is empty\n"
    "  Ctrl-Home/End transcript top and bottom\n"
    "  Ctrl-S        search the transcript: type, Enter finds the next\n"
    "                older match, Ctrl-S again finds the one before,\n"
    "                an empty search clears the highlight; Ctrl-C stops\n"
    "                a long search\n"
    "  Ctrl-R        search the command history\n"
    "  Tab           complete commands, AUTH mechanisms, parameters\n"
    "  Ctrl-C        drop lines typed ahead or pasted, not sent yet;\n"
    "                again: cancel a pending wait, or clear the line\n"
    "  Ctrl-D        quit (on an empty line; asks if a session is open)\n"
    "  Ctrl-L        redraw the screen\n"
    "  Ctrl-Z        suspend\n"
    "\nA line that starts with a space is not kept in history.\n"
    "While the mouse wheel scrolls, hold Shift to select text.\n"
    "Keys can be rebound in ~/.inputrc under \"$if smtpx\" (functions\n"
    "smtpx-page-up, smtpx-page-down, smtpx-help, smtpx-search, ...).\n");

void
screen_show_help(struct screen *s, const char *topic)
{
	buf_reset(&s->overlay_text);
	cmd_help(topic, &s->overlay_text);
	if (topic == NULL || *topic == '\0')
		(void)buf_addstr(&s->overlay_text, _(screen_keys_help));
	s->overlay = 1;
	s->overlay_top = 0;
	s->dirty |= SCREEN_D_PANE;
}

static void
screen_help_hook(void *arg, const char *topic)
{
	screen_show_help(arg, topic);
}

static void
screen_compare_free(struct screen *s)
{
	int	 i;

	for (i = 0; i < 2; i++) {
		replay_free(s->cmp[i]);
		free(s->cmp_name[i]);
		s->cmp[i] = NULL;
		s->cmp_name[i] = NULL;
	}
}

/* /compare on the screen: the overlay, the whole pane wide. */
static void
screen_compare_hook(void *arg, struct replay *a, const char *an,
    struct replay *b, const char *bn)
{
	struct screen	*s = arg;

	screen_compare_free(s);
	s->cmp[0] = a;
	s->cmp[1] = b;
	s->cmp_name[0] = strdup(an);
	s->cmp_name[1] = strdup(bn);
	s->overlay = 1;
	s->overlay_top = 0;
	s->dirty |= SCREEN_D_PANE;
}

/* Wrapped rows of the overlay text; with draw set, draw them from top. */
static int
screen_overlay_rows(struct screen *s, WINDOW *w, int width, int top,
    int height)
{
	const char	*p = s->overlay_text.data, *nl, *gap;
	size_t		 len, off, end;
	int		 row = 0, indent, lead, x;

	if (p == NULL)
		return 0;
	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		/* "  /cmd ARGS     what it does": continuation rows line up
		   under "what it does"; where that column leaves too little
		   room (a narrow screen), or there is none, they still hang
		   two columns in from the line's own start. */
		indent = 0;
		for (gap = p; gap < p + len && *gap == ' '; gap++)
			;
		lead = (int)(gap - p);
		if ((gap = strstr(gap, "   ")) != NULL && gap < p + len) {
			while (gap < p + len && *gap == ' ')
				gap++;
			indent = width_str(p, (size_t)(gap - p));
		}
		if ((indent = width_indent(width, indent)) == 0)
			indent = width_indent(width, lead + 2);
		off = 0;
		x = 0;
		do {
			end = width_row_end(p, len, off, width - x);
			if (w != NULL && row >= top && row < top + height) {
				wmove(w, 1 + row - top, 2 + x);
				(void)screen_put(w, p + off, end - off,
				    width - x, s->attr[THEME_OVERLAY]);
			}
			row++;
			off = end;
			x = indent;
		} while (off < len);
		p += len;
		if (*p == '\n')
			p++;
	}
	return row;
}

/* The width of the overlay text's longest line. */
static int
screen_overlay_widest(struct screen *s)
{
	const char	*p = s->overlay_text.data, *nl;
	size_t		 len;
	int		 w, max = 0;

	while (p != NULL && *p != '\0') {
		nl = strchr(p, '\n');
		len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		if ((w = width_str(p, len)) > max)
			max = w;
		p += len;
		if (*p == '\n')
			p++;
	}
	return max;
}

static void
screen_overlay_draw(struct screen *s)
{
	WINDOW		*w;
	int		 h, wd, y, x, total, inner;
	const char	*title = s->cmp[0] != NULL ? _(" compare: q closes, "
	    "arrows and PgUp/PgDn scroll ") : _(" help: q closes, arrows "
	    "and PgUp/PgDn scroll ");
	int		 tw = width_str(title, strlen(title));

	h = s->pane.rows - 2;
	wd = s->cols - 2 > 100 ? 100 : s->cols - 2;
	if (s->cmp[0] != NULL) {
		/* Two columns want the whole width, made for it now. */
		h = s->pane.rows;
		wd = s->cols;
		buf_reset(&s->overlay_text);
		if (compare_columns(s->cmp[0], s->cmp_name[0] != NULL ?
		    s->cmp_name[0] : "", s->cmp[1], s->cmp_name[1] != NULL ?
		    s->cmp_name[1] : "", wd - 4, &s->overlay_text) == -1) {
			buf_reset(&s->overlay_text);
			(void)buf_addstr(&s->overlay_text, "Too long to show "
			    "side by side here; --compare in the line mode "
			    "prints it.\n");
		}
	} else if (h < 3 || wd < 10) {
		h = s->pane.rows;
		wd = s->cols;
	} else {
		/* As big as the text (and the title), no bigger: a
		   three-line entry gets a small box. */
		inner = screen_overlay_widest(s) + 4;
		if (inner < tw + 4)
			inner = tw + 4;
		if (inner < wd)
			wd = inner;
		total = screen_overlay_rows(s, NULL, wd - 4, 0, 0);
		if (total + 2 < h)
			h = total + 2 < 3 ? 3 : total + 2;
	}
	y = (s->pane.rows - h) / 2;
	x = (s->cols - wd) / 2;
	if (s->overlay_win != NULL)
		delwin(s->overlay_win);
	if ((s->overlay_win = newwin(h, wd, y, x)) == NULL)
		return;
	w = s->overlay_win;
	wbkgdset(w, ' ' | s->attr[THEME_OVERLAY]);
	werase(w);
	inner = h - 2;
	total = screen_overlay_rows(s, NULL, wd - 4, 0, 0);
	if (s->overlay_top > total - inner)
		s->overlay_top = total - inner;
	if (s->overlay_top < 0)
		s->overlay_top = 0;
	(void)screen_overlay_rows(s, w, wd - 4, s->overlay_top, inner);
	wattr_set(w, s->attr[THEME_OVERLAY] & ~A_COLOR,
	    PAIR_NUMBER(s->attr[THEME_OVERLAY]), NULL);
	box(w, 0, 0);
	if (wd > tw + 3) {
		wmove(w, 0, 2);
		(void)screen_put(w, title, strlen(title), wd - 4,
		    s->attr[THEME_OVERLAY] | A_BOLD);
	}
	wnoutrefresh(w);
}

static void
screen_overlay_key(struct screen *s, int key)
{
	int	 page = s->pane.rows > 6 ? s->pane.rows - 6 : 1;

	switch (key) {
	case SK_UP:
	case 'k':
	case SK_WHEEL_UP:
		s->overlay_top -= key == SK_WHEEL_UP ? 3 : 1;
		break;
	case SK_DOWN:
	case 'j':
	case SK_WHEEL_DOWN:
		s->overlay_top += key == SK_WHEEL_DOWN ? 3 : 1;
		break;
	case SK_PGUP:
	case 'b':
		s->overlay_top -= page;
		break;
	case SK_PGDN:
	case ' ':
		s->overlay_top += page;
		break;
	case SK_HOME:
		s->overlay_top = 0;
		break;
	case SK_END:
		s->overlay_top = 1 << 20;
		break;
	case SK_MOUSE:
	case SK_OTHER:
		break;
	default:
		/* q, Esc, Enter, F1, Ctrl-C and anything else close it. */
		s->overlay = 0;
		screen_compare_free(s);
		if (s->overlay_win != NULL) {
			delwin(s->overlay_win);
			s->overlay_win = NULL;
		}
		break;
	}
	s->dirty |= SCREEN_D_PANE;
}

/*
 * Scrolling instead of repainting. ncurses finds scrolled text by
 * hashing lines and matching the ones that occur once; a pane of
 * identical lines (the lab's replies, repeated notes) has none, and every
 * row is repainted. So the pane does what tmux does: when its new rows
 * are the rows on the terminal moved up, it scrolls the terminal's pane
 * region itself (csr, then index) and moves curscr, ncurses' copy of the
 * terminal, the same way; doupdate then sends only the new rows. The
 * match compares the cells of the pane window with curscr, so a wrong
 * guess can cost bytes but never show wrong text.
 */

/* ncurses' own output buffer (exported since 5.0, not in curses.h): the
   scroll must travel in the same write(2) as the rest of the frame, and
   putp and mvcur would go through stdio, a write of their own. */
extern int	_nc_outch(int);

static int
screen_cap_ok(const char *cap)
{
	return cap != NULL && cap != (const char *)-1;
}

/* FNV-1a over row y's cells; the cells go to row (cols + 1 of them). */
static uint64_t
screen_row_hash(WINDOW *w, int y, int cols, cchar_t *row)
{
	const unsigned char	*b = (const unsigned char *)row;
	uint64_t		 h = 14695981039346656037ULL;
	size_t			 i, n = (size_t)cols * sizeof(*row);

	memset(row, 0, ((size_t)cols + 1) * sizeof(*row));
	(void)mvwin_wchnstr(w, y, 0, row, cols);
	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ULL;
	return h;
}

/* 1 + the index of the one row with hash h, or 0 if none or several. */
static int
screen_hash_once(const uint64_t *v, int n, uint64_t h)
{
	int	 i, at = 0;

	for (i = 0; i < n; i++) {
		if (v[i] != h)
			continue;
		if (at != 0)
			return 0;
		at = i + 1;
	}
	return at;
}

/* Rows the pane's new content has moved up from what the terminal shows,
   when scrolling by that much saves repainting; else 0. */
static int
screen_scroll_find(struct screen *s, int n, int cols)
{
	cchar_t		*ra, *rb;
	uint64_t	*was, *now;
	int		 k, j, cy, cx, found = 0, changed = 0;

	ra = calloc((size_t)cols + 1, sizeof(*ra));
	rb = calloc((size_t)cols + 1, sizeof(*rb));
	was = calloc((size_t)n, sizeof(*was));
	now = calloc((size_t)n, sizeof(*now));
	if (ra == NULL || rb == NULL || was == NULL || now == NULL)
		goto done;
	getyx(curscr, cy, cx);
	for (j = 0; j < n; j++) {
		was[j] = screen_row_hash(curscr, j, cols, ra);
		now[j] = screen_row_hash(s->pane.win, j, cols, rb);
		changed += was[j] != now[j];
	}
	wmove(curscr, cy, cx);
	/* A row ncurses can pair (unique on both sides, moved): its own
	   optimiser finds the scroll, and must be left to do it, since it
	   keeps hashes of curscr's rows that this scroll cannot update. */
	for (j = 0; j < n; j++) {
		if (screen_hash_once(now, n, now[j]) &&
		    (k = screen_hash_once(was, n, now[j])) != 0 && k - 1 != j)
			goto done;
	}
	/* The smallest shift that fits, worth it only when it spares rows. */
	for (k = 1; k < n && k + 1 < changed && !found; k++) {
		for (j = 0; j + k < n && now[j] == was[j + k]; j++)
			;
		if (j + k == n)
			found = k;
	}
	/* Hashes agree; make sure the cells do. */
	for (j = 0; found > 0 && j + found < n; j++) {
		(void)screen_row_hash(curscr, j + found, cols, ra);
		(void)screen_row_hash(s->pane.win, j, cols, rb);
		if (memcmp(ra, rb, (size_t)cols * sizeof(*ra)) != 0)
			found = 0;
	}
	wmove(curscr, cy, cx);
done:
	free(ra);
	free(rb);
	free(was);
	free(now);
	return found;
}

/* Before the pane is refreshed: scroll the terminal's pane rows up when
   that is what changed. The output waits in ncurses' buffer for doupdate,
   which sends it with the frame. */
static void
screen_scroll(struct screen *s)
{
	int	 n, cols, k, bot, cy, cx, i;

	if (isendwin() || is_cleared(curscr) || s->overlay ||
	    getbegy(s->pane.win) != 0 || getbegx(s->pane.win) != 0 ||
	    !screen_cap_ok(change_scroll_region) ||
	    !screen_cap_ok(cursor_address) || !screen_cap_ok(scroll_forward))
		return;
	n = getmaxy(s->pane.win);
	cols = getmaxx(s->pane.win);
	if (n < 3 || cols != COLS || n >= LINES ||
	    (k = screen_scroll_find(s, n, cols)) == 0)
		return;
	bot = n - 1;
	/* After doupdate the terminal has normal attributes, so the rows
	   the scroll opens are plain blanks, as they are in curscr. */
	tputs(tiparm(change_scroll_region, 0, bot), 1, _nc_outch);
	tputs(tiparm(cursor_address, bot, 0), 1, _nc_outch);
	if (k > 1 && screen_cap_ok(parm_index))
		tputs(tiparm(parm_index, k), k, _nc_outch);
	else {
		for (i = 0; i < k; i++)
			tputs(scroll_forward, 1, _nc_outch);
	}
	tputs(tiparm(change_scroll_region, 0, LINES - 1), 1, _nc_outch);
	/* Back where ncurses believes the cursor is. */
	getyx(curscr, cy, cx);
	tputs(tiparm(cursor_address, cy, cx), 1, _nc_outch);
	scrollok(curscr, TRUE);
	wsetscrreg(curscr, 0, bot);
	wscrl(curscr, k);
	wsetscrreg(curscr, 0, LINES - 1);
	scrollok(curscr, FALSE);
	wmove(curscr, cy, cx);
}

/*
 * The whole screen, once per wake-up.
 */

void
screen_draw(struct screen *s)
{
	static const char small[] = "too small";

	if (s->cmd_win == NULL)
		return;
	if (s->too_small) {
		werase(stdscr);
		mvwaddnstr(stdscr, 0, 0, small, s->cols);
		if (s->lines > 1)
			mvwprintw(stdscr, 1, 0, "%.*s", s->cols,
			    "need 20x5");
		wnoutrefresh(stdscr);
		doupdate();
		s->dirty = 0;
		return;
	}
	if (s->dirty & SCREEN_D_ALL) {
		clearok(curscr, TRUE);
		s->dirty |= SCREEN_D_PANE | SCREEN_D_STATUS;
	}
	if (s->dirty & SCREEN_D_PANE) {
		pane_draw(&s->pane, session_transcript(s->session), s->attr);
		if (s->menu != NULL)
			screen_menu_draw(s);
		if (!(s->dirty & SCREEN_D_ALL))
			screen_scroll(s);
		wnoutrefresh(s->pane.win);
		/* The lesson panel before the help overlay, which may
		   cover it. */
		screen_lesson_draw(s);
		if (s->overlay)
			screen_overlay_draw(s);
	}
	/* The status line is cheap and tracks time-free state: always. */
	screen_status_draw(s);
	cmdline_draw(s);
	doupdate();
	s->dirty = 0;
}

/*
 * Keys for our own modes. Readline decodes for itself; this decoder
 * serves the overlay, the secret and yes/no prompts, and picks mouse
 * reports out of the stream before readline could see them.
 */

static int
screen_seq_key(const unsigned char *p, size_t n)
{
	static const struct {
		const char	*seq;
		int		 key;
	} map[] = {
		{ "[A", SK_UP }, { "[B", SK_DOWN }, { "[C", SK_RIGHT },
		{ "[D", SK_LEFT }, { "OA", SK_UP }, { "OB", SK_DOWN },
		{ "OC", SK_RIGHT }, { "OD", SK_LEFT },
		{ "[5~", SK_PGUP }, { "[6~", SK_PGDN },
		{ "[1~", SK_HOME }, { "[7~", SK_HOME }, { "[H", SK_HOME },
		{ "OH", SK_HOME }, { "[4~", SK_END }, { "[8~", SK_END },
		{ "[F", SK_END }, { "OF", SK_END },
		{ "OP", SK_F1 }, { "[11~", SK_F1 }, { "OQ", SK_F2 },
		{ "[12~", SK_F2 }, { "OR", SK_F3 }, { "[13~", SK_F3 },
		{ "OS", SK_F4 }, { "[14~", SK_F4 },
	};
	size_t	 i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strlen(map[i].seq) == n &&
		    memcmp(map[i].seq, p, n) == 0)
			return map[i].key;
	return SK_OTHER;
}

/*
 * Decode the key at the head of the queue. Returns 1 with *key and *used
 * set, or 0 when the queue holds only the start of a key.
 */
int
screen_key(struct screen *s, int *key, size_t *used)
{
	const unsigned char	*q = s->q;
	size_t			 n = s->qlen, i, need;
	int			 b;

	if (n == 0)
		return 0;
	if (q[0] != 0x1b) {
		need = q[0] < 0xc0 ? 1 : q[0] < 0xe0 ? 2 : q[0] < 0xf0 ? 3 : 4;
		if (q[0] >= 0x80 && q[0] < 0xc0)
			need = 1;
		if (n < need)
			return 0;
		*key = q[0];
		*used = need;
		return 1;
	}
	if (n == 1)
		return 0;
	if (q[1] == 'O') {
		if (n < 3)
			return 0;
		*key = screen_seq_key(q + 1, 2);
		*used = 3;
		return 1;
	}
	if (q[1] != '[') {
		*key = SK_ESC;		/* Alt-x arrives as ESC x */
		*used = 1;
		return 1;
	}
	if (n < 3)
		return 0;
	if (q[2] == 'M') {		/* X10 mouse: ESC [ M b x y */
		if (n < 6)
			return 0;
		b = q[3] - 32;
		*key = (b & 64) ? ((b & 1) ? SK_WHEEL_DOWN : SK_WHEEL_UP) :
		    SK_MOUSE;
		*used = 6;
		return 1;
	}
	if (q[2] == '<') {		/* SGR mouse: ESC [ < b ; x ; y M */
		for (i = 3, b = 0; i < n && q[i] >= '0' && q[i] <= '9'; i++)
			b = b * 10 + (q[i] - '0');
		for (; i < n && q[i] != 'M' && q[i] != 'm'; i++)
			if (i > 32)
				break;
		if (i >= n)
			return 0;
		*key = (b & 64) ? ((b & 1) ? SK_WHEEL_DOWN : SK_WHEEL_UP) :
		    SK_MOUSE;
		*used = i + 1;
		return 1;
	}
	/* CSI: parameters and intermediates, then a final byte. */
	for (i = 2; i < n && q[i] >= 0x20 && q[i] <= 0x3f; i++)
		;
	if (i >= n)
		return 0;
	*key = screen_seq_key(q + 1, i);
	*used = i + 1;
	return 1;
}

/* Take n bytes off the head of the queue: the head moves, nothing else
   does, so a long paste costs no copying here. */
void
screen_consume(struct screen *s, size_t n)
{
	if (n > s->qlen)
		n = s->qlen;
	/* Keys typed at the secret prompt must not linger here. */
	OPENSSL_cleanse(s->q, n);
	s->q += n;
	s->qlen -= n;
	if (s->qlen == 0)
		s->q = s->qbuf;
	s->qwait = 0;
}

/* Room for more terminal bytes, moving what is held to the front of qbuf
   first when the tail is short. */
static size_t
screen_queue_room(struct screen *s)
{
	size_t	 tail = sizeof(s->qbuf) - (size_t)(s->q - s->qbuf) - s->qlen;

	if (tail < sizeof(s->qbuf) / 4 && s->q != s->qbuf) {
		memmove(s->qbuf, s->q, s->qlen);
		OPENSSL_cleanse(s->qbuf + s->qlen, (size_t)(s->q - s->qbuf));
		s->q = s->qbuf;
		tail = sizeof(s->qbuf) - s->qlen;
	}
	return tail;
}

/* Append bytes; callers make sure of the room (screen_queue_room, or an
   empty queue). Input is never dropped, so running out is a bug. */
void
screen_queue_add(struct screen *s, const unsigned char *p, size_t n)
{
	if (n > screen_queue_room(s))
		abort();
	memcpy(s->q + s->qlen, p, n);
	s->qlen += n;
}

/* Has a partial key waited long enough to be taken as it is? */
static int
screen_partial_expired(struct screen *s)
{
	long long	 now = screen_now();

	if (s->qwait == 0) {
		s->qwait = now;
		return 0;
	}
	return now - s->qwait >= SCREEN_KEY_WAIT_MS;
}

/*
 * Our prompts: a secret (masked, never in readline) and yes/no.
 */

static void
screen_mode_finish(struct screen *s, int result)
{
	s->mode_result = result;
	s->mode_done = 1;
}

static void
screen_secret_key(struct screen *s, int key, const unsigned char *bytes,
    size_t n)
{
	size_t	 len;

	switch (key) {
	case '\r':
	case '\n':
		screen_mode_finish(s, 0);
		return;
	case 0x03:			/* Ctrl-C */
	case 0x07:			/* Ctrl-G */
	case SK_ESC:
		screen_mode_finish(s, -1);
		return;
	case 0x04:			/* Ctrl-D: cancel when empty */
		if (s->secret.len == 0)
			screen_mode_finish(s, -1);
		return;
	case 0x7f:
	case 0x08:
		len = s->secret.len;
		while (len > 0 && ((unsigned char)s->secret.data[len - 1] &
		    0xc0) == 0x80)
			len--;
		if (len > 0)
			len--;
		/* Wipe what is dropped. */
		explicit_bzero(s->secret.data + len, s->secret.len - len);
		s->secret.len = len;
		return;
	case 0x15:			/* Ctrl-U */
		buf_reset(&s->secret);
		return;
	}
	if (key < 0x20 || key >= 0x100)
		return;			/* other control keys do nothing */
	if (s->secret.len + n <= SCREEN_SECRET_MAX)
		(void)buf_add(&s->secret, bytes, n);
}

static void
screen_confirm_key(struct screen *s, int key)
{
	if (key == 'y' || key == 'Y')
		screen_mode_finish(s, 1);
	else if (key < 0x100 || key == SK_ESC)
		screen_mode_finish(s, 0);
}

static int
screen_secret_hook(void *arg, const char *prompt, struct buf *out)
{
	struct screen	*s = arg;
	int		 r;

	if (s->mode != SCREEN_LINE)
		return -1;
	s->mode = SCREEN_SECRET;
	s->mode_prompt = prompt != NULL ? prompt : "secret: ";
	s->mode_done = 0;
	s->mode_result = -1;
	buf_reset(&s->secret);
	screen_loop(s, &s->mode_done);
	r = s->mode_done ? s->mode_result : -1;
	if (r == 0 && buf_add(out, s->secret.data ? s->secret.data : "",
	    s->secret.len) == -1)
		r = -1;
	buf_reset(&s->secret);
	s->mode = SCREEN_LINE;
	s->mode_prompt = NULL;
	s->dirty |= SCREEN_D_STATUS;
	return r;
}

static int
screen_confirm_hook(void *arg, const char *question)
{
	struct screen	*s = arg;

	if (s->mode != SCREEN_LINE)
		return 0;
	s->mode = SCREEN_CONFIRM;
	s->mode_prompt = question;
	s->mode_done = 0;
	s->mode_result = 0;
	screen_loop(s, &s->mode_done);
	s->mode = SCREEN_LINE;
	s->mode_prompt = NULL;
	return s->mode_done ? s->mode_result : 0;
}

static int
screen_theme_hook(void *arg, const char *name, char *err, size_t errlen)
{
	return screen_set_theme(arg, name, 1, err, errlen);
}

void
screen_quit_request(struct screen *s)
{
	char		 q[300];
	const char	*host;

	if (session_state(s->session) != SESSION_CLOSED) {
		host = session_host(s->session);
		snprintf(q, sizeof(q), "The session with %s is open. Quit?",
		    host != NULL && sanitize_clean(host, strlen(host)) ?
		    host : "the server");
		if (!screen_confirm_hook(s, q))
			return;
	}
	s->quit = 1;
}

static void
screen_quit_hook(void *arg)
{
	screen_quit_request(arg);
}

/*
 * For the tests only: SMTPX_TEST_FILL=N starts the screen with N lines in
 * the transcript, so a test can search a long session without a server
 * sending a million replies through tmux. Not a feature: no option, no
 * help, at most 5,000,000.
 */
static void
screen_test_fill(struct screen *s)
{
	const char	*v = getenv("SMTPX_TEST_FILL");
	char		*end;
	unsigned long	 n, i;

	if (v == NULL || *v == '\0')
		return;
	n = strtoul(v, &end, 10);
	if (*end != '\0' || n > 5000000)
		return;
	for (i = 0; i < n; i++)
		session_log(s->session, i % 2 ? TR_EVENT : TR_ERROR,
		    "filler line %lu: 250 2.1.0 Ok", i);
}

/*
 * One slice of a running search (PANE_SEARCH_SLICE entries), from the
 * loop between keys, so a search of a long transcript neither freezes
 * the screen nor outlives a Ctrl-C.
 */
void
screen_search_slice(struct screen *s)
{
	int	 r;

	r = pane_search_step(&s->pane, session_transcript(s->session),
	    PANE_SEARCH_SLICE);
	if (r == PANE_SEARCH_MORE) {
		if (s->message[0] == '\0')
			screen_message(s, 0, "searching older lines "
			    "(Ctrl-C stops)");
		return;
	}
	if (r == PANE_SEARCH_NONE && s->search_older)
		screen_message(s, 1, "no older match");
	else if (r == PANE_SEARCH_NONE)
		screen_message(s, 1, "not found (searching older lines): %s",
		    s->pane.search != NULL ? s->pane.search : "");
	else if (strncmp(s->message, "searching older", 15) == 0)
		screen_message(s, 0, "%s", "");
	s->dirty |= SCREEN_D_PANE;
}

void
screen_interrupt(struct screen *s)
{
	if (s->mode != SCREEN_LINE) {
		screen_mode_finish(s, s->mode == SCREEN_CONFIRM ? 0 : -1);
		return;
	}
	if (s->overlay) {
		screen_overlay_key(s, 0x03);
		return;
	}
	if (s->pane.search_run) {
		pane_search_stop(&s->pane);
		screen_message(s, 0, "search stopped");
		s->dirty |= SCREEN_D_PANE;
		return;
	}
	if (!s->searching && probe_tui_cancel(s->app)) {
		screen_message(s, 0, "probe stopped");
		s->dirty |= SCREEN_D_PANE;
		return;
	}
	/* Lines typed ahead or pasted go first; the reply in flight still
	   comes, so the session stays in step. Ctrl-C again stops that. */
	if (!s->searching && session_has_queued(s->session) &&
	    session_state(s->session) >= SESSION_READY &&
	    session_state(s->session) != SESSION_QUIT &&
	    session_cancel_queued(s->session) > 0) {
		screen_message(s, 0, "cancelled the lines not sent yet%s",
		    session_busy(s->session) ? "; Ctrl-C again stops the "
		    "wait" : "");
		s->dirty |= SCREEN_D_PANE;
		return;
	}
	if (!s->searching && session_busy(s->session) &&
	    session_cancel(s->session)) {
		screen_message(s, 0, "cancelled the wait");
		s->dirty |= SCREEN_D_PANE;
		return;
	}
	if (!s->searching && rl_end == 0)
		screen_message(s, 0, "Ctrl-D or /quit leaves smtpx");
	cmdline_reset(s);
	s->dirty |= SCREEN_D_PANE;
}

void
screen_toggle_notes(struct screen *s)
{
	s->pane.notes = !s->pane.notes;
	s->app->notes = s->pane.notes;
	session_set_notes(s->session, s->pane.notes);
	screen_message(s, 0, "notes %s", s->pane.notes ? "on" : "off");
	s->dirty |= SCREEN_D_PANE;
}

void
screen_toggle_timestamps(struct screen *s)
{
	s->pane.timestamps = !s->pane.timestamps;
	/* /save writes them too, with the date and zone. */
	s->app->opt->timestamps = s->pane.timestamps;
	s->dirty |= SCREEN_D_PANE;
}

/*
 * The lesson panel. A lesson (lesson.c) watches the session's events;
 * what it says is reported after session_progress returns, never from
 * inside the engine's callback, since reporting writes to the
 * transcript. The panel sits above the transcript: a header with "step
 * 3 of 9", the step's title and text, the line Enter sends, and after a
 * missed outcome what happened and the hint. F4 folds it to one row, as
 * a small terminal does on its own; the transcript keeps its keys.
 */

#define SCREEN_LESSON_MIN_LINES	14	/* below: the panel is one row */
#define SCREEN_LESSON_MIN_COLS	40

struct screen_wrap {
	struct screen	*s;
	const char	*prefix;
};

static void
screen_lesson_row(void *arg, const char *line, size_t len)
{
	struct screen_wrap	*w = arg;
	struct screen		*s = w->s;

	if (s->lesson_nrows >= SCREEN_LESSON_ROWS)
		return;
	snprintf(s->lesson_text[s->lesson_nrows++], sizeof(s->lesson_text[0]),
	    "%s%.*s", w->prefix, (int)len, line);
	w->prefix = "";
}

/* Cut text into the panel's rows, paragraph by paragraph. */
static void
screen_lesson_wrap(struct screen *s, const char *prefix, const char *text,
    int cols)
{
	struct screen_wrap	 w = { s, prefix };
	char			 buf[1200];
	const char		*p = text, *nl;
	size_t			 len;

	while (*p != '\0' || p == text) {
		nl = strchr(p, '\n');
		len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		snprintf(buf, sizeof buf, "%s%.*s", w.prefix, (int)len, p);
		w.prefix = "";
		if (len + strlen(prefix) == 0)
			screen_lesson_row(&w, "", 0);
		else
			render_wrap(buf, strlen(buf), cols,
			    *prefix != '\0' ? 2 : 0,
			    screen_lesson_row, &w);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/* The header: which lesson, which step. */
static void
screen_lesson_header(struct screen *s, char *out, size_t len)
{
	const struct lesson_step	*st = lesson_run_step(&s->run);
	struct lesson			*l = s->lesson;

	if (st == NULL)
		snprintf(out, len, _("lesson %s: %s, complete (/lesson lists "
		    "the others)"), l->name, l->title);
	else if (s->lesson_rows <= 1)
		snprintf(out, len, _("lesson %s, step %zu of %zu: %s (F4 opens)"),
		    l->name, s->run.step + 1, l->nsteps, st->title);
	else
		snprintf(out, len, _("lesson %s: %s, step %zu of %zu (F4 folds)"),
		    l->name, l->title, s->run.step + 1, l->nsteps);
}

static void
screen_lesson_build(struct screen *s, int cols)
{
	const struct lesson_step	*st = lesson_run_step(&s->run);
	char				 line[600];

	s->lesson_nrows = 0;
	if (cols < 4)
		return;
	cols -= 2;
	if (st == NULL) {
		screen_lesson_wrap(s, "", _("Well done: every step of this "
		    "lesson is done. /lesson lists the lessons; /lesson stop "
		    "closes this panel."), cols);
		return;
	}
	snprintf(line, sizeof line, "%zu. %s", s->run.step + 1, st->title);
	screen_lesson_wrap(s, "", line, cols);
	screen_lesson_wrap(s, "", st->text != NULL ? st->text : "", cols);
	if (st->send != NULL)
		screen_lesson_wrap(s, _("Enter sends: "), st->send, cols);
	else
		screen_lesson_wrap(s, "", _("Type a line of your own."), cols);
	if (s->lesson_miss[0] != '\0') {
		screen_lesson_wrap(s, _("Not yet: "), s->lesson_miss, cols);
		if (st->hint != NULL)
			screen_lesson_wrap(s, _("Hint: "), st->hint, cols);
	}
}

/* Rows the panel takes at this size (0 without a lesson). */
static int
screen_lesson_rows(struct screen *s)
{
	int	 max;

	if (s->lesson == NULL)
		return 0;
	if (s->lesson_folded || s->lines < SCREEN_LESSON_MIN_LINES ||
	    s->cols < SCREEN_LESSON_MIN_COLS)
		return 1;
	screen_lesson_build(s, s->cols);
	max = (s->lines - 2) / 2;
	/* The header above the rows, a rule below. */
	return s->lesson_nrows + 2 < max ? s->lesson_nrows + 2 : max;
}

static void
screen_lesson_draw(struct screen *s)
{
	WINDOW	*w = s->lesson_win;
	char	 head[600];
	int	 y, rows;

	if (w == NULL)
		return;
	werase(w);
	rows = getmaxy(w);
	screen_lesson_header(s, head, sizeof head);
	wbkgdset(w, ' ' | s->attr[THEME_NORMAL]);
	wattrset(w, s->attr[THEME_STATUS]);
	mvwhline(w, 0, 0, ' ', s->cols);
	wmove(w, 0, 1);
	(void)screen_put(w, head, strlen(head), s->cols - 2,
	    s->attr[THEME_STATUS]);
	if (rows > 1) {
		for (y = 0; y < s->lesson_nrows && y + 1 < rows - 1; y++) {
			wmove(w, y + 1, 1);
			(void)screen_put(w, s->lesson_text[y],
			    strlen(s->lesson_text[y]), s->cols - 2,
			    strncmp(s->lesson_text[y], _("Not yet: "),
			    strlen(_("Not yet: "))) == 0 ?
			    s->attr[THEME_ERROR] : y == 0 ?
			    s->attr[THEME_EVENT] | A_BOLD :
			    s->attr[THEME_NORMAL]);
		}
		wattrset(w, s->attr[THEME_STATUS]);
		mvwhline(w, rows - 1, 0, ' ', s->cols);
		wmove(w, rows - 1, 1);
		(void)screen_put(w, "/lesson next | back | restart | stop",
		    36, s->cols - 2, s->attr[THEME_STATUS]);
	}
	wattrset(w, A_NORMAL);
	wnoutrefresh(w);
}

/* The step changed or the panel did: lay the screen out again. */
static void
screen_lesson_changed(struct screen *s)
{
	screen_layout(s);
}

/* The step's line goes on the command line once readline is ready for
   a new line: a line handler's changes to it would be wiped. */
static void
screen_lesson_suggest(struct screen *s)
{
	s->lesson_suggest = 1;
}

static void
screen_lesson_suggest_now(struct screen *s)
{
	const struct lesson_step	*st = lesson_run_step(&s->run);

	if (!s->lesson_suggest)
		return;
	s->lesson_suggest = 0;
	if (s->lesson != NULL && st != NULL && st->send != NULL)
		cmdline_suggest(s, st->send);
}

static void
screen_lesson_report(struct screen *s, enum lesson_outcome o)
{
	struct lesson			*l = s->lesson;
	const struct lesson_step	*st;

	switch (o) {
	case LESSON_NOTHING:
		return;
	case LESSON_STEP_DONE:
	case LESSON_COMPLETE:
		s->lesson_miss[0] = '\0';
		st = &l->steps[s->run.step - 1];
		screen_log(s, 0, "lesson: step %zu of %zu done: %s",
		    s->run.step, l->nsteps, st->title);
		(void)lesson_progress_save(l->name, s->run.step);
		if (o == LESSON_COMPLETE)
			screen_log(s, 0, "lesson %s complete: all %zu steps "
			    "done. /lesson lists the lessons", l->name,
			    l->nsteps);
		screen_lesson_suggest(s);
		break;
	case LESSON_MISSED:
		snprintf(s->lesson_miss, sizeof s->lesson_miss, "%s",
		    s->run.miss);
		screen_log(s, 1, "lesson: %s", s->run.miss);
		st = lesson_run_step(&s->run);
		if (st != NULL && st->hint != NULL)
			screen_log(s, 0, "hint: %s", st->hint);
		screen_lesson_suggest(s);
		break;
	}
	screen_lesson_changed(s);
}

/* After session_progress: what the lesson made of the events. */
static void
screen_lesson_tick(struct screen *s)
{
	enum lesson_outcome	 o = s->lesson_out;

	s->lesson_out = LESSON_NOTHING;
	screen_lesson_report(s, o);
}

static void
screen_lesson_on_event(struct screen *s, const struct session_event *ev)
{
	enum lesson_outcome	 o;

	if (s->lesson == NULL || ev->type == SESSION_EV_ENTRY)
		return;
	if (ev->type == SESSION_EV_FINDING)
		o = lesson_finding(&s->run, findings_id(ev->finding->kind),
		    s->session);
	else
		o = lesson_event(&s->run, ev, s->session);
	if (o != LESSON_NOTHING)
		s->lesson_out = o;
}

void
screen_lesson_line(struct screen *s, const char *line)
{
	if (s->lesson == NULL || strncasecmp(line, "/lesson", 7) == 0)
		return;
	if (s->lesson_miss[0] != '\0') {
		s->lesson_miss[0] = '\0';
		screen_lesson_changed(s);
	}
	screen_lesson_report(s, lesson_line(&s->run, line));
}

void
screen_lesson_toggle(struct screen *s)
{
	if (s->lesson == NULL) {
		screen_message(s, 0, "no lesson: /lesson lists them");
		return;
	}
	s->lesson_folded = !s->lesson_folded;
	screen_lesson_changed(s);
}

static void
screen_lesson_stop(struct screen *s)
{
	lesson_free(s->lesson);
	s->lesson = NULL;
	memset(&s->run, 0, sizeof s->run);
	s->lesson_miss[0] = '\0';
	s->lesson_out = LESSON_NOTHING;
}

static void
screen_lesson_goto(struct screen *s, size_t step)
{
	lesson_run_goto(&s->run, step);
	s->lesson_miss[0] = '\0';
	(void)lesson_progress_save(s->lesson->name, s->run.step);
	cmdline_reset(s);
	screen_lesson_suggest(s);
	screen_lesson_changed(s);
}

static int
screen_lesson_start(struct screen *s, const char *name, char *err,
    size_t errlen)
{
	struct lesson	*l;
	char		 path[1024], found[LESSON_NAME_MAX + 1];
	int		 at, nerr;

	if (lesson_find(name, path, sizeof path, found, sizeof found) == -1) {
		snprintf(err, errlen, "no lesson '%s'; /lesson lists them",
		    name);
		return -1;
	}
	if ((l = lesson_load(path, NULL, NULL, &nerr)) == NULL) {
		snprintf(err, errlen, "the lesson %s has mistakes; smtpx "
		    "--check-lesson %s lists them", found, path);
		return -1;
	}
	snprintf(l->name, sizeof l->name, "%s", found);
	screen_lesson_stop(s);
	s->lesson = l;
	at = lesson_progress_load(l->name);
	if (at < 0 || at >= (int)l->nsteps)
		at = 0;
	lesson_run_start(&s->run, l, (size_t)at);
	screen_log(s, 0, "lesson %s: %s (%zu steps)", l->name, l->title,
	    l->nsteps);
	if (l->summary != NULL)
		screen_log(s, 0, "  %s", l->summary);
	if (at > 0)
		screen_log(s, 0, "  resuming at step %d; /lesson restart "
		    "starts over", at + 1);
	screen_log(s, 0, "  Enter sends the suggested line (or type your "
	    "own); F4 folds the panel; /lesson next, back, restart, stop");
	(void)lesson_progress_save(l->name, s->run.step);
	cmdline_reset(s);
	screen_lesson_suggest(s);
	screen_lesson_changed(s);
	return 0;
}

static void
screen_lesson_list(struct screen *s)
{
	char	 names[LESSON_LIST_MAX][LESSON_NAME_MAX + 1], line[600];
	size_t	 n, i;

	n = lesson_list(names, LESSON_LIST_MAX);
	if (n == 0) {
		screen_log(s, 1, "no lessons found");
		return;
	}
	screen_log(s, 0, "lessons (/lesson NAME or its number starts one):");
	for (i = 0; i < n; i++)
		if (lesson_list_line(names[i], line, sizeof line) == 0)
			screen_log(s, 0, "  %s", line);
}

/*
 * /lang: a running lesson is read again in the new language (lessons/ja/
 * or the English one), at the same step with what it has met so far;
 * the two have the same steps and checks. When the other language's
 * file has other steps, or does not load, the lesson stays as it is.
 */
static void
screen_lang_hook(void *arg)
{
	struct screen	*s = arg;
	struct lesson	*l;
	char		 path[1024], found[LESSON_NAME_MAX + 1];

	if (s->lesson == NULL || lesson_find(s->lesson->name, path,
	    sizeof path, found, sizeof found) == -1 ||
	    (l = lesson_load(path, NULL, NULL, NULL)) == NULL)
		return;
	if (l->nsteps != s->lesson->nsteps) {
		lesson_free(l);
		return;
	}
	snprintf(l->name, sizeof l->name, "%s", s->lesson->name);
	lesson_free(s->lesson);
	s->lesson = l;
	s->run.lesson = l;
	/* Said in the old language; the next check says it again. */
	s->run.last[0] = s->run.miss[0] = s->lesson_miss[0] = '\0';
	screen_lesson_changed(s);
}

/* /lesson [NAME|next|back|restart|stop] */
static int
screen_lesson_hook(void *arg, int argc, char **argv, char *err,
    size_t errlen)
{
	struct screen	*s = arg;
	const char	*a = argc > 0 ? argv[0] : NULL;

	if (a == NULL) {
		screen_lesson_list(s);
		return 0;
	}
	if (strcmp(a, "next") != 0 && strcmp(a, "back") != 0 &&
	    strcmp(a, "restart") != 0 && strcmp(a, "stop") != 0)
		return screen_lesson_start(s, a, err, errlen);
	if (s->lesson == NULL) {
		snprintf(err, errlen, "no lesson is running; /lesson lists "
		    "them");
		return -1;
	}
	if (strcmp(a, "stop") == 0) {
		screen_log(s, 0, "lesson %s stopped at step %zu; /lesson %s "
		    "goes on from there", s->lesson->name, s->run.step + 1,
		    s->lesson->name);
		screen_lesson_stop(s);
		screen_lesson_changed(s);
	} else if (strcmp(a, "next") == 0) {
		if (s->run.step >= s->lesson->nsteps) {
			snprintf(err, errlen, "that was the last step");
			return -1;
		}
		screen_lesson_goto(s, s->run.step + 1);
	} else if (strcmp(a, "back") == 0) {
		if (s->run.step == 0) {
			snprintf(err, errlen, "this is the first step");
			return -1;
		}
		screen_lesson_goto(s, s->run.step - 1);
	} else
		screen_lesson_goto(s, 0);
	return 0;
}

/*
 * Signals arrive through a pipe; the loop reads them.
 */

static void
screen_sighandler(int sig)
{
	unsigned char	 c = (unsigned char)sig;
	int		 saved = errno;

	if (screen_sigfd != -1)
		(void)write(screen_sigfd, &c, 1);
	errno = saved;
}

static void
screen_mouse(struct screen *s, int on)
{
	const char	*seq = on ? SCREEN_MOUSE_ON : SCREEN_MOUSE_OFF;

	if (s->mouse == on)
		return;
	s->mouse = on;
	fflush(stdout);
	(void)write(STDOUT_FILENO, seq, strlen(seq));
}

static void
screen_suspend(struct screen *s)
{
	struct sigaction	 sa;

	if (sigaction(SIGTSTP, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN) {
		screen_message(s, 1, "this shell cannot suspend smtpx");
		return;
	}
	screen_mouse(s, 0);
	def_prog_mode();
	endwin();
	(void)kill(getpid(), SIGSTOP);
	/* Back: SIGCONT repaints as well, but do not wait for it. */
	reset_prog_mode();
	screen_mouse(s, 1);
	s->dirty |= SCREEN_D_ALL;
}

static void
screen_signals(struct screen *s)
{
	unsigned char	 sig[32];
	ssize_t		 n, i;

	while ((n = read(s->sigpipe[0], sig, sizeof(sig))) > 0) {
		for (i = 0; i < n; i++) {
			switch (sig[i]) {
			case SIGINT:
				screen_interrupt(s);
				break;
			case SIGTERM:
			case SIGHUP:
				s->quit = 1;
				if (s->mode != SCREEN_LINE)
					screen_mode_finish(s, -1);
				break;
			case SIGCONT:
				reset_prog_mode();
				s->mouse = 0;
				screen_mouse(s, 1);
				s->dirty |= SCREEN_D_ALL;
				break;
			}
		}
	}
}

/*
 * Session events only mark what needs drawing.
 */

static void
screen_event(const struct session_event *ev, void *arg)
{
	struct screen	*s = arg;

	screen_lesson_on_event(s, ev);
	switch (ev->type) {
	case SESSION_EV_ENTRY:
		s->dirty |= SCREEN_D_PANE;
		break;
	default:
		s->dirty |= SCREEN_D_STATUS;
		break;
	}
}

/*
 * Input.
 */

/*
 * Read what the terminal has, while the queue has room. A paste comes in
 * large reads of our own (ncurses reads a byte per call); ncurses still
 * gets asked last, for KEY_RESIZE and any byte it holds. With the queue
 * full nothing is read: the rest of a paste stays in the tty buffer, and
 * the pasting terminal waits. Returns the bytes read.
 */
static int
screen_drain(struct screen *s, int signalled)
{
	struct pollfd	 pfd;
	struct winsize	 ws;
	unsigned char	 c1;
	size_t		 room;
	ssize_t		 n;
	int		 c, got = 0;

	pfd.fd = STDIN_FILENO;
	pfd.events = POLLIN;
	/* Keep a few bytes of room for what ncurses returns below. */
	while ((room = screen_queue_room(s)) > SCREEN_QUEUE_SPARE &&
	    poll(&pfd, 1, 0) == 1 && (pfd.revents & POLLIN)) {
		n = read(STDIN_FILENO, s->q + s->qlen, room -
		    SCREEN_QUEUE_SPARE);
		if (n <= 0)
			break;
		s->qlen += (size_t)n;
		got += (int)n;
	}
	while (screen_queue_room(s) > 0 &&
	    (c = wgetch(s->cmd_win)) != ERR) {
		if (c == KEY_RESIZE) {
			screen_layout(s);
			continue;
		}
		if (c < 0 || c > 0xff)
			continue;
		got++;
		c1 = (unsigned char)c;
		screen_queue_add(s, &c1, 1);
	}
	/* Full: wgetch would read a byte there is no room for, and its
	   KEY_RESIZE (or the one doupdate queued) waits behind it, so ask
	   the tty after a signal (they come only inside ppoll). */
	if (signalled && screen_queue_room(s) == 0 &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    (ws.ws_row != s->lines || ws.ws_col != s->cols)) {
		resize_term(ws.ws_row, ws.ws_col);
		screen_layout(s);
	}
	return got;
}

/* Is the head of the queue an unfinished UTF-8 character? */
static int
screen_partial_utf8(const struct screen *s)
{
	unsigned char	 c = s->q[0];
	size_t		 need;

	if (c < 0xc0 || c > 0xf4)
		return 0;
	need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
	return s->qlen < need;
}

/*
 * Is feeding readline on hold because the session's queue is full? Then
 * a Ctrl-C already read still works: it stops the paste, dropping the
 * bytes before it and the lines the session has queued; the line in
 * flight keeps its reply, so the session stays in step. Returns 1 while
 * on hold, -1 after such a Ctrl-C, else 0.
 */
static int
screen_held(struct screen *s)
{
	unsigned char	*p;

	if (!session_queue_full(s->session))
		return 0;
	if ((p = memchr(s->q, 0x03, s->qlen)) != NULL) {
		screen_consume(s, (size_t)(p - s->q) + 1);
		cmdline_reset(s);
		(void)session_cancel_queued(s->session);
		screen_message(s, 0, "cancelled the rest of the paste");
		s->dirty |= SCREEN_D_PANE;
		return -1;
	}
	return 1;
}

static void
screen_feed(struct screen *s)
{
	int	 key, held;
	size_t	 used;

	while (s->qlen > 0 && !s->quit) {
		if (s->mode != SCREEN_LINE) {
			if (s->mode_done)
				return;
			if (!screen_key(s, &key, &used)) {
				if (!screen_partial_expired(s))
					return;
				key = s->q[0] == 0x1b ? SK_ESC : SK_OTHER;
				used = 1;
			}
			if (s->mode == SCREEN_SECRET)
				screen_secret_key(s, key, s->q, used);
			else
				screen_confirm_key(s, key);
			screen_consume(s, used);
			continue;
		}
		if (s->overlay) {
			if (!screen_key(s, &key, &used)) {
				if (!screen_partial_expired(s))
					return;
				key = SK_ESC;
				used = 1;
			}
			screen_consume(s, used);
			screen_overlay_key(s, key);
			continue;
		}
		if (s->q[0] == 0x03) {
			screen_consume(s, 1);
			screen_interrupt(s);
			continue;
		}
		if (s->q[0] == 0x1a) {
			screen_consume(s, 1);
			screen_suspend(s);
			continue;
		}
		if (s->q[0] == 0x1b && s->qlen >= 3 && s->q[1] == '[' &&
		    (s->q[2] == 'M' || s->q[2] == '<')) {
			if (!screen_key(s, &key, &used)) {
				if (!screen_partial_expired(s))
					return;
			} else {
				screen_consume(s, used);
				if (key == SK_WHEEL_UP || key == SK_WHEEL_DOWN) {
					pane_scroll(&s->pane,
					    session_transcript(s->session),
					    key == SK_WHEEL_UP ? -3 : 3);
					s->dirty |= SCREEN_D_PANE;
				}
				continue;
			}
		}
		/* Hold back what may be the start of a mouse report or of
		   a UTF-8 character until the rest comes (or a moment
		   passes); Alt-x (ESC x) goes straight on. */
		if ((s->q[0] == 0x1b && (s->qlen == 1 ||
		    (s->qlen == 2 && s->q[1] == '['))) ||
		    screen_partial_utf8(s)) {
			/* Wait a moment for the rest of the key. */
			if (!screen_partial_expired(s))
				return;
		}
		/* The session's queue is full: leave the rest where it is
		   (here, then in the terminal) until lines go out. */
		if ((held = screen_held(s)) == 1)
			return;
		if (held == -1)
			continue;
		s->qwait = 0;
		if (s->menu != NULL)
			screen_menu_clear(s);
		if (s->message[0] != '\0') {
			s->message[0] = '\0';
			s->dirty |= SCREEN_D_STATUS;
		}
		cmdline_feed(s);
	}
}

static void
screen_loop(struct screen *s, const int *done)
{
	struct pollfd	 pfd[3 + PROBE_MAX_POLL];
	struct timespec	 ts;
	sigset_t	 unblocked;
	long long	 start;
	size_t		 np;
	int		 fd, tmo, ptmo, wait, left, n, nfds, idle = 0, intr;
	short		 events;

	sigprocmask(SIG_SETMASK, NULL, &unblocked);
	sigdelset(&unblocked, SIGWINCH);
	while (!*done && !s->quit) {
		screen_lesson_suggest_now(s);
		if (s->mode == SCREEN_LINE && !s->searching)
			cmdline_prompt_update(s);
		screen_draw(s);
		session_pollfd(s->session, &fd, &events, &tmo);
		wait = tmo;
		/* Part of a key waits a moment for the rest; keys held for a
		   full session queue wait for the session instead. */
		if (s->qlen > 0 && !(s->mode == SCREEN_LINE && !s->overlay &&
		    session_queue_full(s->session)) &&
		    (wait < 0 || wait > SCREEN_KEY_WAIT_MS))
			wait = SCREEN_KEY_WAIT_MS;
		if (s->pane.search_run)
			wait = 0;	/* a search slice is waiting */
		if ((left = screen_wait_left(s)) >= 0 &&
		    (wait < 0 || wait > left))
			wait = left + 1;
		pfd[0].fd = STDIN_FILENO;
		/* No room: the terminal waits (hang-ups still come). */
		pfd[0].events = screen_queue_room(s) > 0 ? POLLIN : 0;
		pfd[1].fd = s->sigpipe[0];
		pfd[1].events = POLLIN;
		pfd[2].fd = fd;
		pfd[2].events = events;
		pfd[0].revents = pfd[1].revents = pfd[2].revents = 0;
		/* A /probe's sessions and lookups after ours (fd -1 is
		   ignored by poll, so the places stay fixed). */
		pfd[2].fd = fd >= 0 ? fd : -1;
		np = probe_tui_pollfds(s->app, pfd + 3, PROBE_MAX_POLL, &ptmo);
		if (ptmo >= 0 && (wait < 0 || wait > ptmo))
			wait = ptmo;
		nfds = np > 0 ? 3 + (int)np : fd >= 0 ? 3 : 2;
		if (wait >= 0) {
			ts.tv_sec = wait / 1000;
			ts.tv_nsec = (long)(wait % 1000) * 1000000;
		}
		start = screen_now();
		n = ppoll(pfd, (nfds_t)nfds, wait >= 0 ? &ts : NULL,
		    &unblocked);
		intr = n == -1 && errno == EINTR;
		if (n == -1 && errno != EINTR) {
			s->quit = 1;
			s->status = EXIT_USAGE;
			break;
		}
		if (pfd[1].revents & POLLIN)
			screen_signals(s);
		if ((fd >= 0 && pfd[2].revents != 0) ||
		    (tmo >= 0 && screen_now() - start >= tmo))
			session_progress(s->session, pfd[2].revents);
		if (n <= 0)
			for (size_t i = 0; i < np; i++)
				pfd[3 + i].revents = 0;
		probe_tui_progress(s->app, pfd + 3, np);
		cmd_tick(s->app);
		screen_lesson_tick(s);
		/* Always drain: ncurses may hold bytes poll cannot see, and
		   KEY_RESIZE only comes this way. */
		if (screen_drain(s, intr) == 0 && (pfd[0].revents & POLLIN))
			idle++;
		else
			idle = 0;
		if ((pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL)) ||
		    idle > 100) {
			/* The terminal is gone. */
			s->quit = 1;
			if (s->mode != SCREEN_LINE)
				screen_mode_finish(s, -1);
			break;
		}
		screen_feed(s);
		if (s->pane.search_run)
			screen_search_slice(s);
	}
}

/*
 * Start and end.
 */

/* util_cleanup: a fatal error elsewhere puts the terminal back first. */
static void
screen_emergency(void)
{
	if (screen_scr == NULL || isendwin())
		return;
	rl_callback_handler_remove();
	(void)write(STDOUT_FILENO, SCREEN_MOUSE_OFF,
	    strlen(SCREEN_MOUSE_OFF));
	endwin();
}

static int
screen_terminal_ok(void)
{
	const char	*term = getenv("TERM");
	char		*cup;
	int		 err = 0;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "smtpx: the screen needs a terminal; "
		    "use --batch for the line mode\n");
		return 0;
	}
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		fprintf(stderr, "smtpx: unknown terminal type \"%s\"; "
		    "set TERM, or use --batch for the line mode\n",
		    term != NULL ? term : "");
		return 0;
	}
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		fprintf(stderr, "smtpx: terminal \"%s\" cannot move the "
		    "cursor; use --batch for the line mode\n",
		    term != NULL ? term : "");
		del_curterm(cur_term);
		return 0;
	}
	del_curterm(cur_term);
	return 1;
}

/*
 * One write per frame. ncurses 6.x (up to 6.4 at least) sends its output
 * buffer to the terminal after every cursor move until the program has
 * been through endwin(): its mvcur cannot tell the library's own moves
 * from a low-level terminfo caller's, so it flushes while the screen is
 * still in its initial state (lib_mvcur.c, TINFO_MVCUR and ewInitial).
 * A frame then costs one write(2) per row it touches. The output never
 * goes through stdio, so setvbuf cannot help; leaving and resuming once,
 * before anything is drawn, moves the screen out of that state and every
 * doupdate after it makes a single write (unless a frame outgrows the
 * buffer of a whole screen). The terminal sees the alternate screen
 * entered twice, with nothing drawn in between.
 */
static void
screen_settle(void)
{
	def_prog_mode();	/* raw, noecho: what the resume restores */
	endwin();
	doupdate();
}

static void
screen_signals_setup(struct screen *s)
{
	struct sigaction	 sa;
	sigset_t		 block;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = screen_sighandler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	/* Before newterm, so ncurses leaves these to us. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGCONT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	screen_sigfd = s->sigpipe[1];
	/* SIGWINCH is let through only inside ppoll, so none is missed. */
	sigemptyset(&block);
	sigaddset(&block, SIGWINCH);
	sigprocmask(SIG_BLOCK, &block, NULL);
}

static void
screen_signals_restore(void)
{
	struct sigaction	 sa;
	sigset_t		 block;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGCONT, &sa, NULL);
	screen_sigfd = -1;
	sigemptyset(&block);
	sigaddset(&block, SIGWINCH);
	sigprocmask(SIG_UNBLOCK, &block, NULL);
}

static void
screen_welcome(struct screen *s)
{
	struct lab	*lab = s->app->lab;

	screen_log(s, 0, "smtpx %s: a terminal for talking SMTP by hand",
	    SMTPX_VERSION);
	if (lab == NULL && s->app->opt->lab_at != NULL) {
		screen_log(s, 0, "the teacher's lab is on %s (ports %d, %d and "
		    "%d stand for 25, 587 and 465)", s->app->opt->lab_at,
		    s->app->opt->port_base + 25, s->app->opt->port_base + 587,
		    s->app->opt->port_base + 465);
		screen_log(s, 0, "type /connect lab 587 to start, /lesson 1 "
		    "for a guided tour, /help for commands, F1 for keys");
		return;
	}
	if (lab == NULL) {
		screen_log(s, 0, "type /connect HOST 587 to start, /probe "
		    "DOMAIN to diagnose every mail port, /help for commands, F1 "
		    "for keys");
		return;
	}
	screen_log(s, 0, "new to SMTP? type /lesson 1 for a guided tour of "
	    "port 25 and port 587; /lesson lists all the lessons");
	screen_log(s, 0, "the lab is running on 127.0.0.1, domain %s:",
	    LAB_DOMAIN);
	screen_log(s, 0, "  lab 25   relay between servers: no AUTH, mail "
	    "only for %s (127.0.0.1:%d)", LAB_DOMAIN,
	    lab_port(lab, LAB_RELAY));
	screen_log(s, 0, "  lab 587  submission: STARTTLS, then AUTH, then "
	    "mail anywhere (127.0.0.1:%d)", lab_port(lab, LAB_SUBMISSION));
	screen_log(s, 0, "  lab 465  submission with TLS from the first byte "
	    "(127.0.0.1:%d)", lab_port(lab, LAB_SUBMISSIONS));
	screen_log(s, 0, "demo account: %s, password %s", LAB_USER,
	    LAB_PASSWORD);
	screen_log(s, 0, "first exercise: /connect lab 587, then EHLO me, "
	    "/starttls, EHLO me, /auth PLAIN %s,", LAB_USER);
	screen_log(s, 0, "  MAIL FROM:<%s>, RCPT TO:<friend@example.org>, "
	    "DATA, a few lines, a lone '.', QUIT; then /lab inbox",
	    LAB_USER);
	screen_log(s, 0, "then try the same on /connect lab 25 and compare. "
	    "/help lists commands, F1 the keys");
	screen_log(s, 0, "/probe lab checks all three ports at once; /lab "
	    "op25b on blocks port 25 as many home ISPs do (OP25B): probe "
	    "again and see");
}

int
screen_main(struct app *app)
{
	struct screen		*s = &screen_storage;
	struct options		*opt = app->opt;
	struct session_config	 cfg;
	SCREEN			*scr;
	char			 err[512], hostname[256];
	const char		*nc;

	if (!screen_terminal_ok())
		return EXIT_USAGE;
	setlocale(LC_ALL, "");
	i18n_locale_again();

	memset(s, 0, sizeof(*s));
	s->q = s->qbuf;
	s->app = app;
	s->status = EXIT_ALLOK;
	pane_init(&s->pane);
	s->pane.timestamps = opt->timestamps;
	s->pane.notes = app->notes;
	buf_init(&s->overlay_text, 256 * 1024);
	buf_init(&s->secret, SCREEN_SECRET_MAX);
	nc = getenv("NO_COLOR");
	s->no_color = nc != NULL && *nc != '\0';
	if (pipe2(s->sigpipe, O_NONBLOCK | O_CLOEXEC) == -1) {
		fprintf(stderr, "smtpx: pipe: %s\n", strerror(errno));
		return EXIT_USAGE;
	}

	config_session(opt, &cfg, hostname, sizeof(hostname));
	if (app->session == NULL &&
	    (app->session = session_new(&cfg, screen_event, s)) == NULL) {
		fprintf(stderr, "smtpx: out of memory\n");
		close(s->sigpipe[0]);
		close(s->sigpipe[1]);
		return EXIT_USAGE;
	}
	s->session = app->session;
	/* Timings for /export, from the first entry on. */
	if (app->export == NULL)
		app->export = export_new(app->session);
	s->pane.latency = app->export;
	session_set_notes(s->session, s->pane.notes);
	screen_test_fill(s);

	app->fe.arg = s;
	app->fe.secret = screen_secret_hook;
	app->fe.confirm = screen_confirm_hook;
	app->fe.theme = screen_theme_hook;
	app->fe.help = screen_help_hook;
	app->fe.compare = screen_compare_hook;
	app->fe.quit = screen_quit_hook;
	app->fe.lesson = screen_lesson_hook;
	app->fe.lang = screen_lang_hook;

	screen_signals_setup(s);
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		screen_signals_restore();
		fprintf(stderr, "smtpx: cannot start the screen; "
		    "use --batch for the line mode\n");
		return EXIT_USAGE;
	}
	screen_scr = scr;
	util_cleanup = screen_emergency;
	raw();			/* ^C, ^Z, ^S and ^Q come to us as keys */
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, FALSE);
	/* A paste keeps input pending; ncurses would then put off drawing
	   (its typeahead check) and the screen would freeze till the end. */
	typeahead(-1);
	screen_settle();
	s->colors = has_colors() && start_color() == OK;
	if (s->colors)
		use_default_colors();
	screen_layout(s);
	if (screen_set_theme(s, opt->theme, opt->theme != NULL, err,
	    sizeof(err)) == -1) {
		screen_log(s, 1, "%s; using the built-in default", err);
		(void)screen_set_theme(s, NULL, 0, err, sizeof(err));
	}
	if (cmdline_init(s) == -1) {
		util_cleanup = NULL;
		screen_scr = NULL;
		endwin();
		delscreen(scr);
		screen_signals_restore();
		fprintf(stderr, "smtpx: cannot start the command line\n");
		return EXIT_USAGE;
	}
	screen_draw(s);
	screen_mouse(s, 1);

	if (opt->lesson != NULL) {
		if (screen_lesson_start(s, opt->lesson, err, sizeof err) == -1)
			screen_log(s, 1, "%s", err);
	} else if (opt->host != NULL)
		(void)cmd_connect(app, opt->host, opt->port, opt->tls);
	else
		screen_welcome(s);

	screen_loop(s, &s->quit);

	/* The one way out: readline, then curses, each once. */
	cmdline_end(s);
	screen_menu_clear(s);
	screen_mouse(s, 0);
	screen_windows_free(s);
	screen_lesson_stop(s);
	util_cleanup = NULL;
	screen_scr = NULL;
	endwin();
	delscreen(scr);
	screen_signals_restore();
	close(s->sigpipe[0]);
	close(s->sigpipe[1]);
	pane_free(&s->pane);
	buf_free(&s->overlay_text);
	screen_compare_free(s);
	buf_free(&s->secret);
	probe_tui_free(app);
	export_free(app->export, app->session);
	app->export = NULL;
	session_free(app->session);
	app->session = NULL;
	memset(&app->fe, 0, sizeof(app->fe));
	return s->status;
}
