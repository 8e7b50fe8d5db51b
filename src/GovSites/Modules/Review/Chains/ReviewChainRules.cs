using GovSites.Modules.Organization;

namespace GovSites.Modules.Review.Chains;

/// <summary>
/// What makes a chain valid. 双政办发〔2008〕25号 四: nothing goes online without review and a
/// confidentiality check, and information the unit did not author gets an extra check.
/// </summary>
public static class ReviewChainRules
{
    public const int MaxOrdinarySteps = 5;

    public const int MaxNameLength = 20;

    /// <summary>The roles whose holders act on a site through a grant; only they can hold a step by role.</summary>
    public static readonly IReadOnlyList<string> StepRoles =
        [RoleNames.Reviewer, RoleNames.SecrecyReviewer, RoleNames.PortalEditor, RoleNames.InfoOfficer];

    /// <summary>Errors in Chinese, empty when the chain may be saved. <paramref name="unitAccountIds"/>: the accounts of the site's unit.</summary>
    public static List<string> Validate(IReadOnlyList<ReviewChainStep> steps, IReadOnlySet<int> unitAccountIds)
    {
        var errors = new List<string>();
        var ordinary = steps.Count(s => s.Kind == ReviewStepKind.Ordinary);
        if (ordinary == 0)
        {
            errors.Add("至少需要设置一个审核环节（如“初审”）。");
        }
        else if (ordinary > MaxOrdinarySteps)
        {
            errors.Add($"审核环节最多 {MaxOrdinarySteps} 个（不含保密审查和来源审核）。");
        }

        if (steps.Count(s => s.Kind == ReviewStepKind.Secrecy) != 1)
        {
            errors.Add("每个审核流程都必须有且只有一个保密审查环节，不能省略。");
        }

        if (steps.Count(s => s.Kind == ReviewStepKind.SourceCheck) != 1)
        {
            errors.Add("必须设置一个来源审核环节，供非本单位制文使用。");
        }

        foreach (var step in steps)
        {
            errors.AddRange(StepErrors(step, unitAccountIds));
        }

        return errors;
    }

    private static IEnumerable<string> StepErrors(ReviewChainStep step, IReadOnlySet<int> unitAccountIds)
    {
        var label = string.IsNullOrWhiteSpace(step.Name) ? $"第 {step.Order} 个环节" : $"“{step.Name}”环节";
        if (string.IsNullOrWhiteSpace(step.Name))
        {
            yield return $"{label}须填写名称。";
        }
        else if (step.Name.Length > MaxNameLength)
        {
            yield return $"{label}的名称不能超过 {MaxNameLength} 个字。";
        }

        var named = step.AccountIds.Count > 0;
        if (named && step.Role is not null)
        {
            yield return $"{label}请在“担任角色”和“指定人员”中选择其一。";
        }
        else if (!named && step.Role is null)
        {
            yield return $"{label}须指定担任的角色或人员。";
        }
        else if (step.Role is { } role && !StepRoles.Contains(role))
        {
            yield return $"{label}的担任角色无效。";
        }
        else if (step.Kind == ReviewStepKind.Secrecy && step.Role is { } secrecyRole && secrecyRole != RoleNames.SecrecyReviewer)
        {
            yield return "保密审查环节须由保密审查员或指定人员担任。";
        }

        if (step.AccountIds.Any(id => !unitAccountIds.Contains(id)))
        {
            yield return $"{label}指定的人员须是本站点所属单位的工作人员。";
        }
    }
}
