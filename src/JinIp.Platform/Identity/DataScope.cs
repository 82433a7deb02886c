namespace JinIp.Platform.Identity;

/// <summary>A record that belongs to an organization and, through it, to a district.</summary>
public interface IOrganizationScoped
{
    Guid OwnerOrganizationId { get; }

    string? DistrictCode { get; }
}

/// <summary>
/// The one rule for who sees which records: the office sees all, a district office its district,
/// everyone else their own organization's. Modules narrow it further where they need to.
/// </summary>
public static class DataScope
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, Actor actor)
        where T : IOrganizationScoped
    {
        if (!actor.IsAuthenticated)
        {
            return query.Where(_ => false);
        }

        if (actor.IsOfficeLevel)
        {
            return query;
        }

        if (actor.IsInRole(Roles.DistrictOffice) && actor.DistrictCode is { } district)
        {
            return query.Where(r => r.DistrictCode == district || r.OwnerOrganizationId == actor.OrganizationId);
        }

        var organization = actor.OrganizationId;
        return query.Where(r => r.OwnerOrganizationId == organization);
    }

    public static bool CanSee(this Actor actor, IOrganizationScoped record)
    {
        if (!actor.IsAuthenticated)
        {
            return false;
        }

        if (actor.IsOfficeLevel || record.OwnerOrganizationId == actor.OrganizationId)
        {
            return true;
        }

        return actor.IsInRole(Roles.DistrictOffice)
            && actor.DistrictCode is not null
            && string.Equals(record.DistrictCode, actor.DistrictCode, StringComparison.Ordinal);
    }
}
