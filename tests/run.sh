#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project, then prints one line
# "N passed, N failed" (", N skipped" when any). Exit code 1 when any test fails or nothing ran.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK (dotnet) is not installed; see https://dotnet.microsoft.com/download" >&2
  exit 2
fi

# The browser tests (tests/Site.BrowserTests) drive Debian's Chromium and check HTML with vnu.jar, which needs Java.
# Install them when we can (root with apt-get); otherwise stop here and say what to install.
chromium="${SITE_CHROMIUM:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || [ -n "${SITE_VNU_JAR:-}" ] || [ -f tests/Site.BrowserTests/.tools/node_modules/vnu-jar/build/dist/vnu.jar ] || need+=(npm)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} for the browser tests (apt-get)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; } || true
  fi
  if [ ! -x "$chromium" ]; then
    echo "error: the browser tests need Chromium at $chromium: install Debian's 'chromium' package (apt-get install -y chromium) or set SITE_CHROMIUM to a Chromium/Chrome executable" >&2
    exit 2
  fi
  if ! command -v java >/dev/null 2>&1; then
    echo "error: the HTML validity test runs vnu.jar and needs Java 11 or later: install 'default-jre-headless' (apt-get install -y default-jre-headless)" >&2
    exit 2
  fi
  if ! command -v npm >/dev/null 2>&1 && [ -z "${SITE_VNU_JAR:-}" ] && [ ! -f tests/Site.BrowserTests/.tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
    echo "error: the HTML validity test fetches vnu.jar with npm once: install 'npm' (apt-get install -y npm) or set SITE_VNU_JAR to a vnu.jar" >&2
    exit 2
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Site.sln --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Site.sln --no-build --nologo > "$results/output.txt" 2>&1
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
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
exit 0
