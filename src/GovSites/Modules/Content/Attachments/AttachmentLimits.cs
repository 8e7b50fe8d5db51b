namespace GovSites.Modules.Content.Attachments;

/// <summary>Upload limits, from <c>GovSites:Attachments</c> (defaults: 50 MB for an attachment, 10 MB for an image).</summary>
public sealed class AttachmentLimits
{
    public const string Section = "GovSites:Attachments";

    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    public long LimitFor(AttachmentKind kind) => kind == AttachmentKind.Image ? MaxImageBytes : MaxBytes;

    /// <summary>The request may carry the largest file plus the multipart envelope and the form fields.</summary>
    public long RequestLimit => Math.Max(MaxBytes, MaxImageBytes) + (1024 * 1024);

    public static string Describe(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
