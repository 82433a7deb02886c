#!/usr/bin/env bash
# Runs every JinIP test: all test projects on SQLite, and the projects that touch a database once
# more on a throwaway PostgreSQL server started here on 127.0.0.1. Installs what is missing
# (Chromium, CJK fonts, PostgreSQL) and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. A throwaway PostgreSQL on a free port (it refuses to run as root: run it as 'postgres').
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/jinip-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$pg_dir"
  pg() { runuser -u postgres -- "$@"; }
else
  pg() { "$@"; }
fi
stop_pg() { pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT
pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"

# 3. Build once (this also installs the front-end packages from npm into wwwroot/lib).
dotnet build JinIp.slnx -c Release -nologo -clp:ErrorsOnly

summary=$(mktemp)
run_tests() { # $1 = database, rest = projects
  local db=$1; shift
  for project in "$@"; do
    echo "== $project on $db"
    set +e
    JINIP_TEST_DB=$db JINIP_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres" \
      dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a "$summary" | grep -vE '^\s*$'
    local status=${PIPESTATUS[0]}
    set -e
    [ "$status" -eq 0 ] || echo "FAILED: $project on $db" >> "$summary.failed"
  done
}

all_projects=$(find tests -name '*Tests.csproj' | sort)
db_projects=$(grep -l -E 'JinIp.Testing|JinIp.Web.csproj' $all_projects | sort)
run_tests sqlite $all_projects
run_tests postgres $db_projects

passed=$(grep -oE 'Passed: +[0-9]+' "$summary" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$summary" | awk '{s+=$2} END {print s+0}')
echo
if [ -s "$summary.failed" ]; then cat "$summary.failed"; fi
echo "$passed passed, $failed failed"
if [ -s "$summary.failed" ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
