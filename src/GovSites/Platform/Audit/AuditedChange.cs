using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GovSites.Platform.Audit;

/// <summary>One record's change as captured before the save; turned into an <see cref="AuditEntry"/> after it.</summary>
internal sealed class AuditedChange
{
    private readonly EntityEntry entry;
    private readonly string? keyBeforeSave;

    private AuditedChange(EntityEntry entry, string action, JsonObject? before, JsonObject? after, int? siteId)
    {
        this.entry = entry;
        Action = action;
        Before = before;
        After = after;
        SiteId = siteId;
        keyBeforeSave = entry.State == EntityState.Added ? null : Key(entry);
    }

    public string Action { get; }

    public JsonObject? Before { get; }

    public JsonObject? After { get; }

    public int? SiteId { get; }

    public string ObjectType => TypeName(entry);

    public static AuditedChange? From(EntityEntry entry, Func<string, object?, string?> mask)
    {
        var before = new JsonObject();
        var after = new JsonObject();
        foreach (var property in entry.Properties)
        {
            // A key the database has not generated yet holds a temporary placeholder; ObjectId carries the real one.
            if (property.IsTemporary)
            {
                continue;
            }

            var name = property.Metadata.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    Put(after, name, mask(name, property.CurrentValue));
                    break;
                case EntityState.Deleted:
                    Put(before, name, mask(name, property.OriginalValue));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    Put(before, name, mask(name, property.OriginalValue));
                    Put(after, name, mask(name, property.CurrentValue));
                    break;
            }
        }

        if (entry.State == EntityState.Modified && after.Count == 0)
        {
            return null;
        }

        var verb = entry.State switch
        {
            EntityState.Added => "Created",
            EntityState.Deleted => "Deleted",
            _ => "Updated",
        };
        return new AuditedChange(entry, $"{TypeName(entry)}.{verb}", before.Count > 0 ? before : null, after.Count > 0 ? after : null, SiteOf(entry));
    }

    public AuditEntry ToEntry(AuditActor actor, DateTimeOffset at) => new()
    {
        At = at,
        AccountId = actor.AccountId,
        UserName = actor.UserName,
        UnitId = actor.UnitId,
        SiteId = SiteId ?? SiteOf(entry),
        Action = Action,
        ObjectType = ObjectType,
        ObjectId = keyBeforeSave ?? Key(entry),
        Before = Before?.ToJsonString(AuditInterceptor.Json),
        After = After?.ToJsonString(AuditInterceptor.Json),
        Result = "成功",
        Address = actor.Address,
        PreviousHash = string.Empty,
        Hash = string.Empty,
    };

    private static void Put(JsonObject json, string name, string? serialized) =>
        json[name] = serialized is null ? null : JsonNode.Parse(serialized);

    private static string TypeName(EntityEntry entry) => entry.Metadata.ClrType.Name.Split('`')[0];

    private static string? Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? null
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    /// <summary>The site a record belongs to: its <c>SiteId</c>, or its own id when it is a site.</summary>
    private static int? SiteOf(EntityEntry entry)
    {
        if (entry.Metadata.FindProperty("SiteId") is { } siteId)
        {
            return entry.Property(siteId.Name).CurrentValue as int?;
        }

        return entry.Metadata.ClrType.Name == "Site" ? entry.Property("Id").CurrentValue as int? : null;
    }
}
