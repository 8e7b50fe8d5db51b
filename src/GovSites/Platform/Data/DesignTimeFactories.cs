using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GovSites.Platform.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c> (see <c>scripts/add-migration.sh</c>); no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovSitesDbContext>
{
    public SqliteGovSitesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovSitesDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGovSitesDbContext>
{
    public PostgresGovSitesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGovSitesDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
