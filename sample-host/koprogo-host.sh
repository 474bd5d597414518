#!/usr/bin/env bash
# Starts the packaged sample host (target/sample-host.jar) with the memory-lean defaults measured
# in docs/performance.md: one core's worth of threads, a small heap, C1 alone with a small code
# cache (C2's compiler arenas raised the peak by about 25 MiB and the start by tens of seconds),
# one glibc arena and the native heap trimmed, and nothing loaded that a demo does not use:
# Micrometer, the Prometheus registry and the management endpoints stay off (about 600 classes;
# KOPROGO_METRICS=on brings back /prometheus), and Netty's probe of the JDK Flight Recorder is
# skipped. Every default gives way to the caller's environment; extra JVM options go in
# JAVA_OPTS (after the defaults, so they win), arguments go to the host. The load test
# (load/run.sh) keeps C2 alone: about a third less CPU per request once warm.
#
#   sample-host/koprogo-host.sh                       # Java 17 or later on the PATH (or JAVA_HOME)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 sample-host/koprogo-host.sh
#   KOPROGO_AOT=train sample-host/koprogo-host.sh     # Java 25: record an AOT cache on exit
#   KOPROGO_CDS=train sample-host/koprogo-host.sh     # Java 17 to 24: record a class-data archive on exit
#   KOPROGO_METRICS=on sample-host/koprogo-host.sh    # with /prometheus (as java -jar has it)
#
# On Java 25 the script adds compact object headers (-XX:+UseCompactObjectHeaders: a smaller
# heap for the same objects) and, when the AOT cache target/sample-host.aot exists, uses it
# (classes loaded and linked at start from the cache: a faster start, not a smaller one).
# KOPROGO_AOT=train writes that cache when the host stops (stop it with Ctrl-C after exercising
# it); KOPROGO_AOT=off ignores it. Before Java 25 the same works with an application class-data
# archive, target/sample-host.jsa (KOPROGO_CDS=train, then used when it exists; KOPROGO_CDS=off
# ignores it): a faster start, the same resident memory (the classes' metadata is read from the
# file instead of being built in the metaspace; docs/performance.md). Record the cache or the
# archive again after rebuilding the jar: the JVM ignores (with a warning) one of another jar.
#
# SPDX-License-Identifier: AGPL-3.0-or-later
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${KOPROGO_JAR:-$here/target/sample-host.jar}
aot=${KOPROGO_AOT_CACHE:-$here/target/sample-host.aot}
cds=${KOPROGO_CDS_ARCHIVE:-$here/target/sample-host.jsa}
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
[ -f "$jar" ] || { echo "no $jar: build it with mvn -B -q -pl sample-host -am package -DskipTests" >&2; exit 1; }

# glibc: one malloc arena and freed memory returned to the system (a JVM's threads otherwise
# each get an arena of up to 64 MiB of address space, tens of MiB resident)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-1}
export MALLOC_TRIM_THRESHOLD_=${MALLOC_TRIM_THRESHOLD_:-65536}
export MALLOC_TOP_PAD_=${MALLOC_TOP_PAD_:-65536}
# threads: the blocking executor (controllers, JDBC) as a fixed pool of 4, 4 JDBC connections
export KOPROGO_JDBC_POOL_SIZE=${KOPROGO_JDBC_POOL_SIZE:-4}
export MICRONAUT_EXECUTORS_IO_TYPE=${MICRONAUT_EXECUTORS_IO_TYPE:-fixed}
export MICRONAUT_EXECUTORS_IO_NUMBER_OF_THREADS=${MICRONAUT_EXECUTORS_IO_NUMBER_OF_THREADS:-4}

flags=(-XX:+UseSerialGC -Xms16m -Xmx36m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss256k
  -XX:MaxMetaspaceSize=72m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=12m
  -XX:MaxDirectMemorySize=8m -XX:-UsePerfData -Dio.netty.allocator.type=unpooled -Dio.netty.jfr.enabled=false)
# On the embedded H2 (no KOPROGO_JDBC_URL, or an H2 one) the database's pages and buffers live in
# the heap: about 25 MB stay live, the old generation is full after start and, with the default
# 12 MB young generation, every collection under load was a full one (140 to 180 a minute). A
# young generation of a ninth of the heap (4 MB of 36) leaves the old one room: half the full
# collections, about a third less CPU per request, the same resident memory. PostgreSQL keeps
# the JVM's default split (a third).
case "${KOPROGO_JDBC_URL:-jdbc:h2:}" in
  jdbc:h2:*) flags+=(-XX:NewRatio=8) ;;
esac
case "${KOPROGO_METRICS:-off}" in
  on|true) ;;
  *) flags+=(-Dmicronaut.metrics.enabled=false -Dendpoints.prometheus.enabled=false -Dendpoints.metrics.enabled=false) ;;
esac
settings=$("$java" -XshowSettings:properties -XX:+PrintFlagsFinal -version 2>&1)
version=$(echo "$settings" | sed -n 's/^ *java.specification.version = //p')
case "$version" in 17|18|19|20|21|22|23|24|25|2[6-9]|[3-9][0-9]) ;; *) echo "Java 17 or later is needed, not $version" >&2; exit 1;; esac
if echo "$settings" | grep -q ' TrimNativeHeapInterval '; then
  flags+=(-XX:TrimNativeHeapInterval=5000)
fi
if [ "$version" -ge 25 ]; then
  flags+=(-XX:+UseCompactObjectHeaders)
  case "${KOPROGO_AOT:-use}" in
    # writing the cache needs more than the 72 MB metaspace cap ("Unable to allocate from 'ro' region")
    train) flags+=(-XX:MaxMetaspaceSize=256m -XX:AOTCacheOutput="$aot") ;;
    off) ;;
    *) [ -f "$aot" ] && flags+=(-XX:AOTCache="$aot") ;;
  esac
else
  case "${KOPROGO_CDS:-use}" in
    train) flags+=(-XX:MaxMetaspaceSize=256m -XX:ArchiveClassesAtExit="$cds") ;;
    off) ;;
    *) if [ -f "$cds" ]; then flags+=(-XX:SharedArchiveFile="$cds"); fi ;;
  esac
fi
# shellcheck disable=SC2086
exec "$java" "${flags[@]}" ${JAVA_OPTS:-} -jar "$jar" "$@"
