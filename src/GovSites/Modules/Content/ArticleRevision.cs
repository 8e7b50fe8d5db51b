namespace GovSites.Modules.Content;

/// <summary>修订版本：a snapshot of the working copy at one save (or autosave). Never changed afterwards.</summary>
public sealed class ArticleRevision
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Source { get; set; }

    public string? Author { get; set; }

    public string? IssuingBody { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Summary { get; set; }

    public string? Keywords { get; set; }

    public int? CoverAttachmentId { get; set; }

    public required string Body { get; set; }

    public bool IsExternalSource { get; set; }

    public DateTimeOffset? PublishAt { get; set; }

    /// <summary>Saved by the editor's autosave rather than by the author's "保存".</summary>
    public bool IsAutosave { get; set; }

    public int? SavedById { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public static ArticleRevision Of(Article a, int number, bool isAutosave, int? savedById, DateTimeOffset savedAt) => new()
    {
        ArticleId = a.Id,
        Number = number,
        Title = a.Title,
        Subtitle = a.Subtitle,
        Source = a.Source,
        Author = a.Author,
        IssuingBody = a.IssuingBody,
        DocumentNumber = a.DocumentNumber,
        Summary = a.Summary,
        Keywords = a.Keywords,
        CoverAttachmentId = a.CoverAttachmentId,
        Body = a.Body,
        IsExternalSource = a.IsExternalSource,
        PublishAt = a.PublishAt,
        IsAutosave = isAutosave,
        SavedById = savedById,
        SavedAt = savedAt,
    };
}
