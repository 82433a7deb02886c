using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Customs;
using JinIp.Protection.Data;
using JinIp.Protection.Insight;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Platforms;

public sealed record PlatformInput(string? Name, string? Operator, string? Url, string? CreditCode, string? DistrictCode);

public sealed record NoticeInput(DateOnly? SentOn, string? Subject, string? RequiredAction, int? DueWorkingDays);

public sealed record NoticeAnswerInput(DateOnly? AnsweredOn, string? Answer);

public sealed record TakedownInput(string? Link, RightType? RightType, string? RightNumber, DateTimeOffset? RequestedAt);

public sealed record TakedownRemovedInput(DateTimeOffset? RemovedAt);

/// <summary>A platform's figures: notices (open, overdue), takedowns (removed, still online) and how fast links come down.</summary>
public sealed record PlatformFigures(int Notices, int NoticesOpen, int NoticesOverdue, int Takedowns, int Removed, int Pending, double? AverageHoursToRemove, double? MedianHoursToRemove);

public sealed record PlatformSummary(Guid Id, string Name, string Operator, string Url, string CreditCode, string? DistrictCode, PlatformFigures Figures);

public sealed record NoticeView(Guid Id, DateOnly SentOn, string Subject, string RequiredAction, int DueWorkingDays, DateOnly DueOn, DateOnly? AnsweredOn, string? Answer, bool Overdue, string SentBy);

public sealed record TakedownView(Guid Id, string Link, RightType RightType, string RightNumber, DateTime RequestedAt, DateTime? RemovedAt, double? HoursToRemove, string RequestedBy);

public sealed record PlatformView(PlatformSummary Platform, IReadOnlyList<NoticeView> Notices, IReadOnlyList<TakedownView> Takedowns, bool CanEdit);

/// <summary>
/// Key online platforms under supervision: the registry, notices with a due date in working days and link takedowns.
/// The office sees and keeps all platforms; a district office those registered in its district; other units only
/// those they entered.
/// </summary>
public sealed class PlatformSupervision
{
    private readonly ProtectionDbContext _db;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _clock;
    private readonly WorkingCalendar _calendar;

