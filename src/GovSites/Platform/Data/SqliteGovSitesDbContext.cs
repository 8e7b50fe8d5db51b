using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GovSites.Platform.Data;

/// <summary>SQLite, the embedded default. Migrations: <c>Platform/Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteGovSitesDbContext(DbContextOptions<SqliteGovSitesDbContext> options)
    : GovSitesDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and EF cannot compare or order DateTimeOffset stored as text;
        // all times are UTC, so a binary (ticks) column orders correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
