#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project, then prints one line
# "N passed, N failed" (", N skipped" when any). Exit code 1 when any test fails or nothing ran.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK (dotnet) is not installed; see https://dotnet.microsoft.com/download" >&2
  exit 2
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
