#!/usr/bin/env bash
# Load test of the sample host (issue 8): the packaged host pinned to ONE core on PostgreSQL,
# wrk pinned to another core, a 70% read / 30% write mix over the demo data (mix.lua),
# authenticated with a demo user's bearer token. After a warm-up, prints for each measured round
# the throughput, latency percentiles and the CPU time per request of the host and of the
# PostgreSQL backends serving its database (a steadier figure than requests per second on a
# shared machine); then the host's collections during the rounds (-Xlog:gc), its resident memory
# and the load average. Traffic goes to 127.0.0.1 only; the run is bounded by WARMUP + ROUNDS x
# DURATION.
#
#   sample-host/load/run.sh                   # defaults below
#   ROUNDS=3 DURATION=60s CONNECTIONS=32 sample-host/load/run.sh
#   PORT=8201 KOPROGO_LOAD_DB=koprogo_load_mine sample-host/load/run.sh
#   JVM_FLAGS="-Xmx128m" IO_THREADS=8 POOL_SIZE=8 sample-host/load/run.sh
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8099}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-1}
HOST_CORE=${HOST_CORE:-0}
LOAD_CORE=${LOAD_CORE:-1}
PG_URL_BASE=${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}
DB=${KOPROGO_LOAD_DB:-koprogo_load}
# the load test's JVM flags (LOAD_JVM_FLAGS) and glibc settings (LOAD_MALLOC_ENV): load/flags.sh
. sample-host/load/flags.sh
JVM_FLAGS=${JVM_FLAGS:-$LOAD_JVM_FLAGS}
# The blocking executor (controllers, JDBC) as a fixed pool of as many threads as connections:
# a busy thread takes the next request from the queue instead of waking another thread.
IO_THREADS=${IO_THREADS:-${POOL_SIZE:-4}}
WARMUP=${WARMUP:-30s}

command -v wrk >/dev/null || apt-get install -y wrk
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed" >&2; exit 1; }
[ -f sample-host/target/sample-host.jar ] || mvn -B -q -pl sample-host -am package -DskipTests

psql -h 127.0.0.1 -U postgres -d test -qc "drop database if exists $DB" -c "create database $DB" >/dev/null

log=$(mktemp); gclog=$(mktemp)
env $LOAD_MALLOC_ENV KOPROGO_PORT="$PORT" KOPROGO_ACCESS_TOKEN_SECONDS=7200 KOPROGO_JDBC_URL="$PG_URL_BASE/$DB" KOPROGO_JDBC_USER=postgres \
  KOPROGO_JDBC_POOL_SIZE=${POOL_SIZE:-4} MICRONAUT_EXECUTORS_IO_TYPE=fixed MICRONAUT_EXECUTORS_IO_NUMBER_OF_THREADS="$IO_THREADS" \
  taskset -c "$HOST_CORE" java -Xlog:gc:file="$gclog" $JVM_FLAGS -jar sample-host/target/sample-host.jar >"$log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true; rm -f "$log" "$gclog"' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null || { cat "$log"; exit 1; }

KOPROGO_TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/v1/login" -H 'Content-Type: application/json' \
  -d '{"username":"syndic@tilleuls","password":"koprogo-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
export KOPROGO_TOKEN

echo "warm-up ($WARMUP)..."
taskset -c "$LOAD_CORE" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s sample-host/load/mix.lua "http://127.0.0.1:$PORT" >/dev/null
# A server without autovacuum keeps the statistics of the empty tables Flyway created, and the
# plans cached on the pool's connections (the foreign-key checks of expense_allocations among
# them) scan instead of using the keys: the cost of a write then grows with the table. Production
# keeps autovacuum on (docs/deployment.md); here the warm-up's data is analysed, as autovacuum
# would have done, so the measured rounds see the plans a production database has.
if [ "$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "show autovacuum")" != "on" ]; then
  echo "autovacuum is off on this server: analysing the warm-up's data (docs/deployment.md)"
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "analyze" >/dev/null
fi
# CPU time (user + system, in clock ticks) of the host and of the PostgreSQL backends serving
# this database, read from /proc before and after the measured run: CPU per request is a steadier
# figure than requests per second on a machine whose cores are shared.
ticks() { local t=0 pid; for pid in "$@"; do
  [ -r "/proc/$pid/stat" ] && t=$((t + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'))); done; echo "$t"; }
backends() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"; }
hz=$(getconf CLK_TCK)
gcs() { echo "$(grep -c 'Pause Young' "$gclog") $(grep -c 'Pause Full' "$gclog")"; }
read -r young0 full0 <<<"$(gcs)"
for round in $(seq 1 "$ROUNDS"); do
  echo "measure, round $round of $ROUNDS ($DURATION, $CONNECTIONS connections, host on core $HOST_CORE, wrk on core $LOAD_CORE)"
  pg=$(backends | tr '\n' ' ')
  host_before=$(ticks $host); pg_before=$(ticks $pg); wall_before=$(date +%s%N)
  out=$(taskset -c "$LOAD_CORE" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s sample-host/load/mix.lua "http://127.0.0.1:$PORT" | tail -3)
  host_after=$(ticks $host); pg_after=$(ticks $pg); wall_after=$(date +%s%N)
  echo "$out"
  requests=$(echo "$out" | sed -n 's/^requests: \([0-9]*\) .*/\1/p')
  awk -v h=$((host_after - host_before)) -v p=$((pg_after - pg_before)) -v n="$requests" -v hz="$hz" \
    -v w=$(((wall_after - wall_before) / 1000000)) 'BEGIN {
    printf "host CPU: %.0f us/request (%.0f%% of one core); PostgreSQL backends: %.0f us/request (%.0f%% of one core)\n",
      h / hz * 1e6 / n, h / hz * 1e5 / w, p / hz * 1e6 / n, p / hz * 1e5 / w }'
done
read -r young1 full1 <<<"$(gcs)"
echo "collections during the measured rounds: $((young1 - young0)) young, $((full1 - full0)) full"
echo "host resident memory: $(awk '/VmRSS/{print $2 " " $3}' /proc/$host/status) (peak $(awk '/VmHWM/{print $2 " " $3}' /proc/$host/status))"
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "JVM flags: $JVM_FLAGS (glibc: $LOAD_MALLOC_ENV; blocking executor: fixed, $IO_THREADS threads; JDBC pool: ${POOL_SIZE:-4})"
