namespace GovSites.Modules.Content.Shared;

/// <summary>What the attachments partial of the article form gets: the article (null while it is new) and where it is written.</summary>
public sealed record AttachmentsSlot(int? ArticleId, int SiteId, int ChannelId, int? CoverAttachmentId);
