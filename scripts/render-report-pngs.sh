#!/usr/bin/env bash
# Renders the bilingual PDF of each worked example to PNG pages (pdftoppm, poppler-utils), for a
# person to look at: no overlapping text, no cut tables, legible charts (issue 7).
# Usage: scripts/render-report-pngs.sh [OUT_DIR]   (default: .tmp/report-pngs)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.tmp/report-pngs}"
mkdir -p "$out"
for example in example-a-lindestad example-b-havenstad example-c-korfezkent report-scripts; do
  pdf="$out/$example-both.pdf"
  npx tsx src/cli/report.ts "test/fixtures/answers/$example.json" --lang both --out "$pdf" --date 2026-11-24
  pdftoppm -r 70 -png "$pdf" "$out/$example" 2>/dev/null
  echo "$example: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(($(stat -c %s "$pdf") / 1024)) KB → $out/$example-*.png"
done
