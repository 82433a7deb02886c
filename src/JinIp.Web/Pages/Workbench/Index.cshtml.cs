using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Workflow;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Web.Pages.Workbench;

/// <summary>The staff workbench: who I am, and the working-day calendar every deadline is counted on.</summary>
public sealed class IndexModel(PlatformDbContext db, WorkingCalendar calendar, TimeProvider clock) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string OrganizationName { get; private set; } = "";

    public DateOnly Start { get; private set; }

    public int Days { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public string? DaysError { get; private set; }

    public bool CalendarCovers { get; private set; }

    public IReadOnlyList<(DateOnly Day, string Name)> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(DateOnly? start, int? days, CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        DisplayName = User.FindFirst(JinIpClaims.DisplayName)?.Value ?? actor.Name;
        OrganizationName = await db.Organizations.Where(o => o.Id == actor.OrganizationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? "";

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);
        Start = start ?? today;
        Days = days ?? 30;
        if (Days is < 0 or > 3650)
        {
            DaysError = "WorkingDaysRange";
        }
        else
        {
            DueDate = calendar.AddWorkingDays(Start, Days);
            CalendarCovers = calendar.HasDataFor(Start.Year) && calendar.HasDataFor(DueDate.Value.Year);
        }

        var upcoming = new List<(DateOnly, string)>();
        for (var day = today; day <= today.AddDays(120) && upcoming.Count < 8; day = day.AddDays(1))
        {
            if (calendar.HolidayName(day) is { } name && (upcoming.Count == 0 || upcoming[^1].Item2 != name))
            {
                upcoming.Add((day, name));
            }
        }

        Upcoming = upcoming;
    }
}
