using GovSites.Platform.Data;

namespace GovSites.Modules.Content;

/// <summary>稿件状态</summary>
public enum ArticleState
{
    /// <summary>草稿</summary>
    Draft = 0,

    /// <summary>已发布</summary>
    Published = 1,

    /// <summary>已撤稿</summary>
    Withdrawn = 2,
}

/// <summary>信息（稿件）：属于某站点的某栏目。</summary>
public sealed class Article : IVersioned
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public int ChannelId { get; set; }

    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    /// <summary>来源</summary>
    public string? Source { get; set; }

    public string? Author { get; set; }

    /// <summary>发文机关</summary>
    public string? IssuingBody { get; set; }

    /// <summary>文号，如“双政办发〔2008〕25号”。</summary>
    public string? DocumentNumber { get; set; }

    public string? Summary { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public required string Body { get; set; }

    public ArticleState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int? CreatedById { get; set; }

    public int Version { get; set; }
}
