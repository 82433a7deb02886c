namespace JinIp.Platform.Identity;

/// <summary>Who is acting: a signed-in user, an API client, or the system itself.</summary>
public sealed record Actor(Guid? UserId, string Name, Guid? OrganizationId, string? DistrictCode, IReadOnlySet<string> Roles, string? IpAddress = null)
{
    public static Actor System(string name) => new(null, name, null, null, new HashSet<string>(StringComparer.Ordinal));

    public static Actor Anonymous(string? ipAddress) => new(null, "anonymous", null, null, new HashSet<string>(StringComparer.Ordinal), ipAddress);

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsOfficeLevel => IsInRole(JinIp.Platform.Identity.Roles.Admin) || IsInRole(JinIp.Platform.Identity.Roles.OfficeStaff);
}

/// <summary>Gives the actor of the current request, job or command.</summary>
public interface IActorAccessor
{
    Actor Current { get; }
}

/// <summary>The actor for processes without a user (the CLI, background jobs).</summary>
public sealed class FixedActorAccessor(Actor actor) : IActorAccessor
{
    public Actor Current { get; } = actor;
}
