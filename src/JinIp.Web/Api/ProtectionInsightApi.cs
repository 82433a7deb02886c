using JinIp.Platform.Errors;
using JinIp.Protection.Customs;
using JinIp.Protection.Insight;
using JinIp.Protection.Platforms;
using JinIp.Protection.TypicalCases;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>
/// Protection insight: the customs recordation registry and seizures, supervised online platforms, hotspots and
/// spike warnings, annual statistics, and typical cases (published ones open to everyone). Each service checks who
/// may do what; the groups only require a signed-in staff member.
/// </summary>
internal static class ProtectionInsightApi
{
    public static IEndpointRouteBuilder MapProtectionInsightApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api/v1/protection").WithTags("Protection insight");
        var staff = root.MapGroup("").RequireAuthorization(WebServices.StaffPolicy);

        var customs = staff.MapGroup("/customs");
        customs.MapGet("/recordations", (HttpContext c, CustomsRegistry r, string? q, RecordationStatus? status, bool? expiring, CancellationToken ct) => Ok(r.ListAsync(Actor(c), q, status, expiring ?? false, ct)))
            .WithName("ListCustomsRecordations").WithSummary("Customs recordations, filtered by text or status; expiring=true lists those ending within the warning period");
        customs.MapPost("/recordations", async (HttpContext c, CustomsRegistry r, RecordationInput? input, CancellationToken ct) => TypedResults.Ok(await r.CreateAsync(Actor(c), input ?? new RecordationInput(null, null, null, null, null, null), ct)))
            .WithName("CreateCustomsRecordation").WithSummary("Records a filing; the decision is due 30 working days later (customs and the office)");
        customs.MapGet("/recordations/{id:guid}", (HttpContext c, CustomsRegistry r, Guid id, CancellationToken ct) => Ok(r.GetAsync(Actor(c), id, ct)))
            .WithName("GetCustomsRecordation").WithSummary("One recordation with its renewals and the seizures the caller may see");
        customs.MapPost("/recordations/{id:guid}/decision", async (HttpContext c, CustomsRegistry r, Guid id, DecisionInput? input, CancellationToken ct) => TypedResults.Ok(await r.DecideAsync(Actor(c), id, input ?? new DecisionInput(0, false, null, null), ct)))
            .WithName("DecideCustomsRecordation").WithSummary("Approves (valid 10 years from the approval date) or refuses a recordation");
        customs.MapPost("/recordations/{id:guid}/renewals", async (HttpContext c, CustomsRegistry r, Guid id, RenewalInput? input, CancellationToken ct) => TypedResults.Ok(await r.RenewAsync(Actor(c), id, input ?? new RenewalInput(0, null), ct)))
            .WithName("RenewCustomsRecordation").WithSummary("Renews within the last 6 months of validity: 10 more years from the day after the old period");
        customs.MapPost("/recordations/{id:guid}/seizures", async (HttpContext c, CustomsRegistry r, Guid id, SeizureInput? input, CancellationToken ct) => TypedResults.Ok(await r.AddSeizureAsync(Actor(c), id, input ?? new SeizureInput(null, null, null, null, null, null, null, null), ct)))
            .WithName("AddCustomsSeizure").WithSummary("Records a detention of goods under the recordation");
        customs.MapGet("/seizures", (HttpContext c, CustomsRegistry r, CancellationToken ct) => Ok(r.SeizuresAsync(Actor(c), null, ct)))
            .WithName("ListCustomsSeizures").WithSummary("Seizures of the caller's unit (all for the office)");
        customs.MapPost("/seizures/{id:guid}/outcome", async (HttpContext c, CustomsRegistry r, Guid id, SeizureOutcomeInput? input, CancellationToken ct) => TypedResults.Ok(await r.SetSeizureOutcomeAsync(Actor(c), id, input ?? new SeizureOutcomeInput(0, SeizureOutcome.Pending, null), ct)))
            .WithName("SetCustomsSeizureOutcome").WithSummary("Records what a seizure came to");

