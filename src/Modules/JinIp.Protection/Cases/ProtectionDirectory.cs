using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JinIp.Protection.Cases;

/// <summary>A unit that can handle, receive or supervise cases.</summary>
public sealed record UnitView(Guid Id, string Name, string? DistrictCode);

/// <summary>
/// The platform organizations the module needs by role: the office, public security (receives referrals),
/// the procuratorate (supervises them) and the units that may handle cases. Names are configurable
/// (<c>Protection:PublicSecurity</c>, <c>Protection:Procuratorate</c>).
/// </summary>
public sealed class ProtectionDirectory
{
    private readonly PlatformDbContext _platform;
    private readonly string _publicSecurity;
    private readonly string _procuratorate;

    internal ProtectionDirectory(PlatformDbContext platform, IConfiguration configuration)
    {
        _platform = platform;
        _publicSecurity = configuration["Protection:PublicSecurity"] ?? "天津市公安局";
        _procuratorate = configuration["Protection:Procuratorate"] ?? "天津市人民检察院";
    }

    public async Task<Guid?> PublicSecurityAsync(CancellationToken ct = default) =>
        await _platform.Organizations.AsNoTracking().Where(o => o.Name == _publicSecurity).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);

    public async Task<Guid?> ProcuratorateAsync(CancellationToken ct = default) =>
        await _platform.Organizations.AsNoTracking().Where(o => o.Name == _procuratorate).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);

    public async Task<Guid?> OfficeAsync(CancellationToken ct = default) =>
        await _platform.Organizations.AsNoTracking().Where(o => o.Type == OrganizationType.Office).OrderBy(o => o.CreatedAt).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);

    public async Task<bool> IsProcuratorAsync(Actor actor, CancellationToken ct = default) =>
        actor.OrganizationId is { } org && await ProcuratorateAsync(ct) == org;

    /// <summary>Units that may handle a case (office, district offices, member units), by name.</summary>
    public async Task<IReadOnlyList<UnitView>> HandlingUnitsAsync(CancellationToken ct = default)
    {
        var units = await _platform.Organizations.AsNoTracking()
            .Where(o => o.Type == OrganizationType.Office || o.Type == OrganizationType.DistrictOffice || o.Type == OrganizationType.MemberUnit)
            .Select(o => new UnitView(o.Id, o.Name, o.DistrictCode))
            .ToListAsync(ct);
        return units.OrderBy(u => u.DistrictCode ?? "", StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var set = ids.Distinct().ToList();
        return await _platform.Organizations.AsNoTracking().Where(o => set.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    /// <summary>The users of the given organizations (alert recipients).</summary>
    public async Task<IReadOnlyList<Guid>> UsersOfAsync(IEnumerable<Guid> organizationIds, CancellationToken ct = default)
    {
        var set = organizationIds.Distinct().ToList();
        return await _platform.Users.AsNoTracking().Where(u => set.Contains(u.OrganizationId)).Select(u => u.Id).ToListAsync(ct);
    }
}
