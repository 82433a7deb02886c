using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Customs;
using JinIp.Protection.Data;
using JinIp.Protection.Insight;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.TypicalCases;

public sealed record TypicalCaseInput(Guid? CaseId, string? Title, string? Summary, string? Significance, int? Version);

public sealed record CaseCandidate(Guid Id, string CaseNumber, string Title, CaseType CaseType, DateTime? ClosedAt);

public sealed record TypicalCaseView(Guid Id, Guid CaseId, string CaseNumber, CaseType CaseType, RightType RightType, string? DistrictCode, string Title, string Summary, string? Significance, bool Published, DateTime? PublishedAt, int Version);

/// <summary>What the public portal shows: the masked copy only.</summary>
public sealed record PublicTypicalCase(Guid Id, string CaseNumber, CaseType CaseType, RightType RightType, string? DistrictCode, string Title, string Summary, string? Significance, IReadOnlyList<string> Parties, DateTime PublishedAt);

/// <summary>
/// Typical cases: staff of the handling unit (or the office) pick a closed case and write it up; the office publishes
/// it with personal data masked and may withdraw it again. The public sees published ones only.
/// </summary>
public sealed class TypicalCaseService
{
    public const string ClosedState = "closed";

    private readonly ProtectionDbContext _db;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _clock;

