using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Review;
using GovSites.Modules.Review.Chains;

namespace GovSites.Bench.Seeding;

/// <summary>
/// One seeded article with its revision, review and outbox events, taken through the same transitions the
/// app uses (<see cref="Article.Submit"/>, <see cref="Review.Approve"/>, …), so every state is one the app
/// can reach. Ids are given here, in the order the rows are inserted.
/// </summary>
internal sealed class ArticleGraph
{
    private static readonly string[] Offices = ["党政综合办公室", "社会事务综合服务中心", "应急管理办公室", "经济发展办公室", "综合行政执法大队"];

    public required Article Article { get; init; }

    public required ArticleRevision Revision { get; init; }

    public Review? Review { get; private set; }

    public List<ArticleEvent> Events { get; } = [];

    /// <summary>The next id of each table, starting after what the demo county holds.</summary>
    public sealed class Ids
    {
        public int Article { get; set; }

        public int Revision { get; set; }

        public int Review { get; set; }

        public int Step { get; set; }

        public int Decision { get; set; }

        public long Event { get; set; }
    }

    /// <summary>Whose hands an article of a site passes through; null where the demo county has no review team.</summary>
    public sealed record Team(DemoIds.Staff Author, ReviewActor Reviewer, ReviewActor Secrecy);

    public static ArticleGraph Build(ArticleSpec spec, Team? team, int? authorId, Corpus corpus, Random random, Ids ids, DateTimeOffset now)
    {
        var at = spec.CreatedAt;
        var article = new Article
        {
            Id = ids.Article++,
            SiteId = spec.Site.Id,
            ChannelId = spec.ChannelId,
            Title = Corpus.Title(random, spec.Site.ShortName, spec.Topic, at),
            Source = spec.IsExternalSource ? "永州日报" : spec.Site.Name,
            Author = spec.Site.ShortName + Offices[random.Next(Offices.Length)],
            Body = corpus.Body(random),
            IsExternalSource = spec.IsExternalSource,
            RevisionNumber = 1,
            CreatedAt = at,
            CreatedById = team?.Author.Id ?? authorId,
            UpdatedAt = at.AddMinutes(random.Next(0, 60 * 24 * 2)),
            Version = 1,
        };
        var revision = ArticleRevision.Of(article, 1, isAutosave: false, article.CreatedById, article.UpdatedAt);
        revision.Id = ids.Revision++;
        var graph = new ArticleGraph { Article = article, Revision = revision };
        if (spec.Fate == Fate.Draft)
        {
            return graph;
        }

        article.Submit();
        var submittedAt = article.UpdatedAt.AddMinutes(random.Next(1, 60));
        var review = team is null ? null : graph.StartReview(spec, team, submittedAt, ids);
        var decidedAt = submittedAt;
        switch (spec.Fate)
        {
            case Fate.Returned:
                decidedAt = decidedAt.AddMinutes(random.Next(10, 60 * 24));
                review!.Return(1, team!.Reviewer, "请补充活动的时间、地点和参加人数，核实数据后重新送审。", decidedAt);
                article.Return();
                break;
            case Fate.WaitingFirstStep:
                break;
            default:
                var steps = review?.Steps.Count ?? 0;
                var last = spec.Fate == Fate.WaitingLastStep ? steps - 1 : steps;
                for (var step = 1; step <= last; step++)
                {
                    var holder = review!.Steps[step - 1].Kind == ReviewStepKind.Secrecy ? team!.Secrecy : team!.Reviewer;
                    decidedAt = decidedAt.AddMinutes(random.Next(5, 60 * 8));
                    review.Approve(step, holder, Opinion(review.Steps[step - 1].Kind), Min(decidedAt, now));
                }

                break;
        }

        graph.Finish(spec, review, Min(decidedAt, now), random, ids, now);
        return graph;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Opinion(ReviewStepKind kind) => kind switch
    {
        ReviewStepKind.Secrecy => "经审查，不涉及国家秘密和工作秘密，同意公开。",
        ReviewStepKind.SourceCheck => "已核实转载来源，同意。",
        _ => "内容属实，同意。",
    };

    private Review StartReview(ArticleSpec spec, Team team, DateTimeOffset at, Ids ids)
    {
        var chain = new ReviewChain
        {
            SiteId = spec.Site.Id,
            Steps =
            [
                new() { Order = 1, Name = "初审", Kind = ReviewStepKind.Ordinary, Role = RoleNames.Reviewer },
                new() { Order = 2, Name = "来源审核", Kind = ReviewStepKind.SourceCheck, Role = RoleNames.Reviewer },
                new() { Order = 3, Name = "保密审查", Kind = ReviewStepKind.Secrecy, Role = RoleNames.SecrecyReviewer },
            ],
        };
        var review = Review.Start(chain, new Review.Submission(
            Article.Id, Revision.Id, spec.Site.Id, spec.ChannelId, spec.Site.UnitId, Article.CreatedById, spec.IsExternalSource, team.Author.Id, at));
        review.Id = ids.Review++;
        foreach (var step in review.Steps)
        {
            (step.Id, step.ReviewId) = (ids.Step++, review.Id);
        }

        Review = review;
        return review;
    }

    private void Finish(ArticleSpec spec, Review? review, DateTimeOffset decidedAt, Random random, Ids ids, DateTimeOffset now)
    {
        if (review is not null)
        {
            foreach (var decision in review.Decisions)
            {
                (decision.Id, decision.ReviewId) = (ids.Decision++, review.Id);
            }

            review.Version = review.Decisions.Count;
        }

        Article.UpdatedAt = decidedAt;
        if (spec.Fate is not (Fate.Published or Fate.Withdrawn))
        {
            return;
        }

        Article.Approve(Revision.Id, decidedAt);
        Events.Add(Event(ids, ArticleEventKind.Published, decidedAt, Revision.Id));
        if (spec.Fate == Fate.Withdrawn)
        {
            var withdrawnAt = Min(decidedAt.AddDays(random.Next(1, 100)), now);
            Article.Withdraw("信息已过时效，按规定撤稿。", withdrawnAt);
            Article.UpdatedAt = withdrawnAt;
            Events.Add(Event(ids, ArticleEventKind.Withdrawn, withdrawnAt, null));
        }
    }

    /// <summary>An outbox event the publisher has already handled, as it would have for old articles.</summary>
    private ArticleEvent Event(Ids ids, ArticleEventKind kind, DateTimeOffset at, int? revisionId) => new()
    {
        Id = ids.Event++,
        ArticleId = Article.Id,
        SiteId = Article.SiteId,
        Kind = kind,
        RevisionId = revisionId,
        DueAt = at,
        CreatedAt = at,
        ProcessedAt = at.AddMinutes(1),
    };
}
