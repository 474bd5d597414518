#!/usr/bin/env bash
# KoproGo for the JVM
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Prints each benchmark's cost relative to its in-run baseline; with two files, the change of
# each ratio and the slowdowns beyond a threshold (exit status 1 when one is flagged).
#   benchmarks/compare.sh [--threshold 0.25] [--alloc-threshold 0.10] [reference.json] current.json
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  (cd "$(dirname "$here")" && mvn -B -o -q -pl benchmarks -am package -DskipTests)
fi
exec java -cp "$jar" org.koprogo.benchmarks.regression.CompareResults "$@"