    internal PlatformSupervision(ProtectionDbContext db, IAuditLog audit, TimeProvider clock, WorkingCalendar calendar)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _calendar = calendar;
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);

    public async Task<IReadOnlyList<PlatformSummary>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        InsightAccess.RequireStaff(actor);
        var platforms = await _db.SupervisedPlatforms.AsNoTracking().VisibleTo(actor).OrderBy(p => p.Name).ToListAsync(ct);
        var ids = platforms.Select(p => p.Id).ToList();
        var notices = await _db.PlatformNotices.AsNoTracking().Where(n => ids.Contains(n.PlatformId)).ToListAsync(ct);
        var takedowns = await _db.PlatformTakedowns.AsNoTracking().Where(t => ids.Contains(t.PlatformId)).ToListAsync(ct);
        return platforms.Select(p => Summary(p, notices.Where(n => n.PlatformId == p.Id), takedowns.Where(t => t.PlatformId == p.Id))).ToList();
    }

    public async Task<PlatformView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var platform = await FindAsync(actor, id, ct);
        var notices = await _db.PlatformNotices.AsNoTracking().Where(n => n.PlatformId == id).OrderByDescending(n => n.SentOn).ToListAsync(ct);
        var takedowns = await _db.PlatformTakedowns.AsNoTracking().Where(t => t.PlatformId == id).OrderByDescending(t => t.RequestedAt).ToListAsync(ct);
        var today = Today;
        return new PlatformView(
            Summary(platform, notices, takedowns),
            notices.Select(n => new NoticeView(n.Id, n.SentOn, n.Subject, n.RequiredAction, n.DueWorkingDays, n.DueOn, n.AnsweredOn, n.Answer, n.AnsweredOn is null && today > n.DueOn, n.SentBy)).ToList(),
            takedowns.Select(t => new TakedownView(t.Id, t.Link, t.RightType, t.RightNumber, t.RequestedAt, t.RemovedAt, Hours(t), t.RequestedBy)).ToList(),
            CanEdit(actor));
    }

    public async Task<PlatformSummary> CreateAsync(Actor actor, PlatformInput input, CancellationToken ct = default)
    {
        RequireEditor(actor);
        var errors = new List<FieldError>();
        CustomsRegistry.Required(errors, "name", input.Name, "平台名称", "Platform name", 100);
        CustomsRegistry.Required(errors, "operator", input.Operator, "运营者", "Operator", 200);
        if (!Uri.TryCreate(input.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || input.Url!.Trim().Length > 300)
        {
            errors.Add(new FieldError("url", "请填写以 http:// 或 https:// 开头的网址。", "Enter an address starting with http:// or https://."));
        }

        var code = input.CreditCode?.Trim().ToUpperInvariant();
        if (!CreditCodes.IsValid(code))
        {
            errors.Add(new FieldError("creditCode", "统一社会信用代码无效（18位，校验位不符）。", "The unified social credit code is invalid (18 characters with a check character)."));
        }

        var district = string.IsNullOrWhiteSpace(input.DistrictCode) ? null : input.DistrictCode.Trim();
        if (district is not null && TianjinDistricts.All.All(d => d.Code != district))
        {
            errors.Add(new FieldError("districtCode", "请选择天津市的区。", "Choose a Tianjin district."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var name = input.Name!.Trim();
        if (await _db.SupervisedPlatforms.AnyAsync(p => p.Name == name, ct))
        {
            throw new ValidationException("name", "该平台已在名录中。", "This platform is already listed.");
        }

        var platform = new SupervisedPlatform
        {
            Id = Guid.NewGuid(),
            Name = name,
            Operator = input.Operator!.Trim(),
            Url = input.Url!.Trim(),
            CreditCode = code!,
            DistrictCode = district ?? (actor.IsInRole(Roles.DistrictOffice) ? actor.DistrictCode : null),
            OwnerOrganizationId = actor.OrganizationId ?? Guid.Empty,
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };
        _db.SupervisedPlatforms.Add(platform);
        await SaveAuditedAsync("platform.create", "platform", platform.Id, new { platform.Name, platform.Operator, platform.Url, platform.CreditCode, platform.DistrictCode }, ct);
        return Summary(platform, [], []);
    }

    public async Task<NoticeView> SendNoticeAsync(Actor actor, Guid platformId, NoticeInput input, CancellationToken ct = default)
    {
        RequireEditor(actor);
        await FindAsync(actor, platformId, ct);
        var errors = new List<FieldError>();
        CustomsRegistry.Required(errors, "subject", input.Subject, "通知事项", "Subject", 200);
        CustomsRegistry.Required(errors, "requiredAction", input.RequiredAction, "整改要求", "Required action", 2000);
        if (input.SentOn is not { } sent || sent > Today)
        {
            errors.Add(new FieldError("sentOn", "请填写不晚于今天的发送日期。", "Enter a sending date not in the future."));
        }

        if (input.DueWorkingDays is not (>= 1 and <= 60))
        {
            errors.Add(new FieldError("dueWorkingDays", "期限为1至60个工作日。", "The time limit is 1 to 60 working days."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var notice = new PlatformNotice
        {
            Id = Guid.NewGuid(),
            PlatformId = platformId,
            SentOn = input.SentOn!.Value,
            Subject = input.Subject!.Trim(),
            RequiredAction = input.RequiredAction!.Trim(),
            DueWorkingDays = input.DueWorkingDays!.Value,
            DueOn = _calendar.AddWorkingDays(input.SentOn!.Value, input.DueWorkingDays!.Value),
            SentBy = actor.Name,
        };
        _db.PlatformNotices.Add(notice);
        await SaveAuditedAsync("platform.notice", "platform", platformId, new { notice.Id, notice.Subject, notice.SentOn, notice.DueOn }, ct);
        return (await GetAsync(actor, platformId, ct)).Notices.Single(n => n.Id == notice.Id);
    }

    public async Task<NoticeView> AnswerNoticeAsync(Actor actor, Guid noticeId, NoticeAnswerInput input, CancellationToken ct = default)
    {
        RequireEditor(actor);
        var notice = await _db.PlatformNotices.SingleOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new NotFoundException("通知不存在。", "The notice does not exist.");
        await FindAsync(actor, notice.PlatformId, ct);
        if (notice.AnsweredOn is not null)
        {
            throw new ConflictException("该通知已记录回复。", "The notice's answer is already recorded.");
        }

        var errors = new List<FieldError>();
        CustomsRegistry.Required(errors, "answer", input.Answer, "平台回复", "Platform's answer", 2000);
        if (input.AnsweredOn is not { } on || on < notice.SentOn || on > Today)
        {
            errors.Add(new FieldError("answeredOn", "回复日期须在发送日期和今天之间。", "The answer date must lie between the sending date and today."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        notice.AnsweredOn = input.AnsweredOn;
        notice.Answer = input.Answer!.Trim();
        await SaveAuditedAsync("platform.notice.answer", "platform", notice.PlatformId, new { notice.Id, notice.AnsweredOn }, ct);
        return (await GetAsync(actor, notice.PlatformId, ct)).Notices.Single(n => n.Id == notice.Id);
    }

    public async Task<TakedownView> RequestTakedownAsync(Actor actor, Guid platformId, TakedownInput input, CancellationToken ct = default)
    {
        RequireEditor(actor);
        await FindAsync(actor, platformId, ct);
        var errors = new List<FieldError>();
        if (!Uri.TryCreate(input.Link?.Trim(), UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https") || input.Link!.Trim().Length > 500)
        {
            errors.Add(new FieldError("link", "请填写侵权链接（http:// 或 https://）。", "Enter the infringing link (http:// or https://)."));
        }

        CustomsRegistry.Required(errors, "rightNumber", input.RightNumber, "权利号", "Right number", 64);
        if (input.RightType is null)
        {
            errors.Add(new FieldError("rightType", "请选择权利类型。", "Choose the type of right."));
        }

        var now = _clock.GetUtcNow();
        if (input.RequestedAt is { } at && at > now)
        {
            errors.Add(new FieldError("requestedAt", "要求时间不能晚于现在。", "The request time cannot be in the future."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var takedown = new PlatformTakedown
        {
            Id = Guid.NewGuid(),
            PlatformId = platformId,
            Link = input.Link!.Trim(),
            RightType = input.RightType!.Value,
            RightNumber = input.RightNumber!.Trim(),
            RequestedAt = (input.RequestedAt ?? now).UtcDateTime,
            RequestedBy = actor.Name,
        };
        _db.PlatformTakedowns.Add(takedown);
        await SaveAuditedAsync("platform.takedown", "platform", platformId, new { takedown.Id, takedown.Link, takedown.RequestedAt }, ct);
        return (await GetAsync(actor, platformId, ct)).Takedowns.Single(t => t.Id == takedown.Id);
    }

    public async Task<TakedownView> MarkRemovedAsync(Actor actor, Guid takedownId, TakedownRemovedInput input, CancellationToken ct = default)
    {
        RequireEditor(actor);
        var takedown = await _db.PlatformTakedowns.SingleOrDefaultAsync(t => t.Id == takedownId, ct) ?? throw new NotFoundException("下架记录不存在。", "The takedown does not exist.");
        await FindAsync(actor, takedown.PlatformId, ct);
        if (takedown.RemovedAt is not null)
        {
            throw new ConflictException("该链接已记录下架。", "The link is already recorded as removed.");
        }

        var at = (input.RemovedAt ?? _clock.GetUtcNow()).UtcDateTime;
        if (at < takedown.RequestedAt || at > _clock.GetUtcNow().UtcDateTime)
        {
            throw new ValidationException("removedAt", "下架时间须在要求时间和现在之间。", "The removal time must lie between the request and now.");
        }

        takedown.RemovedAt = at;
        await SaveAuditedAsync("platform.takedown.removed", "platform", takedown.PlatformId, new { takedown.Id, takedown.RemovedAt }, ct);
        return (await GetAsync(actor, takedown.PlatformId, ct)).Takedowns.Single(t => t.Id == takedown.Id);
    }

    /// <summary>Whether the actor may add platforms, notices and takedowns (city and district offices).</summary>
    public static bool CanEdit(Actor actor) => actor.IsOfficeLevel || actor.IsInRole(Roles.DistrictOffice);

    private static void RequireEditor(Actor actor)
    {
        if (!CanEdit(actor))
        {
            throw new ForbiddenException("仅市、区知识产权局可以监管网络平台。", "Only the city and district IP offices supervise platforms.");
        }
    }

    private async Task<SupervisedPlatform> FindAsync(Actor actor, Guid id, CancellationToken ct)
    {
        InsightAccess.RequireStaff(actor);
        return await _db.SupervisedPlatforms.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("平台不存在。", "The platform does not exist.");
    }

    private PlatformSummary Summary(SupervisedPlatform p, IEnumerable<PlatformNotice> notices, IEnumerable<PlatformTakedown> takedowns)
    {
        var today = Today;
        var n = notices.ToList();
        var t = takedowns.ToList();
        var hours = t.Select(Hours).OfType<double>().Order().ToList();
        double? median = hours.Count == 0 ? null : hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2;
        var figures = new PlatformFigures(
            n.Count,
            n.Count(x => x.AnsweredOn is null),
            n.Count(x => x.AnsweredOn is null && today > x.DueOn),
            t.Count,
            hours.Count,
            t.Count - hours.Count,
            hours.Count == 0 ? null : Math.Round(hours.Average(), 1),
            median is { } m ? Math.Round(m, 1) : null);
        return new PlatformSummary(p.Id, p.Name, p.Operator, p.Url, p.CreditCode, p.DistrictCode, figures);
    }

    private static double? Hours(PlatformTakedown t) => t.RemovedAt is { } r ? Math.Round((r - t.RequestedAt).TotalHours, 1) : null;

    private async Task SaveAuditedAsync(string action, string subject, Guid id, object after, CancellationToken ct)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord(action, subject, id.ToString("D"), After: after), ct);
        await transaction.CommitAsync(ct);
    }
}

/// <summary>Unified social credit code check (GB 32100-2015).</summary>
internal static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code)
    {
        if (code is not { Length: 18 })
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check] == code[17];
    }
}
