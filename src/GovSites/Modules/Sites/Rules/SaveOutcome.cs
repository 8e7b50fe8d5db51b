namespace GovSites.Modules.Sites.Rules;

public enum SaveStatus
{
    Saved,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>
/// What a use case (create, edit, delete) did. Pages and the API turn it into their own answers:
/// 404, 403, the form again with messages (400 in the API), or the conflict message (409).
/// </summary>
public sealed record SaveOutcome(SaveStatus Status, int Id = 0, RuleErrors? Errors = null)
{
    public const string ConflictMessage = "该记录已被他人修改，请刷新后重新编辑。";

    public static readonly SaveOutcome NotFound = new(SaveStatus.NotFound);
    public static readonly SaveOutcome Forbidden = new(SaveStatus.Forbidden);
    public static readonly SaveOutcome Conflict = new(SaveStatus.Conflict);

    public static SaveOutcome Saved(int id) => new(SaveStatus.Saved, id);

    public static SaveOutcome Invalid(RuleErrors errors) => new(SaveStatus.Invalid, Errors: errors);
}
