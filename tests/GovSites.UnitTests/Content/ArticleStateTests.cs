using GovSites.Modules.Content;
using GovSites.Platform;

namespace GovSites.UnitTests.Content;

/// <summary>Every transition of the article state machine, legal and illegal.</summary>
public sealed class ArticleStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static Article NewArticle() => new() { Title = "标题", Body = "<p>正文</p>" };

    private static Article InState(ArticleState state)
    {
        var a = NewArticle();
        switch (state)
        {
            case ArticleState.InReview:
                a.Submit();
                break;
            case ArticleState.Returned:
                a.Submit();
                a.Return();
                break;
            case ArticleState.Approved:
                a.Submit();
                a.Approve(1, Now);
                break;
            case ArticleState.Withdrawn:
                a.Submit();
                a.Approve(1, Now);
                a.Withdraw("内容有误", Now);
                break;
        }

        Assert.Equal(state, a.State);
        return a;
    }

    public static TheoryData<ArticleState, string, bool> Transitions => new()
    {
        { ArticleState.Draft, "Submit", true },
        { ArticleState.Returned, "Submit", true },
        { ArticleState.InReview, "Submit", false },
        { ArticleState.Approved, "Submit", false },
        { ArticleState.Withdrawn, "Submit", false },
        { ArticleState.InReview, "Recall", true },
        { ArticleState.Draft, "Recall", false },
        { ArticleState.Returned, "Recall", false },
        { ArticleState.Approved, "Recall", false },
        { ArticleState.Withdrawn, "Recall", false },
        { ArticleState.InReview, "Return", true },
        { ArticleState.Draft, "Return", false },
        { ArticleState.Returned, "Return", false },
        { ArticleState.Approved, "Return", false },
        { ArticleState.Withdrawn, "Return", false },
        { ArticleState.InReview, "Approve", true },
        { ArticleState.Draft, "Approve", false },
        { ArticleState.Returned, "Approve", false },
        { ArticleState.Approved, "Approve", false },
        { ArticleState.Withdrawn, "Approve", false },
        { ArticleState.Draft, "Edit", true },
        { ArticleState.Returned, "Edit", true },
        { ArticleState.Approved, "Edit", true },
        { ArticleState.Withdrawn, "Edit", true },
        { ArticleState.InReview, "Edit", false },
        { ArticleState.Approved, "Withdraw", true },
        { ArticleState.Draft, "Withdraw", false },
        { ArticleState.InReview, "Withdraw", false },
        { ArticleState.Returned, "Withdraw", false },
        { ArticleState.Withdrawn, "Withdraw", false },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_FromState_IsAllowedOrRefused(ArticleState from, string transition, bool allowed)
    {
        var article = InState(from);
        Action act = transition switch
        {
            "Submit" => article.Submit,
            "Recall" => article.Recall,
            "Return" => article.Return,
            "Approve" => () => article.Approve(2, Now),
            "Edit" => article.Edit,
            _ => () => article.Withdraw("已过时", Now),
        };

        if (allowed)
        {
            act();
        }
        else
        {
            var before = article.State;
            Assert.Throws<RuleViolationException>(act);
            Assert.Equal(before, article.State);
        }
    }

    [Fact]
    public void Approve_FuturePublishAt_SchedulesAndIsNotLiveYet()
    {
        var article = NewArticle();
        article.PublishAt = Now.AddDays(1);
        article.Submit();

        article.Approve(5, Now);

        Assert.Equal(5, article.LiveRevisionId);
        Assert.Equal(Now.AddDays(1), article.PublishedAt);
        Assert.False(article.IsLive(Now));
        Assert.True(article.IsLive(Now.AddDays(1)));
    }

    [Fact]
    public void EditApproved_KeepsTheLiveRevisionUntilTheNextApproval()
    {
        var article = InState(ArticleState.Approved);

        article.Edit();
        article.Submit();

        Assert.Equal(1, article.LiveRevisionId);
        Assert.Equal(Now, article.PublishedAt);
        article.Approve(2, Now.AddHours(3));
        Assert.Equal(2, article.LiveRevisionId);
        Assert.Equal(Now, article.PublishedAt);
    }

    [Fact]
    public void Withdraw_WithoutReason_IsRefused()
    {
        var article = InState(ArticleState.Approved);

        Assert.Throws<RuleViolationException>(() => article.Withdraw("  ", Now));
        Assert.Equal(1, article.LiveRevisionId);
    }

    [Fact]
    public void ChangePublicationTime_NeedsAReasonAndAPublishedArticle()
    {
        Assert.Throws<RuleViolationException>(() => NewArticle().ChangePublicationTime(Now, "补录"));
        var article = InState(ArticleState.Approved);
        Assert.Throws<RuleViolationException>(() => article.ChangePublicationTime(Now.AddDays(-1), ""));

        article.ChangePublicationTime(Now.AddDays(-1), "按原发文日期更正");

        Assert.Equal(Now.AddDays(-1), article.PublishedAt);
        Assert.Equal("按原发文日期更正", article.PublishedAtChangeReason);
    }
}
