# bash completion for smtpx
#
# The options are read from `smtpx --help` of the smtpx being completed
# (once per shell and binary), so the completion always matches the
# program: an option with an upper-case word after it takes a value. The
# values that help are completed: themes and lessons from the directories
# smtpx looks in, --format's formats, the usual ports, and files where an
# option names a FILE; for the probe, the name servers of resolv.conf
# (--dns-server), an ssh -D proxy (--proxy) and a --ports example.

# _smtpx_options BIN: "--name" or "--name=" (takes a value) per option,
# plus the short ones; cached in _smtpx_opts_cache per binary.
_smtpx_options()
{
	local bin=$1 line
	if [[ $_smtpx_opts_bin != "$bin" ]]; then
		_smtpx_opts_cache=()
		while IFS= read -r line; do
			[[ $line =~ ^\ +(-([a-zA-Z]),\ )?--([a-z0-9-]+)(\ ([A-Z]+))? ]] ||
				continue
			_smtpx_opts_cache+=("--${BASH_REMATCH[3]}${BASH_REMATCH[5]:+=}")
			[[ -n ${BASH_REMATCH[2]} ]] &&
				_smtpx_opts_cache+=("-${BASH_REMATCH[2]}${BASH_REMATCH[5]:+=}")
		done < <("$bin" --help 2>/dev/null)
		_smtpx_opts_bin=$bin
	fi
	printf '%s\n' "${_smtpx_opts_cache[@]}"
}

# _smtpx_names KIND EXT BIN: the names of KIND/*.EXT in the places smtpx
# looks (tui/theme.c theme_dirs), the user's first.
_smtpx_names()
{
	local kind=$1 ext=$2 bin=$3 dir f exe
	local -a dirs
	if [[ ${XDG_CONFIG_HOME:-} == /* ]]; then
		dirs+=("$XDG_CONFIG_HOME/smtpx/$kind")
	elif [[ -n ${HOME:-} ]]; then
		dirs+=("$HOME/.config/smtpx/$kind")
	fi
	exe=$(type -P -- "$bin" 2>/dev/null)
	if [[ -n $exe ]]; then
		exe=$(readlink -f -- "$exe" 2>/dev/null || printf '%s' "$exe")
		exe=${exe%/*}
		dirs+=("$exe/$kind" "$exe/../share/smtpx/$kind" "$exe/../$kind")
	fi
	dirs+=(/usr/local/share/smtpx/"$kind" /usr/share/smtpx/"$kind")
	for dir in "${dirs[@]}"; do
		for f in "$dir"/*."$ext"; do
			[[ -r $f ]] || continue
			f=${f##*/}
			printf '%s\n' "${f%."$ext"}"
		done
	done
}

_smtpx()
{
	local cur prev bin opt words_=() names
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	bin=${COMP_WORDS[0]}
	COMPREPLY=()

	# --opt=value: one word, or three when = is in COMP_WORDBREAKS
	if [[ $cur == --*=* ]]; then
		prev=${cur%%=*}
		cur=${cur#*=}
	elif [[ $cur == = ]]; then
		cur=
	elif [[ $prev == = && $COMP_CWORD -gt 2 ]]; then
		prev=${COMP_WORDS[COMP_CWORD-2]}
	elif [[ $COMP_CWORD -gt 1 && $cur != -* ]]; then
		# only a value when prev is an option that takes one
		_smtpx_options "$bin" | grep -qxF -- "$prev=" || prev=
	else
		prev=
	fi

	case $prev in
	--theme)
		names=$( { printf 'default\nmono\n'; _smtpx_names themes theme "$bin"; } |
		    sort -u)
		COMPREPLY=($(compgen -W "$names" -- "$cur")) ;;
	--lesson)
		names=$(_smtpx_names lessons lesson "$bin" | sort -u)
		COMPREPLY=($(compgen -W "$names" -- "$cur")) ;;
	--format)
		COMPREPLY=($(compgen -W 'text md json' -- "$cur")) ;;
	--lang)
		COMPREPLY=($(compgen -W 'ja en' -- "$cur")) ;;
	-p|--port)
		COMPREPLY=($(compgen -W '25 587 465' -- "$cur")) ;;
	--listen)
		COMPREPLY=($(compgen -W '127.0.0.1 ::1 0.0.0.0' -- "$cur")) ;;
	--timeout)
		COMPREPLY=($(compgen -W '10 30 60' -- "$cur")) ;;
	--max-transcript)
		COMPREPLY=($(compgen -W '64K 16M 256M 1G' -- "$cur")) ;;
	--body)
		# @FILE: the body is read from FILE
		if [[ $cur == @* ]]; then
			compopt -o filenames 2>/dev/null
			COMPREPLY=($(compgen -P @ -f -- "${cur#@}"))
		fi ;;
	--ca-file|--password-file|--script|--debug|--check-lesson|--replay|--attach|\
	--proxy-password-file|--lab-ca)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	--ehlo|--servername|--mx)
		COMPREPLY=($(compgen -A hostname -- "$cur")) ;;
	--dns-server)
		# the name servers this machine uses, then loopback
		names=$(awk '$1 == "nameserver" { print $2 }' \
		    /etc/resolv.conf 2>/dev/null; echo 127.0.0.1)
		COMPREPLY=($(compgen -W "$names" -- "$cur")) ;;
	--proxy)
		# ssh -D 1080 makes one there
		COMPREPLY=($(compgen -W 'socks5://localhost:1080
		    socks5h://localhost:1080' -- "$cur")) ;;
	--ports)
		COMPREPLY=($(compgen -W '25=2525,587=2587,465=2465' -- "$cur")) ;;
	--user)
		;;
	?*)
		# any other option with a value: nothing to offer
		;;
	*)
		if [[ $cur == -* ]]; then
			for opt in $(_smtpx_options "$bin"); do
				words_+=("${opt%=}")
			done
			COMPREPLY=($(compgen -W "${words_[*]}" -- "$cur"))
		else
			COMPREPLY=($(compgen -A hostname -- "$cur"))
		fi ;;
	esac
}
complete -F _smtpx smtpx
