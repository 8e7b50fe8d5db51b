using Lucene.Net.Index;

namespace GovSites.Modules.Search.Engine;

/// <summary>
/// Lucene's tiered policy, except that while deferred (a rebuild, after which
/// <see cref="LuceneSearchIndex.CompactAsync"/> merges everything into one segment) it merges nothing in the background: each
/// page's postings are then written once by the rebuild and once by the final merge, not again at every tier
/// on the way.
/// </summary>
internal sealed class DeferrableMergePolicy : TieredMergePolicy
{
    private volatile bool deferred;

    /// <summary>Defers merges until the returned scope is disposed.</summary>
    public IDisposable Defer()
    {
        deferred = true;
        return new Resume(this);
    }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos) =>
        deferred ? null : base.FindMerges(mergeTrigger, infos);

    private sealed class Resume(DeferrableMergePolicy policy) : IDisposable
    {
        public void Dispose() => policy.deferred = false;
    }
}
