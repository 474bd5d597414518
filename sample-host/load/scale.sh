#!/usr/bin/env bash
# Scale test of the sample host (issue 21): the same request loop at three sizes of one PostgreSQL
# database, to show that a request costs in proportion to what it returns, not to what is stored.
#   demo    the demo data the host loads at its first start
#   100x    the co-ownership grown to 100 times the demo's buildings, lots, owners, expenses,
#           assemblies and payments (ScaleData buildings 100), and the demo building's journal
#           grown by 20,000 payments of its other owners (ScaleData books; about 100 times its
#           demo journal), through the library's use cases
#   ledger  then the cooperative group's ledger grown by 100,000 entries (ScaleData ledger) beyond
#           what the earlier rounds left: each round declares the payments its confirmation loop
#           confirms (to member m-devos), so the demo size's ledger already holds the warm-up
#           round's; the table is preceded by the ledger's size before each round
# After a first unrecorded round (the JIT warms up), at each size every operation runs alone for
# DURATION after a warm-up of its own (wrk pinned to one core,
# the host to another, with the load test's JVM flags): throughput, P50/P99 latency and the
# host's CPU time per request (a steadier figure than requests per second on a shared machine).
# Then a table: each operation's CPU per request and P99 at each size, and the ratio of the worst
# size to the demo (target: at most 1.5).
#
#   sample-host/load/scale.sh                          # defaults below
#   DURATION=20s WARMUP=10s FACTOR=100 JOURNAL=20000 ENTRIES=100000 sample-host/load/scale.sh
#   PORT=8202 KOPROGO_SCALE_DB=koprogo_scale_mine sample-host/load/scale.sh
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8098}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-8s}
CONNECTIONS=${CONNECTIONS:-4}
FACTOR=${FACTOR:-100}
# payments posted to the demo building's journal at the 100x size (its demo journal: about 217 entries)
JOURNAL=${JOURNAL:-20000}
# The confirmation loop confirms one declared payment per request, so it runs for a number of
# requests, not for a time: CONFIRM_WARMUP confirmations to warm up, then CONFIRMATIONS measured
# (each within DURATION at most); the payments are declared before each round (a loop that ran out
# of them measured 404s: 44,381 of 54,000 answers at 2,700 a second with the earlier 600 a second
# of WARMUP + DURATION). Each round's payments and confirmations stay in the group's ledger.
CONFIRM_WARMUP=${CONFIRM_WARMUP:-6000}
CONFIRMATIONS=${CONFIRMATIONS:-12000}
DECLARATIONS=$(( CONFIRM_WARMUP + CONFIRMATIONS + 100 ))
ENTRIES=${ENTRIES:-100000}
HOST_CORE=${HOST_CORE:-0}
LOAD_CORE=${LOAD_CORE:-1}
PG_URL_BASE=${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}
DB=${KOPROGO_SCALE_DB:-koprogo_scale}
# the load test's JVM flags and glibc settings (load/flags.sh, shared with run.sh)
. sample-host/load/flags.sh
JVM_FLAGS=${JVM_FLAGS:-$LOAD_JVM_FLAGS}
JAR=sample-host/target/sample-host.jar

command -v wrk >/dev/null || apt-get install -y wrk
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed" >&2; exit 1; }
[ -f "$JAR" ] || mvn -B -q -pl sample-host -am package -DskipTests

psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB" >/dev/null
URL="$PG_URL_BASE/$DB?user=postgres"

log=$(mktemp); lua=$(mktemp --suffix=.lua); results=$(mktemp); gclog=$(mktemp); sizes=$(mktemp)
# shellcheck disable=SC2086
env $LOAD_MALLOC_ENV KOPROGO_PORT="$PORT" KOPROGO_ACCESS_TOKEN_SECONDS=7200 KOPROGO_JDBC_URL="$PG_URL_BASE/$DB" KOPROGO_JDBC_USER=postgres \
  KOPROGO_JDBC_POOL_SIZE=4 MICRONAUT_EXECUTORS_IO_TYPE=fixed MICRONAUT_EXECUTORS_IO_NUMBER_OF_THREADS=4 \
  KOPROGO_OUTBOX_WORKER=false taskset -c "$HOST_CORE" java -Xlog:gc:file="$gclog" $JVM_FLAGS -jar "$JAR" >"$log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true; rm -f "$log" "$lua" "$results" "$gclog" "$sizes"' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null || { cat "$log"; exit 1; }

