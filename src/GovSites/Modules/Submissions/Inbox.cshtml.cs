using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Submissions;

/// <summary>报送待处理: submissions waiting in the portal channels the editor decides for, oldest first.</summary>
public sealed class InboxModel(GovSitesDbContext db, SubmissionAccess access) : PageModel
{
    private const int MaxRows = 200;

    public List<(int Id, string Name)> Channels { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "channel")]
    public int? ChannelId { get; set; }

    public List<SubmissionRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var channels = await access.DecidableChannels().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync();
        if (channels.Count == 0)
        {
            return Forbid();
        }

        Channels = [.. channels.Select(c => (c.Id, c.Name))];
        var ids = Channels.Select(c => c.Id).Where(id => ChannelId is null || id == ChannelId).ToList();
        var waiting = db.Set<Submission>()
            .Where(s => s.State == SubmissionState.Submitted && ids.Contains(s.ChannelId))
            .OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).Take(MaxRows);
        Rows = await SubmissionRow.ListAsync(db, waiting);
        return Page();
    }
}
