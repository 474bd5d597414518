#!/usr/bin/env bash
# KoproGo for the JVM - SPDX-License-Identifier: AGPL-3.0-or-later
#
# End-to-end test of the public pages in Debian's headless Chromium (see
# docs/public-pages.md). From the repository root, after the host jar is built
# (mvn -B -pl sample-host -am package -DskipTests, or any verify):
#
#   bash sample-host/src/test/e2e/run.sh
#
# Installs Debian's chromium only when it is missing, installs the pinned npm packages
# (playwright-core without any browser download, axe-core) from the configured npm
# registry, builds the jar only when it is missing, then runs the test. Screenshots and
# report.json land in sample-host/target/e2e/. Exit status 0 only when every check passed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../.." && pwd)"
root="$(cd "$module/.." && pwd)"

export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "e2e: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }
fi

# playwright-core must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$here"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  npm ci --no-audit --no-fund
fi

export HOST_JAR="${HOST_JAR:-$module/target/sample-host.jar}"
if [ ! -f "$HOST_JAR" ]; then
  echo "e2e: building the host jar"
  (cd "$root" && mvn -B -q -pl sample-host -am package -DskipTests)
fi

node public-pages.e2e.mjs
