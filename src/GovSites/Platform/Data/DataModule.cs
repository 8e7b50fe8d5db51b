using Microsoft.EntityFrameworkCore;

namespace GovSites.Platform.Data;

public static class DataModule
{
    /// <summary>The data directory: <c>GovSites:DataDirectory</c>, default <c>./data</c>.</summary>
    public static string DataDirectory(this IConfiguration configuration) =>
        Path.GetFullPath(configuration["GovSites:DataDirectory"] ?? "data");

    public static DatabaseProvider DatabaseProvider(this IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["GovSites:Database:Provider"], ignoreCase: true, out var p)
            ? p
            : Data.DatabaseProvider.Sqlite;

    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.DatabaseProvider();
        var connectionString = configuration.GetConnectionString("GovSites");
        if (provider == Data.DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "GovSites:Database:Provider is Postgres but ConnectionStrings:GovSites is empty.");
            }

            services.AddDbContext<GovSitesDbContext, PostgresGovSitesDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataDirectory = configuration.DataDirectory();
                Directory.CreateDirectory(dataDirectory);
                connectionString = $"Data Source={Path.Combine(dataDirectory, "govsites.db")}";
            }

            services.AddDbContext<GovSitesDbContext, SqliteGovSitesDbContext>(o =>
                o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
        }

        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
