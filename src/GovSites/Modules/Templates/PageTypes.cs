namespace GovSites.Modules.Templates;

// The models of each kind of page (home, list, article, single page, search), built on PageModel.

public sealed record HomeSection
{
    public required ChannelLink Channel { get; init; }

    public required IReadOnlyList<ArticleLink> Articles { get; init; }
}

public sealed record UnitSiteGroup
{
    /// <summary>乡镇, 县直部门, 林场 ...</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<UnitSiteLink> Sites { get; init; }
}

public sealed record UnitSiteLink
{
    public required string Name { get; init; }

    public required string Url { get; init; }
}

public sealed record HomePageModel : PageModel
{
    /// <summary>The newest articles of each list channel with content, in navigation order.</summary>
    public required IReadOnlyList<HomeSection> Sections { get; init; }

    /// <summary>Only on the portal: the unit sites by kind (乡镇、县直部门、林场). Empty elsewhere.</summary>
    public IReadOnlyList<UnitSiteGroup> UnitSites { get; init; } = [];
}

public sealed record PagerLink
{
    public required int Number { get; init; }

    public required string Url { get; init; }

    public required bool IsCurrent { get; init; }
}

public sealed record ListPageModel : PageModel
{
    public required ChannelLink Channel { get; init; }

    public required IReadOnlyList<ArticleLink> Articles { get; init; }

    /// <summary>1-based.</summary>
    public required int PageNumber { get; init; }

    public required int PageCount { get; init; }

    /// <summary>Empty when there is none.</summary>
    public required string PreviousUrl { get; init; }

    public required string NextUrl { get; init; }

    public required IReadOnlyList<PagerLink> Pages { get; init; }

    /// <summary>The channel feed.</summary>
    public required string FeedUrl { get; init; }
}

public sealed record ArticlePageModel : PageModel
{
    public required ChannelLink Channel { get; init; }

    public required ArticleLink Article { get; init; }

    public required string Subtitle { get; init; }

    /// <summary>来源</summary>
    public required string Source { get; init; }

    public required string Author { get; init; }

    /// <summary>发文机关</summary>
    public required string IssuingBody { get; init; }

    /// <summary>发文字号</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The sanitised body HTML (Content's sanitiser ran on save); printed raw.</summary>
    public required string BodyHtml { get; init; }

    public required IReadOnlyList<AttachmentLink> Attachments { get; init; }
}

public sealed record SinglePageModel : PageModel
{
    public required ChannelLink Channel { get; init; }

    /// <summary>The channel's newest live article body, or empty.</summary>
    public required string BodyHtml { get; init; }
}

public sealed record SearchHit
{
    public required string TitleHtml { get; init; }

    public required string Url { get; init; }

    public required string SnippetHtml { get; init; }

    public required string SiteName { get; init; }

    public required string PublishedDate { get; init; }
}

public sealed record SearchPageModel : PageModel
{
    public required string Query { get; init; }

    /// <summary>Set by the search module; the publisher renders the shell with none.</summary>
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    public int Total { get; init; }

    public string Notice { get; init; } = "";

    /// <summary>Extra HTML the search module prepares (filters, pager); printed raw.</summary>
    public string ControlsHtml { get; init; } = "";
}
