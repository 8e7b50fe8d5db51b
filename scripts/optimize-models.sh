#!/usr/bin/env bash
# Generates the compiled EF Core models of both providers (Platform/Data/CompiledModels), which the app runs on:
# building the model from the code took a third of every command's start-up. Run after any change to an entity or
# its configuration (add-migration.sh runs it); CompiledModelTests fails while they are out of date.
#   ./scripts/optimize-models.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  rm -rf "src/GovSites/Platform/Data/CompiledModels/$provider"
  dotnet ef dbcontext optimize \
    --project src/GovSites --startup-project src/GovSites \
    --context "${provider}GovSitesDbContext" \
    --output-dir "Platform/Data/CompiledModels/$provider" \
    --namespace "GovSites.Platform.Data.CompiledModels.$provider"
done
