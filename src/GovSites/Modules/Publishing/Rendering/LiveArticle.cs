using GovSites.Modules.Templates;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>A file an article page uses, to put under <c>files/</c>.</summary>
public sealed record ReleaseFile(int AttachmentId, string Path, string Source);

/// <summary>An article page of a site as it will be written: its list row and what only the page shows.</summary>
public sealed record LiveArticle(
    PublishedArticle Row,
    string Subtitle,
    string Source,
    string Author,
    string IssuingBody,
    string DocumentNumber,
    string Keywords,
    string BodyHtml,
    IReadOnlyList<AttachmentLink> Attachments,
    IReadOnlyList<ReleaseFile> Files);
