using System.CommandLine;
using System.Diagnostics;
using GovSites.Platform.Cli;

namespace GovSites.Modules.Search.Feeding;

/// <summary><c>govsites reindex</c>: rebuilds the search index from every site's live release, with a progress bar.</summary>
internal sealed class ReindexVerb : ICommandLineVerb
{
    public Command Build(IServiceProvider services)
    {
        var command = new Command("reindex", "按各站点当前发布的版本重建全文检索索引");
        command.SetAction(async (_, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var feeder = services.GetRequiredService<SearchFeeder>();
                var pages = await feeder.RebuildAllAsync(Draw, cancellationToken);
                Console.WriteLine();
                Console.WriteLine($"检索索引已重建：共 {pages} 篇，用时 {clock.Elapsed.TotalSeconds:F1} 秒。");
                return 0;
            }
            catch (Lucene.Net.Store.LockObtainFailedException)
            {
                Console.Error.WriteLine("检索索引正被另一个进程（运行中的服务）使用。请先停止服务再重建，或在服务中发布以更新索引。");
                return 1;
            }
        });
        return command;
    }

    private static void Draw(string site, int done, int total)
    {
        const int width = 30;
        var filled = total == 0 ? width : done * width / total;
        Console.Write($"\r{site,-12} [{new string('#', filled)}{new string('.', width - filled)}] {done}/{total}   ");
        if (done >= total)
        {
            Console.WriteLine();
        }
    }
}
