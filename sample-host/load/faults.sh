#!/usr/bin/env bash
# Fault run of the sample host (issue 20): two instances of the packaged host on one PostgreSQL
# database of their own, dispatching WhatsApp messages to a faulty stand-in for the Cloud API
# (fake_cloud_api.py: 30% errors, 10% connections reset, 5% slow answers), while a client
# declares and confirms contributions through both instances, retrying with the same
# Idempotency-Key as a client must. During the writes: one instance killed with kill -9 and
# started again; PostgreSQL restarted; PostgreSQL stopped for 12 s and started again.
# Then it checks and prints: every write recorded once (none lost, none doubled), the running
# totals equal to the entries, every 5xx a problem document (and 503 with Retry-After), and the
# WhatsApp messages accepted by the Cloud API exactly once each.
#
# The database is a private PostgreSQL cluster (initdb under a temporary directory, its own
# port), never the shared server: stopping it disturbs no one. Traffic stays on 127.0.0.1.
#
#   sample-host/load/faults.sh                      # WRITES=400 MESSAGES=120 DRAIN_WAIT=240
#   WRITES=1000 MESSAGES=300 sample-host/load/faults.sh
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."

WRITES=${WRITES:-400}
MESSAGES=${MESSAGES:-120}
DRAIN_WAIT=${DRAIN_WAIT:-240}
PG_PORT=${FAULT_PG_PORT:-55439}
API_PORT=${FAULT_API_PORT:-8390}
PORT_A=${FAULT_PORT_A:-8301}
PORT_B=${FAULT_PORT_B:-8302}
ORG=demo-cailles
MEMBER=m-devos
JVM_FLAGS=${JVM_FLAGS:-"-XX:+UseSerialGC -Xmx96m -Xss256k -XX:TieredStopAtLevel=1 -XX:-UsePerfData"}
jar=${KOPROGO_JAR:-sample-host/target/sample-host.jar}
[ -f "$jar" ] || mvn -B -q -pl sample-host -am package -DskipTests

pg_ctl_path=$(readlink -f "$(command -v pg_ctl)")
pgbin=$(dirname "$pg_ctl_path")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
work=$(mktemp -d /tmp/koprogo-faults.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
pgctl() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" \
  -l "$work/pg/server.log" -w "$@" >/dev/null; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/a.pid" ] && kill "$(cat "$work/a.pid")" 2>/dev/null || true
  [ -f "$work/b.pid" ] && kill "$(cat "$work/b.pid")" 2>/dev/null || true
  pgctl stop -m immediate 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
pgctl start
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database koprogo" >/dev/null
url="jdbc:postgresql://127.0.0.1:$PG_PORT/koprogo"
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d koprogo -Atqc "$1"; }

python3 sample-host/load/fake_cloud_api.py "$API_PORT" 0.3 0.1 0.05 2 20 &
pids+=($!)

start_host() { # name port
  env KOPROGO_PORT="$2" KOPROGO_JDBC_URL="$url" KOPROGO_JDBC_USER=postgres KOPROGO_JDBC_POOL_SIZE=4 \
    KOPROGO_JWT_SECRET=fault-run-shared-secret-0123456789abcdef0123456789abcdef \
    KOPROGO_ACCESS_TOKEN_SECONDS=7200 MALLOC_ARENA_MAX=1 \
    java $JVM_FLAGS -Dkoprogo.whatsapp.enabled=true -Dkoprogo.whatsapp.base-uri="http://127.0.0.1:$API_PORT/" \
      -Dkoprogo.whatsapp.phone-number-id=100200300 -Dkoprogo.whatsapp.access-token=fault-run \
      -Dkoprogo.whatsapp.app-secret=fault-run -Dkoprogo.whatsapp.verify-token=fault-run \
      -Dkoprogo.whatsapp.organisation="$ORG" -Dkoprogo.whatsapp.quiet-hours.start=00:00 \
      -Dkoprogo.whatsapp.quiet-hours.end=00:00 -jar "$jar" >>"$work/$1.log" 2>&1 &
  echo $! >"$work/$1.pid"
}
ready() { # port
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$1/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the host on $1 did not start" >&2; tail -40 "$work"/*.log >&2; return 1
}
start_host a "$PORT_A"; ready "$PORT_A"
start_host b "$PORT_B"; ready "$PORT_B"

java -cp "$jar${FAULT_CP:+:$FAULT_CP}" org.koprogo.host.load.FaultData "$url?user=postgres" "$ORG" "$MESSAGES"

