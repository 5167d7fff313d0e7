# smtpx: build, test, install.
#
# Sources are found by directory, so adding a file to core/, tui/ or lab/
# needs no edit here. core/ and lab/ become static libraries; tui/ links
# them into ./smtpx. Every tests/unit/test_*.c is its own cmocka binary
# linked against the core library only, which proves core needs no
# terminal.

PREFIX   ?= /usr/local
DESTDIR  ?=
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man/man1
SHAREDIR  = $(PREFIX)/share/smtpx
DOCDIR    = $(PREFIX)/share/doc/smtpx
MANJADIR  = $(PREFIX)/share/man/ja/man1
LOCALEDIR = $(PREFIX)/share/locale
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/vendor-completions

CC       ?= cc
PKGS      = ncursesw readline openssl jansson libcares
BUILD    ?= build
SAN      ?=

# The version lives in VERSION and nowhere else (debian/changelog is
# checked against it by tests/package). Built from a clone, --version also
# names the commit, "-dirty" when the tree has changes; a tarball or a
# package build without .git may be handed GIT_COMMIT from outside.
VERSION  := $(shell cat VERSION)
ifeq ($(origin GIT_COMMIT),undefined)
GIT_COMMIT := $(shell [ -e .git ] && git rev-parse --short=12 HEAD \
	2>/dev/null)$(shell [ -e .git ] && ! git diff --quiet HEAD -- \
	2>/dev/null && echo -dirty)
endif
# CFLAGS stays the user's (optimisation, extra flags); what the build
# needs is added in XCFLAGS, so `make CFLAGS=-O1` cannot drop it.
CFLAGS   ?= -O2
XCFLAGS   = -std=c11 -g -Wall -Wextra -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wpointer-arith -Wformat=2 \
            -D_GNU_SOURCE -DSMTPX_VERSION='"$(VERSION)"' \
            -DSMTPX_SHAREDIR='"$(SHAREDIR)"' \
            -DSMTPX_LOCALEDIR='"$(LOCALEDIR)"' $(SAN) $(CFLAGS)
LDFLAGS  += $(SAN)

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CORE_LIBS  = $(shell pkg-config --libs openssl libcares 2>/dev/null) -lpthread

