#!/usr/bin/env bash
# Load test of the patent search API with wrk, on 127.0.0.1 only, bounded in time.
# Usage: [TAIL=0.4] bench/load/run.sh [DOCS=1000000] [SECONDS=30] [CONNECTIONS=32]
# Builds Release, fills a data folder under /tmp with DOCS synthetic patents (database + index, reused when it
# already holds them), starts the web host on 127.0.0.1:5099 and runs the search mix of search-mix.lua.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
docs=${1:-1000000}; seconds=${2:-30}; connections=${3:-32}
data=/tmp/jinip-load-$docs
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/JinIp.Cli -nologo -clp:ErrorsOnly
dotnet build -c Release src/JinIp.Web -nologo -clp:ErrorsOnly
if [ ! -f "$data/.generated" ]; then
  rm -rf "$data"
  dotnet src/JinIp.Cli/bin/Release/net10.0/jinip.dll --data-dir "$data" patents generate --count "$docs" --seed 1
  touch "$data/.generated"
fi
Demo__Seed=false Security__AnonymousApiRequestsPerMinute=100000000 ASPNETCORE_URLS=http://127.0.0.1:5099 \
  dotnet src/JinIp.Web/bin/Release/net10.0/JinIp.Web.dll --data-dir "$data" > "$data/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:5099/health/ready >/dev/null && break; sleep 1; done
# Warm up, then measure.
wrk -t2 -c"$connections" -d5s -s bench/load/search-mix.lua http://127.0.0.1:5099 >/dev/null
echo "== $docs documents, $connections connections, ${seconds}s, tail share ${TAIL:-0.4} (TAIL=1: every request a new query)"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -s bench/load/search-mix.lua http://127.0.0.1:5099
