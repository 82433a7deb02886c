using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Insight;

/// <summary>Who may do what in protection insight, decided on the server for pages and API alike.</summary>
internal sealed class InsightAccess(PlatformDbContext platform, InsightOptions options)
{
    private Guid? _customsId;
    private bool _resolved;

    public static bool IsStaff(Actor actor) =>
        actor.IsOfficeLevel || actor.IsInRole(Roles.MemberUnit) || actor.IsInRole(Roles.DistrictOffice);

    public static void RequireStaff(Actor actor)
    {
        if (!IsStaff(actor))
        {
            throw new ForbiddenException("仅执法和管理部门工作人员可以使用。", "Only enforcement and office staff may use this.");
        }
    }

    public static void RequireOffice(Actor actor)
    {
        if (!actor.IsOfficeLevel)
        {
            throw new ForbiddenException("仅市知识产权局可以执行此操作。", "Only the IP office may do this.");
        }
    }

    /// <summary>The customs unit's organization id, when it exists.</summary>
    public async Task<Guid?> CustomsOrganizationIdAsync(CancellationToken ct)
    {
        if (!_resolved)
        {
            _customsId = await platform.Organizations.AsNoTracking().Where(o => o.Name == options.CustomsOrganizationName).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
            _resolved = true;
        }

        return _customsId;
    }

    public async Task<bool> CanEditCustomsAsync(Actor actor, CancellationToken ct) =>
        actor.IsOfficeLevel || (actor.IsInRole(Roles.MemberUnit) && actor.OrganizationId is { } org && org == await CustomsOrganizationIdAsync(ct));

    public async Task RequireCustomsEditorAsync(Actor actor, CancellationToken ct)
    {
        if (!await CanEditCustomsAsync(actor, ct))
        {
            throw new ForbiddenException("仅海关和市知识产权局可以修改海关备案和扣留记录。", "Only customs and the IP office may change customs recordations and seizures.");
        }
    }

    public async Task<IReadOnlyDictionary<Guid, string>> OrganizationNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await platform.Organizations.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    /// <summary>The ids of office staff (the recipients of early warnings).</summary>
    public async Task<IReadOnlyList<Guid>> OfficeUserIdsAsync(CancellationToken ct)
    {
        var roleIds = await platform.Roles.AsNoTracking().Where(r => r.Name == Roles.OfficeStaff).Select(r => r.Id).ToListAsync(ct);
        return await platform.UserRoles.AsNoTracking().Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().ToListAsync(ct);
    }
}

/// <summary>
/// Which cases an actor's figures cover: the office all; a unit the cases it handles and those referred to it;
/// a district office also the cases in its district. (Cases are scoped by their handling unit, which EF cannot
/// reach through <see cref="IOrganizationScoped.OwnerOrganizationId"/>, so the rule is spelled out here.)
/// </summary>
internal static class CaseScope
{
    public static IQueryable<JinIp.Protection.Cases.ProtectionCase> Visible(JinIp.Protection.Data.ProtectionDbContext db, Actor actor)
    {
        var cases = db.Cases.AsNoTracking();
        if (!actor.IsAuthenticated)
        {
            return cases.Where(_ => false);
        }

        if (actor.IsOfficeLevel)
        {
            return cases;
        }

        var org = actor.OrganizationId ?? Guid.Empty;
        var district = actor.IsInRole(Roles.DistrictOffice) ? actor.DistrictCode : null;
        var referred = db.Referrals.Where(r => r.ToOrganizationId == org).Select(r => r.CaseId);
        return cases.Where(c => c.HandlingOrganizationId == org || referred.Contains(c.Id) || (district != null && c.DistrictCode == district));
    }
}