CORE_SRC = $(wildcard core/*.c)
LAB_SRC  = $(wildcard lab/*.c)
TUI_SRC  = $(wildcard tui/*.c)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
# The scripted-peer harness that test_session*.c share (core only).
HARNESS  = tests/unit/harness.c

CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o)
LAB_OBJ  = $(LAB_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ  = $(TUI_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps check unit run asan asan-build fuzz install uninstall clean bench \
	notes-eval pot po-update \
	deb dist check-package FORCE

all: smtpx

deps:
	@sh tests/deps.sh build

smtpx: $(BUILD)/smtpx
	cp $(BUILD)/smtpx $@.tmp && mv -f $@.tmp $@

# Translations (po/README.md). Each language's catalogue is its po/LL.po
# joined with the notes' po/notes.LL.po when the tree has one; the .mo
# goes where the binary finds it without an install (tui/i18n.c).
# xgettext reads the marks: _() N_() P_() in tui/, N_() in core's notes
# tables, and core's event and error formats by the functions' names.
LINGUAS  = ja
MO       = $(LINGUAS:%=$(BUILD)/locale/%/LC_MESSAGES/smtpx.mo)
POT_SRC  = $(sort $(CORE_SRC) $(TUI_SRC) $(LAB_SRC))
XGETTEXT_FLAGS = --language=C --from-code=UTF-8 --add-comments=TRANSLATORS \
	--keyword=_ --keyword=N_ --keyword=P_:1,2 --keyword=CORE_TR \
	--keyword=CORE_PL:1,2 --keyword=session_log:3 --keyword=session_fail:3 \
	--flag=session_log:3:c-format --flag=session_fail:3:c-format \
	--flag=CORE_PL:1:c-format --flag=CORE_PL:2:c-format \
	--keyword=cmd_event:2 --keyword=cmd_error:2 --keyword=screen_log:3 \
	--keyword=screen_message:3 --flag=cmd_event:2:c-format \
	--flag=cmd_error:2:c-format --flag=screen_log:3:c-format \
	--flag=screen_message:3:c-format --flag=P_:1:c-format \
	--flag=P_:2:c-format --keyword=probe_emit:4 \
	--flag=probe_emit:4:c-format --keyword=lab_log:4 \
	--flag=lab_log:4:c-format --keyword=lab_log_reply:3 \
	--flag=lab_log_reply:3:c-format \
	--package-name=smtpx --package-version=$(VERSION) \
	--msgid-bugs-address=maintainers@users.noreply.r-seed-7f2ec9a4.example

POT     ?= po/smtpx.pot
pot:
	xgettext $(XGETTEXT_FLAGS) -o $(POT) $(POT_SRC)

# po/LL.po keeps the interface: what po/notes.LL.po translates is left out.
po-update: pot
	for l in $(LINGUAS); do \
	    msgmerge --quiet --no-location --no-wrap --update --backup=none \
	        po/$$l.po $(POT) || exit 1; \
	    [ ! -e po/notes.$$l.po ] || { msgattrib --no-wrap --set-obsolete \
	        --only-file=po/notes.$$l.po -o po/$$l.po.tmp po/$$l.po && \
	        msgattrib --no-wrap --no-obsolete -o po/$$l.po po/$$l.po.tmp && \
	        rm -f po/$$l.po.tmp; } || exit 1; done

$(BUILD)/smtpx: $(TUI_OBJ) $(BUILD)/liblab.a $(BUILD)/libcore.a | $(MO)
	$(CC) $(LDFLAGS) -o $@ $(TUI_OBJ) $(BUILD)/liblab.a $(BUILD)/libcore.a \
	    $(PKG_LIBS) -lpthread

$(BUILD)/libcore.a: $(CORE_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/liblab.a: $(LAB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(XCFLAGS) $(PKG_CFLAGS) -Icore -Ilab -Itui -MMD -MP -c -o $@ $<

# Only main.c knows the commit; it is rebuilt when the commit changes.
$(BUILD)/tui/main.o: XCFLAGS += -DSMTPX_COMMIT='"$(GIT_COMMIT)"'
$(BUILD)/tui/main.o: $(BUILD)/commit
$(BUILD)/commit: FORCE
	@mkdir -p $(BUILD)
	@echo '$(GIT_COMMIT)' | cmp -s - $@ || echo '$(GIT_COMMIT)' >$@
FORCE:

# A unit test of tui/NAME.c is test_NAME and links that file: rebuild it
# when the file changes.
.SECONDEXPANSION:
$(BUILD)/locale/%/LC_MESSAGES/smtpx.mo: po/%.po $$(wildcard po/notes.%.po)
	@mkdir -p $(dir $@)
	msgcat --use-first --force-po -o $@.po $^
	msgfmt --check -o $@.tmp $@.po && rm -f $@.po && mv -f $@.tmp $@

$(BUILD)/tests/%: tests/unit/%.c $$(wildcard tui/$$(subst test_,,$$*).c) \
    $(BUILD)/liblab.a $(BUILD)/libcore.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(XCFLAGS) $(PKG_CFLAGS) -Icore -Ilab -Itui -o $@ $< \
	    $(wildcard tui/$(patsubst test_%,%,$*).c) $(UNIT_TUI_$*) \
	    $(if $(filter test_session%,$*),$(HARNESS)) $(BUILD)/liblab.a \
	    $(BUILD)/libcore.a $(LDFLAGS) -lcmocka $(PKG_LIBS) -lpthread

$(BUILD)/tests/test_session $(BUILD)/tests/test_session_findings: \
    $(HARNESS) tests/unit/harness.h

# Unit tests that render notes link the front end's renderer too.
UNIT_TUI_test_notes  = tui/render.c tui/width.c
UNIT_TUI_test_tls    = tui/render.c tui/width.c
UNIT_TUI_test_render = tui/width.c
UNIT_TUI_test_lesson = tui/datadir.c
UNIT_TUI_test_theme  = tui/datadir.c
$(BUILD)/tests/test_lesson $(BUILD)/tests/test_theme: tui/datadir.c
UNIT_TUI_test_session_findings = tui/render.c tui/width.c
$(BUILD)/tests/test_notes $(BUILD)/tests/test_tls: tui/render.c tui/width.c
$(BUILD)/tests/test_render: tui/width.c
$(BUILD)/tests/test_session_findings: tui/render.c tui/width.c

unit: $(UNIT_BIN) $(BUILD)/tests/notes_eval

# Score the notes against real replies (tests/notes/eval/README.md): the
# training part with its wrong replies shown, the held-out part counted.
EVAL_DIR = tests/notes/eval
$(BUILD)/tests/notes_eval: tests/notes/notes_eval.c $(BUILD)/libcore.a
	@mkdir -p $(dir $@)
	$(CC) $(XCFLAGS) -Icore -o $@ tests/notes/notes_eval.c \
	    $(BUILD)/libcore.a $(LDFLAGS) $(CORE_LIBS)

notes-eval: $(BUILD)/tests/notes_eval
	@$(BUILD)/tests/notes_eval train $(EVAL_DIR)/train.txt
	@for f in $(EVAL_DIR)/docs-*.txt; do \
	    $(BUILD)/tests/notes_eval "$$(basename "$$f" .txt)" "$$f" || \
	    exit 1; done
	@for f in $(EVAL_DIR)/field-*.txt; do \
	    $(BUILD)/tests/notes_eval "$$(basename "$$f" .txt)" "$$f" || \
	    exit 1; done
	@$(BUILD)/tests/notes_eval -q heldout $(EVAL_DIR)/heldout.txt

# The one test command (README, .ci/run). deps.sh installs what is missing
# when run as root and otherwise names the packages and stops. Every test
# runs twice: against the normal build and against the sanitizer build.
# Its builds use a job per core unless make was given its own -j.
JOBS = $(if $(findstring jobserver,$(MAKEFLAGS)),,-j$(shell nproc 2>/dev/null || echo 1))
check:
	@sh tests/deps.sh test
	@$(MAKE) $(JOBS) --no-print-directory smtpx unit
	@$(MAKE) $(JOBS) --no-print-directory asan-build
	@sh tests/run.sh $(BUILD) build-asan

run:
	@sh tests/deps.sh build
	@$(MAKE) --no-print-directory smtpx
	./smtpx --lab

# The whole suite with AddressSanitizer and UBSan, in its own tree.
ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	     -fno-sanitize-recover=undefined
asan-build:
	@$(MAKE) --no-print-directory BUILD=build-asan CFLAGS=-O1 \
	    SAN='$(ASAN_FLAGS)' build-asan/smtpx unit

asan:
	@sh tests/deps.sh test
	@$(MAKE) --no-print-directory asan-build
	@sh tests/run.sh build-asan

fuzz:
	@$(MAKE) --no-print-directory -f tests/fuzz/fuzz.mk

bench: smtpx
	@for b in tests/bench/*.sh; do sh $$b || exit 1; done

# `make install` and the Debian package (debian/rules installs through
# this target with PREFIX=/usr) put the same files in the same places;
# lessons and the Japanese man page go in when the tree has them.
install: smtpx $(MO)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) \
	    $(DESTDIR)$(SHAREDIR)/themes $(DESTDIR)$(DOCDIR) \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 smtpx $(DESTDIR)$(BINDIR)/smtpx
	install -m 644 docs/smtpx.1 $(DESTDIR)$(MANDIR)/smtpx.1
	install -m 644 themes/*.theme $(DESTDIR)$(SHAREDIR)/themes/
	install -m 644 README.md NEWS.md $(DESTDIR)$(DOCDIR)/
	install -m 644 completions/smtpx.bash $(DESTDIR)$(BASHCOMPDIR)/smtpx
	install -m 644 completions/_smtpx $(DESTDIR)$(ZSHCOMPDIR)/_smtpx
	if [ -e docs/smtpx.ja.1 ]; then \
	    install -d $(DESTDIR)$(MANJADIR) && \
	    install -m 644 docs/smtpx.ja.1 $(DESTDIR)$(MANJADIR)/smtpx.1; fi
	for l in $(LINGUAS); do \
	    install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/smtpx.mo \
	    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/smtpx.mo || exit 1; done
	set -- lessons/*.lesson; if [ -e "$$1" ]; then \
	    install -d $(DESTDIR)$(SHAREDIR)/lessons && \
	    install -m 644 "$$@" $(DESTDIR)$(SHAREDIR)/lessons/; fi
	set -- lessons/ja/*.lesson; if [ -e "$$1" ]; then \
	    install -d $(DESTDIR)$(SHAREDIR)/lessons/ja && \
	    install -m 644 "$$@" $(DESTDIR)$(SHAREDIR)/lessons/ja/; fi

# Every file install puts in place; the directories that are smtpx's own
# go too, the shared ones (bin, man1, completions) stay.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/smtpx $(DESTDIR)$(MANDIR)/smtpx.1 \
	    $(DESTDIR)$(MANJADIR)/smtpx.1 $(DESTDIR)$(BASHCOMPDIR)/smtpx \
	    $(DESTDIR)$(ZSHCOMPDIR)/_smtpx
	for l in $(LINGUAS); do \
	    rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/smtpx.mo; done
	rm -rf $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(DOCDIR)

# The Debian package, built in a temporary copy of the tree (what git
# tracks plus new files it does not ignore; everything but build output
# in a tarball's tree) so the tree's own build/ stays as it is. The .deb
# lands in $(BUILD)/. Needs debhelper, dpkg-dev and fakeroot
# (`sh tests/deps.sh package`).
deb:
	@set -e; tmp=$$(mktemp -d "$${TMPDIR:-/tmp}/smtpx-deb.XXXXXX"); \
	trap 'rm -rf "$$tmp"' EXIT; src="$$tmp/smtpx-$(VERSION)"; \
	mkdir "$$src"; \
	if [ -e .git ]; then \
	    git ls-files -z -co --exclude-standard | \
	        tar --null --no-recursion --ignore-failed-read -T - -cf - | \
	        tar -xf - -C "$$src"; \
	else \
	    tar -cf - --exclude=./build --exclude=./build-asan \
	        --exclude=./build-fuzz --exclude=./smtpx . | \
	        tar -xf - -C "$$src"; \
	fi; \
	(cd "$$src" && GIT_COMMIT='$(GIT_COMMIT)' \
	    dpkg-buildpackage -us -uc -b -J2) >"$$tmp/log" 2>&1 || \
	    { tail -40 "$$tmp/log" >&2; echo "make deb: failed" >&2; exit 1; }; \
	mkdir -p $(BUILD); \
	cp "$$tmp"/smtpx_$(VERSION)*.deb $(BUILD)/; \
	ls $(BUILD)/smtpx_$(VERSION)*.deb

# The release tarball: what git has at HEAD, nothing generated.
dist:
	@mkdir -p $(BUILD)
	@git diff --quiet HEAD -- || echo "make dist: note: uncommitted" \
	    "changes are not in the tarball (it is HEAD)" >&2
	git archive --format=tar.gz --prefix=smtpx-$(VERSION)/ \
	    -o $(BUILD)/smtpx-$(VERSION).tar.gz HEAD
	@echo $(BUILD)/smtpx-$(VERSION).tar.gz

# The package suite alone (make check runs it too).
check-package:
	@sh tests/deps.sh package
	@$(MAKE) --no-print-directory smtpx
	@SMTPX=$(CURDIR)/smtpx SMTPX_TOP=$(CURDIR) LC_ALL=C.UTF-8 \
	    sh tests/package/run.sh

clean:
	rm -rf build build-asan build-fuzz smtpx

-include $(CORE_OBJ:.o=.d) $(LAB_OBJ:.o=.d) $(TUI_OBJ:.o=.d)