        var platforms = staff.MapGroup("/platforms");
        platforms.MapGet("/", (HttpContext c, PlatformSupervision p, CancellationToken ct) => Ok(p.ListAsync(Actor(c), ct)))
            .WithName("ListSupervisedPlatforms").WithSummary("Platforms under supervision the caller may see, with their figures");
        platforms.MapPost("/", async (HttpContext c, PlatformSupervision p, PlatformInput? input, CancellationToken ct) => TypedResults.Ok(await p.CreateAsync(Actor(c), input ?? new PlatformInput(null, null, null, null, null), ct)))
            .WithName("CreateSupervisedPlatform").WithSummary("Adds a platform to the supervision list (city and district offices)");
        platforms.MapGet("/{id:guid}", (HttpContext c, PlatformSupervision p, Guid id, CancellationToken ct) => Ok(p.GetAsync(Actor(c), id, ct)))
            .WithName("GetSupervisedPlatform").WithSummary("A platform with its notices and takedowns");
        platforms.MapPost("/{id:guid}/notices", async (HttpContext c, PlatformSupervision p, Guid id, NoticeInput? input, CancellationToken ct) => TypedResults.Ok(await p.SendNoticeAsync(Actor(c), id, input ?? new NoticeInput(null, null, null, null), ct)))
            .WithName("SendPlatformNotice").WithSummary("Records a supervision notice with its due date in working days");
        platforms.MapPost("/notices/{id:guid}/answer", async (HttpContext c, PlatformSupervision p, Guid id, NoticeAnswerInput? input, CancellationToken ct) => TypedResults.Ok(await p.AnswerNoticeAsync(Actor(c), id, input ?? new NoticeAnswerInput(null, null), ct)))
            .WithName("AnswerPlatformNotice").WithSummary("Records the platform's answer to a notice");
        platforms.MapPost("/{id:guid}/takedowns", async (HttpContext c, PlatformSupervision p, Guid id, TakedownInput? input, CancellationToken ct) => TypedResults.Ok(await p.RequestTakedownAsync(Actor(c), id, input ?? new TakedownInput(null, null, null, null), ct)))
            .WithName("RequestPlatformTakedown").WithSummary("Records a takedown request for an infringing link");
        platforms.MapPost("/takedowns/{id:guid}/removed", async (HttpContext c, PlatformSupervision p, Guid id, TakedownRemovedInput? input, CancellationToken ct) => TypedResults.Ok(await p.MarkRemovedAsync(Actor(c), id, input ?? new TakedownRemovedInput(null), ct)))
            .WithName("MarkPlatformTakedownRemoved").WithSummary("Records when the link came down");

        var insight = staff.MapGroup("/insight");
        insight.MapGet("/hotspots", (HttpContext c, CaseInsight i, DateOnly? from, DateOnly? to, CancellationToken ct) => Ok(i.HotspotsAsync(Actor(c), from, to, ct)))
            .WithName("GetProtectionHotspots").WithSummary("Case counts by right type, product category, district, platform and month");
        insight.MapGet("/repeat-infringers", (HttpContext c, CaseInsight i, int? minimum, CancellationToken ct) => Ok(i.RepeatInfringersAsync(Actor(c), minimum ?? 2, ct)))
            .WithName("ListRepeatInfringers").WithSummary("Infringers with several cases, matched by normalized name, with their cases");
        insight.MapGet("/spikes", (HttpContext c, CaseInsight i, CancellationToken ct) => Ok(i.AlertsAsync(Actor(c), ct)))
            .WithName("ListSpikeAlerts").WithSummary("Spike warnings sent to the office (office only)");
        insight.MapGet("/statistics", (HttpContext c, AnnualStatistics s, int? year, Guid? unit, CancellationToken ct) => Ok(s.ComputeAsync(Actor(c), Year(year), unit, ct)))
            .WithName("GetProtectionStatistics").WithSummary("Annual report figures by handling unit");
        insight.MapGet("/statistics/export", async (HttpContext c, AnnualStatistics s, int? year, Guid? unit, CancellationToken ct) =>
        {
            var zh = UiCulture.IsCurrentChinese;
            var figures = await s.ComputeAsync(Actor(c), Year(year), unit, ct);
            return TypedResults.File(AnnualStatistics.ToExcel(figures, zh), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"protection-statistics-{figures.Year}.xlsx");
        }).WithName("ExportProtectionStatistics").WithSummary("The annual figures as an Excel workbook with Chinese (or English) headers");

