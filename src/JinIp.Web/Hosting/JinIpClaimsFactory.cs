using System.Globalization;
using System.Security.Claims;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JinIp.Web.Hosting;

/// <summary>Adds the organization, district and session start to the principal built at sign-in.</summary>
internal sealed class JinIpClaimsFactory(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IOptions<IdentityOptions> options,
    PlatformDbContext db,
    TimeProvider clock)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var district = await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => o.DistrictCode).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(JinIpClaims.OrganizationId, user.OrganizationId.ToString("D")));
        identity.AddClaim(new Claim(JinIpClaims.DisplayName, user.DisplayName));
        if (district is not null)
        {
            identity.AddClaim(new Claim(JinIpClaims.DistrictCode, district));
        }

        identity.AddClaim(new Claim(JinIpClaims.SessionStart, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
