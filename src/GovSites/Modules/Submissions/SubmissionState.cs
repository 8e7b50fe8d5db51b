namespace GovSites.Modules.Submissions;

/// <summary>报送状态</summary>
public enum SubmissionState
{
    /// <summary>已报送: waiting for a portal editor.</summary>
    Submitted = 0,

    /// <summary>已采用: the article appears in the portal channel, crediting the unit.</summary>
    Adopted = 1,

    /// <summary>已退稿</summary>
    Returned = 2,

    /// <summary>请修改: the unit revises the article and submits again.</summary>
    RevisionRequested = 3,

    /// <summary>已撤回 by the unit.</summary>
    Withdrawn = 4,
}

public static class SubmissionStateNames
{
    public static string ToChinese(this SubmissionState state) => state switch
    {
        SubmissionState.Submitted => "已报送",
        SubmissionState.Adopted => "已采用",
        SubmissionState.Returned => "已退稿",
        SubmissionState.RevisionRequested => "请修改",
        _ => "已撤回",
    };

    /// <summary>States in which the article counts as submitted to the channel: no second submission.</summary>
    public static bool IsActive(this SubmissionState state) =>
        state is SubmissionState.Submitted or SubmissionState.Adopted or SubmissionState.RevisionRequested;
}
