namespace GovSites.Modules.Content;

/// <summary>
/// 稿件的工作状态 (of the working copy). Whether something is public is separate: <see cref="Article.LiveRevisionId"/>.
/// An approved article edited again goes back to <see cref="Draft"/> while its approved revision stays live
/// until the new one is approved (GOV.UK and Orchard work the same way).
/// </summary>
public enum ArticleState
{
    /// <summary>草稿</summary>
    Draft = 0,

    /// <summary>审核中</summary>
    InReview = 1,

    /// <summary>已退回</summary>
    Returned = 2,

    /// <summary>已审核通过（已发布或等待定时发布）</summary>
    Approved = 3,

    /// <summary>已撤稿</summary>
    Withdrawn = 4,
}

public static class ArticleStateNames
{
    public static string ToChinese(this ArticleState state) => state switch
    {
        ArticleState.Draft => "草稿",
        ArticleState.InReview => "审核中",
        ArticleState.Returned => "已退回",
        ArticleState.Approved => "已通过",
        _ => "已撤稿",
    };
}
