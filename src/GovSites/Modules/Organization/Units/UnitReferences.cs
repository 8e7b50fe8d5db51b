using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovSites.Modules.Organization.Units;

/// <summary>
/// What still points at a unit: accounts, sites, channels it is responsible for, and whatever later
/// modules add. Organization may not use the modules above it (DESIGN.md), so instead of their types it
/// reads every foreign key to <see cref="Unit"/> from the EF model and counts rows in those tables. A new
/// module's reference is then counted (and blocks deletion) without a change here.
/// </summary>
public sealed class UnitReferences(GovSitesDbContext db)
{
    /// <summary>UI names of the references known today, by "Entity.Property", in the order they are listed.</summary>
    private static readonly (string Key, string Label)[] Labels =
    [
        ("Site.UnitId", "站点"),
        ("Account.UnitId", "账号"),
        ("Channel.ResponsibleUnitId", "栏目（作为责任单位）"),
    ];

    public const string Sites = "Site.UnitId";

    public const string Accounts = "Account.UnitId";

    public sealed record Use(string Key, string Label, long Count);

    /// <summary>Result row of the grouped count; a class because raw SQL maps columns to properties.</summary>
    public sealed class UnitCount
    {
        public int? UnitId { get; set; }

        public long Count { get; set; }
    }

    /// <summary>Every kind of record that still refers to the unit, with how many; empty when it may be deleted.</summary>
    public async Task<IReadOnlyList<Use>> FindAsync(int unitId, CancellationToken cancellationToken = default)
    {
        var uses = new List<Use>();
        foreach (var (key, table, column) in References())
        {
            var sql = $"SELECT COUNT(*) AS {Quote("Value")} FROM {table} WHERE {column} = {{0}}";
            var count = (await db.Database.SqlQueryRaw<long>(sql, unitId).ToListAsync(cancellationToken)).Single();
            if (count > 0)
            {
                var known = Array.FindIndex(Labels, l => l.Key == key);
                uses.Add(new Use(key, known >= 0 ? Labels[known].Label : key, count));
            }
        }

        return uses.OrderBy(u => Array.FindIndex(Labels, l => l.Key == u.Key) is var i and >= 0 ? i : int.MaxValue).ToList();
    }

    /// <summary>For the list page: per reference key, the count per unit id.</summary>
    public async Task<Dictionary<string, Dictionary<int, long>>> CountByUnitAsync(CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, Dictionary<int, long>>(StringComparer.Ordinal);
        foreach (var (key, table, column) in References())
        {
            var sql = $"SELECT {column} AS {Quote("UnitId")}, COUNT(*) AS {Quote("Count")} FROM {table} WHERE {column} IS NOT NULL GROUP BY {column}";
            var rows = await db.Database.SqlQueryRaw<UnitCount>(sql).ToListAsync(cancellationToken);
            counts[key] = rows.Where(r => r.UnitId is not null).ToDictionary(r => r.UnitId!.Value, r => r.Count);
        }

        return counts;
    }

    private IEnumerable<(string Key, string Table, string Column)> References()
    {
        foreach (var foreignKey in db.Model.FindEntityType(typeof(Unit))!.GetReferencingForeignKeys())
        {
            var entity = foreignKey.DeclaringEntityType;
            var property = foreignKey.Properties[0];
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = $"{entity.ClrType.Name}.{property.Name}";
            yield return (key, Sql.DelimitIdentifier(table.Name, table.Schema), Quote(property.GetColumnName(table)!));
        }
    }

    private ISqlGenerationHelper Sql => db.GetService<ISqlGenerationHelper>();

    private string Quote(string identifier) => Sql.DelimitIdentifier(identifier);
}
