using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GovSites.UnitTests.Platform;

/// <summary>
/// The app runs on the compiled models in <c>Platform/Data/CompiledModels</c> (model building was a third of
/// every command's start-up). They are generated from the code by <c>scripts/add-migration.sh</c>; these tests
/// fail when an entity or its configuration changed and the compiled model was not generated again.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void Sqlite_CompiledModel_IsTheModelTheCodeBuilds()
    {
        using var fromCode = new SqliteGovSitesDbContext(new DbContextOptionsBuilder<SqliteGovSitesDbContext>().UseSqlite("Data Source=:memory:").Options);

        AssertSame(fromCode, GovSites.Platform.Data.CompiledModels.Sqlite.SqliteGovSitesDbContextModel.Instance);
    }

    [Fact]
    public void Postgres_CompiledModel_IsTheModelTheCodeBuilds()
    {
        using var fromCode = new PostgresGovSitesDbContext(new DbContextOptionsBuilder<PostgresGovSitesDbContext>().UseNpgsql("Host=localhost").Options);

        AssertSame(fromCode, GovSites.Platform.Data.CompiledModels.Postgres.PostgresGovSitesDbContextModel.Instance);
    }

    /// <summary>
    /// The design-time model is always built from the code (the context's own model is the compiled one, found
    /// by its assembly attribute); the two are compared by what queries, saves and migrations use of them.
    /// </summary>
    private static void AssertSame(DbContext fromCode, IModel compiled)
    {
        var expected = Shape(fromCode.GetService<IDesignTimeModel>().Model);
        var actual = Shape(compiled);
        var difference = expected.Except(actual, StringComparer.Ordinal).Concat(actual.Except(expected, StringComparer.Ordinal)).FirstOrDefault();
        Assert.True(difference is null, $"The compiled model is out of date ({difference}): run ./scripts/optimize-models.sh.");
    }

    private static string[] Shape(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => new[]
        {
            $"{e.Name} table:{e.GetTableName()} filters:{e.GetDeclaredQueryFilters().Count} base:{e.BaseType?.Name}",
        }.Concat(e.GetDeclaredProperties().Select(p =>
            $"{e.Name}.{p.Name} {p.ClrType.Name} null:{p.IsNullable} max:{p.GetMaxLength()} {p.GetValueConverter()?.GetType().Name} concurrency:{p.IsConcurrencyToken} {p.ValueGenerated} column:{p.GetColumnName()} {p.GetRelationalTypeMapping().StoreType}"))
         .Concat(e.GetDeclaredKeys().Select(k => $"{e.Name} key {string.Join(',', k.Properties.Select(p => p.Name))} primary:{k.IsPrimaryKey()}"))
         .Concat(e.GetDeclaredIndexes().Select(i => $"{e.Name} index {string.Join(',', i.Properties.Select(p => p.Name))} unique:{i.IsUnique}"))
         .Concat(e.GetDeclaredNavigations().Select(n => $"{e.Name}.{n.Name} -> {n.TargetEntityType.Name} collection:{n.IsCollection}"))
         .Concat(e.GetDeclaredForeignKeys().Select(f => $"{e.Name} fk {string.Join(',', f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior} unique:{f.IsUnique} required:{f.IsRequired}"))),
    ];
}
