using GovSites.Platform.Audit;
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
        // Each context runs on its compiled model (Platform/Data/CompiledModels, found by its assembly attribute;
        // scripts/optimize-models.sh makes them): building the model from the code took a third of a command's start-up.
        var provider = configuration.DatabaseProvider();
        var connectionString = configuration.GetConnectionString("GovSites");
        if (provider == Data.DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "GovSites:Database:Provider is Postgres but ConnectionStrings:GovSites is empty.");
            }

            services.AddDbContext<GovSitesDbContext, PostgresGovSitesDbContext>((sp, o) =>
                o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataDirectory = configuration.DataDirectory();
                Directory.CreateDirectory(dataDirectory);
                connectionString = $"Data Source={Path.Combine(dataDirectory, "govsites.db")}";
            }

            services.AddDbContext<GovSitesDbContext, SqliteGovSitesDbContext>((sp, o) =>
                o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(), sp.GetRequiredService<AuditInterceptor>()));
        }

        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditRecorder>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
