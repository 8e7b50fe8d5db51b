using System.Globalization;
using GovSites.Bench.Hosting;

namespace GovSites.Bench;

/// <summary>The command line. bench/run.sh passes what it needs; the defaults are the benchmark of issue 3.</summary>
internal sealed record Options
{
    public int Articles { get; init; } = 100_000;

    /// <summary>Timed requests per scenario and database.</summary>
    public int Requests { get; init; } = 300;

    /// <summary>Requests in a row on one database before the other database's turn.</summary>
    public int Block { get; init; } = 50;

    /// <summary>Untimed requests per scenario and database before the first timed one.</summary>
    public int Warmup { get; init; } = 30;

    public int Seed { get; init; } = 20_261_127;

    public IReadOnlyList<BenchDatabase.Kind> Databases { get; init; } = [BenchDatabase.Kind.Sqlite, BenchDatabase.Kind.Postgres];

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("GOVSITES_TEST_POSTGRES");

    /// <summary>Where to write the result rows, for <see cref="Summarize"/>.</summary>
    public string? Out { get; init; }

    /// <summary>After measuring, print the SQL of one request of each scenario with its timings and plans.</summary>
    public bool Profile { get; init; }

    /// <summary>Results files of several runs to summarise instead of running.</summary>
    public IReadOnlyList<string> Summarize { get; init; } = [];

    public const string Usage = """
        GovSites.Bench [--articles 100000] [--requests 300] [--block 50] [--warmup 30] [--seed N]
                       [--databases sqlite,postgres] [--postgres CONNECTION] [--out FILE] [--profile]
        GovSites.Bench --summarize FILE…
        PostgreSQL: --postgres or GOVSITES_TEST_POSTGRES names a server where databases may be created.
        """;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--articles" => options with { Articles = Int() },
                "--requests" => options with { Requests = Int() },
                "--block" => options with { Block = Int() },
                "--warmup" => options with { Warmup = Int() },
                "--seed" => options with { Seed = Int() },
                "--databases" => options with { Databases = [.. Next().Split(',').Select(d => Enum.Parse<BenchDatabase.Kind>(d, ignoreCase: true))] },
                "--postgres" => options with { Postgres = Next() },
                "--out" => options with { Out = Next() },
                "--profile" => options with { Profile = true },
                "--summarize" => options with { Summarize = [.. args[(i + 1)..]] },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
            if (args[i] == "--summarize")
            {
                break;
            }
        }

        return options.Requests % options.Block == 0 ? options : throw new ArgumentException("--requests must be a multiple of --block.");
    }
}