token=$(curl -fs "http://127.0.0.1:$PORT_A/api/v1/login" -H 'Content-Type: application/json' \
  -d '{"username":"manager@cailles","password":"koprogo-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

fivexx=0; not_problem=0; no_retry_after=0; attempts=0; refused=0; unreachable=0
# one write, retried through either instance (a load balancer) until it is recorded
write() { # uri body key
  local n=0 out status
  while :; do
    local port=$PORT_A; [ $(( (attempts + n) % 2 )) -eq 1 ] && port=$PORT_B
    out=$(curl -s -m 20 -D "$work/headers" -o "$work/body" -w '%{http_code}' -X POST "http://127.0.0.1:$port$1" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $3" -d "$2" || true)
    status=${out:-000}
    attempts=$((attempts + 1))
    case "$status" in
      200|201) return 0 ;;
      000) unreachable=$((unreachable + 1)) ;;
      5*)
        fivexx=$((fivexx + 1))
        grep -qi '^content-type: application/problem+json' "$work/headers" || not_problem=$((not_problem + 1))
        [ "$status" != 503 ] || grep -qi '^retry-after:' "$work/headers" || no_retry_after=$((no_retry_after + 1)) ;;
      *) refused=$((refused + 1)); echo "refused ($status): $1 $(head -c 300 "$work/body")" >&2; return 0 ;;
    esac
    n=$((n + 1)); sleep 0.3
    [ "$n" -lt 400 ] || { echo "gave up on $1 after $n attempts" >&2; return 1; }
  done
}
faults() { # the fault planned at write i
  case "$1" in
    $((WRITES / 5))) echo "write $1: kill -9 instance a"; kill -9 "$(cat "$work/a.pid")"
      wait "$(cat "$work/a.pid")" 2>/dev/null || true; (sleep 3; start_host a "$PORT_A") & ;;
    $((WRITES * 2 / 5))) echo "write $1: PostgreSQL restarted"; pgctl restart -m fast ;;
    $((WRITES * 3 / 5))) echo "write $1: PostgreSQL stopped for 12 s"; pgctl stop -m fast; (sleep 12; pgctl start) & ;;
  esac
}
start=$(date +%s)
for i in $(seq 1 "$WRITES"); do
  faults "$i"
  write "/api/v1/members/$MEMBER/ledger/payments" \
    "{\"id\":\"fault-pay-$i\",\"amount\":\"$((10 + i % 90)).$((i % 100 / 10))0\",\"currency\":\"EUR\",\"valueDate\":\"2026-11-30\",\"reason\":\"fault run $i\"}" \
    "fault-pay-$i"
  write "/api/v1/ledger/fault-pay-$i/confirmation" "{\"id\":\"fault-ok-$i\"}" "fault-ok-$i"
done
wait_writes=$(( $(date +%s) - start ))

# the WhatsApp queue drains (bounded wait)
for _ in $(seq 1 "$DRAIN_WAIT"); do
  left=$(sql "select count(*) from outbox_messages where channel = 'whatsapp' and status in ('PENDING', 'CLAIMED')" 2>/dev/null || echo "?")
  [ "$left" = 0 ] && break
  sleep 1
done

declared=$(sql "select count(*) from ledger_entries where organisation_id = '$ORG' and entry_id like 'fault-pay-%'")
confirmed=$(sql "select count(*) from ledger_entries where organisation_id = '$ORG' and entry_id like 'fault-ok-%'")
distinct=$(sql "select count(distinct idempotency_key) from ledger_entries where organisation_id = '$ORG' and entry_id like 'fault-%'")
mismatched=$(sql "select count(*) from ledger_member_totals t full join (select organisation_id, member_id, currency,
    sum(case when kind = 'DUE' then amount_minor else 0 end) d, sum(case when kind = 'PAYMENT_DECLARED' then amount_minor else 0 end) p,
    sum(case when kind = 'PAYMENT_CONFIRMED' then amount_minor else 0 end) c, count(*) n
    from ledger_entries group by organisation_id, member_id, currency) e
  using (organisation_id, member_id, currency)
  where t.entries is distinct from e.n or t.dues_minor is distinct from e.d or t.declared_minor is distinct from e.p
    or t.confirmed_minor is distinct from e.c")
outbox=$(sql "select status || ' ' || count(*) from outbox_messages where channel = 'whatsapp' group by status order by status" | tr '\n' ',' )
stats=$(curl -fs "http://127.0.0.1:$API_PORT/stats")

cat <<EOF

fault run: $WRITES declarations and $WRITES confirmations in ${wait_writes} s through two instances
  ($attempts requests, retries included), with kill -9 of one instance, a PostgreSQL restart
  and a 12 s PostgreSQL stop during the writes
ledger: $declared declarations and $confirmed confirmations recorded (expected $WRITES each),
  $distinct distinct keys, $mismatched members whose running totals differ from their entries
answers: $unreachable requests found no instance listening or no answer within 20 s,
  $fivexx 5xx seen by the client, $not_problem of them not problem documents,
  $no_retry_after 503 without Retry-After; $refused writes refused (4xx)
WhatsApp: $MESSAGES queued; outbox by status: ${outbox%,}
  Cloud API stand-in: $stats
EOF
dups=$(echo "$stats" | sed 's/.*"duplicates": *\([0-9]*\).*/\1/')
ok=1
[ "$declared" = "$WRITES" ] && [ "$confirmed" = "$WRITES" ] && [ "$mismatched" = 0 ] || ok=0
[ "$not_problem" = 0 ] && [ "$no_retry_after" = 0 ] && [ "$dups" = 0 ] || ok=0
[ "$ok" = 1 ] && echo "verdict: PASS" || { echo "verdict: FAIL"; exit 1; }