token() { curl -fs "http://127.0.0.1:$PORT/api/v1/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"koprogo-demo\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
SYNDIC=$(token syndic@tilleuls)
MANAGER=$(token manager@cailles)
AUDITOR=$(token auditor@tilleuls)
# After each growth: what autovacuum (off on some servers here) would have done, statistics and the
# visibility map, and a checkpoint, so that the next round measures the data and not PostgreSQL
# flushing the rows just written (a checkpoint inside a 20 s round sets its P99)
grow() { java -Xmx256m -cp "$JAR" org.koprogo.host.load.ScaleData "$URL" "$@"
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "vacuum analyze" -c "checkpoint" >/dev/null; }

ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
hz=$(getconf CLK_TCK)
# the host's young and full collections so far (-Xlog:gc): a P99 is only the data's when no full
# collection (tens of ms each) falls in the round
gcs() { echo "$(grep -c 'Pause Young' "$gclog") $(grep -c 'Pause Full' "$gclog")"; }

# one operation: NAME METHOD PATH TOKEN; a path with {n} is numbered 0, 1, 2, ... per request and
# stops after CONFIRM_WARMUP answers (the warm-up), then CONFIRMATIONS (the measured round)
measure() {
  local size=$1 name=$2 method=$3 path=$4 bearer=$5 limit=0
  [[ "$path" == *"{n}"* ]] && limit=$CONFIRM_WARMUP
  cat >"$lua" <<LUA
local n = 0
local limit = $limit
local answered = 0
request = function()
  local p = string.gsub("$path", "{n}", tostring(n)); n = n + 1
  local h = { ["Content-Type"] = "application/json" }
  if "$bearer" ~= "" then h["Authorization"] = "Bearer $bearer" end
  return wrk.format("$method", p, h, "$method" == "POST" and "{}" or nil)
end
local bad = 0
response = function(status)
  if status >= 400 then bad = bad + 1 end
  answered = answered + 1
  if limit > 0 and answered >= limit then wrk.thread:stop() end
end
done = function(summary, latency, requests)
  -- a loop stopped at its limit still lasts the whole -d (wrk's main thread sleeps it out): its
  -- time is then the closed loop's busy time, requests x mean latency / connections (Little's law)
  local seconds = summary.duration / 1e6
  if limit > 0 and summary.requests >= limit then seconds = summary.requests * latency.mean / 1e6 / $CONNECTIONS end
  io.write(string.format("RESULT %d %.3f %.3f %.3f %d\n", summary.requests, seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
  # a numbered path (each request its own payment) warms up too: the compiler must have seen the
  # write as often at every size (slower sizes reached C2's threshold later: 2x the CPU per
  # confirmation in an unwarmed round); the measured round then starts after the warm-up's payments
  local warmed
  warmed=$(taskset -c "$LOAD_CORE" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s "$lua" "http://127.0.0.1:$PORT" | grep '^RESULT' | awk '{print $2}')
  if [[ "$path" == *"{n}"* ]]; then
    sed -i -e "1s/.*/local n = $((warmed + 10))/" -e "2s/.*/local limit = $CONFIRMATIONS/" "$lua"
  fi
  local before after out y0 f0 y1 f1
  before=$(ticks $host); read -r y0 f0 <<<"$(gcs)"
  out=$(taskset -c "$LOAD_CORE" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$lua" "http://127.0.0.1:$PORT" | grep '^RESULT')
  after=$(ticks $host); read -r y1 f1 <<<"$(gcs)"
  echo "$out" | awk -v size="$size" -v name="$name" -v t=$((after - before)) -v hz="$hz" -v y=$((y1 - y0)) -v f=$((f1 - f0)) '{
    printf "%-8s %-34s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  host CPU %8.0f us/request  non-2xx %d  collections %d young, %d full\n",
      size, name, $2 / $3, $4, $5, t / hz * 1e6 / $2, $6, y, f
    printf "%s|%s|%.1f|%.2f|%.2f|%.0f|%d\n", size, name, $2 / $3, $4, $5, t / hz * 1e6 / $2, $6 >> "'"$results"'" }'
}

# the organisation's ledger entries now (the rounds' own payments and confirmations included)
ledger_entries() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select count(*) from ledger_entries"; }

round() {
  local size=$1
  grow declarations "confirm-$size" "$DECLARATIONS" >/dev/null
  echo "$size: $(ledger_entries) ledger entries before the round" >> "$sizes"
  measure "$size" "GET a building's lots" GET /api/v1/buildings/residence-tilleuls/lots "$SYNDIC"
  measure "$size" "GET an owner statement" GET "/api/v1/owners/o-peeters/statement?asOf=2026-06-30" "$SYNDIC"
  measure "$size" "GET a member's ledger" GET /api/v1/members/m-devos/ledger "$MANAGER"
  measure "$size" "confirm a contribution (write)" POST "/api/v1/ledger/confirm-$size-{n}/confirmation" "$MANAGER"
  measure "$size" "GET a building's assemblies" GET /api/v1/buildings/residence-tilleuls/assemblies "$SYNDIC"
  measure "$size" "GET the organisation's owners (a page of 10)" GET "/api/v1/owners?limit=10" "$SYNDIC"
  measure "$size" "GET /transparency" GET /transparency ""
  measure "$size" "GET the audit trail of one subject" GET "/api/v1/audit-trail?subjectType=expense&subjectId=heating-2026-q1" "$AUDITOR"
}

# C2 alone compiles late: one unrecorded round first, so that the demo figures are warm ones
echo "== warm-up round (not recorded)"; round warm-up >/dev/null; : >"$results"
echo "== demo size"; round demo
echo "== growing the co-ownership to ${FACTOR}x"; grow buildings "$FACTOR"; grow books "$JOURNAL"; round "${FACTOR}x"
# ENTRIES more than the rounds so far left (each round declares and confirms payments of its own:
# tens of thousands of entries at demo size already), so that the last size is the demo's ledger
# grown by ENTRIES, not a target the earlier rounds may already have passed
grown=$(( $(ledger_entries) + ENTRIES ))
echo "== growing the group's ledger by $ENTRIES entries (to $grown)"; grow ledger "$grown"; round "ledger"

echo
grep -v '^warm-up' "$sizes"
echo
echo "| operation | demo: us CPU/request, P99 ms | ${FACTOR}x | ledger +$ENTRIES | worst / demo (CPU, P99) |"
echo "| --- | ---: | ---: | ---: | --- |"
awk -F'|' '{ key[$2] = 1; cpu[$1, $2] = $6; p99[$1, $2] = $5; order[$2] = order[$2] ? order[$2] : NR }
  END { n = 0; for (k in key) names[++n] = k
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (order[names[j]] < order[names[i]]) { t = names[i]; names[i] = names[j]; names[j] = t }
    for (i = 1; i <= n; i++) { k = names[i]; wc = 0; wp = 0
      for (s in sizes) {}
      split("demo '"${FACTOR}x"' ledger", S, " ")
      for (x = 1; x <= 3; x++) { if (cpu[S[x], k] / cpu["demo", k] > wc) wc = cpu[S[x], k] / cpu["demo", k]
                                  if (p99[S[x], k] / p99["demo", k] > wp) wp = p99[S[x], k] / p99["demo", k] }
      printf "| %s | %s us, %s ms | %s us, %s ms | %s us, %s ms | %.2fx, %.2fx |\n", k,
        cpu[S[1], k], p99[S[1], k], cpu[S[2], k], p99[S[2], k], cpu[S[3], k], p99[S[3], k], wc, wp } }' "$results"
awk -F'|' '$7 > 0 { printf "WARNING: %s at %s: %d answers not 2xx (its figures measure refusals)\n", $2, $1, $7 }' "$results"
echo
echo "host resident memory: $(awk '/VmRSS/{print $2 " " $3}' /proc/$host/status) (peak $(awk '/VmHWM/{print $2 " " $3}' /proc/$host/status))"
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
