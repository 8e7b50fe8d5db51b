namespace GovSites.Modules.Review.Chains;

/// <summary>审核环节类型</summary>
public enum ReviewStepKind
{
    /// <summary>普通审核环节（初审、分管领导审核……），每个流程 1 至 5 个。</summary>
    Ordinary = 0,

    /// <summary>保密审查：每个流程有且只有一个，任何流程都不能省略。</summary>
    Secrecy = 1,

    /// <summary>来源审核：只有非本单位制文经过这一环节。</summary>
    SourceCheck = 2,
}

public static class ReviewStepKindNames
{
    public static string ToChinese(this ReviewStepKind kind) => kind switch
    {
        ReviewStepKind.Ordinary => "审核",
        ReviewStepKind.Secrecy => "保密审查",
        _ => "来源审核（仅非本单位制文）",
    };
}
