#!/usr/bin/env bash
# Renders every template of the default theme with sample models and validates the HTML (html-validate,
# pinned in package.json; rules in .htmlvalidate.json). Run after `dotnet build GovSites.slnx`.
# .htmlvalidate.json is plain JSON (html-validate refuses comments there), so the two relaxed rules of the
# recommended preset are justified here:
#   no-trailing-whitespace: Liquid whitespace control leaves spaces at line ends; invisible in HTML.
#   long-title: titles are "article title - site name"; official Chinese titles often pass 70 characters.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
THEME_SAMPLES_DIR="$out" dotnet tests/GovSites.UnitTests/bin/Debug/net10.0/GovSites.UnitTests.dll \
  -method GovSites.UnitTests.Templates.ThemeSampleFiles.Write_EverySamplePage_RendersAndIsWritten >/dev/null
npx --no-install html-validate --config .htmlvalidate.json "$out"/*.html
echo "html-validate: $(ls "$out"/*.html | wc -l) sample pages valid"
