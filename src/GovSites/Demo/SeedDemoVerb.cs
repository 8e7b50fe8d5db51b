using System.CommandLine;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;

namespace GovSites.Demo;

/// <summary><c>govsites seed-demo</c>: migrates and seeds the demo county into an empty database.</summary>
internal sealed class SeedDemoVerb : ICommandLineVerb
{
    public Command Build(IServiceProvider services)
    {
        var command = new Command("seed-demo", "在空数据库中生成双牌县演示数据");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            if (!await seeder.IsDatabaseEmptyAsync())
            {
                await Console.Error.WriteLineAsync("数据库中已有数据，未生成演示数据。演示数据只能生成到空数据库中。");
                return 1;
            }

            await seeder.SeedAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
