# libFuzzer targets for smtpx (tests/fuzz/fuzz_*.c). The Makefile's
# `make fuzz` runs this file; it builds every target with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/:
#
#   make -f tests/fuzz/fuzz.mk                   build all targets
#   make -f tests/fuzz/fuzz.mk fuzz-run FUZZ_TIME=60
#                                                run each for 60 s from
#                                                tests/fuzz/corpus/<target>
#   sh tests/fuzz/run-all.sh 60 [TARGET...]      the same, or some
#
# The sources the targets test are compiled once with coverage
# instrumentation (-fsanitize=fuzzer-no-link) into build-fuzz/obj/. UB is
# made fatal so libFuzzer keeps the input. fuzz_cmd links the command
# layer (tui/cmd.c) and fuzz_theme the theme parser (tui/theme.c); both
# are plain C with no terminal behind them.

FUZZ_CC     ?= clang
FUZZ_DIR    ?= build-fuzz
FUZZ_TIME   ?= 60
FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	       -fno-omit-frame-pointer
FUZZ_CFLAGS  = -g -O1 -std=c11 -D_GNU_SOURCE -DSMTPX_VERSION='"fuzz"' \
	       -DSMTPX_SHAREDIR='"/usr/local/share/smtpx"' -Icore -Itui -Ilab
FUZZ_LIBS    = $(shell pkg-config --libs openssl jansson 2>/dev/null || \
	       echo -lssl -lcrypto -ljansson) -lcares -lpthread

FUZZ_TARGETS = reply caps sasl b64 dataenc sanitize transcript theme cmd
FUZZ_BINS    = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

CORE_OBJ  = $(patsubst %.c,$(FUZZ_DIR)/obj/%.o,$(wildcard core/*.c))
LAB_OBJ   = $(patsubst %.c,$(FUZZ_DIR)/obj/%.o,$(wildcard lab/*.c))
RENDER_OBJ = $(FUZZ_DIR)/obj/tui/render.o $(FUZZ_DIR)/obj/tui/width.o
CMD_OBJ   = $(FUZZ_DIR)/obj/tui/cmd.o $(FUZZ_DIR)/obj/tui/util.o \
	    $(FUZZ_DIR)/obj/tui/i18n.o \
	    $(FUZZ_DIR)/obj/tui/export.o $(FUZZ_DIR)/obj/tui/replay.o \
	    $(FUZZ_DIR)/obj/tui/compare.o $(FUZZ_DIR)/obj/tui/datadir.o \
	    $(FUZZ_DIR)/obj/tui/config.o $(FUZZ_DIR)/obj/tui/probe.o \
	    $(RENDER_OBJ)
THEME_OBJ = $(FUZZ_DIR)/obj/tui/theme.o $(FUZZ_DIR)/obj/tui/datadir.o

.PHONY: all fuzz-run clean-fuzz
# Keep the instrumented objects between builds.
.SECONDARY:

all: $(FUZZ_BINS)

$(FUZZ_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_SAN) \
	    -MMD -MP -c -o $@ $<

# What each target links besides its own file: the core, and for three
# of them a part of tui/ (and the lab, which tui/cmd.c calls into; the
# note renderer, which cmd.c and the notes of fuzz_caps need).
$(FUZZ_DIR)/fuzz_cmd: FUZZ_EXTRA = $(CMD_OBJ) $(LAB_OBJ) $(CORE_OBJ)
$(FUZZ_DIR)/fuzz_cmd: $(CMD_OBJ) $(LAB_OBJ)
$(FUZZ_DIR)/fuzz_caps: FUZZ_EXTRA = $(RENDER_OBJ) $(CORE_OBJ)
$(FUZZ_DIR)/fuzz_caps: $(RENDER_OBJ)
$(FUZZ_DIR)/fuzz_theme: FUZZ_EXTRA = $(THEME_OBJ)
$(FUZZ_DIR)/fuzz_theme: $(THEME_OBJ)
FUZZ_EXTRA ?= $(CORE_OBJ)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_util.h $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< \
	    $(FUZZ_EXTRA) $(FUZZ_LIBS)

fuzz-run: all
	@sh tests/fuzz/run-all.sh $(FUZZ_TIME)

clean-fuzz:
	rm -rf $(FUZZ_DIR)

-include $(wildcard $(FUZZ_DIR)/obj/*/*.d)
