namespace GovSites.Platform.Security;

/// <summary>Claim types GovSites adds to a staff sign-in, read by the audit writer and <c>CurrentStaff</c>.</summary>
public static class StaffClaims
{
    public const string UnitId = "govsites:unit";
    public const string DisplayName = "govsites:name";
    public const string PasswordChanged = "govsites:pwd";
}
