using System.Globalization;
using GovSites.SearchBench;

// Search benchmark (issue 5; bench/README.md, "Search (issue 5)"). Run by bench/search/run.sh:
//   index <releases> <index-folder> [--read-only]   rebuild the index from published releases as `govsites reindex` does
//   query <index-folder> <articles>                  latency of 1,000 queries with highlighting, and relevance
if (args.Length >= 3 && args[0] == "index")
{
    return await IndexBench.RunAsync(args[1], args[2], args.Contains("--read-only"));
}

if (args.Length >= 3 && args[0] == "query")
{
    return QueryBench.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

Console.Error.WriteLine("usage: GovSites.SearchBench index <releases> <index-folder> [--read-only] | query <index-folder> <articles>");
return 2;
