namespace GovSites.Modules.Review;

/// <summary>审核状态</summary>
public enum ReviewState
{
    /// <summary>审核中</summary>
    InProgress = 0,

    /// <summary>已通过（最后一个环节审核通过，稿件发布或等待定时发布）</summary>
    Approved = 1,

    /// <summary>已退回（退回作者修改）</summary>
    Returned = 2,

    /// <summary>已撤回（作者撤回送审）</summary>
    Recalled = 3,
}

/// <summary>审核意见</summary>
public enum ReviewDecisionKind
{
    /// <summary>通过</summary>
    Approve = 0,

    /// <summary>退回</summary>
    Return = 1,
}

public static class ReviewStateNames
{
    public static string ToChinese(this ReviewState state) => state switch
    {
        ReviewState.InProgress => "审核中",
        ReviewState.Approved => "已通过",
        ReviewState.Returned => "已退回",
        _ => "已撤回",
    };

    public static string ToChinese(this ReviewDecisionKind kind) => kind == ReviewDecisionKind.Approve ? "通过" : "退回";
}
