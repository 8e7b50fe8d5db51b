using System.CommandLine;
using GovSites.Platform.Data;

namespace GovSites.Platform.Cli;

/// <summary>
/// <c>govsites &lt;verb&gt;</c> (<c>dotnet run --project src/GovSites -- &lt;verb&gt;</c>): the same executable as the
/// server, with the same configuration, doing one job and exiting.
/// </summary>
public static class Verbs
{
    /// <summary>A first argument that is not an option names a verb; the server takes only options.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var root = new RootCommand("GovSites 政府网站集约化平台 命令行");
        root.Subcommands.Add(Migrate(services));
        foreach (var verb in services.GetServices<ICommandLineVerb>())
        {
            root.Subcommands.Add(verb.Build(services));
        }

        root.TreatUnmatchedTokensAsErrors = false;
        foreach (var command in root.Subcommands)
        {
            command.TreatUnmatchedTokensAsErrors = false;
        }

        // Configuration options such as --urls or --GovSites:DataDirectory=... are read by the host, not by the verb.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        return await parse.InvokeAsync();
    }

    private static Command Migrate(IServiceProvider services)
    {
        var command = new Command("migrate", "创建或升级数据库结构");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            Console.WriteLine("数据库已是最新结构。");
            return 0;
        });
        return command;
    }
}
