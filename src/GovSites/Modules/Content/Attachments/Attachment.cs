namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// 附件：a file uploaded to a site, optionally attached to an article. The file lives under the data
/// directory with a generated name (<see cref="StoredName"/>); the name the user gave is kept only to show
/// and to offer on download. Its type was decided by its content (<see cref="FileSignatures"/>).
/// </summary>
public sealed class Attachment
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Null while the article is not saved yet, or for files of the site itself.</summary>
    public int? ArticleId { get; set; }

    /// <summary>The original file name, cleaned (<see cref="FileNameRules"/>).</summary>
    public required string FileName { get; set; }

    /// <summary>Path under <c>{DataDirectory}/attachments</c>: <c>yyyy/MM/{random}{.ext}</c>.</summary>
    public required string StoredName { get; set; }

    public required string ContentType { get; set; }

    public AttachmentKind Kind { get; set; }

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public int UploadedById { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

public enum AttachmentKind
{
    /// <summary>图片</summary>
    Image,

    /// <summary>文档</summary>
    Document,

    /// <summary>压缩包</summary>
    Archive,
}

public static class AttachmentKindNames
{
    public static string ToChinese(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Image => "图片",
        AttachmentKind.Document => "文档",
        AttachmentKind.Archive => "压缩包",
        _ => kind.ToString(),
    };
}
