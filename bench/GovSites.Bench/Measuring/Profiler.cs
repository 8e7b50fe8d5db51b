using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using GovSites.Bench.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Measuring;

/// <summary>
/// --profile: one request of each scenario on each database, taken apart — every SQL command with EF's
/// timing, and the plan of the slowest queries (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE).
/// </summary>
internal sealed partial class Profiler(IReadOnlyList<Scenario> scenarios, IReadOnlyList<HostSession> sessions)
{
    private const int Explained = 3;

    public async Task RunAsync()
    {
        using var log = new CommandLog();
        foreach (var scenario in scenarios)
        {
            foreach (var session in sessions)
            {
                log.Start();
                var sample = await scenario.Run(session, 0);
                var commands = log.Stop();
                Console.WriteLine();
                Console.WriteLine($"=== {scenario.Title.Trim()} — {session.Host.Name}: {sample.Ms:0.0} ms, {commands.Count} commands, {commands.Sum(c => c.Ms):0.0} ms in the database");
                foreach (var command in commands)
                {
                    Console.WriteLine($"  {command.Ms,7:0.00} ms  {Shorten(command.Text, 150)}");
                }

                foreach (var command in commands.Where(c => c.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).OrderByDescending(c => c.Ms).Take(Explained))
                {
                    Console.WriteLine();
                    Console.WriteLine($"  --- {command.Ms:0.00} ms: {Shorten(command.Text, 2_000)}");
                    Console.WriteLine($"      parameters: {string.Join(", ", command.Parameters.Select(p => $"{p.ParameterName}={Format(p.Value)}"))}");
                    foreach (var line in await ExplainAsync(session.Host, command))
                    {
                        Console.WriteLine("      " + line);
                    }
                }
            }
        }
    }

    private static async Task<List<string>> ExplainAsync(BenchHost host, CommandLog.Command command) => await host.WithDbAsync(async db =>
    {
        var postgres = host.Database.Type == BenchDatabase.Kind.Postgres;
        await db.Database.OpenConnectionAsync();
        await using DbCommand explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.Text;
        explain.Parameters.AddRange(command.Parameters.ToArray());
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        var depth = new Dictionary<long, int>();
        while (await reader.ReadAsync())
        {
            if (postgres)
            {
                lines.Add(reader.GetString(0));
            }
            else
            {
                // id, parent, notused, detail: indent each step under its parent.
                var level = depth.GetValueOrDefault(reader.GetInt64(1), -1) + 1;
                depth[reader.GetInt64(0)] = level;
                lines.Add(new string(' ', level * 2) + reader.GetString(3));
            }
        }

        return lines;
    });

    private static string Shorten(string sql, int max)
    {
        var flat = Whitespace().Replace(sql, " ").Trim();
        return flat.Length <= max ? flat : flat[..max] + " …";
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => $"'{s}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
