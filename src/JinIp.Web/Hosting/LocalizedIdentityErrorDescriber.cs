using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace JinIp.Web.Hosting;

/// <summary>Identity's password and user-name errors in the user's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    private static bool Zh => JinIp.Platform.Errors.UiCulture.IsCurrentChinese;

    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = Zh ? $"密码至少需要 {length} 个字符。" : $"The password must be at least {length} characters long.",
    };

    public override IdentityError PasswordRequiresDigit() => new()
    {
        Code = nameof(PasswordRequiresDigit),
        Description = Zh ? "密码至少需要包含一个数字。" : "The password must contain at least one digit.",
    };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new()
    {
        Code = nameof(PasswordRequiresUniqueChars),
        Description = Zh ? $"密码至少需要 {uniqueChars} 个不同的字符。" : $"The password must use at least {uniqueChars} different characters.",
    };

    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = Zh ? "当前密码不正确。" : "The current password is not correct.",
    };

    public override IdentityError DuplicateUserName(string userName) => new()
    {
        Code = nameof(DuplicateUserName),
        Description = Zh ? $"用户名“{userName}”已被使用。" : $"The user name '{userName}' is taken.",
    };

    public override IdentityError InvalidUserName(string? userName) => new()
    {
        Code = nameof(InvalidUserName),
        Description = Zh ? "用户名只能包含字母、数字和 - . _ @。" : "User names may contain only letters, digits and - . _ @.",
    };

    public override IdentityError ConcurrencyFailure() => new()
    {
        Code = nameof(ConcurrencyFailure),
        Description = Zh ? "账户已被他人修改，请重试。" : "The account was changed meanwhile; try again.",
    };
}
