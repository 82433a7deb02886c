using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using JinIp.Protection.Insight;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Customs;

/// <summary>Where a recordation stands today.</summary>
public enum RecordationStatus
{
    Pending,
    PendingOverdue,
    Refused,
    Valid,
    ExpiringSoon,
    Expired,
}

public sealed record RecordationInput(string? RecordationNumber, RightType? RightType, string? RightNumber, string? RightTitle, string? HolderName, DateOnly? FiledOn);

public sealed record DecisionInput(int Version, bool Approve, DateOnly? DecidedOn, string? Note);

public sealed record RenewalInput(int Version, DateOnly? RenewedOn);

public sealed record SeizureInput(DateOnly? SeizedOn, string? Port, string? Goods, int? Quantity, decimal? DeclaredValue, string? Consignor, SeizureOutcome? Outcome, string? OutcomeNote);

public sealed record SeizureOutcomeInput(int Version, SeizureOutcome Outcome, string? Note);

public sealed record RenewalView(DateOnly RenewedOn, DateOnly PreviousValidUntil, DateOnly NewValidFrom, DateOnly NewValidUntil, string RenewedBy);

public sealed record SeizureView(Guid Id, Guid RecordationId, string RecordationNumber, DateOnly SeizedOn, string Port, string Goods, int Quantity, decimal DeclaredValue, string Consignor, SeizureOutcome Outcome, string? OutcomeNote, string Unit, int Version);

public sealed record RecordationSummary(
    Guid Id, string RecordationNumber, RightType RightType, string RightNumber, string RightTitle, string HolderName,
    DateOnly FiledOn, DateOnly DecisionDueOn, RecordationDecision Decision, DateOnly? DecidedOn,
    DateOnly? ValidFrom, DateOnly? ValidUntil, RecordationStatus Status, int? DaysToExpiry, int Version);

public sealed record RecordationView(RecordationSummary Recordation, string? DecisionNote, IReadOnlyList<RenewalView> Renewals, IReadOnlyList<SeizureView> Seizures, bool CanEdit, bool CanRenew);

/// <summary>
/// The customs recordation registry and its seizures. Rules: the decision is due 30 working days after filing
/// (《知识产权海关保护条例》第九条); approval makes it valid 10 years from the approval date (第十条), renewable
/// within the last 6 months of validity for another 10 years from the day after the old period ends.
/// Recordations are readable by all enforcement staff; seizures only by the unit that made them and the office.
/// </summary>
public sealed class CustomsRegistry
{
    public const int DecisionWorkingDays = 30;
    public const int ValidityYears = 10;
    public const int RenewalWindowMonths = 6;

    private readonly ProtectionDbContext _db;
    private readonly InsightAccess _access;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _clock;
    private readonly WorkingCalendar _calendar;
    private readonly InsightOptions _options;

