#!/bin/sh
# Stop the peers rig started by rig-start.sh DIR: exactly the Postfix and
# Dovecot masters whose pid files are under DIR, with their own stop
# commands, then by pid if they are still there after a bounded wait.
# Never by process name. Safe to run twice, or on a rig that only half
# started. Exit 0 when nothing of the rig is left running.
#   rig-stop.sh DIR
set -u
[ $# = 1 ] || { echo "usage: rig-stop.sh DIR" >&2; exit 2; }
T=$1
status=0

alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

# A pid from a pid file, only if that process is the expected program (a
# stale pid file must not make us signal some other process).
pid_of() { # PIDFILE EXE
	[ -f "$1" ] || return 0
	_p=$(tr -dc 0-9 <"$1")
	[ -n "$_p" ] || return 0
	_exe=$(readlink "/proc/$_p/exe" 2>/dev/null) || return 0
	case $_exe in "$2"|"$2 (deleted)") echo "$_p" ;; esac
}

# stop NAME PID STOP-COMMAND...: ask nicely, wait up to 10 s, then SIGKILL.
stop() {
	_name=$1 _pid=$2; shift 2
	alive "$_pid" || return 0
	timeout 15 "$@" >/dev/null 2>&1 || kill -TERM "$_pid" 2>/dev/null
	_i=0
	while alive "$_pid" && [ $_i -lt 100 ]; do sleep 0.1; _i=$((_i + 1)); done
	if alive "$_pid"; then
		echo "rig-stop: $_name (pid $_pid) did not stop, killing it" >&2
		kill -KILL "$_pid" 2>/dev/null
		sleep 0.2
	fi
	if alive "$_pid"; then
		echo "rig-stop: $_name (pid $_pid) is still running" >&2
		status=1
	fi
}

pf_pid=$(pid_of "$T/postfix/spool/pid/master.pid" /usr/lib/postfix/sbin/master)
stop postfix "$pf_pid" postfix -c "$T/postfix/etc" stop
dc_pid=$(pid_of "$T/dovecot/run/master.pid" /usr/sbin/dovecot)
stop dovecot "$dc_pid" dovecot -c "$T/dovecot/dovecot.conf" stop
exit $status
