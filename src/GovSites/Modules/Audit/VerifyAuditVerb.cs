using System.CommandLine;
using GovSites.Platform.Cli;

namespace GovSites.Modules.Audit;

/// <summary><c>govsites audit-verify</c>: checks the audit chain; exit code 0 when intact, 3 when broken.</summary>
internal sealed class VerifyAuditVerb : ICommandLineVerb
{
    public Command Build(IServiceProvider services)
    {
        var command = new Command("audit-verify", "校验审计日志哈希链是否完整");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
            if (result.IsIntact)
            {
                Console.WriteLine($"审计日志完整：共 {result.Checked} 条，哈希链无断点。");
                return 0;
            }

            await Console.Error.WriteLineAsync($"审计日志不完整：前 {result.Checked} 条完好，第 {result.FirstBrokenSequence} 条起断开。{result.Reason}");
            return 3;
        });
        return command;
    }
}