    internal TypicalCaseService(ProtectionDbContext db, IAuditLog audit, TimeProvider clock)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
    }

    public async Task<IReadOnlyList<CaseCandidate>> CandidatesAsync(Actor actor, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var taken = _db.TypicalCases.Select(t => t.CaseId);
        return await CaseScope.Visible(_db, actor)
            .Where(c => (c.State == ClosedState || c.ClosedAt != null) && !taken.Contains(c.Id))
            .OrderByDescending(c => c.ClosedAt).Take(300)
            .Select(c => new CaseCandidate(c.Id, c.CaseNumber, c.Title, c.CaseType, c.ClosedAt)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<TypicalCaseView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var rows = await Scoped(actor).OrderByDescending(t => t.CreatedAt).Take(500).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<TypicalCaseView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        return View(await Scoped(actor).AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound());
    }

    public async Task<TypicalCaseView> CreateAsync(Actor actor, TypicalCaseInput input, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var source = input.CaseId is { } caseId ? await CaseScope.Visible(_db, actor).SingleOrDefaultAsync(c => c.Id == caseId, ct) : null;
        var errors = Validate(input);
        if (source is null)
        {
            errors.Add(new FieldError("caseId", "请选择一件可见的案件。", "Choose a case you can see."));
        }
        else if (source.State != ClosedState && source.ClosedAt is null)
        {
            errors.Add(new FieldError("caseId", "只有已结案的案件可以选为典型案例。", "Only closed cases can be chosen as typical cases."));
        }
        else if (await _db.TypicalCases.AnyAsync(t => t.CaseId == source.Id, ct))
        {
            errors.Add(new FieldError("caseId", "该案件已选为典型案例。", "This case is already a typical case."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var typical = new TypicalCase
        {
            Id = Guid.NewGuid(),
            CaseId = source!.Id,
            CaseNumber = source.CaseNumber,
            CaseType = source.CaseType,
            RightType = source.RightType,
            DistrictCode = source.DistrictCode,
            HandlingOrganizationId = source.HandlingOrganizationId,
            Title = input.Title!.Trim(),
            Summary = input.Summary!.Trim(),
            Significance = CustomsRegistry.Cut(input.Significance, 2000),
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        _db.TypicalCases.Add(typical);
        await SaveAuditedAsync("typical-case.create", typical.Id, new { typical.CaseNumber, typical.Title }, ct);
        return View(typical);
    }

    public async Task<TypicalCaseView> UpdateAsync(Actor actor, Guid id, TypicalCaseInput input, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var typical = await Scoped(actor).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound();
        CheckVersion(typical, input.Version);
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        typical.Title = input.Title!.Trim();
        typical.Summary = input.Summary!.Trim();
        typical.Significance = CustomsRegistry.Cut(input.Significance, 2000);
        typical.Version++;
        if (typical.Published)
        {
            await MaskAsync(typical, ct);
        }

        await SaveAuditedAsync("typical-case.update", id, new { typical.Title, typical.Published }, ct);
        return View(typical);
    }

    public async Task<TypicalCaseView> PublishAsync(Actor actor, Guid id, int? version, CancellationToken ct = default)
    {
        InsightAccess.RequireOffice(actor);
        var typical = await _db.TypicalCases.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound();
        CheckVersion(typical, version);
        await MaskAsync(typical, ct);
        typical.Published = true;
        typical.PublishedAt = _clock.GetUtcNow().UtcDateTime;
        typical.Version++;
        await SaveAuditedAsync("typical-case.publish", id, new { typical.PublishedTitle, typical.PublishedAt }, ct);
        return View(typical);
    }

    public async Task<TypicalCaseView> UnpublishAsync(Actor actor, Guid id, int? version, CancellationToken ct = default)
    {
        InsightAccess.RequireOffice(actor);
        var typical = await _db.TypicalCases.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound();
        CheckVersion(typical, version);
        if (!typical.Published)
        {
            throw new ConflictException("该典型案例未发布。", "This typical case is not published.");
        }

        typical.Published = false;
        typical.PublishedAt = null;
        typical.PublishedTitle = typical.PublishedSummary = typical.PublishedSignificance = typical.PublishedParties = null;
        typical.Version++;
        await SaveAuditedAsync("typical-case.unpublish", id, new { typical.Published }, ct);
        return View(typical);
    }

    public async Task<IReadOnlyList<PublicTypicalCase>> PublishedAsync(CancellationToken ct = default)
    {
        var rows = await _db.TypicalCases.AsNoTracking().Where(t => t.Published).OrderByDescending(t => t.PublishedAt).Take(200).ToListAsync(ct);
        return rows.Select(Public).ToList();
    }

    public async Task<PublicTypicalCase?> PublishedAsync(Guid id, CancellationToken ct = default)
    {
        var row = await _db.TypicalCases.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.Published, ct);
        return row is null ? null : Public(row);
    }

    private static PublicTypicalCase Public(TypicalCase t) => new(
        t.Id, t.CaseNumber, t.CaseType, t.RightType, t.DistrictCode, t.PublishedTitle ?? "", t.PublishedSummary ?? "", t.PublishedSignificance,
        (t.PublishedParties ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries), t.PublishedAt ?? default);

    /// <summary>Writes the public copy: natural persons among the parties (and the infringer, when a person) masked everywhere.</summary>
    private Task MaskAsync(TypicalCase typical, CancellationToken ct) => MaskAsync(_db, typical, ct);

    /// <summary>Writes the public copy of <paramref name="typical"/> from its case's parties (also used by the demo data).</summary>
    internal static async Task MaskAsync(ProtectionDbContext db, TypicalCase typical, CancellationToken ct)
    {
        var parties = await db.CaseParties.AsNoTracking().Where(p => p.CaseId == typical.CaseId).ToListAsync(ct);
        var persons = parties.Where(p => p.Kind == PartyKind.Person).Select(p => p.Name).ToList();
        typical.PublishedTitle = PersonalDataMasker.Mask(typical.Title, persons);
        typical.PublishedSummary = PersonalDataMasker.Mask(typical.Summary, persons);
        typical.PublishedSignificance = typical.Significance is null ? null : PersonalDataMasker.Mask(typical.Significance, persons);
        typical.PublishedParties = string.Join('\n', parties.OrderBy(p => p.Role).Select(p =>
            $"{RoleName(p.Role)}：{(p.Kind == PartyKind.Person ? PersonalDataMasker.MaskName(p.Name) : p.Name)}"));
    }

    private static string RoleName(PartyRole role) => role switch
    {
        PartyRole.RightHolder => "权利人/请求人",
        PartyRole.Respondent => "被请求人/当事人",
        _ => "第三人",
    };

    private IQueryable<TypicalCase> Scoped(Actor actor)
    {
        if (actor.IsOfficeLevel)
        {
            return _db.TypicalCases;
        }

        var visibleCases = CaseScope.Visible(_db, actor).Select(c => c.Id);
        return _db.TypicalCases.Where(t => visibleCases.Contains(t.CaseId));
    }

    private static List<FieldError> Validate(TypicalCaseInput input)
    {
        var errors = new List<FieldError>();
        CustomsRegistry.Required(errors, "title", input.Title, "标题", "Title", 200);
        CustomsRegistry.Required(errors, "summary", input.Summary, "案情摘要", "Summary", 8000);
        if (input.Significance?.Trim().Length > 2000)
        {
            errors.Add(new FieldError("significance", "典型意义不能超过2000个字符。", "The significance may have at most 2000 characters."));
        }

        return errors;
    }

    private static void CheckVersion(TypicalCase typical, int? version)
    {
        if (version is { } v && v != typical.Version)
        {
            throw new ConflictException("典型案例已被他人修改，请刷新后重试。", "Someone else changed the typical case; reload and try again.");
        }
    }

    private static TypicalCaseView View(TypicalCase t) => new(t.Id, t.CaseId, t.CaseNumber, t.CaseType, t.RightType, t.DistrictCode, t.Title, t.Summary, t.Significance, t.Published, t.PublishedAt, t.Version);

    private async Task SaveAuditedAsync(string action, Guid id, object after, CancellationToken ct)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException("典型案例已被他人修改，请刷新后重试。", "Someone else changed the typical case; reload and try again.", ex);
        }

        await _audit.AppendAsync(_db, new AuditRecord(action, "typical-case", id.ToString("D"), After: after), ct);
        await transaction.CommitAsync(ct);
    }

    private static NotFoundException NotFound() => new("典型案例不存在。", "The typical case does not exist.");
}
