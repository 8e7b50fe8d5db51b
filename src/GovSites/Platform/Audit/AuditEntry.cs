namespace GovSites.Platform.Audit;

/// <summary>
/// 审计日志条目. Append-only and hash-chained: <see cref="Hash"/> covers every field and the previous
/// entry's hash, so changing or removing any entry breaks the chain from there on (DOMAIN.md §7;
/// 网络安全法 Art. 21 asks for at least six months of logs).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Position in the chain: 1, 2, 3 … without gaps, assigned under the chain lock.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public int? AccountId { get; set; }

    public string? UserName { get; set; }

    public int? UnitId { get; set; }

    public int? SiteId { get; set; }

    /// <summary>E.g. <c>Site.Modified</c>, <c>SignIn.Failed</c>.</summary>
    public required string Action { get; set; }

    public string? ObjectType { get; set; }

    public string? ObjectId { get; set; }

    /// <summary>JSON of the changed properties before the change (secrets masked).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after the change (secrets masked).</summary>
    public string? After { get; set; }

    /// <summary>成功 / 失败 / 拒绝 …</summary>
    public required string Result { get; set; }

    public string? Address { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

/// <summary>The one row that holds the end of the chain; updating it first serialises appends on every database.</summary>
public sealed class AuditChainHead
{
    public int Id { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
