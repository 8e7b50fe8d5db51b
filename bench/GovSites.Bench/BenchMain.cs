using GovSites.Bench.Reporting;

namespace GovSites.Bench;

/// <summary>
/// The benchmark of issue 3 (Performance): 100,000 articles, the reviewer inbox, the filtered article list
/// and the approve-to-outbox transaction, on SQLite and PostgreSQL in one run. See bench/README.md.
/// Not named Program: that is the app's entry point, which the hosts start.
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && Publishing.PublishMain.Commands.Contains(args[0]))
        {
            return await Publishing.PublishMain.RunAsync(args);
        }

        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        if (options.Summarize.Count > 0)
        {
            var runs = options.Summarize.Select(file => (IReadOnlyList<ResultRow>)[.. File.ReadLines(file).Select(ResultRow.Parse).OfType<ResultRow>()]).ToList();
            Table.Summarize(runs);
            return 0;
        }

        await new Runner(options).RunAsync();
        return 0;
    }
}
