using JinIp.Protection.Cases;
using JinIp.Protection.Platforms;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace JinIp.Web.Pages.Protection.Platforms;

/// <summary>A platform's notices and takedowns; the city and district offices send notices, record answers, request takedowns and record removals.</summary>
[Authorize(Policy = WebServices.StaffPolicy)]
public sealed class DetailModel(PlatformSupervision supervision, IStringLocalizer<SharedResource> localizer) : RegistryDetailPage<PlatformView>
{
    /// <summary>Times typed on the page are Beijing time.</summary>
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public PlatformView Platform => Entry!;

    [BindProperty]
    public NoticeForm Notice { get; set; } = new();

    [BindProperty]
    public TakedownForm Takedown { get; set; } = new();

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) => RunAsync(id, "Notice.", () =>
        supervision.SendNoticeAsync(Actor, id, new NoticeInput(Notice.SentOn, Notice.Subject, Notice.RequiredAction, Notice.DueWorkingDays), ct), localizer["Insight.NoticeSaved"], ct);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, Guid noticeId, DateOnly? answeredOn, string? answer, CancellationToken ct) => RunAsync(id, "Answer.", () =>
        supervision.AnswerNoticeAsync(Actor, noticeId, new NoticeAnswerInput(answeredOn, answer), ct), localizer["Insight.AnswerSaved"], ct);

    public Task<IActionResult> OnPostTakedownAsync(Guid id, CancellationToken ct) => RunAsync(id, "Takedown.", () =>
        supervision.RequestTakedownAsync(Actor, id, new TakedownInput(Takedown.Link, Takedown.RightType, Takedown.RightNumber, Takedown.RequestedAt is { } at ? new DateTimeOffset(at, Beijing) : null), ct), localizer["Insight.TakedownSaved"], ct);

    public Task<IActionResult> OnPostRemovedAsync(Guid id, Guid takedownId, DateTime? removedAt, CancellationToken ct) => RunAsync(id, "Removed.", () =>
        supervision.MarkRemovedAsync(Actor, takedownId, new TakedownRemovedInput(removedAt is { } at ? new DateTimeOffset(at, Beijing) : null), ct), localizer["Insight.RemovedSaved"], ct);

    protected override string PathOf(Guid id) => $"/Protection/Platforms/Detail/{id:D}";

    protected override Task<PlatformView> GetAsync(Guid id, CancellationToken ct) => supervision.GetAsync(Actor, id, ct);

    public sealed class NoticeForm
    {
        public DateOnly? SentOn { get; set; }

        public string? Subject { get; set; }

        public string? RequiredAction { get; set; }

        public int? DueWorkingDays { get; set; } = 10;
    }

    public sealed class TakedownForm
    {
        public string? Link { get; set; }

        public RightType? RightType { get; set; }

        public string? RightNumber { get; set; }

        /// <summary>Beijing time; empty for now.</summary>
        public DateTime? RequestedAt { get; set; }
    }
}
