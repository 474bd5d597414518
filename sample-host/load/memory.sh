#!/usr/bin/env bash
# Resident memory of the README's command (sample-host/koprogo-host.sh, H2 under data/ as the
# README runs it) under different JVM options: for each variant, starts the host, reads VmRSS
# from /proc when it is ready, runs 60 s of the load test's mix (wrk, mix.lua), reads VmRSS and
# the peak VmHWM again, and prints one line per variant. Traffic goes to 127.0.0.1 only.
#
#   sample-host/load/memory.sh                        # the variants below
#   VARIANTS="launcher|;c1|-XX:TieredStopAtLevel=1" LOAD=30s sample-host/load/memory.sh
#
# A variant is NAME|EXTRA_JAVA_OPTS (added by the launcher after its own flags, so they win).
# The "cds" variants first record an application class-data archive (-XX:ArchiveClassesAtExit,
# Java 13 and later) in a start-and-stop run, then start from it.
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8097}
LOAD=${LOAD:-60s}
CONNECTIONS=${CONNECTIONS:-8}
jsa=${KOPROGO_CDS_ARCHIVE:-$PWD/sample-host/target/sample-host-app.jsa}
VARIANTS=${VARIANTS:-"launcher|;c1|-XX:+TieredCompilation -XX:TieredStopAtLevel=1;c1-threads|-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -Dmicronaut.netty.event-loops.default.num-threads=1 -Dmicronaut.server.netty.worker.threads=1;cds|-XX:SharedArchiveFile=$jsa;cds-c1|-XX:SharedArchiveFile=$jsa -XX:+TieredCompilation -XX:TieredStopAtLevel=1"}
[ -n "${KOPROGO_JAR:-}" ] || [ -f sample-host/target/sample-host.jar ] || mvn -B -q -pl sample-host -am package -DskipTests
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

rss() { awk '/^VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# unique memory (USS): the pages no other process maps (a class-data archive or the JDK's own
# archive, mapped from files, count in RSS but are shared by every instance on the machine)
uss() { awk '/^Private_(Clean|Dirty)/{t += $2} END {printf "%.0f", t / 1024}' "/proc/$1/smaps_rollup"; }
host=
root=$(pwd)
scratch=$(mktemp -d /tmp/koprogo-memory.XXXXXX)
stop() { [ -z "$host" ] || { kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; host=; }; }
trap 'stop; rm -rf "$scratch"' EXIT
start() { # extra options
  # each variant in a fresh directory: the README's H2 database (data/) starts from the demo
  rm -rf "$scratch/data"
  (cd "$scratch" && JAVA_OPTS="$1" KOPROGO_PORT=$PORT KOPROGO_ACCESS_TOKEN_SECONDS=7200 \
    exec "$root/sample-host/koprogo-host.sh" >/tmp/koprogo-memory.log 2>&1) &
  host=$!
  local t0; t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null || { tail -30 /tmp/koprogo-memory.log; exit 1; }
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # the launcher execs java: $host is the JVM
}

if [[ "$VARIANTS" == *"$jsa"* ]] && [ ! -f "$jsa" ]; then
  echo "recording the class-data archive $jsa ..."
  start "-XX:ArchiveClassesAtExit=$jsa"
  KOPROGO_TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/v1/login" -H 'Content-Type: application/json' \
    -d '{"username":"syndic@tilleuls","password":"koprogo-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  export KOPROGO_TOKEN
  wrk -t1 -c4 -d10s -s sample-host/load/mix.lua "http://127.0.0.1:$PORT" >/dev/null
  stop
fi

printf '%-12s %8s %12s %14s %10s %12s %s\n' variant ready "RSS ready" "RSS after load" "peak" "USS after" "requests/s"
IFS=';' read -ra list <<<"$VARIANTS"
for v in "${list[@]}"; do
  name=${v%%|*}; opts=${v#*|}
  start "$opts"
  sleep 5
  at_start=$(rss "$host")
  KOPROGO_TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/v1/login" -H 'Content-Type: application/json' \
    -d '{"username":"syndic@tilleuls","password":"koprogo-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  export KOPROGO_TOKEN
  rate=$(wrk -t1 -c"$CONNECTIONS" -d"$LOAD" -s sample-host/load/mix.lua "http://127.0.0.1:$PORT" \
    | sed -n 's/^requests: .*: \([0-9]*\) req\/s/\1/p')
  sleep 6 # one trim interval of the native heap
  printf '%-12s %7.1fs %9s MiB %11s MiB %6s MiB %8s MiB %s\n' "$name" "$(echo "$ready_ms / 1000" | bc -l)" "$at_start" \
    "$(rss "$host")" "$(hwm "$host")" "$(uss "$host")" "$rate"
  stop
done
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(java -version 2>&1 | head -1)"
