using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Web.Api;

/// <summary>The platform's own API: the caller, access tokens, organizations, attachments and the audit log.</summary>
internal static class PlatformApi
{
    public const long AttachmentUploadLimit = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Platform");

        api.MapGet("/me", GetMe).RequireAuthorization()
            .WithName("GetMe").WithSummary("The signed-in user, their organization and roles");

        var tokens = api.MapGroup("/tokens").RequireAuthorization();
        tokens.MapGet("/", ListTokens).WithName("ListTokens").WithSummary("The caller's personal access tokens (without their secret)");
        tokens.MapPost("/", CreateToken).WithName("CreateToken")
            .WithSummary("Creates a personal access token; the token is returned once and never again");
        tokens.MapDelete("/{id:guid}", RevokeToken).WithName("RevokeToken").WithSummary("Revokes one of the caller's tokens");

        api.MapGet("/organizations", ListOrganizations).RequireAuthorization()
            .WithName("ListOrganizations").WithSummary("Organizations the caller may see (all for the office, the district's for a district office, their own otherwise), optionally of one type");

        var attachments = api.MapGroup("/attachments").RequireAuthorization();
        attachments.MapPost("/", UploadAttachment).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentUploadLimit + (64 * 1024)))
            .WithName("UploadAttachment").WithSummary("Uploads a file (PDF, PNG, JPEG, DOCX, XLSX up to 20 MB), type checked by content");
        attachments.MapGet("/{id:guid}", DownloadAttachment).WithName("DownloadAttachment").WithSummary("Downloads a file the caller may see");

        api.MapGet("/audit", ListAudit).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("ListAudit").WithSummary("The newest audit entries (administrators), optionally since a day (yyyy-MM-dd, China time)");
        api.MapGet("/audit/verify", VerifyAudit).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("VerifyAudit").WithSummary("Checks the audit hash chain and reports the first broken link");
        return app;
    }

    public sealed record MeResponse(Guid Id, string UserName, string DisplayName, Guid? OrganizationId, string? OrganizationName, string? DistrictCode, IReadOnlyList<string> Roles);

    public sealed record TokenResponse(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime ExpiresAt, DateTime? LastUsedAt, bool Revoked);

    public sealed record CreateTokenRequest(string Name, int LifetimeDays = 90);

    public sealed record CreatedTokenResponse(TokenResponse Record, string Token);

    public sealed record OrganizationResponse(Guid Id, string Name, OrganizationType Type, string? DistrictCode, string? DistrictName);

    public sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256);

    public sealed record AuditEntryResponse(long Sequence, DateTime At, string ActorName, string Action, string SubjectType, string? SubjectId, string? Before, string? After, string Hash);

    public sealed record AuditVerifyResponse(bool Intact, long Entries, long? FirstBrokenSequence, string? Reason);

    private static async Task<Ok<MeResponse>> GetMe(HttpContext context, PlatformDbContext db, CancellationToken ct)
    {
        var actor = HttpActorAccessor.FromContext(context);
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == actor.OrganizationId, ct);
        var displayName = context.User.FindFirst(JinIpClaims.DisplayName)?.Value ?? actor.Name;
        return TypedResults.Ok(new MeResponse(actor.UserId!.Value, actor.Name, displayName, actor.OrganizationId, organization?.Name, actor.DistrictCode, actor.Roles.Order(StringComparer.Ordinal).ToList()));
    }

    private static async Task<Ok<List<TokenResponse>>> ListTokens(HttpContext context, AccessTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok((await tokens.ListAsync(HttpActorAccessor.FromContext(context), ct)).Select(ToResponse).ToList());

    private static async Task<Created<CreatedTokenResponse>> CreateToken(CreateTokenRequest request, HttpContext context, AccessTokenService tokens, CancellationToken ct)
    {
        var created = await tokens.CreateAsync(HttpActorAccessor.FromContext(context), request.Name ?? "", request.LifetimeDays, ct);
        return TypedResults.Created($"/api/v1/tokens/{created.Record.Id:D}", new CreatedTokenResponse(ToResponse(created.Record), created.Token));
    }

    private static async Task<NoContent> RevokeToken(Guid id, HttpContext context, AccessTokenService tokens, CancellationToken ct)
    {
        await tokens.RevokeAsync(HttpActorAccessor.FromContext(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<OrganizationResponse>>> ListOrganizations(HttpContext context, PlatformDbContext db, OrganizationType? type, CancellationToken ct)
    {
        var actor = HttpActorAccessor.FromContext(context);
        var query = db.Organizations.AsNoTracking();
        if (type is { } wanted)
        {
            query = query.Where(o => o.Type == wanted);
        }

        if (!actor.IsOfficeLevel)
        {
            query = actor.IsInRole(Roles.DistrictOffice) && actor.DistrictCode is { } district
                ? query.Where(o => o.DistrictCode == district)
                : query.Where(o => o.Id == actor.OrganizationId);
        }

        var list = await query.ToListAsync(ct);
        var collation = ChineseCollation.Comparer;
        return TypedResults.Ok(list
            .OrderBy(o => o.Type)
            .ThenBy(o => o.Name, collation)
            .Select(o => new OrganizationResponse(o.Id, o.Name, o.Type, o.DistrictCode, TianjinDistricts.NameOf(o.DistrictCode)))
            .ToList());
    }

    private static async Task<Results<Created<AttachmentResponse>, ValidationProblem>> UploadAttachment(IFormFile? file, [FromForm] string? purpose, HttpContext context, AttachmentStore store, CancellationToken ct)
    {
        var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [zh ? "请选择要上传的文件。" : "Choose a file to upload."] });
        }

        await using var stream = file.OpenReadStream();
        var saved = await store.SaveAsync(stream, file.FileName, string.IsNullOrWhiteSpace(purpose) ? "general" : purpose.Trim()[..Math.Min(purpose.Trim().Length, 64)], UploadRules.Documents, HttpActorAccessor.FromContext(context), ct);
        return TypedResults.Created($"/api/v1/attachments/{saved.Id:D}", new AttachmentResponse(saved.Id, saved.FileName, saved.ContentType, saved.Size, saved.Sha256));
    }

    private static async Task<FileStreamHttpResult> DownloadAttachment(Guid id, HttpContext context, AttachmentStore store, CancellationToken ct)
    {
        var (attachment, content) = await store.OpenAsync(id, HttpActorAccessor.FromContext(context), ct);
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Ok<List<AuditEntryResponse>>> ListAudit(PlatformDbContext db, int? take, DateOnly? since, CancellationToken ct)
    {
        var limit = Math.Clamp(take ?? 100, 1, 1000);
        var query = db.AuditEntries.AsNoTracking();
        if (since is { } day)
        {
            // The day starts at midnight China time.
            var from = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), JinIp.Platform.Workflow.WorkflowEngine.ChinaTime);
            query = query.Where(a => a.At >= from);
        }

        var entries = await query.OrderByDescending(a => a.Sequence).Take(limit).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(a => new AuditEntryResponse(a.Sequence, DateTime.SpecifyKind(a.At, DateTimeKind.Utc), a.ActorName, a.Action, a.SubjectType, a.SubjectId, a.Before, a.After, a.Hash)).ToList());
    }

    private static async Task<Ok<AuditVerifyResponse>> VerifyAudit(PlatformDbContext db, CancellationToken ct)
    {
        var result = await AuditVerifier.VerifyAsync(db, ct);
        return TypedResults.Ok(new AuditVerifyResponse(result.Intact, result.Entries, result.Break?.Sequence, result.Break?.Reason));
    }

    private static TokenResponse ToResponse(PersonalAccessToken t) =>
        new(t.Id, t.Name, t.Prefix, DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(t.ExpiresAt, DateTimeKind.Utc), t.LastUsedAt is { } used ? DateTime.SpecifyKind(used, DateTimeKind.Utc) : null, t.RevokedAt is not null);
}
