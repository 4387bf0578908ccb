#!/usr/bin/env bash
# Starts or stops apphost-ftp for the benchmark (the CUSTOM_START / CUSTOM_STOP of the peers' measure.sh).
#   server.sh start CONFIG PORT LOG   starts `bin/apphost-ftp serve` in its own session, waits (bounded) until PORT
#                                     listens on 127.0.0.1, prints the JVM's pid
#   server.sh stop PID                SIGTERM, then SIGKILL after 10 s; only that pid
# The JVM options are bin/apphost-ftp's defaults unless APPHOST_FTP_JAVA_OPTS is set. BENCH_PIDFILE: a file the pid is
# appended to, so that bench/run can stop the server if it is interrupted. BENCH_WARMUP="LOADER USER PASS FILE": after
# the port listens, upload FILE once with the peers' ftpload.py (over FTPS when TLS=1) and delete it, so that the JIT
# has compiled the upload path before a figure is taken (measure.sh's own warm-up is logins and one download).
set -euo pipefail
app="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/bin/apphost-ftp"

case $1 in
start)
  config=$2 port=$3 log=$4
  if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "bench: port $port already in use" >&2; exit 1; fi
  setsid "$app" serve --config "$config" >>"$log" 2>&1 </dev/null & pid=$!   # bin/apphost-ftp execs java: same pid
  for _ in $(seq 1 300); do   # at most 30 s (the first start may build the jar)
    if ss -ltn "sport = :$port" | grep -q LISTEN; then
      [ -n "${BENCH_PIDFILE:-}" ] && echo "$pid" >> "$BENCH_PIDFILE"   # for bench/run's clean-up on Ctrl-C
      if [ -n "${BENCH_WARMUP:-}" ]; then
        read -r loader user pass file <<< "$BENCH_WARMUP"
        tls=""; [ "${TLS:-0}" = 1 ] && tls="--tls"
        timeout 120 python3 "$loader" put --port "$port" --user "$user" --password "$pass" $tls --file "$file" \
            --path "warm-up-$$.bin" --delete >/dev/null 2>&1 || echo "bench: warm-up upload failed (see $log)" >&2
      fi
      echo "$pid"; exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "bench: apphost-ftp exited early; see $log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench: apphost-ftp did not listen on $port within 30 s; see $log" >&2
  kill "$pid" 2>/dev/null || true
  exit 1 ;;
stop)
  pid=$2
  kill "$pid" 2>/dev/null || exit 0
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true ;;
*)
  echo "usage: server.sh start CONFIG PORT LOG | stop PID" >&2; exit 2 ;;
esac
