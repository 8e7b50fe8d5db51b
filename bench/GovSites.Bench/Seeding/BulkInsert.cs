using System.Data.Common;
using System.Text;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovSites.Bench.Seeding;

/// <summary>
/// Multi-row <c>INSERT … VALUES (…), (…)</c> of entities with their ids already set, inside the context's
/// current transaction. Tables, columns and value conversions come from the EF model, and each parameter is
/// made by the property's own type mapping, so a row is stored exactly as SaveChangesAsync would store it
/// (times as ticks on SQLite, id lists as JSON on SQLite and integer[] on PostgreSQL) — without the change
/// tracker and the audit trail, which would make 100,000 articles take many minutes.
/// </summary>
internal sealed class BulkInsert(GovSitesDbContext db)
{
    /// <summary>
    /// Parameters per statement. PostgreSQL takes up to 65,535 and gains from fewer round trips. SQLite takes
    /// 32,766 but Microsoft.Data.Sqlite finds each parameter by a linear search of the command's parameters,
    /// so a statement of n parameters costs n² — short statements in one transaction are faster there.
    /// </summary>
    private int MaxParameters => db.Database.IsNpgsql() ? 30_000 : 1_000;

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, params string[] writeNull)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(store)!, Mapping: p.GetRelationalTypeMapping(), Null: writeNull.Contains(p.Name)))
            .ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.Column)))}) VALUES ";
        var perStatement = Math.Min(1_000, MaxParameters / properties.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");

        for (var start = 0; start < rows.Count; start += perStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var index = 0;
            foreach (var row in rows.Skip(start).Take(perStatement))
            {
                text.Append(index == 0 ? "(" : ", (");
                for (var i = 0; i < properties.Count; i++)
                {
                    var (property, _, mapping, writesNull) = properties[i];
                    var name = "@p" + index++;
                    var value = writesNull ? null : property.PropertyInfo!.GetValue(row);
                    command.Parameters.Add(mapping.CreateParameter(command, name, value, property.IsNullable));
                    text.Append(i == 0 ? name : ", " + name);
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Runs one statement in the current transaction; returns the number of rows it changed.</summary>
    public async Task<int> ExecuteAsync(string statement)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = statement;
        return await command.ExecuteNonQueryAsync();
    }

    public string Table<T>() => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    public static async Task<long> ScalarAsync(DbConnection connection, string query)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
