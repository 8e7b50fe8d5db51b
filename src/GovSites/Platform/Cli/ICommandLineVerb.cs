using System.CommandLine;

namespace GovSites.Platform.Cli;

/// <summary>A <c>govsites &lt;verb&gt;</c> command; modules register theirs in DI.</summary>
public interface ICommandLineVerb
{
    Command Build(IServiceProvider services);
}
