using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using GovSites.Platform.Time;

namespace GovSites.Modules.Content.Articles;

/// <summary>
/// Two revisions side by side: the fields one by one, and the body as text paragraphs diffed with DiffPlex
/// (paragraphs aligned, then characters within a changed paragraph — Chinese has no spaces between words).
/// </summary>
public static class RevisionComparison
{
    public sealed record FieldRow(string Label, string Old, string New)
    {
        public bool Changed => Old != New;
    }

    /// <summary>Elements that end a paragraph of the text the body is compared as.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
        "caption", "figure", "figcaption", "hr",
    };

    public static IReadOnlyList<FieldRow> Fields(ArticleRevision a, ArticleRevision b) =>
    [
        new("标题", a.Title, b.Title),
        new("副标题", a.Subtitle ?? string.Empty, b.Subtitle ?? string.Empty),
        new("来源", a.Source ?? string.Empty, b.Source ?? string.Empty),
        new("作者", a.Author ?? string.Empty, b.Author ?? string.Empty),
        new("发文机关", a.IssuingBody ?? string.Empty, b.IssuingBody ?? string.Empty),
        new("文号", a.DocumentNumber ?? string.Empty, b.DocumentNumber ?? string.Empty),
        new("发布时间", a.PublishAt.ToChinaMinute(), b.PublishAt.ToChinaMinute()),
        new("摘要", a.Summary ?? string.Empty, b.Summary ?? string.Empty),
        new("关键词", a.Keywords ?? string.Empty, b.Keywords ?? string.Empty),
        new("非本单位制文", a.IsExternalSource ? "是" : "否", b.IsExternalSource ? "是" : "否"),
        new("封面图", a.CoverAttachmentId is { } ca ? $"附件 {ca}" : string.Empty, b.CoverAttachmentId is { } cb ? $"附件 {cb}" : string.Empty),
    ];

    public static SideBySideDiffModel Body(string oldHtml, string newHtml) =>
        SideBySideDiffBuilder.Diff(new Differ(), Paragraphs(oldHtml), Paragraphs(newHtml), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker(), new CharacterChunker());

    /// <summary>The pieces of a changed paragraph, consecutive characters of the same kind joined into one run.</summary>
    public static IReadOnlyList<(ChangeType Type, string Text)> Runs(DiffPiece line)
    {
        var runs = new List<(ChangeType Type, string Text)>();
        foreach (var piece in line.SubPieces.Where(p => p.Type != ChangeType.Imaginary && !string.IsNullOrEmpty(p.Text)))
        {
            if (runs.Count > 0 && runs[^1].Type == piece.Type)
            {
                runs[^1] = (piece.Type, runs[^1].Text + piece.Text);
            }
            else
            {
                runs.Add((piece.Type, piece.Text!));
            }
        }

        return runs;
    }

    /// <summary>The body as plain text, one paragraph a line; pictures and videos appear as [图片：…] and [视频：…].</summary>
    public static string Paragraphs(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, text);
        }

        var lines = text.ToString().Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data.Replace('\n', ' '));
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "br":
                    text.Append('\n');
                    break;
                case "img":
                    text.Append("[图片：").Append(element.GetAttribute("alt") is { Length: > 0 } alt ? alt : element.GetAttribute("src")).Append(']');
                    break;
                case "video" or "iframe":
                    text.Append("[视频：").Append(element.GetAttribute("src") ?? element.QuerySelector("source")?.GetAttribute("src")).Append(']');
                    break;
                case "td" or "th":
                    Walk(element, text);
                    text.Append(" | ");
                    break;
                default:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    Walk(element, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