        var typical = staff.MapGroup("/typical-cases/manage");
        typical.MapGet("/", (HttpContext c, TypicalCaseService t, CancellationToken ct) => Ok(t.ListAsync(Actor(c), ct)))
            .WithName("ListTypicalCasesForStaff").WithSummary("Typical cases of the caller's cases (all for the office), published or not");
        typical.MapGet("/candidates", (HttpContext c, TypicalCaseService t, CancellationToken ct) => Ok(t.CandidatesAsync(Actor(c), ct)))
            .WithName("ListTypicalCaseCandidates").WithSummary("Closed cases not yet chosen");
        typical.MapPost("/", async (HttpContext c, TypicalCaseService t, TypicalCaseInput? input, CancellationToken ct) => TypedResults.Ok(await t.CreateAsync(Actor(c), input ?? new TypicalCaseInput(null, null, null, null, null), ct)))
            .WithName("CreateTypicalCase").WithSummary("Chooses a closed case and writes its summary");
        typical.MapPut("/{id:guid}", async (HttpContext c, TypicalCaseService t, Guid id, TypicalCaseInput? input, CancellationToken ct) => TypedResults.Ok(await t.UpdateAsync(Actor(c), id, input ?? new TypicalCaseInput(null, null, null, null, null), ct)))
            .WithName("UpdateTypicalCase").WithSummary("Edits the write-up (a published one is masked again)");
        typical.MapPost("/{id:guid}/publish", async (HttpContext c, TypicalCaseService t, Guid id, int? version, CancellationToken ct) => TypedResults.Ok(await t.PublishAsync(Actor(c), id, version, ct)))
            .WithName("PublishTypicalCase").WithSummary("Publishes with personal data masked (office)");
        typical.MapPost("/{id:guid}/unpublish", async (HttpContext c, TypicalCaseService t, Guid id, int? version, CancellationToken ct) => TypedResults.Ok(await t.UnpublishAsync(Actor(c), id, version, ct)))
            .WithName("UnpublishTypicalCase").WithSummary("Withdraws a published typical case (office)");

        var open = root.MapGroup("/typical-cases").AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit);
        open.MapGet("/", (TypicalCaseService t, CancellationToken ct) => Ok(t.PublishedAsync(ct)))
            .WithName("ListPublishedTypicalCases").WithSummary("Published typical cases, personal data masked");
        open.MapGet("/{id:guid}", async Task<Results<Ok<PublicTypicalCase>, NotFound<ProblemDetails>>> (TypicalCaseService t, Guid id, CancellationToken ct) =>
            await t.PublishedAsync(id, ct) is { } found
                ? TypedResults.Ok(found)
                : TypedResults.NotFound(new ProblemDetails { Status = 404, Title = UiCulture.IsCurrentChinese ? "未找到" : "Not found" }))
            .WithName("GetPublishedTypicalCase").WithSummary("One published typical case");
        return app;
    }

    private static JinIp.Platform.Identity.Actor Actor(HttpContext context) => HttpActorAccessor.FromContext(context);

    private static async Task<Ok<T>> Ok<T>(Task<T> task) => TypedResults.Ok(await task);

    private static int Year(int? year) => year switch
    {
        null => DateTime.UtcNow.Year,
        >= 2000 and <= 2100 => year.Value,
        _ => throw new ValidationException("year", "年份须在2000至2100之间。", "The year must lie between 2000 and 2100."),
    };
}
