#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script).
#   1. installs what is missing: Debian's chromium-headless-shell, postgresql, fonts-liberation2 and poppler-utils
#      (apt), the .NET local tools, and the front-end packages (npm, through the build);
#   2. starts a throwaway PostgreSQL server on loopback for the integration tests (while the build runs);
#   3. builds the app and the browser tests in Release, starts the browser tests (the longest), and builds the other
#      test projects beside them (GovernancePortal.Tests.slnf: warnings are errors; the benchmarks are compiled, so a
#      change that breaks them fails the suite, but not run: they are run by hand, docs/benchmarks.md);
#   4. runs the integration tests (SQLite and PostgreSQL) beside the browser tests, then the unit and document tests.
#      Each writes test-artefacts/results/<project>.ctrf (per-test durations) and <project>.log;
#   5. ends with one line: "N passed, N failed, N skipped".
# See docs/testing.md for running one project, one class or one page's tests.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '\n==> [%s s] %s\n' "$SECONDS" "$*"; }

# --- 1. Prerequisites ------------------------------------------------------------------------------------------
packages=()
command -v chromium-headless-shell >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || packages+=(chromium-headless-shell)
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

# --- 2. PostgreSQL on loopback (started while the build runs) -------------------------------------------------
pg_folder=$(mktemp -d -u "${TMPDIR:-/tmp}/gp-postgres-XXXXXX")
pg_out=$(mktemp "${TMPDIR:-/tmp}/gp-postgres-conn-XXXXXX")
cleanup() {
  "$root/scripts/postgres.sh" stop "$pg_folder" >/dev/null 2>&1 || true
  rm -f "$pg_out"
  dotnet build-server shutdown >/dev/null 2>&1 || true
}
trap cleanup EXIT
say "Starting PostgreSQL (in the background)"
"$root/scripts/postgres.sh" start "$pg_folder" > "$pg_out" &
pg_pid=$!

# --- 3. Build, and start the browser tests as soon as they are built ----------------------------------------------
results="$root/test-artefacts/results"
rm -rf "$results" "$root/test-artefacts/screenshots"
mkdir -p "$results"
export GP_ARTEFACTS="$root/test-artefacts"

# The test hosts on a two-core machine: no background GC thread competing with the tests, no profile-guided
# re-compilation of hot methods, and a 64 MB gen0 budget (fewer collections). Together they took a quarter off the
# integration tests' CPU time, and nothing tested changes.
export DOTNET_gcConcurrent=0 DOTNET_TieredPGO=0 DOTNET_GCgen0size=0x4000000

# Each test project is an executable (xUnit v3): run it directly, without an MSBuild evaluation per project.
run_tests() {
  local name=$1 started code priority=()
  [ "${2:-}" = nice ] && priority=(nice -n 4)
  started=$(date +%s)
  code=0
  "${priority[@]}" timeout 25m "$root/tests/$name/bin/Release/net10.0/$name" -noLogo -noColor -result-ctrf "$results/$name.ctrf" \
    > "$results/$name.log" 2>&1 || code=$?
  echo "$code" > "$results/$name.exit"
  printf '    %-34s %4s s  (exit %s)\n' "$name" "$(( $(date +%s) - started ))" "$code"
}

# One warm compiler server for every project (some machines turn it off with UseSharedCompilation=false, which costs
# each project a cold compiler start). It is started fresh: a server left running by builds of another clone of the
# repository once generated broken Razor code for this one. It is shut down when the script ends.
dotnet build-server shutdown >/dev/null 2>&1 || true
build=(dotnet build -c Release -nologo -v quiet -clp:NoSummary -p:UseSharedCompilation=true)

say "Building the app and the browser tests (Release, warnings as errors)"
"${build[@]}" tests/GovernancePortal.BrowserTests

# The browser tests run against SQLite only; while they run, the rest is built (the app is already up to date) and the
# other tests run beside them. They run at a slightly lower priority (nice 4): the build and the integration tests
# finish about when they do, rather than the build waiting for them (nice 0) or them running alone at the end (nice 10).
say "Running the browser tests (in the background) and building the other test projects"
run_tests GovernancePortal.BrowserTests nice &
browser_pid=$!
build_code=0
"${build[@]}" GovernancePortal.Tests.slnf || build_code=$?
if [ "$build_code" != 0 ]; then
  pkill -f "tests/GovernancePortal.BrowserTests/bin/Release/net10.0/GovernancePortal.BrowserTests" 2>/dev/null || true
  exit "$build_code"
fi

wait "$pg_pid" || { echo "PostgreSQL did not start." >&2; exit 1; }
GP_TEST_POSTGRES=$(cat "$pg_out")
export GP_TEST_POSTGRES
export GP_REQUIRE_POSTGRES=1

# --- 4. The other tests, beside the browser tests ----------------------------------------------------------------
say "Running the other tests"
# The unit and document tests (a few seconds each) run beside the integration tests, so nothing waits for them at the end.
( run_tests GovernancePortal.UnitTests; run_tests GovernancePortal.Documents.Tests ) &
small_pid=$!
run_tests GovernancePortal.IntegrationTests
wait "$small_pid" || true
wait "$browser_pid" || true

status=0
for exit_file in "$results"/*.exit; do
  name=$(basename "$exit_file" .exit)
  if [ "$(cat "$exit_file")" != 0 ]; then
    status=1
    say "$name failed; its output (test-artefacts/results/$name.log):"
    grep -v '^\s*\(Starting\|Finished\|Discovering\|Discovered\):' "$results/$name.log" | tail -n 200
  fi
done

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
if files < 4:
    line += f" ({4 - files} test project(s) wrote no results)"
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
