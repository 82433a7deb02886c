using JinIp.Creation;
using JinIp.Creation.Registrations;
using JinIp.Creation.Statistics;
using JinIp.Platform.Identity;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>
/// Copyright work registration (作品登记): applicants file and follow their own registrations, office staff
/// review them; verification by number and the public notice list are open to everyone.
/// </summary>
internal static class CopyrightApi
{
    public static readonly string[] FilingRoles = [Roles.Applicant, Roles.Admin, Roles.OfficeStaff];
    public static readonly string[] ReviewerRoles = [Roles.Admin, Roles.OfficeStaff];

    public static IEndpointRouteBuilder MapCopyrightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/copyright").WithTags("Copyright registration");
        var filing = api.MapGroup("/registrations").RequireAuthorization(p => p.RequireRole(FilingRoles));
        filing.MapGet("/", List).WithName("ListCopyrightRegistrations")
            .WithSummary("The caller's registrations (applicants) or the review queue (office), filtered by state, type, district, overdue");
        filing.MapPost("/", Create).WithName("CreateCopyrightDraft").WithSummary("Starts a draft registration (applicants); fields may be incomplete");
        filing.MapGet("/{id:guid}", Get).WithName("GetCopyrightRegistration").WithSummary("One registration with its samples, deadlines, history and the actions open to the caller");
        filing.MapPut("/{id:guid}", Save).WithName("SaveCopyrightDraft").WithSummary("Saves a draft or a correction; version is the one the caller edited (409 if it changed)");
        filing.MapPost("/{id:guid}/samples", UploadSample).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PlatformApi.AttachmentUploadLimit + (64 * 1024)))
            .WithName("UploadCopyrightSample").WithSummary("Adds a sample of the work (multipart field 'file'; type checked by content, size limited)");
        filing.MapPost("/{id:guid}/actions/{action}", Fire).WithName("FireCopyrightAction")
            .WithSummary("Fires a workflow step: submit, accept, start-review, request-correction, correct, register, reject, withdraw, lapse");
        filing.MapGet("/{id:guid}/certificate", Certificate).WithName("GetCopyrightCertificate").WithSummary("The registration certificate as PDF (registered works)");

        // REVIEW: a sample has its own short address: the platform's denial audit stores "METHOD path" in 100 characters.
        api.MapDelete("/samples/{id:guid}", RemoveSample).RequireAuthorization(p => p.RequireRole(FilingRoles))
            .WithName("RemoveCopyrightSample").WithSummary("Removes a sample from a draft or correction");

        var statistics = api.MapGroup("/statistics").RequireAuthorization(p => p.RequireRole(ReviewerRoles));
        statistics.MapGet("/", Statistics).WithName("GetCopyrightStatistics").WithSummary("Registrations by month, work type and district against the same period of last year");
        statistics.MapGet("/export", Export).WithName("ExportCopyrightStatistics").WithSummary("The same statistics as an Excel workbook");

        var open = api.MapGroup("").AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit);
        open.MapGet("/verify/{number}", Verify).WithName("VerifyCopyrightRegistration").WithSummary("A registered work by its number, personal ID numbers and phones masked");
        open.MapGet("/notices", Notices).WithName("ListCopyrightNotices").WithSummary("The public notice list of registered works, newest first");
        return app;
    }

    public sealed record ActionRequest(int Version, string? Comment);

    private static async Task<Ok<IReadOnlyList<RegistrationSummary>>> List(HttpContext context, CopyrightRegistrations registrations, string? state, WorkType? type, string? district, bool? overdue, string? q, CancellationToken ct) =>
        TypedResults.Ok(await registrations.ListAsync(HttpActorAccessor.FromContext(context), new RegistrationFilter { State = state, WorkType = type, DistrictCode = district, OverdueOnly = overdue ?? false, Text = q }, ct));

    private static async Task<Created<RegistrationView>> Create(RegistrationInput? input, HttpContext context, CopyrightRegistrations registrations, CancellationToken ct)
    {
        var view = await registrations.CreateDraftAsync(HttpActorAccessor.FromContext(context), input ?? new RegistrationInput(), ct);
        return TypedResults.Created($"/api/v1/copyright/registrations/{view.Id:D}", view);
    }

    private static async Task<Ok<RegistrationView>> Get(Guid id, HttpContext context, CopyrightRegistrations registrations, CancellationToken ct) =>
        TypedResults.Ok(await registrations.GetAsync(HttpActorAccessor.FromContext(context), id, ct));

    private static async Task<Ok<RegistrationView>> Save(Guid id, int version, RegistrationInput? input, HttpContext context, CopyrightRegistrations registrations, CancellationToken ct) =>
        TypedResults.Ok(await registrations.SaveAsync(HttpActorAccessor.FromContext(context), id, version, input ?? new RegistrationInput(), ct));

    private static async Task<Results<Created<SampleView>, ValidationProblem>> UploadSample(Guid id, HttpContext context, CopyrightRegistrations registrations, CancellationToken ct)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        var file = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [zh ? "请选择要上传的文件。" : "Choose a file to upload."] });
        }

        await using var stream = file.OpenReadStream();
        var sample = await registrations.AddSampleAsync(HttpActorAccessor.FromContext(context), id, stream, file.FileName, ct);
        return TypedResults.Created($"/api/v1/attachments/{sample.AttachmentId:D}", sample);
    }

    private static async Task<NoContent> RemoveSample(Guid id, HttpContext context, CopyrightRegistrations registrations, CancellationToken ct)
    {
        await registrations.RemoveSampleAsync(HttpActorAccessor.FromContext(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<RegistrationView>> Fire(Guid id, string action, ActionRequest? request, HttpContext context, CopyrightRegistrations registrations, CancellationToken ct)
    {
        if (request is null || request.Version <= 0)
        {
            throw new JinIp.Platform.Errors.ValidationException("version", "请提供您所看到的记录版本号。", "Give the version of the record you saw.");
        }

        return TypedResults.Ok(await registrations.FireAsync(HttpActorAccessor.FromContext(context), id, action, request.Version, request.Comment, ct));
    }

    private static async Task<FileContentHttpResult> Certificate(Guid id, HttpContext context, CopyrightCertificates certificates, CancellationToken ct)
    {
        var (fileName, pdf) = await certificates.RenderAsync(HttpActorAccessor.FromContext(context), id, BaseUrl(context), ct);
        return TypedResults.File(pdf, "application/pdf", fileName);
    }

    private static async Task<Ok<RegistrationStatistics>> Statistics(CopyrightStatistics statistics, CopyrightRegistrations registrations, int? year, CancellationToken ct) =>
        TypedResults.Ok(await statistics.ComputeAsync(CheckYear(year ?? registrations.Today.Year), JinIp.Platform.Errors.UiCulture.IsCurrentChinese, ct));

    private static async Task<FileContentHttpResult> Export(CopyrightStatistics statistics, CopyrightRegistrations registrations, int? year, CancellationToken ct)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        var figures = await statistics.ComputeAsync(CheckYear(year ?? registrations.Today.Year), zh, ct);
        return TypedResults.File(CopyrightStatistics.ToExcel(figures, zh), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"copyright-statistics-{figures.Year}.xlsx");
    }

    private static async Task<Results<Ok<PublicRegistration>, NotFound<ProblemDetails>>> Verify(string number, CopyrightRegistrations registrations, CancellationToken ct)
    {
        var found = await registrations.VerifyAsync(number, ct);
        if (found is null)
        {
            var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
            return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = zh ? "未找到" : "Not found", Detail = zh ? "没有该登记号的已登记作品。" : "No registered work has this number." });
        }

        return TypedResults.Ok(found);
    }

    private static async Task<Ok<PublicNoticePage>> Notices(CopyrightRegistrations registrations, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await registrations.NoticesAsync(page ?? 1, size ?? 20, ct));

    internal static int CheckYear(int year) => year is >= 2000 and <= 2100
        ? year
        : throw new JinIp.Platform.Errors.ValidationException("year", "年份须在 2000 至 2100 之间。", "year must be between 2000 and 2100.");

    internal static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
