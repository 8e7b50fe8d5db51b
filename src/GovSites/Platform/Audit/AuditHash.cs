using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovSites.Platform.Audit;

/// <summary>The chain's hash: SHA-256 over a canonical text of every field and the previous hash.</summary>
public static class AuditHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Times are truncated to whole milliseconds before hashing and storing: PostgreSQL keeps microseconds
    /// and the SQLite column 1/10 ms, so a finer time would not hash the same after a round trip.
    /// </summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public static string Compute(AuditEntry e)
    {
        var text = string.Join(
            '\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.AccountId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.UserName ?? string.Empty,
            e.UnitId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.SiteId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.Action,
            e.ObjectType ?? string.Empty,
            e.ObjectId ?? string.Empty,
            e.Before ?? string.Empty,
            e.After ?? string.Empty,
            e.Result,
            e.Address ?? string.Empty,
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
