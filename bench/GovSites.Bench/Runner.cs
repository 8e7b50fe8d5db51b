using System.Diagnostics;
using System.Globalization;
using GovSites.Bench.Hosting;
using GovSites.Bench.Measuring;
using GovSites.Bench.Reporting;
using GovSites.Bench.Seeding;

namespace GovSites.Bench;

/// <summary>
/// Starts a host per database, seeds them, warms them up, then measures in blocks that alternate between
/// the databases (A, B, then B, A …), because the machine's speed drifts over minutes: both databases see
/// the same drift. One request at a time; client and server share the machine's cores.
/// </summary>
internal sealed class Runner(Options options)
{
    public async Task RunAsync()
    {
        Machine.Print(options);
        var now = DateTimeOffset.UtcNow;
        // Reviews left at their last step for the approve scenario. A fixed 400 unless more are needed, so that
        // --profile or a different --warmup does not change which articles get which fate.
        var approvals = Math.Max(400, options.Warmup + options.Requests + (options.Profile ? 1 : 0));
        using var saves = new SaveTimer();
        var hosts = new List<BenchHost>();
        var sessions = new List<HostSession>();
        try
        {
            foreach (var kind in options.Databases)
            {
                var host = new BenchHost(kind, options.Postgres);
                hosts.Add(host);
                sessions.Add(await PrepareAsync(host, approvals, now));
            }

            var scenarios = Scenario.All(saves);
            await Checks.WarmUpAsync(scenarios, sessions, options.Warmup);
            var rows = await MeasureAsync(scenarios, sessions);
            Table.Print(rows);
            if (options.Out is { } file)
            {
                await File.WriteAllLinesAsync(file, rows.Select(r => r.ToLine()));
            }

            foreach (var session in sessions)
            {
                await Checks.ApprovalsAsync(session);
            }

            if (options.Profile)
            {
                await new Profiler(scenarios, sessions).RunAsync();
            }
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private async Task<HostSession> PrepareAsync(BenchHost host, int approvals, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        Log($"{host.Name}: started, migrated and seeded the demo county in {clock.Elapsed.TotalSeconds:0.0} s");
        var seeded = await host.WithDbAsync(db => new BulkSeeder(db).SeedAsync(options.Articles, approvals, options.Seed, now));

        var (version, bytes) = await host.Database.DescribeAsync();
        var ids = await host.WithDbAsync(DemoIds.LoadAsync);
        Log($"{host.Name}: seeded {options.Articles:N0} articles across {ids.Sites.Count} sites in {seeded.Took.TotalSeconds:0.0} s "
            + $"({string.Join(", ", seeded.Fates.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value:N0}"))}; "
            + $"{string.Join(", ", seeded.Rows.Select(r => $"{r.Value:N0} {r.Key}"))}); "
            + $"{version}, database {bytes / 1024.0 / 1024.0:0} MiB");
        var session = new HostSession(host, ids, new Queue<(int, int, int)>(seeded.LastStepReviews));
        await session.SignInAsync("lbz.reviewer", "lbz.officer", "admin", "lbz.secrecy");
        return session;
    }

    private async Task<List<ResultRow>> MeasureAsync(IReadOnlyList<Scenario> scenarios, List<HostSession> sessions)
    {
        var samples = scenarios.SelectMany(s => sessions.Select(h => (s.Key, h.Host.Name))).ToDictionary(k => k, _ => new List<Sample>());
        var blocks = options.Requests / options.Block;
        var clock = Stopwatch.StartNew();
        for (var b = 0; b < blocks; b++)
        {
            foreach (var scenario in scenarios)
            {
                foreach (var session in b % 2 == 0 ? sessions : Enumerable.Reverse(sessions))
                {
                    for (var j = 0; j < options.Block; j++)
                    {
                        samples[(scenario.Key, session.Host.Name)].Add(await scenario.Run(session, (b * options.Block) + j));
                    }
                }
            }

            Log($"block {b + 1}/{blocks} of {options.Block} requests per scenario and database done ({clock.Elapsed.TotalSeconds:0} s, load {Machine.LoadAverage()})");
        }

        var rows = new List<ResultRow>();
        foreach (var scenario in scenarios)
        {
            foreach (var session in sessions)
            {
                var list = samples[(scenario.Key, session.Host.Name)];
                rows.Add(ResultRow.Of(scenario.Key, scenario.Title, session.Host.Name, list.Select(s => s.Ms), scenario.TargetMs, scenario.IsTarget));
                if (list.Any(s => s.SaveMs is not null))
                {
                    rows.Add(ResultRow.Of(scenario.Key + "-save", "    of which SaveChangesAsync (incl. audit, commit)", session.Host.Name, list.Select(s => s.SaveMs!.Value), 0, false));
                    rows.Add(ResultRow.Of(scenario.Key + "-save-db", "    of which in the database (EF's timings)", session.Host.Name, list.Select(s => s.SaveDatabaseMs!.Value), 0, false));
                }
            }
        }

        return rows;
    }

    public static void Log(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss}] {message}"));
}
