using System.Security.Claims;
using JinIp.Platform.Identity;

namespace JinIp.Web.Hosting;

/// <summary>Claim types JinIP adds to a signed-in principal.</summary>
internal static class JinIpClaims
{
    public const string OrganizationId = "jinip:org";
    public const string DistrictCode = "jinip:district";
    public const string DisplayName = "jinip:display-name";

    /// <summary>When the session began (Unix seconds): the absolute session limit counts from here.</summary>
    public const string SessionStart = "jinip:session-start";
}

/// <summary>Turns the request's principal into the platform's <see cref="Actor"/>.</summary>
internal sealed class HttpActorAccessor(IHttpContextAccessor http) : IActorAccessor
{
    public Actor Current => http.HttpContext is { } context ? FromContext(context) : Actor.System("system");

    public static Actor FromContext(HttpContext context)
    {
        var user = context.User;
        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return Actor.Anonymous(ip);
        }

        Guid? organization = Guid.TryParse(user.FindFirstValue(JinIpClaims.OrganizationId), out var org) ? org : null;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(userId, user.Identity.Name ?? userId.ToString("D"), organization, user.FindFirstValue(JinIpClaims.DistrictCode), roles, ip);
    }
}
