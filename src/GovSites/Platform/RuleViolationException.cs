namespace GovSites.Platform;

/// <summary>
/// A state machine or business rule refused a move. The message is Chinese and meant for the user;
/// pages and APIs show it as it is (400/409), and nothing has been saved.
/// </summary>
public sealed class RuleViolationException(string message) : InvalidOperationException(message);
