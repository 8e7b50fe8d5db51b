using GovSites.Platform.Data;

namespace GovSites.Demo;

public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<DemoPasswords>();
        services.AddSingleton<Platform.Cli.ICommandLineVerb, SeedDemoVerb>();
        return services;
    }

    /// <summary>
    /// Start-up: migrate, then seed the demo county into an empty database unless
    /// <c>GovSites:SeedDemo</c> is false.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (app.Configuration.GetValue("GovSites:SeedDemo", true))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            if (await seeder.IsDatabaseEmptyAsync())
            {
                await seeder.SeedAsync();
            }
        }
    }
}
