using GovSites.Modules.Search.Engine;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovSites.UnitTests.Search;

public sealed class TermVectorTokensTests
{
    [Fact]
    public void From_TermVector_GivesTheTokensLuceneGives()
    {
        using var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            var document = SearchFields.ToLucene(new SearchDocument(
                "lbz", "泷泊镇", "tzgg/1.html", "", "tzgg", "通知公告", "article", "泷泊镇政府信息公开工作年度报告",
                "本镇便民服务中心全年受理群众办件三千余件，政府信息公开工作有序推进。工作、工作，再工作！Road 2026", null, 1));
            writer.AddDocument(document);
        }

        using var reader = DirectoryReader.Open(directory);
        foreach (var field in new[] { SearchFields.Title, SearchFields.Body })
        {
            var vector = reader.GetTermVectors(0).GetTerms(field);

            var ours = Read(TermVectorTokens.From(vector)!);
            var lucene = Read(TokenSources.GetTokenStream(vector, false));

            Assert.NotEmpty(ours);
            Assert.Equal(lucene, ours);
        }
    }

    private static List<(string Term, int Start, int End, int Increment)> Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string, int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.Dispose();
        return tokens;
    }
}
