using DiffPlex.DiffBuilder.Model;
using GovSites.Modules.Content;
using GovSites.Modules.Content.Articles;

namespace GovSites.UnitTests.Content;

public sealed class RevisionComparisonTests
{
    [Theory]
    [InlineData("<p>第一段</p><p>第二段</p>", "第一段\n第二段")]
    [InlineData("<p>一行<br>二行</p>", "一行\n二行")]
    [InlineData("<h2>标题</h2><ul><li>甲</li><li>乙</li></ul>", "标题\n甲\n乙")]
    [InlineData("<p>  多余的\n  空白  </p>", "多余的 空白")]
    [InlineData("<p><img src=\"/a.jpg\" alt=\"会场\"></p>", "[图片：会场]")]
    [InlineData("<table><tr><td>姓名</td><td>职务</td></tr></table>", "姓名 | 职务 |")]
    [InlineData("<p><br></p>", "")]
    public void Paragraphs_Html_IsTextOneParagraphALine(string html, string expected) =>
        Assert.Equal(expected, RevisionComparison.Paragraphs(html));

    [Fact]
    public void Body_OneCharacterChanged_MarksOnlyThatCharacter()
    {
        var diff = RevisionComparison.Body("<p>三月一日</p>", "<p>三月二日</p>");

        var line = Assert.Single(diff.OldText.Lines);
        Assert.Equal(ChangeType.Modified, line.Type);
        Assert.Equal([(ChangeType.Unchanged, "三月"), (ChangeType.Deleted, "一"), (ChangeType.Unchanged, "日")], RevisionComparison.Runs(line));
        Assert.Equal([(ChangeType.Unchanged, "三月"), (ChangeType.Inserted, "二"), (ChangeType.Unchanged, "日")], RevisionComparison.Runs(Assert.Single(diff.NewText.Lines)));
    }

    [Fact]
    public void Body_ParagraphAdded_IsAnInsertionFacingAGap()
    {
        var diff = RevisionComparison.Body("<p>甲</p>", "<p>甲</p><p>乙</p>");

        Assert.Equal([ChangeType.Unchanged, ChangeType.Imaginary], diff.OldText.Lines.Select(l => l.Type));
        Assert.Equal([ChangeType.Unchanged, ChangeType.Inserted], diff.NewText.Lines.Select(l => l.Type));
    }

    [Fact]
    public void Fields_OnlyChangedOnes_AreMarkedChanged()
    {
        var a = new ArticleRevision { Title = "旧", Body = string.Empty, Source = "县政府办" };
        var b = new ArticleRevision { Title = "新", Body = string.Empty, Source = "县政府办", IsExternalSource = true };

        var changed = RevisionComparison.Fields(a, b).Where(f => f.Changed).Select(f => f.Label);

        Assert.Equal(["标题", "非本单位制文"], changed);
    }
}
