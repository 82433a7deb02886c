using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Strategy.Units;

/// <summary>A unit of the plan as the platform knows it: an organization, with the directory entry it matches (if any).</summary>
/// <param name="OrganizationId">The platform organization.</param>
/// <param name="Name">Its name, e.g. 天津市高级人民法院.</param>
/// <param name="Kind">Office, member unit or district office.</param>
/// <param name="DistrictCode">The district (1201xx) of a district office.</param>
/// <param name="DirectoryId">The id in the unit directory (court, district-nankai…), or null when the directory does not know it.</param>
public sealed record StrategyUnit(Guid OrganizationId, string Name, UnitKind Kind, string? DistrictCode, string? DirectoryId);

/// <summary>
/// The units that take part in the plan are the platform's organizations of type office, member unit and district office.
/// Suggestions from <see cref="UnitSuggester"/> name directory units; this maps them to organizations.
/// </summary>
public sealed class UnitCatalog(PlatformDbContext platform)
{
    private IReadOnlyList<StrategyUnit>? _units;

    public async Task<IReadOnlyList<StrategyUnit>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_units is not null)
        {
            return _units;
        }

        var organizations = await platform.Organizations.AsNoTracking()
            .Where(o => o.Type == OrganizationType.Office || o.Type == OrganizationType.MemberUnit || o.Type == OrganizationType.DistrictOffice)
            .ToListAsync(cancellationToken);
        var directory = UnitDirectory.Tianjin;
        _units = organizations
            .Select(o => new StrategyUnit(
                o.Id,
                o.Name,
                o.Type switch { OrganizationType.Office => UnitKind.Office, OrganizationType.DistrictOffice => UnitKind.District, _ => UnitKind.Member },
                o.DistrictCode,
                Match(directory, o)?.Id))
            .OrderBy(u => u.Kind)
            .ThenBy(u => u.Kind == UnitKind.District ? u.DistrictCode : "")
            .ThenBy(u => u.Name, ChineseCollation.Comparer)
            .ToList();
        return _units;
    }

    public async Task<StrategyUnit?> FindAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(u => u.OrganizationId == organizationId);

    /// <summary>The organization for a directory unit (court → 天津市高级人民法院), or null when the platform has none.</summary>
    public async Task<StrategyUnit?> ForDirectoryIdAsync(string directoryId, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(u => u.DirectoryId == directoryId);

    private static PlanUnit? Match(UnitDirectory directory, Organization organization)
    {
        if (organization.Type == OrganizationType.DistrictOffice && organization.DistrictCode is { } code)
        {
            return directory.DistrictOffices.FirstOrDefault(u => u.DistrictCode == code);
        }

        var resolved = directory.Resolve(organization.Name);
        if (resolved.Count == 1)
        {
            return resolved[0];
        }

        return organization.Name.StartsWith("天津市", StringComparison.Ordinal) && directory.Resolve(organization.Name[3..]) is [var single] ? single : null;
    }
}
