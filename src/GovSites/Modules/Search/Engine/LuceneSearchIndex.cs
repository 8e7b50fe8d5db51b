using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// The index in <c>{DataDirectory}/search</c>: one <see cref="IndexWriter"/> for the process (Lucene allows one
/// per folder; the write lock refuses a second process) and near-real-time searchers from a
/// <see cref="SearcherManager"/> refreshed after every change. The release number each site was last
/// indexed at is stored in the commit's user data, so it is exactly as durable as the documents.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MaxPages = 100;
    private const int CompactFrom = 4;

    /// <summary>Batches of at least this many documents are analysed on every core.</summary>
    private const int ParallelFrom = 64;

    private readonly Analyzer analyzer = new SmartChineseAnalyzer(Version);
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly DeferrableMergePolicy mergePolicy = new();
    private readonly Dictionary<string, int> releases;

    public LuceneSearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            // A flushed segment is not also copied into a compound file: that doubled the writing of every flush.
            UseCompoundFile = false,
            MergePolicy = mergePolicy,
        });
        releases = IndexCommitData.Read(directory, out var schema);
        if (schema != IndexCommitData.Schema)
        {
            writer.DeleteAll();
            releases.Clear();
            writer.SetCommitData(IndexCommitData.Of(releases));
            writer.Commit();
        }

        searchers = new SearcherManager(writer, true, null);
    }

    public Analyzer Analyzer => analyzer;

    public IReadOnlyDictionary<string, int> IndexedReleases()
    {
        lock (releases)
        {
            return new Dictionary<string, int>(releases);
        }
    }

    public async Task ApplyAsync(IndexBatch batch, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            if (batch.ReplaceSite)
            {
                writer.DeleteDocuments(new Term(SearchFields.Site, batch.SiteKey));
            }

            foreach (var path in batch.RemovedPaths)
            {
                writer.DeleteDocuments(SearchFields.IdTerm(batch.SiteKey + "/" + path));
            }

            AddDocuments(batch.Upserts, batch.Threads > 0 ? batch.Threads : Environment.ProcessorCount);
            Commit(batch.SiteKey, batch.Release);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async Task RemoveSiteAsync(string siteKey, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            writer.DeleteDocuments(new Term(SearchFields.Site, siteKey));
            Commit(siteKey, null);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Merges the index into one segment when it has more than <see cref="CompactFrom"/>. A rebuild leaves dozens
    /// (the writer flushes and commits as it goes), and a query pays for each segment and each word again: over
    /// 50,000 articles, one segment instead of about 30 halved the median query time. The few small segments of
    /// later changes are left to the merge policy rather than rewriting the whole index for them.
    /// </summary>
    public async Task CompactAsync(CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var searcher = searchers.Acquire();
            try
            {
                if (searcher.IndexReader.Leaves.Count <= CompactFrom)
                {
                    return;
                }
            }
            finally
            {
                searchers.Release(searcher);
            }

            writer.ForceMerge(1);
            writer.Commit();
            searchers.MaybeRefreshBlocking();
        }
        finally
        {
            writeLock.Release();
        }
    }

    public IDisposable DeferMerges() => mergePolicy.Defer();

    public SearchResults Search(SearchQuery query)
    {
        var tokens = QueryText.Analyze(analyzer, query.Text);
        if (tokens.Count == 0)
        {
            return SearchResults.Nothing(noTerms: true);
        }

        var lucene = QueryText.Build(tokens);
        var filter = SearchFilter.From(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 50);
        var page = Math.Clamp(query.Page, 1, MaxPages);
        var searcher = searchers.Acquire();
        try
        {
            var top = Run(searcher, lucene, filter, page * pageSize, query.Sort);
            var pageCount = Math.Min(MaxPages, (top.TotalHits + pageSize - 1) / pageSize);
            // Beyond the last page: every hit is already in top (it asked for more than there are), show the last page.
            page = Math.Max(1, Math.Min(page, pageCount));
            var highlighting = new Highlighting([.. tokens.Select(t => t.Text)]);
            var hits = top.ScoreDocs.Skip((page - 1) * pageSize).Take(pageSize)
                .Select(scoreDoc => ToHit(searcher, highlighting, scoreDoc.Doc)).ToList();
            string? suggestion = null;
            if (top.TotalHits < 3)
            {
                suggestion = Suggester.Suggest(searcher.IndexReader, tokens);
                if (suggestion is not null && Run(searcher, QueryText.Build(QueryText.Analyze(analyzer, suggestion)), filter, 1, SearchSort.Relevance).TotalHits <= top.TotalHits)
                {
                    suggestion = null;
                }
            }

            return new SearchResults(top.TotalHits, page, pageCount, hits, false, suggestion);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        writeLock.Dispose();
    }

    /// <summary>
    /// Segmenting the text (SmartCn) is most of the cost of indexing, and the writer takes documents from several
    /// threads at once (each thread fills its own segment), so a large batch is spread over the cores. A small
    /// batch (one publish's changes) stays on this thread, in its order.
    /// </summary>
    private void AddDocuments(IReadOnlyList<SearchDocument> documents, int threads)
    {
        void Add(SearchDocument document) => writer.UpdateDocument(SearchFields.IdTerm(document.Id), SearchFields.ToLucene(document, analyzer));
        if (documents.Count < ParallelFrom || threads <= 1)
        {
            foreach (var document in documents)
            {
                Add(document);
            }

            return;
        }

        try
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, Add);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers handle the writer's own exceptions (IOException, a lost lock), not the wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static TopDocs Run(IndexSearcher searcher, Query query, Filter? filter, int count, SearchSort sort) =>
        sort == SearchSort.Date
            ? searcher.Search(query, filter, count, new Sort(new SortField(SearchFields.PublishedSort, SortFieldType.INT64, true), SortField.FIELD_SCORE))
            : searcher.Search(query, filter, count);

    private static SearchHit ToHit(IndexSearcher searcher, Highlighting highlighting, int docId)
    {
        var d = SearchFields.FromLucene(searcher.Doc(docId));
        var (titleHtml, snippetHtml) = highlighting.Mark(searcher.IndexReader, docId, d.Title, d.Body);
        return new SearchHit(d.SiteKey, d.SiteName, d.Path, d.Url, d.ChannelKey, d.ChannelName, d.Kind, d.Title, titleHtml, snippetHtml, d.PublishedAt, d.ArticleId);
    }

    /// <summary>Commits with the release numbers as user data (null: the site is forgotten) and makes the change searchable.</summary>
    private void Commit(string siteKey, int? release)
    {
        Dictionary<string, int> next;
        lock (releases)
        {
            next = new Dictionary<string, int>(releases);
        }

        if (release is { } number)
        {
            next[siteKey] = number;
        }
        else
        {
            next.Remove(siteKey);
        }

        writer.SetCommitData(IndexCommitData.Of(next));
        writer.Commit();
        searchers.MaybeRefreshBlocking();

        // Only now: whoever sees the new release number (the follower's waiters, the admin page) can search its documents.
        lock (releases)
        {
            releases.Clear();
            foreach (var (key, value) in next)
            {
                releases[key] = value;
            }
        }
    }
}