    internal CustomsRegistry(ProtectionDbContext db, InsightAccess access, IAuditLog audit, TimeProvider clock, WorkingCalendar calendar, InsightOptions options)
    {
        _db = db;
        _access = access;
        _audit = audit;
        _clock = clock;
        _calendar = calendar;
        _options = options;
    }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);

    /// <summary>The end of a period of <see cref="ValidityYears"/> starting on <paramref name="from"/> (the day before the anniversary).</summary>
    public static DateOnly ValidityEnd(DateOnly from) => from.AddYears(ValidityYears).AddDays(-1);

    public async Task<IReadOnlyList<RecordationSummary>> ListAsync(Actor actor, string? text, RecordationStatus? status, bool expiringOnly, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var query = _db.CustomsRecordations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(r => r.RecordationNumber.Contains(t) || r.RightNumber.Contains(t) || r.RightTitle.Contains(t) || r.HolderName.Contains(t));
        }

        var rows = (await query.OrderBy(r => r.RecordationNumber).Take(1000).ToListAsync(ct)).Select(Summary).ToList();
        if (expiringOnly)
        {
            rows = rows.Where(r => r.Status == RecordationStatus.ExpiringSoon).OrderBy(r => r.ValidUntil).ToList();
        }

        return status is { } s ? rows.Where(r => r.Status == s).ToList() : rows;
    }

    public async Task<RecordationView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var recordation = await _db.CustomsRecordations.AsNoTracking().Include(r => r.Renewals).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();
        var seizures = await SeizuresAsync(actor, id, ct);
        var summary = Summary(recordation);
        var canEdit = await _access.CanEditCustomsAsync(actor, ct);
        return new RecordationView(
            summary,
            recordation.DecisionNote,
            recordation.Renewals.OrderBy(r => r.NewValidFrom).Select(r => new RenewalView(r.RenewedOn, r.PreviousValidUntil, r.NewValidFrom, r.NewValidUntil, r.RenewedBy)).ToList(),
            seizures,
            canEdit,
            canEdit && RenewalOpen(recordation, Today));
    }

    public async Task<RecordationSummary> CreateAsync(Actor actor, RecordationInput input, CancellationToken ct = default)
    {
        await _access.RequireCustomsEditorAsync(actor, ct);
        var errors = new List<FieldError>();
        Required(errors, "recordationNumber", input.RecordationNumber, "备案号", "Recordation number", 40);
        Required(errors, "rightNumber", input.RightNumber, "权利号", "Right number", 64);
        Required(errors, "rightTitle", input.RightTitle, "权利名称", "Right title", 200);
        Required(errors, "holderName", input.HolderName, "权利人", "Right holder", 200);
        if (input.RightType is not (RightType.Patent or RightType.Trademark or RightType.Copyright))
        {
            errors.Add(new FieldError("rightType", "海关备案的权利类型为商标、专利或著作权。", "Customs records trademarks, patents and copyrights."));
        }

        if (input.FiledOn is not { } filed)
        {
            errors.Add(new FieldError("filedOn", "请填写申请日期。", "Enter the filing date."));
        }
        else if (filed > Today)
        {
            errors.Add(new FieldError("filedOn", "申请日期不能晚于今天。", "The filing date cannot be in the future."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var number = input.RecordationNumber!.Trim();
        if (await _db.CustomsRecordations.AnyAsync(r => r.RecordationNumber == number, ct))
        {
            throw new ValidationException("recordationNumber", "该备案号已存在。", "This recordation number already exists.");
        }

        var recordation = new CustomsRecordation
        {
            Id = Guid.NewGuid(),
            RecordationNumber = number,
            RightType = input.RightType!.Value,
            RightNumber = input.RightNumber!.Trim(),
            RightTitle = input.RightTitle!.Trim(),
            HolderName = input.HolderName!.Trim(),
            FiledOn = input.FiledOn!.Value,
            DecisionDueOn = _calendar.AddWorkingDays(input.FiledOn!.Value, DecisionWorkingDays),
            Decision = RecordationDecision.Pending,
            OwnerOrganizationId = actor.OrganizationId ?? Guid.Empty,
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };
        _db.CustomsRecordations.Add(recordation);
        await SaveAuditedAsync("customs.recordation.create", recordation.Id, null, Snapshot(recordation), ct);
        return Summary(recordation);
    }

    public async Task<RecordationSummary> DecideAsync(Actor actor, Guid id, DecisionInput input, CancellationToken ct = default)
    {
        await _access.RequireCustomsEditorAsync(actor, ct);
        var recordation = await _db.CustomsRecordations.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();
        if (recordation.Decision != RecordationDecision.Pending)
        {
            throw new ConflictException("该备案已作出决定。", "This recordation has already been decided.");
        }

        CheckVersion(recordation.Version, input.Version);
        var on = input.DecidedOn ?? Today;
        if (on < recordation.FiledOn || on > Today)
        {
            throw new ValidationException("decidedOn", "决定日期须在申请日期和今天之间。", "The decision date must lie between the filing date and today.");
        }

        if (!input.Approve && string.IsNullOrWhiteSpace(input.Note))
        {
            throw new ValidationException("note", "不予备案须说明理由。", "Give the reason for refusing.");
        }

        var before = Snapshot(recordation);
        recordation.Decision = input.Approve ? RecordationDecision.Approved : RecordationDecision.Refused;
        recordation.DecidedOn = on;
        recordation.DecisionNote = Cut(input.Note, 1000);
        if (input.Approve)
        {
            recordation.ValidFrom = on;
            recordation.ValidUntil = ValidityEnd(on);
        }

        recordation.Version++;
        await SaveAuditedAsync(input.Approve ? "customs.recordation.approve" : "customs.recordation.refuse", id, before, Snapshot(recordation), ct);
        return Summary(recordation);
    }

    /// <summary>Renews an approved recordation in the last 6 months of its validity: a new 10-year period from the day after the old one ends.</summary>
    public async Task<RecordationSummary> RenewAsync(Actor actor, Guid id, RenewalInput input, CancellationToken ct = default)
    {
        await _access.RequireCustomsEditorAsync(actor, ct);
        var recordation = await _db.CustomsRecordations.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();
        CheckVersion(recordation.Version, input.Version);
        var on = input.RenewedOn ?? Today;
        if (!RenewalOpen(recordation, on))
        {
            throw new ConflictException(
                "只能在有效期届满前6个月内续展已准予的备案。",
                "Only an approved recordation can be renewed, within the last 6 months of its validity.");
        }

        var before = Snapshot(recordation);
        var previous = recordation.ValidUntil!.Value;
        var renewal = new CustomsRenewal
        {
            Id = Guid.NewGuid(),
            RecordationId = id,
            RenewedOn = on,
            PreviousValidUntil = previous,
            NewValidFrom = previous.AddDays(1),
            NewValidUntil = ValidityEnd(previous.AddDays(1)),
            RenewedBy = actor.Name,
        };
        _db.CustomsRenewals.Add(renewal);
        recordation.ValidUntil = renewal.NewValidUntil;
        recordation.Version++;
        await SaveAuditedAsync("customs.recordation.renew", id, before, Snapshot(recordation), ct);
        return Summary(recordation);
    }

    public async Task<SeizureView> AddSeizureAsync(Actor actor, Guid recordationId, SeizureInput input, CancellationToken ct = default)
    {
        await _access.RequireCustomsEditorAsync(actor, ct);
        var recordation = await _db.CustomsRecordations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recordationId, ct) ?? throw NotFound();
        var errors = new List<FieldError>();
        Required(errors, "port", input.Port, "口岸", "Port", 100);
        Required(errors, "goods", input.Goods, "货物", "Goods", 200);
        Required(errors, "consignor", input.Consignor, "收发货人", "Consignor", 200);
        if (input.SeizedOn is not { } seized || seized > Today)
        {
            errors.Add(new FieldError("seizedOn", "请填写不晚于今天的扣留日期。", "Enter a detention date not in the future."));
        }
        else if (recordation.ValidFrom is not { } from || seized < from || seized > recordation.ValidUntil)
        {
            errors.Add(new FieldError("seizedOn", "扣留日期须在备案有效期内。", "The detention date must lie within the recordation's validity."));
        }

        if (input.Quantity is not > 0)
        {
            errors.Add(new FieldError("quantity", "数量须为正整数。", "The quantity must be a positive whole number."));
        }

        if (input.DeclaredValue is not >= 0 || input.DeclaredValue > 1_000_000_000_000m)
        {
            errors.Add(new FieldError("declaredValue", "请填写申报价值（元）。", "Enter the declared value in yuan."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var seizure = new CustomsSeizure
        {
            Id = Guid.NewGuid(),
            RecordationId = recordationId,
            SeizedOn = input.SeizedOn!.Value,
            Port = input.Port!.Trim(),
            Goods = input.Goods!.Trim(),
            Quantity = input.Quantity!.Value,
            DeclaredValue = Math.Round(input.DeclaredValue!.Value, 2),
            Consignor = input.Consignor!.Trim(),
            Outcome = input.Outcome ?? SeizureOutcome.Pending,
            OutcomeNote = Cut(input.OutcomeNote, 1000),
            OwnerOrganizationId = actor.OrganizationId ?? Guid.Empty,
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };
        _db.CustomsSeizures.Add(seizure);
        await SaveAuditedAsync("customs.seizure.create", seizure.Id, null, seizure, ct, "customs-seizure");
        return (await SeizuresAsync(actor, recordationId, ct)).Single(s => s.Id == seizure.Id);
    }

    public async Task<SeizureView> SetSeizureOutcomeAsync(Actor actor, Guid seizureId, SeizureOutcomeInput input, CancellationToken ct = default)
    {
        await _access.RequireCustomsEditorAsync(actor, ct);
        var seizure = await _db.CustomsSeizures.VisibleTo(actor).SingleOrDefaultAsync(s => s.Id == seizureId, ct)
            ?? throw new NotFoundException("扣留记录不存在。", "The seizure does not exist.");
        CheckVersion(seizure.Version, input.Version);
        var before = new { seizure.Outcome, seizure.OutcomeNote };
        seizure.Outcome = input.Outcome;
        seizure.OutcomeNote = Cut(input.Note, 1000);
        seizure.Version++;
        await SaveAuditedAsync("customs.seizure.outcome", seizure.Id, before, new { seizure.Outcome, seizure.OutcomeNote }, ct, "customs-seizure");
        return (await SeizuresAsync(actor, seizure.RecordationId, ct)).Single(s => s.Id == seizure.Id);
    }

    /// <summary>Seizures the actor may see (their unit's, or all for the office), newest first.</summary>
    public async Task<IReadOnlyList<SeizureView>> SeizuresAsync(Actor actor, Guid? recordationId, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var query = _db.CustomsSeizures.AsNoTracking().VisibleTo(actor);
        if (recordationId is { } r)
        {
            query = query.Where(s => s.RecordationId == r);
        }

        var rows = await query.OrderByDescending(s => s.SeizedOn).ThenBy(s => s.Id).Take(1000)
            .Join(_db.CustomsRecordations, s => s.RecordationId, x => x.Id, (s, x) => new { s, x.RecordationNumber })
            .ToListAsync(ct);
        var units = await _access.OrganizationNamesAsync(rows.Select(x => x.s.OwnerOrganizationId), ct);
        return rows.Select(x => new SeizureView(x.s.Id, x.s.RecordationId, x.RecordationNumber, x.s.SeizedOn, x.s.Port, x.s.Goods, x.s.Quantity, x.s.DeclaredValue, x.s.Consignor, x.s.Outcome, x.s.OutcomeNote, units.GetValueOrDefault(x.s.OwnerOrganizationId, ""), x.s.Version)).ToList();
    }

    /// <summary>Whether the actor may change the registry (customs staff and the office).</summary>
    public Task<bool> GetEditRightAsync(Actor actor, CancellationToken ct = default) => _access.CanEditCustomsAsync(actor, ct);

    private static bool RenewalOpen(CustomsRecordation r, DateOnly on) =>
        r.Decision == RecordationDecision.Approved && r.ValidUntil is { } until && on <= until && on > until.AddMonths(-RenewalWindowMonths);

    private RecordationSummary Summary(CustomsRecordation r)
    {
        var today = Today;
        var status = r.Decision switch
        {
            RecordationDecision.Pending => today > r.DecisionDueOn ? RecordationStatus.PendingOverdue : RecordationStatus.Pending,
            RecordationDecision.Refused => RecordationStatus.Refused,
            _ when r.ValidUntil < today => RecordationStatus.Expired,
            _ when r.ValidUntil is { } u && u.DayNumber - today.DayNumber < _options.ExpiringSoonDays => RecordationStatus.ExpiringSoon,
            _ => RecordationStatus.Valid,
        };
        int? days = r.ValidUntil is { } until && r.Decision == RecordationDecision.Approved ? until.DayNumber - today.DayNumber : null;
        return new RecordationSummary(r.Id, r.RecordationNumber, r.RightType, r.RightNumber, r.RightTitle, r.HolderName, r.FiledOn, r.DecisionDueOn, r.Decision, r.DecidedOn, r.ValidFrom, r.ValidUntil, status, days, r.Version);
    }

    private async Task SaveAuditedAsync(string action, Guid id, object? before, object? after, CancellationToken ct, string subject = "customs-recordation")
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException("记录已被他人修改，请刷新后重试。", "Someone else changed the record; reload and try again.", ex);
        }

        await _audit.AppendAsync(_db, new AuditRecord(action, subject, id.ToString("D"), before, after), ct);
        await transaction.CommitAsync(ct);
    }

    private static object Snapshot(CustomsRecordation r) => new { r.RecordationNumber, r.RightType, r.RightNumber, r.RightTitle, r.HolderName, r.FiledOn, r.Decision, r.DecidedOn, r.ValidFrom, r.ValidUntil };

    private static void CheckVersion(int current, int given)
    {
        if (current != given)
        {
            throw new ConflictException("记录已被他人修改，请刷新后重试。", "Someone else changed the record; reload and try again.");
        }
    }

    internal static void Required(List<FieldError> errors, string field, string? value, string zh, string en, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, $"请填写{zh}。", $"Enter the {en.ToLowerInvariant()}."));
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new FieldError(field, $"{zh}不能超过{max}个字符。", $"The {en.ToLowerInvariant()} may have at most {max} characters."));
        }
    }

    internal static string? Cut(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Length <= max ? text.Trim() : text.Trim()[..max];

    private static NotFoundException NotFound() => new("海关备案不存在。", "The customs recordation does not exist.");
}
