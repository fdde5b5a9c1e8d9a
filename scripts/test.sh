#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script).
#   1. installs what is missing: Debian's chromium, postgresql, fonts-liberation2 and poppler-utils (apt),
#      the .NET local tools, and the front-end packages (npm, through the build);
#   2. starts a throwaway PostgreSQL server on loopback for the integration tests;
#   3. builds the solution in Release (warnings are errors);
#   4. runs every test project (unit, integration on SQLite and PostgreSQL, real-browser, documents);
#   5. ends with one line: "N passed, N failed, N skipped".
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '\n==> %s\n' "$*"; }

# --- 1. Prerequisites ------------------------------------------------------------------------------------------
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || packages+=(fonts-liberation2)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
if [ ${#packages[@]} -gt 0 ]; then
  say "Installing ${packages[*]} (apt)"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
command -v node >/dev/null 2>&1 || { echo "Node.js and npm are needed to build the front end (GOV.UK Frontend from npm)." >&2; exit 1; }

say "Restoring .NET tools"
dotnet tool restore >/dev/null

# --- 2. PostgreSQL on loopback ---------------------------------------------------------------------------------
pg_folder=$(mktemp -d -u "${TMPDIR:-/tmp}/gp-postgres-XXXXXX")
cleanup() { "$root/scripts/postgres.sh" stop "$pg_folder" || true; }
trap cleanup EXIT
say "Starting PostgreSQL"
GP_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pg_folder")
export GP_TEST_POSTGRES
export GP_REQUIRE_POSTGRES=1

# --- 3. Build --------------------------------------------------------------------------------------------------
say "Building (Release, warnings as errors)"
dotnet build GovernancePortal.sln -c Release -nologo -v quiet -clp:NoSummary

# --- 4. Tests --------------------------------------------------------------------------------------------------
results="$root/test-artefacts/results"
rm -rf "$results"
mkdir -p "$results"
export GP_ARTEFACTS="$root/test-artefacts"
say "Running the tests"
status=0
dotnet test --solution GovernancePortal.sln -c Release --no-build \
  --results-directory "$results" --report-xunit-ctrf --timeout 25m || status=$?

# --- 5. One summary line ---------------------------------------------------------------------------------------
summary=$(python3 - "$results" <<'PY'
import glob, json, sys
passed = failed = skipped = files = 0
for path in glob.glob(sys.argv[1] + "/**/*.ctrf*", recursive=True):
    files += 1
    s = json.load(open(path))["results"]["summary"]
    passed += s.get("passed", 0)
    failed += s.get("failed", 0)
    skipped += s.get("skipped", 0) + s.get("pending", 0) + s.get("other", 0)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line if files else "0 passed, 1 failed (no test results were written)")
PY
)
echo
echo "Screenshots and reports: test-artefacts/"
echo "$summary"
case "$summary" in
  *" 0 failed"*) exit "$status" ;;
  *) exit 1 ;;
esac
