using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSites.Modules.Search.Engine;

/// <summary>The site, channel, kind and date restrictions of a query, as a filter that does not affect scores.</summary>
internal static class SearchFilter
{
    public static Filter? From(SearchQuery query)
    {
        var filter = new BooleanQuery();
        if (query.Sites.Count > 0)
        {
            var sites = new BooleanQuery();
            foreach (var site in query.Sites)
            {
                sites.Add(new TermQuery(new Term(SearchFields.Site, site)), Occur.SHOULD);
            }

            filter.Add(sites, Occur.MUST);
        }

        if (!string.IsNullOrEmpty(query.Channel))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Channel, query.Channel)), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(query.Kind))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Kind, query.Kind)), Occur.MUST);
        }

        if (query.From is not null || query.Until is not null)
        {
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, query.From?.ToUnixTimeMilliseconds(), query.Until?.ToUnixTimeMilliseconds(), true, false), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }
}
