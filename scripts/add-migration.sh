#!/usr/bin/env bash
# Adds a migration for both database providers (STYLE.md rule 5: generated, never hand-edited).
#   ./scripts/add-migration.sh AddSomething
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/GovSites --startup-project src/GovSites \
    --context "${provider}GovSitesDbContext" \
    --output-dir "Platform/Data/Migrations/$provider"
done
./scripts/optimize-models.sh
