#!/usr/bin/env bash
# The memory floor of the sample host's stack without KoproGo (README.md here): builds four tiny
# servers (the JDK's HTTP server alone; Micronaut 4 with Netty and Jackson; plus H2 through
# HikariCP; plus validation, JWT security, management, logback and YAML) and, for each, starts
# it through the README's launcher (sample-host/koprogo-host.sh: the same JVM options and
# environment as the host, the jar swapped with KOPROGO_JAR, no class-data archive), reads
# VmRSS 5 s after it is ready, runs a minute of a mix shaped like the load test's (wrk, mix.lua
# here: 70% GET /items, 30% POST /items, a bearer token where the variant asks for one), waits
# 6 s (one trim interval of the native heap) and prints one line per variant: resident memory
# after start and after the load, the peak (VmHWM), the unique memory (USS: without the pages
# shared with other processes, such as the JDK's class-data archive), the loaded classes,
# threads, requests/s, the server's CPU time per request and collections during the load (its
# options get -Xlog:gc to a file, as load/memory.sh does), the heap after the last collection.
# Traffic goes to 127.0.0.1 only.
#
#   sample-host/load/floor/floor.sh                          # every variant
#   VARIANTS="jdk micronaut-full" LOAD=30s sample-host/load/floor/floor.sh
#   JAVA_HOME=<a JDK 25> sample-host/load/floor/floor.sh          # the launcher's Java 25 options
#   NMT=summary sample-host/load/floor/floor.sh              # and the JVM's native memory by area
#   BUILD=no sample-host/load/floor/floor.sh                 # the jars as they are (no mvn package)
#
# NMT=summary adds -XX:NativeMemoryTracking=summary (which costs a few MiB itself) and prints,
# after each variant's line, the memory the JVM committed by area after the load (jcmd
# VM.native_memory), in MiB.
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
floor=$(cd "$(dirname "$0")" && pwd)
launcher=$floor/../../koprogo-host.sh

PORT=${PORT:-8150}
LOAD=${LOAD:-60s}
CONNECTIONS=${CONNECTIONS:-8}
VARIANTS=${VARIANTS:-"jdk micronaut micronaut-h2 micronaut-full"}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ "${BUILD:-yes}" = no ] || (cd "$floor" && mvn -B -q package)

rss() { awk '/^VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
uss() { awk '/^Private_(Clean|Dirty)/{t += $2} END {printf "%.0f", t / 1024}' "/proc/$1/smaps_rollup"; }
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
gcs() { echo "$(grep -c 'Pause Young' "$scratch/gc.log") $(grep -c 'Pause Full' "$scratch/gc.log")"; }
# the heap after the last full collection (live, committed), else after the last young one
heap() { { grep 'Pause Full' "$scratch/gc.log" || grep 'Pause Young' "$scratch/gc.log"; } | tail -1 |
  sed -n 's/.*->\([0-9]*M\)(\([0-9]*M\)).*/\1 of \2/p'; }
threads() { awk '/^Threads/{print $2}' "/proc/$1/status"; }
classes() { jcmd "$1" VM.classloader_stats 2>/dev/null | awk '/^Total = /{print $4; exit}'; }
# committed memory in total and by area (0.5 MiB and more), from "-  Java Heap (reserved=...KB, committed=...KB)" lines
areas() { jcmd "$1" VM.native_memory summary 2>/dev/null |
  sed -n -e 's/^Total: reserved=[0-9]*KB, committed=\([0-9]*\)KB.*/total=\1/p' \
    -e 's/^-  *\([A-Za-z][A-Za-z ]*[a-z]\) *(reserved=[0-9]*KB, committed=\([0-9]*\)KB.*/\1=\2/p' |
  awk -F= '$2 >= 512 {printf "%s%s %.1f", sep, $1, $2 / 1024; sep = ", "} END {print ""}'; }
server=
scratch=$(mktemp -d)
stop() { [ -z "$server" ] || { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; }; }
trap 'stop; rm -rf "$scratch"' EXIT
start() { # variant
  rm -rf "$scratch/data" "$scratch/gc.log"
  # the launcher execs java: $server is the JVM. Its options as for the README's command (the
  # H2 young generation too: no KOPROGO_JDBC_URL), -Xlog:gc to a file as load/memory.sh adds it.
  local opts="-Xlog:gc:file=$scratch/gc.log"
  [ -z "${NMT:-}" ] || opts+=" -XX:NativeMemoryTracking=$NMT"
  (cd "$scratch" && exec env JAVA_OPTS="$opts" KOPROGO_PORT="$PORT" \
    KOPROGO_JAR="$floor/$1/target/floor-$1.jar" KOPROGO_CDS=off KOPROGO_AOT=off \
    KOPROGO_ACCESS_TOKEN_SECONDS=7200 "$launcher" >"$scratch/server.log" 2>&1) &
  server=$!
  local t0; t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null || { tail -30 "$scratch/server.log"; exit 1; }
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

printf '%-15s %7s %10s %10s %9s %9s %8s %7s %s\n' variant ready "RSS ready" "RSS load" peak "USS load" classes threads \
  "requests/s, p99, non-2xx; CPU per request, collections during the load; live heap"
for name in $VARIANTS; do
  start "$name"
  sleep 5
  at_start=$(rss "$server")
  FLOOR_TOKEN=
  if [ "$name" = micronaut-full ]; then
    FLOOR_TOKEN=$(curl -fs "http://127.0.0.1:$PORT/login" -H 'Content-Type: application/json' \
      -d '{"username":"floor","password":"floor-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
    [ -n "$FLOOR_TOKEN" ] || { echo "$name: the login failed" >&2; tail -30 "$scratch/server.log"; exit 1; }
  fi
  export FLOOR_TOKEN
  t0=$(ticks "$server"); g0=$(gcs)
  out=$(wrk -t1 -c"$CONNECTIONS" -d"$LOAD" -s "$floor/mix.lua" "http://127.0.0.1:$PORT")
  cpu=$(( ($(ticks "$server") - t0) * 1000000 / $(getconf CLK_TCK) )); g1=$(gcs)
  rate=$(echo "$out" | sed -n 's/^requests: .*: \([0-9]*\) req\/s/\1/p')
  requests=$(echo "$out" | sed -n 's/^requests: \([0-9]*\) .*/\1/p')
  p99=$(echo "$out" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')
  bad=$(echo "$out" | sed -n 's/.*non-2xx: \([0-9]*\).*/\1/p')
  sleep 6 # one trim interval of the native heap
  read -r y0 f0 <<<"$g0"; read -r y1 f1 <<<"$g1"
  printf '%-15s %6.1fs %6s MiB %6s MiB %5s MiB %5s MiB %8s %7s %s req/s, p99 %s ms, non-2xx %s; %s us/request, %s young, %s full; heap after the last full collection %s\n' \
    "$name" "$(echo "$ready_ms / 1000" | bc -l)" "$at_start" "$(rss "$server")" "$(hwm "$server")" "$(uss "$server")" \
    "$(classes "$server")" "$(threads "$server")" "$rate" "$p99" "$bad" "$((cpu / (requests > 0 ? requests : 1)))" \
    "$((y1 - y0))" "$((f1 - f0))" "$(heap)"
  [ -z "${NMT:-}" ] || printf '%-15s committed (MiB): %s\n' "" "$(areas "$server")"
  stop
done
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
