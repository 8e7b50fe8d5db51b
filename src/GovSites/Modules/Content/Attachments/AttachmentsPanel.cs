namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// What the attachments partial (<c>/Modules/Content/Shared/_Attachments.cshtml</c>) shows: the files of a
/// site or of one article, and an upload form for those who may upload. Build it with
/// <see cref="AttachmentAccess.PanelAsync"/>.
/// </summary>
/// <param name="ReturnUrl">Where the plain (no JavaScript) upload form comes back to after a success.</param>
public sealed record AttachmentsPanel(
    int SiteId, int? ArticleId, IReadOnlyList<AttachmentsPanel.Item> Items, bool CanUpload, string? ReturnUrl, IReadOnlyList<string> Errors)
{
    public const int MaxItems = 200;

    public sealed record Item(int Id, string FileName, AttachmentKind Kind, long Size, DateTimeOffset UploadedAt)
    {
        public string Url => $"/admin/attachments/{Id}";

        public string SizeText => Size switch
        {
            < 1024 => $"{Size} B",
            < 1024 * 1024 => $"{Size / 1024.0:0.#} KB",
            _ => $"{Size / 1024.0 / 1024.0:0.#} MB",
        };
    }

    public string UploadUrl => ArticleId is { } id ? $"/admin/sites/{SiteId}/attachments?articleId={id}" : $"/admin/sites/{SiteId}/attachments";
}
