using System.Globalization;

namespace JinIp.Platform.Errors;

/// <summary>
/// An error the user can act on. It carries its message in Chinese and English; the API and the
/// pages show the one matching the request's UI culture.
/// </summary>
public abstract class UserFacingException(string messageZh, string messageEn, Exception? inner = null)
    : Exception(messageEn, inner)
{
    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;

    public string LocalizedMessage(CultureInfo culture) =>
        UiCulture.IsChinese(culture) ? MessageZh : MessageEn;
}

/// <summary>409: the record changed meanwhile, or a business rule forbids the step now.</summary>
public sealed class ConflictException(string messageZh, string messageEn, Exception? inner = null)
    : UserFacingException(messageZh, messageEn, inner);

/// <summary>404: the record does not exist or the user may not know that it does.</summary>
public sealed class NotFoundException(string messageZh, string messageEn)
    : UserFacingException(messageZh, messageEn);

/// <summary>403: the user is known but may not do this.</summary>
public sealed class ForbiddenException(string messageZh, string messageEn)
    : UserFacingException(messageZh, messageEn);

/// <summary>400 with one message per field.</summary>
public sealed class ValidationException : UserFacingException
{
    public ValidationException(IReadOnlyList<FieldError> errors)
        : base(string.Join("；", errors.Select(e => e.MessageZh)), string.Join("; ", errors.Select(e => e.MessageEn)))
    {
        Errors = errors;
    }

    public ValidationException(string field, string messageZh, string messageEn)
        : this([new FieldError(field, messageZh, messageEn)])
    {
    }

    public IReadOnlyList<FieldError> Errors { get; }
}

public sealed record FieldError(string Field, string MessageZh, string MessageEn)
{
    public string Localized(CultureInfo culture) => UiCulture.IsChinese(culture) ? MessageZh : MessageEn;
}
