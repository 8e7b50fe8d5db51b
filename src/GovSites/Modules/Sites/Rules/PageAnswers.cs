using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovSites.Modules.Sites.Rules;

/// <summary>How the site and channel pages answer a posted form, the same way on every page.</summary>
public static class PageAnswers
{
    /// <summary>
    /// The framework's own messages for values it could not bind (text in a number field, an unknown
    /// option) are English; they are replaced here, beside their field and named by <paramref name="label"/>
    /// (which gets the property name). True when there were any.
    /// </summary>
    public static bool TranslateBindingErrors(this ModelStateDictionary modelState, Func<string, string> label)
    {
        var any = false;
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            any = true;
            var name = label(key[(key.LastIndexOf('.') + 1)..]);
            var value = entry.AttemptedValue;
            entry.Errors.Clear();
            entry.Errors.Add(string.IsNullOrEmpty(value) ? $"请填写{name}。" : $"{name}填写的“{value}”不是有效的值，请重新填写。");
        }

        return any;
    }

    /// <summary>
    /// 404 and 403 as the use case decided; the conflict or the rule messages shown on the form again
    /// (nothing was saved); <paramref name="saved"/> otherwise.
    /// </summary>
    public static async Task<IActionResult> AnswerAsync(
        this PageModel page, SaveOutcome outcome, Func<IActionResult> saved, Func<Task<IActionResult>> redisplay)
    {
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                return saved();
            case SaveStatus.NotFound:
                return page.NotFoundPage();
            case SaveStatus.Forbidden:
                return page.ForbiddenPage();
            case SaveStatus.Conflict:
                page.ModelState.AddModelError(string.Empty, SaveOutcome.ConflictMessage);
                break;
            default:
                outcome.Errors?.CopyTo(page.ModelState, "Input");
                break;
        }

        return await redisplay();
    }

    /// <summary>404 for a record the user may not see: the admin's status page.</summary>
    public static IActionResult NotFoundPage(this PageModel page) => page.NotFound();

    /// <summary>
    /// 403 for a change the user may not make to a record they may see (recorded by DenialAudit).
    /// which records the denial in the audit trail and shows 无权访问.
    /// </summary>
    public static IActionResult ForbiddenPage(this PageModel page) => page.StatusCode(StatusCodes.Status403Forbidden);
}
