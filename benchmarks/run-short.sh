#!/usr/bin/env bash
# KoproGo for the JVM
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Runs every benchmark once with a short, fixed configuration and writes JMH JSON.
#   benchmarks/run-short.sh [result.json] [benchmark regex] [more JMH options...]
# Defaults: benchmarks/results/short-<date>.json, all benchmarks.
# Builds benchmarks/target/benchmarks.jar first when it is missing (or when BUILD=1).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
out="${1:-$here/results/short-$(date -u +%Y%m%dT%H%M%SZ).json}"
shift || true
filter="${1:-.*}"
shift || true
if [[ ! -f "$jar" || "${BUILD:-0}" == 1 ]]; then
  (cd "$root" && mvn -B -o -q -pl benchmarks -am package -DskipTests)
fi
mkdir -p "$(dirname "$out")"
# The fixed configuration: one fork, 2 warm-up and 3 measured iterations of 1 s, allocation
# profiler on. Compare runs made with the same configuration only.
java -jar "$jar" "$filter" -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc -rf json -rff "$out" "$@"
echo "results: $out"
