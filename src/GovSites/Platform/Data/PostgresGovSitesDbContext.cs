using Microsoft.EntityFrameworkCore;

namespace GovSites.Platform.Data;

/// <summary>PostgreSQL, for production. Migrations: <c>Platform/Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresGovSitesDbContext(DbContextOptions<PostgresGovSitesDbContext> options)
    : GovSitesDbContext(options);
