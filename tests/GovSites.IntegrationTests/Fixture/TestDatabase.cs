using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovSites.IntegrationTests.Fixture;

/// <summary>
/// The database the tests run on, chosen by <c>GOVSITES_TEST_PROVIDER</c> (<c>Sqlite</c>, the default, or
/// <c>Postgres</c> with <c>GOVSITES_TEST_POSTGRES</c> as the server's connection string; <c>./test.sh</c>
/// starts one). The app migrates and seeds it once; that state is kept as a template and restored before
/// every test (a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL).
/// </summary>
public sealed class TestDatabase
{
    private readonly string? serverConnectionString;
    private readonly string databaseName;
    private readonly string templateName;

    public TestDatabase(string directory)
    {
        Directory = directory;
        Provider = Environment.GetEnvironmentVariable("GOVSITES_TEST_PROVIDER") ?? "Sqlite";
        if (IsPostgres)
        {
            serverConnectionString = Environment.GetEnvironmentVariable("GOVSITES_TEST_POSTGRES")
                ?? throw new InvalidOperationException("GOVSITES_TEST_PROVIDER=Postgres needs GOVSITES_TEST_POSTGRES (run ./test.sh, which starts PostgreSQL).");
            var suffix = Guid.NewGuid().ToString("N")[..8];
            databaseName = "govsites_test_" + suffix;
            templateName = "govsites_tmpl_" + suffix;
            ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ConnectionString;
        }
        else
        {
            databaseName = Path.Combine(directory, "govsites.db");
            templateName = Path.Combine(directory, "template.db");
            ConnectionString = $"Data Source={databaseName}";
        }
    }

    public string Provider { get; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public string Directory { get; }

    public string ConnectionString { get; }

    /// <summary>Before the app starts: a PostgreSQL database must exist for the app to migrate it.</summary>
    public async Task CreateAsync()
    {
        if (IsPostgres)
        {
            await ExecuteOnServerAsync($"CREATE DATABASE {databaseName}");
        }
    }

    /// <summary>After the app has migrated and seeded: keep that state as the template.</summary>
    public async Task SaveTemplateAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"CREATE DATABASE {templateName} TEMPLATE {databaseName}");
        }
        else
        {
            await CheckpointAsync();
            SqliteConnection.ClearAllPools();
            File.Copy(databaseName, templateName, overwrite: true);
        }
    }

    public async Task ResetAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
            await ExecuteOnServerAsync($"CREATE DATABASE {databaseName} TEMPLATE {templateName} STRATEGY FILE_COPY");
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(databaseName + suffix);
            }

            File.Copy(templateName, databaseName, overwrite: true);
        }
    }

    public async Task DropAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {templateName} WITH (FORCE)");
        }
    }

    private async Task CheckpointAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
