# The load test's JVM flags and host environment, shared by run.sh and scale.sh (sourced, not run):
# the scale test must measure the host as the load test runs it, and two copies drifted once
# (scale.sh lacked -XX:NewRatio=8 and made a full collection at every young one: docs/performance.md).
#
# Memory-lean flags for one core: serial GC, a 36 MB heap with a young generation of a ninth of it
# (4 MB: with the default third, on PostgreSQL too, every young collection promoted enough to fill
# the old generation, and every one was followed by a full collection), C2 alone (no tiered C1 code:
# less code cache, about a third less CPU per request than C1 alone once warm), small stacks and
# buffers, the native heap trimmed every 5 s.
#
# SPDX-License-Identifier: AGPL-3.0-or-later
LOAD_JVM_FLAGS="-XX:+UseSerialGC -Xms16m -Xmx36m -XX:NewRatio=8 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss256k -XX:MaxMetaspaceSize=72m -XX:-TieredCompilation -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=16m -XX:TrimNativeHeapInterval=5000 -XX:MaxDirectMemorySize=8m -XX:-UsePerfData -Dio.netty.allocator.type=unpooled"
# glibc: one malloc arena, freed memory returned to the system
LOAD_MALLOC_ENV="MALLOC_ARENA_MAX=1 MALLOC_TRIM_THRESHOLD_=65536 MALLOC_TOP_PAD_=65536"
