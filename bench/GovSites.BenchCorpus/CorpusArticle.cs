using System.Net;
using System.Text;

namespace GovSites.BenchCorpus;

/// <summary>One article of the synthetic corpus. <see cref="Index"/> is its place in publication order (0-based).</summary>
public sealed record CorpusArticle
{
    public required int Index { get; init; }

    public required CorpusSite Site { get; init; }

    public required CorpusChannel Channel { get; init; }

    public required string Title { get; init; }

    /// <summary>UTC, whole minutes; grows with <see cref="Index"/>.</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The work topic the title and some sentences are about (安全生产, 乡村振兴 …).</summary>
    public required string Topic { get; init; }

    public required string Source { get; init; }

    public required string Author { get; init; }

    /// <summary>Separated by spaces.</summary>
    public required string Keywords { get; init; }

    public required string Summary { get; init; }

    /// <summary>Plain text paragraphs (no markup).</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>Characters of text, without markup.</summary>
    public int Length => Paragraphs.Sum(p => p.Length);

    /// <summary>The body as the app stores it: one &lt;p&gt; per paragraph, HTML-encoded.</summary>
    public string BodyHtml()
    {
        var html = new StringBuilder();
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        return html.ToString();
    }

    /// <summary>The body as Markdown: paragraphs separated by blank lines.</summary>
    public string BodyMarkdown() => string.Join("\n\n", Paragraphs) + "\n";
}
