using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovSites.Bench.Hosting;

/// <summary>
/// The database of one host: a SQLite file in the data directory, or a fresh database on the PostgreSQL
/// server <c>bench/run.sh</c> starts (dropped at the end). Both on the machine's disk, durable as in
/// production: the app's <c>synchronous=FULL</c> on SQLite, fsync on for the benchmark's PostgreSQL.
/// </summary>
internal sealed class BenchDatabase
{
    private readonly string? server;
    private readonly string name;

    public BenchDatabase(Kind kind, string directory, string? postgresServer)
    {
        Type = kind;
        if (kind == Kind.Postgres)
        {
            server = postgresServer ?? throw new InvalidOperationException("PostgreSQL needs a server: --postgres or GOVSITES_TEST_POSTGRES (bench/run.sh starts one).");
            name = "govsites_bench_" + Guid.NewGuid().ToString("N")[..8];
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }
        else
        {
            name = Path.Combine(directory, "govsites.db");
            ConnectionString = $"Data Source={name}";
        }
    }

    public enum Kind
    {
        Sqlite,
        Postgres,
    }

    public Kind Type { get; }

    public string Name => Type == Kind.Postgres ? "PostgreSQL" : "SQLite";

    public string Provider => Type == Kind.Postgres ? "Postgres" : "Sqlite";

    public string ConnectionString { get; }

    public async Task CreateAsync()
    {
        if (Type == Kind.Postgres)
        {
            await ExecuteOnServerAsync($"CREATE DATABASE {name}");
        }
    }

    public async Task DropAsync()
    {
        if (Type == Kind.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The server's version string and the database's size on disk.</summary>
    public async Task<(string Version, long Bytes)> DescribeAsync()
    {
        if (Type == Kind.Postgres)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_setting('server_version'), pg_database_size(current_database())", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return ("PostgreSQL " + reader.GetString(0), reader.GetInt64(1));
        }
        else
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT sqlite_version()", connection);
            return ("SQLite " + await command.ExecuteScalarAsync(), new FileInfo(name).Length);
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
