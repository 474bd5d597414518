#!/usr/bin/env bash
# Resident memory of the README's command (sample-host/koprogo-host.sh, H2 under data/ as the
# README runs it) under different JVM options: for each variant, starts the host, reads VmRSS
# from /proc when it is ready, runs 60 s of the load test's mix (wrk, mix.lua), reads VmRSS and
# the peak VmHWM again, and prints one line per variant. Traffic goes to 127.0.0.1 only.
#
#   sample-host/load/memory.sh                        # the variants below
#   VARIANTS="launcher|;c2|-XX:-TieredCompilation" LOAD=30s sample-host/load/memory.sh
#   VARIANTS="java25||JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 KOPROGO_AOT=off" sample-host/load/memory.sh
#
# A variant is NAME|EXTRA_JAVA_OPTS[|ENV] (the options are added by the launcher after its own
# flags, so they win; ENV is space-separated VAR=value settings for the launcher, for example
# JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 or KOPROGO_METRICS=true). The "cds" variants first
# record an application class-data archive (-XX:ArchiveClassesAtExit, Java 13 and later) in a
# start-and-stop run, then start from it. Besides RSS it prints the proportional set size (PSS:
# pages shared with other processes, such as a class-data archive mapped from a file, divided by
# the number of processes mapping them), the unique memory (USS), the loaded classes and threads
# after the load (jcmd VM.classloader_stats, /proc), and for the minute of load the host's CPU
# time per request and its young and full collections (the launcher's options get -Xlog:gc to a
# file first). Run it on a quiet machine for the rates; the memory figures hold on a busy one.
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8097}
LOAD=${LOAD:-60s}
CONNECTIONS=${CONNECTIONS:-8}
jsa=${KOPROGO_CDS_ARCHIVE:-$PWD/sample-host/target/sample-host-app.jsa}
VARIANTS=${VARIANTS:-"launcher||KOPROGO_CDS=off;metrics-on||KOPROGO_CDS=off KOPROGO_METRICS=on;cds|-XX:SharedArchiveFile=$jsa|KOPROGO_CDS=off;heap48|-Xmx48m|KOPROGO_CDS=off"}
[ -n "${KOPROGO_JAR:-}" ] || [ -f sample-host/target/sample-host.jar ] || mvn -B -q -pl sample-host -am package -DskipTests
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

rss() { awk '/^VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# unique memory (USS): the pages no other process maps (a class-data archive or the JDK's own
# archive, mapped from files, count in RSS but are shared by every instance on the machine)
uss() { awk '/^Private_(Clean|Dirty)/{t += $2} END {printf "%.0f", t / 1024}' "/proc/$1/smaps_rollup"; }
pss() { awk '/^Pss:/{printf "%.0f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
# CPU time of the host (user + system, clock ticks) and its collections so far (young, full)
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
gcs() { echo "$(grep -c 'Pause Young' "$scratch/gc.log") $(grep -c 'Pause Full' "$scratch/gc.log")"; }
threads() { awk '/^Threads/{print $2}' "/proc/$1/status"; }
classes() { jcmd "$1" VM.classloader_stats 2>/dev/null | awk '/^Total = /{print $4; exit}'; }
host=
root=$(pwd)
scratch=$(mktemp -d /tmp/koprogo-memory.XXXXXX)
stop() { [ -z "$host" ] || { kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; host=; }; }
trap 'stop; rm -rf "$scratch"' EXIT
start() { # extra options, environment
  # each variant in a fresh directory: the README's H2 database (data/) starts from the demo
  rm -rf "$scratch/data"
  # shellcheck disable=SC2086
  (cd "$scratch" && exec env JAVA_OPTS="-Xlog:gc:file=$scratch/gc.log $1" KOPROGO_PORT=$PORT KOPROGO_ACCESS_TOKEN_SECONDS=7200 ${2:-} \
    "$root/sample-host/koprogo-host.sh" >"$scratch/host.log" 2>&1) &
  host=$!
  local t0; t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null || { tail -30 "$scratch/host.log"; exit 1; }
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # the launcher execs java: $host is the JVM
}

if [[ "$VARIANTS" == *"$jsa"* ]] && [ ! -f "$jsa" ]; then
  echo "recording the class-data archive $jsa ..."
  start "-XX:ArchiveClassesAtExit=$jsa" "KOPROGO_CDS=off"
  KOPROGO_TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/v1/login" -H 'Content-Type: application/json' \
    -d '{"username":"syndic@tilleuls","password":"koprogo-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  export KOPROGO_TOKEN
  wrk -t1 -c4 -d10s -s sample-host/load/mix.lua "http://127.0.0.1:$PORT" >/dev/null
  stop
fi

printf '%-12s %7s %10s %10s %9s %9s %9s %8s %7s %s\n' variant ready "RSS ready" "RSS load" peak "PSS load" "USS load" classes threads "requests/s, p99"
IFS=';' read -ra list <<<"$VARIANTS"
for v in "${list[@]}"; do
  IFS='|' read -r name opts envs <<<"$v"
  start "$opts" "${envs:-}"
  sleep 5
  at_start=$(rss "$host")
  # a variant whose host cannot log in (a heap too small for Argon2id's hash) is reported, not fatal
  if ! KOPROGO_TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/v1/login" -H 'Content-Type: application/json' \
    -d '{"username":"syndic@tilleuls","password":"koprogo-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/') \
    || [ -z "$KOPROGO_TOKEN" ]; then
    printf '%-12s the login failed (RSS %s MiB after start): %s\n' "$name" "$at_start" \
      "$(grep -m1 -o 'OutOfMemoryError[^"]*' "$scratch/host.log" || echo 'see the host log')"
    stop; continue
  fi
  export KOPROGO_TOKEN
  t0=$(ticks "$host"); g0=$(gcs); w0=$(date +%s%N)
  out=$(wrk -t1 -c"$CONNECTIONS" -d"$LOAD" -s sample-host/load/mix.lua "http://127.0.0.1:$PORT")
  cpu=$(( ($(ticks "$host") - t0) * 1000000 / $(getconf CLK_TCK) )); g1=$(gcs); w1=$(date +%s%N)
  rate=$(echo "$out" | sed -n 's/^requests: .*: \([0-9]*\) req\/s/\1/p')
  p99=$(echo "$out" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')
  bad=$(echo "$out" | sed -n 's/.*non-2xx: \([0-9]*\).*/\1/p')
  sleep 6 # one trim interval of the native heap
  printf '%-12s %6.1fs %6s MiB %6s MiB %5s MiB %5s MiB %5s MiB %8s %7s %s req/s, p99 %s ms, non-2xx %s\n' "$name" \
    "$(echo "$ready_ms / 1000" | bc -l)" "$at_start" "$(rss "$host")" "$(hwm "$host")" "$(pss "$host")" "$(uss "$host")" \
    "$(classes "$host")" "$(threads "$host")" "$rate" "$p99" "$bad"
  requests=$(echo "$out" | sed -n 's/^requests: \([0-9]*\) .*/\1/p')
  read -r y0 f0 <<<"$g0"; read -r y1 f1 <<<"$g1"
  printf '%-12s host CPU %s us/request (%s%% of a core), collections during the load: %s young, %s full\n' "" \
    "$((cpu / requests))" "$((cpu / ((w1 - w0) / 100000)))" "$((y1 - y0))" "$((f1 - f0))"
  stop
done
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(java -version 2>&1 | head -1)"
