using JinIp.Platform.Identity;
using JinIp.Registries.Catalog;
using JinIp.Registries.TimeHonored;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>
/// The public registries: anyone reads and searches; office staff and administrators edit and import (Excel,
/// all rows or none). 津门老字号 recognition: applicants file and follow their own applications, the office and
/// the expert move them through the workflow, anyone reads the public notices.
/// </summary>
internal static class RegistriesApi
{
    public const long ImportUploadLimit = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRegistriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/registries").WithTags("Registries");

        api.MapGet("/", ListRegistries).AllowAnonymous()
            .WithName("ListRegistries").WithSummary("The registries (well-known marks, 津门老字号, GIs and their users, plant varieties, copyright stations and their services) with the columns of their records");
        api.MapGet("/{registry}/records", SearchRecords).AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit)
            .WithName("SearchRegistryRecords").WithSummary("A registry's records in Chinese (pinyin) order, optionally those containing every word of q; paged (size 1–100)");
        api.MapGet("/{registry}/records/{id:guid}", GetRecord).AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit)
            .WithName("GetRegistryRecord").WithSummary("One record of a registry");
        api.MapPost("/{registry}/records", CreateRecord).RequireAuthorization(WebServices.OfficePolicy)
            .WithName("CreateRegistryRecord").WithSummary("Adds a record (office staff); values are keyed by the column keys of GET /api/v1/registries");
        api.MapPut("/{registry}/records/{id:guid}", UpdateRecord).RequireAuthorization(WebServices.OfficePolicy)
            .WithName("UpdateRegistryRecord").WithSummary("Changes the given values of a record (office staff); version is the one read, a stale version answers 409");
        api.MapDelete("/{registry}/records/{id:guid}", DeleteRecord).RequireAuthorization(WebServices.OfficePolicy)
            .WithName("DeleteRegistryRecord").WithSummary("Deletes a record (office staff) at the version read; a stale version answers 409");
        api.MapGet("/{registry}/template", DownloadTemplate).RequireAuthorization(WebServices.OfficePolicy)
            .WithName("DownloadRegistryTemplate").WithSummary("The Excel import template of a registry: Chinese column headers and a sheet of notes");
        api.MapPost("/{registry}/import", ImportRecords).RequireAuthorization(WebServices.OfficePolicy).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportUploadLimit + (64 * 1024)))
            .WithName("ImportRegistryRecords").WithSummary("Imports an .xlsx file (office staff): rows with an existing key update it, others are added; with any bad row nothing is saved and the answer (400) lists row, column and reason");

        var honored = api.MapGroup("/time-honored").WithTags("Registries");
        honored.MapGet("/criteria", GetCriteria).AllowAnonymous()
            .WithName("GetTimeHonoredCriteria").WithSummary("The 津门老字号 rules: minimum history in years, the expert's scoring criteria, the pass mark and the notice period");
        honored.MapGet("/notices", ListNotices).AllowAnonymous().RequireRateLimiting(WebServices.AnonymousApiRateLimit)
            .WithName("ListTimeHonoredNotices").WithSummary("Applications now under public notice, with the last day of the notice period");
        honored.MapGet("/applications", ListApplications).RequireAuthorization()
            .WithName("ListTimeHonoredApplications").WithSummary("The 津门老字号 applications the caller may see: the applicant's own, those sent to the expert, all for the office");
        honored.MapPost("/applications", SubmitApplication).RequireAuthorization(p => p.RequireRole(Roles.Applicant))
            .WithName("SubmitTimeHonoredApplication").WithSummary("Files a 津门老字号 application (applicants); the brand must be at least 50 years old and the credit code valid");
        honored.MapGet("/applications/{id:guid}", GetApplication).RequireAuthorization()
            .WithName("GetTimeHonoredApplication").WithSummary("One application with its scores, objections, steps and the steps the caller may take now");
        honored.MapGet("/applications/{id:guid}/attachments/{attachmentId:guid}", DownloadApplicationAttachment).RequireAuthorization()
            .WithName("DownloadTimeHonoredAttachment").WithSummary("One of an application's files, for whoever may see the application (applicant, office, reviewing expert)");
        honored.MapPost("/applications/{id:guid}/transitions", FireTransition).RequireAuthorization()
            .WithName("FireTimeHonoredTransition").WithSummary("Takes a step (accept, refuse, score, publish-notice, recognize, decline, withdraw) on the version read; a stale version answers 409");
        honored.MapPost("/applications/{id:guid}/objections", RecordObjection).RequireAuthorization(WebServices.OfficePolicy)
            .WithName("RecordTimeHonoredObjection").WithSummary("Records an objection received during the public notice period (office staff)");
        return app;
    }

    public sealed record RecordRequest(Dictionary<string, string?> Values);

    public sealed record UpdateRecordRequest(int Version, Dictionary<string, string?> Values);

    public sealed record ImportResponse(int Rows, int Created, int Updated, int Unchanged);

    public sealed record CriteriaResponse(int MinimumHistoryYears, int LatestFoundingYearThisYear, int PassMark, int MaxTotal, int NoticeWorkingDays, IReadOnlyList<Criterion> Criteria);

    public sealed record TransitionRequest(string Transition, int Version, string? Comment, Dictionary<string, int>? Scores);

    public sealed record ObjectionRequest(DateOnly? ReceivedOn, string? Objector, string? Content);

    private static Ok<IReadOnlyList<RegistryInfo>> ListRegistries() => TypedResults.Ok(RegistryService.Registries);

    private static async Task<Ok<RecordPage>> SearchRecords(string registry, RegistryService registries, [FromQuery] string? q, [FromQuery] int? page, [FromQuery] int? size, CancellationToken ct) =>
        TypedResults.Ok(await registries.SearchAsync(registry, q, page ?? 1, size ?? 20, ct));

    private static async Task<Ok<RecordView>> GetRecord(string registry, Guid id, RegistryService registries, CancellationToken ct) =>
        TypedResults.Ok(await registries.GetAsync(registry, id, ct));

    private static async Task<Created<RecordView>> CreateRecord(string registry, RecordRequest request, HttpContext context, RegistryService registries, CancellationToken ct)
    {
        var created = await registries.CreateAsync(HttpActorAccessor.FromContext(context), registry, request.Values ?? [], ct);
        return TypedResults.Created($"/api/v1/registries/{registry}/records/{created.Id:D}", created);
    }

    private static async Task<Ok<RecordView>> UpdateRecord(string registry, Guid id, UpdateRecordRequest request, HttpContext context, RegistryService registries, CancellationToken ct) =>
        TypedResults.Ok(await registries.UpdateAsync(HttpActorAccessor.FromContext(context), registry, id, request.Version, request.Values ?? [], ct));

    private static async Task<NoContent> DeleteRecord(string registry, Guid id, [FromQuery] int version, HttpContext context, RegistryService registries, CancellationToken ct)
    {
        await registries.DeleteAsync(HttpActorAccessor.FromContext(context), registry, id, version, ct);
        return TypedResults.NoContent();
    }

    private static Results<FileContentHttpResult, NotFound> DownloadTemplate(string registry)
    {
        if (RegistryService.Find(registry) is not { } info)
        {
            return TypedResults.NotFound();
        }

        using var output = new MemoryStream();
        RegistryService.WriteTemplate(registry, output);
        return TypedResults.File(output.ToArray(), JinIp.Platform.Attachments.ContentSniffer.Xlsx, $"{info.NameZh}-导入模板.xlsx");
    }

    /// <summary>
    /// Reads the multipart form itself rather than binding an <see cref="IFormFile"/>: a bound file makes routing answer
    /// 415 to other content types before authorization runs, and a caller without the right must get 401/403.
    /// </summary>
    private static async Task<Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult>> ImportRecords(string registry, HttpRequest request, HttpContext context, RegistryService registries, CancellationToken ct)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [zh ? "请以 multipart/form-data 的 file 字段上传 Excel 文件。" : "Send the Excel file as the 'file' field of a multipart/form-data body."] }, title: zh ? "输入有误" : "The input is not valid");
        }

        await using var stream = file.OpenReadStream();
        var outcome = await registries.ImportAsync(HttpActorAccessor.FromContext(context), registry, stream, file.FileName, ct);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(new ImportResponse(outcome.Rows, outcome.Created, outcome.Updated, outcome.Unchanged));
        }

        return TypedResults.Problem(
            title: zh ? "导入失败，未保存任何数据" : "Import refused; nothing was saved",
            detail: zh ? $"共有 {outcome.Errors.Count} 处错误，请改正后重新导入。" : $"{outcome.Errors.Count} problems; correct them and import again.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["rows"] = outcome.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message, messageZh = e.MessageZh, messageEn = e.MessageEn }).ToList(),
            });
    }

    private static Ok<CriteriaResponse> GetCriteria(RecognitionWorkflow workflow, TimeProvider clock) =>
        TypedResults.Ok(new CriteriaResponse(
            RecognitionCriteria.MinimumHistoryYears,
            RecognitionCriteria.LatestFoundingYear(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year),
            RecognitionCriteria.PassMark,
            RecognitionCriteria.MaxTotal,
            workflow.NoticeWorkingDays,
            RecognitionCriteria.All));

    private static async Task<Ok<IReadOnlyList<NoticeView>>> ListNotices(RecognitionService recognition, CancellationToken ct) =>
        TypedResults.Ok(await recognition.ListNoticesAsync(ct));

    private static async Task<Ok<IReadOnlyList<ApplicationSummary>>> ListApplications(HttpContext context, RecognitionService recognition, CancellationToken ct) =>
        TypedResults.Ok(await recognition.ListAsync(HttpActorAccessor.FromContext(context), ct));

    private static async Task<Created<ApplicationView>> SubmitApplication(ApplicationInput request, HttpContext context, RecognitionService recognition, CancellationToken ct)
    {
        var created = await recognition.SubmitAsync(HttpActorAccessor.FromContext(context), request, [], ct);
        return TypedResults.Created($"/api/v1/registries/time-honored/applications/{created.Id:D}", created);
    }

    private static async Task<Ok<ApplicationView>> GetApplication(Guid id, HttpContext context, RecognitionService recognition, CancellationToken ct) =>
        TypedResults.Ok(await recognition.GetAsync(HttpActorAccessor.FromContext(context), id, ct));

    private static async Task<FileStreamHttpResult> DownloadApplicationAttachment(Guid id, Guid attachmentId, HttpContext context, RecognitionService recognition, CancellationToken ct)
    {
        var (attachment, content) = await recognition.OpenAttachmentAsync(HttpActorAccessor.FromContext(context), id, attachmentId, ct);
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Ok<ApplicationView>> FireTransition(Guid id, TransitionRequest request, HttpContext context, RecognitionService recognition, CancellationToken ct) =>
        TypedResults.Ok(await recognition.FireAsync(HttpActorAccessor.FromContext(context), id, request.Transition ?? "", request.Version, request.Comment, request.Scores, ct));

    private static async Task<Ok<ApplicationView>> RecordObjection(Guid id, ObjectionRequest request, HttpContext context, RecognitionService recognition, CancellationToken ct) =>
        TypedResults.Ok(await recognition.RecordObjectionAsync(HttpActorAccessor.FromContext(context), id, request.ReceivedOn, request.Objector, request.Content, ct));
}
