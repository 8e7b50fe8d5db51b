using GovSites.Modules.Search.Engine;

namespace GovSites.UnitTests.Search;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("govsites-search-").FullName;
    private readonly LuceneSearchIndex index;

    public LuceneSearchIndexTests()
    {
        index = new LuceneSearchIndex(folder);
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(folder, true);
    }

    [Theory]
    [InlineData("信息公开")]
    [InlineData("政府信息公开")]
    [InlineData("服务中心")]
    [InlineData("三千余")]
    [InlineData("便民")]
    public async Task Search_GovernmentPhrase_FindsTheArticle(string text)
    {
        await AddAsync("lbz", Doc("lbz", "tzgg/1.html", "泷泊镇2026年政府信息公开工作年度报告", "本镇便民服务中心全年受理群众办件三千余件，政府信息公开工作有序推进。"));
        await AddAsync("lbz", Doc("lbz", "tzgg/2.html", "春季森林防火通知", "严禁野外用火。"));

        var results = Search(text);

        Assert.Equal(["tzgg/1.html"], results.Hits.Select(h => h.Path));
    }

    [Theory]
    [InlineData("+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /")]
    [InlineData("！？。，、")]
    [InlineData("   ")]
    public async Task Search_NothingSearchable_SaysSoWithoutFailing(string text)
    {
        await AddAsync("lbz", Doc("lbz", "tzgg/1.html", "通知", "内容"));

        var results = Search(text);

        Assert.True(results.NoTerms);
        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData("防火\"")]
    [InlineData("(防火)")]
    [InlineData("防火*")]
    [InlineData("防火~")]
    [InlineData(":防火^")]
    [InlineData("\\防火/")]
    public async Task Search_SyntaxCharacters_AreText(string text)
    {
        await AddAsync("lbz", Doc("lbz", "tzgg/2.html", "春季森林防火通知", "严禁野外用火。"));

        Assert.Equal(["tzgg/2.html"], Search(text).Hits.Select(h => h.Path));
    }

    [Fact]
    public async Task Search_TitleMatch_RanksAboveBodyMatch()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "工作简报", "提到防汛的正文。"), Doc("lbz", "a/2.html", "防汛工作部署", "正文。"));

        Assert.Equal(["a/2.html", "a/1.html"], Search("防汛").Hits.Select(h => h.Path));
    }

    [Fact]
    public async Task Search_WordsAsTypedInTheBody_RankAboveTheSameWordsApart()
    {
        // On its words alone a/1.html ranks first (each twice, in a short text); a/2.html has them as typed.
        await AddAsync(
            "lbz",
            Doc("lbz", "a/1.html", "工作简报", "防汛，物资，防汛，物资。"),
            Doc("lbz", "a/2.html", "工作简报", "本镇各村认真做好今年的防汛物资储备工作。"));

        Assert.Equal(["a/2.html", "a/1.html"], Search("防汛物资").Hits.Select(h => h.Path));
        Assert.Equal(["a/2.html", "a/1.html"], Search("防汛 物资").Hits.Select(h => h.Path));
        Assert.Equal(["a/1.html", "a/2.html"], Search("物资 防汛").Hits.Select(h => h.Path));
    }

    [Fact]
    public void Open_IndexOfAnEarlierLayout_IsEmptiedSoEverySiteIsRebuilt()
    {
        // An index as the previous layout left it: documents and release numbers, no layout mark.
        index.Dispose();
        using (var analyzer = new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.DeleteAll();
            writer.AddDocument([new Lucene.Net.Documents.TextField(SearchFields.Title, "防汛通知", Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["release:lbz"] = "7" });
            writer.Commit();
        }

        using var reopened = new LuceneSearchIndex(folder);

        Assert.Empty(reopened.IndexedReleases());
        Assert.Equal(0, reopened.Search(new SearchQuery("防汛", [])).Total);
    }

    [Fact]
    public async Task Compact_LeavesOneSegmentAndEverythingFindable()
    {
        for (var i = 0; i < 5; i++)
        {
            await AddAsync("lbz", Doc("lbz", $"a/{i}.html", $"防汛通知{i}", "各村做好防汛物资储备。"));
        }

        await index.CompactAsync(CancellationToken.None);

        Assert.Single(Directory.EnumerateFiles(folder, "*.si"));
        Assert.Equal(5, Search("防汛物资").Total);
        Assert.Equal(1, index.IndexedReleases()["lbz"]);
    }

    [Fact]
    public async Task Search_Highlight_MarksWordsAndEscapesTheRest()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "<b>防汛</b>通知", "各村<script>要做好防汛准备 & 值班。"));

        var hit = Assert.Single(Search("防汛").Hits);

        Assert.Equal("&lt;b&gt;<mark>防汛</mark>&lt;/b&gt;通知", hit.TitleHtml);
        Assert.Contains("<mark>防汛</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Highlight_ShowsThePassagesWithTheWordsNotTheStart()
    {
        var filler = string.Concat(Enumerable.Repeat("本镇各项工作有序开展。", 30));
        await AddAsync("lbz", Doc("lbz", "a/1.html", "工作简报", filler + "今年防汛物资已全部到位。" + filler + "值班人员严格落实森林防火责任。" + filler));

        var snippet = Assert.Single(Search("防汛 防火").Hits).SnippetHtml;

        Assert.Contains("<mark>防汛</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>防火</mark>", snippet, StringComparison.Ordinal);
        // Two passages of about 120 characters each, joined by an ellipsis and ended by one.
        Assert.Equal(2, snippet.Count(c => c == '…'));
        Assert.True(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length <= 2 * 120 + 3);
    }

    [Fact]
    public async Task Search_Highlight_DoesNotCutANumberOrLatinWordAtAPassageEdge()
    {
        // "2026" straddles the 120th character: the passage boundary moves to before it.
        var body = new string('县', 118) + "2026年防汛工作" + new string('乡', 200);
        await AddAsync("lbz", Doc("lbz", "a/1.html", "简报", body));

        var snippet = Assert.Single(Search("防汛").Hits).SnippetHtml;

        Assert.StartsWith("2026年<mark>防汛</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Highlight_ALatinRunLongerThanAPassage_IsCutRatherThanLost()
    {
        var body = "见" + new string('x', 300) + "防汛" + new string('y', 300);
        await AddAsync("lbz", Doc("lbz", "a/1.html", "简报", body));

        var snippet = Assert.Single(Search("防汛").Hits).SnippetHtml;

        Assert.Contains("<mark>防汛</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Highlight_NoWordInTheBody_ShowsItsOpening()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "防汛通知", "各村做好准备。"));

        var hit = Assert.Single(Search("防汛").Hits);

        Assert.Equal("<mark>防汛</mark>通知", hit.TitleHtml);
        Assert.Equal("各村做好准备。", hit.SnippetHtml);
    }

    [Fact]
    public async Task Search_Filters_RestrictSiteChannelAndDates()
    {
        await AddAsync("lbz", Doc("lbz", "tzgg/1.html", "防汛通知", "", Day), Doc("lbz", "xzdt/2.html", "防汛动态", "", Day.AddDays(10)));
        await AddAsync("jyj", Doc("jyj", "tzgg/3.html", "学校防汛", "", Day));

        Assert.Equal(3, Search("防汛").Total);
        Assert.Equal(2, index.Search(new SearchQuery("防汛", ["lbz"])).Total);
        Assert.Equal(["tzgg/1.html"], index.Search(new SearchQuery("防汛", ["lbz"], Channel: "tzgg")).Hits.Select(h => h.Path));
        Assert.Equal(["xzdt/2.html"], index.Search(new SearchQuery("防汛", [], From: Day.AddDays(5))).Hits.Select(h => h.Path));
        Assert.Equal(2, index.Search(new SearchQuery("防汛", [], Until: Day.AddDays(1))).Total);
        Assert.Equal(0, index.Search(new SearchQuery("防汛", [], Kind: "letter")).Total);
    }

    [Fact]
    public async Task Search_SortByDate_NewestFirst()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "防汛防汛防汛", "防汛", Day), Doc("lbz", "a/2.html", "防汛", "", Day.AddDays(3)));

        Assert.Equal(["a/2.html", "a/1.html"], index.Search(new SearchQuery("防汛", [], Sort: SearchSort.Date)).Hits.Select(h => h.Path));
    }

    [Fact]
    public async Task Search_PageBeyondTheEnd_ShowsTheLastPage()
    {
        await AddAsync("lbz", [.. Enumerable.Range(1, 25).Select(i => Doc("lbz", $"a/{i}.html", $"防汛通知{i}", "", Day.AddMinutes(i)))]);

        var results = index.Search(new SearchQuery("防汛", [], Page: 99, PageSize: 10));

        Assert.Equal((25, 3, 3, 5), (results.Total, results.Page, results.PageCount, results.Hits.Count));
    }

    [Fact]
    public async Task Apply_RemovedAndReplaced_DocumentsDisappear()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "防汛通知", ""), Doc("lbz", "a/2.html", "防汛动态", ""));
        await index.ApplyAsync(new IndexBatch("lbz", 2, false, [], ["a/1.html"]), CancellationToken.None);
        Assert.Equal(["a/2.html"], Search("防汛").Hits.Select(h => h.Path));

        await index.ApplyAsync(new IndexBatch("lbz", 3, true, [Doc("lbz", "a/3.html", "防汛简报", "")], []), CancellationToken.None);
        Assert.Equal(["a/3.html"], Search("防汛").Hits.Select(h => h.Path));
        Assert.Equal(3, index.IndexedReleases()["lbz"]);
    }

    [Fact]
    public async Task IndexedReleases_SurviveReopening()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "防汛通知", ""));
        index.Dispose();

        using var reopened = new LuceneSearchIndex(folder);

        Assert.Equal(1, reopened.IndexedReleases()["lbz"]);
        Assert.Equal(1, reopened.Search(new SearchQuery("防汛", [])).Total);
    }

    [Fact]
    public async Task Search_MistypedWord_SuggestsTheIndexedOne()
    {
        await AddAsync("lbz", Doc("lbz", "a/1.html", "政务公开工作要点", "推进政务公开。"), Doc("lbz", "a/2.html", "信息公开指南", "公开"));

        var results = Search("政务公凯");

        Assert.Equal(0, results.Total);
        Assert.Equal("政务公开", results.Suggestion);
    }

    [Fact]
    public async Task Apply_LargeBatch_IndexesEveryDocumentOnceAcrossThreads()
    {
        var documents = Enumerable.Range(1, 300).Select(i => Doc("lbz", $"a/{i}.html", $"第{i}期防汛简报", "防汛值班安排。")).ToList();
        await AddAsync("lbz", [.. documents]);
        // The same pages again (a full rebuild of the site): replaced, not doubled.
        await index.ApplyAsync(new IndexBatch("lbz", 2, true, documents, []), CancellationToken.None);

        var results = index.Search(new SearchQuery("防汛", [], PageSize: 50, Page: 100));

        Assert.Equal(300, results.Total);
        Assert.Equal(2, index.IndexedReleases()["lbz"]);
    }

    private SearchResults Search(string text) => index.Search(new SearchQuery(text, []));

    private Task AddAsync(string site, params SearchDocument[] documents) =>
        index.ApplyAsync(new IndexBatch(site, 1, false, documents, []), CancellationToken.None);

    private static SearchDocument Doc(string site, string path, string title, string body, DateTimeOffset? published = null) =>
        new(site, site + "站", path, "https://example.gov.cn/" + path, path.Split('/')[0], "栏目", "article", title, body, published ?? Day, int.Parse(path.Split('/')[1].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture));
}
