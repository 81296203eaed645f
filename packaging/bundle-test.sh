#!/usr/bin/env bash
# Start the PyInstaller bundle the way a machine without a display starts it: it
# must say so and write the demo render. Prints the start-up time to the render.
set -euo pipefail
bundle="${1:-dist/gdstudio/gdstudio}"
[ -x "$bundle" ] || { echo "error: no bundle at $bundle; run 'make bundle' first" >&2; exit 1; }
bundle="$(cd "$(dirname "$bundle")" && pwd)/$(basename "$bundle")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$("$bundle" --version)"
echo "$version"
case "$version" in "gdstudio "[0-9]*) ;; *) echo "error: the bundle does not know its version" >&2; exit 1;; esac
start=$(date +%s.%N)
(cd "$work" && env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$bundle")
end=$(date +%s.%N)
[ -s "$work/descent.png" ] || { echo "error: the bundle wrote no descent.png" >&2; exit 1; }
head -c 8 "$work/descent.png" | od -An -c | grep -q "P   N   G" || { echo "error: descent.png is not a PNG" >&2; exit 1; }
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
echo "bundle OK: demo render written in $seconds s; the bundle takes $(du -sh "$(dirname "$bundle")" | cut -f1)"
