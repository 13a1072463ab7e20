using System.Globalization;

namespace Frontline.Web.Components.Channels;

/// <summary>A file's size as people read it: 830 bytes, 14 KB, 2.4 MB.</summary>
public static class FileSize
{
    public static string Words(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB"),
    };
}
