using System.Security.Cryptography;
using JinIp.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JinIp.Platform.Identity;

/// <summary>
/// Organizations and accounts for a first start: the IP office, member units, the 16 district
/// offices and a few applicants, with one account per role. Passwords are random unless
/// <c>Demo:Password</c> is configured (tests), and are shown only once, when created.
/// </summary>
public sealed class DemoData(PlatformDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, IConfiguration configuration, TimeProvider clock)
{
    public sealed record DemoAccount(string UserName, string Password, string Role, string Organization);

    public static readonly IReadOnlyList<(string Name, OrganizationType Type, string? District)> Organizations = BuildOrganizations();

    private static readonly (string UserName, string DisplayName, string Role, string Organization)[] Accounts =
    [
        ("admin", "系统管理员", Roles.Admin, "天津市知识产权局"),
        ("office", "市局业务员", Roles.OfficeStaff, "天津市知识产权局"),
        ("court", "市高院联络员", Roles.MemberUnit, "天津市高级人民法院"),
        ("police", "市公安局经侦联络员", Roles.MemberUnit, "天津市公安局"),
        ("procurator", "市检察院联络员", Roles.MemberUnit, "天津市人民检察院"),
        ("customs", "天津海关联络员", Roles.MemberUnit, "天津海关"),
        ("nankai", "南开区局业务员", Roles.DistrictOffice, "天津市南开区知识产权局"),
        ("binhai", "滨海新区局业务员", Roles.DistrictOffice, "天津市滨海新区知识产权局"),
        ("applicant", "津滨科技知识产权专员", Roles.Applicant, "天津津滨智能科技有限公司"),
        ("applicant2", "西青新材料知识产权专员", Roles.Applicant, "天津西青新材料有限公司"),
        ("expert", "评审专家", Roles.Expert, "专家个人"),
    ];

    /// <summary>Creates what is missing. Returns the accounts created now, with their passwords, so the host can print them once.</summary>
    public async Task<IReadOnlyList<DemoAccount>> EnsureAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new AppRole(role)));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Organizations.Select(o => o.Name).ToListAsync(cancellationToken);
        foreach (var (name, type, district) in Organizations.Where(o => !existing.Contains(o.Name)))
        {
            db.Organizations.Add(new Organization { Id = Guid.NewGuid(), Name = name, Type = type, DistrictCode = district, CreatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);

        var created = new List<DemoAccount>();
        var fixedPassword = configuration["Demo:Password"];
        foreach (var (userName, displayName, role, organizationName) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var organization = await db.Organizations.SingleAsync(o => o.Name == organizationName, cancellationToken);
            var password = fixedPassword is { Length: > 0 } ? fixedPassword : NewPassword();
            // Demo addresses use the reserved .example domain (RFC 2606): mail written to the outbox never reaches anyone real.
            var user = new AppUser { UserName = userName, Email = $"{userName}@demo.jinip.example", EmailConfirmed = true, DisplayName = displayName, OrganizationId = organization.Id, CreatedAt = now };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            created.Add(new DemoAccount(userName, password, role, organizationName));
        }

        return created;
    }

    private static List<(string, OrganizationType, string?)> BuildOrganizations()
    {
        var list = new List<(string, OrganizationType, string?)>
        {
            ("天津市知识产权局", OrganizationType.Office, null),
            ("天津市高级人民法院", OrganizationType.MemberUnit, null),
            ("天津市人民检察院", OrganizationType.MemberUnit, null),
            ("天津市公安局", OrganizationType.MemberUnit, null),
            ("天津海关", OrganizationType.MemberUnit, null),
            ("天津市版权局", OrganizationType.MemberUnit, null),
            ("天津市农业农村委员会", OrganizationType.MemberUnit, null),
            ("天津市文化和旅游局", OrganizationType.MemberUnit, null),
            ("天津市人民政府国有资产监督管理委员会", OrganizationType.MemberUnit, null),
            ("天津市教育委员会", OrganizationType.MemberUnit, null),
            ("天津市商务局", OrganizationType.MemberUnit, null),
            ("中国（天津）知识产权保护中心", OrganizationType.MemberUnit, null),
        };
        list.AddRange(TianjinDistricts.All.Select(d => ($"天津市{d.Name}知识产权局", OrganizationType.DistrictOffice, (string?)d.Code)));
        list.Add(("天津津滨智能科技有限公司", OrganizationType.Enterprise, "120116"));
        list.Add(("天津西青新材料有限公司", OrganizationType.Enterprise, "120111"));
        list.Add(("天津大学", OrganizationType.University, "120104"));
        list.Add(("天津市海河专利代理事务所", OrganizationType.Agency, "120103"));
        list.Add(("专家个人", OrganizationType.Individual, null));
        return list;
    }

    private static string NewPassword()
    {
        // 16 characters from an alphabet without look-alikes, with at least one digit (the policy requires one).
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 15).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return new string(chars.ToArray()) + (char)('2' + RandomNumberGenerator.GetInt32(8));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
