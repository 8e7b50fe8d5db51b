using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// The fields of the article form except the body, which the editor partial posts as <c>Body</c>
/// (Shared/_BodyEditor.cshtml). Lengths are those of <see cref="ArticleConfiguration"/>.
/// </summary>
public sealed class ArticleInput
{
    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(200, ErrorMessage = "标题不能超过 200 个字。")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "副标题不能超过 200 个字。")]
    public string? Subtitle { get; set; }

    [StringLength(100, ErrorMessage = "来源不能超过 100 个字。")]
    public string? Source { get; set; }

    [StringLength(100, ErrorMessage = "作者不能超过 100 个字。")]
    public string? Author { get; set; }

    [StringLength(100, ErrorMessage = "发文机关不能超过 100 个字。")]
    public string? IssuingBody { get; set; }

    [StringLength(100, ErrorMessage = "文号不能超过 100 个字。")]
    public string? DocumentNumber { get; set; }

    /// <summary>China time as the browser's <c>datetime-local</c> field sends it; <see cref="PublishAtUtc"/> after validation.</summary>
    public string? PublishAt { get; set; }

    [StringLength(500, ErrorMessage = "摘要不能超过 500 个字。")]
    public string? Summary { get; set; }

    [StringLength(200, ErrorMessage = "关键词不能超过 200 个字。")]
    public string? Keywords { get; set; }

    public bool IsExternalSource { get; set; }

    public int Version { get; set; }

    public DateTimeOffset? PublishAtUtc { get; private set; }

    public static ArticleInput From(Article a) => new()
    {
        Title = a.Title,
        Subtitle = a.Subtitle,
        Source = a.Source,
        Author = a.Author,
        IssuingBody = a.IssuingBody,
        DocumentNumber = a.DocumentNumber,
        PublishAt = ChinaTimeInput.Format(a.PublishAt),
        Summary = a.Summary,
        Keywords = a.Keywords,
        IsExternalSource = a.IsExternalSource,
        Version = a.Version,
    };

    /// <summary>A revision loaded into the form (to restore or merge it); the version stays the working copy's.</summary>
    public static ArticleInput From(ArticleRevision r, int version) => new()
    {
        Title = r.Title,
        Subtitle = r.Subtitle,
        Source = r.Source,
        Author = r.Author,
        IssuingBody = r.IssuingBody,
        DocumentNumber = r.DocumentNumber,
        PublishAt = ChinaTimeInput.Format(r.PublishAt),
        Summary = r.Summary,
        Keywords = r.Keywords,
        IsExternalSource = r.IsExternalSource,
        Version = version,
    };

    /// <summary>Trims the text and adds the errors data annotations cannot express (the publication time).</summary>
    public void Validate(ModelStateDictionary modelState)
    {
        Trim();
        if (ChinaTimeInput.TryParse(PublishAt, out var at))
        {
            PublishAtUtc = at;
        }
        else
        {
            modelState.AddModelError($"Input.{nameof(PublishAt)}", "发布时间格式不正确，应为“年-月-日 时:分”。");
        }
    }

    /// <summary>For an autosave, which keeps whatever can be kept: text cut to the column lengths, an unreadable time dropped.</summary>
    public void Fit()
    {
        Trim();
        Title = Cut(Title, 200) ?? string.Empty;
        Subtitle = Cut(Subtitle, 200);
        Source = Cut(Source, 100);
        Author = Cut(Author, 100);
        IssuingBody = Cut(IssuingBody, 100);
        DocumentNumber = Cut(DocumentNumber, 100);
        Summary = Cut(Summary, 500);
        Keywords = Cut(Keywords, 200);
        PublishAtUtc = ChinaTimeInput.TryParse(PublishAt, out var at) ? at : null;
    }

    public void ApplyTo(Article article, string body)
    {
        article.Title = Title ?? string.Empty;
        article.Subtitle = Subtitle;
        article.Source = Source;
        article.Author = Author;
        article.IssuingBody = IssuingBody;
        article.DocumentNumber = DocumentNumber;
        article.PublishAt = PublishAtUtc;
        article.Summary = Summary;
        article.Keywords = Keywords;
        article.IsExternalSource = IsExternalSource;
        article.Body = body;
    }

    /// <summary>
    /// A detached copy of <paramref name="saved"/> with this input applied, to snapshot as a revision without
    /// touching the working copy (autosave, or the losing side of a conflict).
    /// </summary>
    public Article ToUnsavedCopy(Article saved, string body)
    {
        var copy = new Article
        {
            Id = saved.Id,
            SiteId = saved.SiteId,
            ChannelId = saved.ChannelId,
            Title = string.Empty,
            Body = string.Empty,
            CoverAttachmentId = saved.CoverAttachmentId,
        };
        ApplyTo(copy, body);
        return copy;
    }

    private void Trim()
    {
        Title = Clean(Title);
        Subtitle = Clean(Subtitle);
        Source = Clean(Source);
        Author = Clean(Author);
        IssuingBody = Clean(IssuingBody);
        DocumentNumber = Clean(DocumentNumber);
        PublishAt = Clean(PublishAt);
        Summary = Clean(Summary);
        Keywords = Clean(Keywords);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Cut(string? value, int length) => value is { } v && v.Length > length ? v[..length] : value;
}
