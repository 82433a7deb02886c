using System.Security.Cryptography;
using System.Text;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Platform.Identity;

/// <summary>Personal access tokens: created and revoked by their user, checked on every API call.</summary>
public sealed class AccessTokenService(PlatformDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string TokenPrefix = "jinip_";
    public const int MaxActiveTokensPerUser = 20;
    public const int MaxLifetimeDays = 366;

    public sealed record CreatedToken(PersonalAccessToken Record, string Token);

    public async Task<CreatedToken> CreateAsync(Actor owner, string name, int lifetimeDays, CancellationToken cancellationToken = default)
    {
        var userId = owner.UserId ?? throw new ForbiddenException("请先登录。", "Sign in first.");
        var errors = new List<FieldError>();
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            errors.Add(new FieldError("name", "令牌名称必填，最多 100 个字符。", "The token name is required, at most 100 characters."));
        }

        if (lifetimeDays is < 1 or > MaxLifetimeDays)
        {
            errors.Add(new FieldError("lifetimeDays", $"有效期须在 1 到 {MaxLifetimeDays} 天之间。", $"The lifetime must be between 1 and {MaxLifetimeDays} days."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.PersonalAccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now, cancellationToken);
        if (active >= MaxActiveTokensPerUser)
        {
            throw new ConflictException($"每个用户最多可有 {MaxActiveTokensPerUser} 个有效令牌，请先撤销不用的令牌。", $"At most {MaxActiveTokensPerUser} active tokens per user; revoke one first.");
        }

        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var record = new PersonalAccessToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            TokenHash = Hash(token),
            Prefix = token[..12],
            CreatedAt = now,
            ExpiresAt = now.AddDays(lifetimeDays),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PersonalAccessTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("token.create", "access-token", record.Id.ToString("D"), After: new { record.Name, record.Prefix, record.ExpiresAt }) { Actor = owner }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedToken(record, token);
    }

    public async Task<IReadOnlyList<PersonalAccessToken>> ListAsync(Actor owner, CancellationToken cancellationToken = default) =>
        await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == owner.UserId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);

    public async Task RevokeAsync(Actor owner, Guid tokenId, CancellationToken cancellationToken = default)
    {
        // Another user's token is reported as missing, so ids cannot be probed.
        var record = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == owner.UserId, cancellationToken)
            ?? throw new NotFoundException("令牌不存在。", "The token does not exist.");
        if (record.RevokedAt is not null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        record.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("token.revoke", "access-token", record.Id.ToString("D"), Before: new { Revoked = false }, After: new { Revoked = true }) { Actor = owner }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The user a presented token belongs to, or null if it is unknown, revoked or expired.</summary>
    public async Task<AppUser?> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (record is null || !record.IsActive(now))
        {
            return null;
        }

        // Recording use at most once a minute keeps API calls from writing on every request.
        if (record.LastUsedAt is null || now - record.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            record.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.Users.Include(u => u.Organization).SingleOrDefaultAsync(u => u.Id == record.UserId, cancellationToken);
    }

    /// <summary>Deletes tokens that expired or were revoked more than <paramref name="keepFor"/> ago; returns how many.</summary>
    public async Task<int> PurgeAsync(TimeSpan keepFor, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - keepFor;
        var stale = await db.PersonalAccessTokens
            .Where(t => t.ExpiresAt < cutoff || (t.RevokedAt != null && t.RevokedAt < cutoff))
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PersonalAccessTokens.RemoveRange(stale);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("token.purge", "access-token", null, After: new { Deleted = stale.Count, Before = cutoff }) { Actor = Actor.System("token-cleanup") }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stale.Count;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
