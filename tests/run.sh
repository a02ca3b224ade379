#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project, then prints one line
# "N passed, N failed" (", N skipped" when any). Exit code 1 when any test fails or nothing ran.
# Without the browser tests' tools (and not root, so they cannot be installed here) it still runs every test
# that needs no browser, then names everything missing in one message with the command that installs it, and
# exits 2: the run was incomplete.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK (dotnet) is not installed; see https://dotnet.microsoft.com/download" >&2
  exit 2
fi

# The browser tests (tests/Site.BrowserTests) drive Debian's Chromium and check HTML with vnu.jar, which needs Java
# (npm fetches vnu.jar once).
chromium="${SITE_CHROMIUM:-/usr/bin/chromium}"
vnu_jar=tests/Site.BrowserTests/.tools/node_modules/vnu-jar/build/dist/vnu.jar
missing() {
  need=()
  [ -x "$chromium" ] || need+=(chromium)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  command -v npm >/dev/null 2>&1 || [ -n "${SITE_VNU_JAR:-}" ] || [ -f "$vnu_jar" ] || need+=(npm)
}
missing
if [ "${#need[@]}" -gt 0 ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} for the browser tests (apt-get)" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; } || true
  missing
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Site.sln --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
if [ "${#need[@]}" -eq 0 ]; then
  dotnet test Site.sln --no-build --nologo > "$results/output.txt" 2>&1
else
  dotnet test tests/Site.Tests --no-build --nologo > "$results/output.txt" 2>&1
fi
status=$?
# Show failures with their messages, and each assembly's summary line.
grep -E -A 12 "^\s+Failed " "$results/output.txt" | head -400
grep -E "(Passed|Failed)! +-" "$results/output.txt"

# One line per test assembly: "Passed!  - Failed: 0, Passed: 42, Skipped: 0, Total: 42, ...": sum them.
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i + 1))
      if ($i == "Failed:") f += $(i + 1)
      if ($i == "Passed:") p += $(i + 1)
      if ($i == "Skipped:") s += $(i + 1)
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$results/output.txt")
if [ "${#need[@]}" -gt 0 ]; then
  echo "error: the browser tests (tests/Site.BrowserTests) did not run: they need ${need[*]}." \
    "Install everything at once with: sudo apt-get install -y ${need[*]}" \
    "(or set SITE_CHROMIUM to a Chromium/Chrome executable and SITE_VNU_JAR to a vnu.jar)." >&2
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
[ "${#need[@]}" -gt 0 ] && exit 2
exit 0
